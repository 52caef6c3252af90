//! Printing hits: one printer per output format, behind one trait.

pub mod elasticsearch;
pub mod fields;
pub mod flat;
pub mod human;
pub mod jsonl;
pub mod quickwit;
pub mod table;

pub use human::HumanPrinter;
pub use jsonl::JsonLinesPrinter;
pub use table::TablePrinter;

use crate::index::Hit;

/// Something that writes search hits somewhere, one at a time.
pub trait HitPrinter {
    /// Writes one hit.
    fn print_hit(&mut self, hit: &Hit) -> std::io::Result<()>;
    /// Flushes whatever is buffered.
    fn finish(&mut self) -> std::io::Result<()>;
}

/// Whether to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Decides, for stdout, whether this choice means colour.
    pub fn use_color(self) -> bool {
        use std::io::IsTerminal;
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}
