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
        /// Serve the guide of this pack file (verified first, like an install).
        #[arg(long, conflicts_with = "path")]
        pack: Option<PathBuf>,
        /// Serve the guide in use of this folder of installed guides (`pack install --dir`),
        /// with its "What changed", as the app shows it.
        #[arg(long, conflicts_with_all = ["path", "pack"])]
        guides: Option<PathBuf>,
        /// Also trust this public key file for --pack (for maintainers and tests).
        #[arg(long)]
        trust: Vec<PathBuf>,
    },
    /// Guide packs: the guide in one signed file, for updates without a new program
    /// (docs/updates.md). A secret key's password, if it has one, is read from
    /// FIELDGUIDE_KEY_PASSWORD.
    Pack {
        #[command(subcommand)]
        command: PackCommand,
    },
}

#[derive(Subcommand)]
enum PackCommand {
    /// Make a signing key pair: <out>/<name>.pub (public, to compile into the app) and
    /// <out>/<name>.key (secret: never in the repository).
    Keygen {
        /// The folder to write the two files to.
        #[arg(long)]
        out: PathBuf,
        /// The key's name. Default: trm-guide.
        #[arg(long, default_value = "trm-guide")]
        name: String,
        /// Write the secret key unencrypted (without FIELDGUIDE_KEY_PASSWORD).
        #[arg(long)]
        no_password: bool,
    },
    /// Build a signed pack of a guide that passes `check`.
    Build {
        /// The secret key file.
        #[arg(long)]
        key: PathBuf,
        /// The pack file. Default: trm-guide-<version>.trmpack in this folder.
        #[arg(long)]
        out: Option<PathBuf>,
        /// What changed, one line each (repeat the option).
        #[arg(long)]
        summary: Vec<String>,
        /// The oldest program version that can read it. Default: this program's version.
        #[arg(long)]
        min_app_version: Option<String>,
        /// The endorsement of the signing key (`pack endorse`): its public key file.
        #[arg(long, requires = "endorsement")]
        endorsed_key: Option<PathBuf>,
        /// The endorsement signature file (`pack endorse`).
        #[arg(long, requires = "endorsed_key")]
        endorsement: Option<PathBuf>,
        /// The guide (as for `check`).
        path: Option<PathBuf>,
    },
    /// Say whether a pack is valid, by which key, and what it holds. Exit 1 if it is not.
    Verify {
        /// The pack file.
        file: PathBuf,
        /// Also trust this public key file (besides the keys compiled into the program).
        #[arg(long)]
        trust: Vec<PathBuf>,
    },
    /// Install a pack into a folder of installed guides (what the app does; for administrators
    /// and tests).
    Install {
        /// The pack file.
        file: PathBuf,
        /// The folder of installed guides.
        #[arg(long)]
        dir: PathBuf,
        /// Also trust this public key file.
        #[arg(long)]
        trust: Vec<PathBuf>,
    },
    /// Go back to the previous installed guide (or to the one compiled in).
    Rollback {
        /// The folder of installed guides.
        #[arg(long)]
        dir: PathBuf,
    },
    /// Sign a new public key with the current secret key, so programs that trust the current
    /// key accept packs signed by the new one.
    Endorse {
        /// The current (trusted) secret key file.
        #[arg(long)]
        key: PathBuf,
        /// The new public key file.
        #[arg(long)]
        new: PathBuf,
        /// The endorsement file to write.
        #[arg(long)]
        out: PathBuf,
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
        Command::Serve {
            addr,
            path,
            pack,
            guides,
            trust,
        } => serve(
            addr,
            path.as_deref(),
            pack.as_deref(),
            guides.as_deref(),
            &trust,
        ),
        Command::Pack { command } => pack(command),
    }
}

/// The password of a secret key, from FIELDGUIDE_KEY_PASSWORD.
fn key_password() -> Option<String> {
    std::env::var("FIELDGUIDE_KEY_PASSWORD")
        .ok()
        .filter(|p| !p.is_empty())
}

/// The compiled-in keys and the public key files of `extra`.
fn trust(extra: &[PathBuf]) -> Result<fieldguide::pack::Trust> {
    use fieldguide::pack::{Trust, TrustedKey};
    if extra.is_empty() {
        return Ok(Trust::compiled_in());
    }
    // Leaked on purpose: a handful of small files, for the life of a command.
    let mut keys: Vec<TrustedKey> = Vec::new();
    for path in extra {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the public key '{}'", path.display()))?;
        keys.push(TrustedKey {
            name: Box::leak(path.display().to_string().into_boxed_str()),
            public_key: Box::leak(text.into_boxed_str()),
        });
    }
    Ok(Trust::with_extra(&keys)?)
}

/// A pack file, verified with `extra` keys trusted too.
fn verified(file: &Path, extra: &[PathBuf]) -> Result<fieldguide::pack::VerifiedPack> {
    let bytes =
        std::fs::read(file).with_context(|| format!("reading the pack '{}'", file.display()))?;
    fieldguide::pack::read(&bytes, &trust(extra)?, &Default::default())
        .with_context(|| format!("'{}'", file.display()))
}

fn pack(command: PackCommand) -> Result<ExitCode> {
    use fieldguide::pack::{self, BuildOptions, Store};
    match command {
        PackCommand::Keygen {
            out,
            name,
            no_password,
        } => {
            let password = key_password();
            anyhow::ensure!(
                password.is_some() || no_password,
                "set FIELDGUIDE_KEY_PASSWORD to encrypt the secret key, or pass --no-password"
            );
            let (public, secret, id) = pack::keygen(password, &name)?;
            std::fs::create_dir_all(&out)
                .with_context(|| format!("creating '{}'", out.display()))?;
            let (pub_path, key_path) = (
                out.join(format!("{name}.pub")),
                out.join(format!("{name}.key")),
            );
            anyhow::ensure!(
                !key_path.exists(),
                "'{}' exists: not overwritten",
                key_path.display()
            );
            std::fs::write(&pub_path, public)?;
            std::fs::write(&key_path, secret)?;
            outln!(
                "key {id}: public key {}, secret key {} (keep it off the repository)",
                pub_path.display(),
                key_path.display()
            );
        }
        PackCommand::Build {
            key,
            out,
            summary,
            min_app_version,
            endorsed_key,
            endorsement,
            path,
        } => {
            let dir = guide_dir(path.as_deref());
            let content = fieldguide::Files::read_dir(&dir.join("guide-content"))?;
            let locales = fieldguide::Files::read_dir(&dir.join("locales"))?;
            let secret = std::fs::read_to_string(&key)
                .with_context(|| format!("reading the secret key '{}'", key.display()))?;
            let endorsement = match (endorsed_key, endorsement) {
                (Some(k), Some(e)) => {
                    Some((std::fs::read_to_string(&k)?, std::fs::read_to_string(&e)?))
                }
                _ => None,
            };
            let (bytes, manifest) = pack::build(
                &content,
                &locales,
                &secret,
                key_password(),
                BuildOptions {
                    summary,
                    min_app_version: min_app_version
                        .unwrap_or_else(|| pack::app_version().to_string()),
                    date: fieldguide::content::Date::today(),
                    endorsement,
                },
            )?;
            let out = out.unwrap_or_else(|| {
                PathBuf::from(format!(
                    "trm-guide-{}.{}",
                    manifest.guide_version,
                    pack::EXTENSION
                ))
            });
            std::fs::write(&out, &bytes).with_context(|| format!("writing '{}'", out.display()))?;
            outln!(
                "{}: guide {} of {}, {} bytes",
                out.display(),
                manifest.guide_version,
                manifest.date,
                bytes.len()
            );
        }
        PackCommand::Verify { file, trust } => match verified(&file, &trust) {
            Ok(p) => {
                outln!("valid: signed by {} (key {})", p.signer, p.key_id);
                outln!(
                    "guide {} of {}, for program {} or newer",
                    p.manifest.guide_version,
                    p.manifest.date,
                    p.manifest.min_app_version
                );
                outln!(
                    "{} files, content hash {}",
                    p.content.entries.len() + p.locales.entries.len(),
                    p.manifest.content_hash
                );
                for line in &p.manifest.summary {
                    outln!("- {line}");
                }
            }
            Err(e) => {
                outln!("not valid: {e:#}");
                return Ok(ExitCode::from(1));
            }
        },
        PackCommand::Install { file, dir, trust } => {
            let pack = verified(&file, &trust)?;
            let store = Store::new(&dir);
            let in_use = match store.current() {
                Ok(Some(installed)) => installed.guide,
                _ => load(None)?,
            };
            let record = store.install(&pack, &in_use, fieldguide::content::Date::today())?;
            outln!(
                "installed guide {} ({} facts and {} sections changed)",
                record.manifest.guide_version,
                record.changes.facts.len(),
                record.changes.sections.len()
            );
        }
        PackCommand::Rollback { dir } => match Store::new(&dir).roll_back()? {
            Some(folder) => outln!("now using the installed guide {folder}"),
            None => outln!("now using the guide compiled into the program"),
        },
        PackCommand::Endorse { key, new, out } => {
            let secret = std::fs::read_to_string(&key)
                .with_context(|| format!("reading the secret key '{}'", key.display()))?;
            let public = std::fs::read_to_string(&new)
                .with_context(|| format!("reading the public key '{}'", new.display()))?;
            std::fs::write(&out, pack::endorse(&secret, key_password(), &public)?)?;
            outln!("{}: the endorsement of {}", out.display(), new.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The folder holding guide-content/ and locales/ (for `pack build`).
fn guide_dir(path: Option<&Path>) -> PathBuf {
    match path {
        Some(p) if p.join("guide.toml").is_file() => {
            p.parent().unwrap_or(Path::new(".")).to_owned()
        }
        Some(p) => p.to_owned(),
        None if Path::new("guide-content/guide.toml").is_file() => PathBuf::from("."),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")),
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
    for s in stats.iter().filter(|s| !s.leaflet_only) {
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
    let leaflets: Vec<_> = stats.iter().filter(|s| s.leaflet_only).collect();
    if !leaflets.is_empty() {
        outln!();
        outln!("Leaflet-only languages (the rights leaflet for \"Show to the person\"):");
        outln!(
            "{:<8} {:<16} {:>7} {:>6} {:>8} {:>7}",
            "lang",
            "name",
            "leaflet",
            "stale",
            "revised",
            "words"
        );
        for s in leaflets {
            outln!(
                "{:<8} {:<16} {:>7} {:>6} {:>8} {:>7}",
                s.code,
                s.name,
                format!("{}/{}", s.sections, s.sections_total),
                s.stale,
                s.revised + s.reviewed,
                s.words
            );
        }
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
fn serve(
    addr: std::net::SocketAddr,
    path: Option<&Path>,
    pack: Option<&Path>,
    guides: Option<&Path>,
    extra: &[PathBuf],
) -> Result<ExitCode> {
    let guide = match (path, pack, guides) {
        (Some(p), _, _) => load(Some(p))?,
        (None, Some(file), _) => verified(file, extra)?.guide()?,
        (None, None, Some(dir)) => {
            let installed = fieldguide::pack::Store::new(dir)
                .current()?
                .with_context(|| {
                    format!(
                        "no installed guide in '{0}': install a pack there first \
                         (fieldguide pack install --dir '{0}' <pack>)",
                        dir.display()
                    )
                })?;
            let mut guide = installed.guide;
            guide.set_changes(installed.record.changes, installed.record.installed);
            guide
        }
        (None, None, None) => {
            Guide::load_embedded().context("loading the guide compiled into this program")?
        }
    };
    let runtime = tokio::runtime::Runtime::new().context("starting the HTTP server's runtime")?;
    println!("TRM Field Guide on http://{addr}/ (Ctrl+C stops)");
    runtime
        .block_on(fieldguide::serve::run(guide, addr))
        .with_context(|| format!("serving on {addr}"))?;
    Ok(ExitCode::SUCCESS)
}
