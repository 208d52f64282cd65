//! Quotation marks -> quotation spans within one paragraph.
//!
//! Straight and curly double marks are one family, paired by position (a mark after a space opens,
//! a mark before a space or punctuation closes), so mismatched pairs (`“...“`, `"...”`) still pair.
//! Single marks (UK style) open only after a space and close only before one, which keeps
//! apostrophes (`Assad’s`, `students’`) out. A quotation left open runs to the paragraph's end.

use std::ops::Range;

/// A quotation span in a paragraph: the marks' positions and the text between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkSpan {
    /// Byte offset of the opening mark, or where a block quotation with no marks starts.
    pub open: usize,
    /// Text between the marks.
    pub inner: Range<usize>,
    /// Byte offset just past the closing mark (or the paragraph end when unclosed).
    pub end: usize,
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Family {
    Double,
    Single,
}

fn family(c: char) -> Option<Family> {
    match c {
        '"' | '“' | '”' | '„' | '«' | '»' => Some(Family::Double),
        '‘' | '’' | '\'' => Some(Family::Single),
        _ => None,
    }
}

/// Zero-width spaces and joiners, direction marks and embeddings, word joiners and a stray
/// byte-order mark: pasted posts carry them beside quotation marks (`\u{202A}”Q,” said X`);
/// the marks are read as if they were not there, and the tokenizer takes them for spaces.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// White space, or a character shown as nothing ([`is_invisible`]).
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || is_invisible(c)
}

/// True for characters after which a mark can open a quotation.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '―' | '–' | '-' | ':' | '/'))
}

/// True for characters before which a mark can close a quotation.
fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace() || (c.is_ascii_punctuation() && c != '\'') || matches!(c, '—' | '―' | '–' | '…' | '’' | '”')
    })
}

/// `“...,”Clinton said`, `"...,"Katie Packer said`: a right or straight double mark after a
/// sentence's punctuation closes, though a letter follows with no space.
fn closes_before_missing_space(mark: char, prev: Option<char>) -> bool {
    matches!(mark, '”' | '"') && matches!(prev, Some(',' | '.' | '!' | '?'))
}

/// `...the authorities."We basically got deceived`: with no quotation open, a left or straight
/// double mark after the end of a sentence opens one before a capital, though no space precedes;
/// so does a left mark right after a right one (`... the native-born.”“Your facts are wrong,”`).
fn opens_after_missing_space(mark: char, prev: Option<char>, next: Option<char>) -> bool {
    let after_sentence = matches!(mark, '“' | '"') && matches!(prev, Some('.' | '!' | '?'));
    let after_closing = mark == '“' && prev == Some('”');
    (after_sentence || after_closing) && next.is_some_and(char::is_uppercase)
}

/// `“ You know, ...`: a mark that only opens, then a space and a word, opens a quotation; so does
/// any double mark opening its paragraph (`” … they are so not like him,”`).
fn opens_before_space(mark: char, prev: Option<char>, after: &str) -> bool {
    let opening = matches!(mark, '“' | '«' | '„') || (prev.is_none() && family(mark) == Some(Family::Double));
    opening && after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_alphanumeric() || c == '…')
}

/// Finds the quotation spans of `text` (one paragraph); offsets are relative to `text`.
pub fn quotation_spans(text: &str) -> Vec<MarkSpan> {
    let mut spans = Vec::new();
    // (mark offset, inner start, family)
    let mut open: Option<(usize, usize, Family)> = None;
    // Jump from one possible mark to the next: ASCII quotes, and the lead bytes of `“”‘’„` (0xE2)
    // and `«»` (0xC2); everything else is skipped without decoding.
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut marks = PossibleMarks::new(bytes);
    while let Some(next) = marks.next_from(i) {
        i = next;
        let c = text[i..].chars().next().unwrap_or(' ');
        let mut after = i + c.len_utf8();
        let mut mark = family(c);
        if mark.is_none() {
            // A dash, an ellipsis, a no-break space.
            i = after;
            continue;
        }
        let prev = text[..i].chars().rev().find(|&c| !is_invisible(c));
        let mut next = text[after..].chars().find(|&c| !is_invisible(c));
        if c == '\'' && next == Some('\'') {
            // Two apostrophes stand for a double mark in some wire and archive text.
            after += 1;
            next = text[after..].chars().next();
            mark = Some(Family::Double);
        }
        if let Some(fam) = mark {
            match open {
                Some((o, inner, f))
                    if f == fam
                        && (closes_before(next) || closes_before_missing_space(c, prev))
                        && !is_apostrophe(fam, prev, next) =>
                {
                    spans.push(MarkSpan { open: o, inner: inner..i, end: after, closed: true });
                    open = None;
                }
                None if (opens_after(prev) || opens_after_missing_space(c, prev, next))
                    && (next.is_some_and(|n| !n.is_whitespace()) || opens_before_space(c, prev, &text[after..]))
                    && (fam == Family::Double || opens_single(&text[after..])) =>
                {
                    // `“ You know, ...`: the words start after the space.
                    let words = after + (text[after..].len() - text[after..].trim_start().len());
                    open = Some((i, words, fam));
                }
                // `...on me. "They did not`: a new quotation opens after a finished sentence, so the
                // one before ended without its closing mark (paragraphs run together).
                Some((o, inner, f))
                    if f == fam
                        && fam == Family::Double
                        && opens_after(prev)
                        && next.is_some_and(char::is_alphanumeric)
                        && text[inner..i].trim_end().ends_with(['.', '!', '?']) =>
                {
                    let end = inner + text[inner..i].trim_end().len();
                    spans.push(MarkSpan { open: o, inner: inner..end, end, closed: false });
                    open = Some((i, after, fam));
                }
                _ => {}
            }
        }
        i = after;
    }
    if let Some((o, inner, _)) = open {
        let end = text.trim_end().len();
        if end > inner {
            spans.push(MarkSpan { open: o, inner: inner..end, end, closed: false });
        }
    }
    spans
}

/// Where the next possible quotation mark starts: an ASCII mark or the lead byte 0xE2 (`“”‘’„`),
/// found with `memchr3`'s vectorised search, or the rarer lead byte 0xC2 (`«»`, a no-break
/// space), whose next position is looked up only when the search passes it.
struct PossibleMarks<'a> {
    bytes: &'a [u8],
    next_c2: Option<usize>,
}

impl<'a> PossibleMarks<'a> {
    fn new(bytes: &'a [u8]) -> PossibleMarks<'a> {
        PossibleMarks { bytes, next_c2: memchr::memchr(0xC2, bytes) }
    }

    fn next_from(&mut self, i: usize) -> Option<usize> {
        let bytes = self.bytes.get(i..)?;
        if self.next_c2.is_some_and(|c2| c2 < i) {
            self.next_c2 = memchr::memchr(0xC2, bytes).map(|n| i + n);
        }
        let common = memchr::memchr3(b'"', b'\'', 0xE2, bytes).map(|n| i + n);
        match (common, self.next_c2) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// A single mark opens a quotation before a letter, except in an elision (`the '80s`, `get 'em`,
/// `rock 'n' roll`, `'til`, `'cause`).
fn opens_single(rest: &str) -> bool {
    const ELIDED: [&str; 5] = ["em", "n", "til", "cause", "bout"];
    let word_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    rest.starts_with(char::is_alphabetic) && !ELIDED.contains(&&rest[..word_end])
}

/// A single mark between letters (`don’t`) or after an `s` before a space (`voters’ views`) is an
/// apostrophe, except when the quotation it would close is long enough that closing is likelier.
fn is_apostrophe(fam: Family, prev: Option<char>, next: Option<char>) -> bool {
    fam == Family::Single && prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        quotation_spans(text).into_iter().map(|s| &text[s.inner]).collect()
    }

    #[test]
    fn curly_and_straight_marks() {
        assert_eq!(inner("“It is a canard,” said X. He said \"no way\" then."), ["It is a canard,", "no way"]);
    }

    #[test]
    fn mismatched_marks_still_pair() {
        assert_eq!(inner("\"Most of it is planned,” the defector said."), ["Most of it is planned,"]);
        assert_eq!(inner("“one two“ and"), ["one two"]);
        assert_eq!(inner("''Tell that to the janitor,'' Mr. Biden said."), ["Tell that to the janitor,"]);
    }

    #[test]
    fn a_horizontal_bar_after_a_mark_closes_the_quotation() {
        assert_eq!(inner("“Trump must stop this.”― Carla Sanz"), ["Trump must stop this."]);
    }

    #[test]
    fn a_curly_opening_mark_before_a_space_opens_a_quotation() {
        assert_eq!(inner("Lark said. “ You know, the port is late.”"), ["You know, the port is late."]);
        // A straight mark before a space closes, if anything.
        assert_eq!(inner("the \" so-called\" plan"), Vec::<&str>::new());
    }

    #[test]
    fn any_double_mark_opening_a_paragraph_opens_a_quotation() {
        assert_eq!(inner("” … they are not like him,” she said."), ["… they are not like him,"]);
        assert_eq!(inner("“ … if the vote were held today,” it said."), ["… if the vote were held today,"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(inner("There is no way Assad’s jets fly, the voters’ view."), Vec::<&str>::new());
        assert_eq!(inner("He called it ‘madness’, and ‘Assad’s war’ too."), ["madness", "Assad’s war"]);
    }

    #[test]
    fn an_opening_mark_after_a_finished_sentence_starts_a_new_quotation() {
        assert_eq!(
            inner("He said: \"They let me go. \"They gave no notice.\""),
            ["They let me go.", "They gave no notice."]
        );
    }

    #[test]
    fn a_left_mark_right_after_a_right_one_opens_a_quotation() {
        assert_eq!(
            inner("a study proving “they are less likely.”“Your facts are wrong,” Ramos wrote."),
            ["they are less likely.", "Your facts are wrong,"]
        );
    }

    #[test]
    fn marks_with_no_space_beside_the_words_outside() {
        assert_eq!(
            inner("\"It was all lies,\"Katie Roe said.\"We were deceived.\""),
            ["It was all lies,", "We were deceived."]
        );
    }

    #[test]
    fn unclosed_quotation_runs_to_paragraph_end() {
        let spans = quotation_spans("“First part of a long quote. ");
        assert_eq!(spans.len(), 1);
        assert!(!spans[0].closed);
    }

    #[test]
    fn elisions_open_no_quotation() {
        assert_eq!(inner("In the '80s she'd get 'em all, rock 'n' roll and ‘jazz’ too."), ["jazz"]);
    }

    #[test]
    fn nested_single_marks_stay_inside() {
        assert_eq!(inner("“He told me ‘never’ twice,” she said."), ["He told me ‘never’ twice,"]);
    }
}
