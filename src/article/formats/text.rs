//! Plain-text articles (`.txt`): the file is the text, with an optional date header on top.

use crate::article::Article;

/// Reads a plain-text article: offsets point into the file's bytes, the date comes from its
/// header (see [`crate::article::header`]); no title or url, and the outlet is the folder
/// holding the file.
pub fn read(file: &str, text: String) -> Article {
    Article::from_text(file, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_file_keeps_its_bytes_and_names_its_folder_as_outlet() {
        let article = read("2019/coastwatch/a.txt", "date 2019-03-02\nHi.".to_string());
        assert_eq!(article.text, "date 2019-03-02\nHi.");
        assert_eq!(article.id, "2019/coastwatch/a.txt");
        assert_eq!(article.outlet.as_deref(), Some("coastwatch"));
        assert_eq!(article.title, None);
    }
}
