//! `fieldguide`: the command line of the TRM Field Guide.
//!
//! Thin over the library: parse arguments, call `fieldguide::Guide`, print. Exit codes: 0 success
//! (warnings allowed), 1 the content has errors, 2 the command could not run.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use fieldguide::{Guide, Severity};

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
    /// Print the revision of an English section: what a translation's source_rev must be.
    Rev {
        /// Section id, e.g. reflection-period. All sections when omitted.
        section: Option<String>,
        /// The guide (as for `check`).
        #[arg(long)]
        path: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Check { json, path } => check(&load(path.as_deref())?, json),
        Command::Stats { json, path } => stats(&load(path.as_deref())?, json),
        Command::Rev { section, path } => rev(&load(path.as_deref())?, section.as_deref()),
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
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for d in &diagnostics {
            println!("{d}");
        }
        println!(
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
        println!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:<4} {:<14} {:>8} {:>6} {:>9} {:>7} {:>9} {:>8}",
        "lang", "name", "sections", "stale", "reviewed", "words", "complete", "UI"
    );
    for s in &stats {
        println!(
            "{:<4} {:<14} {:>8} {:>6} {:>9} {:>7} {:>8.1}% {:>8}",
            s.code,
            s.name,
            format!("{}/{}", s.sections, s.sections_total),
            s.stale,
            s.reviewed,
            s.words,
            s.percent_complete,
            format!("{}/{}", s.ui_messages, s.ui_messages_total),
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn rev(guide: &Guide, section: Option<&str>) -> Result<ExitCode> {
    match section {
        Some(id) => {
            let rev = guide.source_rev(id).with_context(|| {
                format!("no section '{id}' in the source language (see guide.toml for the ids)")
            })?;
            println!("{rev}");
        }
        None => {
            for id in guide.section_ids() {
                if let Some(rev) = guide.source_rev(id) {
                    println!("{id}\t{rev}");
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
