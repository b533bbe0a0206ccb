//! `fieldguide`: the command line of the TRM Field Guide.
//!
//! Thin over the library: parse arguments, call `fieldguide::Guide`, print. Exit codes: 0 success
//! (warnings allowed), 1 the content has errors, 2 the command could not run.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use fieldguide::search::{analyze as analyze_text, analyzer_info};
use fieldguide::{Guide, SearchOptions, Severity};

/// `println!` that returns an error instead of panicking when stdout is closed (`| head`).
macro_rules! outln {
    ($($arg:tt)*) => {
        writeln!(std::io::stdout().lock(), $($arg)*)?
    };
}

/// TRM Field Guide: offline guidance on the Transnational Referral Mechanism for victims of
/// human trafficking.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the content: every problem with file, line and fix. Exit 1 on errors.
    Check {
        /// Print one JSON object instead of lines.
        #[arg(long)]
        json: bool,
        /// The guide-content folder, or the folder holding guide-content/ and locales/.
        /// Default: ./guide-content, else the one this program was built from.
        path: Option<PathBuf>,
    },
    /// Translation figures per language.
    Stats {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// The guide (as for `check`).
        #[arg(long)]
        path: Option<PathBuf>,
    },
    /// Search the guide as the app does: the user's language boosted, every language searched.
    Search {
        /// The user's language (boosted, not a filter). Default: en.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Show hits in every language as found, instead of one per paragraph in --lang.
        #[arg(long)]
        all_languages: bool,
        /// Most hits. Default: 10.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print exactly one JSON object: {"query", "took_us", "hits": [...]}.
        #[arg(long)]
        json: bool,
        /// The guide (as for `check`).
        #[arg(long)]
        path: Option<PathBuf>,
        /// What to search for (several words are joined with spaces).
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
    },
    /// Show the tokens each index field makes of TEXT, to see why a query does or does not match.
    Analyze {
        /// The language whose analyzer to use.
        #[arg(long)]
        lang: String,
        /// Print one JSON object: {"lang", "fields": {"<field>": ["token", ...]}}.
        #[arg(long)]
        json: bool,
        /// The text to analyze (several words are joined with spaces).
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
    },
    /// Print the revision of an English section: what a translation's source_rev must be.
    /// With --lang: every section of that language with its status, source_rev, the current
    /// English revision and its text_rev (what a review record names).
    Rev {
        /// Section id, e.g. reflection-period. All sections when omitted.
        section: Option<String>,
        /// A language whose sections' revisions to print (for review records).
        #[arg(long)]
        lang: Option<String>,
        /// The guide (as for `check`).
        #[arg(long)]
        path: Option<PathBuf>,
    },
    /// Serve the app's UI and a read-only JSON API to a browser (cargo feature `serve`).
    #[cfg(feature = "serve")]
    Serve {
        /// Address to listen on. Default: 127.0.0.1:8080, this machine only; use 0.0.0.0:8080
        /// to serve a local network.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Serve the guide in this folder instead of the one compiled into the program.
        #[arg(long)]
        path: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether the reader of our output went away (e.g. `fieldguide search x | head -1`).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Check { json, path } => check(&load(path.as_deref())?, json),
        Command::Stats { json, path } => stats(&load(path.as_deref())?, json),
        Command::Rev {
            section,
            lang,
            path,
        } => rev(&load(path.as_deref())?, section.as_deref(), lang.as_deref()),
        Command::Search {
            lang,
            all_languages,
            limit,
            json,
            path,
            query,
        } => {
            let guide = load(path.as_deref())?;
            let opts = SearchOptions {
                lang,
                all_languages,
                limit,
            };
            search(&guide, &query.join(" "), &opts, json)
        }
        Command::Analyze { lang, json, text } => analyze(&lang, &text.join(" "), json),
        #[cfg(feature = "serve")]
        Command::Serve { addr, path } => serve(addr, path.as_deref()),
    }
}

/// The guide at `path`, or ./guide-content, or the one in the source tree this binary was
/// built from (so `cargo run -- check` works from any folder).
fn load(path: Option<&Path>) -> Result<Guide> {
    let path = match path {
        Some(p) => p.to_owned(),
        None if Path::new("guide-content/guide.toml").is_file() => PathBuf::from("guide-content"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("guide-content"),
    };
    Guide::load(&path).with_context(|| format!("loading the guide at '{}'", path.display()))
}

fn check(guide: &Guide, json: bool) -> Result<ExitCode> {
    let diagnostics = guide.check();
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = diagnostics.len() - errors;
    if json {
        let out = serde_json::json!({
            "errors": errors,
            "warnings": warnings,
            "diagnostics": diagnostics,
        });
        outln!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for d in &diagnostics {
            outln!("{d}");
        }
        outln!(
            "{errors} error{}, {warnings} warning{}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" }
        );
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn stats(guide: &Guide, json: bool) -> Result<ExitCode> {
    let stats = guide.stats();
    if json {
        let index = guide.search_index().ok();
        let rows: Vec<serde_json::Value> = stats
            .iter()
            .map(|s| {
                let mut row = serde_json::to_value(s).expect("stats serialize");
                row["analyzer"] = serde_json::to_value(analyzer_info(&s.code)).expect("serialize");
                row["documents_indexed"] = index.map_or(0, |i| i.doc_count(&s.code)).into();
                row
            })
            .collect();
        outln!("{}", serde_json::to_string_pretty(&rows)?);
        return Ok(ExitCode::SUCCESS);
    }
    let index = guide.search_index().ok();
    outln!(
        "{:<4} {:<14} {:>8} {:>6} {:>8} {:>7} {:>9} {:>8} {:>6}  {:<10} {:>5}  stemmer",
        "lang",
        "name",
        "sections",
        "stale",
        "revised",
        "words",
        "complete",
        "UI",
        "docs",
        "analyzer",
        "stop"
    );
    for s in &stats {
        let info = analyzer_info(&s.code);
        let docs = index.map_or(0, |i| i.doc_count(&s.code));
        outln!(
            "{:<4} {:<14} {:>8} {:>6} {:>8} {:>7} {:>8.1}% {:>8} {:>6}  {:<10} {:>5}  {} ({})",
            s.code,
            s.name,
            format!("{}/{}", s.sections, s.sections_total),
            s.stale,
            s.revised + s.reviewed,
            s.words,
            s.percent_complete,
            format!("{}/{}", s.ui_messages, s.ui_messages_total),
            docs,
            info.analyzer,
            info.stop_words,
            info.stemmer,
            info.origin,
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn search(guide: &Guide, query: &str, opts: &SearchOptions, json: bool) -> Result<ExitCode> {
    // The CLI waits for the index (the app and `serve` prepare it in the background instead).
    if let Err(reason) = guide.search_index() {
        anyhow::bail!("the search index could not be built: {reason}");
    }
    let results = guide.search(query, opts);
    if json {
        outln!("{}", serde_json::to_string(&results)?);
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(notice) = &results.notice {
        let args = notice
            .args
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect();
        let text = guide
            .format_message("en", notice.id, &args)
            .unwrap_or_else(|| notice.id.to_owned());
        outln!("note: {text}");
    }
    for (i, hit) in results.hits.iter().enumerate() {
        let place = if hit.anchor.is_empty() {
            hit.section.clone()
        } else {
            format!("{}#{}", hit.section, hit.anchor)
        };
        outln!(
            "{:>2}. [{}] {}  ({place}, score {:.2})",
            i + 1,
            hit.lang,
            hit.breadcrumbs.join(" › "),
            hit.score
        );
        outln!("    {}", hit.snippet.marked("[", "]"));
    }
    outln!(
        "{} hit{} in {:.2} ms",
        results.hits.len(),
        if results.hits.len() == 1 { "" } else { "s" },
        results.took_us as f64 / 1000.0
    );
    Ok(ExitCode::SUCCESS)
}

fn analyze(lang: &str, text: &str, json: bool) -> Result<ExitCode> {
    let analysis = analyze_text(lang, text);
    if json {
        outln!("{}", serde_json::to_string(&analysis)?);
    } else {
        let info = analyzer_info(lang);
        outln!(
            "{lang}: {} (stemmer: {}, {})",
            info.analyzer,
            info.stemmer,
            info.origin
        );
        for (field, tokens) in &analysis.fields {
            outln!("{field:>10}: {}", tokens.join(" "));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn rev(guide: &Guide, section: Option<&str>, lang: Option<&str>) -> Result<ExitCode> {
    if let Some(lang) = lang {
        outln!("section\tstatus\tsource_rev\tenglish_rev\ttext_rev");
        for r in guide.revisions(lang) {
            if section.is_some_and(|s| s != r.id) {
                continue;
            }
            outln!(
                "{}\t{}\t{}\t{}\t{}",
                r.id,
                r.status.as_str(),
                r.source_rev.as_deref().unwrap_or("-"),
                r.english_rev.as_deref().unwrap_or("-"),
                r.rev
            );
        }
        return Ok(ExitCode::SUCCESS);
    }
    match section {
        Some(id) => {
            let rev = guide.source_rev(id).with_context(|| {
                format!("no section '{id}' in the source language (see guide.toml for the ids)")
            })?;
            outln!("{rev}");
        }
        None => {
            for id in guide.section_ids() {
                if let Some(rev) = guide.source_rev(id) {
                    outln!("{id}\t{rev}");
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `fieldguide serve`: the UI and the JSON API on `addr` until Ctrl+C.
#[cfg(feature = "serve")]
fn serve(addr: std::net::SocketAddr, path: Option<&Path>) -> Result<ExitCode> {
    let guide = match path {
        Some(p) => load(Some(p))?,
        None => Guide::load_embedded().context("loading the guide compiled into this program")?,
    };
    let runtime = tokio::runtime::Runtime::new().context("starting the HTTP server's runtime")?;
    println!("TRM Field Guide on http://{addr}/ (Ctrl+C stops)");
    runtime
        .block_on(fieldguide::serve::run(guide, addr))
        .with_context(|| format!("serving on {addr}"))?;
    Ok(ExitCode::SUCCESS)
}
