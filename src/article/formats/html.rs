//! HTML pages (`.html`, `.htm`): the article's paragraphs, headline and publication date.
//!
//! The article text whosaid indexes is the text of the page's `<p>` paragraphs (those inside
//! `<article>` when the page has one; never those in `<nav>`, `<aside>` or `<footer>`), each
//! with its runs of white space made one space, joined by blank lines. Offsets point into that
//! text, not into the HTML.

use scraper::{ElementRef, Html, Selector};

use super::{outlet, RecordError};
use crate::article::{fingerprint, header, Article};

/// Where a page gives its publication date, the first found wins: `(selector, attribute)`.
/// Source: Open Graph (`article:published_time`), Dublin Core-style `<meta name="date">`,
/// schema.org microdata (`datePublished`), and the HTML `<time datetime>` element.
const DATE_SOURCES: &[(&str, &str)] = &[
    (r#"meta[property="article:published_time"]"#, "content"),
    (r#"meta[name="date"]"#, "content"),
    (r#"meta[itemprop="datePublished"]"#, "content"),
    (r#"[itemprop="datePublished"][datetime]"#, "datetime"),
    ("time[datetime]", "datetime"),
];

/// Where a page gives its own address, the first found wins.
const URL_SOURCES: &[(&str, &str)] = &[
    (r#"link[rel="canonical"]"#, "href"),
    (r#"meta[property="og:url"]"#, "content"),
];

/// Elements whose paragraphs are not the article's.
const NOT_ARTICLE: &[&str] = &["nav", "aside", "footer"];

/// Reads an HTML page whose relative path is `file` as one article (its id is the path).
///
/// The headline is the first `<h1>`, else the `<title>`; the url the canonical link or
/// `og:url`; a page without a paragraph with text is an error.
pub fn read(file: &str, html: &str) -> Result<Article, RecordError> {
    let page = Html::parse_document(html);
    let text = paragraphs(&page).join("\n\n");
    if text.is_empty() {
        return Err(RecordError::NoParagraphs);
    }
    let (published, malformed_date) = match first_attribute(&page, DATE_SOURCES) {
        Some(value) => match header::parse_date_value(&value) {
            Ok(date) => (date, None),
            Err(bad) => (None, Some(bad)),
        },
        None => (None, None),
    };
    let url = first_attribute(&page, URL_SOURCES);
    Ok(Article {
        id: file.to_string(),
        file: file.to_string(),
        title: first_text(&page, "h1").or_else(|| first_text(&page, "title")),
        outlet: outlet::outlet(None, url.as_deref(), file),
        url,
        body_start: 0,
        published,
        malformed_date,
        fingerprint: fingerprint(html.as_bytes()),
        text,
        decoded_from: None,
        original_offsets: None,
    })
}

/// The text of the article's paragraphs, in order, each on one line.
fn paragraphs(page: &Html) -> Vec<String> {
    let in_article = selector("article p");
    let any = selector("p");
    let mut found: Vec<ElementRef> = page.select(&in_article).collect();
    if found.is_empty() {
        found = page.select(&any).collect();
    }
    found
        .into_iter()
        .filter(|p| !inside_other_content(p))
        .map(|p| one_line(p.text()))
        .filter(|text| !text.is_empty())
        .collect()
}

/// Whether an element sits in navigation, an aside or a footer.
fn inside_other_content(element: &ElementRef) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| NOT_ARTICLE.contains(&a.value().name()))
}

/// The attribute of the first element matching a source, in the order of `sources`.
fn first_attribute(page: &Html, sources: &[(&str, &str)]) -> Option<String> {
    sources.iter().find_map(|(css, attribute)| {
        page.select(&selector(css))
            .find_map(|e| e.value().attr(attribute))
            .map(str::trim)
            .filter(|value| !value.is_empty())
            .map(str::to_string)
    })
}

/// The text of the first element matching `css` that has any.
fn first_text(page: &Html, css: &str) -> Option<String> {
    page.select(&selector(css))
        .map(|e| one_line(e.text()))
        .find(|text| !text.is_empty())
}

/// Text pieces run together (`lit on <b>Friday</b>.` is `lit on Friday.`), with every run of
/// white space made one space.
fn one_line<'a>(pieces: impl Iterator<Item = &'a str>) -> String {
    let joined: String = pieces.collect();
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A selector from this module's constants, which are valid CSS.
fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("the selector {css:?} is invalid: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const PAGE: &str = r#"<!doctype html>
<html><head>
  <title>Quay lights | Harbour Post</title>
  <meta property="article:published_time" content="2019-08-17T09:15:00+01:00">
  <link rel="canonical" href="https://www.harbourpost.example/quay-lights">
</head><body>
  <nav><p>Home · News</p></nav>
  <article>
    <h1>Quay  lights
      switched on</h1>
    <p>The new lamps were lit on <b>Friday</b>.</p>
    <p></p>
    <p>"It is brighter already," said the harbour
       master, Ines Varga.</p>
    <aside><p>Read more</p></aside>
  </article>
  <footer><p>Copyright</p></footer>
</body></html>"#;

    #[test]
    fn the_article_is_its_paragraphs_headline_and_meta_date() {
        let article = read("web/quay.html", PAGE).unwrap();
        assert_eq!(
            article.text,
            "The new lamps were lit on Friday.\n\n\"It is brighter already,\" said the harbour master, Ines Varga."
        );
        assert_eq!(article.title.as_deref(), Some("Quay lights switched on"));
        assert_eq!(article.published, Some(date(2019, 8, 17)));
        assert_eq!(article.outlet.as_deref(), Some("harbourpost.example"));
        assert_eq!(article.id, "web/quay.html");
    }

    #[test]
    fn each_date_source_is_read() {
        for head in [
            r#"<meta name="date" content="2019-08-17">"#,
            r#"<meta itemprop="datePublished" content="2019-08-17">"#,
            r#"<time datetime="2019-08-17T10:00:00Z">Saturday</time>"#,
        ] {
            let page = format!("<html><head>{head}</head><body><p>Text.</p></body></html>");
            let article = read("p.html", &page).unwrap();
            assert_eq!(article.published, Some(date(2019, 8, 17)), "{head}");
            assert_eq!(article.title, None);
        }
        let bad = r#"<meta name="date" content="soon"><p>Text.</p>"#;
        assert_eq!(
            read("p.html", bad).unwrap().malformed_date.as_deref(),
            Some("soon")
        );
    }

    #[test]
    fn a_page_without_paragraphs_is_no_article() {
        let page = "<html><head><title>T</title></head><body><div>x</div></body></html>";
        assert_eq!(read("p.html", page), Err(RecordError::NoParagraphs));
        assert_eq!(
            read("p.html", "").map(|a| a.id),
            Err(RecordError::NoParagraphs)
        );
    }

    #[test]
    fn without_article_every_paragraph_outside_navigation_counts() {
        let page = "<body><header><h1>Head</h1></header><p>One.</p><footer><p>Foot</p></footer><div><p>Two.</p></div></body>";
        let article = read("site/p.html", page).unwrap();
        assert_eq!(article.text, "One.\n\nTwo.");
        assert_eq!(article.outlet.as_deref(), Some("site"));
    }
}
