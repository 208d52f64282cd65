//! The lexicon of reported speech: reporting verbs in all their forms, and the small word lists
//! (auxiliaries, adverbials, pronouns) the attribution rules read around them.

use crate::hash;

/// How a reporting verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// `X said (that) CLAUSE`, `"Q," X said`, `"Q," said X`.
    Say,
    /// `X told Y (that) CLAUSE`: an addressee comes before the content.
    Tell,
    /// Only after a quotation: `"Q," he continued.`
    TailOnly,
}

/// A reporting verb form: its class, whether it is a participle (`adding`, `saying`), and the
/// particle it reports only with (`pointed out`).
#[derive(Debug, Clone, Copy)]
pub struct Verb {
    pub class: CueClass,
    pub participle: bool,
    pub particle: Option<&'static str>,
}

/// Lemmas of reporting verbs taking a clause, quotation, or both.
const SAY_VERBS: &[&str] = &[
    "say",
    "add",
    "insist",
    "warn",
    "argue",
    "write",
    "tweet",
    "claim",
    "explain",
    "suggest",
    "declare",
    "announce",
    "report",
    "acknowledge",
    "admit",
    "allege",
    "assert",
    "concede",
    "confirm",
    "contend",
    "deny",
    "emphasize",
    "emphasise",
    "estimate",
    "maintain",
    "mention",
    "observe",
    "recall",
    "remark",
    "reply",
    "respond",
    "reveal",
    "stress",
    "testify",
    "urge",
    "vow",
    "promise",
    "complain",
    "conclude",
    "predict",
    "answer",
    "boast",
    "caution",
    "counter",
    "joke",
    "lament",
    "quip",
    "recount",
    "retort",
    "proclaim",
    "disclose",
    "speculate",
    "clarify",
    "charge",
    "pledge",
    "demand",
    "shout",
    "yell",
    "scream",
    "whisper",
    "note",
    "state",
    "post",
    "indicate",
    "ask",
    "agree",
    // Manner of speaking, mostly after a quotation (`"...," Toomey fumed`).
    "fume",
    "scoff",
    "exclaim",
    "brag",
    "gush",
    "interject",
    "reiterate",
    "opine",
    "mutter",
    "murmur",
    "growl",
    "sneer",
    "rejoin",
    "comment",
    "chant",
    "confide",
    "grumble",
    "inquire",
    "enquire",
    "confess",
    "surmise",
    "point",
    "put",
];
/// Phrasal reporting verbs: the lemma reports only when its particle follows (`points out that`,
/// `"Q," she pointed out`, `as Lark put it`, `he went on`); `pointed to the data` and `went fully
/// on the attack` report nothing.
const PARTICLES: &[(&str, &str)] =
    &[("point", "out"), ("put", "it"), ("go", "on"), ("shoot", "back"), ("fire", "back"), ("hit", "back")];
/// Verbs of urging: their object and infinitive are the content (`urged voters to wait`).
const URGE_VERBS: &[&str] = &["exhort", "implore", "beg", "encourage", "plead"];
const TELL_VERBS: &[&str] = &["tell", "assure", "remind", "inform", "advise", "promise", "warn"];
/// Verbs that report speech only next to a quotation: `"Q," he continued`, `"Q," the sign read`.
const TAIL_VERBS: &[&str] = &[
    "continue",
    "begin",
    "go",
    "muse",
    "press",
    "elaborate",
    "read",
    "wonder",
    "laugh",
    "sigh",
    "chuckle",
    "snap",
    "cry",
    "bark",
    "react",
    "repeat",
    "echo",
    "remember",
    "mock",
    "beam",
    "detail",
    "sing",
    "retaliate",
    "ponder",
    // With `back` only: `"Q," she shot back`.
    "shoot",
    "fire",
    "hit",
];

/// Forms that are as often nouns (`reports`, `claims`): cues only when `that` or a colon follows.
pub fn needs_that(word: &str) -> bool {
    matches!(
        word,
        "note"
            | "notes"
            | "state"
            | "states"
            | "post"
            | "posts"
            | "agree"
            | "agrees"
            | "reports"
            | "report"
            | "claims"
            | "claim"
            | "charges"
            | "charge"
            | "answer"
            | "answers"
            | "counter"
            | "demand"
            | "demands"
            | "pledge"
            | "joke"
            | "jokes"
            | "estimate"
            | "estimates"
            | "promise"
            | "promises"
            | "counters"
            | "remark"
            | "remarks"
            | "ask"
            | "asks"
            | "agreed"
            | "warning"
            | "mention"
            | "mentions"
            | "reply"
            | "replies"
            | "response"
            | "promised"
            | "calls"
            | "call"
            | "tweets"
            | "tweet"
            | "comment"
            | "comments"
            | "chant"
            | "chants"
    )
}

/// The reporting verb a lower-case word is a form of, if any: one hash lookup in a table of
/// every form of every lemma, built once.
pub fn verb(word: &str) -> Option<Verb> {
    forms().get(word).copied()
}

/// The table of verb forms, built once.
fn forms() -> &'static Forms {
    static FORMS: std::sync::OnceLock<Forms> = std::sync::OnceLock::new();
    FORMS.get_or_init(build_forms)
}

fn class_of(lemma: &str) -> CueClass {
    if lemma == "tell" || TELL_VERBS.contains(&lemma) && !SAY_VERBS.contains(&lemma) {
        CueClass::Tell
    } else if TAIL_VERBS.contains(&lemma) {
        CueClass::TailOnly
    } else {
        CueClass::Say
    }
}

/// Verb forms by word; FNV hashing, as the keys are short words.
type Forms = std::collections::HashMap<String, Verb, hash::FnvBuildHasher>;

/// A set of short words: a bit per word shape (a hash of its length and its first and last two
/// bytes) turns most other words away before the FNV hash lookup.
#[derive(Debug, Default)]
pub struct WordSet {
    words: std::collections::HashSet<Box<str>, hash::FnvBuildHasher>,
    shapes: Vec<u64>,
    /// The length in bytes of the longest word: longer words are turned away first.
    max_len: usize,
}

impl WordSet {
    const SHAPE_BITS: u32 = 15;

    /// A hash of the word's length and its first and last two bytes, in ASCII lower case when
    /// `fold_case`.
    #[inline]
    fn shape(word: &str, fold_case: bool) -> usize {
        let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last()) else { return 0 };
        let bytes = word.as_bytes();
        let n = bytes.len();
        let byte = |b: u8| u64::from(if fold_case { b.to_ascii_lowercase() } else { b });
        let key = (n as u64 & 0xff)
            | byte(first) << 8
            | byte(bytes.get(1).copied().unwrap_or(0)) << 16
            | byte(last) << 24
            | byte(if n >= 2 { bytes[n - 2] } else { 0 }) << 32;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - Self::SHAPE_BITS)) as usize
    }

    /// The word may be in the set (`fold_case`: in ASCII lower case): its shape's bit is set.
    #[inline]
    fn may_contain(&self, word: &str, fold_case: bool) -> bool {
        if word.len() > self.max_len {
            return false;
        }
        let shape = Self::shape(word, fold_case);
        self.shapes.get(shape / 64).is_some_and(|bits| bits & (1 << (shape % 64)) != 0)
    }

    pub fn contains(&self, word: &str) -> bool {
        self.may_contain(word, false) && self.words.contains(word)
    }

    /// The word in ASCII lower case is in the set (whose words are in lower case).
    pub fn contains_any_case(&self, word: &str) -> bool {
        self.may_contain(word, true) && with_lower(word, |w| self.words.contains(w))
    }
}

impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> WordSet {
        let words: std::collections::HashSet<Box<str>, hash::FnvBuildHasher> =
            iter.into_iter().map(Box::from).collect();
        let mut shapes = vec![0u64; (1 << Self::SHAPE_BITS) / 64];
        for word in &words {
            let shape = Self::shape(word, false);
            shapes[shape / 64] |= 1 << (shape % 64);
        }
        let max_len = words.iter().map(|w| w.len()).max().unwrap_or(0);
        WordSet { words, shapes, max_len }
    }
}

/// A fixed word list, looked up through a [`WordSet`] built on first use: for the lists the rules
/// consult on every word or mention.
pub struct Words {
    list: &'static [&'static str],
    /// Compare in ASCII lower case.
    fold_case: bool,
    set: std::sync::OnceLock<WordSet>,
}

impl Words {
    /// Exact matches only.
    pub const fn new(list: &'static [&'static str]) -> Words {
        Words { list, fold_case: false, set: std::sync::OnceLock::new() }
    }

    /// Matches whatever the ASCII case (`Update`, `UPDATE`).
    pub const fn any_case(list: &'static [&'static str]) -> Words {
        Words { list, fold_case: true, set: std::sync::OnceLock::new() }
    }

    pub fn contains(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| {
            let lower: Vec<String> = self.list.iter().map(|w| w.to_ascii_lowercase()).collect();
            match self.fold_case {
                true => lower.iter().map(String::as_str).collect(),
                false => self.list.iter().copied().collect(),
            }
        });
        match self.fold_case {
            true => set.contains_any_case(word),
            false => set.contains(word),
        }
    }

    pub fn list(&self) -> &'static [&'static str] {
        self.list
    }
}

/// Every form of every reporting verb, and `extra` words: one lookup answers "could this word
/// start an attribution".
pub fn word_set_with_verbs(extra: &[&'static str]) -> WordSet {
    forms().keys().map(String::as_str).chain(extra.iter().copied()).collect()
}

/// A form of a verb that reports only with `back` after it (`shot`, `fired`; see [`PARTICLES`]).
pub fn needs_back(word: &str) -> bool {
    static FORMS: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    let back = || forms().iter().filter(|(_, v)| v.particle == Some("back")).map(|(form, _)| form.as_str()).collect();
    FORMS.get_or_init(back).contains(word)
}

/// Every regular inflection of the lexicon's lemmas, then the irregular forms.
fn build_forms() -> Forms {
    let mut forms = Forms::default();
    for &lemma in SAY_VERBS.iter().chain(URGE_VERBS).chain(TELL_VERBS).chain(TAIL_VERBS) {
        let class = class_of(lemma);
        let particle = PARTICLES.iter().find(|(l, _)| *l == lemma).map(|(_, p)| *p);
        let finite = Verb { class, participle: false, particle };
        let participle = Verb { class, participle: true, particle };
        let stem = lemma.strip_suffix('e').unwrap_or(lemma);
        let mut add = |form: String, verb: Verb| {
            forms.entry(form).or_insert(verb);
        };
        add(lemma.to_string(), finite);
        add(format!("{lemma}s"), finite);
        add(format!("{lemma}es"), finite);
        add(format!("{stem}ed"), finite);
        add(format!("{stem}ing"), participle);
        if let Some(y_stem) = lemma.strip_suffix('y') {
            add(format!("{y_stem}ied"), finite);
            add(format!("{y_stem}ies"), finite);
        }
        if let Some(last) = lemma.chars().last().filter(|c| !"aeiouwy".contains(*c)) {
            add(format!("{lemma}{last}ed"), finite);
            add(format!("{lemma}{last}ing"), participle);
        }
    }
    for (form, lemma, participle) in IRREGULAR {
        let particle = PARTICLES.iter().find(|(l, _)| l == lemma).map(|(_, p)| *p);
        forms.insert(form.to_string(), Verb { class: class_of(lemma), participle: *participle, particle });
    }
    forms
}

/// Irregular forms: `(form, lemma, is a participle)`.
const IRREGULAR: &[(&str, &str, bool)] = &[
    ("said", "say", false),
    ("says", "say", false),
    ("saying", "say", true),
    ("told", "tell", false),
    ("telling", "tell", true),
    ("wrote", "write", false),
    ("written", "write", false),
    ("writing", "write", true),
    ("went", "go", false),
    ("began", "begin", false),
    ("sang", "sing", false),
    ("shot", "shoot", false),
];

/// A word that some phrasal reporting verb needs after it (`out`).
pub fn is_particle(word: &str) -> bool {
    PARTICLES.iter().any(|&(_, particle)| particle == word)
}

/// A manner adverb that may follow a cue before its clause closes (`he asks rhetorically.`).
pub fn is_manner_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.starts_with(|c: char| c.is_ascii_lowercase()) && word != "only"
}

/// Calls `f` with `word` in ASCII lower case, without allocating: the word lists hold short
/// ASCII words, so longer words are passed as they are (and match nothing).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    // Most words come in lower case already: no copy, no UTF-8 check.
    if word.len() > buf.len() || !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let bytes = &mut buf[..word.len()];
    bytes.copy_from_slice(word.as_bytes());
    bytes.make_ascii_lowercase();
    // Lower-casing ASCII bytes keeps UTF-8 valid.
    f(std::str::from_utf8(bytes).unwrap_or(word))
}

/// `close to`, `involved in`, `briefed on`: an adjective or participle that takes this
/// preposition to describe someone by their relation to a person, group or matter (`a source
/// close to the Clintons`), where the name after it is not the speaker.
pub fn describes_by_relation(word: &str, preposition: &str) -> bool {
    matches!(
        (word, preposition),
        ("close" | "loyal" | "opposed" | "linked" | "connected" | "allied", "to")
            | ("involved", "in" | "with")
            | ("familiar", "with")
            | ("briefed", "on")
            | ("based", "in" | "at")
    )
}

/// Words between a subject and its verb that do not change who speaks (`has`, `also`, `later`).
pub fn is_auxiliary(word: &str) -> bool {
    is_auxiliary_verb(word)
        || matches!(
            word,
            "also"
                | "later"
                | "then"
                | "previously"
                | "once"
                | "recently"
                | "repeatedly"
                | "reportedly"
                | "publicly"
                | "privately"
                | "always"
                | "often"
                | "still"
                | "already"
                | "just"
                | "further"
                | "so"
                | "far"
                | "long"
                | "since"
                | "again"
                | "first"
                | "even"
                | "simply"
                | "only"
                | "earlier"
                | "flatly"
                | "now"
        )
        || (word.len() > 4
            && word.ends_with("ly")
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !NOUNS_IN_LY.contains(word))
}

/// `has`, `will`, `did`: a verb that carries the tense of the verb after it.
pub fn is_auxiliary_verb(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
            | "does"
            | "do"
    )
}

/// Nouns and adjectives that end in `-ly` like adverbs (`the family said`).
static NOUNS_IN_LY: Words = Words::new(&[
    "family",
    "rally",
    "assembly",
    "supply",
    "monopoly",
    "anomaly",
    "ally",
    "reply",
    "bully",
    "tally",
    "homily",
    "elderly",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "yearly",
    "friendly",
    "costly",
    "deadly",
    "lonely",
    "lovely",
    "ugly",
    "silly",
    "holy",
    "likely",
    "early",
    "only",
    "butterfly",
    "melancholy",
    "jelly",
]);

/// Auxiliaries that make the verb passive (`is said to`, `was told`): the subject is not the speaker.
pub fn is_passive_auxiliary(word: &str) -> bool {
    matches!(word, "is" | "was" | "were" | "are" | "be" | "been" | "being" | "get" | "got")
}

pub fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "never"
            | "didn't"
            | "doesn't"
            | "don't"
            | "won't"
            | "wouldn't"
            | "cannot"
            | "can't"
            | "didn’t"
            | "doesn’t"
            | "don’t"
            | "won’t"
            | "wouldn’t"
            | "can’t"
    )
}

/// Time words that may sit between a verb and its content (`said Tuesday that`).
pub fn is_time_word(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "yesterday"
                | "today"
                | "tonight"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "earlier"
                | "later"
                | "recently"
                | "previously"
                | "also"
                | "again"
                | "then"
                | "repeatedly"
                | "publicly"
                | "privately"
                | "once"
                | "now"
                | "late"
                | "separately"
                | "afterward"
                | "afterwards"
                | "sunday's"
                | "week"
                | "month"
                | "year"
                | "morning"
                | "evening"
                | "afternoon"
                | "night"
                | "weekend"
                | "last"
                | "this"
                | "further"
                | "simply"
                | "flatly"
                | "bluntly"
        )
    })
}

/// Month names (and their abbreviations), which never start a speaker.
pub fn is_month(word: &str) -> bool {
    with_lower(word.trim_end_matches('.'), |w| {
        matches!(
            w,
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sept"
                | "sep"
                | "oct"
                | "nov"
                | "dec"
        )
    })
}

/// Prepositions that open an adverbial phrase between a verb and its content (`said in a statement`).
pub fn is_adverbial_preposition(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "at"
            | "during"
            | "to"
            | "for"
            | "after"
            | "before"
            | "while"
            | "with"
            | "from"
            | "via"
            | "over"
            | "through"
            | "about"
            | "when"
            | "as"
            | "outside"
            | "inside"
            | "near"
            | "following"
            | "ahead"
            | "amid"
            | "under"
            | "upon"
    )
}

/// Words that start a clause before a subject (`Commenting on ..., the president said`).
pub fn is_clause_opener(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "speaking"
                | "asked"
                | "commenting"
                | "responding"
                | "writing"
                | "since"
                | "while"
                | "when"
                | "as"
                | "if"
                | "although"
                | "though"
                | "because"
                | "despite"
                | "for"
                | "from"
                | "with"
                | "without"
                | "under"
                | "by"
                | "through"
                | "following"
                | "like"
                | "unlike"
                | "amid"
                | "beyond"
                | "besides"
                | "alongside"
                | "throughout"
                | "within"
                | "last"
                | "earlier"
                | "later"
                | "appearing"
                | "addressing"
                | "interviewed"
                | "pressed"
                | "referring"
                | "talking"
                | "reacting"
                | "according"
                | "once"
                | "until"
                | "whether"
                | "to"
                | "of"
                | "about"
        )
    })
}

/// Sentence adverbs and conjunctions that open a sentence but are not part of its subject.
pub fn is_discourse_word(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "but"
                | "and"
                | "however"
                | "meanwhile"
                | "yet"
                | "so"
                | "also"
                | "still"
                | "now"
                | "instead"
                | "separately"
                | "previously"
                | "then"
                | "indeed"
                | "moreover"
                | "nonetheless"
                | "nevertheless"
                | "likewise"
                | "similarly"
                | "thus"
                | "or"
                | "later"
                | "earlier"
                | "finally"
                | "today"
                | "yesterday"
                | "recently"
                | "already"
                | "rather"
                | "besides"
                | "again"
                | "plus"
                | "notably"
        )
    })
}

pub fn is_pronoun(word: &str) -> bool {
    with_lower(word, |w| matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "you"))
}

/// The subject pronoun of a possessive one (`his` -> `he`).
pub fn owner_pronoun(possessive: &str) -> Option<&'static str> {
    with_lower(possessive, |w| match w {
        "his" => Some("he"),
        "her" => Some("she"),
        "their" => Some("they"),
        _ => None,
    })
}

/// Common nouns that can head a speaker description (`a senior official`, `the poll`).
pub fn is_speaker_noun(word: &str) -> bool {
    with_lower(word, is_lower_speaker_noun) || is_institution(word)
}

/// Institutions and households that speak as one (`the town`, `the charity`), in lower case
/// only: capitalised, they are part of a name (`the Urban Institute and Brookings Institution`).
pub fn is_institution(word: &str) -> bool {
    matches!(
        strip_possessive(word),
        "town"
            | "city"
            | "county"
            | "university"
            | "school"
            | "hospital"
            | "church"
            | "commission"
            | "airline"
            | "museum"
            | "league"
            | "federation"
            | "association"
            | "institute"
            | "foundation"
            | "insurer"
            | "lender"
            | "retailer"
            | "broadcaster"
            | "charity"
            | "watchdog"
            | "think-tank"
            | "thinktank"
            | "regulator"
            | "embassy"
            | "family"
            | "couple"
    )
}

fn is_lower_speaker_noun(w: &str) -> bool {
    let w = strip_possessive(w);
    matches!(
        w,
        "official"
            | "officials"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "source"
            | "sources"
            | "aide"
            | "aides"
            | "analyst"
            | "analysts"
            | "expert"
            | "experts"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "critics"
            | "critic"
            | "supporters"
            | "supporter"
            | "voters"
            | "voter"
            | "people"
            | "person"
            | "persons"
            | "poll"
            | "polls"
            | "survey"
            | "surveys"
            | "report"
            | "reports"
            | "study"
            | "studies"
            | "statement"
            | "campaign"
            | "president"
            | "minister"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "leader"
            | "leaders"
            | "government"
            | "governments"
            | "party"
            | "police"
            | "authorities"
            | "company"
            | "firm"
            | "residents"
            | "resident"
            | "witnesses"
            | "witness"
            | "lawmakers"
            | "lawmaker"
            | "democrats"
            | "republicans"
            | "candidate"
            | "nominee"
            | "senator"
            | "governor"
            | "secretary"
            | "director"
            | "chief"
            | "executive"
            | "manager"
            | "defector"
            | "diplomat"
            | "diplomats"
            | "commentator"
            | "commentators"
            | "observers"
            | "economist"
            | "economists"
            | "data"
            | "figures"
            | "research"
            | "researchers"
            | "scientists"
            | "scientist"
            | "doctor"
            | "doctors"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "justice"
            | "prosecutor"
            | "prosecutors"
            | "judge"
            | "court"
            | "group"
            | "organisation"
            | "organization"
            | "agency"
            | "department"
            | "ministry"
            | "office"
            | "paper"
            | "newspaper"
            | "network"
            | "article"
            | "story"
            | "website"
            | "memo"
            | "letter"
            | "document"
            | "documents"
            | "filing"
            | "email"
            | "emails"
            | "tweet"
            | "post"
            | "ad"
            | "video"
            | "book"
            | "interview"
            | "representative"
            | "representatives"
            | "members"
            | "member"
            | "staff"
            | "team"
            | "pollster"
            | "strategist"
            | "strategists"
            | "operative"
            | "insiders"
            | "insider"
            | "someone"
            | "everyone"
            | "many"
            | "others"
            | "another"
            | "some"
            | "one"
            | "both"
            | "all"
            | "man"
            | "woman"
            | "mother"
            | "father"
            | "friend"
            | "friends"
            | "neighbour"
            | "neighbor"
            | "owner"
            | "founder"
            | "ceo"
            | "chairperson"
            | "general"
            | "commander"
            | "officer"
            | "officers"
            | "activist"
            | "activists"
            | "protesters"
            | "organisers"
            | "organizers"
            | "historian"
            | "professor"
            | "author"
            | "writer"
            | "editor"
            | "reporter"
            | "journalist"
            | "host"
            | "anchor"
            | "surrogate"
            | "surrogates"
            | "backers"
            | "allies"
            | "ally"
            | "rival"
            | "rivals"
            | "opponent"
            | "opponents"
            | "administration"
            | "white"
            | "council"
            | "board"
            | "committee"
            | "union"
            | "unions"
            | "bank"
            | "fund"
            | "club"
            | "coach"
            | "manager's"
            | "player"
            | "players"
            | "star"
            | "boss"
            | "consultant"
            | "consultants"
            | "investigators"
            | "investigator"
            | "inspector"
            | "coroner"
            | "regulator"
            | "regulators"
            | "ministers"
            | "mp"
            | "mps"
            | "mep"
            | "senators"
            | "governors"
            | "mayor"
            | "sheriff"
            | "delegates"
            | "delegate"
            | "candidates"
            | "nominees"
            | "pollsters"
            | "surveys'"
            | "figure"
            | "cabinet"
            | "regime"
            | "army"
            | "military"
            | "pentagon"
            | "kremlin"
            | "spokespeople"
            | "statements"
            | "findings"
            | "results"
            | "numbers"
            | "estimates"
            | "records"
            | "model"
            | "forecast"
            | "forecasts"
            | "analysis"
            | "review"
            | "audit"
            | "investigation"
            | "inquiry"
    ) || (w.len() > 5 && (w.ends_with("ers") || w.ends_with("ists") || w.ends_with("ians")))
}

/// `Trump’s` -> `Trump`; other words unchanged.
pub fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_find_every_word_and_only_those() {
        static LIST: Words = Words::new(&["say", "Secretary", "characterizing-everything", "ça", "x"]);
        for w in ["say", "Secretary", "characterizing-everything", "ça", "x"] {
            assert!(LIST.contains(w), "{w}");
        }
        for w in ["sax", "secretary", "characterizing-everythinG", "ca", "", "xx", "says"] {
            assert!(!LIST.contains(w), "{w}");
        }
        static HEADINGS: Words = Words::any_case(&["Update", "video"]);
        assert!(HEADINGS.contains("UPDATE") && HEADINGS.contains("Video") && !HEADINGS.contains("Updates"));
    }

    #[test]
    fn finds_forms_of_reporting_verbs() {
        for w in [
            "said",
            "says",
            "told",
            "added",
            "insisted",
            "warns",
            "argued",
            "wrote",
            "tweeted",
            "replied",
            "emphasised",
        ] {
            assert!(verb(w).is_some(), "{w}");
        }
        assert_eq!(verb("told").unwrap().class, CueClass::Tell);
        assert!(verb("adding").unwrap().participle);
    }

    #[test]
    fn ignores_nouns_and_other_verbs() {
        for w in ["sad", "walked", "seen", "house"] {
            assert!(verb(w).is_none(), "{w}");
        }
        assert!(needs_that("reports") && needs_that("claims"));
    }
}
