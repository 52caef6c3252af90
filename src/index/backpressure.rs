//! Bounding the documents that wait in tantivy's indexing queue.
//!
//! tantivy queues up to 10,000 batches between `IndexWriter::run` and its indexing threads, and
//! reading and analysing articles is faster than indexing them: without a bound, a third of a
//! large corpus would wait in memory. Each queued document carries a [`Pending`] token that is
//! returned when an indexing thread takes the document, and the writer waits for room.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tantivy::schema::document::Document;
use tantivy::TantivyDocument;

/// How long to wait for the indexing threads to take a document before going on regardless.
const STALL: Duration = Duration::from_secs(30);

/// Counts documents handed to tantivy and not yet taken by an indexing thread.
#[derive(Debug)]
pub struct Gate {
    waiting: AtomicUsize,
    writer_asleep: AtomicBool,
    lock: Mutex<()>,
    room: Condvar,
    limit: usize,
}

impl Gate {
    /// A gate letting at most `limit` documents wait (a larger batch still passes, alone).
    pub fn new(limit: usize) -> Arc<Gate> {
        Arc::new(Gate {
            waiting: AtomicUsize::new(0),
            writer_asleep: AtomicBool::new(false),
            lock: Mutex::new(()),
            room: Condvar::new(),
            limit,
        })
    }

    /// Waits until `count` more documents may be queued, then counts them as waiting.
    ///
    /// Gives up waiting when nothing leaves for [`STALL`]: should the indexing threads have
    /// stopped on an error, the writer reports it instead of this waiting forever.
    pub fn enter(&self, count: usize) {
        while !self.has_room(count) {
            let guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
            self.writer_asleep.store(true, Ordering::SeqCst);
            // Checked again under the lock: a document that left since is not missed.
            if self.has_room(count) {
                self.writer_asleep.store(false, Ordering::SeqCst);
                break;
            }
            let (_guard, timeout) = self
                .room
                .wait_timeout(guard, STALL)
                .unwrap_or_else(|e| e.into_inner());
            self.writer_asleep.store(false, Ordering::SeqCst);
            if timeout.timed_out() {
                break;
            }
        }
        self.waiting.fetch_add(count, Ordering::SeqCst);
    }

    fn has_room(&self, count: usize) -> bool {
        let waiting = self.waiting.load(Ordering::SeqCst);
        waiting == 0 || waiting + count <= self.limit
    }

    fn leave(&self) {
        let now = self
            .waiting
            .fetch_sub(1, Ordering::SeqCst)
            .saturating_sub(1);
        // Waking the writer costs a system call: only when it sleeps and the queue is half empty.
        if now <= self.limit / 2 && self.writer_asleep.load(Ordering::SeqCst) {
            let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
            self.room.notify_one();
        }
    }
}

/// A document on its way to an indexing thread; leaves the gate when tantivy takes it.
pub struct Pending<D = TantivyDocument> {
    document: D,
    gate: Arc<Gate>,
}

impl<D> Pending<D> {
    /// Wraps a document counted by `gate` (see [`Gate::enter`]).
    pub fn new(document: D, gate: Arc<Gate>) -> Pending<D> {
        Pending { document, gate }
    }
}

impl<D> Drop for Pending<D> {
    fn drop(&mut self) {
        self.gate.leave();
    }
}

impl<D: Document> Document for Pending<D> {
    type Value<'a> = D::Value<'a>;
    type FieldsValuesIter<'a> = D::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.document.iter_fields_and_values()
    }
}
