//! `whosaid completions SHELL` and `whosaid man`: generated from the same clap definitions.

use clap::CommandFactory;

use super::Outcome;
use crate::cli::{Cli, CompletionsArgs};

/// Entry point of `whosaid completions`: writes the shell's completion script to stdout.
pub fn run(args: &CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "whosaid", &mut std::io::stdout());
    Ok(Outcome::Found)
}

/// Entry point of `whosaid man`: writes the manual page, in roff, to stdout.
pub fn man() -> anyhow::Result<Outcome> {
    clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
    Ok(Outcome::Found)
}
