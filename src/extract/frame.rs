//! Attribution rules for one sentence: find the cue, the speaker and the content.
//!
//! Patterns of English reported speech, each a small function over the sentence's tokens:
//! `SPEAKER CUE [that] CONTENT`, `CONTENT, SPEAKER CUE.`, `CONTENT, CUE SPEAKER[, ROLE].`,
//! `SPEAKER told ADDRESSEE (that|:) CONTENT`, `according to SPEAKER, CONTENT` (and at the end),
//! `... quoted SPEAKER as saying`, and participles continuing a speaker (`, adding that ...`).
//! Content is either quotation spans (direct speech) or a clause (indirect, or mixed when it
//! holds quotation marks). Speaker resolution happens later, in `speakers`.

use super::cues::{self, CueClass, Words};
use super::speakers::{self, is_name_particle};
use super::tokens::{self, Kind, Token};
use std::ops::Range;

/// What a cue attributes.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// Direct speech: these quotation spans of the paragraph.
    Quotes(Vec<usize>),
    /// A reported clause: token range of the sentence.
    Clause(Range<usize>),
}

/// One attribution found in a sentence; ranges are token indices into the paragraph's tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub speaker: Range<usize>,
    pub role: Option<Range<usize>>,
    /// Token range of the cue phrase (`has said`, `quoted ... as saying`).
    pub cue: Range<usize>,
    pub content: Content,
    /// What follows an interposed cue (`A, X said, B`): B, when A is the content too.
    pub more: Option<Content>,
}

/// A sentence under analysis: the paragraph's text and tokens, the sentence's token range, and
/// which quotation spans are long enough to be quotations on their own.
pub struct Sentence<'a> {
    pub para: &'a str,
    pub tokens: &'a [Token],
    pub range: Range<usize>,
    pub long_quote: &'a [bool],
    /// Lower-case form of every word token (empty for other tokens).
    pub lower: &'a [&'a str],
    /// Tokens that [`could_be_cue`] and [`fits_context`]: the only places an attribution can start.
    pub cue_candidate: &'a [bool],
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i).filter(|_| self.range.contains(&i))?;
        (t.is_word() && t.quote.is_none()).then(|| t.text(self.para))
    }
    fn lower(&self, i: usize) -> Option<&'a str> {
        self.word(i).map(|_| self.lower[i])
    }
    fn is_punct(&self, i: usize, c: char) -> bool {
        self.range.contains(&i) && self.tokens[i].is_punct(c) && self.tokens[i].quote.is_none()
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        self.range.contains(&i).then(|| self.tokens[i].kind)
    }
    fn is_close(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Close(_)))
    }
    /// A comma, or a closing mark right after one (`"...,"`): a comma either way.
    fn is_comma(&self, i: usize) -> bool {
        self.is_punct(i, ',') || (self.is_close(i) && i > 0 && self.tokens[i - 1].is_punct(','))
    }
    fn outside(&self, i: usize) -> bool {
        self.tokens[i].quote.is_none() && !matches!(self.tokens[i].kind, Kind::Open(_) | Kind::Close(_))
    }
    /// Token `i` is a word (outside quotation marks) that starts with a capital letter.
    fn is_capitalised(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| w.starts_with(char::is_uppercase))
    }
    fn word_count(&self, r: Range<usize>) -> usize {
        r.filter(|&i| self.tokens[i].is_word()).count()
    }
}

/// Finds the attributions of a sentence, left to right; a cue inside content already attributed
/// is part of that content, not a new attribution.
pub fn attribute(s: &Sentence) -> Vec<Attribution> {
    if !s.cue_candidate[s.range.clone()].contains(&true) {
        return Vec::new();
    }
    // Strong cues first, so that a weak one (`asked`, `warned`) never swallows the clause that a
    // `said` later in the sentence attributes; a coordinated cue (`but said`) waits for the cue
    // whose speaker it shares.
    let mut found: Vec<Attribution> = Vec::new();
    for strong in [true, false] {
        let mut i = s.range.start;
        while i < s.range.end {
            let candidate = (i == s.range.start || s.cue_candidate[i])
                && !found.iter().any(|a| covers(a, i))
                && (is_strong_cue(s, i) && !follows_coordinator(s, i)) == strong;
            if let Some(a) = candidate.then(|| attribution_from(s, i, &found)).flatten() {
                i = a.cue.end.max(i + 1);
                found.push(a);
                found.sort_by_key(|a| a.cue.start);
                continue;
            }
            i += 1;
        }
    }
    found
}

/// Tokens that may start an attribution (every pattern in [`attribution_at`] and the dash); the
/// rest of the sentence is skipped without further checks. [`fits_context`] then reads the
/// words around a candidate.
pub fn could_be_cue(token: &Token, lower: &str) -> bool {
    match token.kind {
        Kind::Punct(c) => token.quote.is_none() && matches!(c, '―' | '—' | '–' | '-' | ':'),
        Kind::Word => token.quote.is_none() && cue_words().contains(lower),
        _ => false,
    }
}

/// Candidate `k` ([`could_be_cue`]) in its context. `shot`, `fired`, `hit` report only with
/// `back` after them (`"Q," she shot back`): elsewhere they are no cue at all, not even for where
/// a sentence ends (`Pedro's shot was over the line`). A verb that only characterises reports
/// only in its frame, and never in capitals (`Mayor Bill Stone`).
pub fn fits_context(para: &str, tokens: &[Token], lower: &[&str], k: usize) -> bool {
    let w = lower[k];
    let lacks_back = || lower.get(k + 1) != Some(&"back") && cues::needs_back(w);
    let out_of_frame = || {
        is_only_characterising(w)
            && !(tokens[k].text(para).starts_with(char::is_lowercase)
                && characterises_as(tokens, lower, k, tokens.len()))
    };
    let next = lower.get(k + 1).copied();
    // `the alleged terrorist`, `his reported remarks`: after a determiner, a participle is an
    // adjective (nouns after one are cues: `his claim that`).
    let after_determiner = (w.ends_with("ed") || w == "said")
        && k > 0
        && matches!(lower[k - 1], "the" | "a" | "an" | "his" | "her" | "its" | "their")
        && tokens[k - 1].text(para).contains(char::is_lowercase);
    !after_determiner
        && !lacks_back()
        && !out_of_frame()
        && !pleads_to_a_charge(w, next)
        && !writes_off(w, next)
        && !charges_ahead(w, next)
        && !adds_to_a_thing(para, tokens, lower, k)
        && !passive_with_agent(lower, k)
        && !names_press_reports(para, tokens, lower, k)
}

/// `a moratorium declared by the Soviet Union`, `interest charged by card companies`: a participle
/// with its agent after it, and no auxiliary a few words before it, is passive: no report by the
/// words before. (`said by telephone` and `responded by saying` are reports; `as reported by` and
/// `was also quoted by` are read elsewhere.)
fn passive_with_agent(lower: &[&str], k: usize) -> bool {
    const AUXILIARY_REACH: usize = 3;
    let auxiliary = lower[k.saturating_sub(AUXILIARY_REACH)..k]
        .iter()
        .any(|w| is_be(w) || matches!(*w, "as" | "get" | "got" | "gets"));
    // (`responded by first saying`: an adverb before the gerund.)
    let after_by = lower.get(k + 2..).unwrap_or_default();
    let head = after_by.iter().find(|w| !(w.ends_with("ly") || matches!(**w, "first" | "then" | "also" | "again")));
    let agent = head.is_some_and(|w| !is_medium(w) && !w.ends_with("ing"));
    lower[k].ends_with("ed") && lower.get(k + 1) == Some(&"by") && agent && !auxiliary
}

/// `by telephone`, `by email`: how something was said.
fn is_medium(w: &str) -> bool {
    matches!(
        w,
        "phone"
            | "telephone"
            | "email"
            | "e-mail"
            | "letter"
            | "fax"
            | "telex"
            | "text"
            | "video"
            | "videolink"
            | "satellite"
            | "mail"
            | "radio"
    )
}

/// `local press reports that`, `newspaper reports that`: the noun after a word naming the press
/// in lower case (`CBS News reports` is a verb), no verb.
fn names_press_reports(para: &str, tokens: &[Token], lower: &[&str], k: usize) -> bool {
    let press = |w: &str| {
        matches!(
            w,
            "press" | "newspaper" | "newspapers" | "media" | "news" | "television" | "tv" | "radio" | "unconfirmed"
        )
    };
    matches!(lower[k], "reports" | "report")
        && k > 0
        && press(lower[k - 1])
        && tokens[k - 1].text(para).starts_with(char::is_lowercase)
}

/// `wrote off 141 mln dlrs`, `wrote down the carrying value`, `wrote up the draft`: writing a
/// sum off or a document up, no report of speech.
fn writes_off(w: &str, next: Option<&str>) -> bool {
    (w.starts_with("writ") || w == "wrote") && matches!(next, Some("off" | "down" | "up"))
}

/// `charged into the fray`, `charges ahead with the plan`: moving fast, no charge laid.
fn charges_ahead(w: &str, next: Option<&str>) -> bool {
    w.starts_with("charg") && matches!(next, Some("into" | "ahead" | "through" | "forward" | "toward" | "towards"))
}

/// `Computer house buying added to strength`, `Mud adds to stress on animals`: adding to
/// something, no report of speech (but `added to allow the ratio to remain constant ... is
/// simply wrong`, an infinitive opening the clause, is one).
fn adds_to_a_thing(para: &str, tokens: &[Token], lower: &[&str], k: usize) -> bool {
    if !lower[k].starts_with("add") {
        return false;
    }
    let to = tokens.get(k + 1).is_some_and(|t| t.text(para) == "to");
    let object = tokens.get(k + 2).filter(|t| t.is_word()).map(|t| t.text(para));
    let infinitive = |w: &str| {
        matches!(
            w,
            "be" | "allow"
                | "make"
                | "keep"
                | "say"
                | "give"
                | "ensure"
                | "help"
                | "get"
                | "have"
                | "do"
                | "see"
                | "take"
                | "stop"
                | "prevent"
                | "avoid"
                | "win"
                | "put"
                | "bring"
                | "meet"
                | "reach"
                | "protect"
        )
    };
    to && object.is_some_and(|w| w.starts_with(char::is_lowercase) && !infinitive(w))
}

/// `pleaded guilty to fraud`, `pleads not guilty`: a plea in court, no report of speech.
fn pleads_to_a_charge(w: &str, next: Option<&str>) -> bool {
    w.starts_with("plead") && matches!(next, Some("guilty" | "not" | "innocent" | "no" | "gulity"))
}

/// A verb of [`CHARACTERISING_VERBS`] that is no other kind of cue.
fn is_only_characterising(w: &str) -> bool {
    static ONLY: std::sync::OnceLock<cues::WordSet> = std::sync::OnceLock::new();
    let only = ONLY.get_or_init(|| {
        let list = CHARACTERISING_VERBS.list().iter().copied();
        list.filter(|w| !NAMING_VERBS.contains(w) && cues::verb(w).is_none()).collect()
    });
    only.contains(w)
}

/// Every word [`attribution_at`] may start with.
fn cue_words() -> &'static cues::WordSet {
    static WORDS: std::sync::OnceLock<cues::WordSet> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let special = ["according", "quoted", "cited", "quoting", "cite", "cites", "citing"];
        let extra: Vec<&'static str> = special
            .iter()
            .chain(NOMINAL_CUES.list())
            .chain(NAMING_VERBS.list())
            .chain(CHARACTERISING_VERBS.list())
            .chain(FINDING_VERBS.list())
            .copied()
            .collect();
        cues::word_set_with_verbs(&extra)
    })
}

/// Cues that are nearly always reported speech, the sentence-opening colon and the dash; a colon
/// after a clause with no cue ([`colon_quotation`]) comes last.
fn is_strong_cue(s: &Sentence, i: usize) -> bool {
    i == s.range.start
        || matches!(s.kind(i), Some(Kind::Punct(c)) if c != ':')
        || s.lower(i).is_some_and(|w| {
            matches!(
                w,
                "said"
                    | "says"
                    | "say"
                    | "told"
                    | "tells"
                    | "added"
                    | "adds"
                    | "according"
                    | "quoted"
                    | "cited"
                    | "wrote"
                    | "writes"
                    | "saying"
                    | "adding"
            )
        })
}

/// The attribution whose cue is token `i`, reading only what follows earlier attributions.
fn attribution_from(s: &Sentence, i: usize, found: &[Attribution]) -> Option<Attribution> {
    if i == s.range.start {
        if let Some(a) = colon_speaker(s) {
            return Some(a);
        }
    }
    if let Some(a) = dash_speaker(s, i) {
        return Some(a);
    }
    if s.is_punct(i, ':') && s.outside(i) {
        return dash_name_colon(s, i).or_else(|| colon_quotation(s, i)).filter(|a| !claims_taken_quotes(a, found));
    }
    if !(s.outside(i) && s.tokens[i].is_word()) {
        return None;
    }
    // `Trump ... not paying an architect who said he was stiffed, saying "Q"`: speech in a
    // relative clause is not what the main clause goes on from.
    let relative_speech = |a: &Attribution| is_relative_report(s, a);
    let mut before = found.iter().filter(|a| a.cue.start < i && !relative_speech(a));
    let floor = before.clone().map(attribution_end).max();
    let rest = Sentence {
        range: floor.unwrap_or(s.range.start).min(i)..s.range.end,
        para: s.para,
        tokens: s.tokens,
        long_quote: s.long_quote,
        lower: s.lower,
        cue_candidate: s.cue_candidate,
    };
    attribution_at(&rest, i, before.next_back()).filter(|a| !claims_taken_quotes(a, found))
}

/// Where the tokens an attribution claims end. A speaker after the reported clause (`After
/// saying that ..., Jane Roe predicted`) stays free to be the subject of the next cue.
fn attribution_end(a: &Attribution) -> usize {
    let speaker_after_content =
        matches!(&a.content, Content::Clause(r) if r.end <= a.speaker.start && a.cue.end <= r.start);
    let speaker_end = if speaker_after_content { 0 } else { a.speaker.end };
    let content_end = match &a.content {
        Content::Clause(r) if speaker_after_content => r.end,
        _ => 0,
    };
    a.cue.end.max(speaker_end).max(content_end).max(a.role.as_ref().map_or(0, |r| r.end))
}

fn claims_taken_quotes(a: &Attribution, found: &[Attribution]) -> bool {
    let Content::Quotes(mine) = &a.content else { return false };
    found.iter().any(|f| matches!(&f.content, Content::Quotes(q) if q.iter().any(|n| mine.contains(n))))
}

fn covers(a: &Attribution, i: usize) -> bool {
    let in_content = match &a.content {
        Content::Clause(r) => r.contains(&i),
        Content::Quotes(_) => false,
    };
    in_content || a.speaker.contains(&i) || a.role.as_ref().is_some_and(|r| r.contains(&i))
}

fn attribution_at(s: &Sentence, i: usize, previous: Option<&Attribution>) -> Option<Attribution> {
    let w = s.lower(i)?;
    // `All told, the group raised $4 million`: a sum, not a report; `Having said that, ...`,
    // `That said, ...`: a concession.
    let opening = |phrase: &str| i == s.range.start + 1 && s.lower(s.range.start) == Some(phrase);
    if (w == "told" && opening("all")) || (w == "said" && (opening("having") || opening("that"))) {
        return None;
    }
    // `One trader, who asked not to be named, said`: a request for anonymity, not a report.
    let not_to_be = s.lower(i + 1) == Some("not") && s.lower(i + 2) == Some("to") && s.lower(i + 3) == Some("be");
    if not_to_be && matches!(w, "asked" | "asking" | "asks" | "ask" | "requested" | "requesting") {
        return None;
    }
    // `the spokesman, asked to comment on the clash, went no further than ...`: someone asked, in
    // a passive participle between commas, is not reporting.
    let passive_asked = w == "asked"
        && i > s.range.start
        && s.is_punct(i - 1, ',')
        && s.lower(i + 1)
            .is_some_and(|n| matches!(n, "to" | "about" | "if" | "whether" | "why" | "how" | "what" | "for"));
    if passive_asked {
        return None;
    }
    if w == "according" && s.lower(i + 1) == Some("to") {
        return according_to(s, i);
    }
    if is_participle_naming_a_thing(s, i, w) {
        return None;
    }
    // `told The Washington Post that ...`, `World Business Report`: a capitalised `Post` or
    // `Report` after a capitalised word ends the name of a paper or a programme.
    if matches!(s.word(i), Some("Post" | "Report")) && i > s.range.start && s.is_capitalised(i - 1) {
        return None;
    }
    // `in areas of those states that Mr. Obama won`, `several notes that ...`: a plural noun.
    if w.ends_with('s') && w != "says" && follows_determiner(s, i) {
        return None;
    }
    // `a personally signed tweet that ...`, `the widely reported claim`: a noun after an article
    // and words that describe it. (`his oft-repeated claim that` is his: [`nominal_cue`].)
    if (NOMINAL_CUES.contains(w) || matches!(w, "tweet" | "tweets")) && described_after_determiner(s, i) {
        return None;
    }
    if matches!(w, "quoted" | "cited" | "quoting") {
        if let Some(a) = quoted_as_saying(s, i) {
            return Some(a);
        }
    }
    if NOMINAL_CUES.contains(w) && s.lower(i + 1) == Some("that") {
        // `Trump’s claim that ...`; else it may be a verb (`Ana Diaz claims that ...`).
        if let Some(a) = nominal_cue(s, i) {
            return Some(a);
        }
        if !reads_as_verb_after(s, i) {
            return None;
        }
    }
    let quotation_after_comma =
        || s.is_punct(i + 1, ',') && matches!(s.kind(i + 2), Some(Kind::Open(n)) if s.long_quote[n as usize]);
    if NOMINAL_CUES.contains(w) && (s.is_punct(i + 1, ':') || quotation_after_comma()) {
        // `issued a warning: "Q"`, `issued a statement, "Q"`; else it may be a verb (`...,
        // warning: "Q"`).
        if let Some(a) = issued_statement(s, i) {
            return Some(a);
        }
    }
    if names_by_name(s, i) {
        return None;
    }
    if matches!(w, "call" | "calls" | "called" | "calling") {
        if let Some(a) = calls_out_quotation(s, i) {
            return Some(a);
        }
    }
    let characterising = CHARACTERISING_VERBS.contains(w) && characterises_as(s.tokens, s.lower, i, s.range.end);
    if characterising || NAMING_VERBS.contains(w) || cites_evidence(s, i) {
        return naming_verb(s, i, previous);
    }
    if FINDING_VERBS.contains(w) {
        return document_finding(s, i);
    }
    let verb = verb_at(s, i)?;
    if matches!(w, "put" | "puts" | "putting") && !puts_it_in_words(s, i) || posts_a_thing(s, i) {
        return None;
    }
    if follows_possessive(s, i) && (is_base_form(w) || modifies_noun(s, i)) {
        return None;
    }
    let addressee_then_that = addressee_then_that(s, i);
    if cues::needs_that(w)
        && !(s.lower(i + 1) == Some("that")
            || s.is_punct(i + 1, ':')
            || addressee_then_that
            || reports_quotation(s, i, w)
            || opens_quotation(s, i + 1)
            || long_quotation_after_verb(s, i)
            || claims_a_clause(s, i)
            || quotation_after_phrase(s, i + 1)
            || promises_to(s, i))
    {
        return None;
    }
    // `concluded an accord`, `concluded its visit`: to conclude is also to finish.
    let concludes_a_thing = w.starts_with("conclud")
        && matches!(s.lower(i + 1), Some("a" | "an" | "its" | "his" | "her" | "their" | "talks" | "negotiations"));
    if concludes_a_thing {
        return None;
    }
    if verb.participle && !is_progressive(s, i) {
        // `laughing like a kid`: manner verbs report only right after a quotation.
        if verb.class == CueClass::TailOnly {
            return None;
        }
        return participle(s, i, previous);
    }
    if i == s.range.start {
        if let Some(a) = opening_inversion(s, i) {
            return Some(a);
        }
    }
    // `"Q," said X` and `..., said Arnold Safer, president` read the speaker after the cue;
    // `..., Justin Bamberg, said` before it.
    let name_follows = name_then_punctuation(s, i + 1) || quantified_speaker(s, i + 1);
    if i > s.range.start && s.is_punct(i - 1, ',') && !(i >= 2 && s.is_close(i - 2)) && !name_follows {
        subject_first(s, i, verb.class, previous).or_else(|| inverted(s, i, verb.class))
    } else {
        inverted(s, i, verb.class).or_else(|| subject_first(s, i, verb.class, previous))
    }
}

/// The participle `w` at token `i` names a thing, it reports nothing of its subject's: passive
/// after a comma (`The campaign, first reported by The Washington Post, is ...`; but
/// `responded by pointing a finger` is a manner), or `written` with no auxiliary (`Viruses
/// written to make headlines ... are getting rarer`; but `has already written`, `I've written`).
fn is_participle_naming_a_thing(s: &Sentence, i: usize, w: &str) -> bool {
    let adverb = |k: usize| s.word(k).is_some_and(cues::is_manner_adverb) || s.lower(k) == Some("first");
    let after_comma = (i > s.range.start && s.is_punct(i - 1, ','))
        || (i > s.range.start + 1 && adverb(i - 1) && s.is_punct(i - 2, ','));
    let after_by = (i + 2..s.range.end).find(|&k| !adverb(k));
    let passive = w.ends_with("ed")
        && s.lower(i + 1) == Some("by")
        && !after_by.and_then(|k| s.lower(k)).is_some_and(|n| n.ends_with("ing"));
    if passive && after_comma {
        return true;
    }
    let adverb_between = |k: usize| {
        s.lower(k)
            .is_some_and(|w| matches!(w, "now" | "already" | "also" | "just" | "recently" | "previously" | "since"))
    };
    let auxiliary = |k: usize| {
        s.lower(k).is_some_and(|p| {
            cues::is_auxiliary_verb(p)
                || is_be(p)
                || p == "been"
                || ["'ve", "’ve", "'d", "’d"].iter().any(|x| p.ends_with(x))
        })
    };
    w == "written" && !(s.range.start..i).rev().find(|&k| !adverb_between(k)).is_some_and(auxiliary)
}

/// `as Lark put it.`, `put it bluntly:`, `"Q," as she puts it`: `put it` reports only where its
/// clause ends, not `put it on the table`.
fn puts_it_in_words(s: &Sentence, put: usize) -> bool {
    let mut k = put + 2;
    while s.word(k).is_some_and(cues::is_manner_adverb) {
        k += 1;
    }
    k >= s.range.end || matches!(s.kind(k), Some(Kind::Punct(_) | Kind::Open(_) | Kind::Close(_)))
}

/// `Marsh posted a $676m loss`, `Simonetti posted pictures`: `post` with its object right after it
/// posts a thing; it reports after a place (`posted on Facebook that ...`, `posted online:`), with
/// `that`, or before a name (`"Q," posted Roe`).
fn posts_a_thing(s: &Sentence, post: usize) -> bool {
    let posts = matches!(s.lower(post), Some("post" | "posts" | "posted" | "posting"));
    let object = || {
        s.word(post + 1).is_some_and(|w| {
            w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit() || c == '$' || c == '£')
                && !cues::is_adverbial_preposition(w)
                && !matches!(w, "that" | "online")
                && !w.ends_with("ly")
        })
    };
    posts && object()
}

/// `promised to end "the wasteful regime"`, `promised Sunday to act`: a promise made, with its
/// infinitive as content (`promise` and `promises` are as often nouns: `his promise to`).
fn promises_to(s: &Sentence, i: usize) -> bool {
    let mut k = i + 1;
    while s.word(k).is_some_and(cues::is_time_word) {
        k += 1;
    }
    // `the debate promised to be a crucial moment` is an outlook, not a promise.
    s.lower(i) == Some("promised")
        && s.lower(k) == Some("to")
        && s.lower(k + 1).is_some_and(|w| is_infinitive_verb(w) && !matches!(w, "be" | "become" | "have"))
}

/// The word before token `i` is a determiner or a quantifier: what follows is a noun. (Not a
/// possessive: `his calls for an inquiry` reports his words; nor `all` or a number, which may
/// end a subject: `... all suggests that`, `Group of 24 calls for`.)
fn follows_determiner(s: &Sentence, i: usize) -> bool {
    let Some(before) = (i > s.range.start).then(|| s.lower(i - 1)).flatten() else { return false };
    is_quantifier(before) || matches!(before, "the" | "those" | "these" | "other" | "various" | "such")
}

/// Token `i` follows an article and one or two participles or adverbs (`a personally signed`,
/// `the widely reported`).
fn described_after_determiner(s: &Sentence, i: usize) -> bool {
    const MAX_DESCRIBING: usize = 2;
    let describing = |k: usize| s.lower(k).is_some_and(|w| w.ends_with("ed") || w.ends_with("ly")) && s.outside(k);
    let words = (s.range.start..i).rev().take(MAX_DESCRIBING).take_while(|&k| describing(k)).count();
    let determiner = i.checked_sub(words + 1).filter(|&k| k >= s.range.start).and_then(|k| s.lower(k));
    words > 0 && determiner.is_some_and(|d| matches!(d, "a" | "an" | "the"))
}

/// A word that is a noun and a verb of saying (`claims`, `vow`) is a verb after a subject's last
/// word (`Yukos claims`, `officials claim`, `they vow`), an auxiliary or an adverb (`also claim`),
/// not after a determiner or an adjective (`his claim`, `fresh claims`).
fn reads_as_verb_after(s: &Sentence, i: usize) -> bool {
    if i == s.range.start {
        return false;
    }
    let (Some(word), Some(lower)) = (s.word(i - 1), s.lower(i - 1)) else { return false };
    if matches!(lower, "his" | "its" | "this" | "the" | "a" | "an" | "her" | "their" | "our" | "my" | "your") {
        return false;
    }
    word.starts_with(char::is_uppercase)
        || cues::is_pronoun(word)
        || lower.ends_with('s')
        || lower.ends_with("ly")
        || is_be(lower)
        || cues::is_auxiliary_verb(lower)
        || matches!(lower, "also" | "still" | "now" | "often" | "again" | "who")
        || names_a_source(s, i - 1)
}

/// `the report`, `the suit`, `The ad`: a determiner and a noun for what speaks in writing or a
/// speaker noun, as a subject.
fn names_a_source(s: &Sentence, k: usize) -> bool {
    let source_noun = s.lower(k).is_some_and(|w| {
        speakers::is_document(w)
            || cues::is_speaker_noun(w)
            || matches!(w, "ad" | "suit" | "lawsuit" | "complaint" | "article" | "book" | "website" | "video")
    });
    source_noun
        && k > s.range.start
        && matches!(s.lower(k - 1), Some("the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their"))
}

/// `Japan's alleged failure`, `NEC's admitted strengths`: a participle between a possessive and
/// a noun describes the noun; it reports nothing (`Moody's said the debt ...` goes on with a
/// clause).
fn modifies_noun(s: &Sentence, i: usize) -> bool {
    let noun = |w: &str| {
        w.chars().all(|c| c.is_ascii_lowercase())
            && !opens_a_phrase(w)
            && !cues::is_particle(w)
            && !cues::is_time_word(w)
            && !cues::is_manner_adverb(w)
            && !matches!(
                w,
                "that" | "this" | "these" | "those" | "to" | "it" | "its" | "there" | "no" | "not" | "some" | "any"
            )
    };
    s.lower(i).is_some_and(|w| w.ends_with("ed")) && s.word(i + 1).is_some_and(noun)
}

/// `Editor’s note:`, `the Bank’s estimate`: after a name's possessive, a cue word in its base form
/// is a noun. A pronoun's `’s` is `is` or `has` (`he’s claiming`), and a name in `’s` may be a
/// company's (`Moody’s says`, `McDonald’s said`).
fn follows_possessive(s: &Sentence, i: usize) -> bool {
    if i <= s.range.start {
        return false;
    }
    // `prosecutors’ claim`, `Census' vow`: a plural's apostrophe, as part of the word or after it.
    let plural = |w: &str| w.ends_with("s'") || w.ends_with("s’");
    let apostrophe_after_plural = (s.is_punct(i - 1, '\'') || s.is_punct(i - 1, '’'))
        && i - 1 > s.range.start
        && s.word(i - 2).is_some_and(|w| w.ends_with('s'));
    apostrophe_after_plural
        || s.word(i - 1).is_some_and(|w| {
            let owner = cues::strip_possessive(w);
            plural(w)
                || owner.len() < w.len()
                    && !cues::is_pronoun(owner)
                    && !matches!(owner, "that" | "there" | "who" | "what")
        })
}

/// Token `k` comes right after a closing quotation mark, or after one and a comma (`"Q," said`).
fn follows_quotation(s: &Sentence, k: usize) -> bool {
    k > s.range.start && (s.is_close(k - 1) || (s.is_punct(k - 1, ',') && k >= 2 && s.is_close(k - 2)))
}

/// `"Q," Conway notes.` and `"Q," agrees Ana Diaz`: right after a quotation, or closing the clause
/// after one, a verb that is also a noun reports. A base form there is a noun (`the Demos
/// report,`), a capitalised one a name (`United States`).
fn reports_quotation(s: &Sentence, i: usize, w: &str) -> bool {
    let after_quotation = follows_quotation(s, i);
    // `"Q?" he asks rhetorically.`: a manner adverb may come first.
    let mut next = cue_end(s, i);
    if s.word(next).is_some_and(cues::is_manner_adverb) {
        next += 1;
    }
    let closes_clause = next >= s.range.end || s.is_punct(next, '.') || s.is_punct(next, ',');
    let verb_form = !is_base_form(w) && s.word(i).is_some_and(|t| t.starts_with(char::is_lowercase));
    after_quotation || (closes_clause && verb_form && (s.range.start..i).any(|k| s.is_close(k)))
}

/// `asks, "Q"`: a comma, then a long quotation, at token `k`.
fn opens_quotation(s: &Sentence, k: usize) -> bool {
    s.is_punct(k, ',') && matches!(s.kind(k + 1), Some(Kind::Open(n)) if s.long_quote[n as usize])
}

/// `The ad claims “Jeb is the conservative you can trust.”`: a long quotation right after a word
/// that reads as a verb there (not after a possessive: `Trump’s comments “are ...”`).
fn long_quotation_after_verb(s: &Sentence, i: usize) -> bool {
    matches!(s.kind(i + 1), Some(Kind::Open(n)) if s.long_quote[n as usize])
        && reads_as_verb_after(s, i)
        && !follows_possessive(s, i)
}

/// `The Daily News claims the NRA's refusal ... is a form of jihad`: `claims` (`notes`,
/// `reports`, `estimates`) after a subject, then a clause without `that` (a noun phrase, then a
/// finite verb before any punctuation).
fn claims_a_clause(s: &Sentence, i: usize) -> bool {
    const MAX_SUBJECT_TOKENS: usize = 12;
    if !matches!(s.lower(i), Some("claims" | "claim" | "notes" | "reports" | "estimates")) || !reads_as_verb_after(s, i)
    {
        return false;
    }
    // `hit back at Labour claims he had ...`: after a preposition, a name and `claims` are a noun.
    let name_start = (s.range.start..i).rev().take_while(|&k| s.is_capitalised(k)).last();
    let before_name = name_start.and_then(|k| k.checked_sub(1)).and_then(|k| s.lower(k));
    if before_name.is_some_and(|w| cues::is_adverbial_preposition(w) || governs_noun(w)) {
        return false;
    }
    let opens_noun_phrase = s.word(i + 1).is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            || cues::with_lower(w, |w| {
                matches!(
                    w,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "he" | "she" | "they" | "it" | "we"
                )
            })
    });
    let verb = (i + 2..s.range.end.min(i + 2 + MAX_SUBJECT_TOKENS))
        .take_while(|&k| s.tokens[k].is_word() || !s.outside(k))
        .any(|k| {
            s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase)) && s.lower(k).is_some_and(reads_as_finite_verb)
        });
    opens_noun_phrase && verb
}

/// `asks at Western High School, "Q"`: a short prepositional phrase from token `k`, then a comma
/// and a long quotation.
fn quotation_after_phrase(s: &Sentence, k: usize) -> bool {
    const MAX_PHRASE_WORDS: usize = 6;
    if !s.lower(k).is_some_and(cues::is_adverbial_preposition) {
        return false;
    }
    let end = (k + 1..(k + 1 + MAX_PHRASE_WORDS).min(s.range.end)).find(|&n| s.word(n).is_none());
    end.is_some_and(|n| opens_quotation(s, n))
}

/// The reporting verb at token `k`, with its particle after it if it needs one (`pointed out`),
/// written in lower case (`The Gap Goes On:` is a heading).
fn verb_at(s: &Sentence, k: usize) -> Option<cues::Verb> {
    s.lower(k).and_then(cues::verb).filter(|v| v.particle.is_none_or(|p| s.word(k + 1) == Some(p)))
}

/// The token after cue `i`, past its particle if it has one.
fn cue_end(s: &Sentence, i: usize) -> usize {
    if !s.lower(i + 1).is_some_and(cues::is_particle) {
        return i + 1;
    }
    match verb_at(s, i) {
        Some(v) if v.particle.is_some() => i + 2,
        _ => i + 1,
    }
}

/// A reporting verb's base form (`note`, `estimate`), not `notes`, `noted`, `noting` or `told`.
fn is_base_form(w: &str) -> bool {
    let inflected = w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing");
    !inflected && !matches!(w, "said" | "told" | "written" | "wrote" | "spoken" | "sworn")
}

/// A noun that names a report (`claim`, `warning`): `Trump's claim that ...`.
pub fn is_nominal_cue(word: &str) -> bool {
    cues::with_lower(word, |w| NOMINAL_CUES.contains(w))
}

/// Nouns of saying whose `that` clause is someone's words: `Trump’s claim that ...`.
static NOMINAL_CUES: Words = Words::new(&[
    "claim",
    "claims",
    "assertion",
    "statement",
    "suggestion",
    "argument",
    "allegation",
    "allegations",
    "insistence",
    "warning",
    "contention",
    "promise",
    "pledge",
    "assurance",
    "admission",
    "prediction",
    "remarks",
    "comments",
    "comment",
    "declaration",
    "announcement",
    "accusation",
    "charge",
    "boast",
    "vow",
    "remark",
    "demand",
    "estimate",
    "report",
]);

/// Verbs that name something in someone's words: `called the decision a "huge win"`.
static NAMING_VERBS: Words = Words::new(&[
    "call",
    "called",
    "calls",
    "calling",
    "describe",
    "label",
    "brand",
    "dub",
    "accuse",
    "praise",
    "criticize",
    "criticise",
    "slam",
    "mock",
    "denounce",
    "labeled",
    "labelled",
    "branded",
    "dubbed",
    "described",
    "describes",
    "termed",
    // Judging verbs whose object carries the speaker's words: `accused Sanders of a "flip-flop"`.
    "accused",
    "accuses",
    "praised",
    "praises",
    "criticized",
    "criticised",
    "criticizes",
    "blasted",
    "slammed",
    "lauded",
    "dismissed",
    "blamed",
    "mocked",
    "derided",
    "hailed",
    "decried",
    "denounced",
    "condemned",
    "referred",
    "refers",
    "compared",
    "compares",
    "attacked",
    "defended",
    "rejected",
    "questioned",
    // Verbs of judging or endorsing whose object quotes the speaker: `thanked its members "for
    // their support"`, `welcomed "the recognition that ..."`.
    "chided",
    "chides",
    "scolded",
    "scolds",
    "thanked",
    "credited",
    "touted",
    "touts",
    "applauded",
    "applauds",
    "welcomed",
    "welcomes",
    "bemoaned",
    "bemoans",
    "lambasted",
    "ridiculed",
    "faulted",
    "rebuked",
    "castigated",
    "endorsed",
    "endorses",
    "rated",
    "cited",
    "cites",
    "characterized",
    "characterised",
    "characterizes",
    // The same in the progressive or after a comma: `Cruz is praising Bush as "a man who ..."`.
    "praising",
    "criticizing",
    "criticising",
    "describing",
    "accusing",
    "blasting",
    "slamming",
    "blaming",
    "mocking",
    "dismissing",
    "hailing",
    "denouncing",
    "condemning",
    "comparing",
    "attacking",
    "labeling",
    "branding",
    "chiding",
    "scolding",
    "thanking",
    "crediting",
    "touting",
    "applauding",
    "welcoming",
    "bemoaning",
    "lambasting",
    "ridiculing",
    "rebuking",
    "endorsing",
    "citing",
]);

/// Verbs that report someone's words only in the frame `VERB OBJECT as "Q"` (see
/// [`characterises_as`]): `heralded the deal as a "breakthrough"`, `portrays himself as "anti-system"`.
static CHARACTERISING_VERBS: Words = Words::new(&[
    "portray",
    "portrays",
    "portrayed",
    "portraying",
    "paint",
    "paints",
    "painted",
    "painting",
    "depict",
    "depicts",
    "depicted",
    "depicting",
    "frame",
    "frames",
    "framed",
    "framing",
    "cast",
    "casts",
    "casting",
    "herald",
    "heralds",
    "heralded",
    "heralding",
    "identify",
    "identifies",
    "identified",
    "identifying",
    "present",
    "presents",
    "presented",
    "presenting",
    "bill",
    "bills",
    "billed",
    "billing",
    "pitch",
    "pitches",
    "pitched",
    "pitching",
    "position",
    "positions",
    "positioned",
    "positioning",
    "postured",
    "styled",
    "summed",
    "sums",
    "address",
    "addresses",
    "addressed",
    "addressing",
    "refer",
    "referring",
    "declare",
    "declares",
    "declared",
    "declaring",
    "admire",
    "admires",
    "admired",
    "promote",
    "promotes",
    "promoted",
    "promoting",
    "view",
    "views",
    "viewed",
    "regard",
    "regards",
    "regarded",
    "see",
    "sees",
    "saw",
    "treat",
    "treats",
    "treated",
    "treating",
    "list",
    "lists",
    "listed",
    "offer",
    "offers",
    "offered",
    "offering",
    "recast",
    "rebranded",
    "dubbing",
    "dubs",
    "labels",
    "brands",
    "pummeled",
    "pummelled",
    "pounding",
]);

/// `heralded the deal as a "breakthrough"`, `referring to the US as the "Great Satan"`: a short
/// object (words only) after verb `i`, then `as`, perhaps an article, and a quotation. The
/// quotation is how the subject names the object, in its own words. Without an object (`known as
/// "Guccifer"`, `served as "chief"`) the quotation is a name or a title, not speech.
fn characterises_as(tokens: &[Token], lower: &[&str], i: usize, end: usize) -> bool {
    const MAX_OBJECT_WORDS: usize = 8;
    let word = |k: usize| (k < end).then(|| lower[k]).filter(|w| !w.is_empty());
    let start = if word(i + 1) == Some("to") { i + 2 } else { i + 1 };
    let Some(as_at) = (start..end).take(MAX_OBJECT_WORDS + 1).find(|&k| word(k).is_none_or(|w| w == "as")) else {
        return false;
    };
    let quote_at = if matches!(word(as_at + 1), Some("a" | "an" | "the")) { as_at + 2 } else { as_at + 1 };
    as_at > start && word(as_at) == Some("as") && quote_at < end && matches!(tokens[quote_at].kind, Kind::Open(_))
}

/// `Trump’s claim that CLAUSE`: the possessor is the speaker.
fn nominal_cue(s: &Sentence, i: usize) -> Option<Attribution> {
    let owner = i.checked_sub(1).filter(|&k| s.range.contains(&k))?;
    let word = s.word(owner)?;
    if cues::owner_pronoun(word).is_some() {
        // `her claim that ...`: the owner is a pronoun.
        let content = content_after(s, i + 2)?;
        return Some(Attribution { speaker: owner..owner + 1, role: None, cue: i..i + 2, content, more: None });
    }
    let mut start = owner;
    while start > s.range.start && s.is_capitalised(start - 1) {
        start -= 1;
    }
    // `a confirmed Breitbart News report that ...`: a name inside a determiner's noun phrase
    // owns the report too.
    const MAX_MODIFIERS: usize = 2;
    let named_in_phrase = || {
        let phrase = start.saturating_sub(MAX_MODIFIERS + 1).max(s.range.start)..start;
        word.starts_with(char::is_uppercase)
            && start > s.range.start
            && s.word(start - 1).is_some_and(|w| w.starts_with(char::is_lowercase))
            && phrase.clone().all(|k| s.word(k).is_some())
            && phrase.clone().any(|k| matches!(s.lower(k), Some("a" | "an" | "the")))
    };
    let possessive = cues::strip_possessive(word).len() < word.len() && word.starts_with(char::is_uppercase);
    let name = if possessive || named_in_phrase() { cues::strip_possessive(word) } else { return None };
    let speaker = trim_subject(s, start..owner + 1).filter(|_| !name.is_empty())?;
    let content = content_after(s, i + 2)?;
    Some(Attribution { speaker, role: None, cue: i..i + 2, content, more: None })
}

/// `Trump leaned in and boomed: "Q"`, `She then addressed the crowd again: "Q"`: a clause with no
/// reporting verb introduces a quotation with a colon; its subject is the speaker.
fn colon_quotation(s: &Sentence, colon: usize) -> Option<Attribution> {
    // With a reporting verb in the clause (`the defender said:`), that verb's rules decide, with
    // or without its particle (`Trump went even further:` has a verb of tails only).
    let reports = |k: usize| s.lower(k).and_then(cues::verb).is_none_or(|v| v.class != CueClass::TailOnly);
    // `Asked which county was his favourite, he demurred: "Q"`: an opening participle phrase
    // reports nothing of its own.
    let opening_participle = |k: usize| {
        k == s.range.start && s.lower(k).is_some_and(|w| w.ends_with("ed")) && (k..colon).any(|n| s.is_punct(n, ','))
    };
    if (s.range.start..colon)
        .any(|k| s.cue_candidate[k] && s.tokens[k].is_word() && reports(k) && !opening_participle(k))
    {
        return None;
    }
    let content = content_after(s, colon + 1).filter(|c| matches!(c, Content::Quotes(_)))?;
    let speaker = main_subject(s, colon)?;
    let first = s.word(speaker.start)?;
    // One capitalised word opening the sentence is a name only if it is no other kind of word.
    let not_a_name = |w: &str| {
        matches!(w, "it" | "one" | "between" | "among" | "after" | "before" | "despite" | "without" | "for" | "from")
            || cues::verb(w).is_some()
            || cues::is_clause_opener(w)
    };
    if is_heading(first) || (speaker.len() == 1 && cues::with_lower(first, not_a_name)) {
        return None;
    }
    Some(Attribution { speaker, role: None, cue: colon..colon + 1, content, more: None })
}

/// `Capito called over her shoulder, "Q"`, `Lark called out: "Q"`: to call out a quotation, after
/// `out` or a short phrase, is to say it (to call something a name is [`naming_verb`]'s).
fn calls_out_quotation(s: &Sentence, call: usize) -> Option<Attribution> {
    let quotation_after =
        |k: usize| opens_quotation(s, k) || (s.is_punct(k, ':') && matches!(s.kind(k + 1), Some(Kind::Open(_))));
    let cue_end = if s.lower(call + 1) == Some("out") { call + 2 } else { call + 1 };
    let phrase_end = || (cue_end..s.range.end).find(|&k| s.word(k).is_none());
    let quotation = if quotation_after(cue_end) {
        cue_end
    } else if quotation_after_phrase(s, cue_end) {
        phrase_end()?
    } else {
        return None;
    };
    if call == s.range.start {
        return None;
    }
    let subject = subject_before(s, auxiliaries_before(s, call).0)?;
    let content = content_after(s, quotation).filter(|c| matches!(c, Content::Quotes(_)))?;
    Some(Attribution { speaker: subject.speaker, role: subject.role, cue: call..cue_end, content, more: None })
}

/// `X issued the following statement: "Q"`: whoever issued (released, made ...) the statement.
fn issued_statement(s: &Sentence, i: usize) -> Option<Attribution> {
    let mut verb = i.checked_sub(1)?;
    while verb > s.range.start
        && s.lower(verb)
            .is_some_and(|w| matches!(w, "a" | "the" | "this" | "following" | "brief" | "short" | "written" | "joint"))
    {
        verb -= 1;
    }
    let issued = s
        .lower(verb)
        .is_some_and(|w| matches!(w, "issued" | "released" | "made" | "gave" | "posted" | "sent" | "put" | "out"));
    let verb = if s.lower(verb) == Some("out") { verb.checked_sub(1)? } else { verb };
    if !issued || verb == s.range.start {
        return None;
    }
    let subject = subject_before(s, auxiliaries_before(s, verb).0)?;
    let content = content_after(s, i + 2)?;
    Some(Attribution { speaker: subject.speaker, role: subject.role, cue: verb..i + 1, content, more: None })
}

/// Verbs by which a document reports what it found (`the study found that ...`).
static FINDING_VERBS: Words = Words::new(&["found", "finds", "showed", "shows"]);

/// `A report released last year found that CLAUSE`: a study, survey, poll or report speaks
/// through what it found; a person who `found that` the door was locked does not report, unless
/// the clause quotes words (`Pew found in 2014 that "about twice as many ..."`).
fn document_finding(s: &Sentence, i: usize) -> Option<Attribution> {
    const MAX_TIME_WORDS: usize = 3;
    let (cue_start, blocked) = auxiliaries_before(s, i);
    if blocked || cue_start == s.range.start {
        return None;
    }
    let that = (i + 1..s.range.end)
        .take(MAX_TIME_WORDS + 1)
        .find(|&k| s.word(k).is_none_or(|w| !is_time_phrase_word(w)))
        .filter(|&k| s.lower(k) == Some("that"))?;
    let subject = subject_before(s, cue_start)?;
    let content = content_after(s, that + 1)?;
    let document = subject.speaker.clone().rev().find(|&k| s.lower(k).is_some_and(speakers::is_document));
    let Some(document) = document else {
        let finds = matches!(s.lower(i), Some("found" | "finds"));
        let quotes_words = finds
            && match &content {
                Content::Quotes(_) => true,
                Content::Clause(clause) => clause.clone().any(|k| matches!(s.kind(k), Some(Kind::Open(_)))),
            };
        return quotes_words.then(|| Attribution {
            speaker: subject.speaker,
            role: subject.role,
            cue: cue_start..i + 1,
            content,
            more: None,
        });
    };
    // `a poll released on Monday`: the document, without when it came out.
    let participle_after = s.lower(document + 1).is_some_and(|w| w.ends_with("ed"));
    let end = if participle_after { document + 1 } else { subject.speaker.end };
    Some(Attribution {
        speaker: subject.speaker.start..end,
        role: subject.role,
        cue: cue_start..i + 1,
        content,
        more: None,
    })
}

/// `X called Y a "Z"`, `described Y as "Z"`: reported words only when the clause quotes them.
fn naming_verb(s: &Sentence, i: usize, previous: Option<&Attribution>) -> Option<Attribution> {
    let (cue_start, blocked) = auxiliaries_before(s, i);
    if blocked || cue_start == s.range.start {
        return None;
    }
    // `Trump attacked Obama, calling him "..."`: a participle after a comma reports the words of
    // the main clause's subject, or of the speaker the sentence just attributed.
    let participle = s.lower(i).is_some_and(|w| w.ends_with("ing"));
    // (`trashed Comey on “Morning Joe,” calling it ...`: a comma inside a closing mark.)
    let after_comma = participle && s.is_comma(cue_start - 1);
    // `a statement through Arsenal describing ...`: otherwise an `-ing` form has a subject only in
    // the progressive (`Cruz is praising Bush as "..."`).
    let gerund = participle && !after_comma && s.lower(i) != Some("calling") && !is_progressive(s, i);
    // `began taking calls from ...`: the word before must name someone, not be a verb.
    let after_verb = s.word(cue_start - 1).is_some_and(|w| w.ends_with("ing") && w.starts_with(char::is_lowercase));
    // `renewed calls for ...`, `growing calls for ...`: the noun, not the verb.
    let noun_calls = matches!(s.lower(i), Some("calls" | "call"))
        && s.lower(cue_start - 1).is_some_and(|w| {
            (w.len() > 4 && w.ends_with("ed"))
                || matches!(
                    w,
                    "new" | "fresh" | "growing" | "mounting" | "the" | "these" | "those" | "such" | "similar"
                )
        });
    // A base form is a verb only after an auxiliary (`went on to call`, `would describe`), not
    // after a subject (`Jewish leaders point to Trump's call for ...`, `critics call`).
    let base_form_as_noun = is_base_form(s.lower(i).unwrap_or_default())
        && cue_start == i
        && !characterises_as(s.tokens, s.lower, i, s.range.end);
    if gerund
        || after_verb
        || noun_calls
        || base_form_as_noun
        || (participle && !after_comma && s.word(cue_start - 1).is_none())
    {
        return None;
    }
    // `the man credited with developing "total football"`: a passive participle reports nothing.
    if s.lower(i + 1) == Some("with") || names_a_thing(s, cue_start, i) {
        return None;
    }
    let evidence = cites_evidence(s, i);
    // `called for an inquiry`, `called on Trump to apologize`: what was asked is reported.
    let phrasal = matches!(s.lower(i), Some("called" | "calls" | "calling" | "call"))
        && matches!(s.lower(i + 1), Some("for" | "on"))
        || evidence && s.lower(i + 1) == Some("to");
    let start = if phrasal { i + 2 } else { i + 1 };
    let mut end = clause_end(s, start);
    // `attacked the mayor, calling him "..."`: the participle reports words of its own.
    let participle_at = |k: usize| s.cue_candidate[k] && s.lower(k).is_some_and(|w| w.ends_with("ing"));
    if let Some(comma) = (start..end).find(|&k| s.is_punct(k, ',') && k + 1 < end && participle_at(k + 1)) {
        end = comma;
    }
    // `thanked Eastwood and described the film as "..."`, `addressing her as "Hillary" and telling
    // her, "..."`: the second verb reports on its own.
    if let Some(and) = (start..end).find(|&k| {
        coordinated_cue(s, k)
            || (s.lower(k) == Some("and")
                && k + 1 < end
                && (NAMING_VERBS.contains(s.lower(k + 1).unwrap_or("")) || participle_at(k + 1)))
    }) {
        end = and;
    }
    // `described Clinton as a "disgrace" after she attacked ...`: a clause of its own after the
    // naming phrase tells when or why, in the writer's words.
    if let Some(k) = (start + 2..end).find(|&k| circumstance_clause_at(s, k)) {
        end = k;
    }
    // `Though she called for pay to be "clawed back" for executives, Clinton restricted ...`:
    // after a comma a new subject and its verb open the main clause.
    if let Some(k) = (start + 2..end).find(|&k| main_clause_after_comma(s, k)) {
        end = if s.is_close(k) { k + 1 } else { k };
    }
    // The name ends the naming phrase: `called Cruz the "ultimate hypocrite," linking to ...`.
    let comma_at = |c: usize| s.is_punct(c + 1, ',') || s.para[..s.tokens[c].start].ends_with(',');
    if let Some(close) = (start..end).rev().find(|&k| s.is_close(k)).filter(|&c| c + 1 < end && comma_at(c)) {
        end = close + 1;
    }
    let quoted = (start..end).any(|k| matches!(s.tokens[k].kind, Kind::Open(_)));
    if !(quoted || phrasal || evidence || judges_object(s, i, start..end))
        || s.word_count(start..end) < 2
        || s.lower(start) == Some("for")
    {
        return None;
    }
    // `, calling him ...`, `described it as "harsh" and called on ...` and `said he had not read
    // it, but called it a "starting point"`: the speaker of the sentence's previous attribution,
    // else of its main clause.
    let speaker = if after_comma || matches!(s.lower(cue_start - 1), Some("and" | "but")) {
        let (speaker, role) = previous_or_main_subject(s, previous, cue_start - 1)?;
        Subject { speaker, role }
    } else {
        subject_before(s, cue_start)?
    };
    // `what multiple lawmakers called "fraud" led ...`: the free relative's object is the
    // quotation with the noun it modifies (`the "crooked" nominating process`), and the sentence
    // goes on after it.
    const MAX_HEAD_WORDS: usize = 2;
    let after_what = speaker.speaker.start > s.range.start && s.lower(speaker.speaker.start - 1) == Some("what");
    if let Some(close) = (start..end).find(|&k| s.is_close(k)).filter(|_| after_what) {
        let head_word = |k: usize| {
            s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
                && s.lower(k).is_some_and(|w| {
                    !reads_as_finite_verb(w)
                        && !opens_a_phrase(w)
                        && !governs_noun(w)
                        && !matches!(w, "and" | "or" | "but" | "that" | "which" | "who" | "to" | "as")
                })
        };
        end = (close + 1..end).take(MAX_HEAD_WORDS).take_while(|&k| head_word(k)).last().map_or(close + 1, |k| k + 1);
    }
    Some(Attribution {
        speaker: speaker.speaker,
        role: speaker.role,
        cue: cue_start..start,
        content: Content::Clause(start..end),
        more: None,
    })
}

/// Token `k` is a comma (outside quotation marks or just inside a closing one) and a subject of
/// one or two words (a name or a pronoun) and a verb in the past follow: `, Clinton restricted`,
/// `, she said`.
fn main_clause_after_comma(s: &Sentence, k: usize) -> bool {
    let comma = s.is_comma(k);
    let subject = |j: usize| s.word(j).is_some_and(|w| w.starts_with(char::is_uppercase) || cues::is_pronoun(w));
    let past = |j: usize| {
        s.lower(j).is_some_and(|w| (w.len() > 4 && w.ends_with("ed")) || matches!(w, "said" | "told" | "was" | "had"))
    };
    comma && subject(k + 1) && (past(k + 2) || subject(k + 2) && past(k + 3))
}

/// `a psychology class called "Perception"`, `a film named "Familias"`: a participle right after
/// a common noun and right before a short quotation gives the thing its name; nobody speaks.
fn names_a_thing(s: &Sentence, cue_start: usize, i: usize) -> bool {
    let naming = matches!(s.lower(i), Some("called" | "named" | "dubbed" | "titled" | "entitled"));
    let after_noun = cue_start == i
        && s.word(i - 1).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !cues::is_pronoun(w)
                && !cues::is_speaker_noun(w)
                && !matches!(w, "who" | "whom" | "that" | "which" | "what" | "and" | "or" | "also" | "then")
                && !w.ends_with("ly")
        });
    let short_quotation = matches!(s.kind(i + 1), Some(Kind::Open(n)) if !s.long_quote[n as usize]);
    naming && after_noun && short_quotation
}

/// `A newly formed super PAC called Future 45 ran ads`: a participle after a noun phrase opened
/// by `a` or `an`, then a name and a verb, gives a thing its name; nobody speaks (not `A spokesman
/// called Clinton a liar`).
fn names_by_name(s: &Sentence, i: usize) -> bool {
    const MAX_PHRASE_WORDS: usize = 5;
    const MAX_NAME_WORDS: usize = 4;
    if !matches!(s.lower(i), Some("called" | "named" | "dubbed")) {
        return false;
    }
    let from = i.saturating_sub(MAX_PHRASE_WORDS).max(s.range.start);
    let indefinite =
        (from..i).rev().take_while(|&k| s.word(k).is_some()).any(|k| matches!(s.lower(k), Some("a" | "an")));
    let name = |k: usize| s.word(k).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    let name_end = (i + 1..i + 1 + MAX_NAME_WORDS).find(|&k| !name(k)).unwrap_or(i + 1 + MAX_NAME_WORDS);
    indefinite && name_end > i + 1 && verb_at_token(s, name_end) && !s.lower(name_end).is_some_and(is_determiner)
}

/// `after she attacked`, `when Trump says`: a subordinating conjunction, outside quotation marks,
/// then a subject (a pronoun, or a name and a verb in the past or present tense).
fn circumstance_clause_at(s: &Sentence, k: usize) -> bool {
    let conjunction = matches!(
        s.lower(k),
        Some("after" | "before" | "when" | "while" | "because" | "since" | "although" | "though" | "until" | "unless")
    );
    const MAX_NAME_WORDS: usize = 3;
    let verb_after_name = || {
        let name_end = (k + 1..k + 1 + MAX_NAME_WORDS).find(|&j| !s.word(j).is_some_and(is_name_word)).unwrap_or(k);
        name_end > k + 1
            && s.word(name_end)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && (w.ends_with("ed") || w.ends_with('s')))
    };
    conjunction && (s.word(k + 1).is_some_and(cues::is_pronoun) || verb_after_name())
}

/// `accused the council of wasting money`, `described the plan as a waste of money`: an
/// accusation or a description reports speech with or without quotation marks, when a few words
/// (whom, what) and then its preposition follow the verb. A clause opening with the preposition
/// or `by` names the one accused or described, not the speaker (`accused by the paper of fraud`,
/// `described as a hero`).
fn judges_object(s: &Sentence, i: usize, clause: Range<usize>) -> bool {
    const MAX_OBJECT_TOKENS: usize = 8;
    let preposition = match s.lower(i) {
        Some(w) if w.starts_with("accus") => "of",
        Some(w) if w.starts_with("describ") => "as",
        _ => return false,
    };
    !matches!(s.lower(clause.start), Some(w) if w == preposition || w == "by")
        && clause
            .clone()
            .take(MAX_OBJECT_TOKENS + 1)
            .skip(1)
            .any(|k| s.lower(k) == Some(preposition) && k + 1 < clause.end)
}

/// `cited the cost of the pier`, `pointed to attacks on her campaign`: the evidence a speaker
/// puts forward is reported, with or without quotation marks. (`, citing sources` after a
/// quotation names where the words came from: not reported.)
fn cites_evidence(s: &Sentence, i: usize) -> bool {
    let cites = match s.lower(i) {
        // `The cases cited involved ...`: a participle after a noun, then the verb.
        Some("cite" | "cites" | "cited") => !s.lower(i + 1).is_some_and(|w| w.ends_with("ed")),
        // `Investors point to`, `the poll points to`; not `the arrow pointed to`, `a slow quarter
        // points to` or `two consecutive points to`.
        Some("point" | "points" | "pointed") => {
            s.lower(i + 1) == Some("to") && !follows_number(s, i) && names_someone_before(s, i)
        }
        _ => false,
    };
    // `cited SCI's announcement that it ...`: the announcement reports, for its own speaker.
    let reports_a_statement = || {
        (i + 1..i + 6).any(|k| s.lower(k).is_some_and(|w| NOMINAL_CUES.contains(w)) && s.lower(k + 1) == Some("that"))
    };
    cites && !reports_a_statement()
}

/// `fell 5.07 points to 3,817.69`, `one basis point to`: the word at token `i` is a noun after a
/// number or a determiner.
fn follows_number(s: &Sentence, i: usize) -> bool {
    i > s.range.start
        && s.word(i - 1).is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || cues::with_lower(w, |w| {
                    is_quantifier(w)
                        || matches!(
                            w,
                            "one" | "seven" | "eight" | "nine" | "ten" | "basis" | "percentage" | "the" | "a" | "its"
                        )
                })
        })
}

/// The word before token `i` names someone: a pronoun, a noun for speakers, or a name.
fn names_someone_before(s: &Sentence, i: usize) -> bool {
    let Some(w) = (i > s.range.start).then(|| s.word(i - 1)).flatten() else { return false };
    let pronoun = cues::with_lower(w, |w| matches!(w, "he" | "she" | "it" | "they" | "we" | "i"));
    pronoun || cues::is_speaker_noun(w) || (is_name_word(w) && !w.ends_with("ing"))
}

/// `"Q," said X, ROLE.` and `CONTENT, says X.`: the speaker follows the cue and ends the clause
/// (at a comma, the sentence end, a quotation, or a phrase such as `in a statement`).
fn inverted(s: &Sentence, i: usize, class: CueClass) -> Option<Attribution> {
    if class == CueClass::Tell || i == s.range.start || cue_end(s, i) > i + 1 {
        return None;
    }
    let after_close = follows_quotation(s, i);
    // `"Q," he continued` reports; `A, continued B` does not.
    if !(after_close || (s.is_punct(i - 1, ',') && class != CueClass::TailOnly)) {
        return None;
    }
    let first = s.word(i + 1)?;
    // `said engineer Ravi Okon`, `said MSNBC host Chris Matthews`: a role may come first.
    // `said 9/11 widow Terry Strada`: or a number.
    // A role has no pronoun or past verb (`former secretary of state Hillary Clinton`); right
    // after the cue, a word in -ed is an adjective (`said undecided voter Ann Cole`).
    let past =
        |k: usize, w: &str| k > i + 1 && w.len() > 4 && w.ends_with("ed") && w != "retired" && !governs_next(s, k);
    let role_word = |k: usize| {
        let not_role = |w: &str| matches!(w, "it" | "he" | "she" | "they" | "we" | "i" | "you") || past(k, w);
        s.lower(k).is_none_or(|w| !not_role(w))
    };
    let role_then_name = first.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && (i + 2..(i + 7).min(s.range.end)).take_while(|&k| role_word(k - 1)).any(|k| s.is_capitalised(k));
    let starts_np = (first.starts_with(char::is_uppercase) && !cues::is_time_word(first) && !cues::is_month(first))
        || matches!(first, "the" | "a" | "an" | "one" | "another")
        || quantified_speaker(s, i + 1)
        || (role_then_name && !ends_inverted_speaker(first));
    if !starts_np {
        return None;
    }
    let end = inverted_speaker_end(s, i);
    let ends_cleanly = end == s.range.end
        || matches!(s.kind(end), Some(Kind::Punct(',' | '.' | ';' | ':' | '(')) | Some(Kind::Open(_)))
        || s.word(end).is_some_and(ends_inverted_speaker);
    // `..., said the plan needed more study`: a noun phrase with its verb is a clause.
    let clause = (matches!(first, "the" | "a" | "an") || is_quantifier(first))
        && (i + 2..end).any(|k| s.lower(k).is_some_and(|w| has_finite_verb(&[w]) || past(k, w)));
    if !ends_cleanly || clause {
        return None;
    }
    speaker_after_cue(s, i, end)
}

/// The attribution of a speaker who follows the cue at `cue` and ends before token `end`, with a
/// role in apposition after a comma; the content is what precedes the cue.
/// `Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”`: a sentence
/// opening with the cue, then the speaker, then the quotation.
fn opening_inversion(s: &Sentence, i: usize) -> Option<Attribution> {
    // Not `Asked the reason, Evans said: "Q"`: an opening participle has its own subject.
    let inverting = matches!(s.word(i)?, "Said" | "Says" | "Added" | "Adds" | "Wrote" | "Writes");
    let first = s.word(i + 1)?;
    if !inverting || !(first.starts_with(char::is_uppercase) || is_determiner(first)) {
        return None;
    }
    let end = inverted_speaker_end(s, i);
    if !(s.is_punct(end, ',') || s.is_punct(end, ':')) {
        return None;
    }
    let speaker = trim_subject(s, i + 1..end)?;
    let role = if s.is_punct(end, ',') { apposition(s, end + 1) } else { None };
    let content = content_after(s, role.as_ref().map_or(end + 1, |r| r.end))?;
    matches!(content, Content::Quotes(_)).then_some(Attribution { speaker, role, cue: i..i + 1, content, more: None })
}

/// The end of the speaker after the cue at `i`: the first punctuation or word that cannot be part
/// of it (`in`, `who`, a time word), at most ten words on.
fn inverted_speaker_end(s: &Sentence, i: usize) -> usize {
    const MAX_SPEAKER_WORDS: usize = 10;
    let mut end = i + 1;
    // (`said a Wednesday editorial`: a day after an article names which one.)
    let day_modifier = |k: usize| {
        matches!(s.lower(k - 1), Some("a" | "an" | "the"))
            && s.word(k).is_some_and(cues::is_time_word)
            && s.word(k + 1).is_some()
    };
    let goes_on =
        |k: usize| s.word(k).is_some_and(|w| !ends_inverted_speaker(w)) || governs_next(s, k - 1) || day_modifier(k);
    while end < s.range.end && end - i <= MAX_SPEAKER_WORDS && goes_on(end) {
        end += 1;
    }
    end
}

/// The adjective or participle at `k` takes the preposition after it (`said a source close to
/// the talks`): see [`cues::describes_by_relation`].
fn governs_next(s: &Sentence, k: usize) -> bool {
    s.lower(k).zip(s.lower(k + 1)).is_some_and(|(word, preposition)| cues::describes_by_relation(word, preposition))
}

fn speaker_after_cue(s: &Sentence, cue: usize, end: usize) -> Option<Attribution> {
    let speaker = trim_subject(s, cue + 1..end)?;
    let role = if s.is_punct(end, ',') { apposition(s, end + 1) } else { None };
    // `Currently, says Dr Paniccia, telecoms equipment ...`: after an opening adverb, the
    // content follows the speaker.
    let after_adverb = cue == s.range.start + 2
        && s.is_punct(cue - 1, ',')
        && s.word(s.range.start).is_some_and(is_sentence_adverb)
        && s.is_punct(end, ',');
    let words = |r: &Range<usize>| r.clone().filter_map(|k| s.word(k)).collect::<Vec<&str>>();
    let (role, content) = if after_adverb {
        // A role there sits between commas (`, an Intel researcher,`) and has no verb; else it
        // is the content (`But, says Dr Nielsen, some things have stayed constant, namely ...`).
        // The role may open with no article (`, senior vice-president of technology at IBM,`).
        const MAX_ROLE_WORDS: usize = 12;
        let bare = || {
            let close = (end + 1..s.range.end.min(end + 2 + MAX_ROLE_WORDS)).find(|&k| s.is_punct(k, ','))?;
            let first = s.lower(end + 1)?;
            let plain = (end + 1..close).all(|k| s.word(k).is_some() && s.outside(k));
            (plain && !cues::is_adverbial_preposition(first) && !cues::is_pronoun(first)).then_some(end + 1..close)
        };
        let role = role.or_else(bare).filter(|r| s.is_punct(r.end, ',') && !has_finite_verb(&words(r)));
        let content = content_after(s, role.as_ref().map_or(end + 1, |r| r.end + 1))?;
        (role, content)
    } else {
        // `At that point, says Dr Tuffy, games could become ...`: an adverbial before the cue
        // belongs to the clause after the speaker, which is what was said.
        let before = content_before(s, cue);
        let fragment =
            |c: &Content| is_adverbial_fragment(s, c) && matches!(c, Content::Clause(r) if !has_finite_verb(&words(r)));
        match before {
            Some(before) if fragment(&before) => {
                // A role there sits between commas; else it is the clause (`, the brand would
                // survive.`). `In other words, explained X: "Q"`: a quotation may follow.
                let role = role.filter(|r| s.is_punct(r.end, ',') && !has_finite_verb(&words(r)));
                let from = role.as_ref().map_or(end, |r| r.end);
                let content = if s.is_punct(from, ':') {
                    content_after(s, from + 1)?
                } else {
                    Content::Clause(interposed_rest(s, Some(from))?)
                };
                let infinitive = opens_with_to(s, &content);
                let (speaker, role) = named_in_apposition(s, speaker, role);
                let attribution = Attribution { speaker, role, cue: cue..cue + 1, content, more: None };
                return (!infinitive).then_some(attribution);
            }
            before => (role, before?),
        }
    };
    let (speaker, role) = named_in_apposition(s, speaker, role);
    Some(Attribution { speaker, role, cue: cue..cue + 1, content, more: None })
}

/// `said one of their lawyers, Michalis Dimitrakopoulos.`, `said the company's chairman, John
/// Smith,`: a description after the cue, then a name in apposition: the name is the speaker and
/// the description its role.
fn named_in_apposition(
    s: &Sentence,
    speaker: Range<usize>,
    role: Option<Range<usize>>,
) -> (Range<usize>, Option<Range<usize>>) {
    let described = is_description(s, speaker.clone()) || is_role_phrase(s, speaker.clone());
    let name = role.clone().filter(|r| described && is_plain_name(s, r.clone())).and_then(|r| trim_subject(s, r));
    match name {
        Some(name) => (name, Some(speaker)),
        None => (speaker, role),
    }
}

/// `two`, `several`, `many`: a word that opens a plural speaker (`said two people familiar with
/// the talks`).
fn is_quantifier(w: &str) -> bool {
    matches!(w, "two" | "three" | "four" | "five" | "six" | "several" | "many" | "some" | "most" | "both" | "few")
}

/// A quantifier then, within two words, a noun for speakers from token `k` (`two people`,
/// `several senior officials`); `five local banks` and `other Iranian boats` name no speaker.
fn quantified_speaker(s: &Sentence, k: usize) -> bool {
    s.lower(k).is_some_and(is_quantifier) && (k + 1..k + 3).any(|j| s.word(j).is_some_and(cues::is_speaker_noun))
}

/// A capitalised name from token `k` that ends at punctuation or the sentence end
/// (`said Arnold Safer, president`), not a subject with its verb (`said Clinton reached out`).
fn name_then_punctuation(s: &Sentence, k: usize) -> bool {
    let mut end = k;
    while s.word(end).is_some_and(|w| w.starts_with(char::is_uppercase) || is_name_particle(w)) && end - k < 5 {
        end += 1;
    }
    end > k
        && !s.word(k).is_some_and(cues::is_pronoun)
        && (end == s.range.end || matches!(s.kind(end), Some(Kind::Punct(',' | '.' | ';'))))
}

/// Words after which an inverted speaker (`said Jane Roe in a statement`) has ended.
fn ends_inverted_speaker(w: &str) -> bool {
    cues::with_lower(w, |w| {
        matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "who"
                | "when"
                | "after"
                | "before"
                | "while"
                | "that"
                | "to"
                | "last"
                | "this"
                | "yesterday"
                | "today"
                | "earlier"
                | "later"
                | "as"
                | "referring"
                | "adding"
                | "noting"
        ) || cues::is_time_word(w)
    })
}

/// `“Q” ― Jane Roe, a voter in Ohio`: a name after a dash that follows a quotation.
fn dash_speaker(s: &Sentence, i: usize) -> Option<Attribution> {
    let dash = matches!(s.kind(i), Some(Kind::Punct('―' | '—' | '–' | '-'))) && s.tokens[i].quote.is_none();
    if !dash || i == s.range.start || !s.is_close(i - 1) {
        return None;
    }
    let mut end = i + 1;
    while s.word(end).is_some_and(|w| w.starts_with(char::is_uppercase) || is_name_particle(w)) && end - i <= 6 {
        end += 1;
    }
    let ends_cleanly = end == s.range.end || matches!(s.kind(end), Some(Kind::Punct(',' | '.' | '(')));
    if end == i + 1 || !ends_cleanly {
        return None;
    }
    speaker_after_cue(s, i, end)
}

/// `Pollsters agree - Carl Bialik: "Q"`, `... - More from Jones: "Q"`, `From the report: "Q"`:
/// after a heading and a dash, a short name, or `from` and a source, then a colon introduce a
/// quotation.
fn dash_name_colon(s: &Sentence, colon: usize) -> Option<Attribution> {
    const MAX_WORDS: usize = 6;
    let opens_with_from = matches!(s.lower(s.range.start), Some("from" | "more"));
    let mut start = if opens_with_from { s.range.start } else { spaced_dash_before(s, colon, MAX_WORDS + 2)? + 1 };
    if s.lower(start) == Some("more") && s.lower(start + 1) == Some("from") {
        start += 1;
    }
    let source = s.lower(start) == Some("from");
    let name = start + usize::from(source)..colon;
    // A reporting verb is a noun after a determiner (`the report`).
    let noun_slot = |k: usize| k > start && matches!(s.lower(k - 1), Some("the" | "a" | "an" | "this" | "that"));
    let plain = |k: usize| {
        s.lower(k).is_some_and(|w| {
            !cues::is_pronoun(w) && (noun_slot(k) || cues::verb(w).is_none()) && !has_finite_verb(&[w])
        })
    };
    let is_name = name.clone().all(plain) && (source || s.is_capitalised(name.start) && s.is_capitalised(colon - 1));
    if name.is_empty() || name.len() > MAX_WORDS || !is_name || !source && s.word(name.start).is_some_and(is_heading) {
        return None;
    }
    let content = content_after(s, colon + 1).filter(|c| matches!(c, Content::Quotes(_)))?;
    let speaker = trim_subject(s, name)?;
    Some(Attribution { speaker, role: None, cue: colon..colon + 1, content, more: None })
}

/// The last dash with a space on each side among the `window` tokens before token `end`, past
/// the sentence's first token.
fn spaced_dash_before(s: &Sentence, end: usize, window: usize) -> Option<usize> {
    let floor = end.saturating_sub(window).max(s.range.start + 1);
    let t = s.tokens;
    (floor..end).rev().find(|&k| {
        matches!(s.kind(k), Some(Kind::Punct('—' | '–' | '-')))
            && t[k].quote.is_none()
            && t[k - 1].end < t[k].start
            && t[k].end < t[k + 1].start
    })
}

/// Words that end in a colon at the start of a sentence without naming a speaker.
static NOT_SPEAKERS: Words = Words::any_case(&[
    "Update",
    "Updated",
    "Correction",
    "Note",
    "Photo",
    "Photos",
    "Video",
    "Watch",
    "Read",
    "Related",
    "Editor",
    "Editors",
    "Breaking",
    "Exclusive",
    "Analysis",
    "Opinion",
    "Q",
    "A",
    "Question",
    "Answer",
    "Example",
    "Step",
    "Part",
    "Chapter",
    "Source",
    "Sources",
    "Caption",
    "Credit",
    "Image",
    "Click",
    "Follow",
    "Email",
    "Contact",
    "Subscribe",
    "Advertisement",
    "Tags",
    "Topics",
    "Filed",
    "Posted",
    "Published",
    "Warning",
    "Listen",
    "See",
    "Also",
    "More",
    "Here",
    "This",
    "That",
    "The",
    "Why",
    "What",
    "How",
    "When",
    "Where",
    "Who",
    "Bottom",
    "Result",
    "Results",
    "Live",
    "Latest",
    "Today",
    "Tonight",
    "Now",
    "Next",
    "Previously",
    "Meanwhile",
    // Clickbait openers (`LOOK: Shocking Photos ...`, `Wow: ...`).
    "Look",
    "Wow",
    "Boom",
    "Revealed",
    "Bombshell",
    "Leaked",
    "Just",
    "Shocking",
    // Credits and line-ups (`Contributing: Iris Ouyang, ...`, `Subs: ...`).
    "Contributing",
    "Subs",
    "Replacements",
    "Preview",
    "Att",
    "Ref",
    "Goals",
]);

/// A word that opens a heading before a colon (`Update:`, `VIDEO:`), not a speaker's name.
pub fn is_heading(word: &str) -> bool {
    NOT_SPEAKERS.contains(word)
}

/// `Sanders: Clinton needs to change course`: a short name opening a sentence, then a colon.
fn colon_speaker(s: &Sentence) -> Option<Attribution> {
    const MAX_PARENTHESIS_TOKENS: usize = 8;
    let start = s.range.start;
    let mut colon = start;
    while s.is_capitalised(colon) && colon - start < 4 {
        colon += 1;
    }
    // `Rep. Trey Gowdy (R-S.C.): "..."`: a parenthesis between the name and the colon.
    let mut name_end = colon;
    let parenthesis = colon > start && s.is_punct(colon, '(');
    if parenthesis {
        let close = (colon + 1..(colon + MAX_PARENTHESIS_TOKENS).min(s.range.end)).find(|&k| s.is_punct(k, ')'));
        colon = close.map_or(colon, |c| c + 1);
    }
    if colon == start || !s.is_punct(colon, ':') {
        return role_and_name_colon(s);
    }
    if s.word(start).is_some_and(is_heading) {
        return None;
    }
    // A headline in title case: `CNN Chief On Trump: "..."` names the speaker before `On`;
    // with another function word inside (`Stealth Over Health: ...`) it names no one.
    for k in start + 1..name_end {
        match s.lower(k) {
            Some("on" | "about") => {
                name_end = k;
                break;
            }
            Some("over" | "of" | "in" | "for" | "with" | "to" | "at" | "by" | "and") => return None,
            _ => {}
        }
    }
    // `Said Ellis: "..."`: the reporting verb comes first, the speaker after it.
    let verb_first = colon - start >= 2 && s.lower(start).and_then(cues::verb).is_some_and(|v| !v.participle);
    let (name_start, cue) = if verb_first { (start + 1, start..start + 1) } else { (start, colon..colon + 1) };
    let speaker = trim_subject(s, name_start..name_end)?;
    // After a parenthesis, only a quotation (not `Replacements (from): Bozzi, Coutts, ...`).
    // Nor a list of names (`New Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold`).
    let content = content_after(s, colon + 1).filter(|c| match c {
        Content::Clause(r) => s.word_count(r.clone()) >= 4 && !parenthesis && !is_list_of_names(s, r.clone()),
        Content::Quotes(_) => true,
    })?;
    Some(Attribution { speaker, role: None, cue, content, more: None })
}

/// `r` holds two commas or more and four words in five of it are capitalised: a list of names.
fn is_list_of_names(s: &Sentence, r: Range<usize>) -> bool {
    const MIN_COMMAS: usize = 2;
    let commas = r.clone().filter(|&k| s.is_punct(k, ',')).count();
    let words = r.clone().filter(|&k| s.word(k).is_some_and(|w| w.starts_with(char::is_alphabetic))).count();
    let capitalised = r.filter(|&k| s.is_capitalised(k)).count();
    commas >= MIN_COMMAS && capitalised * 10 >= words * 8
}

/// `Former secretary of state Hillary Rodham Clinton: "..."`: a role in lower case and a name of
/// two words or more open the paragraph, then a colon and a quotation.
fn role_and_name_colon(s: &Sentence) -> Option<Attribution> {
    const MAX_WORDS: usize = 10;
    let start = s.range.start;
    let colon = (start + 1..(start + MAX_WORDS).min(s.range.end)).find(|&k| s.word(k).is_none())?;
    // Most sentences have no colon there: nothing more to read.
    if start != tokens::paragraph_start(s.tokens) || !s.is_punct(colon, ':') {
        return None;
    }
    let name_start = (start..colon).rev().find(|&k| !s.is_capitalised(k)).map_or(start, |k| k + 1);
    // A role is a noun phrase: no verb, no pronoun, no preposition but `of` (not `Peston told
    // BBC News:`, `A lesson from Loretta Lynch:`).
    // A reporting verb is a noun after `of` or a determiner (`secretary of state`).
    let role_word = |k: usize| {
        let noun_slot = k > start && matches!(s.lower(k - 1), Some("of" | "the" | "a" | "an"));
        // A capitalised word in -ed is a name (`Manchester United boss`), not a verb.
        s.lower(k).is_some_and(|w| {
            !cues::is_pronoun(w)
                && (!w.ends_with("ed") || s.is_capitalised(k))
                && (noun_slot || cues::verb(w).is_none())
                && !has_finite_verb(&[w])
                && (w == "of" || !cues::is_adverbial_preposition(w) && !cues::is_clause_opener(w))
        })
    };
    let role_words = (start..name_start).all(role_word);
    if !s.is_capitalised(start) || colon - name_start < 2 || name_start == start || !role_words {
        return None;
    }
    let content = content_after(s, colon + 1).filter(|c| matches!(c, Content::Quotes(_)))?;
    let speaker = trim_subject(s, start..colon)?;
    Some(Attribution { speaker, role: None, cue: colon..colon + 1, content, more: None })
}

/// A role in apposition starting at token `from`: up to the sentence end or the next quotation,
/// and only if it reads as a noun phrase (`a retired general`, `the chairman of ...`).
fn apposition(s: &Sentence, from: usize) -> Option<Range<usize>> {
    let first = s.word(from)?;
    let lower = s.lower(from)?;
    let noun_phrase = matches!(lower, "a" | "an" | "the" | "who" | "one" | "its" | "his" | "her" | "their")
        || first.starts_with(char::is_uppercase)
        || cues::is_speaker_noun(first);
    if !noun_phrase || cues::verb(lower).is_some_and(|v| v.participle) {
        return None;
    }
    // `said Ann Cole, who added that ...`: a second report, not a role (`who asked not to be
    // named` is one).
    let reports = |k: usize| s.cue_candidate.get(k) == Some(&true) && verb_at(s, k).is_some();
    if lower == "who" && reports(from + 1) && (s.lower(from + 2) == Some("that") || clause_opens_at(s, from + 2)) {
        return None;
    }
    let mut end = from;
    while end < s.range.end
        && s.outside(end)
        && !matches!(s.tokens[end].kind, Kind::Punct('.' | ';' | ',' | ':'))
        && end - from < 25
    {
        end += 1;
    }
    while end > from && !s.tokens[end - 1].is_word() {
        end -= 1;
    }
    (end > from).then_some(from..end)
}

/// The finite forms of say, tell and write: a report for certain, never a noun or a verb of
/// another sense (unlike `added credence`, `asked not to be named`).
fn is_plain_report(w: &str) -> bool {
    matches!(w, "said" | "says" | "told" | "tells" | "wrote" | "writes")
}

/// Attribution `a` is a report in a relative clause (`Conrac, which said ...`, `Danforth, who
/// earlier today said ...`).
fn is_relative_report(s: &Sentence, a: &Attribution) -> bool {
    const MAX_WORDS_BETWEEN: usize = 3;
    // Only adverbs and auxiliaries between the pronoun and the cue (not `who relayed it said`).
    let modifier = |w: &str| {
        is_time_phrase_word(w) || w.ends_with("ly") || cues::is_auxiliary_verb(w) || matches!(w, "first" | "once")
    };
    let from = a.cue.start.saturating_sub(MAX_WORDS_BETWEEN + 1).max(s.range.start);
    let Some(who) = (from..a.cue.start).rev().find(|&k| matches!(s.lower(k), Some("who" | "which"))) else {
        return false;
    };
    (who + 1..a.cue.start).all(|k| s.lower(k).is_some_and(modifier))
}

/// `SPEAKER [aux] CUE ...`: the subject comes first; the content follows the cue, or precedes the
/// subject when the cue closes the sentence (`CONTENT, X said.`).
fn subject_first(s: &Sentence, i: usize, class: CueClass, previous: Option<&Attribution>) -> Option<Attribution> {
    let (cue_start, passive_or_negated) = auxiliaries_before(s, i);
    if passive_or_negated || cue_start == s.range.start || reported_to_be(s, i) {
        return None;
    }
    let previous_ends_here = previous.is_some_and(|p| match &p.content {
        Content::Clause(r) => r.end + 1 == cue_start || r.end + 2 == cue_start,
        Content::Quotes(_) => false,
    });
    let subject = if let Some(p) = previous.filter(|_| previous_ends_here && coordinated_cue(s, cue_start - 1)) {
        // `X said A and warned that B`: the clause A ended at the second cue.
        Subject { speaker: p.speaker.clone(), role: p.role.clone() }
    } else if matches!(s.lower(cue_start - 1), Some("and" | "but")) {
        // `Cruz urged voters to wait and said he ...`: a second verb of the main clause, whose
        // subject is that of a verb naming something before (`Trump praised X as "Q", denounced
        // Y and said ...`). After a reported clause (`said that it could not pay, but would
        // maintain ...`) the verb may be the clause's own.
        let names_object = |p: &Attribution| {
            // The previous cue lies before this sentence's range: read the paragraph's words.
            s.lower[p.cue.clone()].iter().any(|w| NAMING_VERBS.contains(w) || CHARACTERISING_VERBS.contains(w))
        };
        let relative_between =
            |p: &Attribution| s.lower[p.cue.end..cue_start].iter().any(|w| matches!(*w, "who" | "which"));
        match previous.filter(|p| p.speaker.end <= p.cue.start && names_object(p) && !relative_between(p)) {
            Some(p) => Subject { speaker: p.speaker.clone(), role: p.role.clone() },
            None => {
                let speaker = main_subject(s, cue_start - 1).or_else(|| opening_clause_subject(s, i, cue_start - 1))?;
                Subject { speaker, role: None }
            }
        }
    } else if let Some(p) = previous.filter(|p| s.lower(cue_start - 1) == Some("who") && p.speaker.end + 2 == cue_start)
    {
        // `"Q," said Ann Cole, who added that ...`: the speaker just named goes on.
        Subject { speaker: p.speaker.clone(), role: None }
    } else {
        subject_before(s, cue_start)?
    };
    // `..., as Tom Lark said.`: the clause before `as` is what was said.
    let subject_start = match subject.start() {
        k if k > s.range.start + 1 && s.lower(k - 1) == Some("as") && (s.is_punct(k - 2, ',') || s.is_close(k - 2)) => {
            k - 1
        }
        k => k,
    };
    let after_quotation = follows_quotation(s, subject_start);
    // A quotation closed by a full stop (`"... by now." Gerrard had said ...`) ends its sentence.
    let open_ended = after_quotation && !ends_with_full_stop(s, subject_start - 1);
    if let Some(Content::Quotes(q)) = open_ended.then(|| content_before(s, subject_start)).flatten() {
        // `"Q," Merkel told reporters after the meeting ...`: the quotation is what was said,
        // however long the phrase after the cue.
        let cue = cue_start..cue_end(s, i);
        return Some(Attribution {
            speaker: subject.speaker,
            role: subject.role,
            cue,
            content: Content::Quotes(q),
            more: None,
        });
    }
    let verb_end = cue_end(s, i);
    let after = skip_adverbials(s, verb_end, class)?;
    // `X said, "Q"` goes on with a quotation; `..., X said.` and `..., X said, B` close a clause.
    let quotation_follows = after.is_some_and(|a| {
        (s.is_punct(a, ',') || s.is_punct(a, ':'))
            && matches!(s.kind(a + 1), Some(Kind::Open(n)) if s.long_quote[n as usize]
                || (s.is_punct(a, ':') || is_short_sentence(s, a + 1)) && is_all_that_was_said(s, a + 1))
    });
    // (`..., Vieux said without detailing the amount.` closes it too.)
    let closes_sentence = !quotation_follows
        && after
            .is_none_or(|a| s.is_punct(a, ',') || s.is_punct(a, '.') || s.is_punct(a, ';') || tells_speakers_act(s, a));
    let follows_content =
        subject_start > s.range.start && (s.is_punct(subject_start - 1, ',') || s.is_close(subject_start - 1));
    // `The club's investment, Ms. Tanzer said, "is a perfect example"`: a quotation opening in
    // lower case goes on with the clause before the cue.
    let quotation_goes_on = quotation_follows
        && follows_content
        && s.outside(subject_start - 1)
        && after.is_some_and(|a| {
            s.tokens.get(a + 2).is_some_and(|t| t.is_word() && t.text(s.para).starts_with(char::is_lowercase))
        });
    let (content, more) = if (closes_sentence || quotation_goes_on) && follows_content && class != CueClass::TailOnly {
        let before = if s.lower(subject_start) == Some("as") {
            as_clause_content(s, subject_start)
        } else if previous.is_some_and(|p| matches!(&p.content, Content::Clause(r) if r.end + 1 == subject_start)) {
            // `While the exchanges said A, brokers complained`: A is the exchanges' words.
            None
        } else {
            content_before(s, subject_start)
        };
        // With a clause after the cue, an adverbial before it is part of what was said (`In a
        // merger, he said, the brand would survive`).
        let rest = match after {
            Some(comma) if quotation_goes_on => content_after(s, comma),
            _ => interposed_rest(s, after).map(Content::Clause),
        };
        let before = before.filter(|c| !is_adverbial_fragment(s, c) || rest.is_some() && is_reported_adverbial(s, c));
        let narrates = |c: &Content| {
            quotation_goes_on && after.is_some_and(|comma| narrates_before_quotation(s, c, subject_start, comma + 1))
        };
        let before = before.filter(|c| !narrates(c) && !is_occasion(s, c) && !is_participle_opener(s, c));
        match (before, rest) {
            (Some(before), rest) => (before, rest),
            // An infinitive only goes on with a clause before the cue.
            (None, Some(rest)) if !opens_with_to(s, &rest) => (rest, None),
            (None, _) => return None,
        }
    } else if class == CueClass::TailOnly && !(s.is_punct(verb_end, ':') || quotation_follows) {
        // `He continued.` reports nothing; `He continued: "Q"` and `he continued, "Q"` do.
        return None;
    } else {
        // `a revaluation, which Washington has been urging for months, ...`: the cue's object is
        // the relative pronoun, and its clause ends at the comma. (`in which he declares, "Q"`
        // and `To which she said, "Q"` report.)
        let relative_object = subject_start > s.range.start + 1
            && matches!(s.lower(subject_start - 1), Some("which" | "whom"))
            && !s.lower(subject_start - 2).is_some_and(|w| governs_noun(w) || cues::is_adverbial_preposition(w));
        if relative_object && after.is_some_and(|a| s.is_punct(a, ',')) {
            return None;
        }
        let content = content_after(s, after?)?;
        if adds_a_thing(s, i, &content) || maintains_a_thing(s, i, &content) || concedes_a_score(s, i, &content) {
            return None;
        }
        // `As Cruz lamented illegal immigration, Clinton ...`: a thing before the main clause.
        // (`As the Post reported, even if ...` reports the main clause.)
        let opening_as = subject_start > s.range.start
            && s.lower(subject_start - 1) == Some("as")
            && subordinator_opening(s, subject_start - 1).is_none()
            && (s.range.start..subject_start - 1).all(|k| s.word(k).is_some_and(cues::is_discourse_word))
            && after.is_some_and(|a| !s.is_punct(a, ','));
        let subordinate = opening_as || in_subordinate_clause(s, subject_start);
        // (`As Parsons had written just a few years earlier, "Q"`: a time is no thing.)
        let timed = |c: &Content| matches!(c, Content::Clause(r) if r.clone().any(|k| s.word(k).is_some_and(cues::is_time_word)));
        match subordinate.then(|| subordinate_content(s, &content)).flatten() {
            Some(c) if opening_as && timed(&c) => (content, None),
            Some(c) if is_short_clause(s, &c) => return None,
            Some(c) => (c, None),
            None => (content, None),
        }
    };
    Some(Attribution { speaker: subject.speaker, role: subject.role, cue: cue_start..verb_end, content, more })
}

/// `The company maintains a large office in Ohio`, `she wrote a viral blog`: `maintain` with a
/// thing for its object keeps it, `write` with an indefinite or owned one makes it; they report a
/// clause (`maintains that ...`, `maintained he was innocent`) or quoted words.
fn maintains_a_thing(s: &Sentence, i: usize, content: &Content) -> bool {
    let Content::Clause(r) = content else { return false };
    let writes = s.lower(i).is_some_and(|w| w.starts_with("writ") || w == "wrote")
        && s.lower(r.start).is_some_and(|w| matches!(w, "a" | "an" | "his" | "her" | "their" | "its" | "my" | "our"));
    let maintains = s.lower(i).is_some_and(|w| w.starts_with("maintain"));
    if !(maintains || writes) || r.clone().any(|k| !s.outside(k)) {
        return false;
    }
    let words: Vec<&str> = r.clone().filter_map(|k| s.word(k)).collect();
    // (`maintained she complied with the rules`, `maintain the world needs to grow`.)
    let pronoun_subject = s.word(r.start).is_some_and(cues::is_pronoun);
    let verb_in_past = (r.start + 1..r.end).any(|k| {
        s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
            && s.lower(k).is_some_and(reads_as_finite_verb)
            && !s.lower(k - 1).is_some_and(|w| is_determiner(w) || governs_noun(w))
    });
    let verb_before_to =
        (r.start + 1..r.end).any(|k| s.lower(k).is_some_and(|w| w.ends_with('s')) && s.lower(k + 1) == Some("to"));
    let clause = s.lower(r.start) == Some("that")
        || pronoun_subject
        || has_finite_verb(&words)
        || verb_in_past
        || verb_before_to;
    !clause
}

/// `Ireland conceded a penalty`, `Forest conceded six goals`: a score given away in a game,
/// not a point granted in argument (`conceded the plan had failed`, `conceded defeat`).
fn concedes_a_score(s: &Sentence, i: usize, content: &Content) -> bool {
    const MAX_MODIFIERS: usize = 2;
    let Content::Clause(r) = content else { return false };
    let concedes = s.lower(i).is_some_and(|w| w.starts_with("conced"));
    let counted = s.lower(r.start).is_some_and(|w| {
        matches!(w, "a" | "an" | "another") || is_small_number_word(w) || w.starts_with(|c: char| c.is_ascii_digit())
    });
    let score = |k: usize| {
        s.lower(k).is_some_and(|w| {
            matches!(
                w,
                "goal"
                    | "goals"
                    | "penalty"
                    | "penalties"
                    | "try"
                    | "tries"
                    | "run"
                    | "runs"
                    | "wicket"
                    | "wickets"
                    | "corner"
                    | "corners"
                    | "free-kick"
                    | "free-kicks"
                    | "set"
                    | "sets"
                    | "frame"
                    | "frames"
                    | "point"
                    | "points"
            )
        })
    };
    concedes && counted && (r.start + 1..r.end).take(MAX_MODIFIERS + 1).any(score)
}

/// `Daiwa added 5.3% to 740 yen`, `Nintendo adds media playing to DS`: `add` with a thing for
/// its object adds the thing; it reports a clause (`added the plan needs time`, `added that ...`)
/// or words in quotation marks.
fn adds_a_thing(s: &Sentence, i: usize, content: &Content) -> bool {
    let Content::Clause(r) = content else { return false };
    if !matches!(s.lower(i), Some("add" | "adds" | "added" | "adding")) || r.clone().any(|k| !s.outside(k)) {
        return false;
    }
    // `Unilever added 8p at 2,578`, `the index added 23.9 points to 1,164.3`, `has added 50,000
    // tonnes to its purchases`: a quantity gained, then where it went (not `added 38 bids were
    // received`, `added 80 pct of exports went to ...`).
    const MAX_QUANTITY_TOKENS: usize = 8;
    let quantity =
        s.word(r.start).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€')));
    let gained = (r.start + 1..r.end)
        .take(MAX_QUANTITY_TOKENS)
        .take_while(|&k| !s.lower(k).is_some_and(reads_as_finite_verb))
        .any(|k| matches!(s.lower(k), Some("to" | "at")));
    // (`adding 70 percent of mining at the mine was halted`: a clause after all; after `added`, a
    // verb later on is the next share's: `added 20 to 5.70 and Peko closed 40 up`.)
    let adding = s.lower(i) == Some("adding");
    let clause_after_adding = || adding && r.clone().any(|k| s.lower(k).is_some_and(reads_as_finite_verb));
    if quantity && gained && !clause_after_adding() {
        return true;
    }
    if adding {
        return false;
    }
    let opens_noun = |k: usize| s.lower(k).is_some_and(|w| is_determiner(w) || matches!(w, "of" | "to" | "and"));
    // A verb in the present: `needs`, or one with an object or an infinitive after it (`seem to
    // seize`, `allow it to`), not a noun before `to the mix`.
    let takes_object_or_infinitive = |k: usize| match s.lower(k + 1) {
        Some("it" | "them" | "him" | "us" | "me") => true,
        Some("to") => s.word(k + 2).is_some_and(|w| !is_determiner(w) && is_infinitive_verb(w)),
        _ => false,
    };
    let finite = |k: usize| {
        s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
            && s.lower(k).is_some_and(|w| {
                let present = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !opens_noun(k - 1);
                w == "that" || reads_as_finite_verb(w) || present || takes_object_or_infinitive(k)
            })
    };
    !(r.start + 1..r.end).any(finite) && s.lower(r.start) != Some("that")
}

/// A clause opening with `to` (an infinitive after an interposed cue).
fn opens_with_to(s: &Sentence, content: &Content) -> bool {
    matches!(content, Content::Clause(r) if s.lower(r.start) == Some("to"))
}

/// `a scheme said to have been run by North`, `reported to be ill`, `seafarers estimated to be
/// at sea`: a passive report about the words before, not speech.
fn reported_to_be(s: &Sentence, i: usize) -> bool {
    matches!(s.lower(i), Some("said" | "reported" | "estimated" | "alleged" | "rumored" | "rumoured"))
        && s.lower(i + 1) == Some("to")
        && matches!(s.lower(i + 2), Some("be" | "have"))
}

/// The subject at token `subject` follows a conjunction opening the sentence (`While Lark said
/// the port would close, the mayor ...`, `But while Lark said ...`) or a relative pronoun after a
/// comma (`The tax, which officials say would raise $1bn, was ...`).
fn in_subordinate_clause(s: &Sentence, subject: usize) -> bool {
    let after_relative = subject > s.range.start + 1
        && matches!(s.lower(subject - 1), Some("which" | "who" | "whom"))
        && s.is_punct(subject - 2, ',');
    // `... and when Ireland conceded a penalty, Scotland kicked it to touch`: a subordinator
    // after a coordinator or a comma inside the sentence.
    let coordinated = subject > s.range.start + 1
        && s.lower(subject - 1).is_some_and(is_subordinator)
        && (s.is_punct(subject - 2, ',') || matches!(s.lower(subject - 2), Some("and" | "but" | "or")));
    after_relative || coordinated || subordinator_opening(s, subject).is_some_and(|k| k + 1 == subject)
}

/// Tokens `r` open with a relative pronoun and go on with a noun phrase naming someone, with no
/// verb: `which officials`, `which the Foreign Office`, `who the report` (not `which owns ...`).
fn relative_then_speaker(s: &Sentence, r: Range<usize>) -> bool {
    if r.len() < 2 || !matches!(s.lower(r.start), Some("which" | "who" | "whom")) {
        return false;
    }
    let phrase = r.start + 1..r.end;
    let opens_noun_phrase =
        s.lower(phrase.start).is_some_and(|w| is_determiner(w) || is_quantifier(w)) || s.is_capitalised(phrase.start);
    // `which stock market analysts`; not a verb in the present (`which includes ... The company`).
    let speaker_noun_last = s.word(phrase.end - 1).is_some_and(cues::is_speaker_noun)
        && (phrase.len() == 1 || s.lower(phrase.start).is_some_and(|w| !w.ends_with('s')));
    (opens_noun_phrase || speaker_noun_last) && !phrase.clone().any(|k| s.lower(k).is_none_or(reads_as_finite_verb))
}

/// The subordinating conjunction opening the sentence before token `end`, past connectives
/// (`And, while ...`), if there is one.
fn subordinator_opening(s: &Sentence, end: usize) -> Option<usize> {
    let opener = (s.range.start..end).find(|&k| s.word(k).is_some_and(|w| !cues::is_discourse_word(w)))?;
    s.lower(opener).is_some_and(is_subordinator).then_some(opener)
}

/// A conjunction that opens a subordinate clause (`while`, `because`, `when`); not `as`, which
/// also opens a report (`As the Post reported, ...`).
fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "while"
            | "although"
            | "though"
            | "whereas"
            | "if"
            | "because"
            | "since"
            | "once"
            | "unless"
            | "when"
            | "whenever"
            | "after"
            | "before"
            | "until"
    )
}

/// A clause reported in a subordinate clause ends at its first comma, where the main clause
/// begins (a comma inside a closing mark counts: `has the "best experience," Trump is ...`).
fn subordinate_content(s: &Sentence, content: &Content) -> Option<Content> {
    let Content::Clause(r) = content else { return None };
    // `When Clinton noted that A ― as was true ― Trump boasted`: a pair of dashes closes too,
    // before the main clause's subject (not `asserting — in one sentence — that ...`).
    let is_dash = |k: usize| matches!(s.kind(k), Some(Kind::Punct('―' | '—' | '–'))) && s.outside(k);
    let subject_next =
        |k: usize| s.word(k + 1).is_some_and(|w| w.starts_with(char::is_uppercase) || cues::is_pronoun(w));
    let closing_dash = |k: usize| is_dash(k) && subject_next(k) && (r.start..k).any(is_dash);
    let comma = r.clone().find(|&k| s.is_comma(k) || closing_dash(k))?;
    let end = if s.is_close(comma) { comma + 1 } else { comma };
    Some(Content::Clause(r.start..end))
}

/// Fewer than three words: a thing, no reported clause (`As Cruz lamented illegal immigration,`).
fn is_short_clause(s: &Sentence, content: &Content) -> bool {
    matches!(content, Content::Clause(r) if s.word_count(r.clone()) < 3)
}

/// `while most must meet requirements, the primary one is a "lawful source of income," as a memo
/// put it`: what `as` refers to is the clause just before it, from its last comma.
fn as_clause_content(s: &Sentence, at: usize) -> Option<Content> {
    let end = before_punctuation(s, s.range.start, at);
    let start = (s.range.start..end).rev().find(|&k| s.is_punct(k, ',')).map_or(s.range.start, |c| c + 1);
    let relative = s.lower(start).is_some_and(|w| matches!(w, "who" | "which" | "that"));
    (s.word_count(start..end) >= 3 && !relative).then_some(Content::Clause(start..end))
}

/// The quotation closing at or just before token `k` ends with a full stop inside its marks.
fn ends_with_full_stop(s: &Sentence, k: usize) -> bool {
    let close = if s.is_close(k) { k } else { k.saturating_sub(1) };
    close > 0 && s.tokens[close - 1].is_punct('.') && s.tokens[close - 1].quote.is_some()
}

/// `A, X said, B.`: the clause B after an interposed cue, unless it is an adverbial phrase
/// (`, he said, in his first interview`) or another attribution (`, adding that`). An
/// infinitive goes on with A (`it is his job, he said, to talk to Congress`).
fn interposed_rest(s: &Sentence, after: Option<usize>) -> Option<Range<usize>> {
    let comma = after.filter(|&a| s.is_punct(a, ','))?;
    let first = s.lower(comma + 1)?;
    // `..., she said, to "make sure ..."`: the verb may open a quotation.
    let infinitive_at = |to: usize| {
        let verb = if matches!(s.kind(to + 1), Some(Kind::Open(_))) { to + 2 } else { to + 1 };
        let word = (s.kind(verb) == Some(Kind::Word)).then(|| s.tokens[verb].text(s.para));
        s.lower(to) == Some("to") && word.is_some_and(is_infinitive_verb)
    };
    // `So it makes sense, strategists said, for Democrats to put ...`: `for` and the infinitive's
    // subject.
    const MAX_FOR_WORDS: usize = 3;
    let for_infinitive = || {
        first == "for"
            && (comma + 3..comma + 3 + MAX_FOR_WORDS).take_while(|&k| s.word(k - 1).is_some()).any(&infinitive_at)
    };
    let infinitive = infinitive_at(comma + 1) || for_infinitive();
    let adverbial = cues::is_adverbial_preposition(first) && !matches!(first, "while" | "when" | "as") && !infinitive
        || matches!(first, "according" | "citing" | "referring" | "who" | "which" | "whose")
        || verb_at(s, comma + 1).is_some_and(|v| v.participle);
    if adverbial || tells_speakers_act(s, comma + 1) {
        return None;
    }
    let end = clause_end(s, comma + 1);
    // `Oxfam says in a report, Paying the Price.`: a title in capitals names the report.
    let small = |w: &str| matches!(w, "the" | "a" | "an" | "of" | "and" | "for" | "to" | "in" | "on" | "at");
    let title = (comma + 1..end).all(|k| s.word(k).is_some_and(|w| w.starts_with(char::is_uppercase) || small(w)));
    // (`said by telephone from Milwaukee, site of the talks`: a short phrase with neither a verb
    // nor quoted words, `and "full of s---."`, is an apposition.)
    const LONG_PHRASE: usize = 6;
    let words = s.word_count(comma + 1..end);
    let verb_or_quoted = (comma + 1..end).any(|k| verb_at_token(s, k) || matches!(s.kind(k), Some(Kind::Open(_))));
    (words >= 3 && (verb_or_quoted || infinitive || words >= LONG_PHRASE) && !title).then_some(comma + 1..end)
}

/// `Marcia "Cia" Price`, `C.J. "Pete" Silas`: the quotation closing at `close` is one word in
/// capitals right after a word in capitals, with a word in capitals after it: a nickname inside
/// a name, not the end of what was said.
fn closes_nickname(s: &Sentence, close: usize) -> bool {
    let capitalised = |k: usize| s.word(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    let quoted = &s.tokens[close.saturating_sub(1)];
    close >= 3
        && s.is_close(close)
        && matches!(s.kind(close - 2), Some(Kind::Open(_)))
        && quoted.is_word()
        && quoted.text(s.para).starts_with(char::is_uppercase)
        && capitalised(close - 3)
        && capitalised(close + 1)
}

/// `Asked if anyone had offered, Peltier said, "no one has the money"`, `at critics,
/// including, he said, "politicians who tweet"`: before a cue that interrupts the clause of a
/// quotation, a participle phrase or a phrase cut at a function word is the writer's. (A
/// gerund subject, `Evaluating the candidates, Stevens said, "is a fool's errand"`, is not.)
fn narrates_before_quotation(s: &Sentence, before: &Content, subject_start: usize, open: usize) -> bool {
    let Content::Clause(r) = before else { return false };
    let comma = subject_start - 1;
    let first_quoted = s.tokens.get(open + 1).filter(|t| t.is_word()).map(|t| t.text(s.para));
    let opens_with_verb = first_quoted.is_some_and(|w| is_be(w) || cues::is_auxiliary_verb(w));
    // `Asked if ...`, `When asked if ...`.
    let participle = s.lower(past_subordinator(s, r.start)).is_some_and(|w| w.ends_with("ing") || w.ends_with("ed"));
    let cut_at_function_word = s.lower(comma - 1).is_some_and(|w| {
        cues::is_adverbial_preposition(w)
            || matches!(w, "including" | "also" | "and" | "but" | "or" | "because" | "which" | "who" | "that")
    });
    participle && !opens_with_verb || cut_at_function_word
}

/// The token after a subordinator (`when`, `while`, `after`, `before`) opening a phrase at
/// `start`, else `start`: where the phrase's participle would be.
fn past_subordinator(s: &Sentence, start: usize) -> usize {
    start + usize::from(matches!(s.lower(start), Some("when" | "while" | "after" | "before")))
}

/// `When asked whether it differed, Trump said, ...`, `Pressed on the point, she said.`: a
/// phrase opened by a participle of questioning (after `when`, `while`, `after` or `before`,
/// a past participle in lower case) running up to the speaker with no comma is the writer's
/// scene, not what was said (`Combined sales are projected to rise, it said` is).
fn is_participle_opener(s: &Sentence, content: &Content) -> bool {
    let Content::Clause(r) = content else { return false };
    let verb = past_subordinator(s, r.start);
    let when = verb > r.start;
    let word = s.word(verb).unwrap_or_default();
    let questioned = cues::with_lower(word, |w| {
        matches!(w, "asked" | "pressed" | "questioned" | "challenged" | "quizzed" | "interviewed" | "contacted")
    });
    let past_participle = when && word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase);
    (questioned || past_participle) && !r.clone().any(|k| s.is_punct(k, ','))
}

/// `In a subsequent interview with The Times, she joked ...`, `In testimony before the Senate,
/// Baker said, "..."`: a short phrase (no comma) opening with a preposition and naming a speech
/// or a document is the occasion of the words, not what was said (a longer one is a clause:
/// `After Nakasone's statement the dollar rose to ...`).
fn is_occasion(s: &Sentence, content: &Content) -> bool {
    const MAX_WORDS: usize = 10;
    let Content::Clause(r) = content else { return false };
    s.lower(r.start).is_some_and(cues::is_adverbial_preposition)
        && s.word_count(r.clone()) <= MAX_WORDS
        && !r.clone().any(|k| s.is_punct(k, ','))
        && names_report(s, r.clone())
}

/// A word of `r` names a document or an occasion of speech (`letter`, `interview`).
fn names_report(s: &Sentence, r: Range<usize>) -> bool {
    r.into_iter().any(|k| s.lower(k).is_some_and(|w| speakers::is_document(w) || is_speech_event(w)))
}

/// `By eliminating the receiving line, Ms. Tchen said, the White House ...`: an adverbial of four
/// words or more before an interposed cue belongs to the clause after it, unless it sets the
/// scene of the report (`In a letter to shareholders, X said, ...`, `Commenting on the move`).
fn is_reported_adverbial(s: &Sentence, content: &Content) -> bool {
    const MIN_WORDS: usize = 4;
    let Content::Clause(r) = content else { return false };
    let text = s.para[s.tokens[r.start].start..s.tokens[r.end - 1].end].to_ascii_lowercase();
    let connective =
        ["at the same time", "on the other hand", "on the one hand", "by the same token", "at the end of the day"]
            .iter()
            .any(|c| text.starts_with(c));
    s.word_count(r.clone()) >= MIN_WORDS && !names_report(s, r.clone()) && !connective && verb_at(s, r.start).is_none()
}

/// Nouns for an occasion of speech: `in an interview`, `in remarks to reporters`.
fn is_speech_event(word: &str) -> bool {
    matches!(
        word,
        "interview"
            | "remarks"
            | "speech"
            | "testimony"
            | "conference"
            | "hearing"
            | "call"
            | "address"
            | "comments"
            | "talks"
            | "meeting"
    )
}

/// A clause before an interposed cue that is only an adverbial (`Back in Virginia, he said, ...`).
fn is_adverbial_fragment(s: &Sentence, content: &Content) -> bool {
    let Content::Clause(r) = content else { return false };
    s.word(r.start).is_some_and(|w| {
        cues::is_clause_opener(w) || cues::with_lower(w, |w| matches!(w, "back" | "too" | "here" | "there"))
    }) && s.word_count(r.clone()) <= 6
}

/// Walks back over auxiliaries and adverbs before a cue; reports passive or negated verbs.
fn auxiliaries_before(s: &Sentence, i: usize) -> (usize, bool) {
    let mut j = i;
    let mut blocked = false;
    let progressive = is_progressive(s, i);
    while j > s.range.start {
        let Some(w) = s.lower(j - 1) else { break };
        if progressive && is_be(w) {
            // `Trump is telling voters ...`: a tense, not a passive.
        } else if cues::is_passive_auxiliary(w) || cues::is_negation(w) {
            blocked = true;
        } else if w == "to" && goes_on_to(s, j - 1) {
            // `went on to say`: the cue is the whole phrase.
            j -= 2;
        } else if w == "to" && j >= s.range.start + 2 && s.lower(j - 2).is_some_and(is_raising_verb) {
            // `appeared to suggest that ...`: a hedged report is a report.
            j -= 1;
        } else if j >= s.range.start + 2
            && s.lower(j - 2) == Some("on")
            && s.word(j - 1).is_some_and(cues::is_time_word)
        {
            // `but on Tuesday wrote that ...`: a day between subject and verb.
            j -= 1;
        } else if !cues::is_auxiliary(w) || s.is_capitalised(j - 1) {
            // A capital makes it a name (`Kelly said`, `Will said`), not an adverb or auxiliary.
            break;
        }
        j -= 1;
    }
    (j, blocked)
}

/// `appeared`, `seems`: a verb that passes its subject to the infinitive after `to`.
fn is_raising_verb(w: &str) -> bool {
    matches!(w, "appear" | "appears" | "appeared" | "seem" | "seems" | "seemed")
}

/// `went on to` ends at token `to`.
fn goes_on_to(s: &Sentence, to: usize) -> bool {
    // `went on to write and produce seven seasons` is a career, not a report.
    to >= s.range.start + 2
        && !s.lower(to + 1).is_some_and(|w| w.starts_with("writ") || w == "wrote")
        && s.lower(to - 1) == Some("on")
        && s.lower(to - 2).is_some_and(|w| matches!(w, "go" | "goes" | "went" | "going" | "gone"))
}

/// `is telling`, `was warning`: an `-ing` cue after a form of `be` (over adverbs: `is also
/// saying`) is a finite verb in the progressive. Only verbs that are speech in every sense count:
/// `is writing an episode`, `is recalling cars` and `is asking a court` report no words.
fn is_progressive(s: &Sentence, i: usize) -> bool {
    let speech = |w: &str| {
        matches!(
            w,
            "saying"
                | "telling"
                | "warning"
                | "arguing"
                | "claiming"
                | "insisting"
                | "predicting"
                | "suggesting"
                | "complaining"
                | "vowing"
                | "promising"
                | "pledging"
                | "announcing"
                | "denying"
                | "stressing"
                | "urging"
        )
    };
    // Naming verbs (`praising`, `accusing`, ...) report only what the clause quotes, so all of
    // them count.
    let naming = |w: &str| w.ends_with("ing") && (NAMING_VERBS.contains(w) || CHARACTERISING_VERBS.contains(w));
    // `The city is demanding that ...`: any other reporting verb with `that` or a quotation next.
    let reporting_then_content = |w: &str| {
        cues::verb(w).is_some_and(|v| v.participle && v.class != CueClass::TailOnly)
            && (s.lower(i + 1) == Some("that") || matches!(s.kind(i + 1), Some(Kind::Punct(':')) | Some(Kind::Open(_))))
    };
    if !s.lower(i).is_some_and(|w| speech(w) || naming(w) || reporting_then_content(w)) {
        return false;
    }
    let mut k = i;
    while k > s.range.start
        && s.lower(k - 1).is_some_and(|w| w.ends_with("ly") || matches!(w, "also" | "now" | "still"))
    {
        k -= 1;
    }
    k > s.range.start && s.lower(k - 1).is_some_and(|w| is_be(w) || is_pronoun_with_be(w))
}

fn is_be(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "been" | "be")
}

/// A subject pronoun contracted with `be`: `she’s claiming`, `they're saying`.
fn is_pronoun_with_be(w: &str) -> bool {
    let (pronoun, verb) = w.split_once(['\'', '’']).unwrap_or((w, ""));
    matches!((pronoun, verb), ("he" | "she" | "it", "s") | ("they" | "we" | "you", "re") | ("i", "m"))
}

struct Subject {
    speaker: Range<usize>,
    role: Option<Range<usize>>,
}

impl Subject {
    /// The subject's first token: its role's when the role comes first (`the mayor, Jane Roe,`).
    fn start(&self) -> usize {
        self.role.as_ref().map_or(self.speaker.start, |r| r.start.min(self.speaker.start))
    }
}

/// The subject noun phrase ending just before `end`, with a role in apposition
/// (`Khaled Khoja, the chairman of ..., said`).
fn subject_before(s: &Sentence, end: usize) -> Option<Subject> {
    // `he renewed his calls for ...`: a cue after a possessive pronoun is a noun, the owner's words.
    let cue_noun = || s.lower(end).is_some_and(|w| NOMINAL_CUES.contains(w) || matches!(w, "calls" | "call"));
    if end > s.range.start && s.word(end - 1).and_then(cues::owner_pronoun).is_some() && cue_noun() {
        return Some(Subject { speaker: end - 1..end, role: None });
    }
    if let Some(who) = relative_pronoun_before(s, end) {
        return relative_antecedent(s, who).map(|speaker| Subject { speaker, role: None });
    }
    if let Some(who) = relative_clause_before(s, end) {
        // `Watson, who has led the council since 2010, said`: the relative clause is the role.
        // `Mr. Lark, 54, who ...`: with no subject before the comma, one with a role part ending at it.
        let plain = subject_before(s, who - 1);
        let subject =
            named_before_apposition(s, who, end, plain.as_ref()).or(plain).or_else(|| subject_before(s, who))?;
        // A relative clause that reports (`Conrac, which said ..., said`) is no role.
        let reports = (who..end).any(|k| s.lower(k).is_some_and(is_plain_report));
        let role = subject.role.or((!reports).then(|| who..role_end(s, end)));
        return Some(Subject { speaker: subject.speaker, role });
    }
    if let Some(comma) = asked_between_commas(s, end) {
        return subject_before(s, comma);
    }
    if let Some((open, inner)) = dash_parenthesis(s, end) {
        // `Jason Sims — a teacher from Mount Pleasant — says`: the subject is before the
        // parenthesis, which may be its role.
        let subject = subject_before(s, open)?;
        // `A former Republican candidate -- John McCain, who lost in 2008 -- said`: a description
        // before a name between dashes is the named person's role.
        let name_end = inner.clone().find(|&k| s.is_punct(k, ',')).unwrap_or(inner.end);
        let described = s.lower(subject.speaker.start).is_some_and(|w| matches!(w, "a" | "an" | "another" | "one"));
        if described && subject.role.is_none() && is_plain_name(s, inner.start..name_end) {
            let role = Some(subject.speaker);
            return trim_subject(s, inner.start..name_end).map(|speaker| Subject { speaker, role });
        }
        let is_role = matches!(s.lower(inner.start), Some("a" | "an" | "the"));
        let role = subject.role.or_else(|| is_role.then_some(inner));
        return Some(Subject { speaker: subject.speaker, role });
    }
    let plain = subject_start(s, end, false);
    let subject = subject_between(s, plain, end).or_else(|| {
        // `Jane Roe, author of "Rise Up," said`: a title or scare quote inside the subject.
        // Only a name with the quotation in its role (not `The announcements, however, hold
        // "minimal significance" for ATT, said ...`).
        let past_titles = subject_start(s, end, true);
        let named = |sub: &Subject| s.word(sub.speaker.end - 1).is_some_and(|w| w.starts_with(char::is_uppercase));
        (past_titles != plain)
            .then(|| subject_between(s, past_titles, end))
            .flatten()
            .filter(|sub| named(sub) && sub.role.is_some())
    })?;
    // `Dr Fox refused to discuss weekend newspaper reports that ...`: a clause is no subject; but
    // a name right after its verb is the subject of the report (`It claims Mr Blair said`).
    match past_verb_after_name(s, subject.speaker.clone()) {
        None => Some(subject),
        Some(verb) if s.word(verb + 1).is_some_and(names_someone) => {
            subject_between(s, verb + 1, end).filter(|sub| sub.speaker.start == verb + 1)
        }
        Some(_) => None,
    }
}

/// `Donna Rawlings, 59, of Ashton, Md., who ...`: the name before a role in apposition that ends
/// at the comma before relative pronoun `who`, when the subject `plain` found before that comma
/// is only a part of the role (`Md.`) or the whole of a role with no definite determiner
/// (`chairman of CITIC`, `a spokeswoman for the coalition`). Not a name after a comma (`In
/// October, Mr. Paulson, who`) nor a definite noun phrase (`In a filing with the Commission, the
/// group, which`). The role runs on over the relative clause up to the cue at `end`.
fn named_before_apposition(s: &Sentence, who: usize, end: usize, plain: Option<&Subject>) -> Option<Subject> {
    const MAX_ROLE_TOKENS: usize = 16;
    let subject = subject_before(s, who)?;
    let role = subject.role.clone().filter(|_| subject.speaker.start == subject.start())?;
    // `Additionally, a new formula will be used ..., the OECD, which`: an adverb, then a clause.
    let named = is_plain_name(s, subject.speaker.clone())
        && !s.word(subject.speaker.start).is_some_and(is_sentence_adverb)
        && role.len() <= MAX_ROLE_TOKENS;
    let describes = s.word(role.start).is_some_and(|w| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
    let definite = s.lower(role.start).is_some_and(|w| is_determiner(w) && !matches!(w, "a" | "an"));
    let part_of_role =
        plain.is_none_or(|p| role.start < p.speaker.start || (role.start == p.speaker.start && !definite));
    (named && describes && part_of_role)
        .then(|| Subject { speaker: subject.speaker, role: Some(role.start..role_end(s, end)) })
}

/// The verb of the first `Name VERBED OBJECT` in tokens `r` (`Dr Fox refused to`, `Sanders
/// started a petition`, `He rejected critics'`): a name or a pronoun, a verb in the past and the
/// start of an object. Not a participle naming something (`People briefed on`, `Data collected
/// by`, `Canadian published reports`): a preposition or a noun follows those.
fn past_verb_after_name(s: &Sentence, r: Range<usize>) -> Option<usize> {
    let names = |k: usize| {
        s.word(k).is_some_and(|w| {
            (w.starts_with(char::is_uppercase) && !matches!(w, "A" | "An" | "The")) || cues::is_pronoun(w)
        })
    };
    let past = |k: usize| verb_at_token(s, k) && s.lower(k) != Some("based");
    let object = |k: usize| {
        s.lower(k).is_some_and(|w| {
            matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "its" | "this" | "these" | "those" | "to" | "up")
                || is_quantifier(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || cues::strip_possessive(w).len() < w.len()
        })
    };
    // `The Reds beat Olympiakos 3-1 ... and Benitez said`, `It claims Mr Blair said`: after an
    // irregular past or a reporting verb in the present, a name is an object too (not after an
    // -ed form, which may be an adjective: `India's state-owned National Thermal Power Corp`).
    let reports_now = |w: &str| w.ends_with('s') && cues::verb(w).is_some_and(|v| !v.participle);
    let irregular = |k: usize| s.lower(k).is_some_and(|w| is_irregular_past(w) || reports_now(w));
    let named_object = |k: usize| s.word(k).is_some_and(names_someone);
    (r.start..r.end.saturating_sub(2))
        .find(|&k| names(k) && past(k + 1) && (object(k + 2) || irregular(k + 1) && named_object(k + 2)))
        .map(|k| k + 1)
}

/// Token `k` is a verb in lower case: a finite form or an irregular past (`beat`, `brought`).
fn verb_at_token(s: &Sentence, k: usize) -> bool {
    s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
        && s.lower(k).is_some_and(|w| reads_as_finite_verb(w) || is_irregular_past(w))
}

/// A capitalised word that may open someone's name: not a word of time (`began Sunday with`),
/// nor an owner (`criticized Clinton’s record`).
fn names_someone(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && !cues::is_time_word(w) && cues::strip_possessive(w).len() == w.len()
}

/// Where the subject ending before token `end` starts: back to a clause boundary, over
/// parentheses, and over short quotations (titles) when `past_titles`.
fn subject_start(s: &Sentence, end: usize, past_titles: bool) -> usize {
    let mut start = end;
    let mut passed_comma = false;
    while start > s.range.start {
        // `Shares rose after the company said`; but `Maher, after the interview, said` and `X,
        // speaking after a meeting, said` only put a time between commas.
        passed_comma |= s.is_punct(start - 1, ',');
        if !passed_comma && opens_subordinate_clause(s, start - 1) {
            break;
        }
        // `Rep. John Mica (R-Fla.) said`: a parenthesis inside the subject.
        if s.is_punct(start - 1, ')') {
            if let Some(open) =
                (s.range.start.max(start.saturating_sub(10))..start - 1).rev().find(|&k| s.is_punct(k, '('))
            {
                start = open;
                continue;
            }
        }
        // `Jane Roe, author of "Rise Up," said`: a title or scare quote inside the subject.
        if let Some(open) = short_quotation_closing_at(s, start - 1).filter(|_| past_titles) {
            start = open;
            continue;
        }
        // `Nearly two thirds - 65% - of the people asked said`: a short aside between dashes.
        if let Some(open) = aside_between_dashes(s, start) {
            start = open;
            continue;
        }
        if is_hard_boundary(s, start - 1) && !relative_that_in_apposition(s, start - 1, end) {
            break;
        }
        start -= 1;
    }
    start
}

/// The opening dash of a short aside of words without a verb between dashes, whose closing dash
/// ends at token `end` (exclusive), inside a phrase that goes on in lower case after it (not
/// `In an email dated Feb. 12 — seven months before the attack — Eric Nordstrom informed`).
fn aside_between_dashes(s: &Sentence, end: usize) -> Option<usize> {
    const MAX_ASIDE_TOKENS: usize = 6;
    // (Most tokens are no dash: one look at the kind.)
    if !matches!(s.kind(end - 1), Some(Kind::Punct('-' | '—' | '–' | '―'))) {
        return None;
    }
    s.word(end).filter(|w| w.starts_with(char::is_lowercase))?;
    let (open, inner) = dash_parenthesis(s, end)?;
    let short = inner.len() <= MAX_ASIDE_TOKENS && inner.clone().all(|k| s.word(k).is_some() || s.is_punct(k, '%'));
    let words: Vec<&str> = inner.filter_map(|k| s.word(k)).collect();
    (short && !has_finite_verb(&words)).then_some(open)
}

/// `that` at token `k` opens a relative clause inside a role in apposition that closes with
/// the comma before `end`, not a reported clause (`Reports suggest that the company, ...,
/// said`): after a noun, either in a part opened by a comma and an article (`Harbour Services,
/// the agency that runs the port, said`) or before a verb (`Mary Susan, clad in a cape with
/// lights that formed the name Trump, said`).
fn relative_that_in_apposition(s: &Sentence, k: usize, end: usize) -> bool {
    const MAX_HEAD_WORDS: usize = 5;
    if s.lower(k) != Some("that") || !s.is_punct(end - 1, ',') || (k..end - 1).any(|j| s.is_punct(j, ',')) {
        return false;
    }
    let noun_before = s.word(k - 1).is_some_and(|w| w.starts_with(char::is_lowercase))
        && s.lower(k - 1).is_some_and(|w| !reads_as_finite_verb(w) && !governs_noun(w));
    if !noun_before {
        return false;
    }
    let opening_comma =
        |max_words: usize| (k.saturating_sub(max_words + 1).max(s.range.start)..k).rev().find(|&j| s.is_punct(j, ','));
    let opened_by_article = opening_comma(MAX_HEAD_WORDS)
        .is_some_and(|comma| comma + 2 < k && s.lower(comma + 1).is_some_and(|w| matches!(w, "the" | "a" | "an")));
    // The part before `that` is a phrase, no clause (not `..., is offering bonds that are
    // collateralized by loans, said sole underwriter Drexel Burnham`).
    const MAX_PHRASE_WORDS: usize = 12;
    let verb_after = s.word(k + 1).is_some_and(|w| w.starts_with(char::is_lowercase))
        && s.lower(k + 1).is_some_and(|w| reads_as_finite_verb(w) && !is_determiner(w))
        && opening_comma(MAX_PHRASE_WORDS).is_some_and(|comma| {
            let words: Vec<&str> = (comma + 1..k).filter_map(|j| s.word(j)).collect();
            !has_finite_verb(&words)
        });
    verb_after || opened_by_article
}

/// The subject in tokens `start..end`: the last part naming someone, with a role in apposition.
fn subject_between(s: &Sentence, start: usize, end: usize) -> Option<Subject> {
    // A comma inside a closing quotation mark (`"Rise Up," said`) separates like one after it.
    let separates =
        |k: usize| (s.is_punct(k, ',') && s.outside(k)) || (s.is_close(k) && k > 0 && s.tokens[k - 1].is_punct(','));
    // `NEW YORK, March 4 - Sumner Redstone, president of ..., said`: the dateline's comma
    // separates no part of the subject.
    let body = if start == s.range.start { after_dateline(s, start..end) } else { start };
    let commas: Vec<usize> = (body..end).filter(|&k| separates(k)).collect();
    let start = if commas.is_empty() { start } else { body };
    if commas.last() != Some(&(end - 1)) {
        let from = commas.last().map_or(start, |c| c + 1);
        // `Reince Priebus, the GOP chairman, this past week announced`: a time phrase after the
        // last comma leaves the subject before it.
        let time_phrase = |k: usize| {
            s.lower(k).is_some_and(|w| {
                is_time_phrase_word(w) || matches!(w, "this" | "last" | "past" | "coming" | "early" | "late")
            })
        };
        if from > start
            && (from..end).all(time_phrase)
            && (from..end).any(|k| s.word(k).is_some_and(cues::is_time_word))
        {
            // Only a name (`Most of that surplus, this year estimated at ...` names no one).
            let named = |sub: &Subject| {
                s.is_capitalised(sub.speaker.end - 1)
                    && !s.lower(sub.speaker.start).is_some_and(|w| matches!(w, "who" | "which" | "that"))
            };
            if let Some(subject) = subject_between(s, start, from).filter(named) {
                return Some(subject);
            }
        }
        if let Some(subject) = unclosed_apposition(s, &commas, start, end) {
            return Some(subject);
        }
        let speaker = second_clause_subject(s, from..end).or_else(|| trim_subject(s, from..end))?;
        return Some(Subject { speaker, role: None });
    }
    // `X, ROLE, said`: the speaker is the last comma-separated part that names someone, the role
    // what follows it; parts that open with a preposition or a number (`of Springfield, Va.`,
    // `31`) belong to the role.
    // A part that is a name comes first: `Chris Harvey, a delegate from Houston, Texas, said`.
    let bounds: Vec<usize> = std::iter::once(start).chain(commas.iter().map(|c| c + 1)).collect();
    let parts = bounds.len() - 1;
    // A name counts only with a role in apposition after it (`a delegate ...`, `editor of ...`),
    // not in a dateline (`OAKVILLE, Ontario, March 4 - Ford Motor Co of Canada, ..., said`).
    let is_name = |p: usize| {
        let first = s
            .word(bounds[p])
            .filter(|w| !matches!(*w, "The" | "A" | "An") && !cues::is_time_word(w) && !cues::is_month(w))
            .filter(|w| !cues::with_lower(w, cues::is_adverbial_preposition));
        // (`Rep. John Dingell (D-Mich.), chairman of ...`: the name before its parenthesis.)
        let mut last_at = commas[p] - 1;
        if s.is_punct(last_at, ')') {
            if let Some(open) = (bounds[p]..last_at).rev().find(|&k| s.is_punct(k, '(')) {
                last_at = open.saturating_sub(1);
            }
        }
        let last = s.word(last_at);
        // (`Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said`: a capitalised title and
        // `for`, `of` or `at` is a role too.)
        let titled_role = matches!(s.lower(bounds[p + 1] + 1), Some("for" | "of" | "at"))
            && s.lower(bounds[p + 1]).is_some_and(|w| is_role_word(w) || w == "mp");
        // (`Hugo Lueders, European director for public policy at CompTIA, ...`, `John Kelly, IBM
        // senior vice president, ...`: a role noun in lower case after a capitalised word or two.)
        const MAX_ROLE_MODIFIERS: usize = 4;
        let role_noun_at = |k: usize| s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase) && is_role_word(w));
        let role_after_modifiers =
            || (bounds[p + 1] + 1..(bounds[p + 1] + 1 + MAX_ROLE_MODIFIERS).min(commas[p + 1])).any(role_noun_at);
        let role_follows = s.word(bounds[p + 1]).is_some_and(|w| w.starts_with(char::is_lowercase))
            || titled_role
            || role_after_modifiers();
        // `Sen. Ted Cruz, R-Texas, and ...`: a party and a state name no one.
        let party_tag = first.is_some_and(|w| matches!(w.split_once('-'), Some(("R" | "D" | "I", _))));
        // (A name ends with two words of a name, its particles and joining words aside: `PRI
        // president Jorge de la Vega`, `Drillers Inc of Florida`; not `European director for
        // public policy at CompTIA`.)
        let joining = |w: &str| speakers::is_name_particle(w) || matches!(w, "and" | "of" | "the" | "la" | "y" | "e");
        let lower_case_word = |k: usize| s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase) && !joining(w));
        role_follows
            && !party_tag
            && [first, last].iter().all(|w| w.is_some_and(|w| w.starts_with(char::is_uppercase)))
            && !(last_at > bounds[p] && lower_case_word(last_at - 1))
    };
    // `Currently, says Dr Paniccia, ...`: an adverb and a comma before the cue open the sentence;
    // the speaker follows the cue. (`Khaleda, said ...` is a name with a stray comma.)
    if parts == 1 && commas[0] == bounds[0] + 1 && s.word(bounds[0]).is_some_and(is_sentence_adverb) {
        return None;
    }
    // `The council's chief executive, Emily Watson, said`: a description opening the clause, then
    // the name.
    // `In addition to the probe, the inspector general, Steve Linick, said`: after an opening phrase.
    if parts >= 2 {
        let (d, n) = (parts - 2, parts - 1);
        // Before the description, a phrase or the reported clause (`In addition to the probe,`),
        // not a name whose apposition it is (`Chris Harvey, a delegate from Houston, Texas, said`).
        // (`... but his lawyer, Antony Townsden, said`: after a conjunction too.)
        let conjunction =
            |k: usize| s.lower(k).is_some_and(|w| matches!(w, "but" | "and" | "while" | "although" | "yet"));
        // (`..., Nicholas F. Brady, Emery's chairman, John C. Emery, said`: a given name and a
        // surname last are the speaker whatever comes before the description.)
        let person_last = commas[n] >= bounds[n] + 2 && s.word(bounds[n]).is_some_and(speakers::is_given_name);
        let opens_clause = person_last
            || if d == 0 {
                bounds[d] == s.range.start || !s.tokens[bounds[d] - 1].is_word() || conjunction(bounds[d] - 1)
            } else {
                !is_plain_name(s, bounds[d - 1]..commas[d - 1]) && !is_name(d - 1)
            };
        // `the president of the American Soybean Association, ASA,`: the acronym names the
        // organisation in the description.
        let acronym = commas[n] == bounds[n] + 1
            && s.word(bounds[n]).is_some_and(speakers::is_acronym)
            && (bounds[d] + 1..commas[d]).any(|k| s.is_capitalised(k));
        // `a spokesman for the owners, Townsend Thoresen,`: a name that may be the owners'
        // counts as the speaker's only when it opens with a given name.
        let description_end = commas[d];
        let names_object = description_end >= bounds[d] + 3
            && s.lower(description_end - 2) == Some("the")
            && s.lower(description_end - 3) == Some("for")
            && !s.is_capitalised(description_end - 1)
            && !s.word(bounds[n]).is_some_and(speakers::is_given_name);
        // (`And a third, Daniel Traynor, said`, `When the director, James Comey, said`: a
        // connective or a subordinator opens no description.)
        let opener =
            |k: usize| s.word(k).is_some_and(cues::is_discourse_word) || s.lower(k).is_some_and(is_subordinator);
        let described = (bounds[d]..commas[d]).find(|&k| !opener(k));
        let description = described.unwrap_or(bounds[d])..commas[d];
        if opens_clause
            && !acronym
            && !names_object
            && (is_description(s, description.clone())
                || is_capitalised_title(s, description.clone())
                || is_role_phrase(s, description.clone()))
            && is_plain_name(s, bounds[n]..commas[n])
        {
            if let Some(speaker) = trim_subject(s, bounds[n]..commas[n]) {
                return Some(Subject { speaker, role: Some(description) });
            }
        }
    }
    let mut candidates: Vec<usize> = if parts == 1 { vec![0] } else { (0..parts - 1).rev().collect() };
    candidates.sort_by_key(|&p| (!is_name(p), parts - p));
    candidates.into_iter().find_map(|p| {
        let part = bounds[p]..commas[p];
        if starts_role_part(s, part.start) {
            return None;
        }
        let speaker = trim_subject(s, part)?;
        // `The company, in a statement, said`, `Lark, for his part, said`: an adverbial between
        // the commas is no role (`X, of Springfield,` and `X, from Texas,` are).
        let adverbial = |k: usize| s.lower(k).is_some_and(|w| cues::is_adverbial_preposition(w) && w != "from");
        // `Murphy, however, said`: a sentence adverb between the commas is no role either.
        let lone_adverb = |r: &Range<usize>| r.len() == 1 && s.word(r.start).is_some_and(is_interjected_adverb);
        let role = Some(commas[p] + 1..role_end(s, end))
            .filter(|r| r.start < r.end && s.word(r.start).is_some() && !adverbial(r.start) && !lone_adverb(r));
        Some(Subject { speaker, role })
    })
}

/// `Chris Panayis, managing director of ISP Freedom2surf said`: a full name, a comma, then a
/// role (a noun and `of`, `at` or `for` within its first words) that no second comma closes
/// before the cue at `end`.
fn unclosed_apposition(s: &Sentence, commas: &[usize], start: usize, end: usize) -> Option<Subject> {
    const MAX_ROLE_HEAD_WORDS: usize = 4;
    let (&comma, before) = commas.split_last()?;
    let mut name = before.last().map_or(start, |c| c + 1)..comma;
    // `But Neil Harl, professor of ...`
    while s.word(name.start).is_some_and(cues::is_discourse_word) {
        name.start += 1;
    }
    let role = comma + 1..end;
    let preposition = s.lower(name.start).is_some_and(cues::is_adverbial_preposition);
    let full_name = name.len() >= 2 && !preposition && is_plain_name(s, name.clone());
    // `Katie Packer, who is chairman of Our Principles PAC said`, `Nate Silver, the polling guru
    // who founded the site tweeted`.
    const MAX_DESCRIPTION_WORDS: usize = 4;
    let described = |k: usize| {
        matches!(s.lower(k), Some("the" | "a" | "an"))
            && (k + 1..role.end)
                .take(MAX_DESCRIPTION_WORDS + 1)
                .find(|&j| s.word(j).is_none_or(|w| !w.starts_with(char::is_lowercase)) || s.lower(j) == Some("who"))
                .is_some_and(|j| s.lower(j) == Some("who") && j > k + 1)
    };
    let relative = s.lower(role.start) == Some("who") || described(role.start);
    // `professor of`, `acting political director of`, `a spokesman for`, `the head of`: one
    // person (not `In New York, traders at the exchange said`).
    let role_noun = |w: &str| (is_role_word(w) || w == "head") && !w.ends_with('s');
    let head_end =
        role.clone().take(MAX_ROLE_HEAD_WORDS + 1).find(|&k| matches!(s.lower(k), Some("of" | "at" | "for")));
    let lower_case = s.word(role.start).is_some_and(|w| w.starts_with(char::is_lowercase));
    let role_head = head_end.is_some_and(|e| lower_case && (role.start..e).any(|k| s.lower(k).is_some_and(role_noun)));
    // `Alan Milburn, Labour's election strategist told`: an owner, then the role noun.
    let owned_role = role.len() <= MAX_ROLE_HEAD_WORDS
        && s.word(role.start).is_some_and(|w| cues::strip_possessive(w).len() < w.len())
        && s.lower(end - 1).is_some_and(role_noun);
    if !(full_name && (relative || role_head || owned_role)) {
        return None;
    }
    Some(Subject { speaker: trim_subject(s, name)?, role: Some(role) })
}

/// The end of a role in apposition before the cue at `end`: before its comma, or after a closing
/// mark with the comma inside (`author of "Rise Up,"`).
fn role_end(s: &Sentence, end: usize) -> usize {
    if s.is_close(end - 1) {
        end
    } else {
        end - 1
    }
}

/// The opening token of a quotation too short to be speech (a title or scare quote) whose
/// closing mark is token `close`.
fn short_quotation_closing_at(s: &Sentence, close: usize) -> Option<usize> {
    let Some(Kind::Close(n)) = s.kind(close) else { return None };
    if s.long_quote[n as usize] {
        return None;
    }
    (s.range.start..close).rev().find(|&k| s.kind(k) == Some(Kind::Open(n)))
}

/// A word in lower case that opens a phrase of its own, so it is no noun, verb or modifier in the
/// phrase before it: a pronoun, a determiner or a preposition.
fn opens_a_phrase(w: &str) -> bool {
    cues::is_pronoun(w) || is_determiner(w) || cues::is_adverbial_preposition(w)
}

/// An article or a possessive pronoun, in lower case.
fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our")
}

/// A noun phrase of two words or more opening with a determiner, a possessive name or a part of
/// a group (`the council's chief executive`, `Apple's spokesman`, `her lawyer`, `one of his aides`).
fn is_description(s: &Sentence, r: Range<usize>) -> bool {
    const MAX_WORDS: usize = 8;
    let Some(first) = s.word(r.start) else { return false };
    // (`One pastor supporting Mr. Cruz, Darran Whiting, said`.)
    let determiner = cues::with_lower(first, |w| is_determiner(w) || matches!(w, "one" | "another"));
    let possessive = first.starts_with(char::is_uppercase) && cues::strip_possessive(first).len() < first.len();
    // `One of the authors of the report`, `Two of his aides`.
    let partitive = cues::with_lower(first, |w| w == "one" || is_quantifier(w)) && s.lower(r.start + 1) == Some("of");
    let Some(words) = r.clone().map(|k| s.word(k)).collect::<Option<Vec<&str>>>() else { return false };
    // `a statement issued by Jane Roe, ...`, `The book, Brown's Britain, said`: a document speaks,
    // and what follows is a name or a title.
    // Only the head counts: `the author of the report, Ari Fleischer,` is a person.
    let head = words.iter().take_while(|w| !matches!(**w, "of" | "by" | "for" | "at" | "from" | "in" | "on"));
    let document = head.into_iter().any(|w| cues::with_lower(w, |w| speakers::is_document(w) || w == "book"));
    (2..=MAX_WORDS).contains(&r.len())
        && (determiner || possessive || partitive)
        && !document
        && !has_finite_verb(&words)
}

/// A capitalised word that may be part of a name: no article, no possessive.
fn is_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && !matches!(w, "The" | "A" | "An") && cues::strip_possessive(w).len() == w.len()
}

/// One to four capitalised words and nothing else (`Emily Watson`, `Mr. Reilly`), not a title
/// (`US Trade Representative`) nor a possessive (`Brown's Britain`).
fn is_plain_name(s: &Sentence, r: Range<usize>) -> bool {
    const MAX_NAME_WORDS: usize = 4;
    let name_word = |w: &str| is_name_word(w) && !cues::is_time_word(w);
    // (`Patricia Sanders`, `Kenny Rogers`: after a capitalised word, `-ers` ends a surname.)
    let surname = |w: &str| r.len() >= 2 && w.starts_with(char::is_uppercase) && w.ends_with("ers");
    let title = s.word(r.end - 1).is_some_and(|w| is_role_word(w) && !surname(w));
    (1..=MAX_NAME_WORDS).contains(&r.len()) && !title && r.clone().all(|k| s.word(k).is_some_and(name_word))
}

/// A role in lower case whose head, before any preposition, ends with a role noun: `shadow
/// chief secretary to the Treasury`, `deputy leader of the party`.
fn is_role_phrase(s: &Sentence, r: Range<usize>) -> bool {
    const MAX_WORDS: usize = 8;
    let Some(words) = r.clone().map(|k| s.word(k)).collect::<Option<Vec<&str>>>() else { return false };
    let head: Vec<&str> = words
        .iter()
        .copied()
        .take_while(|w| !matches!(*w, "of" | "to" | "for" | "at" | "in" | "on" | "with"))
        .collect();
    // (`RNID technology director`: a body's name in capitals may open it.)
    const MAX_BODY_WORDS: usize = 3;
    let lower_from = head.iter().position(|w| w.starts_with(char::is_lowercase));
    (2..=MAX_WORDS).contains(&words.len())
        && lower_from.is_some_and(|p| p <= MAX_BODY_WORDS && head[..p].iter().all(|w| is_name_word(w)))
        && head.iter().skip(lower_from.unwrap_or(0)).all(|w| w.starts_with(char::is_lowercase))
        && head.last().is_some_and(|w| speakers::is_role_noun(w))
        && !has_finite_verb(&words)
}

/// A noun for a speaker or a role, in any case: `spokesman`, `officials`, `Minister`.
fn is_role_word(w: &str) -> bool {
    cues::is_speaker_noun(w) || cues::with_lower(w, speakers::is_role_noun)
}

/// A title in capitals ending with a role noun (`Argentine Economic Minister`, `Chief Executive`).
fn is_capitalised_title(s: &Sentence, r: Range<usize>) -> bool {
    const MAX_WORDS: usize = 5;
    (2..=MAX_WORDS).contains(&r.len())
        && r.clone().all(|k| s.word(k).is_some_and(is_name_word))
        && s.word(r.end - 1).is_some_and(is_role_word)
}

/// The `who` or `which` opening a relative clause between commas that ends just before `end`
/// (`Watson, who has led the council since 2010,`).
fn relative_clause_before(s: &Sentence, end: usize) -> Option<usize> {
    const MAX_CLAUSE_TOKENS: usize = 16;
    // `Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said`, `The
    // campaign, which has been shadowed for 17 months by the controversy over the server she
    // used, said`: a longer clause, or one with commas inside, holds no cue and no other
    // punctuation.
    const MAX_LONG_CLAUSE_TOKENS: usize = 28;
    if end < s.range.start + 3 || !s.is_punct(end - 1, ',') {
        return None;
    }
    let first = (s.range.start + 2).max(end.saturating_sub(MAX_LONG_CLAUSE_TOKENS));
    let mut commas = false;
    for k in (first..end - 1).rev() {
        if s.is_punct(k, ',') {
            commas = true;
            continue;
        }
        let boundary = matches!(s.kind(k), Some(Kind::Punct(_) | Kind::Open(_) | Kind::Close(_)));
        let long = commas || end - k > MAX_CLAUSE_TOKENS;
        if boundary || (long && s.cue_candidate[k]) {
            return None;
        }
        if matches!(s.lower(k), Some("who" | "whose" | "which")) && s.is_punct(k - 1, ',') {
            return Some(k);
        }
    }
    None
}

/// The `who` or `which` whose clause the cue at `end` opens: right before it, or before a short
/// time phrase (`McConnell, who in 2010 said`).
fn relative_pronoun_before(s: &Sentence, end: usize) -> Option<usize> {
    // `a message that said, "Q"`: `that` right before a cue that a quotation follows.
    let quotation_after_cue = s.is_punct(end + 1, ':') || opens_quotation(s, end + 1);
    if end > s.range.start + 1 && s.lower(end - 1) == Some("that") && quotation_after_cue {
        return Some(end - 1);
    }
    let who =
        (end.saturating_sub(4).max(s.range.start)..end).rev().find(|&k| matches!(s.lower(k), Some("who" | "which")))?;
    (who + 1..end).all(|k| s.word(k).is_some_and(is_time_phrase_word)).then_some(who)
}

/// A word of a time phrase: `in 2010`, `last week`, `on Monday`.
fn is_time_phrase_word(w: &str) -> bool {
    cues::is_time_word(w) || cues::is_month(w) || matches!(w, "in" | "on" | "at") || is_year(w)
}

/// A year written in four digits: `2003`.
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// `Currently`, `Worryingly`, `Often`, `Meanwhile`: a word that opens a sentence as an adverb.
fn is_sentence_adverb(w: &str) -> bool {
    cues::with_lower(w, |w| {
        (w.len() >= 6 && w.ends_with("ly"))
            || matches!(
                w,
                "often"
                    | "but"
                    | "and"
                    | "yet"
                    | "however"
                    | "meanwhile"
                    | "still"
                    | "instead"
                    | "now"
                    | "then"
                    | "later"
                    | "earlier"
                    | "today"
            )
    })
}

/// An adverb set off by commas inside a clause: `Murphy, however, said`, `Lark, too, said`.
fn is_interjected_adverb(w: &str) -> bool {
    is_sentence_adverb(w)
        || cues::with_lower(w, |w| {
            matches!(
                w,
                "too" | "though" | "also" | "again" | "therefore" | "indeed" | "nonetheless" | "nevertheless" | "thus"
            )
        })
}

/// `Early talks have taken place and the defender said`: when the words before a cue are a
/// clause, then `and` or `but`, the subject is what follows the conjunction.
fn second_clause_subject(s: &Sentence, r: Range<usize>) -> Option<Range<usize>> {
    let is_conjunction = |k: &usize| matches!(s.lower(*k), Some("and" | "but"));
    let last_conjunction = r.clone().rev().find(is_conjunction)?;
    let first_conjunction = r.clone().find(is_conjunction)?;
    // `Milan beat Juventus after a 0-0 tie at Old Trafford and Ancelotti said`: after a phrase
    // of time, the clause began before it.
    // (Only a phrase of a time or an event, not the first of two subjects: `since 1985 and the
    // sources said`, not `after the talks France and Germany vowed`.)
    let time_or_event = |k: usize| {
        s.word(k).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()) || cues::is_time_word(w))
            || matches!(s.lower(k), Some("at" | "in" | "on" | "of"))
    };
    let time_phrase = r.start > s.range.start
        && s.lower(r.start - 1).is_some_and(|w| matches!(w, "after" | "before" | "since" | "until" | "following"))
        && (r.start..first_conjunction).any(time_or_event);
    let (r, conjunction) = if time_phrase { (s.range.start..r.end, first_conjunction) } else { (r, last_conjunction) };
    let clause: Vec<&str> = (r.start..conjunction).filter_map(|k| s.word(k)).collect();
    // A past form in -ed is a verb, not an adjective (`the diversified chemical and ...`), when a
    // preposition, an article or a number follows it (`tumbled on`, `joined the`, `rose 5 pct`).
    // (`The ships left the harbour and Lark said`: an irregular past form too.)
    let verb_then_phrase = |k: usize| {
        s.lower(k).is_some_and(|w| (w.len() > 4 && w.ends_with("ed")) || is_irregular_past(w))
            && s.lower(k + 1).is_some_and(|n| {
                cues::is_adverbial_preposition(n)
                    || matches!(n, "the" | "a" | "an" | "by" | "sharply" | "last")
                    || n.starts_with(|c: char| c.is_ascii_digit())
            })
    };
    // `Rosneft now owns Yugansk and Russia has said`: a verb in the present after a name, then
    // its object; not a plural noun after an adjective (`Norwegian academics Arild Moe and`).
    let adjective = |w: &str| ["an", "al", "ic", "ese"].iter().any(|suffix| w.ends_with(suffix));
    let present_after_name = |k: usize| {
        let name_before = s.is_capitalised(k - 1) && !s.lower(k - 1).is_some_and(adjective);
        let subject_before = name_before || (k > r.start + 1 && s.lower(k - 1) == Some("now"));
        let object_after = s.is_capitalised(k + 1) || s.lower(k + 1).is_some_and(is_determiner);
        s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
            && s.lower(k).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s"))
            && !s.word(k).is_some_and(cues::is_speaker_noun)
            && subject_before
            && object_after
    };
    let has_verb = has_finite_verb(&clause)
        || (r.start + 1..conjunction)
            .any(|k| verb_then_phrase(k) || s.lower(k).is_some_and(is_past_of_change) || present_after_name(k))
        || past_verb_after_name(s, r.start..conjunction).is_some();
    if !has_verb {
        return None;
    }
    // A short subject that plainly names someone: a pronoun, a name, or a noun for people.
    const MAX_WORDS: usize = 4;
    let subject = conjunction + 1..r.end;
    let words: Vec<&str> = subject.clone().filter_map(|k| s.word(k)).collect();
    let last = *words.last()?;
    let inner_link = words.iter().any(|w| {
        cues::with_lower(w, |w| {
            matches!(w, "which" | "what" | "who" | "that" | "by" | "at" | "in" | "on" | "to" | "for" | "from" | "with")
        }) || w.ends_with("ing")
    });
    let plain = words.len() == subject.len()
        && words.len() <= MAX_WORDS
        && !inner_link
        && (words.len() == 1 && cues::is_pronoun(last) && last != "it"
            || words.iter().all(|w| w.starts_with(char::is_uppercase))
            || cues::is_speaker_noun(last)
            || speakers::is_role_noun(&last.to_lowercase()));
    plain.then(|| trim_subject(s, subject)).flatten()
}

/// Common irregular past forms that are not also participles of a report: with an object or a
/// phrase after them (`left the harbour`, `took over`) they are verbs.
pub fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "left"
            | "took"
            | "made"
            | "gave"
            | "came"
            | "went"
            | "met"
            | "kept"
            | "sent"
            | "spent"
            | "built"
            | "brought"
            | "bought"
            | "began"
            | "became"
            | "ran"
            | "drove"
            | "flew"
            | "broke"
            | "beat"
            | "struck"
    )
}

/// Irregular past forms that open news clauses about figures (`Shares rose 5 pct and ...`).
fn is_past_of_change(w: &str) -> bool {
    matches!(w, "rose" | "fell" | "grew" | "shrank" | "sank" | "soared" | "slid" | "hit" | "saw" | "won" | "lost")
}

/// `Clayton Yeutter, asked whether the deficit would improve, replied`: a passive participle
/// between commas ending at token `end` (exclusive) says what the subject was asked. Returns the
/// opening comma.
fn asked_between_commas(s: &Sentence, end: usize) -> Option<usize> {
    const LONGEST: usize = 30;
    if end < s.range.start + 3 || !s.is_punct(end - 1, ',') {
        return None;
    }
    let from = s.range.start.max(end.saturating_sub(LONGEST));
    let comma = (from..end - 1).rev().find(|&k| s.word(k).is_none())?;
    let asked = matches!(s.lower(comma + 1), Some("asked" | "pressed" | "questioned" | "quizzed"));
    (s.is_punct(comma, ',') && asked && comma > s.range.start).then_some(comma)
}

/// A parenthesis between dashes that ends at token `end` (exclusive), when words stand before
/// it: the opening dash's token and the words inside. A hyphen between spaces is a dash too
/// (`Tom Lark - a banker - said`), and so are two (`--`).
fn dash_parenthesis(s: &Sentence, end: usize) -> Option<(usize, Range<usize>)> {
    const LONGEST: usize = 40;
    let double = |k: usize| {
        k + 1 < s.range.end
            && s.is_punct(k, '-')
            && s.is_punct(k + 1, '-')
            && s.tokens[k].end == s.tokens[k + 1].start
            && s.para[..s.tokens[k].start].ends_with(' ')
            && s.para[s.tokens[k + 1].end..].starts_with(' ')
    };
    if end < s.range.start + 3 {
        return None;
    }
    let close = if is_dash(s, end - 1) {
        end - 1
    } else if double(end - 2) {
        end - 2
    } else {
        return None;
    };
    let from = s.range.start.max(end.saturating_sub(LONGEST));
    let (open, inner_start) =
        (from..close)
            .rev()
            .find_map(|k| if is_dash(s, k) { Some((k, k + 1)) } else { double(k).then_some((k, k + 2)) })?;
    (open > s.range.start && inner_start < close && s.word(open - 1).is_some()).then_some((open, inner_start..close))
}

/// A comma-separated part that adds to a name rather than naming someone: `of Springfield`, `31`,
/// a state abbreviation (`Va.`).
fn starts_role_part(s: &Sentence, k: usize) -> bool {
    s.word(k).is_some_and(|w| {
        matches!(w, "of" | "from" | "in" | "at" | "and" | "aged" | "age")
            || (w.starts_with(|c: char| c.is_ascii_digit()) && !w.ends_with("-year-old"))
            || (w.len() <= 4 && w.starts_with(char::is_uppercase) && s.is_punct(k + 1, '.') && s.is_punct(k + 2, ','))
            || (w.len() <= 5 && w.ends_with('.') && w.starts_with(char::is_uppercase) && s.is_punct(k + 1, ','))
            || matches!(w, "Jr." | "Sr." | "Jr" | "Sr" | "III" | "II")
    })
}

/// Where the text of `r` starts after a wire dateline (`PARIS, March 23 -`, `March 6 -`).
fn after_dateline(s: &Sentence, r: Range<usize>) -> usize {
    // `NEW YORK,`, `SAN ANTONIO, TEXAS,`, `GREELEY, Colo.,`: place words and commas.
    const MAX_PLACE_TOKENS: usize = 8;
    let mut place_commas = (r.start..(r.start + MAX_PLACE_TOKENS).min(r.end))
        .take_while(|&k| s.is_capitalised(k) || s.is_punct(k, ',') || s.is_punct(k, '.'))
        .filter(|&k| s.is_punct(k, ','));
    let dash =
        place_commas.find_map(|comma| dateline_dash(s, comma + 1..r.end)).or_else(|| dateline_dash(s, r.clone()));
    dash.map_or(r.start, |dash| dash + 1)
}

/// The dash after a date opening `r` (`March 6 -`, `Oct 20 --`), if there is one.
fn dateline_dash(s: &Sentence, r: Range<usize>) -> Option<usize> {
    s.word(r.start).filter(|w| cues::is_month(w))?;
    let mut k = r.start + 1;
    if s.word(k).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
        k += 1;
    }
    let dash = |k: usize| matches!(s.kind(k), Some(Kind::Punct('-' | '—' | '–')));
    let end = (k..(k + 2).min(r.end)).rev().find(|&d| dash(d))?;
    ((k..=end).all(dash) && end + 1 < r.end).then_some(end)
}

/// Tokens `r` before a spaced hyphen are a dateline (`ORLANDO, Fla. (Reuters)`, `TOKYO`, `April
/// 1`) when they hold no lower-case word but a comma, a parenthesis, a word in capitals or a
/// number, and no second hyphen before `end` makes the dash open a parenthesis (`EADS - Airbus'
/// majority owner - said`).
fn is_dateline(s: &Sentence, r: Range<usize>, end: usize) -> bool {
    let lower_case = |k: usize| s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase));
    let marked = |k: usize| {
        s.is_punct(k, ',')
            || s.is_punct(k, ')')
            || s.word(k).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || (w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
            })
    };
    let dash = r.end;
    !r.clone().any(lower_case) && r.clone().any(marked) && !(dash + 1..end).any(|k| is_spaced_hyphen(s, k))
}

/// A dash at token `k`: `—`, `–`, `―` or a hyphen between spaces.
fn is_dash(s: &Sentence, k: usize) -> bool {
    matches!(s.kind(k), Some(Kind::Punct('—' | '–' | '―'))) || is_spaced_hyphen(s, k)
}

/// A hyphen standing alone between spaces at token `k`, as a dash (`ORLANDO, Fla. - Obama`).
fn is_spaced_hyphen(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    t.is_punct('-') && s.para[..t.start].ends_with(' ') && s.para[t.end..].starts_with(' ')
}

/// `experts who say ...`: the noun phrase a relative pronoun refers to, back to a preposition,
/// a verb or a clause boundary.
fn relative_antecedent(s: &Sentence, who: usize) -> Option<Range<usize>> {
    // `Barack Obama, who called ...`: a non-restrictive clause after its comma.
    let restrictive = !(who > s.range.start && s.is_punct(who - 1, ','));
    let end = if restrictive { who } else { who - 1 };
    let mut start = end;
    // `a staff member for the campaign in Philadelphia who said`: a place or a body after a
    // preposition is no one who speaks; the clause belongs to the noun before the phrase.
    const MAX_PHRASES: usize = 2;
    let mut phrases = 0;
    let locative = |w: &str| matches!(w, "in" | "at" | "from" | "for" | "of");
    // A verb ends the noun phrase, but not its head (`the report, which said`) nor a name (`the
    // Associated Press report`).
    while start > s.range.start {
        let Some(w) = s.lower(start - 1) else { break };
        let capitalised = s.is_capitalised(start - 1);
        let stop = matches!(
            w,
            "with"
                | "of"
                | "to"
                | "for"
                | "by"
                | "from"
                | "at"
                | "in"
                | "on"
                | "about"
                | "among"
                | "including"
                | "like"
                | "than"
                | "as"
                | "against"
                | "between"
                | "over"
                | "under"
                | "and"
                | "or"
                | "are"
                | "is"
                | "were"
                | "was"
                | "that"
                | "but"
        ) || !capitalised && (cues::verb(w).is_some() && start < end || (w.ends_with("ed") && w.len() > 4));
        let place_phrase = locative(w) && s.lower(who) == Some("who");
        // (`critical of Republicans who suggest`: a group of people, not a place; but `73
        // percent of Democrats who said` are the share.)
        let share_of = w == "of" && s.lower(start.wrapping_sub(2)).is_some_and(is_share_word);
        let people =
            !share_of && s.lower(end - 1).is_some_and(|w| ["ans", "ats", "ists"].iter().any(|x| w.ends_with(x)));
        if stop
            && restrictive
            && place_phrase
            && phrases < MAX_PHRASES
            && start < end
            && s.is_capitalised(end - 1)
            && !people
        {
            phrases += 1;
            start -= 1;
            continue;
        }
        if stop {
            break;
        }
        start -= 1;
        // `not paying an architect who said`: the noun phrase opens with its article (which may
        // be that of a phrase skipped above: `for the campaign in Philadelphia`).
        let in_phrase = phrases > 0 && phrases < MAX_PHRASES && s.lower(start.wrapping_sub(1)).is_some_and(locative);
        if matches!(w, "a" | "an" | "the") && !in_phrase {
            break;
        }
    }
    trim_subject(s, start..end)
}

/// Tokens that no subject crosses: other clauses, quotations and strong punctuation.
fn is_hard_boundary(s: &Sentence, k: usize) -> bool {
    match s.tokens[k].kind {
        Kind::Open(_) | Kind::Close(_) => true,
        Kind::Punct(c) => {
            matches!(c, ';' | ':' | '―' | '—' | '–' | '(' | ')' | '?' | '!')
                || s.tokens[k].quote.is_some()
                // `Perhaps most compelling - yet some might say`: a hyphen as a dash, not a
                // dateline's (`CALGARY, March 2 - Ivaco Inc said`) nor inside a name
                // (`Berliner Handels- und Frankfurter Bank`).
                || (c == '-' && is_spaced_hyphen(s, k) && !is_dateline(s, s.range.start..k, k + 1))
        }
        Kind::Word if s.tokens[k].quote.is_some() => true,
        Kind::Word => match s.lower(k) {
            // `the author of that report`: a determiner after a preposition, not a conjunction.
            Some("that") => !(k > 0 && s.lower(k - 1).is_some_and(governs_noun)),
            // `X, a businessman who left because of differences, said`: a preposition inside a
            // relative clause.
            Some("because") => !(s.lower(k + 1) == Some("of") && in_relative_clause(s, k)),
            // `Murphy, though, said`: an adverb between commas, not a conjunction.
            Some("though") => !(k > 0 && s.is_punct(k - 1, ',') && s.is_punct(k + 1, ',')),
            // `Trump, while being interviewed on Fox, called`: a participle's time between commas.
            Some("while") => !(k > 0 && s.is_punct(k - 1, ',') && s.lower(k + 1).is_some_and(|w| w.ends_with("ing"))),
            Some("whereas" | "although" | "if" | "but" | "where" | "since" | "so") => true,
            // `That is why critics say ...`; not `in explaining why the rule was adopted, said`.
            Some("why") => k > 0 && s.lower(k - 1).is_some_and(|w| is_be(w) || w.ends_with("’s") || w.ends_with("'s")),
            _ => false,
        },
    }
}

/// Token `k` follows `who` with no comma between.
fn in_relative_clause(s: &Sentence, k: usize) -> bool {
    (s.range.start..k).rev().take_while(|&j| !s.is_punct(j, ',')).any(|j| s.lower(j) == Some("who"))
}

/// A preposition that takes a noun phrase, never a clause (`of that report`).
fn governs_noun(w: &str) -> bool {
    matches!(w, "of" | "in" | "at" | "on" | "for" | "with" | "from" | "about" | "by" | "over" | "under" | "during")
}

/// `after`, `when`, `before`, `until`, `unless`, `while`, `because` and `as` after a word: the
/// subject of the clause they open follows them.
fn opens_subordinate_clause(s: &Sentence, k: usize) -> bool {
    // `a statement issued (just) after a cabinet meeting said`: a participle's time phrase.
    let participle = |w: &str| {
        matches!(w, "issued" | "published" | "released" | "made" | "held" | "given" | "prepared" | "written" | "filed")
    };
    // `His comments came as President George W Bush said`, `Currencies weakened today as
    // analysts warned`: after a verb or a time; not `ATT as a whole`, `three times as many`.
    let conjunction_as = || {
        let after_verb = s.lower(k - 1).is_some_and(|w| {
            w.ends_with("ed")
                || w.ends_with("ing")
                || matches!(w, "came" | "come" | "comes" | "rose" | "rises" | "fell" | "falls" | "grew" | "went")
                || matches!(w, "even" | "just" | "especially")
                || cues::is_time_word(w)
        });
        // (`as many as`, `as recently as`, `evaluated as part of`.)
        let comparison = s.lower(k + 1).is_some_and(|w| {
            matches!(w, "many" | "much" | "well" | "long" | "far" | "soon" | "such" | "if" | "though" | "it" | "part")
        }) || s.lower(k + 2) == Some("as")
            || s.lower(k.saturating_sub(2)) == Some("as")
            || (s.lower(k + 1) == Some("a") && s.lower(k + 2) == Some("whole"));
        after_verb && !comparison
    };
    let Some(word) = s.lower(k).filter(|_| k > s.range.start) else { return false };
    (matches!(word, "after" | "when" | "before" | "until" | "unless" | "while" | "because")
        || word == "as" && conjunction_as())
        && s.tokens[k - 1].is_word()
        && !(k.saturating_sub(2).max(s.range.start)..k).any(|j| s.lower(j).is_some_and(participle))
}

/// The most words a subject may have.
const MAX_SUBJECT_WORDS: usize = 14;

/// A past participle at `k` with its agent after it (`backed by`, `led by`), in lower case.
fn participle_then_by(s: &Sentence, k: usize) -> bool {
    s.lower(k + 1) == Some("by")
        && s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
        && s.lower(k)
            .is_some_and(|w| (w.len() > 4 && w.ends_with("ed")) || matches!(w, "led" | "run" | "held" | "known"))
}

/// Cleans a subject: drops opening conjunctions and introductory phrases, keeps it if it names
/// someone (a capitalised name, a pronoun or a speaker noun), and caps its length.
fn trim_subject(s: &Sentence, r: Range<usize>) -> Option<Range<usize>> {
    // `US companies, including those in the airline, car-making and steel industries, had
    // argued`: an example given of the subject is not the subject.
    trim_phrase(s, r).filter(|r| s.lower(r.start) != Some("including"))
}

/// `The pair chatted amicably and Mr Brown said`, `The talks ended and the minister said`: a
/// clause, its verb in the past after a noun, then `and` and a short noun phrase (opening with
/// a determiner or a capital): where that `and` is. (Not `Labour and the Tories`, no verb, nor
/// `the elected and appointed officials`, a participle after a determiner.)
fn clause_then_subject(s: &Sentence, r: Range<usize>) -> Option<usize> {
    const MAX_SUBJECT_WORDS: usize = 5;
    let and = (r.start + 1..r.end).rev().take(MAX_SUBJECT_WORDS + 1).find(|&k| s.lower(k) == Some("and"))?;
    let opens_phrase = s.is_capitalised(and + 1) || s.lower(and + 1).is_some_and(is_determiner);
    // (A participle is no verb after a number, a quantifier, an adverb or a preposition: `Two
    // affiliated investment firms`, `newly elected`, `Institute of Applied Economics`.)
    let past_after_noun = |k: usize| {
        let verb = s.word(k).is_some_and(|w| {
            w.starts_with(char::is_lowercase) && ((w.len() > 4 && w.ends_with("ed")) || is_irregular_past(w))
        });
        let noun_before = s.lower(k - 1).is_some_and(|w| {
            !is_determiner(w)
                && !is_quantifier(w)
                && !is_be(w)
                && !w.ends_with("ly")
                && !w.starts_with(|c: char| c.is_ascii_digit())
                && !cues::is_adverbial_preposition(w)
                && !matches!(w, "and" | "or" | "of" | "been" | "has" | "have" | "had")
        });
        // (`Harbour Freight added 8p and the index added 23.9 points`: the same verb after the
        // subject goes on with the same kind of clause, no report.)
        let parallel = s.lower(k).is_some_and(|w| s.lower(r.end) == Some(w));
        verb && noun_before && s.word(k - 1).is_some() && !parallel
    };
    (opens_phrase && and + 1 < r.end && (r.start + 1..and).any(past_after_noun)).then_some(and)
}

/// [`trim_subject`]'s cleaning, before its last check.
fn trim_phrase(s: &Sentence, mut r: Range<usize>) -> Option<Range<usize>> {
    while r.start < r.end && (s.word(r.start).is_none_or(cues::is_discourse_word) || s.is_punct(r.start, ',')) {
        r.start += 1;
    }
    // `<Exco International Plc>, a subsidiary of ..., said`: the wire's mark of a company name
    // closes with nothing left to open it.
    if r.start < r.end && s.is_punct(r.end - 1, '>') && !r.clone().any(|k| s.is_punct(k, '<')) {
        r.end -= 1;
    }
    // `What Mr. Obama calls "..."`: the speaker follows the free relative's `what`. `Both
    // Labour and the Tories said`: the pair speaks.
    let pair = || s.lower(r.start) == Some("both") && (r.start + 2..r.end).any(|k| s.lower(k) == Some("and"));
    if r.len() > 1 && (s.lower(r.start) == Some("what") || pair()) {
        r.start += 1;
    }
    // `a tax, which officials say would ...`, `a situation which critics say is`, `a show during
    // which callers asked`: and a relative pronoun, when a noun phrase naming someone follows.
    // Inside the subject only a short noun phrase that opens with a determiner or a capital, or
    // one plural speaker noun (not `those who back her opponents`, `states in which the
    // department collects data`).
    const MAX_AFTER_RELATIVE: usize = 3;
    let short_phrase = |k: usize| {
        let opens = s.lower(k + 1).is_some_and(|w| is_determiner(w) || is_quantifier(w)) || s.is_capitalised(k + 1);
        opens || (k + 2 == r.end && s.word(k + 1).is_some_and(cues::is_speaker_noun))
    };
    // (`an electorate in which 67 percent of voters say`: or a count of people.)
    const MAX_COUNT_AFTER_RELATIVE: usize = 6;
    let count_after = |k: usize| matches!(s.lower(k), Some("which" | "whom")) && is_share_of_people(s, k + 1..r.end);
    // (`the party doesn't care about them and one in four said`: after a clause and `and`.)
    let count_after_clause = |k: usize| {
        let clause_before = || has_finite_verb(&(r.start..k).filter_map(|j| s.lower(j)).collect::<Vec<&str>>());
        s.lower(k) == Some("and") && is_share_of_people(s, k + 1..r.end) && clause_before()
    };
    if let Some(and) = (r.start + 1..r.end).rev().take(MAX_COUNT_AFTER_RELATIVE + 1).find(|&k| count_after_clause(k)) {
        r.start = and + 1;
    }
    if let Some(and) = clause_then_subject(s, r.clone()) {
        r.start = and + 1;
    }
    if relative_then_speaker(s, r.clone()) {
        r.start += 1;
    } else if let Some(relative) = (r.start + 1..r.end)
        .rev()
        .take(MAX_AFTER_RELATIVE + 1)
        .find(|&k| relative_then_speaker(s, k..r.end))
        .filter(|&k| short_phrase(k))
        .or_else(|| (r.start + 1..r.end).rev().take(MAX_COUNT_AFTER_RELATIVE + 1).find(|&k| count_after(k)))
    {
        r.start = relative + 1;
    }
    // `A survey for the charity suggests 69% of over-55s say`, `the report shows most voters
    // say`: the people a finding reports on are the speakers.
    // (Not a passive: `The e-mail was revealed the day after ...`.)
    let finding = |k: usize| {
        s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
            && !s.lower(k - 1).is_some_and(|w| is_be(w) || w == "been")
            && s.lower(k).is_some_and(|w| {
                FINDING_VERBS.contains(w) || matches!(w, "suggests" | "suggested" | "reveals" | "revealed")
            })
    };
    if let Some(k) = (r.start + 1..r.end.saturating_sub(1)).rev().find(|&k| finding(k)) {
        r.start = k + 1 + usize::from(s.lower(k + 1) == Some("that"));
    }
    // `the Japanese placed what the British say are restrictive conditions`: inside the
    // subject too, a short noun phrase after `what` is the speaker.
    const MAX_AFTER_WHAT: usize = 5;
    if let Some(what) = (r.start + 1..r.end).rev().take(MAX_AFTER_WHAT + 1).find(|&k| s.lower(k) == Some("what")) {
        if what + 1 < r.end && (what + 1..r.end).all(|k| s.word(k).is_some()) {
            r.start = what + 1;
        }
    }
    // `a probe the law enforcement agency said was ongoing`, `the plan the mayor says will`: in
    // an article's noun phrase, a second one right after its noun is the subject of a reduced
    // relative clause, the speaker.
    const MAX_HEAD_WORDS: usize = 2;
    let article = |k: usize| matches!(s.lower(k), Some("the" | "a" | "an"));
    let noun = |k: usize| {
        s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic()))
            && s.lower(k).is_some_and(|w| {
                !w.ends_with("ing")
                    && !w.ends_with("ly")
                    && !reads_as_finite_verb(w)
                    && !opens_a_phrase(w)
                    && !governs_noun(w)
                    && !is_quantifier(w)
                    && !matches!(
                        w,
                        "into"
                            | "between"
                            | "among"
                            | "against"
                            | "within"
                            | "without"
                            | "across"
                            | "through"
                            | "like"
                            | "near"
                            | "and"
                            | "or"
                            | "but"
                            | "that"
                            | "which"
                            | "who"
                            | "than"
                            | "as"
                    )
            })
    };
    if r.len() >= 4 && article(r.start) {
        let second = (r.start + 2..(r.start + 2 + MAX_HEAD_WORDS).min(r.end - 1)).find(|&k| article(k));
        if let Some(k) = second.filter(|&k| (r.start + 1..k).all(noun) && (k..r.end).all(|j| s.word(j).is_some())) {
            r.start = k;
        }
    }
    // `NEW YORK, March 6 - Standard and Poor's Corp said`: a dateline's date is not the speaker.
    if let Some(dash) = dateline_dash(s, r.clone()) {
        r.start = dash + 1;
    }
    // `Fla. (Reuters) - President Barack Obama met`: nor is a dateline's place, whose start may
    // lie before the subject (`BAHIA BLANCA, Argentina - Pope John Paul began`).
    let lower_case = |k: usize| s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase));
    let line_start = || if (s.range.start..r.start).any(lower_case) { r.start } else { s.range.start };
    if let Some(dash) = r.clone().find(|&k| is_spaced_hyphen(s, k)).filter(|&d| is_dateline(s, line_start()..d, r.end))
    {
        r.start = dash + 1;
    }
    // `says on 13 March Lord Goldsmith met`: nor is a date before a name.
    let is_number = |k: usize| s.word(k).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    if let Some(month) =
        (r.start + 1..r.end.saturating_sub(1)).find(|&k| s.word(k).is_some_and(cues::is_month) && is_number(k - 1))
    {
        r.start = month + 1;
    }
    // `even Obama tried`: a focus adverb is not part of the name.
    if matches!(s.lower(r.start), Some("even" | "only"))
        && s.word(r.start + 1).is_some_and(|w| w.starts_with(char::is_uppercase))
        && r.len() > 1
    {
        r.start += 1;
    }
    // `Late last week the bank said`, `This week a judge ruled`: a time phrase opening the subject
    // is no part of it.
    let modifier = |w: &str| matches!(w, "this" | "last" | "next" | "late" | "early" | "earlier" | "later");
    let time_word = |k: usize| s.lower(k).is_some_and(|w| is_time_phrase_word(w) || modifier(w));
    let time_end = (r.start..r.end).find(|&k| !time_word(k)).unwrap_or(r.end);
    let names_time = (r.start..time_end).any(|k| s.lower(k).is_some_and(|w| cues::is_time_word(w) && !modifier(w)));
    // (`This week analysts said`, `Earlier this month figures showed`: a bare plural too.)
    let bare_plural = |w: &str| w.ends_with('s') && (cues::is_speaker_noun(w) || speakers::is_document(w));
    let subject_follows = s.lower(time_end).is_some_and(|w| matches!(w, "the" | "a" | "an") || bare_plural(w))
        || s.is_capitalised(time_end);
    if names_time && time_end < r.end && subject_follows {
        r.start = time_end;
    }
    // `Governor Shunichi Suzuki backed by the LDP has said`: a participle and its agent after a
    // name qualify it. (After a noun they may name the source: `a statement issued by the
    // Treasury`.)
    if let Some(participle) = (r.start + 1..r.end.saturating_sub(2))
        .find(|&k| participle_then_by(s, k) && k - 1 > s.range.start && s.is_capitalised(k - 1))
    {
        r.end = participle;
    }
    // `Trump released a new radio ad calling it "..."`: before a participle, a name then a verb
    // in the past and its object is a clause; its subject is the name.
    if let Some(verb) =
        past_verb_after_name(s, r.clone()).filter(|_| s.lower(r.end).is_some_and(|w| w.ends_with("ing")))
    {
        r.end = verb;
    }
    if r.start >= r.end {
        return None;
    }
    if is_share_of_people(s, r.clone()) {
        return Some(r);
    }
    // `As a Politico reporter noted, ...`, `As one analyst put it, ...`: after `as`, a short noun
    // phrase is the speaker.
    const MAX_AS_SUBJECT_WORDS: usize = 5;
    // Not `As a result, the committee says` nor `used as a weapon, the leaflet said`.
    let opens_clause = r.start == s.range.start
        || s.is_punct(r.start - 1, ',')
        || s.is_close(r.start - 1)
        || s.word(r.start - 1).is_some_and(cues::is_discourse_word);
    let as_then_noun_phrase = s.lower(r.start) == Some("as")
        && opens_clause
        && matches!(s.lower(r.start + 1), Some("the" | "a" | "an" | "one" | "another"))
        && r.len() <= MAX_AS_SUBJECT_WORDS + 1
        && (r.start + 1..r.end).all(|k| s.word(k).is_some())
        && !(r.start + 2..r.end).any(|k| matches!(s.lower(k), Some("the" | "a" | "an")))
        && !s.lower(r.end - 1).is_some_and(|w| matches!(w, "result" | "rule" | "consequence" | "whole" | "matter"));
    if as_then_noun_phrase {
        r.start += 1;
    } else if s.word(r.start).is_some_and(cues::is_clause_opener) && !hedged_count_at(s, r.start) {
        // `In an interview on Sunday Trump said`: keep the trailing name or pronoun, with the
        // parenthesis after it (`As Paul Ryan (R-Wis.) noted`).
        const MAX_PARENTHESIS_TOKENS: usize = 8;
        let parenthesis = s.is_punct(r.end - 1, ')').then(|| {
            (r.end.saturating_sub(MAX_PARENTHESIS_TOKENS).max(r.start + 1)..r.end - 1)
                .rev()
                .find(|&j| s.is_punct(j, '('))
        });
        let mut k = parenthesis.flatten().unwrap_or(r.end);
        let name_end = k;
        let capitalised =
            |j: usize| s.word(j).is_some_and(|w| w.starts_with(char::is_uppercase) && !cues::is_clause_opener(w));
        // `the Institute for Fiscal Studies`, `the Bank of England`: a name may join its words.
        let joins_name = |j: usize| {
            let joint = |j: usize| matches!(s.lower(j), Some("of" | "for")) && j > r.start && capitalised(j - 1);
            joint(j) || (s.lower(j) == Some("the") && j > r.start && joint(j - 1))
        };
        while k > r.start && (capitalised(k - 1) || (k < name_end && joins_name(k - 1))) {
            k -= 1;
        }
        if k == name_end {
            let last = s.word(r.end - 1)?;
            if !cues::is_pronoun(last) {
                return None;
            }
            k = r.end - 1;
        }
        r.start = k;
    }
    // `The Times on Saturday wrote`, `Trump this week said`: time phrases are not the speaker.
    // A month after a capitalised word is a surname (`Theresa May said`), not a date.
    // (`The Strategy Unit in 2003 said`: a year after `in` too.)
    let year_at = |k: usize| s.word(k).is_some_and(is_year);
    let date_at = |k: usize| {
        s.word(k).is_some_and(|w| {
            cues::is_time_word(w)
                || cues::is_month(w) && !s.word(k - 1).is_some_and(|p| p.starts_with(char::is_uppercase))
        }) || year_at(k) && s.lower(k - 1) == Some("in")
    };
    // `the report on Wednesday for the first time cited`: nor is an occasion.
    let ordinal = |k: usize| s.lower(k).is_some_and(|w| matches!(w, "first" | "second" | "third" | "last"));
    let occasion_at = |k: usize| {
        s.lower(k) == Some("for") && s.lower(k + 1) == Some("the") && ordinal(k + 2) && s.lower(k + 3) == Some("time")
    };
    if r.len() > 4 && occasion_at(r.end - 4) {
        r.end -= 4;
    }
    while r.end > r.start + 1 && date_at(r.end - 1) {
        r.end -= if year_at(r.end - 1) { 2 } else { 1 };
        // `this past week`, `the coming days`.
        if r.end > r.start + 1 && matches!(s.lower(r.end - 1), Some("past" | "coming")) {
            r.end -= 1;
        }
        if r.end > r.start + 1 && matches!(s.lower(r.end - 1), Some("on" | "this" | "last" | "late" | "early" | "next"))
        {
            r.end -= 1;
        }
    }
    // `Figures reported on Sunday now suggest`: a time alone names no one.
    if r.len() == 1 && s.word(r.start).is_some_and(cues::is_time_word) {
        return None;
    }
    // `Ed Davey meanwhile said`, `Gros himself said`: a sentence adverb or an emphatic pronoun
    // after the name is not part of it.
    let adverb = |w: &str| {
        matches!(
            w,
            "meanwhile"
                | "nevertheless"
                | "nonetheless"
                | "however"
                | "too"
                | "also"
                | "though"
                | "instead"
                | "himself"
                | "herself"
                | "itself"
                | "themselves"
        )
    };
    while r.end > r.start + 1 && s.lower(r.end - 1).is_some_and(adverb) {
        r.end -= 1;
    }
    // `a provision they say ...`: a subject pronoun at the end is the subject on its own.
    if r.end > r.start + 1 && s.word(r.end - 1).is_some_and(|w| matches!(w, "he" | "she" | "they" | "we" | "I")) {
        r.start = r.end - 1;
    }
    let words: Vec<&str> = r.clone().filter_map(|k| s.word(k)).collect();
    // `Perhaps counterintuitively, deeply reported features ...`, `Technically, most futures
    // are poised ..., said X`: adverbs name no one. A name may end in -ly too (`Skelly said`,
    // `O'Reilly, who declined ..., said`): a capitalised word counts only with an adverb's
    // suffix, opening the sentence before a comma.
    let adverb = |w: &&str| cues::with_lower(w, |w| (w.len() >= 6 && w.ends_with("ly")) || w == "perhaps");
    const ADVERB_SUFFIXES: [&str; 8] = ["ally", "ntly", "ively", "ately", "ously", "fully", "edly", "ingly"];
    let opening_adverb = r.len() == 1
        && r.start == s.range.start
        && s.is_punct(r.end, ',')
        && s.lower(r.start).is_some_and(|w| ADVERB_SUFFIXES.iter().any(|x| w.ends_with(x)));
    let lower_case = words.iter().any(|w| w.starts_with(char::is_lowercase));
    if !words.is_empty() && words.iter().all(adverb) && (lower_case || opening_adverb) {
        return None;
    }
    // `Nothing the president said "..."`, `Everything Trump says is ...`: the cue is in a relative
    // clause of the indefinite pronoun, which speaks no more than `nothing` alone.
    let indefinite = |w: &str| matches!(w, "nothing" | "everything" | "something" | "anything");
    // `That’s the consensus of experts ..., saying`: a pronoun and `’s` is a clause (`that is`).
    let contracted_is = |w: &str| {
        matches!(cues::strip_possessive(w), "that" | "it" | "there" | "here" | "what" | "this")
            && w.len() > cues::strip_possessive(w).len()
    };
    // (`It’s denouncing ...` is the pronoun in the progressive.)
    let progressive = s.lower(r.end).is_some_and(|w| w.ends_with("ing"));
    let lone_contraction = words.len() == 1 && cues::with_lower(words[0], contracted_is) && !progressive;
    if lone_contraction || words.first().is_some_and(|w| cues::with_lower(w, indefinite)) {
        return None;
    }
    if words.is_empty()
        || words.len() > MAX_SUBJECT_WORDS
        || r.clone().any(|k| !s.outside(k))
        || has_finite_verb(&words)
    {
        return None;
    }
    // `OIL PRICES SAID ...`, `SAN ANTONIO, TEXAS`: headlines and datelines in capitals name no one.
    let shouted = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase);
    if words.len() >= 2 && words.iter().all(shouted) || words.len() == 1 && words[0].len() >= 5 && shouted(&words[0]) {
        return None;
    }
    // `The commission`, `a new study`: a short determiner phrase ending in a noun names a source.
    let determiner_phrase = words.len() <= 5
        && cues::with_lower(words[0], |w| {
            matches!(w, "the" | "a" | "an" | "this" | "its" | "his" | "her" | "their" | "our") || is_quantifier(w)
        })
        && words.len() >= 2
        && words[words.len() - 1].chars().all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
        && words[words.len() - 1].chars().any(char::is_lowercase)
        && !words[words.len() - 1].ends_with("ly")
        // `-ing` words are verbs there (`a warning tweeted`), except documents (`the ruling`).
        && (!words[words.len() - 1].ends_with("ing") || speakers::is_document(words[words.len() - 1]));
    // `three days later argued`: a span of time (but `the minutes` of a meeting speak).
    let time_span = cues::with_lower(words[0], is_quantifier)
        && matches!(words[words.len() - 1], "days" | "weeks" | "months" | "years" | "hours" | "minutes");
    if time_span {
        return None;
    }
    // `those surveyed`, `those polled`: the people a poll asked.
    let respondents = words.len() == 2
        && cues::with_lower(words[0], |w| w == "those")
        && matches!(words[1], "surveyed" | "polled" | "questioned" | "interviewed" | "asked");
    let names_someone = determiner_phrase
        || respondents
        || is_bare_plural_of_people(&words)
        || words.iter().enumerate().any(|(n, w)| {
            (w.starts_with(char::is_uppercase)
                && !(n == 0
                    && matches!(*w, "The" | "A" | "An" | "This" | "That" | "Its" | "His" | "Her" | "Their" | "One")))
                || cues::is_pronoun(w)
                || cues::is_speaker_noun(w)
        });
    let (bad_end, lone_it) = cues::with_lower(words[words.len() - 1], |last| {
        let bad_end = matches!(
            last,
            "the"
                | "a"
                | "an"
                | "of"
                | "and"
                | "to"
                | "in"
                | "it"
                | "this"
                | "that"
                | "there"
                | "what"
                | "which"
                | "who"
                | "you"
        ) && words.len() > 1;
        let lone_it = words.len() == 1 && matches!(last, "this" | "that" | "there" | "what" | "which" | "you");
        (bad_end, lone_it)
    });
    (names_someone && !bad_end && !lone_it).then_some(r)
}

/// `former employees`, `participants`, `local organizers`: a short bare plural whose noun has
/// the ending of a word for people (`-ers`, `-ors`, `-ists`, `-ants`, `-ents`, `-ees`; not
/// `-ments`: `price movements suggest`).
fn is_bare_plural_of_people(words: &[&str]) -> bool {
    const MAX_WORDS: usize = 3;
    let Some(noun) = words.last() else { return false };
    let people_ending = ["ers", "ors", "ists", "ants", "ents", "ees"].iter().any(|e| noun.ends_with(e));
    words.len() <= MAX_WORDS
        && noun.len() >= 6
        && people_ending
        && !noun.ends_with("ments")
        && words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !w.ends_with("ly"))
}

/// `most`, `About four in 10`, `nearly half`, `40 percent of Republicans`: a share of the people
/// a poll or a report counts, as the subject.
fn is_share_of_people(s: &Sentence, mut r: Range<usize>) -> bool {
    const MAX_WORDS: usize = 5;
    // `four in 10 voters`, `half of Republicans`: a noun for the people counted may close it.
    let people = |w: &str| cues::is_speaker_noun(w) || (w.starts_with(char::is_uppercase) && w.ends_with('s'));
    let counts_people = r.len() > 1 && s.word(r.end - 1).is_some_and(people);
    if counts_people {
        r.end -= 1;
        // `about half of Democratic primary voters`: words that qualify the people after `of`.
        const MAX_QUALIFIERS: usize = 3;
        let of = (r.start..r.end).rev().take(MAX_QUALIFIERS + 1).find(|&k| s.lower(k) == Some("of"));
        let qualifier = |k: usize| s.word(k).is_some_and(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
        if let Some(of) = of.filter(|&of| (of + 1..r.end).all(qualifier)) {
            r.end = of + 1;
        } else {
            // `four in 10 Republican primary voters`: qualifiers right after the count.
            let counting = |k: usize| s.lower(k).is_some_and(|w| is_share_word(w) || is_hedge(w) || is_linking(w));
            let qualifiers =
                (r.start + 1..r.end).rev().take(MAX_QUALIFIERS + 1).take_while(|&k| qualifier(k) && !counting(k));
            r.end -= qualifiers.count();
        }
    }
    // Most subjects open with a name or a determiner: nothing more to read.
    if !s.lower(r.start).is_some_and(|w| is_hedge(w) || is_share_word(w)) {
        return false;
    }
    let Some(words) = r.clone().map(|k| s.lower(k)).collect::<Option<Vec<&str>>>() else { return false };
    // A number alone is an age or a year (`Alan Greenspan, 79, said`); `40%`, `40 percent` and
    // `four in 10` count.
    let number = |w: &&str| w.starts_with(|c: char| c.is_ascii_digit()) && !w.ends_with('%');
    // (`About 50 voters`, `at least 21,000`: a hedged number of people counts too.)
    let hedged_number = || words.iter().all(|w| is_hedge(w) || number(w));
    let counted = words.iter().any(|w| is_share_word(w) && !number(w))
        || words.iter().any(number) && words.iter().any(|w| matches!(*w, "in" | "of"))
        || (counts_people || hedged_number()) && is_hedge(words[0]) && words.iter().any(number);
    words.len() <= MAX_WORDS
        && counted
        && words.iter().all(|w| is_hedge(w) || is_share_word(w) || is_linking(w))
        && words.last().is_some_and(|w| is_share_word(w) || matches!(*w, "them" | "of"))
}

/// A word that hedges a count: `about`, `nearly`, `more than`, `at least`.
fn is_hedge(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "nearly"
            | "almost"
            | "roughly"
            | "around"
            | "over"
            | "just"
            | "only"
            | "more"
            | "than"
            | "at"
            | "least"
    )
}

/// A word that links the parts of a count: `four in 10`, `four out of 10`, `half of them`.
fn is_linking(w: &str) -> bool {
    matches!(w, "in" | "out" | "of" | "a" | "the" | "them" | "those" | "but")
}

/// A word that counts a share of people: `half`, `percent`, `most`, `four`, `40%`.
fn is_share_word(w: &str) -> bool {
    is_quantifier(w)
        || matches!(w, "half" | "all" | "none" | "majority" | "third" | "quarter" | "percent" | "%")
        || is_small_number_word(w)
        || w.starts_with(|c: char| c.is_ascii_digit())
        || is_fraction(w)
}

/// `two-thirds`, `three-fourths`, `one-quarter`: a fraction written in words.
fn is_fraction(w: &str) -> bool {
    let fraction =
        |f: &str| matches!(f.trim_end_matches('s'), "half" | "third" | "fourth" | "quarter" | "fifth" | "tenth");
    w.split_once('-').is_some_and(|(n, f)| is_small_number_word(n) && fraction(f))
}

/// A subject is a noun phrase: a finite verb in it (`Trump is defending his tweets`) means the
/// words are a clause, unless a relative pronoun introduced it (`an official who has defected`).
pub(super) fn has_finite_verb(words: &[&str]) -> bool {
    let relative = words.iter().position(|w| cues::with_lower(w, |w| matches!(w, "who" | "which" | "that" | "whose")));
    // (`doesn't`, `won’t`: a negated auxiliary too.)
    let negated = |w: &str| w.ends_with("n't") || w.ends_with("n’t");
    words.iter().enumerate().any(|(n, w)| {
        (matches!(
            *w,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "did"
                | "does"
                | "do"
                | "should"
                | "may"
                | "might"
                | "must"
        ) || negated(w))
            && relative.is_none_or(|r| n < r)
    })
}

/// After `to`, a word that reads as a bare verb (not an article, name or pronoun object).
fn is_infinitive_verb(w: &str) -> bool {
    !w.is_empty()
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && !matches!(
            w,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "this"
                | "that"
                | "these"
                | "those"
                | "reporters"
                | "journalists"
                | "him"
                | "them"
                | "me"
                | "us"
                | "you"
                | "it"
                | "supporters"
                | "voters"
                | "members"
                | "some"
                | "all"
                | "local"
                | "both"
                | "other"
                | "another"
        )
        && (!w.ends_with("ing") || is_bare_verb_in_ing(w))
        && (!w.ends_with('s') || w.len() <= 4 || w.ends_with("ss"))
}

/// `bring`, `sing`: a verb whose bare form ends in `-ing`, no participle.
fn is_bare_verb_in_ing(w: &str) -> bool {
    matches!(
        w,
        "bring" | "sing" | "ring" | "spring" | "sting" | "swing" | "cling" | "fling" | "sling" | "string" | "wring"
    )
}

/// Skips what may sit between a cue and its content: the addressee of `told`, time words and
/// prepositional phrases (`on Friday`, `in a statement`), and `that`. Returns the content's first
/// token (`None` inside when the sentence ends first); `None` overall when the phrase is unclear.
fn skip_adverbials(s: &Sentence, mut k: usize, class: CueClass) -> Option<Option<usize>> {
    if class == CueClass::Tell {
        k = skip_addressee(s, k)?;
    }
    let limit = (k + 14).min(s.range.end);
    loop {
        if k >= s.range.end {
            return Some(None);
        }
        // `responded pointedly, with a smile: "Q"`: a manner adverb, and a comma before a phrase
        // that a colon and a quotation end.
        let comma_then_phrase = s.is_punct(k, ',')
            && s.lower(k + 1).is_some_and(cues::is_adverbial_preposition)
            && (k + 2..limit)
                .find(|&n| s.word(n).is_none())
                .is_some_and(|n| s.is_punct(n, ':') && matches!(s.kind(n + 1), Some(Kind::Open(_))));
        if comma_then_phrase {
            k += 1;
            continue;
        }
        // `also said, however, that ...`: an adverb between commas is no part of the content.
        if s.is_punct(k, ',') && s.word(k + 1).is_some_and(is_interjected_adverb) && s.is_punct(k + 2, ',') {
            k += 3;
            continue;
        }
        let Some(w) = s.lower(k) else {
            return Some(Some(k));
        };
        if w == "that" {
            return Some(Some(k + 1).filter(|&n| n < s.range.end));
        }
        // A manner adverb before `that`, a comma, a colon or a quotation modifies the cue (`said
        // cautiously that`); before other words it opens the content (`said wholly owned X`).
        let manner = s.word(k).is_some_and(cues::is_manner_adverb)
            && (s.lower(k + 1) == Some("that")
                || matches!(s.kind(k + 1), Some(Kind::Punct(',' | ':') | Kind::Open(_))));
        // `said this week`, `said this:`; but `said this was covered up`: `this` or `last` is a
        // time word only before another (or a colon).
        let determiner_of_time = matches!(w, "this" | "last");
        let period = |w: &str| {
            cues::is_time_word(w)
                || matches!(w, "quarter" | "season" | "spring" | "summer" | "fall" | "autumn" | "winter")
        };
        let time = cues::is_time_word(w)
            && (!determiner_of_time || s.lower(k + 1).is_some_and(period) || s.is_punct(k + 1, ':'));
        if time || manner {
            k += 1;
        } else if w == "for" && s.lower(k + 1).is_some_and(is_span_of_time) {
            // `has said for weeks he is the only candidate`.
            k += 2;
        } else if w == "by" && s.lower(k + 1).is_some_and(is_medium) {
            // `said by telephone that ...`.
            k += 2;
        } else if k > 0 && addressee_then_that(s, k - 1) {
            return Some(Some(k + 2).filter(|&n| n < s.range.end));
        } else if w == "to" && s.lower(k + 1).is_some_and(is_infinitive_verb) {
            // `vowed to form a task force`: the infinitive is the content.
            return Some(Some(k));
        } else if approximate_number_at(s, k) {
            // `said about half of the cuts reflected ...`: an approximate number opens the content.
            return Some(Some(k));
        } else if cues::is_adverbial_preposition(w) || (w == "of" && of_phrase_then_quotation(s, k, limit)) {
            // Skip the phrase up to `that`, a comma, a colon or a quotation.
            let stop = (k + 1..limit).find(|&n| {
                s.lower(n) == Some("that")
                    || s.is_punct(n, ',')
                    || s.is_punct(n, ':')
                    || s.is_punct(n, '.')
                    || matches!(s.kind(n), Some(Kind::Open(_)))
            });
            // `said in a statement the man had been arrested`: a clause with no `that` ends a
            // prepositional phrase (not a subordinate clause: `said as soon as its audit is done, it`).
            let preposition = matches!(w, "in" | "on" | "at" | "during" | "with" | "to" | "through" | "via" | "from");
            let clause = (k + 2..stop.unwrap_or(limit)).find(|&n| preposition && clause_opens_at(s, n));
            match stop {
                Some(n) if s.lower(n) == Some("that") => return Some(Some(n + 1)),
                _ if clause.is_some() => return Some(clause),
                Some(n) => return Some(Some(n)),
                None if k + 2 < s.range.end && s.word(k + 1).is_some_and(cues::is_time_word) => k += 2,
                None => return None,
            }
        } else {
            return Some(Some(k));
        }
    }
}

/// `weeks` in `said for weeks`: how long someone has been saying it.
/// `about 300 people`, `over half the economy` at token `k`, right after a cue: the subject of
/// the reported clause, not a topic (`said about the war`) or a time (`announced about four weeks
/// ago`); after `add` it is an amount added (`would add about 375 dlrs a tonne`).
fn approximate_number_at(s: &Sentence, k: usize) -> bool {
    const MAX_QUANTITY_WORDS: usize = 3;
    let adds = s.lower(k.wrapping_sub(1)).is_some_and(|w| w.starts_with("add"));
    let time_after = (k + 2..k + 2 + MAX_QUANTITY_WORDS)
        .any(|n| s.lower(n).is_some_and(|w| is_span_of_time(w) || matches!(w, "ago" | "hours" | "minutes")));
    matches!(s.lower(k), Some("about" | "around" | "over")) && is_quantity_at(s, k + 1) && !adds && !time_after
}

/// `About half of voters in Ohio`, `At least 200 residents`: a preposition at token `k` that
/// hedges the count after it, not one that opens a phrase (`At the meeting`, `About Ohio`).
fn hedged_count_at(s: &Sentence, k: usize) -> bool {
    match s.lower(k) {
        Some("at") => s.lower(k + 1) == Some("least") && is_quantity_at(s, k + 2),
        Some("about" | "around" | "over") => is_quantity_at(s, k + 1),
        _ => false,
    }
}

/// `half`, `40 pct`, `$3 million`, `a third`, `two`: a number or a share at token `k`.
fn is_quantity_at(s: &Sentence, k: usize) -> bool {
    let number_word = |w: &str| {
        is_small_number_word(w) || matches!(w, "half" | "dozen" | "hundred" | "thousand" | "million" | "billion")
    };
    let share = |w: &str| matches!(w, "third" | "quarter" | "fifth" | "tenth" | "dozen");
    match s.kind(k) {
        Some(Kind::Punct('$' | '£' | '€')) => true,
        Some(Kind::Word) => {
            let w = s.lower(k).unwrap_or_default();
            w.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '£' | '€'))
                || number_word(w)
                || (w == "a" && s.lower(k + 1).is_some_and(share))
        }
        _ => false,
    }
}

/// `one` to `ten` in words.
fn is_small_number_word(w: &str) -> bool {
    matches!(w, "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten")
}

fn is_span_of_time(w: &str) -> bool {
    matches!(w, "days" | "weeks" | "months" | "years" | "decades")
}

/// A clause with no `that` opens at token `k`: a determiner or subject pronoun, then a finite
/// verb within a few words (`the man had`, `his rival was`, `they will`, `he resigned`). After a
/// noun, an `-ed` word is too often a participle (`a bond recently issued`) to count.
fn clause_opens_at(s: &Sentence, k: usize) -> bool {
    const MAX_SUBJECT_WORDS: usize = 5;
    let Some(first) = s.lower(k) else { return false };
    let pronoun = matches!(first, "he" | "she" | "they" | "we" | "i");
    let determiner = is_determiner(first) || matches!(first, "this" | "these" | "those");
    let ed = |n: usize| s.lower(n).is_some_and(|w| w.len() > 3 && w.ends_with("ed"));
    if pronoun && ed(k + 1) {
        return true;
    }
    // `said in a statement it had been ...`: `it` and its verb right after it (not `it issued`,
    // a relative clause: `said in a statement it issued on Monday that ...`).
    if first == "it" {
        return s.lower(k + 1).is_some_and(|w| !w.ends_with("ed") && has_finite_verb(&[w]));
    }
    let verb_within = |max_words: usize, goes_on: &dyn Fn(usize) -> bool| {
        (k + 1..(k + 1 + max_words).min(s.range.end))
            .take_while(|&n| s.lower(n).is_some() && goes_on(n))
            .any(|n| s.lower(n).is_some_and(|w| has_finite_verb(&[w])))
    };
    // A longer subject opening with a determiner, when no second subject opens inside it: `the
    // issue of up to 44 mln shares will be` (not `the National Association of Wheat Growers that
    // prices must be`, `the French state car group the agreement was`, `the World at One his
    // primary concern was`).
    const MAX_LONG_SUBJECT_WORDS: usize = 8;
    let after_preposition = |n: usize| {
        n > 0
            && s.lower(n - 1).is_some_and(|w| {
                matches!(
                    w,
                    "of" | "for" | "in" | "on" | "at" | "to" | "with" | "by" | "from" | "about" | "into" | "against"
                )
            })
    };
    let inside_subject = |n: usize| {
        s.lower(n).is_some_and(|w| {
            !(matches!(w, "that" | "there")
                || matches!(w, "he" | "she" | "they" | "we" | "his" | "her" | "their" | "its")
                || is_determiner(w) && !after_preposition(n))
        })
    };
    // (Nor one after a preposition, which opens its object: `the impact of the sales tax on ...`.)
    let object = after_preposition(k);
    // `his firm worked closely with ...`: after a possessive and a noun or two, a verb in the
    // past (not one with its agent: `his bill backed by the union`).
    let possessive = matches!(first, "his" | "her" | "their" | "its" | "our" | "my");
    let noun = |n: usize| s.word(n).is_some_and(|w| w.chars().all(char::is_lowercase) && !w.ends_with("ed"));
    let past = |n: usize| ed(n) && s.lower(n + 1) != Some("by");
    let possessive_then_past = possessive && noun(k + 1) && (past(k + 2) || noun(k + 2) && past(k + 3));
    (pronoun || determiner) && verb_within(MAX_SUBJECT_WORDS, &|_| true)
        || determiner && !object && verb_within(MAX_LONG_SUBJECT_WORDS, &inside_subject)
        || possessive_then_past && !object
}

/// `said of the sale: "Q"`, `said of Smith, "Q"`: a phrase with `of` from token `k` that a colon
/// or a comma and a quotation end (`warned of losses`, `warned of "chaos"` and `said of 11 loans,
/// eight ...` are no such phrase).
fn of_phrase_then_quotation(s: &Sentence, k: usize, limit: usize) -> bool {
    let stop = (k + 1..limit).find(|&n| s.word(n).is_none());
    // `"Q," Kunin said of Sanders.`: the phrase may also close the sentence.
    let closes_sentence = |n: usize| s.is_punct(n, '.') && n + 1 == s.range.end;
    stop.is_some_and(|n| {
        s.is_punct(n, ':') || (s.is_punct(n, ',') && matches!(s.kind(n + 1), Some(Kind::Open(_)))) || closes_sentence(n)
    })
}

fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "us" | "me" | "you")
}

/// `warned voters that ...`, `assured them that ...`: a verb that takes an addressee at token
/// `cue`, then one word for people (`that` after other nouns is a relative: `denied reports that`).
fn addressee_then_that(s: &Sentence, cue: usize) -> bool {
    let takes_addressee = |w: &str| {
        ["warn", "assur", "remind", "caution", "advis", "promis", "inform", "urg", "convinc", "persuad"]
            .iter()
            .any(|stem| w.starts_with(stem))
    };
    let people = |w: &str| {
        is_object_pronoun(w)
            || matches!(w, "people" | "members" | "colleagues" | "allies")
            || ["ers", "ors", "ists", "ians", "ents", "ans"].iter().any(|end| w.len() > 4 && w.ends_with(end))
    };
    s.lower(cue).is_some_and(takes_addressee)
        && s.lower(cue + 1).is_some_and(people)
        && s.lower(cue + 2) == Some("that")
}

/// `told the Telegraph that`, `told reporters:`, `told him`: the addressee ends at `that`, a colon,
/// a comma or a quotation, or after a short noun phrase.
fn skip_addressee(s: &Sentence, k: usize) -> Option<usize> {
    // `told a crowded banquet hall at a hotel in downtown Baltimore that ...`.
    let limit = (k + 14).min(s.range.end);
    let stop = (k..limit).find(|&n| {
        s.lower(n) == Some("that")
            || s.is_punct(n, ':')
            || s.is_punct(n, ',')
            || s.is_punct(n, '.')
            || matches!(s.kind(n), Some(Kind::Open(_)))
    });
    // `told African-Americans this weekend he would ...`: a short addressee, then a new subject.
    if let Some(content) = addressee_then_subject(s, k).filter(|&c| stop.is_none_or(|st| c < st)) {
        return Some(content);
    }
    // `told reporters his trip, which took him to London, was a success`: a relative clause
    // after the subject of the content, not the end of the addressee.
    if let Some(comma) =
        stop.filter(|&c| s.is_punct(c, ',') && matches!(s.lower(c + 1), Some("which" | "who" | "whose")))
    {
        // (Not `told the Biblical story of Nineveh, which ...`.)
        let opens_noun_phrase = |e: usize| s.is_capitalised(e) || s.lower(e).is_some_and(is_determiner);
        if let Some(end) = simple_addressee_end(s, k).filter(|&e| e + 1 < comma && opens_noun_phrase(e)) {
            return Some(end);
        }
    }
    // `"Q," she told reporters outside the hall.`: the addressee runs to the sentence end.
    stop.or((limit == s.range.end).then_some(limit))
}

/// The end of an addressee that is a name (`Fox News`, `the National Post`), an object pronoun
/// or a plural noun (`reporters`) starting at token `k`.
fn simple_addressee_end(s: &Sentence, k: usize) -> Option<usize> {
    let first = s.word(k)?;
    let mut e = k + 1;
    if first.starts_with(char::is_uppercase) || (matches!(first, "the" | "a") && s.is_capitalised(e)) {
        while s.is_capitalised(e) {
            e += 1;
        }
        return Some(e);
    }
    let plural = first.ends_with('s') && first.len() > 3 && first.chars().all(char::is_lowercase);
    (is_object_pronoun(first) || plural).then_some(e)
}

/// Where the content starts after the addressee of `told`, when a subject starts it.
fn addressee_then_subject(s: &Sentence, k: usize) -> Option<usize> {
    addressee_then_named_subject(s, k)
        .or_else(|| addressee_then_clause(s, k))
        .or_else(|| addressee_then_pronoun_clause(s, k))
}

/// `told a Planned Parenthood gathering in Washington she will protect ...`: a longer addressee,
/// phrases and all, then a pronoun and an auxiliary open the clause.
fn addressee_then_pronoun_clause(s: &Sentence, k: usize) -> Option<usize> {
    const MAX_ADDRESSEE_WORDS: usize = 10;
    let end = (k + 1 + MAX_ADDRESSEE_WORDS).min(s.range.end);
    let opens = |n: usize| {
        s.lower(n).is_some_and(|w| matches!(w, "he" | "she" | "they" | "we" | "i"))
            && s.lower(n + 1).is_some_and(|w| cues::is_auxiliary_verb(w) || is_be(w))
    };
    // Words only, up to `that` (handled before) or a question word (`tell them what they can do`).
    let goes_on =
        |w: &str| !matches!(w, "that" | "what" | "how" | "why" | "where" | "when" | "whether" | "who" | "which");
    (k + 1..end).take_while(|&n| s.lower(n).is_some_and(goes_on)).find(|&n| opens(n))
}

/// `told the BBC's Today programme the sale was a mistake`: an addressee of a few words, then the
/// first word that opens a clause.
fn addressee_then_clause(s: &Sentence, k: usize) -> Option<usize> {
    const MAX_ADDRESSEE_WORDS: usize = 6;
    if s.lower(k).is_some_and(is_object_pronoun) {
        return None;
    }
    let end = (k + 1 + MAX_ADDRESSEE_WORDS).min(s.range.end);
    // A preposition starts a phrase (`told Reuters in an interview that`), not the clause.
    let stop =
        |n: usize| s.lower(n).is_none_or(|w| w == "that" || cues::is_pronoun(w) || cues::is_adverbial_preposition(w));
    (k + 1..end).find_map(|n| if clause_opens_at(s, n) { Some(Some(n)) } else { stop(n).then_some(None) })?
}

/// Where the content starts after a one-word or capitalised addressee and optional time phrase,
/// when a subject (pronoun or name) starts it.
fn addressee_then_named_subject(s: &Sentence, k: usize) -> Option<usize> {
    let first = s.word(k)?;
    // `told Fox News`, `told the National Post`, `told reporters`, `told them`.
    let mut e = simple_addressee_end(s, k)?;
    loop {
        match s.lower(e) {
            Some(w) if cues::is_time_word(w) => e += 1,
            Some("on" | "in" | "at") if s.word(e + 1).is_some_and(cues::is_time_word) => e += 2,
            _ => break,
        }
    }
    // `told the Guardian the plan needed more study`.
    if clause_opens_at(s, e) && !is_object_pronoun(first) {
        return Some(e);
    }
    let w = s.word(e)?;
    // `he’s`, `they’d`: a pronoun with its verb.
    let w = w.split(['’', '\'']).next().unwrap_or(w);
    let subject = cues::is_pronoun(w) && !matches!(w, "it" | "you")
        || (w.starts_with(char::is_uppercase) && s.word(e + 1).is_some_and(|n| n.starts_with(char::is_lowercase)));
    subject.then_some(e)
}

/// Content after a cue starting at token `k`: a long quotation right there is direct speech;
/// otherwise the clause up to the sentence end or the next attribution.
fn content_after(s: &Sentence, mut k: usize) -> Option<Content> {
    let (mut colon, mut comma) = (false, false);
    // (`The plan - critics say - will cost jobs`: a dash closing an interposed cue.)
    while k < s.range.end && (s.is_punct(k, ':') || s.is_punct(k, ',') || is_dash(s, k)) {
        colon |= s.is_punct(k, ':');
        comma |= s.is_punct(k, ',');
        k += 1;
    }
    if let Some(Kind::Open(n)) = s.kind(k) {
        let short_answer = colon || comma && is_short_sentence(s, k);
        if short_answer && !s.long_quote[n as usize] && is_all_that_was_said(s, k) {
            return Some(Content::Quotes(vec![n as usize]));
        }
        if s.long_quote[n as usize] {
            let quotes = long_quotes_in(s, k..s.range.end);
            let after_last = last_close(s, k).map_or(s.range.end, |c| c + 1);
            // `says “A” because “B”` is one reported clause, not two quotations.
            let words_between = (k..after_last).any(|n| s.tokens[n].is_word() && s.outside(n));
            if s.word_count(after_last..s.range.end) <= 3 && !words_between {
                return Some(Content::Quotes(quotes));
            }
        }
    }
    if tells_speakers_act(s, k) || by_doing(s, k) {
        return None;
    }
    let end = clause_end(s, k);
    (s.word_count(k..end) >= 3).then_some(Content::Clause(k..end))
}

/// `Germany has responded by helping to build a force`, `concluded by admonishing journalists`:
/// how the subject responded or ended, a deed, not words (but `responded by saying that`, `by
/// accusing`). (Not `said by funding the debt, the country could save`: a clause after it.)
fn by_doing(s: &Sentence, k: usize) -> bool {
    let responds = k > 0
        && s.lower(k - 1).is_some_and(|w| {
            ["respond", "react", "conclud", "retaliat", "replied", "reply"].iter().any(|stem| w.starts_with(stem))
        });
    let deed = |w: &str| w.len() > 4 && w.ends_with("ing") && cues::verb(w).is_none() && w != "accusing";
    // (`concluded by making it clear to the judge that ...`: words after all.)
    let clause_follows = || (k..clause_end(s, k)).any(|j| s.lower(j) == Some("that"));
    responds && s.lower(k) == Some("by") && s.lower(k + 1).is_some_and(deed) && !clause_follows()
}

/// `would not say`, `would not elaborate`, `would not comment` at token `k`.
fn would_not_say(s: &Sentence, k: usize) -> bool {
    s.lower(k) == Some("would")
        && s.lower(k + 1) == Some("not")
        && s.lower(k + 2).is_some_and(|w| matches!(w, "say" | "elaborate" | "comment" | "give" | "disclose" | "name"))
}

/// `said without detailing the amount`, `said but did not elaborate`, `said, quoting customs
/// figures`: what follows the cue at `k` tells what the speaker did, not what was said.
fn tells_speakers_act(s: &Sentence, k: usize) -> bool {
    // (Not the clause going on: `Inflation is high, he told us, but could fall next year`.)
    let declines =
        |w: &str| matches!(w, "declined" | "refused" | "did" | "gave" | "offered" | "provided" | "added" | "said");
    match s.lower(k) {
        Some("quoting" | "citing") => true,
        Some("without") => s.lower(k + 1).is_some_and(|w| w.ends_with("ing")),
        Some("but") => s.lower(k + 1).is_some_and(declines) || would_not_say(s, k + 1),
        _ => false,
    }
}

/// Cue `i` comes right after `and|but [also|then]`.
fn follows_coordinator(s: &Sentence, i: usize) -> bool {
    (i.saturating_sub(2)..i).any(|k| k >= s.range.start && coordinated_cue(s, k))
}

/// `and|but [also|then] CUE` at token `k`, the cue a finite reporting verb: the speaker goes on
/// with a new report (`said A and told reporters B`).
fn coordinated_cue(s: &Sentence, k: usize) -> bool {
    if !matches!(s.lower(k), Some("and" | "but")) || !s.outside(k) {
        return false;
    }
    let verb = if matches!(s.lower(k + 1), Some("also" | "then" | "later")) { k + 2 } else { k + 1 };
    let naming = s.lower(verb).is_some_and(|w| NAMING_VERBS.contains(w));
    verb < s.range.end
        && s.cue_candidate[verb]
        && (verb_at(s, verb).is_some_and(|v| !v.participle) || naming)
        && s.lower(verb)
            .is_some_and(|w| w.ends_with("ed") || w.ends_with('s') || matches!(w, "said" | "told" | "wrote"))
}

/// `"No."`, `"You tell me."`: the short quotation opening at `open` reads as a sentence of its
/// own: a capital first, not every word capitalised (`"Tough Choices."` is a title), not a phrase
/// going on with the clause before (`..., "without exception."`).
fn is_short_sentence(s: &Sentence, open: usize) -> bool {
    let words: Vec<&str> = (open + 1..s.range.end)
        .take_while(|&k| !s.is_close(k))
        .filter(|&k| s.tokens[k].is_word())
        .map(|k| s.tokens[k].text(s.para))
        .collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    words.first().is_some_and(capital) && (words.len() == 1 || !words.iter().all(capital))
}

/// `Lark said: "Never."`, `Lark said, "You tell me."`: the quotation opening at `open` closes
/// the sentence, with no long quotation after it: it is all that was said, however short.
fn is_all_that_was_said(s: &Sentence, open: usize) -> bool {
    last_close(s, open).is_some_and(|c| s.word_count(c + 1..s.range.end) == 0)
        && long_quotes_in(s, open..s.range.end).is_empty()
}

fn last_close(s: &Sentence, from: usize) -> Option<usize> {
    (from..s.range.end).rev().find(|&i| s.is_close(i))
}

/// The clause from `k` ends at the sentence end or before `, but`, `;`, `, according to`, a
/// participle cue (`, adding`) or a second cue of the same speaker (`and warned that`), whichever
/// comes first.
fn clause_end(s: &Sentence, k: usize) -> usize {
    let mut end = s.range.end;
    for n in k..s.range.end {
        if s.is_punct(n, ';')
            || coordinated_cue(s, n)
            || colon_before_framed_quotation(s, n)
            || other_share_reports(s, n)
        {
            end = n;
            break;
        }
        // `lower taxes and "jobs, jobs, jobs," but he has also ...`: a comma inside the closing
        // mark ends the clause like one after it; `as being in the "suburbs" — a metaphor for
        // ...`: a dash after a quotation opens the writer's gloss.
        if s.is_close(n) && closes_clause_after_quotation(s, k, n) {
            end = n + 1;
            break;
        }
        if s.is_punct(n, ',') && comma_ends_clause(s, k, n + 1) {
            end = n;
            break;
        }
    }
    before_punctuation(s, k, end)
}

/// `21 percent said “not too likely” and 14 percent said “not at all likely”`: `and` at token
/// `n`, then another count of people with its own report.
fn other_share_reports(s: &Sentence, n: usize) -> bool {
    const MAX_COUNT_TOKENS: usize = 4;
    if s.lower(n) != Some("and") {
        return false;
    }
    let cue = (n + 2..s.range.end).take(MAX_COUNT_TOKENS).find(|&c| s.cue_candidate[c]);
    cue.is_some_and(|c| s.lower(c).is_some_and(is_plain_report) && is_share_of_people(s, n + 1..c))
}

/// `declared the need for ambition: “Change the world,” she said`: a colon before a quotation
/// that words after it attribute anew.
fn colon_before_framed_quotation(s: &Sentence, n: usize) -> bool {
    if !s.is_punct(n, ':') {
        return false;
    }
    let Some(Kind::Open(m)) = s.kind(n + 1) else { return false };
    const MAX_TOKENS_TO_CUE: usize = 4;
    let close = (n + 2..s.range.end).find(|&c| s.kind(c) == Some(Kind::Close(m)));
    close.is_some_and(|c| (c + 1..s.range.end).take(MAX_TOKENS_TO_CUE).any(|k| s.cue_candidate[k]))
}

/// The closing mark at `close` ends a clause that started at `k`: it holds a comma before
/// `but`, `while`, `according` or a participle, or a dash follows it (not a dash closing an
/// aside that opened before: `abortion – what her business calls "care" – is ...`).
fn closes_clause_after_quotation(s: &Sentence, k: usize, close: usize) -> bool {
    let dash = |j: usize| matches!(s.kind(j), Some(Kind::Punct('—' | '–')));
    if dash(close + 1) {
        return !(k..close).any(|j| dash(j) && s.outside(j));
    }
    s.tokens[close - 1].is_punct(',') && comma_ends_clause(s, k, close + 1)
}

/// A comma before token `next` ends a reported clause that started at `k`: `but`, `while`,
/// `according to`, a participle, `, and he VERBed` (the writer goes on with the speaker's
/// deeds), a relative clause that quotes someone else, or the main clause's own cue.
fn comma_ends_clause(s: &Sentence, k: usize, next: usize) -> bool {
    let word = s.lower(next).unwrap_or_default();
    // `thanked Ann Cole, who said, "Q"`: a relative clause that quotes someone.
    let reporting_relative = || {
        matches!(word, "who" | "which")
            && next + 2 < s.range.end
            && s.cue_candidate[next + 1]
            && verb_at(s, next + 1).is_some()
            && opens_quotation(s, next + 2)
    };
    // `The Post, which first said A, said B`: the main clause's own cue after a relative one.
    let main_cue = || {
        is_plain_report(word)
            && s.cue_candidate.get(next) == Some(&true)
            && (k.saturating_sub(5).max(s.range.start)..k).any(|j| matches!(s.lower(j), Some("who" | "which")))
    };
    // `..., and he urged North Korea to ...`: the writer goes on with the speaker's deeds.
    let pronoun_goes_on = || {
        word == "and"
            && s.lower(next + 1).is_some_and(|w| matches!(w, "he" | "she" | "they"))
            && s.lower(next + 2).is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
    };
    // `After thanking the crowd, which chanted his name, he touted ...`: a relative clause
    // between commas ends at its second one when the main clause's subject follows.
    let relative_closes = || {
        matches!(word, "he" | "she" | "they" | "we" | "i")
            && (k.saturating_sub(4).max(s.range.start + 1)..k)
                .any(|j| matches!(s.lower(j), Some("who" | "which")) && s.is_punct(j - 1, ','))
    };
    // `... said Clinton is honest, and three-quarters said the same of Sanders`: a second
    // subject's own report.
    const MAX_SUBJECT_WORDS: usize = 5;
    // (Not a relative clause's report, `and songs that the minister said were ...`, nor the
    // first subject's, `in two, three, and six-month deposits but said`.)
    let subject_word = |j: usize| {
        s.lower(j).is_some_and(|w| !matches!(w, "but" | "or" | "that" | "which" | "who" | "whom" | "whose" | "to"))
    };
    // (Any reporting verb after a name, with `that` or an infinitive: `vowed to cut taxes, and
    // Ann Cole is promising to help`; not `and Aviaco maintained 10 flights`.)
    let named = s.is_capitalised(next + 1);
    let framed = |j: usize| match s.lower(j + 1) {
        Some("that") => true,
        Some("to") => s.lower(j + 2).is_some_and(is_infinitive_verb),
        _ => false,
    };
    let another_report = || {
        let cue = |j: usize| {
            s.cue_candidate[j]
                && (s.lower(j).is_some_and(is_plain_report) || named && verb_at(s, j).is_some() && framed(j))
        };
        word == "and"
            && (next + 2..s.range.end.min(next + 2 + MAX_SUBJECT_WORDS)).take_while(|&j| subject_word(j - 1)).any(cue)
    };
    matches!(word, "but" | "according" | "while" | "although" | "though") && !but_that(s, next)
        || verb_at(s, next).is_some_and(|v| v.participle)
        || another_report()
        || reporting_relative()
        || main_cue()
        || pronoun_goes_on()
        || relative_closes()
}

/// `but that` at token `k`, after a comma: `said A, but that B` reports B too.
fn but_that(s: &Sentence, k: usize) -> bool {
    s.lower(k) == Some("but") && s.lower(k + 1) == Some("that")
}

/// Token `end` moved back over the punctuation (outside quotation marks) just before it, not
/// past token `floor`.
fn before_punctuation(s: &Sentence, floor: usize, mut end: usize) -> usize {
    while end > floor && matches!(s.tokens[end - 1].kind, Kind::Punct(_)) && s.outside(end - 1) {
        end -= 1;
    }
    end
}

/// Content before token `k` (the speaker or cue that closes the sentence): the quotations just
/// before it, or the clause from the sentence start.
fn content_before(s: &Sentence, k: usize) -> Option<Content> {
    let end = before_punctuation(s, s.range.start, k);
    // (The subject may start at the closing mark: `Marcia "Cia" Price said`.)
    if (end > s.range.start && closes_nickname(s, end - 1)) || closes_nickname(s, k) {
        return None;
    }
    if end > s.range.start && s.is_close(end - 1) {
        // `"Fake news," Jane Roe said.`: a quotation that is all the content is direct speech,
        // however short.
        if let (Some(Kind::Open(n)), Some(Kind::Close(m))) = (s.kind(s.range.start), s.kind(end - 1)) {
            if n == m {
                return Some(Content::Quotes(vec![n as usize]));
            }
        }
        // `Some of the comments were humorous: "This game is so good ...," wrote Charles
        // MacIntyre`: what comes before a colon is the writer's, the quotation after it the speaker's.
        if let Some(Kind::Close(m)) = s.kind(end - 1) {
            let open = (s.range.start..end).find(|&i| s.kind(i) == Some(Kind::Open(m)));
            if open.is_some_and(|o| o > s.range.start && s.is_punct(o - 1, ':')) {
                return Some(Content::Quotes(vec![m as usize]));
            }
        }
        let quotes = long_quotes_in(s, s.range.start..end);
        if !quotes.is_empty() {
            let first_open = (s.range.start..end).find(|&i| matches!(s.kind(i), Some(Kind::Open(_))));
            let lead_words = first_open.map_or(0, |o| s.word_count(s.range.start..o));
            if lead_words <= 2 {
                return Some(Content::Quotes(quotes));
            }
        }
    }
    let mut start = after_dateline(s, s.range.start..end);
    if let Some(colon) = (start..end).rev().find(|&i| opens_content_after_colon(s, i, end)) {
        start = colon + 1;
    }
    // `... (“Pope Excommunicates Trump,” declared La Stampa)`: a cue inside brackets reports
    // only what the brackets hold.
    let open = (start..k).rev().take_while(|&n| !s.is_punct(n, ')')).find(|&n| s.is_punct(n, '('));
    if let Some(open) = open.filter(|_| (k..s.range.end).any(|n| s.is_punct(n, ')'))) {
        start = open + 1;
    }
    // `However, Trump is not a conservative, he said`: the content opens after the discourse
    // word and its comma.
    while start < end && (s.word(start).is_some_and(cues::is_discourse_word) || s.is_punct(start, ',')) {
        start += 1;
    }
    (s.word_count(start..end) >= 3).then_some(Content::Clause(start..end))
}

/// `He put it this way: the plan "will never work," he said`, `they hoped for good timing: with
/// the Super Bowl on Sunday, they argued, there was little time`: what follows the colon at `i`
/// is a clause or a quotation of its own, the content; before it, the writer's lead. (Not a list
/// the lead introduces: `Shipments included: beef 14,384, horse meat 1,609, the board said`;
/// nor a colon inside a title: `EA's Need for Speed: Underground 2`.)
fn opens_content_after_colon(s: &Sentence, i: usize, end: usize) -> bool {
    if !s.is_punct(i, ':') || !s.para[s.tokens[i].end..].starts_with(char::is_whitespace) {
        return false;
    }
    if i > s.range.start && s.is_capitalised(i - 1) && s.is_capitalised(i + 1) {
        return false;
    }
    // (The clause may go on after an interposed cue.)
    let quotation = (i + 1..end).any(|k| matches!(s.kind(k), Some(Kind::Open(_))));
    let words: Vec<&str> = (i + 1..s.range.end).filter_map(|k| s.lower(k)).collect();
    quotation || has_finite_verb(&words)
}

fn long_quotes_in(s: &Sentence, r: Range<usize>) -> Vec<usize> {
    r.filter_map(|i| match s.tokens[i].kind {
        Kind::Open(n) if s.long_quote[n as usize] => Some(n as usize),
        _ => None,
    })
    .collect()
}

/// `according to SPEAKER, CONTENT` and `CONTENT, according to SPEAKER.`
fn according_to(s: &Sentence, i: usize) -> Option<Attribution> {
    // Opening a sentence, the source runs to its comma, however long (`According to early results
    // of exit polls conducted for the Associated Press and television networks by Edison
    // Research, ...`); closing one, it is a short phrase.
    // (`It has not gone unnoticed: according to recent polls, ...`: after a colon too.)
    let opens_sentence =
        i == s.range.start || s.word(i - 1).is_some_and(cues::is_discourse_word) || s.is_punct(i - 1, ':');
    // `In addition, according to the department, nearly nine million ...`: after a fronted
    // adverbial the source opens the clause too.
    let at_start = opens_sentence || after_fronted_adverbial(s, i);
    let max_words = if at_start { 24 } else { 12 };
    let np_start = i + 2;
    // `according to how long he spends in the gym`: a clause, no source.
    if s.lower(np_start).is_some_and(|w| matches!(w, "how" | "what" | "whether" | "where" | "when" | "why" | "which")) {
        return None;
    }
    let mut np_end = np_start;
    // `Texas/Texas Tribune`, `AT & T`: a slash or an ampersand inside the source's name.
    let inside_name = |k: usize| !matches!(s.tokens[k].kind, Kind::Punct(c) if !matches!(c, '/' | '&'));
    while np_end < s.range.end && s.outside(np_end) && inside_name(np_end) && np_end - np_start < max_words {
        np_end += 1;
    }
    if at_start {
        // `According to Ofcom there were ...`, `According to Jupiter Research 40% of homes ...`:
        // without a comma the source ends where a new clause opens.
        // A pronoun opens a clause for sure (`According to Ofcom there were ..., and`); an
        // article or a number only when no comma closes the source.
        let clause = |strong: bool, end: usize| (np_start + 1..end).find(|&k| opens_clause_after_source(s, k, strong));
        let near = np_end.min(np_start + 6);
        // (`According to Pew Research 44% of searchers use one engine, 48% use two`: a comma
        // further on closes no source when a clause with its verb opens before it.)
        let finite_from = |k: usize| (k + 1..np_end).any(|n| s.lower(n).is_some_and(reads_as_finite_verb));
        let dated = |k: usize| s.word(k).is_some_and(is_year) && s.word(k - 1).is_some_and(cues::is_month);
        let weak_clause = clause(false, np_end);
        let clause_before_comma = weak_clause.filter(|&k| s.is_capitalised(k - 1) && !dated(k) && finite_from(k));
        np_end = clause(true, near)
            .or(clause_before_comma)
            .or_else(|| s.is_punct(np_end, ',').then_some(np_end))
            .or(weak_clause)?;
    }
    // Whatever follows `according to` is a source (`federal statistics`), so only its length is checked.
    let speaker = np_start..np_end;
    if s.word_count(speaker.clone()) == 0 {
        return None;
    }
    let interposed = !opens_sentence && s.is_punct(i - 1, ',') && s.is_punct(np_end, ',');
    let subject_only = || !at_start && noun_phrase_only(s, after_dateline(s, s.range.start..i)..i - 1);
    if let Some(rest) = interposed.then(|| interposed_source_rest(s, np_end + 1, subject_only())).flatten() {
        // `The plan, according to two people briefed on it, would cut taxes`: the clause goes on
        // after the source, and its subject before the source belongs to it.
        let content = Content::Clause(after_dateline(s, s.range.start..i)..rest.end);
        return Some(Attribution { speaker, role: None, cue: i..i + 2, content, more: None });
    }
    // `According to a source, who declined to be named, the bank ...`: the relative clause
    // describes the source; so does its name after a noun for a document or a body
    // (`According to a new book, Brown's Britain, Mr Blair ...`, `by industry watchdog, Ofcom,`).
    let relative = at_start.then(|| relative_clause_after(s, np_end).or_else(|| name_of_source(s, np_end))).flatten();
    let content = match &relative {
        Some(r) => content_after(s, r.end)?,
        None if at_start => content_after(s, np_end)?,
        None => content_before(s, i)?,
    };
    Some(Attribution { speaker, role: relative, cue: i..i + 2, content, more: None })
}

/// The name between the comma at token `comma`, which ends a source whose last word is a noun
/// for a document or a body, and the next comma: `a new book, Brown's Britain,`.
fn name_of_source(s: &Sentence, comma: usize) -> Option<Range<usize>> {
    const MAX_NAME_WORDS: usize = 4;
    let body = |w: &str| {
        speakers::is_document(w)
            || matches!(w, "watchdog" | "regulator" | "firm" | "company" | "group" | "agency" | "newspaper" | "paper")
    };
    if !s.is_punct(comma, ',') || !s.word(comma - 1).is_some_and(|w| w.starts_with(char::is_lowercase) && body(w)) {
        return None;
    }
    let end = (comma + 1..(comma + 2 + MAX_NAME_WORDS).min(s.range.end)).find(|&k| s.word(k).is_none())?;
    let name = |k: usize| s.word(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    // The clause after opens with a lower-case word, an article or a pronoun (not `King, 42,
    // was`, nor a title's next part: `Intifada, Closures and ...`).
    let clause_opens = s.word(end + 1).is_some_and(|w| {
        w.starts_with(char::is_lowercase) || cues::with_lower(w, |w| is_determiner(w) || cues::is_pronoun(w))
    });
    (end > comma + 1 && s.is_punct(end, ',') && (comma + 1..end).all(name) && clause_opens).then_some(comma + 1..end)
}

/// The relative clause between the comma at token `comma` and the next (`, who declined to be
/// named,`), if one follows.
fn relative_clause_after(s: &Sentence, comma: usize) -> Option<Range<usize>> {
    const MAX_TOKENS: usize = 12;
    if !(s.is_punct(comma, ',') && matches!(s.lower(comma + 1), Some("who" | "which"))) {
        return None;
    }
    let end = (comma + 2..s.range.end.min(comma + 2 + MAX_TOKENS)).find(|&k| s.is_punct(k, ','))?;
    Some(comma + 1..end)
}

/// `according to` at token `i` follows a comma closing a short adverbial that opens the sentence
/// (`In addition,`, `Since last November,`, `But,`), with no verb in it.
fn after_fronted_adverbial(s: &Sentence, i: usize) -> bool {
    const MAX_WORDS: usize = 6;
    let before = s.range.start..i - 1;
    let opener = s.word(s.range.start).is_some_and(|w| cues::is_clause_opener(w) || cues::is_discourse_word(w))
        || s.lower(s.range.start).is_some_and(cues::is_adverbial_preposition);
    let words: Vec<&str> = before.clone().filter_map(|k| s.word(k)).collect();
    i > s.range.start + 1
        && s.is_punct(i - 1, ',')
        && opener
        && words.len() <= MAX_WORDS
        && !before.clone().any(|k| s.is_punct(k, ','))
        && !has_finite_verb(&words)
}

/// The rest of a clause after an interposed source, from token `k`, when it goes on with an
/// auxiliary or `be` (`, would cut taxes for the rich.`), not a participle (`, obtained by
/// Reuters,`) or an adverbial.
fn interposed_source_rest(s: &Sentence, k: usize, subject_before: bool) -> Option<Range<usize>> {
    let first = s.lower(k)?;
    // `Other cleavages, according to the poll, include ideology`: after a subject alone, a word in
    // lower case that opens no phrase of its own is the verb (not a participle in `-ed`: `The
    // letter, according to the agency, obtained by the paper`).
    let plain_verb = subject_before
        && s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase) && !w.ends_with("ed"))
        && !opens_a_phrase(first)
        && !matches!(first, "and" | "but" | "or" | "that" | "which" | "who" | "to" | "as" | "if" | "when");
    let verb_phrase = cues::is_auxiliary_verb(first) || is_be(first) || plain_verb;
    let end = clause_end(s, k);
    (verb_phrase && s.word_count(k..end) >= 2).then_some(k..end)
}

/// Tokens `r` are a short noun phrase with no verb in it (`Other major cleavages`, `The plan`):
/// words only, none a reporting verb, an auxiliary or a form of `be`.
fn noun_phrase_only(s: &Sentence, r: Range<usize>) -> bool {
    const MAX_WORDS: usize = 8;
    let verb = |k: usize| s.lower(k).is_some_and(|w| cues::is_auxiliary_verb(w) || is_be(w) || cues::verb(w).is_some());
    r.len() <= MAX_WORDS && r.clone().all(|k| s.word(k).is_some()) && !r.clone().any(verb)
}

/// Token `k` opens the clause after an unpunctuated source: a determiner, pronoun or number right
/// after a word that ends a noun phrase (`Ofcom there`, `researchers the average user`), not after
/// a preposition (`gathered by the Pew researchers`).
fn opens_clause_after_source(s: &Sentence, k: usize, pronoun_only: bool) -> bool {
    let (Some(w), Some(lower)) = (s.word(k), s.lower(k)) else { return false };
    let pronoun = matches!(lower, "there" | "it" | "he" | "she" | "they" | "we");
    let opener = pronoun
        || (!pronoun_only
            && (w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    lower,
                    "the"
                        | "a"
                        | "an"
                        | "most"
                        | "many"
                        | "some"
                        | "this"
                        | "these"
                        | "those"
                        | "nearly"
                        | "almost"
                        | "more"
                        | "only"
                        | "all"
                        | "no"
                )));
    let after_noun = s.word(k - 1).zip(s.lower(k - 1)).is_some_and(|(p, lower)| {
        cues::strip_possessive(p).len() == p.len()
            && !matches!(
                lower,
                "of" | "by"
                    | "for"
                    | "in"
                    | "at"
                    | "from"
                    | "with"
                    | "to"
                    | "on"
                    | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "its"
                    | "their"
                    | "between"
                    | "under"
                    | "over"
                    | "about"
                    | "among"
                    | "into"
            )
    });
    opener && after_noun
}

/// `"Q," the agency quoted Mr Putin as saying` and `cited X as saying`: the object speaks.
fn quoted_as_saying(s: &Sentence, i: usize) -> Option<Attribution> {
    let limit = (i + 10).min(s.range.end);
    let (as_at, cue_end) = (i + 1..limit).find_map(|k| match s.lower(k) {
        Some("as") if s.lower(k + 1).is_some_and(|w| w.ends_with("ing")) => Some((k, k + 2)),
        Some("saying") => Some((k, k + 1)),
        _ => None,
    })?;
    // `Roe was quoted as saying`, `Roe was quoted by the Times as saying`: the passive's subject.
    let passive = auxiliaries_before(s, i).1 && s.lower(i + 1) == Some("by");
    if as_at == i + 1 || passive {
        return quoted_as_saying_passive(s, i, cue_end);
    }
    let speaker = trim_subject(s, i + 1..as_at)?;
    let cue = i..cue_end;
    let (subject_start, _) = auxiliaries_before(s, i);
    let subject_start =
        (s.range.start..subject_start).rev().take_while(|&k| !is_hard_boundary(s, k)).last().unwrap_or(subject_start);
    let content =
        if subject_start > s.range.start && (s.is_close(subject_start - 1) || s.is_punct(subject_start - 1, ',')) {
            content_before(s, subject_start)?
        } else {
            content_after(s, skip_adverbials(s, cue_end, CueClass::Say)??)?
        };
    Some(Attribution { speaker, role: None, cue, content, more: None })
}

/// `"Q," Jane Roe is quoted as saying.` and `Jane Roe was quoted as saying CLAUSE`: the subject of
/// the passive speaks.
fn quoted_as_saying_passive(s: &Sentence, quoted: usize, cue_end: usize) -> Option<Attribution> {
    let (aux_start, _) = auxiliaries_before(s, quoted);
    if aux_start == quoted {
        return None;
    }
    let subject = subject_before(s, aux_start)?;
    let start = subject.start();
    let content = if follows_quotation(s, start) || (start > s.range.start && s.is_punct(start - 1, ',')) {
        content_before(s, start)?
    } else {
        content_after(s, skip_adverbials(s, cue_end, CueClass::Say)??)?
    };
    Some(Attribution { speaker: subject.speaker, role: subject.role, cue: aux_start..cue_end, content, more: None })
}

/// `, adding that CLAUSE` and `, saying "Q"`: the speaker of the sentence's previous attribution
/// says more.
fn participle(s: &Sentence, i: usize, previous: Option<&Attribution>) -> Option<Attribution> {
    let before = i.checked_sub(1).filter(|&k| s.range.contains(&k))?;
    let verb_end = cue_end(s, i);
    let after = skip_adverbials(s, verb_end, cues::verb(s.lower(i)?)?.class)??;
    // `before asking her, "Q"`: an addressee pronoun, then the quotation.
    let addressee_then_quotation = s.lower(after).is_some_and(is_object_pronoun)
        && s.is_punct(after + 1, ',')
        && matches!(s.kind(after + 2), Some(Kind::Open(_)));
    let after = if addressee_then_quotation { after + 2 } else { after };
    if let Some(share) = share_after_with(s, i) {
        // `with 30 percent of voters saying they ...`, `with half of Cuban Americans saying`: the
        // share said it.
        let content = content_after(s, after)?;
        return Some(Attribution { speaker: share, role: None, cue: i..verb_end, content, more: None });
    }
    if let Some(speaker) = name_before_participle(s, before) {
        // `footage of Hillary Clinton asking, "Why ...?"`: the name is the speaker.
        let content = content_after(s, after).filter(|c| matches!(c, Content::Quotes(_)))?;
        return Some(Attribution { speaker, role: None, cue: i..verb_end, content, more: None });
    }
    // `while noting that ...`, `before asking her, "..."`; not `after posting losses`.
    let after_conjunction = s.lower(before).is_some_and(|w| matches!(w, "before" | "after" | "while" | "when"));
    // `After saying her foot was swollen, she ...`: opening the sentence, the phrase reports
    // whatever follows, up to its comma; the main clause's subject said it.
    let opens_sentence = after_conjunction && before == s.range.start;
    // (`before saying, "It's time to ..."`: a comma may come before the quotation.)
    let quotation_at = if s.is_punct(after, ',') { after + 1 } else { after };
    let says_after_conjunction = after_conjunction
        && (s.lower(verb_end) == Some("that")
            || opens_sentence
            || matches!(s.kind(quotation_at), Some(Kind::Open(n)) if s.long_quote[n as usize]));
    // `addressing her as "Jane" and telling her, "Q"`: a participle coordinated with the report before.
    let after_participle = s.lower(before) == Some("and")
        && previous.is_some_and(|p| s.tokens[p.cue.end - 1].text(s.para).ends_with("ing"))
        && (s.lower(verb_end) == Some("that")
            || matches!(s.kind(after), Some(Kind::Open(_)))
            || opens_quotation(s, after));
    // `, adding that ...`, `a defence of “values,” saying ...` and `began by saying ...`; (`flipped
    // his choice on the spot – saying he was ...`: a dash joins as a comma does.)
    let joined = s.is_comma(before)
        || s.is_punct(before, '–')
        || s.is_punct(before, '—')
        || after_participle
        || matches!(s.lower(before), Some("by" | "upon"));
    if !(joined || says_after_conjunction || follows_message_noun(s, before) || named_subject_goes_on(s, i, before)) {
        return None;
    }
    let (speaker, role) =
        if opens_sentence { (main_subject(s, s.range.end)?, None) } else { previous_or_main_subject(s, previous, i)? };
    let content = content_after(s, after).filter(|c| !adds_a_thing(s, i, c))?;
    // A clause, not a thing (`After claiming their first title, Wood ...`).
    let clause = |c: &Content| match c {
        Content::Clause(r) => {
            let words: Vec<&str> = r.clone().filter_map(|k| s.word(k)).collect();
            let subject_pronoun = words.iter().any(|w| matches!(*w, "he" | "she" | "they" | "it" | "we" | "I"));
            s.lower(r.start) == Some("that") || subject_pronoun || has_finite_verb(&words)
        }
        Content::Quotes(_) => true,
    };
    let content = if opens_sentence {
        subordinate_content(s, &content).filter(|c| !is_short_clause(s, c) && clause(c))?
    } else {
        content
    };
    Some(Attribution { speaker, role, cue: i..verb_end, content, more: None })
}

/// `with 30 percent of voters saying`, `with three in 10 saying`: the share of people between
/// `with` and the participle `saying` at token `i`.
fn share_after_with(s: &Sentence, i: usize) -> Option<Range<usize>> {
    const MAX_TOKENS: usize = 6;
    if s.lower(i) != Some("saying") {
        return None;
    }
    let with = (i.saturating_sub(MAX_TOKENS + 1).max(s.range.start)..i).rev().find(|&k| s.lower(k) == Some("with"))?;
    let share = with + 1..i;
    (!share.is_empty() && share.clone().all(|k| s.word(k).is_some()) && is_share_of_people(s, share.clone()))
        .then_some(share)
}

/// `Sanders opened the debate saying that ...`: with no comma, a participle of speech still goes
/// on from the main clause when that clause's subject is a name or a pronoun and the participle
/// follows a lower-case word that names no people (not `the share of voters saying`).
fn named_subject_goes_on(s: &Sentence, i: usize, before: usize) -> bool {
    let speech = matches!(s.lower(i), Some("saying" | "arguing" | "insisting" | "claiming" | "declaring" | "noting"));
    let plain_word = s.word(before).is_some_and(|w| {
        w.starts_with(char::is_lowercase) && !names_people(w) && !cues::is_adverbial_preposition(w) && !governs_noun(w)
    });
    // Not a tense (`he is not saying`) nor a share (`with 22 percent saying`).
    let near = |k: usize| (k.saturating_sub(3).max(s.range.start)..k).filter_map(|j| s.lower(j));
    let tense_or_share = near(i).into_iter().any(|w| {
        let negated = cues::is_negation(w) || w.ends_with("n't") || w.ends_with("n’t");
        is_be(w) || negated || w == "with" || w.starts_with(|c: char| c.is_ascii_digit())
    });
    speech
        && plain_word
        && !tense_or_share
        && s.outside(before)
        && main_subject(s, i).is_some_and(|r| {
            let pronoun = r.len() == 1 && s.lower(r.start).is_some_and(|w| matches!(w, "he" | "she" | "they"));
            let full_name = r.len() >= 2 && r.clone().all(|k| s.word(k).is_some_and(is_name_word));
            pronoun || full_name
        })
}

/// Nouns of a message that a participle reports the content of (`a statement saying`).
static MESSAGE_NOUNS: Words = Words::new(&[
    "statement",
    "statements",
    "tweet",
    "tweets",
    "letter",
    "letters",
    "message",
    "messages",
    "email",
    "emails",
    "memo",
    "release",
    "post",
    "posts",
    "video",
    "ad",
    "advert",
    "advertisement",
]);

/// `issued a statement saying`, `posted tweets early Friday saying`: a message noun (then time
/// words) ends at token `last`.
fn follows_message_noun(s: &Sentence, mut last: usize) -> bool {
    let time = |w: &str| cues::is_time_word(w) || matches!(w, "early" | "late" | "on" | "last" | "this");
    while last > s.range.start && s.lower(last).is_some_and(time) {
        last -= 1;
    }
    s.lower(last).is_some_and(|w| MESSAGE_NOUNS.contains(w))
}

/// A name of two or more capitalised words ending at token `last`, inside the sentence
/// (`a video of Jane Roe saying`), or of one after `with` (`with Trump reportedly yelling`), an
/// adverb between: a person seen speaking, not the sentence's subject.
fn name_before_participle(s: &Sentence, last: usize) -> Option<Range<usize>> {
    let adverb = s.lower(last).is_some_and(|w| w.len() > 4 && w.ends_with("ly")) && last > s.range.start;
    let last = if adverb { last - 1 } else { last };
    let mut start = last + 1;
    while start > s.range.start
        && s.outside(start - 1)
        && s.word(start - 1).is_some_and(|w| w.starts_with(char::is_uppercase) || is_name_particle(w))
    {
        start -= 1;
    }
    let before = (start > s.range.start).then(|| s.lower(start - 1)).flatten();
    let inside = before.is_some_and(|w| matches!(w, "of" | "with" | "showed" | "shows"));
    let words = last + 1 - start;
    let long_enough = words >= 2 || (words == 1 && before == Some("with"));
    (long_enough && inside).then(|| trim_subject(s, start..last + 1)).flatten()
}

/// The speaker (and role) of the sentence's previous attribution, else its main clause's subject
/// before token `before`.
fn previous_or_main_subject(
    s: &Sentence,
    previous: Option<&Attribution>,
    before: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    match previous {
        Some(p) => Some((p.speaker.clone(), p.role.clone())),
        None => Some((main_subject(s, before)?, None)),
    }
}

/// The subject of a sentence's main clause (`During the speech, Trump attacked Clinton, saying`):
/// a name, a pronoun or a short determiner phrase (`The spokesman refused ...`) after any
/// introductory phrase, followed by a lower-case verb.
fn main_subject(s: &Sentence, before: usize) -> Option<Range<usize>> {
    let mut k = s.range.start;
    while s.word(k).is_some_and(cues::is_discourse_word) {
        k += 1;
    }
    // `Inside the hotel, Trump dismissed ...`: an opening phrase ends at its comma.
    let opener = |w: &str| cues::is_clause_opener(w) || cues::with_lower(w, cues::is_adverbial_preposition);
    if s.word(k).is_some_and(opener) || opens_with_participle_phrase(s, k) || opens_with_adverb_phrase(s, k) {
        k = (k..before).find(|&n| s.is_punct(n, ','))? + 1;
    }
    subject_at(s, k, before)
        .or_else(|| {
            // `A few days later, Roe reversed herself, telling ...`: an introductory phrase of a few
            // words, then the subject.
            let comma = (k..before.min(k + 7)).find(|&n| s.is_punct(n, ','))?;
            subject_at(s, comma + 1, before)
        })
        .or_else(|| subject_of_first_verb(s, k, before))
}

/// `When Trump referred to X and said he would ..., the crowd cheered`: a verb in the past
/// coordinated inside the sentence's opening clause (no comma yet before `before`) shares the
/// subject that follows the clause's subordinator.
fn opening_clause_subject(s: &Sentence, cue: usize, before: usize) -> Option<Range<usize>> {
    let opener = subordinator_opening(s, before)?;
    let past = s.lower(cue).is_some_and(|w| w.ends_with("ed") || matches!(w, "said" | "told" | "wrote"));
    let comma = (opener..before).any(|k| s.is_punct(k, ','));
    (past && !comma).then(|| subject_at(s, opener + 1, before)).flatten()
}

/// `Shortly after the call, ...`, `Here in Columbia, ...`, `Back in 1999, ...`: an adverb and a
/// prepositional phrase open the sentence before its subject.
fn opens_with_adverb_phrase(s: &Sentence, k: usize) -> bool {
    let adverb = s.lower(k).is_some_and(|w| {
        (w.len() > 4 && w.ends_with("ly"))
            || matches!(
                w,
                "here" | "there" | "soon" | "right" | "just" | "long" | "back" | "later" | "earlier" | "early" | "late"
            )
    });
    adverb && s.lower(k + 1).is_some_and(cues::is_adverbial_preposition)
}

/// `Worried about turnout, Obama ...`, `Increasingly frustrated by the delays, the mayor ...`: a
/// participle then a preposition opens the sentence at token `k`.
fn opens_with_participle_phrase(s: &Sentence, k: usize) -> bool {
    let k = if s.lower(k).is_some_and(|w| w.len() > 4 && w.ends_with("ly")) { k + 1 } else { k };
    let participle = s.lower(k).is_some_and(|w| w.len() > 5 && (w.ends_with("ed") || w.ends_with("ing")));
    participle && s.lower(k + 1).is_some_and(cues::is_adverbial_preposition)
}

/// `In an interview Thursday, the Wisconsin Republican criticized ...`, `WASHINGTON — Sen. Ann
/// Roe (R-Iowa) on Wednesday downplayed ...`: the subject before one of the clause's first two
/// finite verbs, when it is a name, a pronoun or a noun for someone who speaks.
fn subject_of_first_verb(s: &Sentence, from: usize, before: usize) -> Option<Range<usize>> {
    const WITHIN_TOKENS: usize = 14;
    let finite_verb = |k: usize| {
        s.outside(k)
            && s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
            && s.lower(k).is_some_and(reads_as_finite_verb)
    };
    (from + 1..before.min(from + WITHIN_TOKENS)).filter(|&k| finite_verb(k)).take(2).find_map(|verb| {
        let speaker = subject_before(s, verb)?.speaker;
        names_one_who_speaks(s, speaker.clone()).then_some(speaker)
    })
}

/// A subject that is a pronoun, a name (after nouns for someone who speaks: `Tory leader Michael
/// Howard`), or a noun phrase whose head before any preposition is such a noun (`the justice`);
/// not `The album Exodus` nor `His message to the chancellor`.
fn names_one_who_speaks(s: &Sentence, r: Range<usize>) -> bool {
    let words: Vec<&str> = r
        .filter_map(|k| s.word(k))
        .take_while(|w| !cues::is_adverbial_preposition(w))
        .filter(|w| !cues::with_lower(w, is_determiner))
        .collect();
    let speaks = |w: &&str| names_people(w);
    match words.as_slice() {
        [] => false,
        // `The team's report`: a possessive determines a noun that the subject lost.
        [.., head] if cues::strip_possessive(head).len() < head.len() => false,
        [one] if cues::is_pronoun(one) => true,
        // `the district GOP Chairman Chuck Williams`: a title before the name vouches for it.
        [.., head] if head.starts_with(char::is_uppercase) => {
            let titled =
                words.iter().any(|w| w.starts_with(char::is_uppercase) && cues::with_lower(w, speakers::is_role_noun));
            titled || words.iter().filter(|w| w.starts_with(char::is_lowercase)).all(speaks)
        }
        [.., head] => speaks(head),
    }
}

/// The head noun of a main clause's subject that names people: a noun for a speaker or a role,
/// its plural (`groups`, `banks`), or a noun ending like one for people (`neurosurgeon`,
/// `environmentalists`, `congressman`).
fn names_people(head: &str) -> bool {
    const MIN_LEN: usize = 6;
    const SUFFIXES: [&str; 7] = ["ist", "ists", "geon", "geons", "sman", "smen", "swoman"];
    is_role_word(head)
        || head.strip_suffix('s').is_some_and(is_role_word)
        || head.len() >= MIN_LEN && SUFFIXES.iter().any(|s| head.ends_with(s))
}

/// A subject starting at token `start` and followed by a lower-case verb before token `before`.
fn subject_at(s: &Sentence, start: usize, before: usize) -> Option<Range<usize>> {
    let mut k = start;
    // (`The U.S. Court of Appeals overruled ... and said`, `Chancellor of the Exchequer Nigel
    // Lawson`: after an organisation's word or a title, `of` or `for` joins a name's words.)
    // (`Minister of State for Finance Tom Hockin`: once joined, on after any capitalised word.)
    let joins_name = |j: usize, joined: bool| {
        let next = if s.lower(j + 1) == Some("the") { j + 2 } else { j + 1 };
        let named = |w: &str| speakers::is_organisation_word(w) || cues::with_lower(w, speakers::is_occupation);
        j > start
            && matches!(s.lower(j), Some("of" | "for"))
            && (s.word(j - 1).is_some_and(named) || joined && s.is_capitalised(j - 1))
            && next < before
            && s.is_capitalised(next)
    };
    // (`the U.S. Court of Appeals`: the article before such a name.)
    let organisation_after = |j: usize| {
        let run_end = (j..before).find(|&n| !s.is_capitalised(n)).unwrap_or(before);
        run_end > j && s.word(run_end - 1).is_some_and(speakers::is_organisation_word)
    };
    if s.word(k) == Some("the") && organisation_after(k + 1) {
        k += 1;
    }
    let mut joined = false;
    while k < before {
        if s.is_capitalised(k) {
            k += 1;
        } else if joins_name(k, joined) {
            joined = true;
            k += if s.lower(k + 1) == Some("the") { 2 } else { 1 };
        } else {
            break;
        }
    }
    if k == start && s.word(k).is_some_and(cues::is_pronoun) {
        k += 1;
    }
    // `The spokesman refused`, and capitalised words before a noun: `Trump supporters chanted`,
    // `Clinton's closest aide rallied`.
    let determiner = s
        .lower(start)
        .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their") || is_quantifier(w));
    let noun_follows = k > start
        && s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase))
        && !s.lower(k).is_some_and(reads_as_finite_verb);
    if determiner || noun_follows {
        k = determiner_phrase_end(s, start, before).or_else(|| role_then_name_end(s, k, before)).unwrap_or(k);
    }
    // `The SNP's Holyrood health spokesman, Nicola Sturgeon, welcomed`: a description whose
    // role nouns end at the comma of a name in apposition.
    const MAX_ROLE_WORDS: usize = 2;
    let role_noun = |j: usize| s.lower(j).is_some_and(is_role_word);
    if determiner && k > start {
        let comma = (k..before.min(k + MAX_ROLE_WORDS + 1)).find(|&j| s.is_punct(j, ','));
        let lower_words = |c: usize| (k..c).all(|j| s.word(j).is_some_and(|w| w.starts_with(char::is_lowercase)));
        if let Some(c) = comma.filter(|&c| c > k && lower_words(c) && role_noun(c - 1)) {
            k = c;
        }
    }
    // `Roy Cooper (D), McCrory's opponent, called`: a parenthesis after the name is part of it.
    const MAX_PARENTHESIS_TOKENS: usize = 8;
    if k > start && s.is_punct(k, '(') {
        let close = (k + 1..before.min(k + MAX_PARENTHESIS_TOKENS)).find(|&n| s.is_punct(n, ')'));
        k = close.map_or(k, |c| c + 1);
    }
    let name_end = k;
    // `Donald Trump, her opponent, bemoaned`: skip an apposition after the name. (`The party's
    // Holyrood leader, Nicola Sturgeon, welcomed`: a name after a description is the subject.)
    let mut named = None;
    if s.is_punct(k, ',') {
        let comma = (k + 1..before).find(|&n| s.is_punct(n, ','))?;
        if is_description(s, start..name_end) && is_plain_name(s, k + 1..comma) {
            named = Some(k + 1..comma);
        }
        k = comma + 1;
    }
    let verb_follows = s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase));
    (name_end > start && verb_follows).then(|| trim_subject(s, named.unwrap_or(start..name_end))).flatten()
}

/// `Tory leader Michael Howard renewed ...`, `Democratic presidential nominee Hillary Clinton
/// said ...`: role nouns from token `k`, after up to two modifiers, then a capitalised name; the
/// end of the name.
fn role_then_name_end(s: &Sentence, k: usize, before: usize) -> Option<usize> {
    const MAX_MODIFIERS: usize = 2;
    let lower_word = |k: usize| s.word(k).is_some_and(|w| w.starts_with(char::is_lowercase));
    let role = |k: usize| lower_word(k) && s.lower(k).is_some_and(speakers::is_role_noun);
    let modifier = |k: usize| {
        lower_word(k)
            && s.lower(k).is_some_and(|w| {
                !reads_as_finite_verb(w)
                    && !opens_a_phrase(w)
                    && !is_quantifier(w)
                    && !matches!(w, "and" | "or" | "but" | "who" | "which" | "that" | "as")
            })
    };
    // Modifiers only after a capitalised word (`Democratic presidential`), not `some Democratic`.
    let after_capital = k > s.range.start && s.is_capitalised(k - 1);
    let modifiers = if after_capital {
        (k..before.min(k + MAX_MODIFIERS)).take_while(|&j| modifier(j) && !role(j)).count()
    } else {
        0
    };
    let roles_start = k + modifiers;
    let mut end = roles_start;
    while end < before && role(end) {
        end += 1;
    }
    // `Former prosecutor and New York City Mayor Rudy Giuliani`: a second title joined by `and`.
    let joined_title = end > k && end + 1 < before && s.lower(end) == Some("and") && s.is_capitalised(end + 1);
    if joined_title {
        end += 1;
    }
    let name_start = end;
    while end < before && s.is_capitalised(end) {
        end += 1;
    }
    // (After the joined title, a name of two words or more ends the subject: not `Trump
    // supporters and Clinton voters`.)
    let subject_ends = s.word(end).is_none_or(|w| w.starts_with(char::is_uppercase) || reads_as_finite_verb(w));
    let joined_name = joined_title && end >= name_start + 2 && subject_ends;
    (end > name_start && (name_start > roles_start && !joined_title || joined_name)).then_some(end)
}

/// The end of a determiner phrase opening a clause (`The conservative publication has ...`): the
/// first word after it that reads as a finite verb, within five words. The phrase must end in a
/// noun for someone who speaks (`the spokesman`, `the foundation`), not a thing (`the camera`).
fn determiner_phrase_end(s: &Sentence, start: usize, before: usize) -> Option<usize> {
    let end = (start + 2..before.min(start + 6)).find(|&k| s.lower(k).is_some_and(reads_as_finite_verb))?;
    let head = s.lower(end - 1)?;
    // `The team's report says`: a possessive is the next noun's determiner, not the head.
    if cues::strip_possessive(head).len() < head.len() {
        return None;
    }
    // One noun phrase: no preposition or second determiner inside (`Many believe the figure`).
    let plain = (start + 1..end)
        .all(|k| s.lower(k).is_some_and(|w| !cues::is_adverbial_preposition(w) && !matches!(w, "the" | "a" | "an")));
    (plain && names_people(head)).then_some(end)
}

/// A past form (`refused`, `began`), an auxiliary or a reporting verb: what follows a subject.
fn reads_as_finite_verb(w: &str) -> bool {
    // `sued`, `used`, `died`: four letters are enough.
    (w.len() > 3 && w.ends_with("ed") && !matches!(w, "seed" | "feed" | "deed" | "reed" | "weed"))
        || is_be(w)
        || cues::is_auxiliary_verb(w)
        || matches!(
            w,
            "began"
                | "took"
                | "made"
                | "gave"
                | "went"
                | "came"
                | "got"
                | "kept"
                | "left"
                | "held"
                | "met"
                | "spoke"
                | "stood"
                | "won"
                | "lost"
                | "led"
                | "sent"
                | "sought"
                | "threw"
                | "became"
        )
        || cues::verb(w).is_some_and(|v| !v.participle)
}
