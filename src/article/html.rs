//! HTML: a small, forgiving scanner (no DOM) that keeps the article's main text. It reads only inside
//! `<article>` (or `<main>`) when the page has one, drops scripts, navigation, headers, footers,
//! asides, forms and elements whose class or id names boilerplate, and decodes character references.
//! Block elements end paragraphs. Broken markup degrades to text, never to an error.

use super::Article;

/// Elements whose whole content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form", "button", "select",
    "iframe", "figure", "head",
];
/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "br",
    "tr",
    "td",
    "section",
    "article",
    "main",
    "pre",
    "dd",
    "dt",
    "ul",
    "ol",
    "table",
    "hr",
    "body",
];
/// Elements without a closing tag.
const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"];
/// Class or id fragments that mark page furniture rather than the story.
const BOILERPLATE: &[&str] = &[
    "nav",
    "menu",
    "footer",
    "share",
    "social",
    "comment",
    "related",
    "sidebar",
    "cookie",
    "advert",
    "promo",
    "newsletter",
    "breadcrumb",
    "byline-social",
    "subscribe",
];

/// A tag as scanned: name (lower case), closing or not, raw attribute text, and where it ends.
struct Tag<'a> {
    name: String,
    closing: bool,
    attrs: &'a str,
    end: usize,
}

pub fn parse(src: &str, doc: &str) -> Article {
    let lower = src.to_ascii_lowercase();
    let container = ["<article", "<main"].into_iter().find(|c| lower.contains(c)).map(|c| &c[1..]);
    let mut page = PageText::default();
    let mut meta = Meta::default();
    let mut skip_stack: Vec<String> = Vec::new();
    let mut container_depth = 0usize;
    let mut in_title = false;
    let mut pos = 0;
    while pos < src.len() {
        let Some(lt) = src[pos..].find('<').map(|i| pos + i) else {
            page.push_text(src, pos, src.len(), active(&skip_stack, container, container_depth));
            break;
        };
        if lt > pos {
            if in_title {
                meta.title_tag.push_str(&decode_entities(&src[pos..lt]));
            }
            page.push_text(src, pos, lt, active(&skip_stack, container, container_depth));
        }
        if src[lt..].starts_with("<!--") {
            pos = src[lt..].find("-->").map_or(src.len(), |i| lt + i + 3);
            continue;
        }
        let Some(tag) = scan_tag(src, lt) else {
            page.push_text(src, lt, lt + 1, active(&skip_stack, container, container_depth));
            pos = lt + 1;
            continue;
        };
        pos = tag.end;
        let name = tag.name.as_str();
        meta.observe(&tag);
        if name == "title" {
            in_title = !tag.closing;
        }
        if Some(name) == container {
            container_depth = if tag.closing { container_depth.saturating_sub(1) } else { container_depth + 1 };
        }
        if matches!(name, "script" | "style") && !tag.closing {
            // Raw text elements: jump to the closing tag, whatever it contains.
            let close = format!("</{name}");
            pos = lower[pos..].find(&close).map_or(src.len(), |i| pos + i);
            continue;
        }
        if tag.closing {
            if skip_stack.last().is_some_and(|s| s == name) {
                skip_stack.pop();
            }
        } else if !VOID.contains(&name)
            && (SKIPPED.contains(&name) || !skip_stack.is_empty() || is_boilerplate(tag.attrs))
        {
            skip_stack.push(tag.name.clone());
        }
        if BLOCKS.contains(&name) {
            page.end_paragraph();
        }
    }
    page.end_paragraph();
    let title = meta.og_title.or_else(|| Some(meta.title_tag.trim().to_string()).filter(|t| !t.is_empty()));
    Article {
        doc: doc.to_string(),
        title: title.unwrap_or_default(),
        date: meta.date,
        url: meta.url,
        authors: meta.author.into_iter().collect(),
        text: page.text,
        paragraphs: page.paragraphs,
        anchors: page.anchors,
    }
}

fn active(skip_stack: &[String], container: Option<&str>, container_depth: usize) -> bool {
    skip_stack.is_empty() && (container.is_none() || container_depth > 0)
}

fn is_boilerplate(attrs: &str) -> bool {
    ["class", "id"].iter().filter_map(|a| attr(attrs, a)).any(|value| {
        let value = value.to_ascii_lowercase();
        value.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| BOILERPLATE.contains(&word))
    })
}

/// Scans the tag starting at `lt` (`<name ...>`), honouring quoted attribute values.
fn scan_tag(src: &str, lt: usize) -> Option<Tag<'_>> {
    let bytes = src.as_bytes();
    let mut i = lt + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'-' || bytes[i] == b'!') {
        i += 1;
    }
    if i == name_start {
        return None;
    }
    let name = src[name_start..i].to_ascii_lowercase();
    let attrs_start = i;
    let mut quote = None;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'>') => break,
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    let attrs = &src[attrs_start..i.min(src.len())];
    Some(Tag { name, closing, attrs, end: (i + 1).min(src.len()) })
}

/// The value of attribute `name` in raw attribute text.
fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name).map(|i| from + i) {
        from = i + name.len();
        let before_ok = i == 0 || !lower.as_bytes()[i - 1].is_ascii_alphanumeric() && lower.as_bytes()[i - 1] != b'-';
        let rest = attrs[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let rest = rest[1..].trim_start();
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""),
        };
        return Some(value);
    }
    None
}

/// Title, date, URL and author from `<title>` and `<meta>`/`<link>`/`<time>` tags.
#[derive(Default)]
struct Meta {
    title_tag: String,
    og_title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    author: Option<String>,
}

impl Meta {
    fn observe(&mut self, tag: &Tag) {
        if tag.closing {
            return;
        }
        let value = |a: &str| attr(tag.attrs, a).map(decode_entities).filter(|v| !v.trim().is_empty());
        match tag.name.as_str() {
            "meta" => {
                let key = value("property").or_else(|| value("name")).unwrap_or_default().to_ascii_lowercase();
                let content = value("content");
                match key.as_str() {
                    "og:title" => self.og_title = self.og_title.take().or(content),
                    "article:published_time" | "date" | "pubdate" | "publishdate" | "dc.date" => {
                        self.date = self.date.take().or(content)
                    }
                    "og:url" => self.url = self.url.take().or(content),
                    "author" | "article:author" => self.author = self.author.take().or(content),
                    _ => {}
                }
            }
            "link" if value("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                self.url = self.url.take().or(value("href"));
            }
            "time" => self.date = self.date.take().or(value("datetime")),
            _ => {}
        }
    }
}

/// Paragraph text gathered from the page, with anchors back to source offsets.
#[derive(Default)]
struct PageText {
    text: String,
    paragraphs: Vec<std::ops::Range<usize>>,
    anchors: Vec<(usize, usize)>,
    paragraph_start: Option<usize>,
}

impl PageText {
    fn push_text(&mut self, src: &str, start: usize, end: usize, active: bool) {
        if !active {
            return;
        }
        let raw = &src[start..end];
        let decoded = decode_entities(raw);
        let collapsed = decoded.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed.is_empty() {
            return;
        }
        let lead = raw.len() - raw.trim_start().len();
        match self.paragraph_start {
            None => {
                if !self.text.is_empty() {
                    self.text.push_str("\n\n");
                }
                self.paragraph_start = Some(self.text.len());
            }
            Some(_) if raw.starts_with(char::is_whitespace) || self.text.ends_with(' ') => {
                if !self.text.ends_with(' ') {
                    self.text.push(' ');
                }
            }
            Some(_) => {}
        }
        self.anchors.push((self.text.len(), start + lead));
        self.text.push_str(&collapsed);
        if raw.ends_with(char::is_whitespace) {
            self.text.push(' ');
        }
    }

    fn end_paragraph(&mut self) {
        if let Some(start) = self.paragraph_start.take() {
            let trimmed = self.text.trim_end().len();
            self.text.truncate(trimmed);
            self.paragraphs.push(start..self.text.len());
        }
    }
}

/// Decodes HTML character references: numeric ones and the named ones news pages use.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let semi = rest.bytes().take(12).position(|b| b == b';');
        let decoded = semi.and_then(|semi| entity(&rest[1..semi]).map(|c| (c, semi)));
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "sbquo" => '‚',
        "bdquo" => '„',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "pound" => '£',
        "euro" => '€',
        "copy" => '©',
        "reg" => '®',
        "deg" => '°',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "auml" => 'ä',
        "ccedil" => 'ç',
        "ntilde" => 'ñ',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Fallback</title>
<meta property="og:title" content="Mayor &amp; council clash">
<meta property="article:published_time" content="2024-05-01T09:00:00Z">
<link rel="canonical" href="https://example.org/a">
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Mayor &amp; council clash</h1>
<p>&ldquo;We will not back down,&rdquo; said <b>Jane Roe</b>, the mayor.</p>
<div class="share-buttons">Share on Twitter</div>
<p>Second   paragraph
 here.</p></article><footer>Copyright</footer></body></html>"#;

    #[test]
    fn keeps_article_text_and_drops_furniture() {
        let a = parse(PAGE, "a.html");
        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|r| &a.text[r.clone()]).collect();
        assert_eq!(
            paragraphs,
            ["Mayor & council clash", "“We will not back down,” said Jane Roe, the mayor.", "Second paragraph here."]
        );
    }

    #[test]
    fn reads_metadata() {
        let a = parse(PAGE, "a.html");
        assert_eq!(a.title, "Mayor & council clash");
        assert_eq!(a.date.as_deref(), Some("2024-05-01T09:00:00Z"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn anchors_map_text_back_to_source() {
        let a = parse(PAGE, "a.html");
        let in_text = a.text.find("Second").unwrap();
        assert_eq!(&PAGE[a.source_offset(in_text)..][..6], "Second");
    }

    #[test]
    fn entities_next_to_multibyte_characters() {
        assert_eq!(decode_entities("&quot;I don’t know&quot; &amp c’est"), "\"I don’t know\" &amp c’est");
    }

    #[test]
    fn broken_markup_still_gives_text() {
        let a = parse("<p>Unclosed <b>bold <i>and a < sign", "b.html");
        assert_eq!(a.text, "Unclosed bold and a < sign");
    }
}
