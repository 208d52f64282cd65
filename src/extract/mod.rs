//! Article -> quotations, each attributed to a speaker. Pure functions, no I/O, one pass per
//! paragraph with no model to load.
//!
//! Stages: `marks` finds quotation spans, `tokens` splits words and sentences, `frame` applies
//! the attribution rules to each sentence, `speakers` resolves mentions to the fullest name.
//! Quotations with no cue continue the speaker of the quotation just before them.

mod cues;
mod frame;
mod marks;
mod speakers;
mod tokens;

use crate::article::Article;
use frame::{Attribution, Content, Sentence};
use marks::MarkSpan;
use serde::{Deserialize, Serialize};
pub use speakers::edit_distance;
use speakers::{Possessive, Resolver};
use std::ops::Range;
use tokens::{Kind as TokenKind, Token};

/// How a quotation is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The speaker's words in quotation marks.
    Direct,
    /// Reported speech that quotes some of the speaker's words.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Mixed => "mixed",
            Kind::Indirect => "indirect",
        }
    }
}

/// Who said it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Speaker {
    /// The fullest name the article gives (`Vladimir Putin`).
    pub name: String,
    /// How this sentence names the speaker (`Mr Putin`, `he`, `the Russian president`).
    pub mention: String,
    /// Role from an apposition or a title (`a retired Russian general`, `Pentagon spokesman`).
    pub role: String,
}

/// One quotation found in an article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    pub text: String,
    /// Byte range of `text` in the article's text.
    pub span: Range<usize>,
    pub speaker: Speaker,
    /// The reporting phrase (`said`, `has said`, `according to`); empty for a continuation.
    pub cue: String,
    pub kind: Kind,
    /// 0-based paragraph number.
    pub paragraph: usize,
}

/// Quotations of fewer words than this are scare quotes or titles unless a cue frames them.
const MIN_QUOTE_WORDS: usize = 4;

/// One paragraph after analysis, before speakers are resolved.
struct Paragraph<'a> {
    text: &'a str,
    offset: usize,
    spans: Vec<MarkSpan>,
    tokens: Vec<Token>,
    attributions: Vec<Attribution>,
    /// Long quotation spans that no cue attributes.
    unattributed: Vec<usize>,
    /// A transcript's speaker label opening the paragraph, if it has one.
    label: Option<Label>,
}

/// `PENCE: Well, look, ...` or `"WALLACE: Let's start ...`: a speaker's name in capitals opening a
/// paragraph of a transcript, then a colon; the rest of the paragraph is what they said.
struct Label {
    /// Token range of the name.
    name: Range<usize>,
    colon: usize,
    /// Token range of the words said.
    said: Range<usize>,
    /// The quotation span the paragraph opens with (`"WALLACE: ...`), if any.
    span: Option<usize>,
}

/// Extracts the quotations of an article, in reading order.
pub fn extract(article: &Article) -> Vec<Quote> {
    let paragraphs: Vec<Paragraph> = reading_units(article)
        .into_iter()
        .map(|u| analyse(&article.text[u.range.clone()], u.range.start, u.block))
        .collect();
    let mut resolver = Resolver::default();
    for (n, p) in paragraphs.iter().enumerate() {
        collect_names(p, n, &mut resolver);
    }
    // One label that names someone makes the article a transcript: its other labels are
    // speakers too (`WALLACE:` beside `PENCE:`).
    let named: Vec<bool> =
        paragraphs.iter().map(|p| p.label.as_ref().is_some_and(|l| names_a_speaker(p, l, &resolver))).collect();
    let transcript = named.contains(&true);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous_speaker: Option<(usize, Speaker)> = None;
    for (n, p) in paragraphs.iter().enumerate() {
        let first_new = quotes.len();
        let label = p
            .label
            .as_ref()
            .filter(|l| named[n] || (transcript && !frame::is_heading(p.tokens[l.name.start].text(p.text))));
        for a in p.attributions.iter().filter(|a| label.is_none_or(|l| a.cue.start != l.colon)) {
            quotes.extend(quotes_of(p, a, n, &mut resolver));
        }
        if let Some(l) = label {
            quotes.push(labelled_quote(p, l, n, &mut resolver));
        }
        // A paragraph opening with a label is never the previous speaker's.
        for &span in p.unattributed.iter().filter(|&&s| p.label.as_ref().is_none_or(|l| l.span != Some(s))) {
            let inner = p.spans[span].inner.clone();
            let at = p.offset + inner.start..p.offset + inner.end;
            let here = &quotes[first_new..];
            if let Some((speaker, cue)) = signed_below(p, span, paragraphs.get(n + 1), n + 1, &mut resolver) {
                quotes.push(direct_quote(p, span, speaker, cue, n));
                continue;
            }
            // A paragraph that opens by going on with the one before is not guided by a
            // quotation that narration introduces later in it.
            let nearest = nearest_direct(here, at.clone());
            let continued = || continues_previous(p, span, n, &previous_speaker);
            let speaker = match reported_just_before(p, here, at.start) {
                Some(q) => Some(q.speaker.clone()),
                None if nearest.is_some_and(|q| introduced_after(p, &at, q)) => {
                    continued().or_else(|| nearest.map(|q| q.speaker.clone()))
                }
                None => nearest.map(|q| q.speaker.clone()).or_else(continued),
            };
            if let Some(speaker) = speaker {
                quotes.push(direct_quote(p, span, speaker, String::new(), n));
            }
        }
        quotes[first_new..].sort_by_key(|q| q.span.start);
        previous_speaker = last_speaker(p, &quotes[first_new..])
            .map(|speaker| (n, speaker.clone()))
            .or(previous_speaker.filter(|_| p.spans.last().is_some_and(|s| !s.closed)));
    }
    for q in &mut quotes {
        q.paragraph = paragraph_at(article, q.span.start);
        if let Some(name) = resolver.with_acronym(&q.speaker.name) {
            q.speaker.name = name;
        }
    }
    quotes
}

/// A stretch of text read as one, and where a block quotation in it starts (relative offset).
struct Unit {
    range: Range<usize>,
    block: Option<usize>,
}

/// The stretches of text read as one: each paragraph, except that a paragraph ending with a colon
/// and the quotation paragraph after it are one (`Trump issued a statement:` ¶ `“Our prayers ...”`),
/// and so are a paragraph ending with a reporting verb and a colon and the paragraph after it,
/// quoted as a block with no marks (`The governor added:` ¶ `It’s typical of ...`).
fn reading_units(article: &Article) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::with_capacity(article.paragraphs.len());
    for r in &article.paragraphs {
        let paragraph = article.text[r.clone()].trim_start_matches(marks::is_blank);
        let opens_quotation = paragraph.starts_with(['"', '“', '«']) && !opens_with_label(paragraph);
        match units.last_mut() {
            Some(last) if last.block.is_none() && article.text[last.range.clone()].trim_end().ends_with(':') => {
                let lead = &article.text[last.range.clone()];
                if opens_quotation {
                    last.range.end = r.end;
                } else if ends_with_cue_and_colon(lead) && is_block_quotation(paragraph) {
                    last.block = Some(r.start - last.range.start);
                    last.range.end = r.end;
                } else {
                    units.push(Unit { range: r.clone(), block: None });
                }
            }
            _ => units.push(Unit { range: r.clone(), block: None }),
        }
    }
    units
}

/// `The governor added:`, `Limbaugh wrote:`: a reporting verb right before a closing colon, not
/// a noun after a number or a determiner (`the following seven points:`).
fn ends_with_cue_and_colon(lead: &str) -> bool {
    let mut words = lead.trim_end().trim_end_matches(':').split_whitespace().rev();
    let Some(last) = words.next().filter(|w| w.chars().all(char::is_alphabetic)) else { return false };
    let noun_slot = words.next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || cues::with_lower(w, |w| {
                matches!(w, "the" | "a" | "these" | "those" | "following" | "key" | "main" | "two" | "three" | "four")
            })
    });
    !noun_slot && cues::with_lower(last, cues::verb).is_some()
}

/// A paragraph quoted as a block: words with no double quotation marks (whose own spans would
/// nest in the block's), no transcript label, and no list item (`- Duty cuts`, `1) Regular`).
fn is_block_quotation(paragraph: &str) -> bool {
    const MIN_WORDS: usize = 4;
    let first = paragraph.split_whitespace().next().unwrap_or_default();
    let list_item = matches!(first, "-" | "*" | "•" | "–" | "—")
        || first.starts_with(|c: char| c.is_ascii_digit()) && first.ends_with([')', '.']);
    !list_item
        && !paragraph.contains(['"', '“', '”', '«', '»'])
        && !opens_with_label(paragraph)
        && paragraph.split_whitespace().nth(MIN_WORDS - 1).is_some()
}

/// The span of a block quotation from byte `start` of `text` to its end.
fn block_quotation(text: &str, start: usize) -> MarkSpan {
    let end = text.trim_end().len();
    let start = (start + text[start..].len() - text[start..].trim_start().len()).min(end);
    MarkSpan { open: start, inner: start..end, end, closed: true }
}

/// A cheap look for a transcript label (`"PENCE: ...`) at the start of a paragraph.
fn opens_with_label(paragraph: &str) -> bool {
    let name = paragraph.trim_start_matches(['"', '“', '«']);
    let end = name.find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-')));
    end.is_some_and(|e| e >= 2 && name[e..].starts_with(':'))
}

/// The article's paragraph holding byte `offset`.
fn paragraph_at(article: &Article, offset: usize) -> usize {
    article.paragraphs.partition_point(|r| r.end <= offset).min(article.paragraphs.len().saturating_sub(1))
}

/// The direct or mixed quotation in the paragraph nearest to a quotation with no cue at bytes
/// `at`, counting the bytes between the two.
fn nearest_direct(here: &[Quote], at: Range<usize>) -> Option<&Quote> {
    let gap =
        |q: &Quote| if q.span.end <= at.start { at.start - q.span.end } else { q.span.start.saturating_sub(at.end) };
    here.iter().filter(|q| q.kind != Kind::Indirect).min_by_key(|q| gap(q))
}

/// The quotation of any kind ending at most a few words before byte `at`: `"Q1," X said, "Q2."`,
/// `Kerry may wait, Schiff said. "The other factor is ..."`.
/// Indirect speech inside the attribution of a direct quotation just before it gives way to that
/// quotation (`"Q1," said X, who said she would march. "Q2."`).
fn reported_just_before<'q>(p: &Paragraph, here: &'q [Quote], at: usize) -> Option<&'q Quote> {
    const MAX_WORDS_BETWEEN: usize = 8;
    let before = |at: usize| here.iter().filter(move |q| q.span.end <= at).max_by_key(|q| q.span.end);
    let last = before(at)?;
    let between = &p.text[last.span.end - p.offset..at - p.offset];
    if between.split_whitespace().count() > MAX_WORDS_BETWEEN {
        return None;
    }
    let direct_in_same_sentence = || {
        let direct = before(last.span.start).filter(|q| q.kind != Kind::Indirect)?;
        let gap = &p.text[direct.span.end - p.offset..last.span.start - p.offset];
        let ends_sentence = direct.text.trim_end().ends_with(['.', '!', '?']) || ends_a_sentence(gap);
        (!ends_sentence).then_some(direct)
    };
    match last.kind {
        Kind::Indirect => direct_in_same_sentence().or(Some(last)),
        _ => Some(last),
    }
}

/// True when `text` holds the end of a sentence: `.`, `!` or `?` followed by a space.
fn ends_a_sentence(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace())
}

/// `"Q"` ¶ `- Sanders.`: a quotation opening its paragraph is signed by the next paragraph when
/// that is only a dash and a name (then, perhaps, a role after a comma). Returns the speaker and
/// the dash as cue.
fn signed_below(
    p: &Paragraph,
    span: usize,
    below: Option<&Paragraph>,
    n: usize,
    resolver: &mut Resolver,
) -> Option<(Speaker, String)> {
    const MAX_NAME_WORDS: usize = 5;
    const MAX_ROLE_TOKENS: usize = 12;
    let below = below?;
    let dash = below.tokens.first().filter(|t| matches!(t.kind, TokenKind::Punct('-' | '—' | '―' | '–')))?;
    let capitalised = |t: &Token| t.is_word() && t.text(below.text).starts_with(char::is_uppercase);
    let name_end = 1 + below.tokens[1..].iter().take(MAX_NAME_WORDS).take_while(|t| capitalised(t)).count();
    let rest = &below.tokens[name_end..];
    let ends = match rest.first() {
        None => true,
        Some(t) if t.is_punct('.') => rest.len() == 1,
        Some(t) => t.is_punct(',') && rest.len() <= MAX_ROLE_TOKENS,
    };
    if name_end == 1 || !ends || !opens_paragraph(p, span) {
        return None;
    }
    let mention = token_text(below, &(1..name_end));
    let role = (rest.len() > 1).then(|| token_text(below, &(name_end + 1..below.tokens.len())));
    let pos = below.offset + below.tokens[1].start;
    let speaker = speaker_of(resolver, mention, Possessive::Owner, role.as_deref(), pos, n);
    Some((speaker, dash.text(below.text).to_string()))
}

/// The speaker whom a quotation opening the next paragraph continues: the speaker of the
/// paragraph's last direct or mixed quotation, or of its indirect speech when that ends the
/// paragraph (`Hu said the system will cut costs.` ¶ `"These institutions will ..."`).
fn last_speaker<'q>(p: &Paragraph, here: &'q [Quote]) -> Option<&'q Speaker> {
    const MAX_WORDS_AFTER: usize = 8;
    let ends_paragraph = |q: &Quote| p.text[q.span.end - p.offset..].split_whitespace().nth(MAX_WORDS_AFTER).is_none();
    let last = here.last()?;
    let speaking = if last.kind == Kind::Indirect && ends_paragraph(last) {
        Some(last)
    } else {
        here.iter().rev().find(|q| q.kind != Kind::Indirect)
    };
    speaking.map(|q| &q.speaker)
}

/// `"Q1." X added: "Q2"`: quotation `q` comes after the uncued one at bytes `at`, and narration
/// with `q`'s cue stands between them (not a quotation signed after it: `"Q1 ... Q2." ― Jo Roe`).
fn introduced_after(p: &Paragraph, at: &Range<usize>, q: &Quote) -> bool {
    q.span.start >= at.end
        && !q.cue.is_empty()
        && p.text[at.end - p.offset..q.span.start - p.offset].contains(q.cue.as_str())
        && narration_between(p, at.end, q.span.start)
}

/// True when words outside quotation marks stand between article offsets `from` and `to` of
/// paragraph `p`: narration (`"Q1." X added: "Q2"`), not only marks (`"Q1." "Q2," X said`).
fn narration_between(p: &Paragraph, from: usize, to: usize) -> bool {
    let (from, to) = (from - p.offset, to - p.offset);
    let mut at = from;
    for span in p.spans.iter().filter(|s| s.end > from && s.open < to) {
        if p.text[at..span.open.max(at)].contains(char::is_alphabetic) {
            return true;
        }
        at = at.max(span.end);
    }
    at < to && p.text[at..to].contains(char::is_alphabetic)
}

/// True when nothing but white space comes before quotation span `span` in its paragraph.
fn opens_paragraph(p: &Paragraph, span: usize) -> bool {
    p.text[..p.spans[span].open].chars().all(marks::is_blank)
}

/// A paragraph opening with a quotation that no cue attributes continues the speaker of the
/// direct or mixed quotation in the paragraph just before.
fn continues_previous(p: &Paragraph, span: usize, n: usize, previous: &Option<(usize, Speaker)>) -> Option<Speaker> {
    match previous {
        Some((prev_n, speaker)) if opens_paragraph(p, span) && prev_n + 1 == n => Some(speaker.clone()),
        _ => None,
    }
}

fn analyse(text: &str, offset: usize, block: Option<usize>) -> Paragraph<'_> {
    let mut spans = marks::quotation_spans(text);
    if let Some(start) = block.filter(|&b| spans.last().is_none_or(|s| s.end <= b)) {
        spans.push(block_quotation(text, start));
    }
    let tokens = tokens::tokenize(text, &spans);
    let long_quote: Vec<bool> = spans.iter().map(|s| is_long(&text[s.inner.clone()])).collect();
    let ascii_lower = text.to_ascii_lowercase();
    let mut lower_buffer = String::new();
    let lower = lower_case_words(&ascii_lower, &tokens, &mut lower_buffer);
    let cue_candidate: Vec<bool> = tokens
        .iter()
        .zip(&lower)
        .enumerate()
        .map(|(k, (t, l))| frame::could_be_cue(t, l) && frame::fits_context(text, &tokens, &lower, k))
        .collect();
    let mut attributions = Vec::new();
    let mut standalone = vec![false; spans.len()];
    for range in tokens::sentences(text, &tokens, &cue_candidate) {
        let sentence = Sentence {
            para: text,
            tokens: &tokens,
            range: range.clone(),
            long_quote: &long_quote,
            lower: &lower,
            cue_candidate: &cue_candidate,
        };
        let found = frame::attribute(&sentence);
        let quotes_attributed = found.iter().any(|a| matches!(a.content, Content::Quotes(_)));
        mark_standalone(text, &tokens, range, quotes_attributed, &mut standalone);
        attributions.extend(found);
    }
    let attributed: Vec<usize> = attributions
        .iter()
        .flat_map(|a| match &a.content {
            Content::Quotes(q) => q.clone(),
            Content::Clause(r) => spans_in(&tokens, r.clone()),
        })
        .collect();
    // A short quotation counts when it is a whole sentence of its own right after an attributed
    // one (`“Here he is,” she said. “Donald’s here.”`) or after reported speech that its cue ends
    // (`..., he said. "He's a liberal!"`), or ends one split by its cue (`“...,” the investor said,
    // “that’s even worse.”`), not a phrase (`the band is "resting"`).
    const MAX_CUE_WORDS: usize = 6;
    let continues_attributed = |n: usize| {
        let before = text[..spans[n].open].trim_end();
        let opens_sentence = before.ends_with(['.', '!', '?']);
        let after_cue = || {
            let cue = &text[spans[n - 1].end.min(spans[n].open)..spans[n].open];
            cue.trim_end().ends_with(',') && cue.split_whitespace().count() <= MAX_CUE_WORDS
        };
        let ends_sentence = text[spans[n].inner.clone()].trim_end().ends_with(['.', '!', '?']);
        let after_quote = n > 0 && attributed.contains(&(n - 1)) && (opens_sentence || after_cue());
        ends_sentence
            && (after_quote || (opens_sentence && follows_trailing_cue(text, &tokens, &attributions, &spans[n])))
    };
    let unattributed = (0..spans.len())
        .filter(|&n| (long_quote[n] || continues_attributed(n)) && standalone[n] && !attributed.contains(&n))
        .filter(|&n| !is_title(&text[spans[n].inner.clone()]))
        .collect();
    let label = transcript_label(text, &tokens);
    Paragraph { text, offset, spans, tokens, attributions, unattributed, label }
}

/// True when the sentence just before quotation `span` is reported speech that its cue (and at
/// most a few words: `he said on Friday.`) ends: `Trump isn't a conservative, he said.`
fn follows_trailing_cue(text: &str, tokens: &[Token], attributions: &[Attribution], span: &MarkSpan) -> bool {
    const MAX_GAP_WORDS: usize = 4;
    attributions.iter().any(|a| {
        let Content::Clause(content) = &a.content else { return false };
        let cue_end = tokens[a.cue.end - 1].end;
        let gap = text.get(cue_end..span.open).unwrap_or_default().trim();
        let one_sentence_end = gap.ends_with('.') && !ends_a_sentence(gap);
        content.end <= a.speaker.start && one_sentence_end && gap.split_whitespace().count() <= MAX_GAP_WORDS
    })
}

/// A name of one to three words in capitals opening the paragraph (after an opening quotation
/// mark, if any), then a colon and at least three words.
fn transcript_label(text: &str, tokens: &[Token]) -> Option<Label> {
    const MAX_NAME_WORDS: usize = 3;
    let span = match tokens.first()?.kind {
        TokenKind::Open(n) => Some(n as usize),
        _ => None,
    };
    let start = usize::from(span.is_some());
    let in_capitals = |t: &Token| {
        let w = t.text(text);
        t.is_word() && w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let colon = start + tokens[start..].iter().take(MAX_NAME_WORDS + 1).position(|t| !in_capitals(t))?;
    if colon == start || !tokens[colon].is_punct(':') {
        return None;
    }
    let said = colon + 1..tokens.len() - usize::from(matches!(tokens.last()?.kind, TokenKind::Close(_)));
    let words_said = tokens[said.clone()].iter().filter(|t| t.is_word()).count();
    (words_said >= 3).then_some(Label { name: start..colon, colon, said, span })
}

/// The label's name in the case of running text (`WALLACE` -> `Wallace`).
fn label_name(p: &Paragraph, l: &Label) -> String {
    let words = p.tokens[l.name.clone()].iter().map(|t| {
        let w = t.text(p.text).to_lowercase();
        let mut chars = w.chars();
        chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
    });
    words.collect::<Vec<_>>().join(" ")
}

/// A label names a speaker, not a heading (`UPDATE:`, `VIDEO:`), when the article names someone
/// in full with its last word, or when it is a given name and a surname (`JAKE TAPPER:`).
fn names_a_speaker(p: &Paragraph, l: &Label, resolver: &Resolver) -> bool {
    let name = label_name(p, l);
    let mut words = name.split(' ');
    let first = words.next().unwrap_or_default();
    let surname = words.next_back();
    resolver.knows_surname(surname.unwrap_or(&name)) || (surname.is_some() && speakers::is_given_name(first))
}

/// The words after a transcript label, said by the labelled speaker.
fn labelled_quote(p: &Paragraph, l: &Label, n: usize, resolver: &mut Resolver) -> Quote {
    let mention = token_text(p, &l.name);
    let pos = p.offset + p.tokens[l.name.start].start;
    let name = label_name(p, l);
    if l.name.len() >= 2 {
        resolver.add_name(pos, &name);
    }
    let resolved = resolver.resolve(&name, None, pos, n);
    let speaker = Speaker { name: resolved.name, mention, role: resolved.role };
    let start = p.tokens[l.said.start].start;
    let end = p.tokens[l.said.end - 1].end;
    Quote {
        text: p.text[start..end].to_string(),
        span: p.offset + start..p.offset + end,
        speaker,
        cue: ":".to_string(),
        kind: Kind::Direct,
        paragraph: n,
    }
}

/// Marks the quotations that make up their sentence (at most two words outside them, or a short
/// phrase after them), or share it with an attributed quotation (`"Q1," he said, "Q2."`): only
/// those can continue a speaker without a cue; a quotation inside other words is someone's phrase.
fn mark_standalone(
    text: &str,
    tokens: &[Token],
    sentence: Range<usize>,
    quotes_attributed: bool,
    standalone: &mut [bool],
) {
    let outside_words = tokens[sentence.clone()].iter().filter(|t| t.is_word() && t.quote.is_none()).count();
    if outside_words <= 2 || quotes_attributed || ends_with_phrase(text, &tokens[sentence.clone()]) {
        for n in spans_in(tokens, sentence) {
            standalone[n] = true;
        }
    }
}

/// A sentence opening with a quotation and ending with a short phrase with no verb that opens
/// with a preposition (`"That is the fight we're taking" to the rest of the country.`), or with
/// a dash and anything after it.
fn ends_with_phrase(text: &str, sentence: &[Token]) -> bool {
    const MAX_PHRASE_WORDS: usize = 12;
    let Some(TokenKind::Open(n)) = sentence.first().map(|t| t.kind) else { return false };
    let Some(close) = sentence.iter().position(|t| t.kind == TokenKind::Close(n)) else { return false };
    let phrase: Vec<&str> = sentence[close + 1..].iter().filter(|t| t.is_word()).map(|t| t.text(text)).collect();
    // `"Q" and other pocketbook issues.`, `"Q" because of shifts in the economy.`: a coordinated
    // or causal phrase goes on with the quotation.
    let opens_with_preposition = phrase.first().is_some_and(|w| {
        cues::is_adverbial_preposition(w) || matches!(*w, "of" | "and" | "or" | "because" | "including")
    });
    let outside = sentence[close + 1..].iter().all(|t| t.quote.is_none());
    // `"Sanders has to do the two-step" - increasing his name recognition ...`: a dash opens
    // the writer's gloss on the quotation.
    let gloss = sentence.get(close + 1).is_some_and(|t| matches!(t.kind, TokenKind::Punct('-' | '—' | '–')));
    gloss || opens_with_preposition && outside && phrase.len() <= MAX_PHRASE_WORDS && !frame::has_finite_verb(&phrase)
}

/// The lower-case form of every word outside quotation marks (the only words the rules read),
/// empty for other tokens. `ascii_lower` is the paragraph in ASCII lower case (same offsets);
/// words with other letters are lower-cased into `buffer`.
fn lower_case_words<'t>(ascii_lower: &'t str, tokens: &[Token], buffer: &'t mut String) -> Vec<&'t str> {
    let read = |t: &Token| t.kind == TokenKind::Word && t.quote.is_none();
    let mut other_letters = Vec::new();
    if !ascii_lower.is_ascii() {
        for (k, t) in tokens.iter().enumerate().filter(|(_, t)| read(t) && !ascii_lower[t.start..t.end].is_ascii()) {
            let start = buffer.len();
            buffer.extend(ascii_lower[t.start..t.end].chars().flat_map(char::to_lowercase));
            other_letters.push((k, start..buffer.len()));
        }
    }
    let mut forms: Vec<&str> = tokens.iter().map(|t| if read(t) { &ascii_lower[t.start..t.end] } else { "" }).collect();
    let buffer: &'t String = buffer;
    for (k, r) in other_letters {
        forms[k] = &buffer[r];
    }
    forms
}

/// A quotation in title case (`"This Week With George Stephanopoulos."`, `"Chick Lit: The New
/// Woman's Fiction"`) names a work; with no cue it continues no one's speech. Small words (`a`,
/// `of`) may stay in lower case; every other word is capitalised. A pronoun with a short `is`
/// makes it a sentence of names (`“That’s Jeb Bush and Marco Rubio.”`); other short forms are
/// common in titles (`“Coal Isn’t the Villain”`).
fn is_title(quote: &str) -> bool {
    const SMALL_WORDS: [&str; 12] = ["a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "with"];
    let words: Vec<&str> = quote.split_whitespace().filter(|w| w.starts_with(char::is_alphabetic)).collect();
    // `“The Donald. Big Daddy.”`: a title holds no sentence's end (`Mr.` ends none).
    let ends_sentence = |w: &&str| w.ends_with(['!', '?']) || w.ends_with('.') && w.len() > 4;
    let sentences = words.split_last().is_some_and(|(_, before)| before.iter().any(ends_sentence));
    words.len() >= 3
        && !sentences
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || SMALL_WORDS.contains(w))
        && !words.first().is_some_and(|w| is_pronoun_is(w))
}

/// `That’s`, `It's`, `There’s`: a pronoun and a short `is`, where `’s` cannot be a possessive.
fn is_pronoun_is(word: &str) -> bool {
    let pronoun = word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or_default();
    matches!(pronoun, "That" | "It" | "He" | "She" | "There" | "Here" | "What" | "Who" | "Where")
}

fn is_long(quote: &str) -> bool {
    quote.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).nth(MIN_QUOTE_WORDS - 1).is_some()
}

fn spans_in(tokens: &[Token], r: Range<usize>) -> Vec<usize> {
    tokens[r].iter().filter_map(|t| if let TokenKind::Open(n) = t.kind { Some(n as usize) } else { None }).collect()
}

/// Feeds the resolver the full names of paragraph `n` (capitalised runs of two words or more),
/// the roles given to them in apposition (`Jane Roe, the city's mayor,`) and the people named by
/// a plural noun opening its sentences (`Analysts do not expect ...`).
fn collect_names(p: &Paragraph, n: usize, resolver: &mut Resolver) {
    let headline = is_title_case(p);
    let mut run: Vec<&str> = Vec::new();
    let mut run_start = 0;
    let mut run_first = 0;
    let end = Token { kind: TokenKind::Punct('.'), start: p.text.len(), end: p.text.len(), quote: None };
    for (k, t) in p.tokens.iter().chain(std::iter::once(&end)).enumerate() {
        // Most words are in lower case outside any run: nothing to join, nothing to close.
        if run.is_empty() && p.text.as_bytes().get(t.start).is_some_and(u8::is_ascii_lowercase) {
            continue;
        }
        if run.is_empty() && k < p.tokens.len() && opens_narrative_sentence(p, k) {
            plural_subject(p, n, k, resolver);
            described_person_subject(p, k, resolver);
        }
        let w = t.text(p.text);
        let joins =
            t.is_word() && (w.starts_with(char::is_uppercase) || (!run.is_empty() && speakers::is_name_particle(w)));
        if joins {
            // `country star Hank Williams Jr. He wrote ...`, `entering the U.S. While Clinton ...`:
            // an abbreviation's period may end the sentence, and the run with it.
            if !run.is_empty() && tokens::abbreviation_ends_sentence(p.text, p.tokens[k - 1], t) {
                close_run(p, &mut run, (run_start, run_first), k, headline, resolver);
            }
            if run.is_empty() && (opens_with_verb(p, k) || is_date_month(p, k)) {
                continue;
            }
            if run.is_empty() {
                run_start = t.start;
                run_first = k;
            }
            // `Hughes' Kistler`: a plural possessive ends the run too, unless an organisation's
            // name goes on (`Swiss Bankers' Association`).
            let owner = cues::strip_possessive(w);
            let org_goes_on =
                || p.tokens.get(k + 1).is_some_and(|n| n.is_word() && speakers::is_organisation_word(n.text(p.text)));
            let owner = match owner.strip_suffix(['\'', '’']) {
                Some(o) if o.ends_with('s') && !org_goes_on() => o,
                _ => owner,
            };
            run.push(owner);
            if owner.len() < w.len() {
                add_run(&mut run, p.offset + run_start, headline, resolver);
            }
            continue;
        }
        if joins_firms_name(p, &run, k) {
            // (The words before it name the firm too: `Eli Lilly` of `Eli Lilly and Co`.)
            if let Some(name) = (run.len() >= 2).then(|| speakers::full_name(&run)).flatten() {
                resolver.add_name(p.offset + run_start, &name);
            }
            run.push(t.text(p.text));
            continue;
        }
        close_run(p, &mut run, (run_start, run_first), k, headline, resolver);
    }
}

/// `Goodyear Tire and Rubber Co`, `Procter & Gamble Co`, `Merrill Lynch and Co Inc`: `and` or
/// `&` at token `k` goes on with the `run` of a firm's name when one word and a legal form
/// follow it, or a legal form alone, and the run has none (`Exxon Corp and Mobil Corp`, `Alliant
/// and Convex Computer Corp` are two firms).
fn joins_firms_name(p: &Paragraph, run: &[&str], k: usize) -> bool {
    const MAX_WORDS_AFTER: usize = 2;
    let Some(connector) = p.tokens.get(k).filter(|t| t.is_word()).map(|t| t.text(p.text)) else {
        return false;
    };
    if run.is_empty() || !matches!(connector, "and" | "&") || run.last().is_some_and(|w| speakers::is_company_suffix(w))
    {
        return false;
    }
    let capitalised = |t: &&Token| t.is_word() && t.text(p.text).starts_with(char::is_uppercase);
    let after: Vec<&str> =
        p.tokens[k + 1..].iter().take_while(capitalised).take(MAX_WORDS_AFTER + 1).map(|t| t.text(p.text)).collect();
    // (`Mary Lark and Tomkins Plc`: a person and a firm; but `Eli Lilly and Co`.)
    let person_before = run.first().is_some_and(|w| speakers::is_given_name(w));
    let legal_form_only = after.iter().all(|w| speakers::is_company_suffix(w));
    (after.len() <= MAX_WORDS_AFTER || legal_form_only)
        && after.last().is_some_and(|w| speakers::is_company_suffix(w))
        && (legal_form_only || !person_before)
}

/// Records the people named by a plural noun that open the sentence of the narrative at token
/// `k` (`Analysts do not expect ...`, `Several dealers were sceptical ...`), whom a later `they`
/// may mean.
fn plural_subject(p: &Paragraph, n: usize, k: usize, resolver: &mut Resolver) {
    const MAX_MODIFIERS: usize = 2;
    // The noun first (few sentences open with one), then the words before it.
    let words = p.tokens[k..].iter().take(MAX_MODIFIERS + 2).take_while(|t| t.is_word() && t.quote.is_none());
    let Some(noun) = words.map(|t| t.text(p.text)).position(speakers::is_group_of_people) else {
        return;
    };
    // (`But few analysts ...`, `Though many sources ...`: the clause's subject follows a
    // conjunction; after a preposition, `To her supporters`, the noun is none.)
    let opening = p.tokens[k].text(p.text);
    let conjunction = cues::with_lower(opening, |w| {
        matches!(w, "but" | "and" | "yet" | "so" | "though" | "although" | "as" | "if" | "when" | "because")
    });
    let preposition = cues::with_lower(opening, |w| cues::is_adverbial_preposition(w) || w == "of");
    let start = k + usize::from(conjunction);
    if preposition || (!conjunction && noun > MAX_MODIFIERS) || (conjunction && noun == 0) {
        return;
    }
    let first = p.tokens[start].text(p.text);
    let description = &p.text[p.tokens[start].start..p.tokens[k + noun].end];
    // (`Analysts`, `Several analysts`: in lower case as inside a sentence; not `Japanese`.)
    let common =
        start == k + noun || cues::with_lower(first, |w| matches!(w, "several" | "many" | "some" | "most" | "other"));
    let description = match first.chars().next() {
        Some(c) if common && c.is_ascii_uppercase() => format!("{}{}", c.to_ascii_lowercase(), &description[1..]),
        _ => description.to_string(),
    };
    resolver.add_plural_subject(n, p.offset + p.tokens[start].start, &description);
}

/// Records the head noun of a description of one person that opens the sentence of the
/// narrative at token `k` as its subject (`The former Scotland international added ...`, `But the
/// 25-year-old Dubliner underlined ...`).
fn described_person_subject(p: &Paragraph, k: usize, resolver: &mut Resolver) {
    const MAX_MODIFIERS: usize = 3;
    let word = |k: usize| p.tokens.get(k).filter(|t| t.is_word() && t.quote.is_none()).map(|t| t.text(p.text));
    let conjunction = word(k).is_some_and(|w| matches!(w, "But" | "And" | "Yet" | "So"));
    let article = k + usize::from(conjunction);
    if !word(article).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return;
    }
    let head = (article + 1..=article + 1 + MAX_MODIFIERS)
        .map_while(word)
        .position(speakers::describes_a_person)
        .map(|n| article + 1 + n);
    // (`the 25-year-old Dubliner`: an age, then whatever noun.)
    let age_then_noun = |h: usize| word(h).is_some_and(|w| w.ends_with("-year-old")) && !verb_after(p, h + 1);
    let head = head.map(|h| h + usize::from(age_then_noun(h) && word(h + 1).is_some()));
    if let Some(head) = head.filter(|&h| verb_after(p, h + 1)) {
        resolver.add_described_subject(p.offset + p.tokens[k].start, &p.tokens[head].text(p.text).to_lowercase());
    }
}

/// Closes the run of capitalised words before token `k` (`start`: its byte offset in the
/// paragraph and its first token): records its name, the role before it or in an apposition
/// after it, and the name as a subject when it stands where one does.
fn close_run(
    p: &Paragraph,
    run: &mut Vec<&str>,
    (run_start, run_first): (usize, usize),
    k: usize,
    headline: bool,
    resolver: &mut Resolver,
) {
    let opens_sentence = opens_narrative_sentence(p, run_first);
    // (Most runs open no sentence, and few end with a known surname: checks in that order.)
    let known_surname = || run.len() <= 3 && run.last().is_some_and(|w| resolver.knows_surname(w));
    let lone = (opens_sentence && known_surname()).then(|| speakers::lone_name_word(run)).flatten();
    let sentence = || p.offset + run_start..p.offset + sentence_end(p, k);
    let Some(name) = add_run(run, p.offset + run_start, headline, resolver) else {
        if let Some(surname) = lone {
            resolver.add_sentence_subject(sentence(), surname);
        }
        return;
    };
    let role_before = role_words_before_name(p, run_first);
    let first = role_before.as_ref().map_or(run_first, |r| r.start);
    // The name (or its title) opens the sentence, or its main clause after an opening phrase.
    let opens_its_sentence = opens_sentence
        || role_before.as_ref().is_some_and(|r| title_opens_sentence(p, r.start))
        || (verb_after(p, k) && after_opening_phrase(p, first));
    if opens_its_sentence {
        resolver.add_sentence_subject(sentence(), &name);
    }
    let next = p.tokens.get(k);
    // (Not a name modifying a noun: `The official International Business newspaper`.)
    let modifies_noun = || next.is_some_and(|t| t.is_word() && cues::is_speaker_noun(t.text(p.text)));
    if let Some(role) = role_before.clone().and_then(|r| own_role(p, r)).filter(|_| !modifies_noun()) {
        resolver.add_role(p.offset + run_start, &role, &name);
    }
    // `Ireland coach Eddie O'Sullivan says`: a role before the name opens the subject.
    if !subject_position(p, first) {
        return;
    }
    resolver.add_subject(p.offset + run_start, &name);
    if let Some(male) = pronoun_after(p, first, k).filter(|_| name.contains(' ')) {
        resolver.add_pronoun_gender(&name, male);
    }
    if let Some(role) = next.filter(|t| t.is_punct(',')).and_then(|_| appositive_role(p, k + 1)) {
        resolver.add_role(p.offset + run_start, &token_text(p, &role), &name);
    }
}

/// `Conservative shadow home secretary David Davis was worried ...`: the role before a name,
/// whose head starts at token `role`, opens the sentence, with at most a few more words of the
/// title before it; none a verb or a word that opens a clause (`Sources told secretary ...`).
fn title_opens_sentence(p: &Paragraph, role: usize) -> bool {
    const MAX_WORDS: usize = 3;
    let title_word = |k: usize| {
        let t = &p.tokens[k];
        let w = t.text(p.text);
        let verb = verb_after(p, k) || (w.starts_with(char::is_lowercase) && cues::verb(w).is_some());
        let opens_clause = speakers::is_function_word(w) || cues::is_adverbial_preposition(w);
        t.is_word() && t.quote.is_none() && !verb && !opens_clause
    };
    let first = (role.saturating_sub(MAX_WORDS)..role).find(|&k| (k..role).all(title_word));
    opens_narrative_sentence(p, first.unwrap_or(role))
}

/// `In a statement issued Tuesday morning, presidential nominee Hillary Clinton was ...`: token
/// `k` follows the comma of a prepositional phrase that opens its sentence.
fn after_opening_phrase(p: &Paragraph, k: usize) -> bool {
    const MAX_PHRASE_TOKENS: usize = 12;
    if k < 2 || !p.tokens[k - 1].is_punct(',') {
        return false;
    }
    let phrase = (k.saturating_sub(MAX_PHRASE_TOKENS + 1)..k - 1).rev().take_while(|&j| p.tokens[j].is_word());
    let Some(opening) = phrase.last().filter(|&j| opens_narrative_sentence(p, j)) else {
        return false;
    };
    let w = p.tokens[opening].text(p.text);
    w.starts_with(char::is_uppercase) && cues::with_lower(w, cues::is_adverbial_preposition)
}

/// Token `k` opens a sentence of the narrative: first in the paragraph or after a sentence's end
/// (in a quotation too: `..." Ruddock also warned`), and outside quotation marks.
fn opens_narrative_sentence(p: &Paragraph, k: usize) -> bool {
    let after_end = k == 0
        || p.tokens[k - 1].is_full_stop()
        || (k >= 2 && matches!(p.tokens[k - 1].kind, TokenKind::Close(_)) && p.tokens[k - 2].is_full_stop());
    after_end && p.tokens[k].quote.is_none()
}

/// The byte offset in the paragraph of the end of the sentence that token `k` is in (its full
/// stop outside quotation marks, or the paragraph's end).
fn sentence_end(p: &Paragraph, k: usize) -> usize {
    let full_stop = |t: &&Token| t.quote.is_none() && t.is_full_stop();
    p.tokens[k.min(p.tokens.len())..].iter().find(full_stop).map_or(p.text.len(), |t| t.start)
}

/// For a name opening its clause before token `k`, the first personal pronoun of the third
/// person singular after it in its sentence, before any other capitalised word (another name)
/// or quotation: true for `he`, `his`, `himself`, false for `she`, `herself`. Not after `him`
/// or `her`, more often someone else (`Atletico gave up on him after declaring his ...`), nor
/// `, he said` (the reporter of the clause).
fn pronoun_after(p: &Paragraph, first: usize, k: usize) -> Option<bool> {
    const MAX_TOKENS: usize = 25;
    if first > 0 && p.tokens[first - 1].is_word() {
        return None;
    }
    for (n, t) in p.tokens.iter().enumerate().skip(k).take(MAX_TOKENS) {
        if t.quote.is_some() {
            return None;
        }
        match t.kind {
            TokenKind::Word => {
                let w = t.text(p.text);
                if w.starts_with(char::is_uppercase) || p.tokens[n - 1].is_punct(',') && matches!(w, "he" | "she") {
                    return None;
                }
                match w {
                    "he" | "his" | "himself" => return Some(true),
                    "she" | "herself" => return Some(false),
                    "him" | "her" | "hers" => return None,
                    _ => {}
                }
            }
            // `Dustin Hoffman is in the UK to publicise a comedy. He said ...`: or the pronoun
            // opening the next sentence, when a verb follows the name (not `A Wall Street analyst
            // said ...`, `... immigration, Social Security and more.`).
            TokenKind::Punct('.' | '!' | '?') => {
                return match p.tokens.get(n + 1).map(|t| t.text(p.text)) {
                    Some("He") if verb_after(p, k) => Some(true),
                    Some("She") if verb_after(p, k) => Some(false),
                    _ => None,
                };
            }
            TokenKind::Punct(';') | TokenKind::Open(_) | TokenKind::Close(_) => return None,
            _ => {}
        }
    }
    None
}

/// Token `k` is a verb in the past or the present, or an auxiliary (`won`, `is`, `has`, `says`).
fn verb_after(p: &Paragraph, k: usize) -> bool {
    p.tokens.get(k).is_some_and(|t| {
        let w = t.text(p.text);
        t.is_word()
            && w.starts_with(char::is_lowercase)
            && (cues::is_auxiliary_verb(w) || w.ends_with("ed") || w.ends_with('s') || frame::is_irregular_past(w))
    })
}

/// `Tory leader Michael Howard`, `Democratic presidential candidate Hillary Clinton`: the role
/// in tokens `role` before a full name is the named person's own, so that `the Tory leader` can
/// refer back to the name; a deputy's or former holder's is not (`the leader` is someone else).
fn own_role(p: &Paragraph, role: Range<usize>) -> Option<String> {
    let word = |k: usize| p.tokens.get(k).filter(|t| t.is_word() && t.quote.is_none()).map(|t| t.text(p.text));
    let modified = (role.start.saturating_sub(1)..role.end).any(|k| word(k).is_some_and(is_office_modifier));
    (!modified).then(|| token_text(p, &role))
}

/// The tokens of a role before a full name starting at token `name`: a role noun in lower case,
/// after at most three capitalised words or modifiers of office (`Tough-scrummaging prop`,
/// `Ireland coach`).
fn role_words_before_name(p: &Paragraph, name: usize) -> Option<Range<usize>> {
    const MAX_MODIFIERS: usize = 3;
    let word = |k: usize| p.tokens.get(k).filter(|t| t.is_word() && t.quote.is_none()).map(|t| t.text(p.text));
    let head = word(name.checked_sub(1)?)?;
    // (`co-chairman`, `vice-president`: the noun after a prefix.)
    let noun = head.rsplit('-').next().unwrap_or(head);
    if !head.starts_with(char::is_lowercase) || !speakers::is_occupation(noun) {
        return None;
    }
    let modifier = |w: &str| {
        (w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "An"))
            || matches!(w, "presidential" | "party" | "team" | "club" | "national" | "state" | "opposition")
    };
    let mut start = name - 1;
    while name - 1 - start < MAX_MODIFIERS && start > 0 && word(start - 1).is_some_and(modifier) {
        start -= 1;
    }
    // `Screenwriter and producer Debra Hill`: two roles joined by `and`.
    let occupation = |w: &str| cues::with_lower(w, speakers::is_occupation);
    if start >= 2 && word(start - 1) == Some("and") && word(start - 2).is_some_and(occupation) {
        start -= 2;
    }
    Some(start..name)
}

/// `deputy`, `former`, `shadow`: a word that makes an office someone else's than the one its
/// title alone names (`the prime minister` is not the deputy prime minister).
fn is_office_modifier(word: &str) -> bool {
    cues::with_lower(word, |w| {
        matches!(w, "deputy" | "vice" | "assistant" | "acting" | "former" | "shadow" | "junior" | "associate" | "under")
    })
}

/// `on 13 March Lord Goldsmith met`: a month after a day's number is no part of the name after it.
fn is_date_month(p: &Paragraph, k: usize) -> bool {
    let day = |t: &Token| t.is_word() && t.text(p.text).starts_with(|c: char| c.is_ascii_digit());
    k > 0 && day(&p.tokens[k - 1]) && cues::is_month(p.tokens[k].text(p.text))
}

/// `Said Ellis: ...`, `Added Mr. Hall, ...`: a reporting verb opening a sentence is no part of
/// the name after it.
fn opens_with_verb(p: &Paragraph, k: usize) -> bool {
    let sentence_start =
        k == 0 || matches!(p.tokens[k - 1].kind, TokenKind::Punct('.' | '!' | '?' | ':') | TokenKind::Close(_));
    sentence_start && cues::with_lower(p.tokens[k].text(p.text), cues::verb).is_some_and(|v| !v.participle)
}

/// A paragraph in title case (`Chuck Grassley Compares Trump's Attack On Judge`): at least four
/// capitalised words, and every word of five letters or more capitalised.
fn is_title_case(p: &Paragraph) -> bool {
    const MIN_WORDS: usize = 4;
    let words = || p.tokens.iter().filter(|t| t.is_word()).map(|t| t.text(p.text));
    // Running text fails at its first long word in lower case: test that first.
    !words().any(|w| w.len() >= 5 && w.starts_with(char::is_lowercase))
        && words().filter(|w| w.starts_with(char::is_uppercase)).count() >= MIN_WORDS
}

/// Closes a run of capitalised words: records the titles and the full name in it. In a title-case
/// headline a run of more than three words joins a name to the words after it (`Chuck Grassley
/// Compares Trump`) and names no one.
fn add_run(run: &mut Vec<&str>, pos: usize, headline: bool, resolver: &mut Resolver) -> Option<String> {
    const MAX_HEADLINE_RUN: usize = 3;
    if headline && run.len() > MAX_HEADLINE_RUN {
        run.clear();
        return None;
    }
    resolver.add_titled(run);
    let name = (run.len() >= 2).then(|| speakers::full_name(run)).flatten();
    if let Some(name) = &name {
        resolver.add_name(pos, name);
        if let Some(title) = title_before(run, name) {
            resolver.add_role(pos, &title, name);
        }
    }
    run.clear();
    name
}

/// `President Joe Biden`, `Prime Minister Theresa May`: the title words before a full name that
/// end in a role noun, so that `the president` can refer back to the name. A title with a
/// modifier (`Deputy Prime Minister`) is left out: `the prime minister` is someone else.
fn title_before(run: &[&str], name: &str) -> Option<String> {
    let name_words = name.bytes().filter(|&b| b == b' ').count() + 1;
    // Most runs are the name alone: no title, nothing to compare.
    let prefix = run.len().checked_sub(name_words).filter(|&n| n > 0).map(|n| &run[..n])?;
    if !cues::with_lower(prefix.last()?, speakers::is_role_noun) {
        return None;
    }
    let named = run[prefix.len()..].iter().copied().eq(name.split(' '));
    let modified = prefix.iter().any(|w| is_office_modifier(w));
    (named && !modified).then(|| prefix.join(" "))
}

/// A name (or the role before it) from token `k` stands where a subject or a speaker does: first
/// in its clause or right after a reporting verb (`said Jane Roe, the mayor,`), not inside a
/// phrase (`a filing with the Securities and Exchange Commission, the group said`).
fn subject_position(p: &Paragraph, k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|b| &p.tokens[b]) else { return true };
    !before.is_word() || cues::with_lower(before.text(p.text), cues::verb).is_some()
}

/// A role in apposition from token `k`: a noun phrase of a few words opening with an article or
/// a possessive (`the former secretary of state`, `Russia's foreign minister`), closed by a comma,
/// with no verb in it (`..., the official said,` names no role).
fn appositive_role(p: &Paragraph, k: usize) -> Option<Range<usize>> {
    const MAX_WORDS: usize = 8;
    let word = |k: usize| p.tokens.get(k).filter(|t| t.is_word() && t.quote.is_none()).map(|t| t.text(p.text));
    let first = word(k)?;
    let possessive = first.starts_with(char::is_uppercase) && cues::strip_possessive(first).len() < first.len();
    if !(matches!(first, "the" | "a" | "an") || possessive) {
        return None;
    }
    let mut end = k + 1;
    while let Some(w) = word(end) {
        let lower = w.to_lowercase();
        // A reporting verb is a noun after `of` or a determiner (`secretary of state`).
        let noun_slot = matches!(word(end - 1), Some("of" | "the" | "a" | "an"));
        let clause = matches!(lower.as_str(), "who" | "which" | "that" | "whose" | "and" | "but")
            || (cues::verb(&lower).is_some() && !noun_slot)
            || (cues::is_auxiliary(&lower) && !w.starts_with(char::is_uppercase));
        if end - k >= MAX_WORDS || clause {
            return None;
        }
        end += 1;
    }
    let closed = p.tokens.get(end).is_some_and(|t| t.is_punct(','));
    let last = word(end - 1)?;
    (closed && end - k >= 2 && !matches!(last, "the" | "a" | "an" | "of")).then_some(k..end)
}

fn token_text(p: &Paragraph, r: &Range<usize>) -> String {
    if r.start >= r.end {
        return String::new();
    }
    p.text[p.tokens[r.start].start..p.tokens[r.end - 1].end].to_string()
}

/// The quotations one attribution yields, with the speaker resolved.
fn quotes_of(p: &Paragraph, a: &Attribution, n: usize, resolver: &mut Resolver) -> Vec<Quote> {
    let mut mention = token_text(p, &a.speaker);
    let mut apposition = a.role.as_ref().map(|r| token_text(p, r));
    if let Some(names) = apposition.take_if(|r| names_in_apposition(&mention, r)) {
        apposition = Some(std::mem::replace(&mut mention, names));
    }
    let pos = p.offset + p.tokens[a.speaker.start].start;
    let possessive = possessive_of(p, a, &mention);
    let speaker = speaker_of(resolver, mention, possessive, apposition.as_deref(), pos, n);
    if let Some(document) = document_after_cue(p, a) {
        resolver.add_document(document, &speaker.name, &speaker.role);
    }
    let cue = token_text(p, &without_day(p, a.cue.clone()));
    std::iter::once(&a.content).chain(&a.more).flat_map(|c| content_quotes(p, c, &speaker, &cue, n)).collect()
}

/// `Tom Lark said in a statement`, `the firm said in its annual report`: the document the cue's
/// speaker spoke in, which `the statement` may later stand for.
fn document_after_cue<'p>(p: &Paragraph<'p>, a: &Attribution) -> Option<&'p str> {
    const MAX_MODIFIERS: usize = 2;
    let word = |k: usize| p.tokens.get(k).filter(|t| t.is_word() && t.quote.is_none()).map(|t| t.text(p.text));
    if word(a.cue.end) != Some("in") {
        return None;
    }
    word(a.cue.end + 1).filter(|w| matches!(*w, "a" | "an" | "its" | "his" | "her" | "their"))?;
    let first = a.cue.end + 2;
    (first..first + MAX_MODIFIERS + 1).map_while(word).find(|w| speakers::is_document(w))
}

/// `Two firms, Earthlink and Webroot, said`: two names joined by `and` in apposition to a plural
/// description are the speakers, and the description is their role.
fn names_in_apposition(mention: &str, apposition: &str) -> bool {
    // (Not titles before a name: `State Secretaries Otto Schlecht and Hans Tietmeyer`.)
    const MAX_NAME_WORDS: usize = 3;
    let name = |n: &str| {
        let n = n.strip_prefix("the ").unwrap_or(n);
        let words = n.split_whitespace().count();
        (1..=MAX_NAME_WORDS).contains(&words) && n.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
    };
    let names = apposition.split(" and ").collect::<Vec<_>>();
    let plural =
        mention.split_whitespace().next_back().is_some_and(|w| w.ends_with('s') && w.starts_with(char::is_lowercase));
    names.len() == 2 && names.iter().all(|n| name(n)) && plural
}

/// What a final `'s` of the speaker's mention `mention` marks. `Moody's said`, `according to
/// Moody's.`: right before a reporting verb, or ending the clause after the cue, it is part of a
/// firm's name. Before a noun it marks an owner (`Trump's claim that`, `Schilling's son`).
fn possessive_of(p: &Paragraph, a: &Attribution, mention: &str) -> Possessive {
    let next = p.tokens.get(a.speaker.end);
    let verb_follows = a.cue.start == a.speaker.end && next.is_some_and(|t| !frame::is_nominal_cue(t.text(p.text)));
    let ends_clause = a.cue.end <= a.speaker.start && next.is_none_or(|t| !t.is_word());
    let name_like =
        mention.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "&" | "of"));
    if name_like && (verb_follows || ends_clause) {
        Possessive::Name
    } else {
        Possessive::Owner
    }
}

/// A cue without the day that may open it (`on Tuesday wrote` -> `wrote`).
fn without_day(p: &Paragraph, mut cue: Range<usize>) -> Range<usize> {
    let word = |k: usize| p.tokens.get(k).map(|t| t.text(p.text));
    if cue.len() > 2 && word(cue.start) == Some("on") && word(cue.start + 1).is_some_and(cues::is_time_word) {
        cue.start += 2;
    }
    cue
}

fn content_quotes(p: &Paragraph, content: &Content, speaker: &Speaker, cue: &str, n: usize) -> Vec<Quote> {
    match content {
        Content::Quotes(spans) => {
            spans.iter().map(|&s| direct_quote(p, s, speaker.clone(), cue.to_string(), n)).collect()
        }
        Content::Clause(r) => vec![clause_quote(p, r, speaker.clone(), cue.to_string(), n)],
    }
}

/// The speaker named by `mention` at byte `pos` of paragraph `n`, resolved to the fullest name.
fn speaker_of(
    resolver: &mut Resolver,
    mention: String,
    possessive: Possessive,
    apposition: Option<&str>,
    pos: usize,
    n: usize,
) -> Speaker {
    let resolved = resolver.resolve_as(&mention, possessive, apposition, pos, n);
    Speaker { name: resolved.name, mention, role: resolved.role }
}

/// Reported speech: indirect, or mixed when the clause holds quotation marks.
fn clause_quote(p: &Paragraph, r: &Range<usize>, speaker: Speaker, cue: String, n: usize) -> Quote {
    let start = p.tokens[r.start].start;
    let end = p.tokens[r.end - 1].end;
    let quoted = !spans_in(&p.tokens, r.clone()).is_empty() || p.tokens[r.clone()].iter().any(|t| t.quote.is_some());
    let kind = if quoted { Kind::Mixed } else { Kind::Indirect };
    Quote {
        text: p.text[start..end].to_string(),
        span: p.offset + start..p.offset + end,
        speaker,
        cue,
        kind,
        paragraph: n,
    }
}

fn direct_quote(p: &Paragraph, span: usize, speaker: Speaker, cue: String, n: usize) -> Quote {
    let inner = p.spans[span].inner.clone();
    let raw = &p.text[inner.clone()];
    let lead = raw.len() - raw.trim_start().len();
    let text = raw.trim();
    let start = p.offset + inner.start + lead;
    Quote { text: text.to_string(), span: start..start + text.len(), speaker, cue, kind: Kind::Direct, paragraph: n }
}

#[cfg(test)]
mod tests;
