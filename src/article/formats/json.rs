//! One article as a JSON object (`.json`), with the field names of JSON Lines records.

use super::record::article_from_record;
use super::RecordError;
use crate::article::Article;

/// Reads a `.json` file holding one article object. Its id is the file's relative path: the
/// file names one article already, so a record `id` in it is not used.
pub fn read(file: &str, text: &str) -> Result<Article, RecordError> {
    let record: serde_json::Value =
        serde_json::from_str(text).map_err(|e| RecordError::NotJson(e.to_string()))?;
    article_from_record(&record, file.to_string(), file, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_object_is_one_article_named_by_its_path() {
        let text = r#"{"content": "The lighthouse was repainted.", "date_published": "2019-04-11",
                       "title": "Lighthouse", "url": "https://coastwatch.example/lighthouse"}"#;
        let article = read("web/lighthouse.json", text).unwrap();
        assert_eq!(article.id, "web/lighthouse.json");
        assert_eq!(article.text, "The lighthouse was repainted.");
        assert_eq!(article.published, Some(jiff::civil::date(2019, 4, 11)));
        assert_eq!(article.outlet.as_deref(), Some("coastwatch.example"));
        assert!(matches!(read("x.json", "{"), Err(RecordError::NotJson(_))));
        assert_eq!(read("x.json", "[1]"), Err(RecordError::NotObject));
    }
}
