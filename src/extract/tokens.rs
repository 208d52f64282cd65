//! Paragraph text -> tokens (words, punctuation, quotation marks) and sentences.
//!
//! Sentences never split inside a quotation: a quotation of several sentences stays in the sentence
//! that frames it, so `“A. B,” she said.` is one sentence.

use super::cues::{self, is_manner_adverb, is_particle, is_time_word, Words};
use super::marks::{is_blank, MarkSpan};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct(char),
    /// Opening mark of quotation span `n` of the paragraph.
    Open(u32),
    /// Closing mark (or unclosed end) of quotation span `n`.
    Close(u32),
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub kind: Kind,
    /// Byte range in the paragraph.
    pub start: usize,
    pub end: usize,
    /// The quotation span this token sits inside, if any.
    pub quote: Option<u32>,
}

impl Token {
    pub fn text<'a>(&self, para: &'a str) -> &'a str {
        &para[self.start..self.end]
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
    /// `.`, `!` or `?`.
    pub fn is_full_stop(&self) -> bool {
        matches!(self.kind, Kind::Punct('.' | '!' | '?'))
    }
}

/// Abbreviations whose period does not end a sentence.
static ABBREVIATIONS: Words = Words::any_case(&[
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "del", "gov", "gen", "jr", "sr", "lt", "col", "sgt", "capt", "prof",
    "rev", "inc", "corp", "co", "ltd", "no", "vs", "sept", "jan", "feb", "mar", "apr", "aug", "oct", "nov", "dec",
    "mt", "ft", "ave", "pres", "adm", "cmdr", "maj", "supt", "det", "insp", "e.g", "i.e", "etc", "approx", "dept",
    "univ", "assn", "bros", "messrs",
]);

/// Abbreviated titles, which may stand before a nickname in quotation marks.
static TITLE_ABBREVIATIONS: Words = Words::any_case(&[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "pres", "adm",
    "cmdr", "maj", "supt", "det", "insp", "messrs", "st",
]);

/// Letters, digits and the symbols that belong to words (`$100`, `50%`, `AT&T`, `£5`).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        ASCII_WORD[c as usize]
    } else if ('\u{2000}'..='\u{206F}').contains(&c) {
        // General Punctuation (curly quotes, dashes, ellipsis) holds no letters: no table search.
        false
    } else {
        c.is_alphanumeric() || matches!(c, '£' | '€') || is_combining_mark(c) || is_c1_control(c)
    }
}

/// Accents written apart from their letter (`José` as `Jose` + U+0301, as macOS writes names).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{FE20}'..='\u{FE2F}')
}

/// C1 control characters: left inside words by text decoded twice (`JesÃ\u{83}os`), never
/// written as punctuation.
fn is_c1_control(c: char) -> bool {
    ('\u{80}'..='\u{9F}').contains(&c)
}

/// ASCII bytes that are word characters, by table: the tokenizer's inner loop.
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'$' | b'%' | b'&' | b'@' | b'#');
        b += 1;
    }
    table
};

fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD[b as usize]
}

/// The ASCII characters that `char::is_whitespace` accepts.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// The character at byte `i` (a char boundary) and its length; ASCII without decoding.
fn char_at(para: &str, i: usize) -> (char, usize) {
    match para.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (b as char, 1),
        Some(_) => para[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())),
        None => (' ', 0),
    }
}

/// Characters that join two word parts: `al-Assad`, `Assad’s`, `100,000`, `U.S`.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | ',' | '/')
}

/// Tokenizes a paragraph given its quotation spans.
pub fn tokenize(para: &str, spans: &[MarkSpan]) -> Vec<Token> {
    let mut marks: Vec<(usize, usize, Kind)> = Vec::with_capacity(spans.len() * 2);
    for (n, s) in (0..).zip(spans) {
        // A block quotation has no marks: its opening token is empty.
        marks.push((s.open, s.inner.start, Kind::Open(n)));
        marks.push((s.inner.end, s.end.max(s.inner.end), Kind::Close(n)));
    }
    let bytes = para.as_bytes();
    let mut tokens = Vec::with_capacity(para.len() / 5);
    let mut next_mark = 0;
    let mut inside: Option<u32> = None;
    let mut limit = marks.first().map_or(para.len(), |m| m.0);
    let mut i = 0;
    while i < para.len() {
        if i >= limit {
            let (ms, me, kind) = marks[next_mark];
            next_mark += 1;
            limit = marks.get(next_mark).map_or(para.len(), |m| m.0);
            inside = match kind {
                Kind::Open(n) => Some(n),
                _ => None,
            };
            tokens.push(Token { kind, start: ms, end: me, quote: None });
            i = i.max(me);
            continue;
        }
        let b = bytes[i];
        if b < 0x80 {
            if is_ascii_word_byte(b) {
                let end = word_end(para, i, limit);
                tokens.push(Token { kind: Kind::Word, start: i, end, quote: inside });
                i = end;
            } else {
                if !is_ascii_space(b) {
                    tokens.push(Token { kind: Kind::Punct(b as char), start: i, end: i + 1, quote: inside });
                }
                i += 1;
            }
            continue;
        }
        let (c, len) = char_at(para, i);
        if is_blank(c) {
            i += len;
        } else if is_word_char(c) {
            let end = word_end(para, i, limit);
            tokens.push(Token { kind: Kind::Word, start: i, end, quote: inside });
            i = end;
        } else {
            tokens.push(Token { kind: Kind::Punct(c), start: i, end: i + len, quote: inside });
            i += len;
        }
    }
    while let Some(&(ms, me, kind)) = marks.get(next_mark) {
        next_mark += 1;
        tokens.push(Token { kind, start: ms, end: me, quote: None });
    }
    tokens
}

/// End of the word starting at `start`: word characters joined by inner joiners; a trailing
/// period stays on abbreviations and initials (`Mr.`, `J.`, `U.S.`).
#[inline(always)]
fn word_end(para: &str, start: usize, limit: usize) -> usize {
    // Most words are ASCII letters and digits followed by a space or a punctuation mark that
    // neither joins nor marks an abbreviation or possessive.
    let bytes = para.as_bytes();
    let run = start + bytes[start..limit].iter().position(|&b| !is_ascii_word_byte(b)).unwrap_or(limit - start);
    match bytes[run..limit].first() {
        None => run,
        Some(&b) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b',' | b'/') => run,
        _ => joined_word_end(para, start, run, limit),
    }
}

/// [`word_end`] past joiners, non-ASCII letters, abbreviation periods and possessives, going on
/// from `run`, where the word's first ASCII run ends.
#[inline(never)]
fn joined_word_end(para: &str, start: usize, run: usize, limit: usize) -> usize {
    let bytes = para.as_bytes();
    let mut i = run;
    loop {
        // ASCII word bytes are most of the text: a tight loop over them.
        i += bytes[i..limit].iter().position(|&b| !is_ascii_word_byte(b)).unwrap_or(limit - i);
        if i >= limit {
            break;
        }
        let (c, len) = char_at(para, i);
        if !c.is_ascii() && is_word_char(c) {
            i += len;
            continue;
        }
        if !is_joiner(c) {
            break;
        }
        let next = if i + len < limit { char_at(para, i + len).0 } else { ' ' };
        if !is_word_char(next) {
            break;
        }
        // Commas and slashes join digits only (`100,000`, `9/11`); a joiner always follows a
        // word character, so the byte before it tells whether that was a digit.
        if matches!(c, ',' | '/') && !(bytes[i - 1].is_ascii_digit() && next.is_ascii_digit()) {
            break;
        }
        i += len;
    }
    let mut end = i;
    let after = &bytes[end..limit];
    // Plural possessive: `Users' Forum`, `voters’ views`.
    if bytes[end - 1] == b's' {
        for apostrophe in ["' ", "’ "] {
            if after.starts_with(apostrophe.as_bytes()) {
                return end + apostrophe.len() - 1;
            }
        }
    }
    if after.first() == Some(&b'.') {
        let word = &para[start..end];
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if initial || is_dotted_abbreviation(word) || ABBREVIATIONS.contains(word) {
            end += 1;
        }
    }
    end
}

/// `U.S`, `e.g`, `Ph.D`, `anti-U.S`: letters in short parts between periods; not a number
/// (`10.9bn`, `1.6%`) nor a web address (`latinohiphopradio.com`), whose period ends a sentence.
fn is_dotted_abbreviation(word: &str) -> bool {
    const MAX_PART: usize = 3;
    let last_part = || word.rsplit('-').next().unwrap_or(word);
    word.contains('.')
        && last_part().split('.').all(|part| part.chars().count() <= MAX_PART && part.chars().all(char::is_alphabetic))
}

/// Splits tokens into sentences (ranges of token indices), never inside a quotation, nor between
/// a quotation and the cue that follows it (`“Why now?” Jane Doe asked.`); `cue[i]` says whether
/// token `i` could be a reporting verb.
pub fn sentences(para: &str, tokens: &[Token], cue: &[bool]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let first = paragraph_start(tokens);
    let mut start = first;
    for i in first..tokens.len() {
        // A list item's bullet opening a line ends the sentence before it and is in none.
        if opens_list_item(para, &tokens[i]) {
            if start < i {
                out.push(start..i);
            }
            start = i + 1;
            continue;
        }
        let ends = ends_sentence(para, tokens, i) && !cue_follows_quotation(para, tokens, i, cue);
        if ends || abbreviation_before_quotation(para, tokens, i, cue) {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The paragraph's first token in a sentence: `- Jane Roe: "Q"`, `* Jane Roe said ...`: a list
/// item's bullet is in none.
pub fn paragraph_start(tokens: &[Token]) -> usize {
    let bullet = tokens.first().is_some_and(|t| matches!(t.kind, Kind::Punct('-' | '*' | '•' | '–' | '—' | '·')));
    usize::from(bullet && tokens.len() > 1)
}

/// Token `t` is a bullet opening a line inside the paragraph (`... has:\n - Pledged ...`).
fn opens_list_item(para: &str, t: &Token) -> bool {
    matches!(t.kind, Kind::Punct('-' | '*' | '•' | '–' | '—' | '·'))
        && para[..t.start].trim_end_matches([' ', '\t']).ends_with('\n')
}

/// `... would go to the DEC. "I'd only be pleased ...," he added.`: an abbreviation's period ends
/// the sentence before a quotation that opens with a capital and has its own cue after it (also
/// `"...," said Jim Cardwell`). Not a title or initials before a nickname (`Gen. "Mad Dog"
/// Mattis`, `C.N. "Bud" Moore said`); and without a cue of its own, `said in an interview in the
/// U.S. "We are ..."` stays one sentence.
fn abbreviation_before_quotation(para: &str, tokens: &[Token], i: usize, cue: &[bool]) -> bool {
    const MAX_NICKNAME_WORDS: usize = 2;
    let t = tokens[i];
    let Some(Kind::Open(n)) = tokens.get(i + 1).map(|t| t.kind) else { return false };
    let abbreviation = t.is_word() && t.quote.is_none() && t.end - t.start > 2 && para.as_bytes()[t.end - 1] == b'.';
    if !abbreviation || TITLE_ABBREVIATIONS.contains(&para[t.start..t.end - 1]) {
        return false;
    }
    if !para[tokens[i + 1].end..].trim_start().starts_with(char::is_uppercase) {
        return false;
    }
    let Some(close) = (i + 2..tokens.len()).find(|&k| matches!(tokens[k].kind, Kind::Close(c) if c == n)) else {
        return false;
    };
    let nickname = close - i - 2 <= MAX_NICKNAME_WORDS
        && tokens.get(close + 1).is_some_and(|w| w.is_word() && w.text(para).starts_with(char::is_uppercase));
    let inverted_cue = cue.get(close + 1) == Some(&true);
    !nickname && (inverted_cue || cue_follows_quotation(para, tokens, close, cue))
}

/// Longest subject between a closing quotation mark and its cue: `the state's junior senator`.
const MAX_SUBJECT_WORDS: usize = 5;

/// Token `i` closes a quotation and a short subject of words then a cue come next.
/// The cue must close its clause (`asked.`, `asked, adding`, `asked in an interview`): in
/// `“...” He said Climax was ...` the cue opens a new report instead.
fn cue_follows_quotation(para: &str, tokens: &[Token], i: usize, cue: &[bool]) -> bool {
    if !matches!(tokens[i].kind, Kind::Close(_)) {
        return false;
    }
    // `“...helping.” But Ms. Capito also said in an interview that ...`: after a full stop, a
    // capitalised conjunction opens a new sentence.
    let inside = para[..tokens[i].start].trim_end();
    let stop_inside = inside.ends_with(['.', '!', '?']);
    // (A question or an exclamation: it cannot close with a comma.)
    let exclaims = inside.ends_with(['!', '?']);
    let conjunction = tokens.get(i + 1).is_some_and(|t| matches!(t.text(para), "But" | "And" | "Yet" | "So"));
    if stop_inside && conjunction {
        return false;
    }
    for (n, j) in (i + 1..tokens.len()).enumerate().take(MAX_SUBJECT_WORDS + 1) {
        if cue[j] && n > 0 {
            // `... to change.” She adds, “What kind of ...”`: after a full stop, a cue that a
            // comma and a quotation follow introduces that quotation.
            let introduces_next = tokens.get(j + 1).is_some_and(|t| t.is_punct(','))
                && tokens.get(j + 2).is_some_and(|t| matches!(t.kind, Kind::Open(_)));
            if stop_inside && introduces_next {
                return false;
            }
            // `"Q?" Lichtman said about McCain's effort`: after a question or an exclamation
            // the cue may go on with a topic.
            let topic = || tokens.get(j + 1).is_some_and(|t| matches!(t.text(para), "about" | "of" | "by"));
            return closes_with_cue(para, tokens, j) || exclaims && tokens[j].is_word() && topic();
        }
        // `“Q!” Mike Murphy, the head of the group, said.`, `“Q!” Scott's niece, Marcia Price,
        // shouted.`: a name and its apposition (after a full stop, `Mr Valentine, who ...,
        // agreed.` is a sentence of its own).
        if n > 0 && exclaims && tokens[j].is_punct(',') && tokens[i + 1].text(para).starts_with(char::is_uppercase) {
            return apposition_end(tokens, j).is_some_and(|c| cue[c] && closes_with_cue(para, tokens, c));
        }
        // A verb before the cue (`The minister shrugged off claims`) makes it a new sentence.
        let w = tokens[j].text(para);
        if !tokens[j].is_word() || (w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with("ing"))) {
            return false;
        }
    }
    false
}

/// The cue at `cue` is a word with its particle, and its clause closes after it.
fn closes_with_cue(para: &str, tokens: &[Token], cue: usize) -> bool {
    tokens[cue].is_word()
        && has_its_particle(para, tokens, cue)
        && (closes_clause_after_cue(para, tokens, cue) || addressee_closes_clause(para, tokens, cue))
}

/// After the comma at `comma`, an apposition of words (`the head of Right to Rise USA`, or the
/// name after a role: `Scott's niece, Marcia Price,`) closed by a second comma: the token after
/// that comma.
fn apposition_end(tokens: &[Token], comma: usize) -> Option<usize> {
    const MAX_APPOSITION_WORDS: usize = 12;
    let end = (comma + 1..tokens.len()).take(MAX_APPOSITION_WORDS + 1).find(|&k| !tokens[k].is_word())?;
    (end > comma + 1 && tokens[end].is_punct(',')).then_some(end + 1)
}

/// A cue that needs a particle has it right after it (`pointed out`, not `pointed to`).
fn has_its_particle(para: &str, tokens: &[Token], cue: usize) -> bool {
    let particle = cues::with_lower(tokens[cue].text(para), cues::verb).and_then(|v| v.particle);
    particle.is_none_or(|p| tokens.get(cue + 1).is_some_and(|t| t.is_word() && t.text(para) == p))
}

/// `“Why now?” Obama asked Republican politicians.`: after `asked` or `told`, a short addressee,
/// then the clause closes. (`told reporters he would ...` goes on: a new report.)
fn addressee_closes_clause(para: &str, tokens: &[Token], cue: usize) -> bool {
    const MAX_ADDRESSEE_WORDS: usize = 3;
    matches!(tokens[cue].text(para), "asked" | "asks" | "told" | "tells")
        && (cue + 1..tokens.len())
            .take(MAX_ADDRESSEE_WORDS)
            .take_while(|&k| tokens[k].is_word())
            .any(|k| closes_clause(para, tokens.get(k + 1)))
}

/// The clause closes after the cue at `cue`, its particle (`points out.`), a manner adverb
/// (`asks rhetorically.`) or a time word (`said Friday.`).
#[inline(never)]
fn closes_clause_after_cue(para: &str, tokens: &[Token], cue: usize) -> bool {
    // Only the cue's own particle: `"Q," Mills writes back, "..."` has none.
    let own_particle = |w: &str| {
        is_particle(w) && cues::with_lower(tokens[cue].text(para), cues::verb).and_then(|v| v.particle) == Some(w)
    };
    let skipped = |w: &str| own_particle(w) || is_manner_adverb(w) || is_time_word(w);
    let mut next = cue + 1;
    while next < cue + 3 && tokens.get(next).is_some_and(|t| t.is_word() && skipped(t.text(para))) {
        next += 1;
    }
    // After a time word only punctuation closes: `declared Saturday as ...` goes on.
    let after_time_word = next > cue + 1 && is_time_word(tokens[next - 1].text(para));
    // `“Q!” She replied to him that ...`: a report to someone goes on with its clause.
    let to_someone_that = tokens.get(next).is_some_and(|t| t.is_word() && t.text(para) == "to")
        && (next + 1..tokens.len()).take(3).any(|k| tokens[k].is_word() && tokens[k].text(para) == "that");
    closes_clause(para, tokens.get(next))
        && !(after_time_word && tokens.get(next).is_some_and(Token::is_word))
        && !to_someone_that
}

fn closes_clause(para: &str, next: Option<&Token>) -> bool {
    next.is_none_or(|t| match t.kind {
        Kind::Punct(c) => matches!(c, '.' | ',' | ';' | '!' | '?'),
        Kind::Word => matches!(
            t.text(para),
            "in" | "on" | "at" | "after" | "during" | "to" | "as" | "with" | "from" | "before" | "while" | "when"
        ),
        _ => false,
    })
}

fn ends_sentence(para: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let terminal = match t.kind {
        Kind::Punct('.' | '!' | '?') => t.quote.is_none(),
        Kind::Close(_) => {
            let before = para[..t.start].trim_end();
            before.ends_with(['.', '!', '?']) && !before.ends_with("..")
        }
        // (Most words end in a letter: one byte to read.)
        Kind::Word => return para.as_bytes()[t.end - 1] == b'.' && abbreviation_ends_sentence(para, t, next),
        _ => false,
    };
    if !terminal || next.quote.is_some() && !matches!(next.kind, Kind::Open(_)) {
        return false;
    }
    match next.kind {
        Kind::Open(_) => true,
        Kind::Word => {
            let w = next.text(para);
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        }
        _ => false,
    }
}

/// `... at Jenrette Securities Corp. He says`: an abbreviation's period (not an initial's) ends
/// the sentence when a pronoun or an article opens the next.
#[inline(never)]
pub fn abbreviation_ends_sentence(para: &str, t: Token, next: &Token) -> bool {
    let opens_sentence = || {
        matches!(
            next.text(para),
            "He" | "She"
                | "It"
                | "They"
                | "We"
                | "The"
                | "This"
                | "But"
                | "Its"
                | "His"
                | "Her"
                | "Their"
                | "While"
                | "When"
                | "Although"
                | "If"
        )
    };
    para.as_bytes()[t.end - 1] == b'.'
        && t.end - t.start > 2
        && t.quote.is_none()
        && next.is_word()
        && next.quote.is_none()
        && t.text(para) != "vs."
        && opens_sentence()
}

#[cfg(test)]
mod tests {
    use super::super::marks::quotation_spans;
    use super::*;

    fn sentence_texts(para: &str) -> Vec<String> {
        let spans = quotation_spans(para);
        let tokens = tokenize(para, &spans);
        let cue: Vec<bool> = tokens.iter().map(|t| matches!(t.text(para), "said" | "asked" | "pointed")).collect();
        sentences(para, &tokens, &cue)
            .into_iter()
            .map(|r| para[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn splits_after_terminal_punctuation() {
        assert_eq!(
            sentence_texts("Mr. Smith went to Washington. He said no."),
            ["Mr. Smith went to Washington.", "He said no."]
        );
        assert_eq!(
            sentence_texts("Jane Roe works at Acme Corp. He said no. She met Mr. Smith."),
            ["Jane Roe works at Acme Corp.", "He said no.", "She met Mr. Smith."]
        );
        // A number or a web address keeps no period: `$10.9bn.` ends its sentence.
        assert_eq!(
            sentence_texts("Sales rose to $10.9bn. Profits fell 1.6%. See harbour.com. The U.S. Navy came."),
            ["Sales rose to $10.9bn.", "Profits fell 1.6%.", "See harbour.com.", "The U.S. Navy came."]
        );
    }

    #[test]
    fn abbreviation_ends_sentence_before_quotation_with_its_own_cue() {
        assert_eq!(
            sentence_texts("Funds go to the DEC. \"I am pleased,\" he said. Sales at Co Ltd. \"It is,\" said Ann Roe."),
            ["Funds go to the DEC.", "\"I am pleased,\" he said.", "Sales at Co Ltd.", "\"It is,\" said Ann Roe."]
        );
        // A nickname after initials or a title; a quotation with no cue of its own.
        let one = [
            "Sales will rise, C.N. \"Bud\" Moore said.",
            "Then Gen. \"Mad Dog\" Mattis said no.",
            "Weinberger said in the U.S. \"We are fully prepared.\"",
        ];
        for para in one {
            assert_eq!(sentence_texts(para), [para]);
        }
    }

    #[test]
    fn quotation_of_several_sentences_is_one_sentence() {
        let para = "“It is a canard. It is false,” said Yevgenny Buzhinsky. “As far as I know.”";
        assert_eq!(
            sentence_texts(para),
            ["“It is a canard. It is false,” said Yevgenny Buzhinsky.", "“As far as I know.”"]
        );
    }

    #[test]
    fn question_keeps_its_cue() {
        assert_eq!(
            sentence_texts("“Why now?” Jane Doe asked. “Why not?” The crowd laughed."),
            ["“Why now?” Jane Doe asked.", "“Why not?”", "The crowd laughed."]
        );
    }

    #[test]
    fn a_cue_without_its_particle_after_a_quotation_opens_a_new_sentence() {
        assert_eq!(
            sentence_texts("They rated it “True.” The service pointed to a review. “Shut.” Jo pointed out."),
            ["They rated it “True.”", "The service pointed to a review.", "“Shut.” Jo pointed out."]
        );
    }

    #[test]
    fn words_keep_inner_apostrophes_and_numbers() {
        let para = "Assad’s U.S. aid was $100,000, he said.";
        let tokens = tokenize(para, &[]);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(para)).collect();
        assert_eq!(words, ["Assad’s", "U.S.", "aid", "was", "$100,000", ",", "he", "said", "."]);
    }
}
