//! The one place that names every field of the index and says how each is indexed.

use tantivy::query::TermQuery;
use tantivy::schema::{
    BytesOptions, DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema,
    TextFieldIndexing, TextOptions, STORED,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DateTime, Index, TantivyDocument, Term};

use super::name_tokenizer::{whole_name_chain, NameTokenizer};
use super::speaker_terms::SpeakerTokenizer;
use super::stemmer::EnglishStemTokenizer;
use super::whole_articles::WholeArticles;
use crate::document::AnalysedSentence;

/// The field of speakers' whole names, whose fast column `people` counts: each value is a kind
/// and a name ("person:Sadiq Khan"), so that `people --kind person` counts people only.
pub const SPEAKER_NAME: &str = "speaker";

/// Writes the value the speaker field holds for a speaker ("person:Sadiq Khan") into `out`,
/// replacing what it held: one buffer serves every speaker of a document (`format!` cost 750
/// instructions a speaker).
fn write_speaker_value(out: &mut String, name: &str, kind: &str) {
    out.clear();
    out.push_str(kind);
    out.push(':');
    out.push_str(name);
}

/// The kind and the name a speaker column value holds; an unknown shape is all name.
pub fn speaker_from_column(value: &str) -> (&str, &str) {
    value.split_once(':').unwrap_or(("", value))
}
/// The field of mentioned people's names, whose fast column `people --mentions` counts.
pub const MENTION_NAME: &str = "mentions";
/// Tokenizer for sentence text: tantivy's `en_stem`, with remembered stems (same terms).
pub const TEXT_TOKENIZER: &str = "whosaid_en_stem";
/// Tokenizer for speaker names: words, lower-cased, accents folded ("Pérez" finds "Perez").
pub const NAME_TOKENIZER: &str = "whosaid_name";
/// Tokenizer for a whole outlet name as one term, lower-cased and accent-folded.
pub const NAME_EXACT_TOKENIZER: &str = "whosaid_name_exact";
/// Tokenizer of the `speaker` field: the whole name as one term, lower-cased and accent-folded,
/// and a term for the kind (see [`super::speaker_terms`]).
pub const SPEAKER_TOKENIZER: &str = "whosaid_speaker";

/// The index's fields, resolved once against its schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// The article id, a column only: for export and for reading a document's article (not
    /// stored: the column holds it once a segment).
    ///
    /// An article's documents are written as one batch, in sentence order, so a segment holds
    /// them side by side and in that order (merges keep it): the order of documents is the
    /// order of sentences, and a document whose article differs from the one before it is its
    /// article's first sentence. No column of sentence numbers is needed (it cost 1.8% of an
    /// ingest's instructions); the stored document holds the number.
    pub article: Field,
    /// The article id as one term, on the article's first sentence only: the article's
    /// sentences are those that [`super::whole_articles`] widens it to (deletes, `show`).
    /// Indexed on every sentence, it cost 1.4% of an ingest's instructions.
    pub article_id: Field,
    /// The sentence text: English stemming with positions, for ranked and phrase queries;
    /// stored, as part of the document.
    pub text: Field,
    /// Speaker names word by word: "khan", "sadiq khan" (as a phrase) both match.
    pub speakers: Field,
    /// Each speaker as `kind:name`: the whole name as one term (`speaker:"sadiq khan"`), the
    /// kind as another ([`super::speaker_terms::kind_term`]), and the value itself in a fast
    /// column that `people` counts.
    pub speaker: Field,
    /// The people named but not speaking, word by word as `speakers`, and each whole name in a
    /// fast column that `people --mentions` counts.
    pub mentions: Field,
    /// The article's publication day (midnight UTC): range filters and date order.
    pub date: Field,
    /// The article's outlet as one term, lower-cased and accent-folded, on the article's first
    /// sentence only: `--outlet` finds the first sentences, then their articles (see
    /// [`super::whole_articles`]). Named apart from `outlet`, so that `outlet:x` in a query's
    /// words, which would find first sentences only, is refused as an unknown field.
    pub outlet: Field,
    /// Whether the sentence holds a direct quotation: indexed for the sentences that do
    /// (`quote:true`; `quote:false` is read as "not quote:true", see [`super::quote_terms`]),
    /// not a column.
    pub quote: Field,
    /// The rest of the [`SentenceDoc`] in its stored form (see [`super::stored`]): with `text`
    /// and `article`, what export and `--json` print.
    pub doc: Field,
    /// The fingerprint of the article, on its first sentence only (one value an article, not
    /// one a sentence): unchanged articles are skipped.
    pub fingerprint: Field,
    /// The days, months and years the sentence mentions, each as its first day
    /// (see [`super::mentioned`]).
    pub mentioned: [Field; 3],
}

impl Fields {
    /// Looks up every field in `schema`, failing if one is missing (an index of another version).
    pub fn from_schema(schema: &Schema) -> tantivy::Result<Fields> {
        Ok(Fields {
            article: schema.get_field("article")?,
            article_id: schema.get_field(ARTICLE_ID)?,
            text: schema.get_field("text")?,
            speakers: schema.get_field("speakers")?,
            speaker: schema.get_field(SPEAKER_NAME)?,
            mentions: schema.get_field(MENTION_NAME)?,
            date: schema.get_field("date")?,
            outlet: schema.get_field(OUTLET_OF_ARTICLE)?,
            quote: schema.get_field("quote")?,
            doc: schema.get_field("doc")?,
            fingerprint: schema.get_field("fingerprint")?,
            mentioned: [
                schema.get_field("mentioned_day")?,
                schema.get_field("mentioned_month")?,
                schema.get_field("mentioned_year")?,
            ],
        })
    }

    /// Every sentence of `article`: the article's first sentence, by its id, widened to its
    /// article.
    pub fn article_query(&self, article: &str) -> WholeArticles {
        let term = Term::from_field_text(self.article_id, article);
        WholeArticles::of(Box::new(TermQuery::new(term, IndexRecordOption::Basic)))
    }

    /// The tantivy document that indexes `sentence`, from an article with this `fingerprint`.
    pub fn to_document(&self, sentence: &AnalysedSentence, fingerprint: u64) -> TantivyDocument {
        let article = sentence.article;
        let stored = super::stored::to_stored_bytes(sentence);
        // Every value is copied into one buffer: room for the texts at once (a speaker's name
        // goes in twice, once with its kind).
        let names: usize = sentence
            .speakers()
            .map(|(name, _)| 2 * name.len() + 16)
            .sum::<usize>()
            + sentence.mentioned_people().map(str::len).sum::<usize>();
        let mut out = TantivyDocument::with_capacity(
            stored.len() + sentence.text().len() + article.id.len() + names + 128,
        );
        if sentence.number == 1 {
            out.add_text(self.article_id, &article.id);
            out.add_u64(self.fingerprint, fingerprint);
            if let Some(outlet) = &article.outlet {
                out.add_text(self.outlet, outlet);
            }
        }
        out.add_text(self.article, &article.id);
        out.add_text(self.text, sentence.text());
        let mut value = String::new();
        for (name, kind) in sentence.speakers() {
            out.add_text(self.speakers, name);
            write_speaker_value(&mut value, name, kind.as_str());
            out.add_text(self.speaker, &value);
        }
        for name in sentence.mentioned_people() {
            out.add_text(self.mentions, name);
        }
        if let Some(day) = article.published {
            out.add_date(self.date, day_to_datetime(day));
        }
        if sentence.attribution.quote {
            out.add_bool(self.quote, true);
        }
        for mention in &sentence.dates {
            let cover = super::mentioned::cover(mention.from, mention.to);
            let [days, months, years] = self.mentioned;
            for (field, pieces) in [
                (days, &cover.days),
                (months, &cover.months),
                (years, &cover.years),
            ] {
                for piece in pieces {
                    out.add_date(field, day_to_datetime(*piece));
                }
            }
        }
        out.add_bytes(self.doc, &stored);
        out
    }
}

/// The schema whosaid writes: one document per sentence.
///
/// Only the sentence text has field norms (its words are ranked by BM25); the other fields
/// filter, and a norm would cost every sentence a byte and a write for each. The publication
/// date is a column only: tantivy answers a range query on a fast field from the column, so
/// indexing its terms too would cost a term a sentence that no query reads.
pub fn build_schema() -> Schema {
    let mut builder = Schema::builder();
    builder.add_text_field("article", TextOptions::default().set_fast(RAW_TOKENIZER));
    builder.add_text_field(
        ARTICLE_ID,
        filter_options(RAW_TOKENIZER, IndexRecordOption::Basic),
    );
    builder.add_text_field(
        "text",
        TextOptions::default()
            .set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(TEXT_TOKENIZER)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
            .set_stored(),
    );
    builder.add_text_field(
        "speakers",
        filter_options(NAME_TOKENIZER, IndexRecordOption::WithFreqsAndPositions),
    );
    builder.add_text_field(
        SPEAKER_NAME,
        filter_options(SPEAKER_TOKENIZER, IndexRecordOption::Basic).set_fast(RAW_TOKENIZER),
    );
    builder.add_text_field(
        MENTION_NAME,
        filter_options(NAME_TOKENIZER, IndexRecordOption::WithFreqsAndPositions)
            .set_fast(RAW_TOKENIZER),
    );
    builder.add_date_field(
        "date",
        DateOptions::default()
            .set_fast()
            .set_precision(DateTimePrecision::Seconds),
    );
    builder.add_text_field(
        OUTLET_OF_ARTICLE,
        filter_options(NAME_EXACT_TOKENIZER, IndexRecordOption::Basic),
    );
    // Indexed for `quote:true` on the quoting sentences only (a value on every sentence cost 1%
    // of an ingest's instructions); no column: nothing reads one, and it cost 1% more.
    builder.add_bool_field("quote", NumericOptions::default().set_indexed());
    builder.add_bytes_field("doc", BytesOptions::from(STORED));
    builder.add_u64_field("fingerprint", NumericOptions::default().set_fast());
    for name in ["mentioned_day", "mentioned_month", "mentioned_year"] {
        builder.add_date_field(
            name,
            DateOptions::default()
                .set_indexed()
                .set_precision(DateTimePrecision::Seconds),
        );
    }
    builder.build()
}

/// The field of an article's id as a term, on its first sentence.
const ARTICLE_ID: &str = "article_id";

/// The field of an article's outlet, on its first sentence.
const OUTLET_OF_ARTICLE: &str = "article_outlet";

/// tantivy's tokenizer keeping a whole value as one term.
const RAW_TOKENIZER: &str = "raw";

/// Options of a text field that filters: indexed by `tokenizer`, without field norms.
fn filter_options(tokenizer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record)
            .set_fieldnorms(false),
    )
}

/// Registers whosaid's own tokenizers on `index`; needed each time an index is opened.
pub fn register_tokenizers(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(
        TEXT_TOKENIZER,
        TextAnalyzer::from(EnglishStemTokenizer::default()),
    );
    tokenizers.register(NAME_TOKENIZER, TextAnalyzer::from(NameTokenizer::default()));
    tokenizers.register(
        SPEAKER_TOKENIZER,
        TextAnalyzer::from(SpeakerTokenizer::default()),
    );
    tokenizers.register(NAME_EXACT_TOKENIZER, whole_name_chain());
}

/// The instant whosaid indexes for a day: its midnight, UTC.
pub fn day_to_datetime(day: jiff::civil::Date) -> DateTime {
    let days = day
        .since(jiff::civil::date(1970, 1, 1))
        .map_or(0, |span| span.get_days());
    DateTime::from_timestamp_secs(i64::from(days) * 86_400)
}
