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
use std::io::{BufReader, BufWriter, Read, Write};
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

/// The stamps the last ingest saved, by file id, each marked once its file is passed over.
#[derive(Debug, Default)]
pub struct FileStamps {
    files: FxHashMap<String, Saved>,
}

/// What the last ingest saved of a file, and whether this one has passed over it.
#[derive(Debug)]
struct Saved {
    stamp: FileStamp,
    articles: u32,
    passed_over: bool,
}

impl FileStamps {
    /// The stamps saved beside the index at `index`, if they are valid for `validity`; none
    /// otherwise (no file, another commit, another folder or salt, a damaged file). Read as a
    /// stream: the file of a million stamps is not held beside them.
    pub fn load(index: &Path, validity: &StampsValidity) -> FileStamps {
        File::open(index.join(STAMPS_FILE))
            .ok()
            .and_then(|file| decode(BufReader::new(file), validity))
            .unwrap_or_default()
    }

    /// How many articles the file `id` holds in the index, if its saved stamp is `stamp`:
    /// the file is then passed over, and [`FileStamps::passed_over`] says so from then on.
    pub fn pass_over(&mut self, id: &str, stamp: &FileStamp) -> Option<u32> {
        let saved = self.files.get_mut(id)?;
        if saved.stamp != *stamp {
            return None;
        }
        saved.passed_over = true;
        Some(saved.articles)
    }

    /// Whether the file `id` was passed over: its articles stay as the index has them.
    pub fn passed_over(&self, id: &str) -> bool {
        self.files.get(id).is_some_and(|saved| saved.passed_over)
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

/// The stamps `input` holds, if they are whole and valid for `validity`.
fn decode(input: impl Read, validity: &StampsValidity) -> Option<FileStamps> {
    let mut input = Hashed {
        input,
        hasher: Xxh3::new(),
    };
    if input.take::<16>()? != *MAGIC
        || input.u64()? != validity.salt
        || input.str()? != validity.source.to_string_lossy()
    {
        return None;
    }
    let mut files = FxHashMap::default();
    loop {
        match input.take::<1>()? {
            [END] => break,
            [ENTRY] => {}
            _ => return None,
        }
        let id = input.str()?;
        let stamp = FileStamp {
            size: input.u64()?,
            modified_ns: input.u64()? as i64,
            changed_ns: input.u64()? as i64,
            inode: input.u64()?,
        };
        let articles = u32::from_le_bytes(input.take()?);
        let passed_over = false;
        files.insert(
            id,
            Saved {
                stamp,
                articles,
                passed_over,
            },
        );
    }
    let valid = input.u64()? == files.len() as u64 && input.u64()? == validity.opstamp;
    let hashed = input.hasher.digest();
    let checksum = u64::from_le_bytes(input.take_unhashed()?);
    let at_end = input.input.read(&mut [0]).ok()? == 0;
    (valid && checksum == hashed && at_end).then_some(FileStamps { files })
}

/// Reads the stamps file's fields in order, hashing them; each read is `None` past the end.
struct Hashed<R: Read> {
    input: R,
    hasher: Xxh3,
}

impl<R: Read> Hashed<R> {
    fn take_unhashed<const N: usize>(&mut self) -> Option<[u8; N]> {
        let mut bytes = [0; N];
        self.input.read_exact(&mut bytes).ok()?;
        Some(bytes)
    }

    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let bytes = self.take_unhashed::<N>()?;
        self.hasher.update(&bytes);
        Some(bytes)
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take()?))
    }

    fn str(&mut self) -> Option<String> {
        let length = u32::from_le_bytes(self.take()?) as usize;
        // A length beyond what a path holds is damage, not a size to allocate.
        if length > MAX_STR {
            return None;
        }
        let mut bytes = vec![0; length];
        self.input.read_exact(&mut bytes).ok()?;
        self.hasher.update(&bytes);
        String::from_utf8(bytes).ok()
    }
}

/// The longest id or folder name the stamps file holds: longer than any path.
const MAX_STR: usize = 1 << 16;

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
        assert!(!stamps.passed_over("feed.jsonl"));
        assert_eq!(stamps.pass_over("feed.jsonl", &files[1].stamp), Some(12));
        assert!(stamps.passed_over("feed.jsonl"));
        let mut touched = files[0].stamp;
        touched.modified_ns += 1;
        assert_eq!(stamps.pass_over("a/one.txt", &touched), None);
        assert!(!stamps.passed_over("a/one.txt"));
        let mut replaced = files[2].stamp;
        replaced.inode += 1;
        assert_eq!(stamps.pass_over("b/two.txt", &replaced), None);
        assert_eq!(stamps.pass_over("c.txt", &files[0].stamp), None);
        assert!(!stamps.passed_over("c.txt"));
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
        assert_eq!(decode(&bytes[..], &validity()).unwrap().len(), 2);
        for cut in [0, 1, 8, 20, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode(&bytes[..cut], &validity()).is_none(), "cut at {cut}");
        }
        for at in [0, 17, 40, bytes.len() - 20, bytes.len() - 1] {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x20;
            assert!(
                decode(&damaged[..], &validity()).is_none(),
                "damage at {at}"
            );
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(
            decode(&longer[..], &validity()).is_none(),
            "a byte past the end"
        );
    }
}
