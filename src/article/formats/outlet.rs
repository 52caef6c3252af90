//! Who published an article: the outlet that `query --outlet` filters by.

/// The outlet of an article: the record's `source_domain`, else its url's host, else the name
/// of the folder holding its file (the news-33k corpus is `<year>/<outlet>/<file>.txt`).
/// A leading `www.` is dropped from a domain or host, so `www.example.com` is `example.com`.
/// A file at the top of the ingested folder, with neither, has no outlet.
pub fn outlet(source_domain: Option<&str>, url: Option<&str>, file: &str) -> Option<String> {
    source_domain
        .map(str::trim)
        .filter(|domain| !domain.is_empty())
        .or_else(|| url.and_then(host))
        .map(|domain| domain.strip_prefix("www.").unwrap_or(domain).to_string())
        .or_else(|| folder(file))
}

/// The host of an absolute url: `https://www.example.com:8080/a?b` gives `www.example.com`.
pub fn host(url: &str) -> Option<&str> {
    let (_, rest) = url.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_and_port = authority.rsplit('@').next()?;
    let host = match host_and_port.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
        _ => host_and_port,
    };
    (!host.is_empty()).then_some(host)
}

/// The name of the folder holding `file` (a relative path with `/` separators).
fn folder(file: &str) -> Option<String> {
    let (folders, _) = file.rsplit_once('/')?;
    let name = folders.rsplit('/').next()?;
    (!name.is_empty()).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_domain_comes_first_then_the_host_then_the_folder() {
        let url = Some("https://www.harbourpost.example/2019/03/story.html");
        assert_eq!(
            outlet(Some("www.tidewire.example"), url, "feeds/a.jsonl").as_deref(),
            Some("tidewire.example")
        );
        assert_eq!(
            outlet(None, url, "feeds/a.jsonl").as_deref(),
            Some("harbourpost.example")
        );
        assert_eq!(
            outlet(Some(" "), Some("not a url"), "2019/coastwatch/a.txt").as_deref(),
            Some("coastwatch")
        );
        assert_eq!(outlet(None, None, "top.txt"), None);
    }

    #[test]
    fn hosts_lose_their_user_and_port() {
        assert_eq!(host("http://me@news.example:8080/x"), Some("news.example"));
        assert_eq!(host("https://news.example?x=1"), Some("news.example"));
        assert_eq!(host("https:///path"), None);
        assert_eq!(host("/relative/path"), None);
    }
}
