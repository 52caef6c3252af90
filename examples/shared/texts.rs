//! Loading a folder of `.txt` articles into memory, for the examples that time one stage.

use std::path::Path;

/// The text of every `.txt` file under `dir`, recursively, appended to `out` in the order of
/// their paths, so that two runs over one folder see the articles in the same order.
pub fn texts(dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            texts(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(std::fs::read_to_string(&path)?);
        }
    }
    Ok(())
}
