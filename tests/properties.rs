//! Properties that hold for any input: reading, splitting, attributing and dating never panic,
//! and every offset whosaid reports points at the text it names.

use proptest::prelude::*;
use whosaid::article::read::article_from_bytes;
use whosaid::document::{analyse_article, build_documents, Analyses};

/// Pieces of news-like text, so that random strings exercise quotes, names, cues and dates.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "«",
    "»",
    " said ",
    " says that ",
    "Mr. ",
    "Dr. ",
    "Sadiq Khan",
    "Khan",
    " he ",
    "She ",
    " according to ",
    "on Saturday",
    " June 3, 2017",
    " in May 2016",
    ".",
    "!",
    "?",
    "...",
    "…",
    ", ",
    ": ",
    "\n",
    "\n\n",
    " ",
    "The mayor",
    " told reporters ",
    "U.S.",
    "3.5",
    "é",
    "日本",
    "🙂",
    "date 2017-06-09 ",
    "Officials",
    " the president ",
    "(",
    ")",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

fn check(bytes: Vec<u8>) {
    let Ok(article) = article_from_bytes("a.txt", bytes.clone()) else {
        return; // binary: refused, not a panic
    };
    let docs = build_documents(&article, Analyses::default());
    let mut last_end = 0;
    for doc in &docs {
        let (start, end) = (doc.start as usize, doc.end as usize);
        assert!(start >= last_end && start < end && end <= bytes.len());
        last_end = end;
        if article.original_offsets.is_none() {
            assert_eq!(&article.text[start..end], doc.text);
            for m in &doc.speaker_mentions {
                assert_eq!(&article.text[m.start as usize..m.end as usize], m.text);
            }
            for m in &doc.mention_spans {
                assert_eq!(&article.text[m.start as usize..m.end as usize], m.text);
            }
            for d in &doc.mentioned_dates {
                assert_eq!(&article.text[d.start as usize..d.end as usize], d.text);
                assert!(d.from <= d.to);
            }
            for [s, e] in &doc.quote_spans {
                assert!(*s >= doc.start && *e <= doc.end && s <= e);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_read_and_analyse_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        check(bytes);
    }

    #[test]
    fn any_text_read_and_analyse_without_panic(text in "\\PC{0,800}") {
        check(text.into_bytes());
    }

    #[test]
    fn news_like_text_keeps_every_offset_honest(text in news_like()) {
        check(text.into_bytes());
    }
}

/// Writes the sentences of `article` into a new index and reads every document back, in order.
fn index_round_trip(article: &whosaid::Article) -> Vec<whosaid::document::SentenceDoc> {
    let scratch = tempfile::tempdir().unwrap();
    let path = scratch.path().join("index");
    let (index, fields) = whosaid::index::open_or_create_index(&path).unwrap();
    let mut sink = whosaid::index::IndexSink::new(&path, &index, fields, 1, 15 << 20).unwrap();
    let docs = analyse_article(article, Analyses::default())
        .iter()
        .map(|sentence| fields.to_document(sentence, 1))
        .collect();
    sink.replace_article(&article.id, docs, false).unwrap();
    sink.commit().unwrap();
    sink.finish().unwrap();
    let search = whosaid::index::Search::new(index, fields).unwrap();
    let mut read = Vec::new();
    search
        .for_each_document(|doc| {
            read.push(doc);
            Ok(())
        })
        .unwrap();
    read
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn what_is_ingested_is_what_is_exported(text in news_like()) {
        let article = article_from_bytes("a.txt", text.into_bytes()).unwrap();
        let docs = build_documents(&article, Analyses::default());
        prop_assert_eq!(index_round_trip(&article), docs);
    }
}
