//! Loading a folder of `.txt` articles into memory, for the examples that time one stage.

use std::path::Path;

/// The text of every `.txt` file under `dir`, recursively, appended to `out`.
pub fn texts(dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            texts(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(std::fs::read_to_string(&path)?);
        }
    }
    Ok(())
}
