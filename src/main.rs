//! The `whosaid` binary: parse arguments, run the command, turn the outcome into an exit status.
//!
//! Exit status, as grep and ripgrep: 0 something found, 1 nothing found, 2 an error.

use std::process::ExitCode;

/// mimalloc: indexing allocates many small buffers on several threads, where glibc's allocator
/// spends a tenth of the time on its locks. Built without transparent huge pages (`no_thp`):
/// with them, every thread's heap took whole 2 MB pages, 40-60 MB of the ingest's peak memory
/// on news-33k (225 -> 165 MB at the same writer budget, no slower).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

use whosaid::cli::{Cli, Command};
use whosaid::commands::{self, Outcome};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    match try_main(cli) {
        Ok(Outcome::Found) => ExitCode::from(0),
        Ok(Outcome::NothingFound) => ExitCode::from(1),
        Err(error) if is_broken_pipe(&error) => ExitCode::from(0),
        Err(error) => {
            eprintln!("whosaid: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn try_main(cli: Cli) -> anyhow::Result<Outcome> {
    match &cli.command {
        Command::Ingest(args) => commands::ingest::run(args),
        Command::Query(args) => commands::query::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::People(args) => commands::people::run(args),
        Command::Show(args) => commands::show::run(args),
        Command::Stats(args) => commands::stats::run(args),
        Command::Optimize(args) => commands::optimize::run(args),
        Command::Completions(args) => commands::completions::run(args),
        Command::Man => commands::completions::man(),
    }
}

/// A closed stdout (`whosaid query ... | head -1`) ends the program quietly.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
