//! What the last ingest saw of each file it indexed whole, kept beside the index: a re-ingest
//! passes over a file whose stamp has not changed without opening it.
//!
//! The stamps are only a shortcut in front of the articles' fingerprints, never a second
//! record of what the index holds: they are saved after a commit with that commit's number
//! (its opstamp), the folder ingested and the fingerprints' salt, and are read only when all
//! three are still those of the index and the ingest. An ingest stopped half-way, a merge of
//! another version, a file that does not parse: each makes every file read again, as if there
//! were no stamps.
//!
//! An ingest writes the stamps as it goes, to a file beside the last one that takes its place
//! when the ingest ends: a million files' stamps are never all in memory while the index
//! writer needs it. The commit's number, known last, ends the file.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use xxhash_rust::xxh3::Xxh3;

use crate::article::FileStamp;

/// The file in the index folder that holds the stamps (tantivy leaves files it did not write).
const STAMPS_FILE: &str = "whosaid-files.bin";
/// The first bytes of the file, with the version of its layout.
const MAGIC: &[u8; 16] = b"whosaid-stamps2\n";

/// What a set of stamps is valid for: one commit of one index, made by ingesting one folder
/// with fingerprints of one salt (whosaid's version and the ingest's options).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StampsValidity {
    /// The commit's opstamp, as the index's metadata holds it.
    pub opstamp: u64,
    /// The salt of the articles' fingerprints.
    pub salt: u64,
    /// The folder ingested, as an absolute path.
    pub source: PathBuf,
}

/// A file indexed whole by an ingest, as the file system described it then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StampedFile {
    /// The file's id: its path under the folder ingested.
    pub id: String,
    /// What the file system said of it when it was found.
    pub stamp: FileStamp,
    /// How many articles it holds, all of them in the index.
    pub articles: u32,
}

/// The stamps the last ingest saved, by file id.
#[derive(Debug, Default)]
pub struct FileStamps {
    files: FxHashMap<String, (FileStamp, u32)>,
}

impl FileStamps {
    /// The stamps saved beside the index at `index`, if they are valid for `validity`; none
    /// otherwise (no file, another commit, another folder or salt, a damaged file).
    pub fn load(index: &Path, validity: &StampsValidity) -> FileStamps {
        std::fs::read(index.join(STAMPS_FILE))
            .ok()
            .and_then(|bytes| decode(&bytes, validity))
            .unwrap_or_default()
    }

    /// How many articles the file `id` holds in the index, if its saved stamp is `stamp`. Its
    /// entry goes either way: the walk finds each file once, and a walk of millions of files
    /// should not hold the stamps it has passed.
    pub fn take_unchanged(&mut self, id: &str, stamp: &FileStamp) -> Option<u32> {
        match self.files.remove(id) {
            Some((saved, articles)) if saved == *stamp => Some(articles),
            _ => None,
        }
    }

    /// How many files have stamps.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether no file has a stamp.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Writes an ingest's stamps as it finds them, to a file beside the index's stamps that
/// replaces them when [`StampsWriter::finish`] is given the ingest's last commit. Dropped
/// unfinished (the ingest failed), it removes what it wrote.
pub struct StampsWriter {
    partial: Partial,
    out: Checksummed<BufWriter<File>>,
    count: u64,
}

/// The file being written, removed when it is dropped: renamed by then if it was finished,
/// left half-written by a failed ingest otherwise.
struct Partial(PathBuf);

impl Drop for Partial {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl StampsWriter {
    /// Starts the stamps of an ingest into the index at `index` of the folder `source`, with
    /// fingerprints of `salt`.
    pub fn create(index: &Path, salt: u64, source: &Path) -> std::io::Result<StampsWriter> {
        let partial = Partial(index.join(format!("{STAMPS_FILE}.partial")));
        let mut out = Checksummed {
            out: BufWriter::new(File::create(&partial.0)?),
            hasher: Xxh3::new(),
        };
        out.put(MAGIC)?;
        out.put(&salt.to_le_bytes())?;
        out.put_str(&source.to_string_lossy())?;
        Ok(StampsWriter {
            partial,
            out,
            count: 0,
        })
    }

    /// Adds the stamp of a file indexed whole, or passed over as unchanged.
    pub fn add(&mut self, file: &StampedFile) -> std::io::Result<()> {
        let out = &mut self.out;
        out.put(&[ENTRY])?;
        out.put_str(&file.id)?;
        out.put(&file.stamp.size.to_le_bytes())?;
        out.put(&file.stamp.modified_ns.to_le_bytes())?;
        out.put(&file.stamp.changed_ns.to_le_bytes())?;
        out.put(&file.stamp.inode.to_le_bytes())?;
        out.put(&file.articles.to_le_bytes())?;
        self.count += 1;
        Ok(())
    }

    /// How many stamps were added.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Ends the stamps with the opstamp of the commit that holds their files' articles, and
    /// puts them in place of the index's stamps.
    pub fn finish(mut self, opstamp: u64) -> std::io::Result<()> {
        self.out.put(&[END])?;
        self.out.put(&self.count.to_le_bytes())?;
        self.out.put(&opstamp.to_le_bytes())?;
        let checksum = self.out.hasher.digest();
        self.out.out.write_all(&checksum.to_le_bytes())?;
        // Closed before it is renamed, as some systems require.
        self.out.out.into_inner().map_err(|e| e.into_error())?;
        std::fs::rename(&self.partial.0, self.partial.0.with_file_name(STAMPS_FILE))
    }

    /// Gives up: removes what was written, and the index's stamps too, which no longer
    /// describe it once this ingest commits.
    pub fn abandon(self) {
        let _ = std::fs::remove_file(self.partial.0.with_file_name(STAMPS_FILE));
    }
}

/// The byte before each file's stamp.
const ENTRY: u8 = 1;
/// The byte after the last one, before the count, the opstamp and the checksum.
const END: u8 = 0;

/// A writer that hashes what it writes, for the checksum that ends the file. Numbers are
/// little-endian; strings are a `u32` length and UTF-8 bytes.
struct Checksummed<W: Write> {
    out: W,
    hasher: Xxh3,
}

impl<W: Write> Checksummed<W> {
    fn put(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.hasher.update(bytes);
        self.out.write_all(bytes)
    }

    fn put_str(&mut self, text: &str) -> std::io::Result<()> {
        // An id or folder name of 4 GB is no path.
        self.put(&(text.len() as u32).to_le_bytes())?;
        self.put(text.as_bytes())
    }
}

/// The stamps in `bytes`, if they are whole and valid for `validity`.
fn decode(bytes: &[u8], validity: &StampsValidity) -> Option<FileStamps> {
    let (body, checksum) = bytes.split_at_checked(bytes.len().checked_sub(8)?)?;
    if xxhash_rust::xxh3::xxh3_64(body) != u64::from_le_bytes(checksum.try_into().ok()?) {
        return None;
    }
    let mut reader = Reader { rest: body };
    if reader.take(MAGIC.len())? != MAGIC
        || reader.u64()? != validity.salt
        || reader.str()? != validity.source.to_string_lossy()
    {
        return None;
    }
    // Each file takes at least 41 bytes.
    let mut files = FxHashMap::default();
    files.reserve(reader.rest.len() / 64);
    while reader.take(1)? == [ENTRY] {
        let id = reader.str()?.to_string();
        let stamp = FileStamp {
            size: reader.u64()?,
            modified_ns: reader.u64()? as i64,
            changed_ns: reader.u64()? as i64,
            inode: reader.u64()?,
        };
        let articles = u32::from_le_bytes(reader.take(4)?.try_into().ok()?);
        files.insert(id, (stamp, articles));
    }
    let whole = reader.u64()? == files.len() as u64
        && reader.u64()? == validity.opstamp
        && reader.rest.is_empty();
    whole.then_some(FileStamps { files })
}

/// Reads the stamps file's fields in order; each read is `None` past the end.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        let (taken, rest) = self.rest.split_at_checked(count)?;
        self.rest = rest;
        Some(taken)
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'a str> {
        let length = u32::from_le_bytes(self.take(4)?.try_into().ok()?);
        std::str::from_utf8(self.take(length as usize)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn validity() -> StampsValidity {
        StampsValidity {
            opstamp: 7,
            salt: 0xfeed,
            source: PathBuf::from("/news/articles"),
        }
    }

    fn stamped(id: &str, size: u64, articles: u32) -> StampedFile {
        StampedFile {
            id: id.to_string(),
            stamp: FileStamp {
                size,
                modified_ns: 1_700_000_000_000_000_000,
                changed_ns: -5,
                inode: 42 + size,
            },
            articles,
        }
    }

    /// Saves `files` beside the index at `index` as an ingest of `validity` would.
    fn save(index: &Path, validity: &StampsValidity, files: &[StampedFile]) {
        let mut writer = StampsWriter::create(index, validity.salt, &validity.source).unwrap();
        for file in files {
            writer.add(file).unwrap();
        }
        assert_eq!(writer.count(), files.len() as u64);
        writer.finish(validity.opstamp).unwrap();
    }

    #[test]
    fn stamps_saved_are_loaded_back_for_the_same_commit_folder_and_salt() {
        let index = tempfile::tempdir().unwrap();
        let files = [
            stamped("a/one.txt", 10, 1),
            stamped("feed.jsonl", 900, 12),
            stamped("b/two.txt", 20, 1),
        ];
        save(index.path(), &validity(), &files);
        assert!(!index.path().join("whosaid-files.bin.partial").exists());
        let mut stamps = FileStamps::load(index.path(), &validity());
        assert_eq!(stamps.len(), 3);
        assert_eq!(
            stamps.take_unchanged("feed.jsonl", &files[1].stamp),
            Some(12)
        );
        assert_eq!(
            stamps.take_unchanged("feed.jsonl", &files[1].stamp),
            None,
            "taken once"
        );
        let mut touched = files[0].stamp;
        touched.modified_ns += 1;
        assert_eq!(stamps.take_unchanged("a/one.txt", &touched), None);
        assert_eq!(stamps.len(), 1, "a changed file's stamp goes too");
        let mut replaced = files[2].stamp;
        replaced.inode += 1;
        assert_eq!(stamps.take_unchanged("b/two.txt", &replaced), None);
        assert_eq!(stamps.take_unchanged("c.txt", &files[0].stamp), None);
        assert!(stamps.is_empty());
    }

    #[test]
    fn stamps_of_another_commit_folder_or_salt_are_not_loaded() {
        let index = tempfile::tempdir().unwrap();
        save(index.path(), &validity(), &[stamped("a.txt", 3, 1)]);
        let others = [
            StampsValidity {
                opstamp: 8,
                ..validity()
            },
            StampsValidity {
                salt: 1,
                ..validity()
            },
            StampsValidity {
                source: PathBuf::from("/news/other"),
                ..validity()
            },
        ];
        for other in &others {
            assert!(
                FileStamps::load(index.path(), other).is_empty(),
                "{other:?}"
            );
        }
        assert_eq!(FileStamps::load(index.path(), &validity()).len(), 1);
    }

    #[test]
    fn an_abandoned_ingest_leaves_no_stamps() {
        let index = tempfile::tempdir().unwrap();
        save(index.path(), &validity(), &[stamped("a.txt", 3, 1)]);
        let mut writer = StampsWriter::create(index.path(), 1, Path::new("/news")).unwrap();
        writer.add(&stamped("b.txt", 4, 1)).unwrap();
        writer.abandon();
        assert_eq!(std::fs::read_dir(index.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_damaged_or_cut_stamps_file_is_not_loaded() {
        let index = tempfile::tempdir().unwrap();
        save(
            index.path(),
            &validity(),
            &[stamped("a.txt", 3, 1), stamped("b.txt", 4, 1)],
        );
        let bytes = std::fs::read(index.path().join(STAMPS_FILE)).unwrap();
        assert_eq!(decode(&bytes, &validity()).unwrap().len(), 2);
        for cut in [0, 1, 8, 20, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut], &validity()).is_none(), "cut at {cut}");
        }
        for at in [0, 17, 40, bytes.len() - 20, bytes.len() - 1] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x20;
            assert!(decode(&damaged, &validity()).is_none(), "damage at {at}");
        }
    }
}
