//! Search benchmarks (issue 4): index build time, query latency p50/p99 per query kind on the
//! real guide, at 10× and 100× a synthetic corpus made by perturbing the real text, and a naive
//! baseline (case-folded substring scan over all text) measured in the same run.
//!
//! `cargo bench --bench search` prints a Markdown table of percentiles (also written to
//! `target/search-bench.md`), then runs criterion's groups. `docs/search.md` has the numbers.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::Criterion;
use fieldguide::search::{Document, SearchIndex, SearchOptions};

#[path = "../tests/support/search_fixture.rs"]
mod search_fixture;
use search_fixture::{fixture_docs, guide_docs, Rng};

/// (lang, kind, query) of `tests/relevance/queries.tsv` and the fixture queries.
fn queries() -> Vec<(String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        "tests/relevance/queries.tsv",
        "tests/fixtures/search/queries.tsv",
    ]
    .iter()
    .filter_map(|p| std::fs::read_to_string(root.join(p)).ok())
    .flat_map(|t| {
        t.lines()
            .skip(1)
            .filter_map(|l| {
                let c: Vec<&str> = l.split('\t').collect();
                (c.len() == 4).then(|| (c[0].to_owned(), c[1].to_owned(), c[2].to_owned()))
            })
            .collect::<Vec<_>>()
    })
    .collect()
}

/// Perturbs text: sentences shuffled, words shuffled within some sentences, a letter of one
/// word in ten replaced by a neighbour letter of the same word.
fn perturb(text: &str, rng: &mut Rng) -> String {
    let mut sentences: Vec<String> = text
        .split_inclusive(['.', '!', '?'])
        .map(|s| {
            let mut words: Vec<String> = s.split_whitespace().map(str::to_owned).collect();
            if rng.below(3) == 0 {
                rng.shuffle(&mut words);
            }
            for w in &mut words {
                if rng.below(10) == 0 {
                    let mut chars: Vec<char> = w.chars().collect();
                    if chars.len() > 2 {
                        let i = rng.below(chars.len());
                        chars[i] = chars[rng.below(chars.len())];
                        *w = chars.into_iter().collect();
                    }
                }
            }
            words.join(" ")
        })
        .collect();
    rng.shuffle(&mut sentences);
    sentences.join(" ")
}

/// `factor` copies of `docs`, each perturbed, as distinct sections (`<id>~<copy>`).
fn synthetic(docs: &[Document], factor: usize) -> Vec<Document> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = Vec::with_capacity(docs.len() * factor);
    for copy in 0..factor {
        for d in docs {
            let mut d = d.clone();
            if copy > 0 {
                d.section = format!("{}~{copy}", d.section);
                d.body = perturb(&d.body, &mut rng);
            }
            out.push(d);
        }
    }
    out
}

/// The naive baseline: every query word as a case-folded substring of the lowercased text.
struct Naive(Vec<String>);

impl Naive {
    fn new(docs: &[Document]) -> Naive {
        Naive(
            docs.iter()
                .map(|d| format!("{} {} {}", d.title, d.heading, d.body).to_lowercase())
                .collect(),
        )
    }
    fn search(&self, query: &str) -> usize {
        let q = query.to_lowercase();
        let words: Vec<&str> = q.split_whitespace().collect();
        self.0
            .iter()
            .filter(|t| words.iter().all(|w| t.contains(w)))
            .count()
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn us(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1e6)
}

/// Times every query `rounds` times, one at a time; returns the sorted latencies.
fn latencies<F: FnMut(&str, &str)>(
    qs: &[&(String, String, String)],
    rounds: usize,
    mut f: F,
) -> Vec<Duration> {
    let mut out = Vec::with_capacity(qs.len() * rounds);
    for q in qs {
        f(&q.0, &q.2); // warm
    }
    for _ in 0..rounds {
        for q in qs {
            let t = Instant::now();
            f(&q.0, &q.2);
            out.push(t.elapsed());
        }
    }
    out.sort();
    out
}

fn words(docs: &[Document]) -> usize {
    docs.iter().map(|d| d.body.split_whitespace().count()).sum()
}

/// The percentile table: per kind on the guide, then all kinds at 10× and 100×, with the
/// naive baseline's p50 beside each.
fn report() -> String {
    let guide = guide_docs();
    let fixtures = fixture_docs();
    let qs = queries();
    let mut md = String::new();
    let mut line = |s: String| {
        println!("{s}");
        md.push_str(&s);
        md.push('\n');
    };
    line(format!(
        "corpus: guide {} chunks / {} words; fixtures {} chunks; {} queries",
        guide.len(),
        words(&guide),
        fixtures.len(),
        qs.len()
    ));
    line("| corpus | chunks | words | build ms | kind | n | p50 µs | p99 µs | naive p50 µs | naive/index p50 |".into());
    line("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |".into());
    let mut all = guide.clone();
    all.extend(fixtures);
    for (name, factor, rounds) in [("guide+fixtures", 1, 20), ("10×", 10, 5), ("100×", 100, 2)] {
        let docs = synthetic(&all, factor);
        let t = Instant::now();
        let index = SearchIndex::build(&docs).expect("index");
        let build = t.elapsed();
        let naive = Naive::new(&docs);
        let mut kinds: Vec<&str> = qs.iter().map(|q| q.1.as_str()).collect();
        kinds.sort();
        kinds.dedup();
        let groups: Vec<&str> = if factor == 1 {
            kinds.into_iter().chain(["all"]).collect()
        } else {
            vec!["all"]
        };
        for kind in groups {
            let sel: Vec<&(String, String, String)> =
                qs.iter().filter(|q| kind == "all" || q.1 == kind).collect();
            let lat = latencies(&sel, rounds, |lang, q| {
                let opts = SearchOptions {
                    lang: lang.to_owned(),
                    ..SearchOptions::default()
                };
                black_box(index.search(q, &opts));
            });
            let nv = latencies(&sel, rounds.min(3), |_, q| {
                black_box(naive.search(q));
            });
            let (p50, p99, n50) = (
                percentile(&lat, 0.5),
                percentile(&lat, 0.99),
                percentile(&nv, 0.5),
            );
            line(format!(
                "| {name} | {} | {} | {} | {kind} | {} | {} | {} | {} | {:.1} |",
                docs.len(),
                words(&docs),
                build.as_millis(),
                sel.len(),
                us(p50),
                us(p99),
                us(n50),
                n50.as_secs_f64() / p50.as_secs_f64().max(1e-9)
            ));
        }
    }
    md
}

/// Median of `n` timed runs of `f`.
fn median_of<T>(n: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    times[n / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.0}", d.as_secs_f64() * 1000.0)
}

/// The two ways to have the index at start-up (issue 4 asks to measure both): built in memory,
/// or opened from the on-disk cache (written on the first start). Medians of 3 runs (later
/// starts: 5). First on the real guide, from loading its files to a searchable index; then on
/// the index alone for the guide's chunks and 4× them (about the 14-language guide's size).
fn startup_report() -> String {
    let mut md = String::new();
    let mut line = |s: String| {
        println!("{s}");
        md.push_str(&s);
        md.push('\n');
    };
    let cache = std::env::temp_dir().join(format!("fieldguide-bench-cache-{}", std::process::id()));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guide-content");
    let load = || fieldguide::Guide::load(&dir).expect("guide-content loads");
    let loaded = median_of(3, load);
    let rendered = median_of(3, || load().search_documents());
    let memory = median_of(3, || load().search_index().is_ok());
    let first = median_of(3, || {
        let _ = std::fs::remove_dir_all(&cache);
        load().prepare_search(Some(&cache)).is_ok()
    });
    let later = median_of(5, || {
        let guide = load();
        let how = guide.prepare_search(Some(&cache));
        assert_eq!(how, Ok(Some(fieldguide::search::CacheOutcome::Opened)));
        how.is_ok()
    });
    // The app's first start: the index built with the app copied into an empty cache, opened.
    let prebuilt_dir = cache.with_extension("prebuilt");
    let _ = std::fs::remove_dir_all(&prebuilt_dir);
    load().prepare_search(Some(&prebuilt_dir)).expect("index");
    let folder = std::fs::read_dir(&prebuilt_dir)
        .expect("prebuilt")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.is_dir())
        .expect("search-<key>");
    let key = folder.file_name().expect("name").to_string_lossy()["search-".len()..].to_owned();
    let files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&folder)
        .expect("index folder")
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).expect("read"),
            )
        })
        .collect();
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let prebuilt = fieldguide::search::Prebuilt {
        key: &key,
        files: &borrowed,
    };
    let copied = median_of(3, || {
        let _ = std::fs::remove_dir_all(&cache);
        let guide = load();
        let how = guide.prepare_search_from(Some(&cache), Some(prebuilt));
        assert_eq!(how, Ok(Some(fieldguide::search::CacheOutcome::Prebuilt)));
        how.is_ok()
    });
    // The first query after a start (cold: the index just opened, nothing read yet), for each
    // query of a sample across languages and kinds; and the same query again (warm).
    let sample: Vec<(String, String, String)> = queries().into_iter().step_by(9).collect();
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    for (lang, _, q) in &sample {
        let guide = load();
        guide.prepare_search(Some(&cache)).expect("index");
        let opts = SearchOptions {
            lang: lang.clone(),
            ..SearchOptions::default()
        };
        let t = Instant::now();
        black_box(guide.search(q, &opts));
        cold.push(t.elapsed());
        let t = Instant::now();
        black_box(guide.search(q, &opts));
        warm.push(t.elapsed());
    }
    cold.sort();
    warm.sort();
    let _ = std::fs::remove_dir_all(&cache);
    let _ = std::fs::remove_dir_all(&prebuilt_dir);
    line(String::new());
    line("start-up, real guide (ms from reading guide-content/ to a searchable index):".into());
    line("| load files | + render chunks | in memory: + build | cache, first start: + build + write | app's first start: + copy prebuilt + open | cache, later starts: + open |".into());
    line("| ---: | ---: | ---: | ---: | ---: | ---: |".into());
    line(format!(
        "| {} | {} | {} | {} | {} | {} |",
        ms(loaded),
        ms(rendered),
        ms(memory),
        ms(first),
        ms(copied),
        ms(later)
    ));
    line(String::new());
    line(format!(
        "first query after opening the cached index (cold), {} queries: p50 {} µs, p99 {} µs, max {} µs; the same query again (warm): p50 {} µs, p99 {} µs",
        cold.len(),
        us(percentile(&cold, 0.5)),
        us(percentile(&cold, 0.99)),
        us(*cold.last().expect("queries")),
        us(percentile(&warm, 0.5)),
        us(percentile(&warm, 0.99)),
    ));
    line(String::new());
    line("the index alone (ms; the chunks given):".into());
    line("| corpus | chunks | words | build in memory | build + write cache | open cache | cache MB |".into());
    line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |".into());
    let mut all = guide_docs();
    all.extend(fixture_docs());
    for (name, factor) in [("guide+fixtures", 1), ("4×", 4)] {
        let docs = synthetic(&all, factor);
        let hash = fieldguide::search::documents_hash(&docs);
        let open = || SearchIndex::open_or_build(&hash, &cache, || docs.clone()).expect("index");
        let memory = median_of(3, || SearchIndex::build(&docs).expect("index"));
        let first = median_of(3, || {
            let _ = std::fs::remove_dir_all(&cache);
            open()
        });
        let later = median_of(5, || {
            let (index, how) = open();
            assert_eq!(how, fieldguide::search::CacheOutcome::Opened);
            index
        });
        let bytes: u64 = walk_size(&cache);
        let _ = std::fs::remove_dir_all(&cache);
        line(format!(
            "| {name} | {} | {} | {} | {} | {} | {:.1} |",
            docs.len(),
            words(&docs),
            ms(memory),
            ms(first),
            ms(later),
            bytes as f64 / 1e6
        ));
    }
    md
}

/// Bytes of every file under `path`.
fn walk_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.file_type() {
                    Ok(t) if t.is_dir() => walk_size(&e.path()),
                    _ => e.metadata().map(|m| m.len()).unwrap_or(0),
                })
                .sum()
        })
        .unwrap_or(0)
}

fn benches(c: &mut Criterion) {
    let mut docs = guide_docs();
    docs.extend(fixture_docs());
    c.bench_function("build/guide+fixtures", |b| {
        b.iter(|| SearchIndex::build(black_box(&docs)).expect("index"))
    });
    let index = SearchIndex::build(&docs).expect("index");
    let naive = Naive::new(&docs);
    let qs = queries();
    let mut i = 0;
    c.bench_function("query/all-kinds (cycling)", |b| {
        b.iter(|| {
            let q = &qs[i % qs.len()];
            i += 1;
            let opts = SearchOptions {
                lang: q.0.clone(),
                ..SearchOptions::default()
            };
            index.search(black_box(&q.2), &opts)
        })
    });
    let mut j = 0;
    c.bench_function("naive/substring (cycling)", |b| {
        b.iter(|| {
            let q = &qs[j % qs.len()];
            j += 1;
            naive.search(black_box(&q.2))
        })
    });
}

fn main() {
    // Start-up first (short), then the percentile tables (the 100× corpus takes minutes).
    let mut md = startup_report();
    md.push_str(&report());
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/search-bench.md");
    let _ = std::fs::write(out, md);
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    benches(&mut c);
    c.final_summary();
}
