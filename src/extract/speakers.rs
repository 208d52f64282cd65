//! Speaker mentions -> speakers: split a title or role from a name (`Pentagon spokesman Peter
//! Cook`), and resolve `Mr Putin`, a bare or misspelt surname, `he`/`she` and role references
//! (`the defector`) to the fullest mention earlier in the article.

use super::cues::{self, Words};
use std::ops::Range;

/// Honorifics dropped when matching a name (`Mr Putin` is `Putin`).
static HONORIFICS: Words = Words::new(&[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mister", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord",
    "Lady",
]);

/// Titles that may precede a name and are kept as its role (`President Obama`).
static TITLES: Words = Words::new(TITLE_WORDS);
/// [`TITLES`] in any case: `coach` in `Ireland coach Eddie O'Sullivan`.
static TITLES_ANY_CASE: Words = Words::any_case(TITLE_WORDS);

const TITLE_WORDS: &[&str] = &[
    "President",
    "Senator",
    "Sen.",
    "Rep.",
    "Representative",
    "Gov.",
    "Governor",
    "Gen.",
    "General",
    "Secretary",
    "Minister",
    "Chancellor",
    "Judge",
    "Justice",
    "Mayor",
    "Chief",
    "Speaker",
    "Rev.",
    "Rev",
    "Rt",
    "Hon",
    "Hon.",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Ambassador",
    "Commissioner",
    "Director",
    "Chairman",
    "Leader",
    "Premier",
    "Professor",
    "Col.",
    "Col",
    "Colonel",
    "Capt.",
    "Capt",
    "Captain",
    "Lt.",
    "Lt",
    "Sgt.",
    "Sgt",
    "Maj.",
    "Maj",
    "Adm.",
    "Admiral",
    "Attorney",
    "Nominee",
    "Candidate",
    "Congressman",
    "Congresswoman",
    "Del.",
    "Assemblyman",
    "Assemblywoman",
    "Councilman",
    "Councilwoman",
    "Spokesman",
    "Spokeswoman",
    "Coach",
    "Manager",
    "CEO",
    "Chair",
    "Vice",
    "Deputy",
    "Administrator",
    "Officer",
    "Undersecretary",
    "Treasurer",
    "Adviser",
    "Advisor",
    // Members of parliaments (`Labour MP Stephen Pound`, `Green MSP Mark Ballard`).
    "MP",
    "MSP",
    "MEP",
    // The last word of `Secretary of State`, `Secretary of Defense`, `Attorney General`.
    "State",
    "Exchequer",
    "Defense",
    "Defence",
    "Treasury",
    "Homeland",
    "Security",
    "Commerce",
    // `Chief of Staff`.
    "Staff",
    "Dr",
    "Dr.",
    "Analyst",
    "Economist",
    "Strategist",
    "Technician",
    "Detective",
    "Inspector",
    "Superintendent",
    "Sergeant",
    "Constable",
    // Occupations written as titles (`Singer Tom Jones`, `Songwriter Guy Chambers`); not ones
    // that are common surnames (`Baker`, `Cook`, `Taylor`).
    "Singer",
    "Songwriter",
    "Actor",
    "Actress",
    "Comedian",
    "Broadcaster",
    "Presenter",
    "DJ",
    "Novelist",
    "Author",
    "Rapper",
    "Musician",
    "Producer",
    "Columnist",
    "Historian",
    "Journalist",
    "Playwright",
    "Filmmaker",
    "Striker",
    "Midfielder",
    "Goalkeeper",
    "Skipper",
    "Screenwriter",
    "Writer",
    "Editor",
    "Photographer",
    "Designer",
    "Composer",
    "Conductor",
    "Poet",
    "Chef",
    "Architect",
    "Defender",
    "Winger",
    "Batsman",
    "Bowler",
    "Jockey",
    "Sprinter",
    "Boss",
    "Referee",
    "Umpire",
    "Keeper",
    "Prop",
    "Flanker",
    "Fly-half",
    "Scrum-half",
    "Full-back",
    "Golfer",
    "Cyclist",
    "Swimmer",
    "Athlete",
    "Trainer",
    "Rookie",
    "Teenager",
    "Lawyer",
    "Pastor",
    "Rabbi",
    "Founder",
    "Pianist",
    "Guitarist",
    "Drummer",
    "Dancer",
    "Scientist",
    "Researcher",
    "Astronaut",
];

/// Documents whose issuer is the source (`a statement from X`, `a report by Y`).
static DOCUMENTS: Words = Words::new(&[
    "statement",
    "report",
    "survey",
    "poll",
    "study",
    "data",
    "figures",
    "analysis",
    "release",
    "memo",
    "letter",
    "filing",
    "email",
    "ruling",
    "briefing",
    "forecast",
]);

/// A document that speaks for its author (`the statement`, `the ruling`).
pub fn is_document(word: &str) -> bool {
    DOCUMENTS.contains(word)
}

/// True for lower-case particles inside names (`Bashar al Assad`, `Ursula von der Leyen`).
pub fn is_name_particle(word: &str) -> bool {
    PARTICLES.contains(word)
}

/// A ministry's field after a title and `of` or `for` (`Minister of Energy and Mines`).
static FIELDS: Words = Words::new(&[
    "Finance",
    "Energy",
    "Mines",
    "Mining",
    "Trade",
    "Industry",
    "Affairs",
    "Economic",
    "Foreign",
    "Commerce",
    "Defence",
    "Defense",
    "Agriculture",
    "Health",
    "Labour",
    "Labor",
    "Justice",
    "Education",
    "Transport",
    "Environment",
    "Interior",
    "Planning",
    "Economy",
    "Mineral",
    "Oil",
    "Petroleum",
    "Communications",
    "Information",
    "Culture",
    "Tourism",
    "Fisheries",
    "Forestry",
    "Housing",
    "Welfare",
    "Employment",
    "Public",
    "Credit",
    "Works",
    "Development",
    "International",
    "Industrial",
    "Economics",
]);

/// Lower-case particles inside names (`Bashar al-Assad`, `Ursula von der Leyen`).
static PARTICLES: Words =
    Words::new(&["al", "bin", "ibn", "de", "del", "der", "van", "von", "da", "du", "la", "le", "di", "dos"]);

/// Role nouns whose definite description (`the Russian president`) may refer back to the person
/// quoted just before.
static ROLE_NOUNS: Words = Words::new(&[
    "president",
    "minister",
    "leader",
    "spokesman",
    "spokeswoman",
    "defector",
    "senator",
    "governor",
    "candidate",
    "nominee",
    "chairman",
    "chairwoman",
    "general",
    "secretary",
    "mayor",
    "official",
    "chancellor",
    "premier",
    "commander",
    "director",
    "executive",
    "chief",
    "congressman",
    "congresswoman",
    "businessman",
    "businesswoman",
    "billionaire",
    "diplomat",
    "ambassador",
]);

/// A noun for a role a person holds (`president`, `businessman`), in lower case.
pub fn is_role_noun(word: &str) -> bool {
    ROLE_NOUNS.contains(word)
}

/// A noun that sports writing describes a named player or manager by (`the Tottenham striker`,
/// `the Gloucester fly-half`, `the Arsenal boss`).
fn is_player_noun(word: &str) -> bool {
    matches!(
        word,
        "striker"
            | "midfielder"
            | "defender"
            | "winger"
            | "forward"
            | "keeper"
            | "goalkeeper"
            | "full-back"
            | "centre-back"
            | "fly-half"
            | "scrum-half"
            | "lock"
            | "prop"
            | "flanker"
            | "hooker"
            | "skipper"
            | "boss"
            | "manager"
            | "youngster"
            | "veteran"
            | "international"
    )
}

/// A word that describes one person after `the` (`international`, `Scot`, `lawyer`,
/// `25-year-old`), in any case.
pub fn describes_a_person(word: &str) -> bool {
    is_age(word) || cues::with_lower(word, |w| is_person_noun(w) || is_player_noun(w) || is_demonym(w))
}

/// A noun in lower case for one person (`the officer`, `one broker`, `a foreign analyst`): so a
/// description with it is someone `he` or `she` can refer back to, not a body.
fn is_person_noun(word: &str) -> bool {
    is_occupation(word)
        || matches!(
            word,
            "officer"
                | "broker"
                | "dealer"
                | "trader"
                | "banker"
                | "investor"
                | "lawyer"
                | "source"
                | "aide"
                | "expert"
                | "negotiator"
                | "delegate"
                | "consultant"
                | "worker"
                | "farmer"
                | "resident"
                | "witness"
                | "lawmaker"
                | "legislator"
                | "critic"
                | "supporter"
                | "voter"
                | "man"
                | "woman"
                | "person"
        )
}

/// A noun in lower case for what a person does (`coach`, `striker`, `president`): a role noun or
/// a title's word, not a department's (`state`, `treasury`) or a modifier (`vice`).
pub fn is_occupation(word: &str) -> bool {
    let department_or_modifier = || opens_firms_name(word) || matches!(word, "vice" | "deputy");
    is_role_noun(word)
        || word.starts_with(|c: char| c.is_ascii_lowercase())
            && TITLES_ANY_CASE.contains(word)
            && !department_or_modifier()
}

/// The role an apposition after a speaker's name gives (`Jane Roe, the city's mayor,`), or none
/// for a clause that tells something else about them: a relative clause (`who recently quit the
/// party`, `which is now private`) or a participle (`speaking to reporters`). A relative clause
/// that names what they are gives that (`who is Nigeria's oil minister` -> `Nigeria's oil
/// minister`, `who is also chairman of the board` -> `chairman of the board`).
pub fn role_in_apposition(apposition: &str) -> Option<&str> {
    if matches!(apposition, "who" | "which" | "whose") {
        return None;
    }
    // `Mr Greenspan, 79, who has been in the UK to attend ...,`: the age, or the post that the
    // clause after it names. (`22, of Flint, Mich.`, `60, a doctor` stay whole.)
    if let Some((age, clause)) = apposition.split_once(", ").filter(|(age, _)| age.parse::<u8>().is_ok()) {
        if clause.starts_with("who ") {
            return Some(role_in_apposition(clause).unwrap_or(age));
        }
    }
    let Some(clause) = apposition.strip_prefix("who ") else {
        let other_clause = ["which ", "whose ", "including ", "such as "];
        let clause = other_clause.iter().any(|c| apposition.starts_with(c)) || is_participle_clause(apposition);
        return (!clause).then_some(apposition);
    };
    // `who leads the observatory's solar team`, `who has chaired the board since 2010`: a post.
    let verb = ["also ", "now ", "has ", "had "].iter().fold(clause, |c, a| c.strip_prefix(a).unwrap_or(c));
    if verb.split(' ').next().is_some_and(holds_a_post) {
        return Some(apposition);
    }
    const MAX_MODIFIERS: usize = 3;
    let verbs = ["is ", "was ", "'s ", "’s ", "has been ", "had been ", "serves as ", "served as ", "works as "];
    let rest = verbs.iter().find_map(|verb| clause.strip_prefix(verb))?;
    let rest = ["also ", "now ", "still ", "currently "].iter().find_map(|a| rest.strip_prefix(a)).unwrap_or(rest);
    let first = rest.split(' ').next()?;
    // (`management board spokesman of Dresdner Bank`: a role noun after a few modifiers.)
    let occupation = || rest.split(' ').take(MAX_MODIFIERS + 1).any(is_occupation);
    let names_what = matches!(first, "a" | "an" | "the" | "head")
        || first.starts_with(char::is_uppercase)
        || cues::strip_possessive(first).len() < first.len()
        || occupation();
    names_what.then_some(rest)
}

/// `citing lower margins`, `presenting his budget to Parliament`, `speaking on television`,
/// `owned by Renault`: a participle's clause, which tells what someone was doing or what was
/// done to them, not who they are; but `managing director`, `outgoing chairman`, `visiting U.S.
/// Under-Secretary of State` are posts.
fn is_participle_clause(apposition: &str) -> bool {
    const MAX_MODIFIERS: usize = 3;
    let mut words = apposition.split(' ').peekable();
    // (`earlier reporting a loss`, `wholly owned by General Motors Corp`: after an adverb.)
    if words.peek().is_some_and(|w| w.ends_with("ly") || matches!(*w, "earlier" | "later" | "also" | "then")) {
        words.next();
    }
    // `controlled by Renault of France`, `quoted by SPA`: a passive participle and its agent.
    let mut passive = words.clone();
    if passive.next().is_some_and(|w| w.ends_with("ed")) && passive.next() == Some("by") {
        return true;
    }
    let Some(first) = words.next().filter(|w| w.ends_with("ing") && w.starts_with(char::is_lowercase)) else {
        return false;
    };
    let occupation = |w: &str| {
        let w = w.to_lowercase();
        let noun = w.rsplit('-').next().unwrap_or(&w);
        is_occupation(&w) || is_occupation(noun) || matches!(noun, "partner" | "member" | "company" | "firm" | "group")
    };
    let opens_phrase = |w: &&str| {
        matches!(*w, "a" | "an" | "the" | "his" | "her" | "its" | "their" | "as")
            || cues::is_adverbial_preposition(w)
            || matches!(*w, "of" | "about" | "by" | "into" | "before")
    };
    let mut words = words.take(MAX_MODIFIERS + 1).take_while(|w| !opens_phrase(w)).peekable();
    // (`ruling Radical Party deputy`, `ranking Republican`: a participle that modifies posts.)
    let modifies_post = matches!(first, "managing" | "ruling" | "ranking" | "outgoing" | "incoming" | "founding")
        && words.peek().is_some();
    !modifies_post && !words.any(occupation)
}

/// A verb that tells the post someone holds (`leads`, `chaired`, `has run`).
fn holds_a_post(verb: &str) -> bool {
    matches!(
        verb,
        "leads"
            | "led"
            | "heads"
            | "headed"
            | "chairs"
            | "chaired"
            | "runs"
            | "run"
            | "ran"
            | "directs"
            | "directed"
            | "manages"
            | "managed"
            | "represents"
            | "represented"
            | "founded"
            | "co-founded"
            | "owns"
            | "owned"
            | "oversees"
            | "oversaw"
            | "overseen"
            | "coaches"
            | "coached"
            | "teaches"
            | "taught"
            | "advises"
            | "advised"
            | "edits"
            | "edited"
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    Pronoun,
    Name,
    Description,
}

/// A speaker mention split into its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub surface: String,
    /// The name without honorific or title (`Putin`), or the whole description.
    pub name: String,
    /// The name as shown when it resolves to nothing fuller: with its honorific (`Mr Putin`).
    pub display: String,
    /// A title or role written before the name (`Pentagon spokesman`).
    pub role: String,
    pub kind: MentionKind,
}

impl Mention {
    /// A mention that is a description (`the company`): its name as it is shown.
    fn description(name: String, surface: String) -> Mention {
        Mention { display: name.clone(), name, role: String::new(), kind: MentionKind::Description, surface }
    }
}

/// `The company` -> `the company`: an article opening a sentence is the same article inside one.
/// A description or a role as it would read inside a sentence: `The director of the film`
/// (opening one) -> `the director of the film`, `A spokesman for DLF` -> `a spokesman for DLF`.
fn lower_article(mut phrase: String) -> String {
    if ["The ", "A ", "An "].iter().any(|a| phrase.starts_with(a)) {
        phrase[..1].make_ascii_lowercase();
    }
    phrase
}

fn is_capitalised(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

fn is_name_word(w: &str) -> bool {
    is_capitalised(w) && !matches!(w, "The" | "A" | "An")
}

/// Splits a surface mention into name and role.
pub fn parse_mention(surface: &str) -> Mention {
    parse_mention_as(surface, Possessive::Owner)
}

/// What `'s` ending a mention marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Possessive {
    /// The owner of a report named by a noun: `Trump’s claim`.
    Owner,
    /// Part of a name before a reporting verb: `Moody's said`, `McDonald's announced`.
    Name,
}

/// [`parse_mention`], reading a final `'s` as `possessive` says.
fn parse_mention_as(surface: &str, possessive: Possessive) -> Mention {
    let surface = surface.trim().trim_end_matches(',');
    // (The last full stop of `U.S.` is the abbreviation's.)
    let abbreviation = surface.rsplit(' ').next().is_some_and(|w| w.trim_end_matches('.').contains('.'));
    let surface = if abbreviation { surface } else { surface.trim_end_matches(['.', ',']) }.to_string();
    let without_parentheses = strip_parentheses(&surface);
    // `Trump’s claim`: the possessor; `He's saying` is `he` (`he is`).
    let stripped = cues::strip_possessive(&without_parentheses);
    let last = stripped.split_whitespace().next_back().unwrap_or_default();
    // (`Jane Roe’s said`, a person's name, is a slip.)
    let person = without_parentheses.split_whitespace().next().is_some_and(is_given_name);
    let firm_name = ends_with_possessive(&without_parentheses) && !person;
    let without_parentheses = if possessive == Possessive::Name && firm_name && !cues::is_pronoun(last) {
        without_parentheses.clone()
    } else {
        stripped.to_string()
    };
    let mut words: Vec<&str> = without_parentheses.split_whitespace().collect();
    // `a statement from the Rail Users' Forum`: the source is the one who issued the document.
    if let Some(k) = words.iter().position(|w| matches!(*w, "from" | "by")) {
        if k > 0 && k + 1 < words.len() && words[..k].iter().any(|w| cues::with_lower(w, |w| DOCUMENTS.contains(w))) {
            words.drain(..=k);
        }
    }
    // `a World Bank statement`, `the Bank of Mexico's figures`: the name issued the document.
    if let Some(issuer) = issuer_of_document(&words) {
        words = words[issuer].to_vec();
        // (`the Bank of Mexico's figures`, `a new MPs' report`: the owner.)
        if let Some(last) = words.last_mut() {
            let owner = cues::strip_possessive(last);
            *last = if owner.ends_with("s'") || owner.ends_with("s’") {
                owner.trim_end_matches(['\'', '’'])
            } else {
                owner
            };
        }
    }
    // `a congressional report on Wednesday`, `a poll released Thursday`: the time is not a name.
    if words.len() > 1 && words.last().is_some_and(|w| cues::is_time_word(w)) {
        words.pop();
        if words.len() > 1 && words.last().is_some_and(|w| matches!(*w, "on" | "released" | "published" | "issued")) {
            words.pop();
        }
    }
    // `Sen. Maria Cantwell of Washington`: a place after a full name is not the name (`the Duke
    // of Edinburgh` and `Bank of England` keep theirs).
    // `King Fahd of Saudi Arabia`, `John Brady of ABN AMRO`: so is a place or a firm after a
    // title or a given name and a name; `Detective Inspector Paul Miller of Thames Valley
    // Police`: a person of an organisation. Either goes to the role.
    // `Merrill Lynch in London`, `A spokesman for the Bundesbank in Frankfurt`, `Dr Graham in
    // November`: where or when a named speaker spoke is no part of the name.
    if let Some(k) = place_or_time_after_name(&words) {
        words.truncate(k);
    }
    let mut employer = None;
    if let Some(of) = person_of_place(&words).or_else(|| person_of_organisation(&words)) {
        employer = Some(words[of..].join(" "));
        words.truncate(of);
    }
    // `his calls for ...`: the owner of a report named by a noun.
    if let [w] = words[..] {
        words[0] = cues::owner_pronoun(w).unwrap_or(w);
        // `Analysts said` opening a sentence: the plain noun, as inside one.
        if is_capitalised(w) && is_group_of_people(w) {
            return Mention::description(w.to_lowercase(), surface);
        }
    }
    if words.len() == 1 && cues::is_pronoun(words[0]) {
        let name = words[0].to_lowercase();
        // Pronouns show in lower case, except `I`.
        let display = if name == "i" { "I".to_string() } else { name.clone() };
        return Mention { display, name, role: String::new(), kind: MentionKind::Pronoun, surface };
    }
    // Trailing run of capitalised words (and particles inside it).
    let mut start = words.len();
    // `Moody's Investors Service Inc`: inside an organisation's name a possessive is part of it.
    let organisation_name = words.last().is_some_and(|w| ORGANISATION_WORDS.contains(w));
    while start > 0 {
        let w = words[start - 1];
        let particle = cues::with_lower(w, |w| PARTICLES.contains(w)) && start < words.len();
        // `Bank of England`, `University of Chicago`: `of` joins an organisation's name.
        let of_in_name = w == "of" && start >= 2 && ORGANISATION_WORDS.contains(words[start - 2]);
        // `Trump’s`, and the plural `Hughes' Kistler` (not at the end: `by Incomes Data Services'`).
        let plural_possessive = (w.ends_with("s'") || w.ends_with("s’")) && start < words.len();
        let possessive = w.ends_with("’s") || w.ends_with("'s") || plural_possessive;
        // (Not a firm's owner: `Texas Air Corp's Continental Airlines`.)
        let owner = ORGANISATION_WORDS.contains(cues::strip_possessive(w));
        // (`Houston-based Continental`: where a firm is based is its role.)
        if tells_where_from(w) {
            break;
        }
        // (`the 6th Circuit`, `the 101st Airborne`: an ordinal inside a name.)
        let ordinal = start < words.len()
            && w.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|e| w.strip_suffix(e).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())));
        if (is_name_word(w) && (!possessive || (organisation_name && start < words.len() && !owner)))
            || particle
            || of_in_name
            || ordinal
        {
            start -= 1;
        } else if let Some(joined) = connector_in_name(&words, start) {
            start = joined;
        } else {
            break;
        }
    }
    if let Some(joined) = firm_names_joined(&words, start) {
        start = joined;
    }
    // `Minister of Mines Patrick Chitambala`: the person's name is the given name and the surname
    // ending the run, as in the names the article gives (`full_name`).
    let start_of_person = given_name_ending(&words[start..]).map(|k| start + k);
    // `A spokeswoman for Mayor Tom Lark`, `an adviser to Hillary Clinton`: the one who speaks is
    // the spokeswoman; the name only says for whom. `a person close to the Clintons`,
    // `officials familiar with Trump`: the same.
    // A title (`Minister for Aviation Michael Spicer`) is the named person's own.
    let common_noun = |k: usize, w: &str| {
        (w.starts_with(char::is_lowercase) || (k == 0 && !TITLES.contains(w)))
            && (cues::is_speaker_noun(w) || cues::with_lower(w, is_role_noun))
            && !cues::with_lower(w, is_document)
    };
    // (`a spokesman for the Home Office` speaks for the office: it is the speaker.)
    let relation = start - usize::from(start >= 1 && words[start - 1] == "the");
    let close_to = relation >= 3 && cues::describes_by_relation(words[relation - 2], words[relation - 1]);
    // (`analyst for Merrill Lynch Capital Markets Mario Balletto`: the person after the
    // organisation is the analyst.)
    // (`an analyst with Dean Witter Reynolds Inc`, `bankers who attended the meeting with
    // Francisco Gros`: the people named by their noun speak, not the firm or the person after
    // `with`.)
    let with = relation >= 2 && words[relation - 1] == "with";
    let speaks_for = start >= 2
        && (matches!(words[start - 1], "for" | "to") || close_to || with)
        && words[..start - 1].iter().enumerate().any(|(k, w)| common_noun(k, w))
        && !ends_with_person_after_organisation(&words);
    // `Economists polled by Reuters`, `a Fiat spokesman contacted by Reuters`: the people asked
    // speak, not the one who asked them.
    let asked_by = relation >= 3
        && words[relation - 1] == "by"
        && matches!(
            words[relation - 2],
            "polled" | "surveyed" | "contacted" | "interviewed" | "questioned" | "asked" | "consulted" | "reached"
        )
        && words[..relation - 2].iter().enumerate().any(|(k, w)| common_noun(k, w));
    if start == words.len() || speaks_for || asked_by || group_at_place(&words, start) || names_an_office(&words, start)
    {
        // `The company` at a sentence start and `the company` inside one are one description.
        return Mention::description(lower_article(surface.clone()), surface);
    }
    // Titles in the run (`US President Obama`) belong to the role; the name follows the last one.
    // An organisation keeps its whole name (`the Commerce Department`, `Bank of England`).
    // A person's role may name an organisation first (`Federal Reserve Board Chairman Paul Volcker`).
    // `the Department of Homeland Security`: an office's word after `of` inside the name is a
    // department's, no title before a person's name.
    let department = |k: usize| k > start && matches!(words[k - 1], "of" | "for") && !is_personal_title(words[k]);
    // `Security Pacific`, `General Motors`: a department's word (`State`, `Security`) or
    // `General` before a single word that is no given name opens a firm's name, no title.
    let office_word = |k: usize| opens_firms_name(words[k]) && k + 2 == words.len() && !is_given_name(words[k + 1]);
    let last_title = (start..words.len() - 1)
        .rev()
        .find(|&k| (is_title(words[k]) && !department(k) && !office_word(k)) || HONORIFICS.contains(words[k]));
    // (`the U.S. Agriculture and Commerce Departments`: plural organisation words too.)
    let organisation_word =
        |w: &str| ORGANISATION_WORDS.contains(w) || w.strip_suffix('s').is_some_and(|w| ORGANISATION_WORDS.contains(w));
    let last_organisation_word = (start..words.len()).rev().find(|&k| organisation_word(words[k]));
    let person_after =
        last_organisation_word.filter(|&o| o + 3 == words.len() && ends_with_person_after_organisation(&words));
    let organisation =
        person_after.is_none() && last_organisation_word.is_some_and(|o| last_title.is_none_or(|t| o > t));
    let name_start = match person_after {
        Some(o) => o + 1,
        None => last_title.filter(|_| !organisation).map_or(start, |k| k + 1),
    };
    // `Republican Donald Trump`, `Liberal Democrat Paul Tyler`: a party before a given name.
    let party = party_before_name(&words[start..]);
    let name_start = name_start.max(start + party).max(start_of_person.unwrap_or(0));
    // `Minister of Energy and Mines Arturo Hernandez Grisanti`, `Minister of State for Finance
    // Damas Mbogoro`: after a title's `of` or `for`, a ministry's field is the role's, and the
    // person's name follows it.
    let field = |w: &str| FIELDS.contains(w) || w == "and";
    let after_title_of =
        name_start > 1 && matches!(words[name_start - 1], "of" | "for") && is_title(words[name_start - 2]);
    let field_end = name_start + words[name_start..].iter().take_while(|w| field(w)).count();
    let name_start =
        if after_title_of && field_end > name_start && field_end < words.len() && words[field_end - 1] != "and" {
            field_end
        } else {
            name_start
        };
    // (`the Washington-based Atlantic Council`: where it is based is said of the name.)
    let before_is_determiner =
        words[..start].iter().all(|w| tells_where_from(w) || cues::with_lower(w, |w| matches!(w, "the" | "a" | "an")));
    // Lower-case words before a name are its role only when they name one (`Pentagon spokesman`);
    // `A chorus of prominent Republicans` is one description, and so is `Singer Co and Northrop
    // Corp` (a title before an organisation word names the organisation).
    let title_at = |k: usize| TITLES.contains(words[k]) && !ORGANISATION_WORDS.contains(words[k + 1]);
    // `Spurs and England defender Gary Stevens`, `vice-minister of finance Toyoo Gyohten`: a
    // role with a connector in it, when a word of the role (not `of`: `the lawyer of Tom Lark`
    // is the lawyer) comes right before the name.
    let role_noun = |w: &str| {
        let w = w.rsplit('-').next().unwrap_or(w);
        cues::with_lower(w, |w| is_occupation(w) || is_person_noun(w))
    };
    // Only `of` or `for` and a field join such a role (`of finance`, not `of Melbourne broker`
    // nor `for the tech news site`); a role held elsewhere (`with a U.K. bank`, `to the U.S`) or
    // a thing done by someone (`controlled by Dallas investor`) names someone else.
    // (An article or a preposition of place opens a phrase of its own.)
    let opens_phrase = |w: &str| matches!(w, "the" | "a" | "an" | "at" | "in" | "on");
    let joins_a_field = |k: usize| match words[k] {
        "of" | "for" => words
            .get(k + 1)
            .is_some_and(|n| n.starts_with(char::is_lowercase) && !is_function_word(n) && !opens_phrase(n)),
        w => k == 0 || !(is_function_word(w) || opens_phrase(w)),
    };
    let role_with_connector = start >= 2
        && words[start - 1].starts_with(char::is_lowercase)
        && !is_function_word(words[start - 1])
        && !matches!(words[start - 1], "and" | "or")
        && (0..start).all(joins_a_field)
        && words[..start].iter().any(|w| role_noun(w));
    // (An institution only right before the name: `the statistics institute Istat`, not `A
    // commission set up to unravel the affairs of debt-ridden Air Lanka`.)
    let speaker_noun_at =
        |k: usize| cues::is_speaker_noun(words[k]) && (k + 1 == start || !cues::is_institution(words[k]));
    // `The BBC's David Willey`, `Ernst and Young's Sanjay Mehta`: a person of the organisation
    // before the possessive, which goes to the role.
    let owners_person =
        start >= 1 && ends_with_possessive(words[start - 1]) && words.len() - start >= 2 && is_given_name(words[start]);
    let role_before = (0..start).any(|k| speaker_noun_at(k) || title_at(k))
        || role_with_connector
        || owners_person
        || words[..start].iter().all(|w| {
            cues::with_lower(w, |w| {
                !matches!(w, "the" | "a" | "an" | "of" | "for" | "from" | "by" | "with" | "and" | "or")
            })
        });
    // `an angry Hollande`, `a defiant Trump`: a determiner and adjectives before a name describe
    // the person's mood, not who they are.
    // (Not a rank, `a senior U.S. Official`, nor a role noun in capitals, `a leading U.S. Banker`.)
    let last = words[words.len() - 1];
    let names_a_person = || !cues::is_speaker_noun(last) && !cues::with_lower(last, is_role_noun) && !is_title(last);
    let mood = (2..=3).contains(&start)
        && matches!(words[0], "a" | "an" | "A" | "An")
        && words[1..start].iter().all(|w| {
            w.chars().all(|c| c.is_ascii_lowercase())
                && !cues::is_speaker_noun(w)
                && !is_role_noun(w)
                && !is_function_word(w)
                && !matches!(
                    *w,
                    "and"
                        | "or"
                        | "former"
                        | "senior"
                        | "top"
                        | "leading"
                        | "junior"
                        | "retired"
                        | "veteran"
                        | "fellow"
                )
        })
        && names_a_person();
    if mood && name_start == start {
        let name = words[start..].join(" ");
        return Mention { display: name.clone(), name, role: String::new(), kind: MentionKind::Name, surface };
    }
    if name_start == start && !before_is_determiner && !role_before {
        return Mention::description(words.join(" "), surface);
    }
    // `the Wisconsin Republican`: a party member described by place, not a name.
    // `the Texan`: one word is enough for a state or a nation.
    let last_word = words[words.len() - 1];
    let party_member = (words.len() - start >= 2 && cues::with_lower(last_word, is_party_member))
        || (words.len() - start == 1 && cues::with_lower(last_word, is_demonym));
    if before_is_determiner && start > 0 && name_start == start && party_member {
        return Mention::description(lower_article(words.join(" ")), surface);
    }
    if before_is_determiner && name_start == start {
        // `the New York Post`: an organisation named in full.
        let name = words[start..].join(" ");
        let based = words[..start].iter().copied().filter(|w| tells_where_from(w)).collect::<Vec<_>>().join(" ");
        let role = employer.unwrap_or(based);
        return Mention { display: name.clone(), name, role, kind: MentionKind::Name, surface };
    }
    let mut role_words: Vec<&str> = words[..name_start].iter().copied().filter(|w| !HONORIFICS.contains(w)).collect();
    // `a spokesman for the Treasury`: the role is `a spokesman`.
    while role_words.len() > 1
        && role_words.last().is_some_and(|w| matches!(*w, "for" | "of" | "at" | "to" | "the" | "a" | "an"))
    {
        role_words.pop();
    }
    role_words.extend(employer.as_deref());
    let honorific = words[..name_start].iter().rev().find(|w| HONORIFICS.contains(w));
    Mention {
        name: words[name_start..].join(" "),
        display: honorific
            .map_or_else(|| words[name_start..].join(" "), |h| format!("{h} {}", words[name_start..].join(" "))),
        role: role_words.join(" "),
        kind: MentionKind::Name,
        surface,
    }
}

/// `Houston-based`, `Korean-born`: where a firm is based or a person was born is a role said of
/// the name after it, no part of it.
fn tells_where_from(word: &str) -> bool {
    word.ends_with("-based") || word.ends_with("-born")
}
/// A department's word or `General`, a title before a name that also opens firms' names
/// (`Security Pacific`, `General Motors`), in any case.
fn opens_firms_name(word: &str) -> bool {
    const WORDS: [&str; 9] =
        ["State", "Exchequer", "Defense", "Defence", "Treasury", "Homeland", "Security", "Commerce", "General"];
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// An initial: `J.`, `L.C.`, or a capital letter alone (`Christina N Luis`).
fn is_initial(word: &str) -> bool {
    let letter = |b: &u8| b.is_ascii_uppercase();
    match word.as_bytes() {
        [_, b'.'] => true,
        [letters @ .., b'.'] if letters.len() <= 5 => {
            letters.iter().all(|b| letter(b) || *b == b'.') && letters.contains(&b'.')
        }
        // (Not the words `A` and `I`.)
        [b] => letter(b) && !matches!(b, b'A' | b'I'),
        _ => false,
    }
}

/// `Moody's`, `Trump’s`: the word or phrase ends in `'s`.
fn ends_with_possessive(text: &str) -> bool {
    cues::strip_possessive(text).len() < text.len()
}

/// `the Treasury Secretary`, `the Prime Minister`: a determiner, then an office ending in a
/// person's title with no name after it; whoever holds the office (a description).
fn names_an_office(words: &[&str], start: usize) -> bool {
    const MAX_OFFICE_WORDS: usize = 3;
    let office = &words[start..];
    let determiner = start == 1 && cues::with_lower(words[0], |w| w == "the");
    let titled = office.last().is_some_and(|w| is_title(w) && is_personal_title(w));
    determiner && titled && office.len() <= MAX_OFFICE_WORDS && !office.iter().any(|w| is_given_name(w))
}

/// Where the name goes on back over a connector before `words[start]`: `Office for National
/// Statistics`, `Joint Chiefs of Staff`, `Central Bank of the South`, `Organisation for
/// Economic Cooperation and Development`, `Securities and Exchange Commission`. The word before
/// the connector is capitalised, neither a title (`Secretary of State`, `Minister for Aviation`
/// keep their titles apart) nor in a person's name (`Zara Hyde Peters of UK Athletics`), and
/// no given name follows it (`Bernie Sanders and Martin O'Malley` are two people). `and` joins
/// only inside an organisation's name: one ending in an organisation word (`Morgan Stanley and
/// Co Inc`) or one already joined by `of`, `for` or `on` (`Department of Trade and Industry`).
fn connector_in_name(words: &[&str], start: usize) -> Option<usize> {
    let first_after = *words.get(start)?;
    let mut connector = start.checked_sub(1)?;
    if words[connector] == "the" && connector >= 1 && matches!(words[connector - 1], "of" | "for" | "on") {
        connector -= 1;
    }
    let joins_with_the_next = matches!(words[connector], "of" | "for" | "on" | "and" | "&");
    let before = connector.checked_sub(1)?;
    let chain_start = (0..=before).rev().take_while(|&k| is_name_word(words[k])).last()?;
    let fits = joins_with_the_next
        && !is_title(words[before])
        && !HONORIFICS.contains(words[before])
        && cues::strip_possessive(words[before]).len() == words[before].len()
        && !is_given_name(first_after)
        // (A person's name opens with a given name: `Tom Lark and Co`; not `Touche Ross and Co`.)
        && !is_given_name(words[chain_start]);
    if !fits || words[connector] == "of" && is_person_before_of(words, chain_start..connector) {
        return None;
    }
    if matches!(words[connector], "and" | "&") {
        let organisation = words.last().is_some_and(|w| ORGANISATION_WORDS.contains(w));
        let joined_before = chain_start >= 2
            && (matches!(words[chain_start - 1], "of" | "for" | "on")
                || words[chain_start - 1] == "the" && matches!(words[chain_start - 2], "of" | "for" | "on"));
        if !(organisation || joined_before) {
            return None;
        }
    }
    Some(before)
}

/// `accountancy firm Ernst & Young`, `brokers Samuel Montagu and Co Ltd`, `technology firms
/// Earthlink and Webroot`: capitalised words joined by `&`, or by `and` after a role in lower
/// case, to the run of capitalised words from `start` name one firm or several; where the run
/// before the connector starts. Not people (`Lindsey Graham and David Perdue`, whom
/// [`Resolver::two_people`] reads), nor names in a phrase of place (`director for Latin America
/// and Caribbean Rainer Steckhan`).
fn firm_names_joined(words: &[&str], start: usize) -> Option<usize> {
    if start < 2 || start >= words.len() || is_given_name(words[start]) {
        return None;
    }
    let ampersand = match words[start - 1] {
        "&" => true,
        "and" => false,
        _ => return None,
    };
    // (`Credit du Nord and`: particles inside the name.)
    let in_name =
        |k: usize| is_name_word(words[k]) || (k > 0 && PARTICLES.contains(words[k]) && is_name_word(words[k - 1]));
    let chain_start = (0..start - 1).rev().take_while(|&k| in_name(k)).last()?;
    // (A given name opens a person's name, unless a firm's word ends the run: `Alex Brown and
    // Sons Inc`.)
    let firm = words.last().is_some_and(|w| ends_firms_name(w) || matches!(*w, "Son" | "Sons"));
    let role_before = chain_start.checked_sub(1).is_some_and(|k| {
        words[k].starts_with(char::is_lowercase)
            && !is_function_word(words[k])
            && (firm || !is_given_name(words[chain_start]))
    });
    let in_phrase = chain_start.checked_sub(1).is_some_and(|k| {
        let k = if words[k] == "the" && k > 0 { k - 1 } else { k };
        matches!(words[k], "in" | "for" | "of" | "at" | "to" | "from" | "on" | "with")
    });
    ((ampersand || role_before) && !in_phrase).then_some(chain_start)
}

/// `Orin Middleton of Barclays Capital`, `Shore of Shearson Lehman`: one to three capitalised
/// words before `of` that no determiner opens, none an organisation word nor a plural (`General
/// Motors of Canada`, `Joint Chiefs of Staff`), name a person of the body after them.
fn is_person_before_of(words: &[&str], chain: Range<usize>) -> bool {
    let opened = chain.start > 0 && !is_capitalised(words[chain.start - 1]) && words[chain.start - 1] != "the";
    let plain = |w: &&str| !ORGANISATION_WORDS.contains(w) && !w.ends_with('s') && !is_title(w);
    chain.len() <= 3 && (chain.start == 0 || opened) && words[chain].iter().all(plain)
}

/// `Rival Hillary Clinton`, `Mines Patrick Chitambala`, `BBC Political Correspondent James
/// Hardy`: capitalised words before a given name and the words after it are no part of the
/// name, which starts at the given name (the returned index). Not after an initial (`J. Hugh
/// Liedtke`) or another given name (`Mary Ann Lark`), nor in a firm's name (`San Miguel Corp`).
fn given_name_ending(run: &[&str]) -> Option<usize> {
    if run.len() < 3 || run.last().is_some_and(|w| ends_firms_name(w)) {
        return None;
    }
    // (Nor a place's name: `St. Joe Gold`, `the West Virginia Democrat`.)
    let place = |w: &str| {
        matches!(
            w,
            "St" | "St."
                | "Saint"
                | "San"
                | "Santa"
                | "Sao"
                | "Fort"
                | "Mount"
                | "West"
                | "North"
                | "South"
                | "East"
                | "New"
        )
    };
    // A word right after a title opens the name, known given name or not (`Finance Minister Luiz
    // Carlos Bresser Pereira`); a word in capitals is an acronym or a ticker (`ERIC ST`).
    let title = |w: &str| is_title(w) || HONORIFICS.contains(w) || cues::with_lower(w, is_role_noun);
    let after_title = |k: usize| k >= 2 && title(run[k - 2]) && !title(run[k - 1]);
    let opens_name = |k: usize| {
        is_given_name(run[k])
            && run[k].contains(char::is_lowercase)
            && !is_given_name(run[k - 1])
            && !is_initial(run[k - 1])
            && !place(run[k - 1])
            && !after_title(k)
    };
    (1..run.len() - 1).find(|&k| opens_name(k))
}

/// The number of words naming a party that open `run` before a given name and a surname:
/// `Republican Donald Trump` (1), `Lib Dem Sarah Teather` (2); else 0.
fn party_before_name(run: &[&str]) -> usize {
    let party = match run {
        ["Liberal", "Democrat", ..] | ["Lib", "Dem", ..] => 2,
        [w, ..] if PARTIES.iter().any(|p| w.eq_ignore_ascii_case(p)) => 1,
        _ => 0,
    };
    let person_follows = || run.len() >= party + 2 && is_given_name(run[party]);
    if party > 0 && person_follows() {
        party
    } else {
        0
    }
}

/// Plural nouns for people that speak as a group (`analysts`, `dealers`), which no name shares;
/// in any case.
pub fn is_group_of_people(word: &str) -> bool {
    GROUPS_OF_PEOPLE.contains(word)
}

static GROUPS_OF_PEOPLE: Words = Words::any_case(&[
    "analysts",
    "dealers",
    "bankers",
    "traders",
    "officials",
    "economists",
    "brokers",
    "diplomats",
    "sources",
    "delegates",
    "critics",
    "prosecutors",
    "experts",
    "ministers",
    "supporters",
    "opponents",
    "organisers",
    "organizers",
    "campaigners",
    "observers",
    "investigators",
    "executives",
    "residents",
    "witnesses",
    "lawyers",
    "aides",
    "activists",
    "scientists",
    "researchers",
    "doctors",
    "teachers",
    "workers",
    "voters",
    "lawmakers",
    "legislators",
    "producers",
    "exporters",
    "importers",
    "manufacturers",
]);

/// `Democrats in the Senate`, `officials at Homeland Security Investigations`, `the head of the
/// IMF`: people, in common nouns (or a plural of party), then a preposition and the name of a
/// place or a body: one description, not a role before a name. (`Mr. Morgan of the Sierra Club`
/// names a person first.)
fn group_at_place(words: &[&str], name_start: usize) -> bool {
    let mut k = name_start;
    if k > 0 && cues::with_lower(words[k - 1], |w| matches!(w, "the" | "a" | "an")) {
        k -= 1;
    }
    let preposition = |w: &str| {
        matches!(
            w,
            "in" | "at"
                | "from"
                | "on"
                | "inside"
                | "within"
                | "among"
                | "across"
                | "of"
                | "over"
                | "around"
                | "throughout"
        )
    };
    if k < 2 || !preposition(words[k - 1]) {
        return false;
    }
    let head = words[k - 2];
    let plural_party = head.ends_with('s')
        && cues::with_lower(head.trim_end_matches('s'), |w| {
            matches!(w, "republican" | "democrat" | "conservative" | "liberal")
        });
    // Capitalised, it opens the sentence (`Officials at ...`), not a title (`Secretary of State`).
    let plural = head.ends_with('s') || cues::with_lower(head, |w| matches!(w, "people" | "police"));
    let opening_plural = k == 2 && plural && cues::is_speaker_noun(head) && !TITLES.contains(head);
    head.starts_with(char::is_lowercase) || opening_plural || plural_party
}

/// A word that ends an organisation's or a firm's name (`Association`, `Corp`, `GmbH`).
fn ends_firms_name(word: &str) -> bool {
    ORGANISATION_WORDS.contains(word) || is_company_suffix(word)
}

/// Common family names of China, Korea and Vietnam, which come before the given name: `Deng`
/// alone means `Deng Xiaoping`. (Not those that are English words or open place names: `He`,
/// `Sun`, `Long`, `Song`, `Hong`.)
static FAMILY_NAMES_FIRST: Words = Words::new(&[
    "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Zhu", "Gao", "Lin", "Guo", "Luo", "Liang",
    "Zheng", "Xie", "Tang", "Feng", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng", "Shen", "Zeng", "Peng", "Jiang",
    "Cai", "Jia", "Ding", "Wei", "Xue", "Pan", "Zhong", "Tian", "Yao", "Tan", "Liao", "Zou", "Xiong", "Hao", "Cui",
    "Qiu", "Qin", "Hou", "Shao", "Meng", "Duan", "Qian", "Yin", "Li", "Hu", "Wu", "Ma", "Chang", "Chiang", "Chou",
    "Hsu", "Kuo", "Lai", "Lee", "Lim", "Ng", "Ong", "Goh", "Teo", "Koh", "Chua", "Chan", "Wong", "Leung", "Cheung",
    "Lau", "Tsang", "Yeung", "Chow", "Tse", "Kwok", "Tung", "Hsieh", "Tsai", "Chao", "Teng", "Yeh", "Kim", "Park",
    "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Shin", "Kwon", "Hwang", "Ahn", "Roh", "Nguyen", "Tran",
    "Pham", "Hoang", "Huynh", "Phan", "Vu", "Bui", "Ngo",
]);

/// `TSE`, `BHP`: a word of two capital letters or more.
pub fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// `Airlines`, `Holdings`: a trade or a word for a business that ends a firm's name.
fn is_trade(word: &str) -> bool {
    matches!(
        word,
        "Airlines"
            | "Airways"
            | "Holdings"
            | "Industries"
            | "Motors"
            | "Systems"
            | "Technologies"
            | "Petroleum"
            | "Communications"
            | "Electronics"
            | "Foods"
            | "Stores"
            | "Energy"
            | "Resources"
            | "Mining"
            | "Mines"
            | "Pharmaceuticals"
            | "Laboratories"
            | "Enterprises"
            | "Securities"
            | "Bancorp"
            | "Entertainment"
            | "Chemicals"
            | "Steel"
    )
}

/// `Inc`, `Corp.`: the legal form that ends a company's name.
pub fn is_company_suffix(word: &str) -> bool {
    COMPANY_SUFFIXES.contains(&word.trim_end_matches('.'))
}

/// The last word of a company's name.
const COMPANY_SUFFIXES: [&str; 13] =
    ["Inc", "Ltd", "Corp", "Co", "Plc", "PLC", "AG", "SA", "NV", "LLC", "GmbH", "BV", "SpA"];

/// Where `of` follows a person's name and precedes a short name (`King Fahd of Saudi Arabia`).
fn person_of_place(words: &[&str]) -> Option<usize> {
    const MAX_PLACE_WORDS: usize = 2;
    let of = words.iter().rposition(|w| *w == "of").filter(|&of| of >= 2 && words.len() - of <= MAX_PLACE_WORDS + 1)?;
    let (surname, place) = (words[of - 1], &words[of + 1..]);
    // `Gov. Terry E. Branstad of Iowa`, `Sen. Sherrod Brown of Ohio`: a given name, a title or an
    // honorific among the words before the surname, initials passed over.
    let before = words[..of - 1].iter().rev().take_while(|w| is_capitalised(w));
    let opens_person = before
        .filter(|w| !is_initial(w))
        .take(2)
        .any(|w| is_given_name(w) || TITLES.contains(w) || HONORIFICS.contains(w));
    let is_place = place.iter().all(|w| is_name_word(w) && !ORGANISATION_WORDS.contains(w));
    (opens_person && is_name_word(surname) && !ORGANISATION_WORDS.contains(surname) && is_place).then_some(of)
}

/// Where `in` and a place or a month (one to three capitalised words, none an organisation's)
/// follow a name: `Bankers Trust in New York`. A group of people before `in` keeps its place
/// (`Democrats in Congress`, `People in Fort Pierce`: [`group_at_place`]).
fn place_or_time_after_name(words: &[&str]) -> Option<usize> {
    const MAX_PLACE_WORDS: usize = 3;
    let k = words.iter().rposition(|w| *w == "in").filter(|&k| k >= 1 && words.len() - k <= MAX_PLACE_WORDS + 1)?;
    let place = &words[k + 1..];
    let is_place = !place.is_empty() && place.iter().all(|w| is_name_word(w) && !ends_firms_name(w));
    let head = words[k - 1];
    let named_head = is_name_word(head) && !TITLES.contains(head) && !group_at_place(words, k + 1);
    (is_place && named_head).then_some(k)
}

/// Where `of` (or `from`, `at`) and an organisation's name (with an organisation word in it)
/// follow a name of two words or more (`David Rogers of Cargill's Commodity Marketing Division`).
fn person_of_organisation(words: &[&str]) -> Option<usize> {
    let person = |w: &&str| is_name_word(w) && !ORGANISATION_WORDS.contains(w) && !TITLES.contains(w);
    // `Barnett Banks of Florida Inc`, `Gold Fields of South Africa`: a plural is a company's name,
    // unless a given name comes first (`Tom Jones of ...`).
    // `Range Rover of North America Inc`, `the Mauritius Chamber of Agriculture`: without a known
    // given name, a company's suffix or a word before the pair makes it an organisation's name.
    let given = |k: usize| is_given_name(words[k - 2]);
    let plural = |k: usize| words[k - 1].ends_with('s') && !given(k);
    // (`Zara Hyde Peters of UK Athletics`: a given name and two more words.)
    let given_before = |k: usize| k >= 3 && is_given_name(words[k - 3]) && (k == 3 || !is_capitalised(words[k - 4]));
    let opens_name = |k: usize| {
        k == 2
            || TITLES.contains(words[k - 3])
            || HONORIFICS.contains(words[k - 3])
            || !is_capitalised(words[k - 3])
            || given_before(k)
    };
    let company = words.last().is_some_and(|w| is_company_suffix(w));
    // `Jay LeBoff from Hotseat`, `James Arenson at DLJ Securities`, `Joseph Rooney with brokers
    // James Capel`: `from`, `at` and `with` join only a given name and a surname to their employer.
    let joins = |k: usize| words[k] == "of" || matches!(words[k], "from" | "at" | "with") && given(k);
    let of = (2..words.len()).find(|&k| {
        joins(k)
            && words[k - 2..k].iter().all(person)
            && !plural(k)
            && (given(k) || opens_name(k) && !company)
            && !(k > 2 && matches!(words[k - 3], "the" | "The" | "a" | "A" | "an" | "An"))
    })?;
    let organisation = without_kind_of_body(&words[of + 1..]);
    // (`with brokers James Capel`: a kind of body says a name follows.)
    let kind_named = organisation.len() < words.len() - of - 1;
    // (`Orin Middleton of Barclays Capital`: a short name with no organisation word.)
    const MAX_NAME_WORDS: usize = 4;
    // (`Barclays de Zoete Wedd`, `AG Edwards & Sons`.)
    let in_name =
        |w: &&str| is_capitalised(w) || matches!(*w, "the" | "of" | "and" | "for" | "&") || PARTICLES.contains(w);
    // (Not `Undersecretary of Agriculture Daniel Amstutz`, a person after it, nor `Lloyd's
    // Register of Shipping`, the organisation's own name.)
    // (`William Corr of the Campaign for Tobacco-Free Kids`: after a given name, a longer one.)
    const MAX_NAME_WORDS_AFTER_PERSON: usize = 8;
    // (Not two people: `Ibrahim Babangida of Nigeria and Denis Sassou-Nguesso of Congo`.)
    let one_body = !organisation.contains(&"and");
    let max_words =
        if (given(of) || given_before(of)) && one_body { MAX_NAME_WORDS_AFTER_PERSON } else { MAX_NAME_WORDS };
    let short_name = organisation.len() <= max_words
        && !organisation.iter().any(|w| is_given_name(w))
        && words[of - 2..of].iter().all(|w| cues::strip_possessive(w).len() == w.len());
    let named_organisation = (organisation.iter().any(|w| ORGANISATION_WORDS.contains(w)) || short_name || kind_named)
        && organisation.iter().all(in_name);
    named_organisation.then_some(of)
}

/// `IT firm Dimension Data`, `accounting firm Touche Ross and Co`: the name after a short
/// phrase saying what kind of body it is.
fn without_kind_of_body<'w>(words: &'w [&'w str]) -> &'w [&'w str] {
    const MAX_KIND_WORDS: usize = 3;
    let kind = |w: &&str| {
        matches!(
            *w,
            "firm"
                | "company"
                | "group"
                | "bank"
                | "consultancy"
                | "brokerage"
                | "brokers"
                | "agency"
                | "charity"
                | "institute"
                | "think-tank"
                | "house"
                | "watchdog"
                | "publisher"
                | "retailer"
                | "maker"
                | "operator"
        )
    };
    match words.iter().take(MAX_KIND_WORDS).position(kind) {
        Some(k) if k + 1 < words.len() && is_capitalised(words[k + 1]) => &words[k + 1..],
        _ => words,
    }
}

/// `Rep. John Mica (R-Fla.)` -> `Rep. John Mica`; a stock ticker goes (`Reuters Holdings Plc
/// <RTRS.L>` -> `Reuters Holdings Plc`) while a bracketed name keeps its words (`<Willemijn
/// Holding BV>` -> `Willemijn Holding BV`); a mention all in parentheses keeps its words.
fn strip_parentheses(s: &str) -> String {
    if !s.contains(['(', '<']) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '<' => {
                let inner = rest.split('>').next().unwrap_or(rest);
                if depth == 0 && inner.contains(' ') {
                    out.push_str(inner);
                }
                rest = rest.get(inner.len() + 1..).unwrap_or("");
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    if out.trim().is_empty() {
        return s.chars().filter(|c| !matches!(c, '(' | ')' | '<' | '>')).collect();
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Resolved {
    pub name: String,
    pub role: String,
}

/// Article-level state for resolving mentions in reading order.
#[derive(Debug, Default)]
pub struct Resolver {
    /// Full names (two words or more) seen in the article, with their byte positions, by surname.
    names: std::collections::HashMap<String, Vec<(usize, String)>, crate::hash::FnvBuildHasher>,
    /// Roles recorded for names: `(role in lower case, name)`.
    roles: Vec<(String, String)>,
    /// Roles given in apposition anywhere in the article (pre-pass): `(position, words of the
    /// role in lower case, name)`.
    described: Vec<(usize, Vec<String>, String)>,
    /// Genders the article gives surnames by title (`Ms Jowell`, `Mr. Kruger`).
    titled: std::collections::HashMap<String, Gender, crate::hash::FnvBuildHasher>,
    /// Full names in subject position (first in their clause), in reading order.
    subjects: Vec<(usize, String)>,
    /// People named (in full or by a known surname) first in a sentence outside quotations, in
    /// reading order: whom the narrative turned to (`But Ruddock feels that ...`). With the
    /// positions of the name and of the sentence's end.
    sentence_subjects: Vec<(Range<usize>, String)>,
    /// People named by a plural noun opening a sentence outside quotations (`Analysts do not
    /// expect ...`, `Several dealers were sceptical`): `(paragraph, position, description)`, in
    /// reading order.
    plural_subjects: Vec<(usize, usize, String)>,
    /// Descriptions of one person opening a sentence of the narrative (`The former Scotland
    /// international added ...`): their positions and head nouns, in reading order.
    described_subjects: Vec<(usize, String)>,
    /// Speakers who are people, most recently quoted last.
    persons: Vec<Person>,
    /// Speakers who are organisations or groups, most recent last (`it` is the last one).
    groups: Vec<Resolved>,
    /// Speakers who are several people (`finance ministry officials`, `X and Y`), with the
    /// paragraph they were quoted in, most recent last (`they` is the last one).
    plurals: Vec<(usize, Resolved)>,
    /// Bodies quoted by their acronym too: `(full name, acronym)`.
    acronyms: Vec<(String, String)>,
    /// Sources named with their document (`a report by Forrester Research`): the document word
    /// and the source, most recent last.
    documents: Vec<(String, Resolved)>,
}

impl Resolver {
    /// Records a full name found in the text at `pos` (from the article pre-pass).
    pub fn add_name(&mut self, pos: usize, name: &str) {
        let surname = name.rsplit(' ').next().unwrap_or(name).to_string();
        self.names.entry(surname).or_default().push((pos, name.to_string()));
    }

    /// Learns a surname's gender from a run of capitalised words opening with a title (`Ms
    /// Jowell`), for names whose given name is not in our lists (`Tessa Jowell`).
    pub fn add_titled(&mut self, run: &[&str]) {
        // Most runs are one word: no title and surname to read.
        let [first, .., last] = run else { return };
        let gender = title_gender(first);
        if gender != Gender::Unknown {
            self.titled.insert(last.to_string(), gender);
        }
    }

    /// Learns the gender of a full name in subject position from the pronoun that refers back to
    /// it in its sentence (`Arjen Robben has broken two bones in his foot`), for given names not
    /// in our lists; a title the article gives the surname wins.
    pub fn add_pronoun_gender(&mut self, name: &str, male: bool) {
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let gender = if male { Gender::Male } else { Gender::Female };
        self.titled.entry(surname.to_string()).or_insert(gender);
    }

    /// A full name's gender from its given name, else from a title the article gave its surname.
    fn gender_in_article(&self, name: &str) -> Gender {
        match gender_of(name, name) {
            Gender::Unknown => {
                let surname = name.rsplit(' ').next().unwrap_or(name);
                self.titled.get(surname).copied().unwrap_or(Gender::Unknown)
            }
            known => known,
        }
    }

    /// Records that the full name at `pos` stands where a subject does (from the pre-pass).
    pub fn add_subject(&mut self, pos: usize, name: &str) {
        self.subjects.push((pos, name.to_string()));
    }

    /// Records that a sentence outside quotations opens with people named by a plural noun
    /// (`description`, as written) at `pos` in `paragraph` (from the pre-pass).
    pub fn add_plural_subject(&mut self, paragraph: usize, pos: usize, description: &str) {
        self.plural_subjects.push((paragraph, pos, lower_article(description.to_string())));
    }

    /// Records that a sentence outside quotations (`sentence`: from the name to its end) opens
    /// with this full name or with the surname of one full name the article gave before (from
    /// the pre-pass). (Not a run of capitals, a heading's or a body's: `THE BORROWING Back when
    /// he wrote`.)
    pub fn add_sentence_subject(&mut self, sentence: Range<usize>, name: &str) {
        if name.split(' ').any(is_acronym) {
            return;
        }
        let full = match name.contains(' ') {
            true => Some(self.fuller_name_before(name, sentence.start).unwrap_or(name)),
            false => self.only_name_before(name, sentence.start),
        };
        if let Some(full) = full {
            self.sentence_subjects.push((sentence, full.to_string()));
        }
    }

    /// The latest name before `pos` that ends with all of `name` (`Paul de Keersmaeker` for `De
    /// Keersmaeker`).
    fn fuller_name_before(&self, name: &str, pos: usize) -> Option<&str> {
        let surname = name.rsplit(' ').next()?;
        let ends_with_name = |n: &str| {
            n.len() > name.len() && n.as_bytes()[n.len() - name.len() - 1] == b' ' && {
                let tail = &n.as_bytes()[n.len() - name.len()..];
                tail.eq_ignore_ascii_case(name.as_bytes())
            }
        };
        let before = self.names.get(surname)?.iter().filter(|(p, _)| *p < pos);
        before.map(|(_, n)| n.as_str()).rfind(|n| ends_with_name(n))
    }

    /// The full name with this surname before `pos`, when the article gave only one.
    fn only_name_before(&self, surname: &str, pos: usize) -> Option<&str> {
        let mut before = self.names.get(surname)?.iter().filter(|(p, _)| *p < pos).map(|(_, n)| n.as_str());
        let first = before.next()?;
        before.all(|n| n == first).then_some(first)
    }

    /// True when the article names someone in full with this surname (`Wallace` for `Chris Wallace`).
    pub fn knows_surname(&self, surname: &str) -> bool {
        self.names.contains_key(surname)
    }

    /// `National Computer Systems Inc expects ..., the company told analysts`: for `the company`
    /// that nothing else resolves, the name with a legal form nearest before `pos`, quoted or not.
    /// (Not `the concern`, which is as often the group of investors that a filing names:
    /// `In a filing ..., the concern, which comprises Paragon Associates, said`.)
    fn firm_named_before(&self, description: &str, pos: usize) -> Option<Resolved> {
        if !cues::with_lower(description, |d| matches!(d, "the company" | "the firm" | "the corporation")) {
            return None;
        }
        let firms = self.names.iter().filter(|(surname, _)| is_company_suffix(surname)).flat_map(|(_, ns)| ns);
        let (_, name) = firms.filter(|(p, _)| *p < pos).max_by_key(|(p, _)| *p)?;
        Some(Resolved { name: name.clone(), role: lower_article(description.to_string()) })
    }

    /// Records that `name` spoke in a document (`said in a statement`), which a later `the
    /// statement` stands for.
    pub fn add_document(&mut self, document: &str, name: &str, role: &str) {
        if !cues::is_pronoun(name) && !name.starts_with("the ") {
            self.documents.push((document.to_string(), Resolved { name: name.to_string(), role: role.to_string() }));
        }
    }

    /// Records a description of one person, by its head noun, opening a sentence at `pos`
    /// (from the pre-pass).
    pub fn add_described_subject(&mut self, pos: usize, head: &str) {
        self.described_subjects.push((pos, head.to_string()));
    }

    /// Records a role given to a name in apposition at `pos` (from the article pre-pass).
    pub fn add_role(&mut self, pos: usize, role: &str, name: &str) {
        let words = role.split_whitespace().map(|w| cues::strip_possessive(&w.to_lowercase()).to_string()).collect();
        self.described.push((pos, words, name.to_string()));
    }

    /// Resolves a mention at byte position `pos` in paragraph `paragraph`, with a role from an
    /// apposition if the sentence had one, and remembers it for later mentions.
    pub fn resolve(&mut self, surface: &str, apposition: Option<&str>, pos: usize, paragraph: usize) -> Resolved {
        self.resolve_as(surface, Possessive::Owner, apposition, pos, paragraph)
    }

    /// [`Resolver::resolve`], reading a final `'s` of the mention as `possessive` says.
    pub fn resolve_as(
        &mut self,
        surface: &str,
        possessive: Possessive,
        apposition: Option<&str>,
        pos: usize,
        paragraph: usize,
    ) -> Resolved {
        if let Some((first, second)) = self.two_people(surface) {
            // Each is remembered on its own (`Mr. Ryan` later is Paul Ryan); together they spoke.
            let first = self.resolve(first, None, pos, paragraph);
            let second = self.resolve_as(second, possessive, None, pos, paragraph);
            let both = Resolved { name: format!("{} and {}", first.name, second.name), role: String::new() };
            self.plurals.push((paragraph, both.clone()));
            return both;
        }
        if let Some(both) = two_sources(surface) {
            let both = Resolved { name: both, role: String::new() };
            self.plurals.push((paragraph, both.clone()));
            return both;
        }
        let mention = parse_mention_as(surface, possessive);
        // `Moody's` after `Moody's Investors Service Inc` was quoted: the firm, shortened.
        let shortened = |g: &&Resolved| g.name.strip_prefix(mention.name.as_str()).is_some_and(|r| r.starts_with(' '));
        let firm_name = ends_with_possessive(&mention.name);
        if possessive == Possessive::Name && firm_name && !mention.name.contains(' ') {
            if let Some(firm) = self.groups.iter().rev().find(shortened) {
                return firm.clone();
            }
        }
        let role = apposition.map(str::to_string).filter(|r| !r.is_empty()).unwrap_or_else(|| mention.role.clone());
        let resolved = match mention.kind {
            MentionKind::Pronoun => self.resolve_pronoun(&mention.name, pos, paragraph),
            MentionKind::Name => self
                .with_legal_form(&mention.name, pos)
                .or_else(|| self.resolve_name(&mention.name, &mention.surface, pos))
                .or_else(|| {
                    let body = self.spelled_out(&mention.name)?;
                    self.acronyms.push((body.name.clone(), mention.name.clone()));
                    Some(body)
                })
                .or_else(|| self.firm_named_in_full(&mention.surface, pos).filter(|_| mention.surface == mention.name))
                .or_else(|| self.body_named_in_full(&mention.name, &mention.surface)),
            MentionKind::Description => self
                .resolve_description(&mention.name, pos, paragraph)
                .or_else(|| self.firm_named_before(&mention.name, pos)),
        };
        let resolved = resolved.unwrap_or_else(|| Resolved { name: mention.display.clone(), role: String::new() });
        // (`Jane Roe, who quit the party,`: the role before her name, or the one known before,
        // or a post given to her earlier.)
        let fallback_role = Some(mention.role.as_str())
            .filter(|r| !r.is_empty())
            .or_else(|| role_in_apposition(&resolved.role))
            .or_else(|| self.posts_of(&resolved.name).last())
            .unwrap_or_default()
            .to_string();
        let resolved = Resolved { role: if role.is_empty() { resolved.role } else { role }, ..resolved };
        if !resolved.role.is_empty() && mention.kind == MentionKind::Name {
            self.roles.push((resolved.role.clone(), resolved.name.clone()));
        }
        self.remember(&mention, &resolved, (paragraph, pos));
        let shown_role = role_in_apposition(&resolved.role).map_or(fallback_role, str::to_string);
        Resolved { role: lower_article(shown_role), ..resolved }
    }

    /// The posts the article gave `name` in quoted mentions (`New Jersey Gov.`; not a relative
    /// clause that tells what they did, nor an age: `43`, `then 38`), oldest first.
    fn posts_of<'r>(&'r self, name: &'r str) -> impl Iterator<Item = &'r str> + 'r {
        let age_alone =
            |role: &str| role.split(' ').all(|w| matches!(w, "then" | "now" | "aged") || w.parse::<u8>().is_ok());
        let given = self.roles.iter().filter(move |(_, n)| n == name);
        given.filter_map(|(role, _)| role_in_apposition(role)).filter(move |r| !r.is_empty() && !age_alone(r))
    }

    /// A body's name with the acronym the article also quoted it by: `Securities and Exchange
    /// Commission (SEC)`, so that all its quotations show one name that either finds.
    pub fn with_acronym(&self, name: &str) -> Option<String> {
        let (_, acronym) = self.acronyms.iter().find(|(full, _)| full == name)?;
        Some(format!("{name} ({acronym})"))
    }

    /// `SEC` after `Securities and Exchange Commission` was quoted: the body an acronym stands
    /// for, the most recent quoted whose capitalised words start with its letters.
    fn spelled_out(&self, acronym: &str) -> Option<Resolved> {
        let letters = acronym.as_bytes();
        if !(2..=6).contains(&letters.len()) || !letters.iter().all(u8::is_ascii_uppercase) {
            return None;
        }
        let initials = |name: &str| -> Vec<u8> {
            let words = name.split(' ').filter(|w| !matches!(*w, "Inc" | "Corp" | "Co" | "Ltd" | "Plc" | "PLC"));
            words.filter_map(|w| w.bytes().next().filter(u8::is_ascii_uppercase)).collect()
        };
        // A proper name: capitalised words and the small words joining them.
        let proper = |name: &str| {
            name.split(' ')
                .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "and" | "for" | "the" | "on"))
        };
        let stands_for = |g: &&Resolved| g.name.contains(' ') && proper(&g.name) && initials(&g.name) == letters;
        self.groups.iter().rev().find(stands_for).cloned()
    }

    /// `Donald Trump and House Speaker Paul Ryan`, `Clinton and Sen. Bernie Sanders`: two
    /// people's names joined by `and`, each a name of two words or more or a surname the article
    /// gave with a full name; not a firm (`Morgan Stanley and Co`, `Johnson and Johnson`).
    fn two_people<'s>(&self, surface: &'s str) -> Option<(&'s str, &'s str)> {
        const MAX_WORDS: usize = 7;
        let and = and_at(surface)?;
        let (first, second) = (&surface[..and], &surface[and + 5..]);
        let first = first.trim_start_matches("Both ").trim_start_matches("both ");
        let person = |part: &str| {
            // (`Heinz Chairman and Chief Executive Officer Anthony O'Reilly`: one person's titles;
            // but `Mr. King and Mr. Schultz`.)
            let mut last_two = part.rsplit(' ');
            let (last, before) = (last_two.next(), last_two.next());
            if last.is_some_and(is_title) && before.is_some_and(|w| !HONORIFICS.contains(w)) {
                return false;
            }
            let mention = parse_mention(part);
            let words = part.split_whitespace().count();
            let full_name = |name: &str| name.contains(' ') && name.split(' ').next().is_some_and(is_given_name);
            let known_surname =
                || self.names.get(&mention.name).is_some_and(|full| full.iter().any(|(_, f)| full_name(f)));
            mention.kind == MentionKind::Name
                && words <= MAX_WORDS
                && !names_organisation(&mention.name)
                && !part.contains([',', '(', ';'])
                && (full_name(&mention.name) || known_surname())
        };
        (!second.contains(" and ") && person(first) && person(second)).then_some((first, second))
    }

    fn remember(&mut self, mention: &Mention, resolved: &Resolved, (paragraph, pos): (usize, usize)) {
        let document = (mention.kind == MentionKind::Name)
            .then(|| mention.surface.split_whitespace().find(|w| cues::with_lower(w, is_document)))
            .flatten();
        // Not a document named as the source itself (`Report: ...`).
        if let Some(document) = document.filter(|d| !resolved.name.eq_ignore_ascii_case(d)) {
            self.documents.push((document.to_lowercase(), resolved.clone()));
        }
        let person = match mention.kind {
            // An unresolved pronoun is no one to refer back to (`he` is never the narrator `I`).
            MentionKind::Pronoun => {
                matches!(mention.name.as_str(), "he" | "she" | "i") && !cues::is_pronoun(&resolved.name)
            }
            // A one-word name is a person once named with a title (`Energy Minister Subroto`).
            // (`The TSE said`: an acronym after `the` names a body.)
            MentionKind::Name => {
                let the = mention.surface.starts_with("the ") || mention.surface.starts_with("The ");
                let acronym = is_acronym(&mention.name);
                // (`a Reuter report`, `the Bundesbank's annual report`: the issuer is a body.)
                let issuer = document.is_some();
                !names_organisation(&resolved.name)
                    && (resolved.name.split_whitespace().count() >= 2
                        || !mention.role.is_empty()
                        || (mention.surface != mention.name && !(the && acronym) && !issuer)
                        || self.has_personal_role(&resolved.name))
            }
            // `one broker`, `a senior economist`: someone new, whom `he` may mean next; a
            // definite one (`the England striker`) is more often someone named before.
            MentionKind::Description => {
                let head = head_noun(&mention.name);
                let indefinite = matches!(mention.name.split(' ').next(), Some("a" | "an" | "one" | "another"));
                ROLE_NOUNS.contains(head.as_str())
                    || is_demonym(&head)
                    || (indefinite && is_person_noun(&short_head_noun(&mention.name)))
                    || mention.name.contains(" who ")
            }
        };
        let plural = is_plural(mention, resolved);
        // (`Analysts said ... It previously announced`: `it` is no group of people; but
        // `Duff and Phelps` is a firm.)
        let people = plural && !resolved.name.contains(" and ");
        if plural {
            self.plurals.push((paragraph, resolved.clone()));
        }
        // `a spokeswoman for the Ministry of Agriculture said ... She said`: the spokeswoman
        // speaks for the ministry, and `she` does too. (Only pronouns: no surface for a
        // description to match, so `A Conservative spokeswoman` is someone new.)
        let spokesperson = || {
            mention.kind == MentionKind::Name
                && mention.role.split_whitespace().any(|w| matches!(w, "spokesman" | "spokeswoman" | "spokesperson"))
        };
        if !person && spokesperson() {
            let gender = gender_of(&mention.role, "");
            self.persons.retain(|p| p.resolved.name != resolved.name);
            self.persons.push(Person { resolved: resolved.clone(), gender, paragraph, pos, surface: String::new() });
        }
        if person {
            let gender = match mention.name.as_str() {
                "he" if mention.kind == MentionKind::Pronoun => Gender::Male,
                "she" if mention.kind == MentionKind::Pronoun => Gender::Female,
                _ => gender_of(&mention.surface, &resolved.name),
            };
            let known = self.persons.iter().position(|p| p.resolved.name == resolved.name);
            let gender = known.map_or(gender, |k| self.persons.remove(k).gender.or(gender));
            let surface = mention.surface.to_lowercase();
            self.persons.push(Person { resolved: resolved.clone(), gender, paragraph, pos, surface });
        } else if mention.kind != MentionKind::Pronoun && !people {
            self.groups.retain(|g| g.name != resolved.name);
            self.groups.push(resolved.clone());
        }
    }

    /// `name` was given a role that only a person holds (`Energy Minister Subroto`; not `Xinhua,
    /// the official news agency`): the role's head noun, before any `of`, is a person's role.
    fn has_personal_role(&self, name: &str) -> bool {
        let head = |role: &str| {
            let phrase = role.split(' ').take_while(|w| !matches!(*w, "of" | "for" | "at" | "in" | "to" | "with"));
            phrase.last().is_some_and(|w| cues::with_lower(w, is_role_noun))
        };
        self.roles.iter().any(|(role, n)| n == name && head(role))
    }

    /// `he` and `she`: the last person quoted whose gender does not contradict the pronoun; when
    /// no one is, the one person named in full before `pos` whose given name or title has the
    /// pronoun's gender (`Mary Lark was angry. "...," she said.`).
    fn resolve_pronoun(&self, pronoun: &str, pos: usize, paragraph: usize) -> Option<Resolved> {
        // `they` refers back at most this many paragraphs: further on, to people not quoted.
        const THEY_PARAGRAPHS: usize = 1;
        let (excluded, gender) = match pronoun {
            "he" => (Gender::Female, Gender::Male),
            "she" => (Gender::Male, Gender::Female),
            "i" => (Gender::Unknown, Gender::Unknown),
            "it" => return self.groups.last().or_else(|| self.body_taken_for_a_person()).cloned(),
            "they" => {
                let quoted = self.plurals.last().filter(|(quoted_in, _)| paragraph <= quoted_in + THEY_PARAGRAPHS);
                // (`Analysts do not expect ... But there may be lawsuits, they said.`: else the
                // people the narrative turned to.)
                let turned_to = || {
                    let (in_paragraph, _, description) =
                        self.plural_subjects.iter().rev().find(|(_, p, _)| *p < pos)?;
                    (paragraph <= in_paragraph + THEY_PARAGRAPHS)
                        .then(|| Resolved { name: description.clone(), role: String::new() })
                };
                return quoted.map(|(_, plural)| plural.clone()).or_else(turned_to);
            }
            _ => return None,
        };
        let compatible = |p: &&Person| excluded == Gender::Unknown || p.gender != excluded;
        let quoted = self.persons.iter().rev().find(compatible);
        // `"...," said Grewcock. But Ruddock feels that ... "...," he said`: the person the
        // narrative turned to since the last quotation.
        if let Some(turned_to) = quoted.and_then(|q| self.sentence_subject_since(q, pos, gender)) {
            return Some(turned_to);
        }
        let named = || {
            self.subject_before(pos, gender)
                .or_else(|| self.named_before(pos, gender))
                .or_else(|| self.last_sentence_subject(pos, gender))
        };
        quoted.map(|p| p.resolved.clone()).or_else(|| (gender != Gender::Unknown).then(named).flatten())
    }

    /// `Other economists said ... "...," one said`: one of the people quoted as a group in this
    /// paragraph or the one before (`one of the other economists`).
    fn one_of_group(&self, one: &str, paragraph: usize) -> Option<Resolved> {
        let (quoted_in, group) = self.plurals.last()?;
        if paragraph > quoted_in + 1 || group.name.contains(" and ") {
            return None;
        }
        // (`Underwriters`, `Other economists` open a sentence; `World Bank sources` is a name.)
        let mut name = group.name.clone();
        let mut words = name.split(' ');
        let opens_sentence = words.next().is_some_and(|w| w.chars().skip(1).all(|c| c.is_lowercase()))
            && words.all(|w| !w.starts_with(char::is_uppercase));
        if opens_sentence {
            name[..1].make_ascii_lowercase();
        }
        let article = if name.starts_with("the ") { "" } else { "the " };
        Some(Resolved { name: format!("{one} of {article}{name}"), role: String::new() })
    }

    /// `"...," said Lark. Robbie Keane was full of praise. "...," said the Tottenham striker`: the
    /// person the narrative turned to since the last quotation, for a description that sports
    /// writing gives a player or a manager, or by nationality (`Roddick was left frustrated ...
    /// "...," said the American`), when no post given to them disagrees (not `the
    /// Arsenal boss` after `Manchester United manager Ferguson`). Officials, sources, candidates
    /// and `the man` are too often someone else, described before or never named.
    fn described_subject(&self, head: &str, pos: usize) -> Option<String> {
        if !is_player_noun(head) && !is_demonym(head) {
            return None;
        }
        let quoted = self.persons.last()?;
        let mut since = self.sentence_subjects.iter().rev().filter(|(s, _)| s.start > quoted.pos && s.end < pos);
        let (_, name) = since.next()?;
        // (A person: a name whose gender the article tells, not a club.)
        let person = self.gender_in_article(name) != Gender::Unknown;
        let role_agrees = self.posts_fit(name, head) != Some(false);
        (*name != quoted.resolved.name && person && role_agrees).then(|| name.clone())
    }

    /// Whether a post the article gave `name` (quoted with it, or before the name, or in
    /// apposition) is described by the noun `head`; `None` when it gave none.
    fn posts_fit(&self, name: &str, head: &str) -> Option<bool> {
        let mut quoted = self.posts_of(name).peekable();
        let mut given = self.described.iter().filter(|(_, _, n)| n == name).peekable();
        if quoted.peek().is_none() && given.peek().is_none() {
            return None;
        }
        let fits_given = |(_, words, _): &(usize, Vec<String>, String)| words.iter().any(|w| w.contains(head));
        Some(quoted.any(|r| holds_post(r, head)) || given.any(fits_given))
    }

    /// The last person of this gender, other than `quoted`, who opened a sentence between
    /// `quoted`'s last quotation and `pos`; not in the sentence of `pos`, which is then what was
    /// said (`Mr Sullivan "made accounting decisions," he told the court`).
    fn sentence_subject_since(&self, quoted: &Person, pos: usize, gender: Gender) -> Option<Resolved> {
        if gender == Gender::Unknown {
            return None;
        }
        let mut since = self.sentence_subjects.iter().rev().filter(|(s, _)| s.start > quoted.pos && s.end < pos);
        let (sentence, name) = since.find(|(_, name)| self.gender_in_article(name) == gender)?;
        // (Not when a description that none of its posts fits opens a sentence after it:
        // `Newcastle boss Graeme Souness ... But the 25-year-old Dubliner underlined ...`; a
        // nationality, `the American`, may describe anyone.)
        let described_other = self.described_subjects.iter().any(|(p, head)| {
            (sentence.end..pos).contains(p) && !is_demonym(head) && self.posts_fit(name, head) == Some(false)
        });
        (*name != quoted.resolved.name && !described_other).then(|| self.with_known_role(name))
    }

    /// `Dustin Hoffman is in the UK to publicise ... He said: "..."`: with no one quoted before,
    /// the last person of this gender who opened a sentence before the one of `pos`.
    fn last_sentence_subject(&self, pos: usize, gender: Gender) -> Option<Resolved> {
        let (sentence, name) = self.sentence_subjects.iter().rev().find(|(s, _)| s.end < pos)?;
        // (Not past another person named since: `83-year-old Yuji Shimizu contemplates ...`.)
        let named_since = self
            .names
            .values()
            .flatten()
            .any(|(p, n)| (sentence.end..pos).contains(p) && n != name && !names_organisation(n));
        (!named_since && self.gender_in_article(name) == gender).then(|| self.with_known_role(name))
    }

    /// The nearest full name before `pos` in subject position whose given name has this gender
    /// (`Jane Roe met Tom Lark. "...," she said`). Names of unknown gender are passed over: on
    /// Reuters they were datelines, countries and firms as often as people.
    fn subject_before(&self, pos: usize, gender: Gender) -> Option<Resolved> {
        let mut before = self.subjects.iter().rev().filter(|(p, _)| *p < pos);
        let (_, name) = before.find(|(_, name)| self.gender_in_article(name) == gender)?;
        Some(self.with_known_role(name))
    }

    /// The only full name before `pos` with this gender, when no name of unknown gender stands
    /// nearer (`Leonardo DiCaprio`, a given name not in our lists). With two of the gender, the
    /// nearest is too often not the one meant (`Liam Fox criticised Tony Blair's record. "...,"
    /// he said`).
    fn named_before(&self, pos: usize, gender: Gender) -> Option<Resolved> {
        // (An organisation's name is no one's: `Tim Danton, editor of PC Pro Magazine`.)
        let before = || self.names.values().flatten().filter(move |(p, n)| *p < pos && !names_organisation(n));
        let (_, nearest) = before()
            .filter(|(_, name)| matches!(self.gender_in_article(name), g if g == gender || g == Gender::Unknown))
            .max_by_key(|(p, _)| *p)?;
        let unique = before().all(|(_, name)| name == nearest || self.gender_in_article(name) != gender);
        if self.gender_in_article(nearest) != gender || !unique {
            return None;
        }
        Some(self.with_known_role(nearest))
    }

    fn with_known_role(&self, name: &str) -> Resolved {
        let role = self.roles.iter().find(|(_, n)| n == name).map(|(r, _)| r.clone()).unwrap_or_default();
        Resolved { name: name.to_string(), role }
    }

    /// `Putin`, `Mr Putin`, `Felgenhauer` -> the fullest earlier name with that surname (see
    /// [`Resolver::surname_holder`], else the first after); a full name stays as it is.
    fn resolve_name(&self, name: &str, surface: &str, pos: usize) -> Option<Resolved> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let &last = words.last()?;
        // Same surname, or one letter off for long ones (`Felgenhauer`, `Felgenhaeur`).
        let fuller = |full: &&(usize, String)| {
            full.1.split(' ').count() > words.len()
                && words[..words.len() - 1].iter().all(|w| full.1.split(' ').any(|f| f == *w))
        };
        // (A firm named with its legal form is named in full: `Southwestern Energy Co` is not its
        // unit `Southwestern Energy Production Co`, `The Hydraulic Co` not `Bridgeport Hydraulic
        // Co`, `Financial Corp` not `First Nationwide Financial Corp`.)
        let firm_in_full = words.len() > 1 && is_company_suffix(last);
        let named = self.names.get(last).filter(|_| !firm_in_full);
        let mut candidates: Vec<&(usize, String)> = named.into_iter().flatten().filter(fuller).collect();
        // (Not a common noun, `Analysts` after `News Analysis`, nor a plural, `Democrats` after
        // `Maryland Democrat`.)
        let plural_of = |a: &str, b: &str| a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a);
        if candidates.is_empty() && last.chars().count() >= 6 && !cues::is_speaker_noun(last) {
            let near =
                self.names.iter().filter(|(s, _)| one_edit_apart(s, last) && !plural_of(s, last)).flat_map(|(_, v)| v);
            candidates = near.filter(fuller).collect();
        }
        // `Kim` after `Kim Mahn-je` (a family name first), `Sir Howard` after `Howard Newby`,
        // `Serena` after `Serena Williams`: a given name alone. After `Mr`, `Dr` and the like it
        // is a surname (`Mr Howard` is not Howard Flight).
        let knighted = ["Sir ", "Dame "].iter().any(|h| surface.starts_with(h));
        let surname_honorific = surface.split_whitespace().next().is_some_and(|w| HONORIFICS.contains(w));
        // (`Deng` and `Mr Deng` after `Deng Xiaoping`, `Mr Kim` after `Kim Yungmin`: a family
        // name that comes first.)
        let family_name = FAMILY_NAMES_FIRST.contains(last);
        let given = knighted || family_name || is_given_name(last) && !surname_honorific;
        if candidates.is_empty() && words.len() == 1 {
            // `Mahn-je`, `Kuo-Hua`: a given name of two short syllables joined by a hyphen.
            let syllable =
                |s: &str| s.len() <= 6 && s.chars().all(char::is_alphabetic) && s.contains(char::is_lowercase);
            let family_name_first = |full: &str| {
                let mut words = full.split(' ');
                let given = words.nth(1).and_then(|w| w.split_once('-'));
                words.next().is_none() && given.is_some_and(|(a, b)| syllable(a) && syllable(b))
            };
            let first_word = |full: &&(usize, String)| {
                full.0 < pos
                    && full.1.strip_prefix(last).is_some_and(|rest| rest.starts_with(' '))
                    && (given || family_name_first(&full.1))
                    && !names_organisation(&full.1)
                    && !full.1.split(' ').any(is_company_suffix)
            };
            candidates = self.names.values().flatten().filter(first_word).collect();
        }
        candidates.sort_by_key(|(p, _)| *p);
        let (before, after) = candidates.split_at(candidates.partition_point(|(p, _)| *p < pos));
        let after = || after.first().map(|(_, f)| f.as_str());
        // (`a bid for Dome and Dome said`: the firm named before, `Dome Petroleum Ltd`, over a
        // name later in the article, `Current Dome shareholders`.)
        // (An acronym waits for the body it is quoted for: `BHP` is not `BHP Gold Mines Ltd`.)
        let acronym = is_acronym(name);
        if before.is_empty() && words.len() == 1 && surface == name && !acronym {
            if let Some(firm) = self.firm_named_in_full(name, pos) {
                return Some(firm);
            }
        }
        let full = self.surname_holder(before, surface).or_else(after);
        let known = full.unwrap_or(name);
        let role = self.roles.iter().rev().find(|(_, n)| n == known).map(|(r, _)| r.clone()).unwrap_or_default();
        match full {
            Some(f) => Some(Resolved { name: f.to_string(), role }),
            None => (words.len() > 1).then(|| Resolved { name: name.to_string(), role }),
        }
    }

    /// `Geodyne Resources` after `Geodyne Resources Inc`: a firm's name of several words named
    /// before `pos` with its legal form after it.
    fn with_legal_form(&self, name: &str, pos: usize) -> Option<Resolved> {
        if !name.contains(' ') {
            return None;
        }
        let mut named_before = self.names.values().flatten().filter(|(p, _)| *p < pos);
        let with_suffix =
            |full: &str| full.strip_prefix(name).and_then(|rest| rest.strip_prefix(' ')).is_some_and(is_company_suffix);
        let (_, firm) = named_before.find(|(_, full)| with_suffix(full))?;
        Some(self.with_known_role(firm))
    }

    /// `Datron` after `Datron Corp`, `Wang` after `Wang Laboratories Inc`: the one firm named
    /// before `pos` by this word and more, ending with its legal form. (Two firms, `Exxon Corp`
    /// and its unit `Exxon Capital Corp`, leave the word as it is.)
    fn firm_named_in_full(&self, word: &str, pos: usize) -> Option<Resolved> {
        let firms: Vec<&(usize, String)> = self
            .names
            .values()
            .flatten()
            .filter(|(p, full)| {
                *p < pos
                    && full.strip_prefix(word).is_some_and(|rest| rest.starts_with(' '))
                    && full.rsplit(' ').next().is_some_and(is_company_suffix)
            })
            .collect();
        let one_firm = firms.windows(2).all(|w| w[0].1.trim_end_matches('.') == w[1].1.trim_end_matches('.'));
        let (_, firm) = firms.into_iter().filter(|_| one_firm).max_by_key(|(p, _)| *p)?;
        Some(self.with_known_role(firm))
    }

    /// `the Bank` after `the Bank of England said`, `the Department` after `the Commerce
    /// Department said`: an organisation's word alone after `the` is the body quoted last whose
    /// name it heads.
    fn body_named_in_full(&self, word: &str, surface: &str) -> Option<Resolved> {
        let after_the = surface.strip_prefix("the ").or_else(|| surface.strip_prefix("The ")) == Some(word);
        if !after_the || !ORGANISATION_WORDS.contains(word) {
            return None;
        }
        // (Its head: `Bank of England`, `Commerce Department`; not `House and Senate Budget
        // Committee sources`.)
        let headed_by = |name: &str| {
            name.strip_prefix(word).is_some_and(|rest| rest.starts_with(" of "))
                || name.strip_suffix(word).is_some_and(|rest| rest.ends_with(' '))
        };
        self.groups.iter().rev().find(|g| headed_by(&g.name)).cloned()
    }

    /// Which of the earlier full names sharing a surname (in reading order) a bare surname
    /// means: the nearest, unless names with two given names show two people (`Heidi Cruz` in
    /// a caption after `Ted Cruz`); then the person named first, the article's principal, of the
    /// gender of the mention's honorific (`Mr. Bush`) if it has one.
    fn surname_holder<'n>(&self, before: &[&'n (usize, String)], surface: &str) -> Option<&'n str> {
        let names = || before.iter().map(|(_, n)| n.as_str());
        let nearest = names().next_back()?;
        // Most surnames have one full name.
        if names().all(|n| n == nearest) {
            return Some(nearest);
        }
        let mut people: Vec<&str> = names().filter_map(given_name).collect();
        people.sort_unstable();
        people.dedup();
        if people.len() < 2 {
            return Some(nearest);
        }
        let latest_of = |given: &str| names().rev().find(|n| given_name(n) == Some(given));
        let honorific = title_gender(surface.split_whitespace().next().unwrap_or_default());
        let fits = |n: &str| honorific == Gender::Unknown || self.gender_in_article(n) != honorific.other();
        let first_person = names().find(|n| given_name(n).is_some() && fits(n));
        first_person.and_then(|n| latest_of(given_name(n)?)).or(Some(nearest))
    }

    /// `the defector`, `the Russian president`: a recorded role, a role the article gave someone
    /// in apposition before, or the person quoted just before when the description names a role
    /// (or shares a word stem with how they were described).
    fn resolve_description(&self, description: &str, pos: usize, paragraph: usize) -> Option<Resolved> {
        let lower = description.to_lowercase();
        let core = lower.trim_start_matches("the ").trim();
        if let Some(one) = matches!(core, "one" | "another").then(|| self.one_of_group(core, paragraph)).flatten() {
            return Some(one);
        }
        if let Some((_, name)) =
            self.roles.iter().rev().find(|(role, _)| role.to_lowercase().trim_start_matches("the ") == core)
        {
            return Some(Resolved { name: name.clone(), role: description.to_string() });
        }
        if !lower.starts_with("the ") {
            return None;
        }
        if let Some(name) = self.described_before(core, pos) {
            return Some(Resolved { name, role: description.to_string() });
        }
        let quoted_recently = self.persons.last().is_some_and(|p| paragraph <= p.paragraph + 2);
        if is_age(core) && !quoted_recently {
            // `Norwich signed Graham Stuart ... the 34-year-old told`: the person named last.
            let name = self.person_named_before(pos)?;
            return Some(Resolved { name, role: description.to_string() });
        }
        let head = core.split_whitespace().last()?;
        // `according to a report by Forrester Research ... the report predicted`: the source
        // named with that document.
        if let Some((_, source)) = self.documents.iter().rev().find(|(d, _)| same_stem(d, head)) {
            return Some(Resolved { name: source.name.clone(), role: description.to_string() });
        }
        // `the department`: the last organisation quoted whose name has that word, and every
        // capitalised word of the description (`the Republican report` is not `the report by the
        // Democratic majority`).
        let modifiers: Vec<&str> =
            description.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).collect();
        let agrees = |name: &str| {
            let name = name.to_lowercase();
            modifiers
                .iter()
                .all(|m| m.eq_ignore_ascii_case("the") || name.split_whitespace().any(|w| w == m.to_lowercase()))
        };
        let group = self
            .groups
            .iter()
            .rev()
            .find(|g| names_with_stem(&g.name, head) && !is_party_member(head) && agrees(&g.name));
        if let Some(group) = group {
            return Some(Resolved { name: group.name.clone(), role: description.to_string() });
        }
        // `Datron Corp said ... The company said`: the firm quoted last, named with its legal form,
        // else with its trade (`Continental Airlines`).
        let firm_noun = matches!(head, "company" | "firm" | "concern" | "corporation");
        let ends_with = |test: fn(&str) -> bool| move |g: &&Resolved| g.name.rsplit(' ').next().is_some_and(test);
        let firm = self.groups.iter().rev().find(ends_with(is_company_suffix));
        let firm = firm.or_else(|| self.groups.iter().rev().find(ends_with(is_trade)));
        // (`International Game Technology said ... The company said`: else a body quoted by a
        // name that is no public body's, `the Commerce Department`.)
        let business = |g: &&Resolved| proper_body(&g.name) && !names_organisation(&g.name);
        let firm = firm.or_else(|| self.groups.iter().rev().find(business));
        let firm = firm.or_else(|| self.body_taken_for_a_person());
        if let Some(firm) = firm.filter(|_| firm_noun && core.split_whitespace().count() == 1) {
            return Some(Resolved { name: firm.name.clone(), role: description.to_string() });
        }
        if let Some(name) = self.described_subject(head, pos) {
            return Some(Resolved { name, role: description.to_string() });
        }
        let Person { resolved: last, paragraph: last_paragraph, surface: last_surface, .. } = self.persons.last()?;
        let stem_in = |words: &str| words.split_whitespace().any(|w| same_stem(w, head));
        let shares_stem = stem_in(last_surface);
        let recent = paragraph <= last_paragraph + 2;
        // A known role must agree (`the president` is not the chancellor quoted before): a post
        // the article gave the person at any time (`New Jersey Gov. Chris Christie`, later
        // `Christie, who has campaigned for Trump,`: still `the governor`).
        let posts = || role_in_apposition(&last.role).into_iter().chain(self.posts_of(&last.name));
        let holds = |r: &str| holds_post(r, head);
        // (A post named before the name or in apposition counts too when the description is of
        // someone who speaks for another: `Finance Minister Dilson Funaro` is not `the Treasury
        // spokesman`. Other descriptions may name another side of the same person: `the
        // businessman`, `the former HP executive`.)
        let speaks_for_another = matches!(head, "spokesman" | "spokeswoman" | "spokesperson" | "aide" | "adviser");
        let other_post = || speaks_for_another && self.posts_fit(&last.name, head) == Some(false);
        let role_agrees = (last.role.is_empty() && !other_post()) || posts().any(holds);
        // An age (`the 31-year-old`) describes whoever was quoted, whatever their role.
        // `the New York businessman` is not whoever was quoted as `the former first lady`.
        let described = |name: &str| name.starts_with("the ") || name.starts_with("The ");
        let other_description =
            (described(last_surface) || described(&last.name)) && !shares_stem && !stem_in(&last.name);
        // A party (`the Wisconsin Republican`), like an age, describes whoever was quoted.
        let named = !described(&last.name) && last.name.starts_with(char::is_uppercase);
        // (`England coach Andy Robinson said ... the England coach added`: a title's word names a
        // role too, when the article gave it to the person.)
        let given_role = posts().any(holds);
        // (`the Salford MP`: a member's letters are a role noun here, not in a name: `Tom
        // McCabe MSP`.)
        let member = matches!(head, "mp" | "msp" | "mep" | "lawmaker" | "legislator");
        let role_reference = ((ROLE_NOUNS.contains(head) || member) && role_agrees && !other_description)
            || (is_occupation(head) && given_role && !other_description)
            || is_age(head)
            || (is_party_member(head) && named);
        (recent && (shares_stem || role_reference) && core.split_whitespace().count() <= 4)
            .then(|| Resolved { name: last.name.clone(), role: description.to_string() })
    }

    /// The name nearest before `pos` given a role in apposition with the description's head noun
    /// and all its words (`the former secretary` in `the former secretary of state`; not `the
    /// company` in `the company's president`).
    fn described_before(&self, core: &str, pos: usize) -> Option<String> {
        let words: Vec<String> = core.split_whitespace().map(str::to_string).collect();
        let head = role_head(&words)?;
        let fits = |role: &[String]| role_head(role) == Some(head) && words.iter().all(|w| role.iter().any(|r| r == w));
        self.described.iter().rev().find(|(p, role, _)| *p < pos && fits(role)).map(|(_, _, name)| name.clone())
    }

    /// `Digital Equipment said`, `the Italian Treasury said`: the last one quoted as a person
    /// whose name is a body's for all the article says (no word of it opens a person's name,
    /// nothing gave it a gender or a role).
    fn body_taken_for_a_person(&self) -> Option<&Resolved> {
        let taken = |p: &&Person| {
            p.gender == Gender::Unknown
                && p.resolved.role.is_empty()
                && p.resolved.name.split(' ').next().is_some_and(|w| !is_given_name(w) && !HONORIFICS.contains(w))
                && proper_body(&p.resolved.name)
        };
        self.persons.iter().rev().find(taken).map(|p| &p.resolved)
    }

    /// The full name nearest before `pos` that does not end in a word for an organisation.
    fn person_named_before(&self, pos: usize) -> Option<String> {
        let person = |name: &str| !name.rsplit(' ').next().is_some_and(|last| ORGANISATION_WORDS.contains(last));
        let before = self.names.values().flatten().filter(|(p, name)| *p < pos && person(name));
        before.max_by_key(|(p, _)| *p).map(|(_, name)| name.clone())
    }
}

/// The head noun of a description, in lower case: before `for` in `a spokeswoman for Hillary
/// Clinton`, before the relation in `a source close to the Clintons`.
fn head_noun(description: &str) -> String {
    head_noun_of(&description.split(' ').collect::<Vec<&str>>())
}

/// [`head_noun`] of a description's words.
fn head_noun_of(words: &[&str]) -> String {
    let noun_phrase_end = (0..words.len())
        .find(|&k| {
            matches!(words[k], "for" | "to")
                || words.get(k + 1).is_some_and(|p| cues::describes_by_relation(words[k], p))
        })
        .unwrap_or(words.len());
    words[..noun_phrase_end].last().unwrap_or(&"").to_lowercase()
}

/// The head noun of a description's first phrase, in lower case: `officials` in `officials at
/// the ministry`, `traders who ...`; `survey` in `a survey of voters`; `document` in `a document
/// provided by his lawyer`.
fn short_head_noun(description: &str) -> String {
    let opens_phrase =
        |w: &&str| matches!(*w, "who" | "at" | "in" | "with" | "from" | "of" | "by") || w.ends_with("ed");
    let words: Vec<&str> = description.split(' ').take_while(|w| !opens_phrase(w)).collect();
    head_noun_of(&words)
}

/// A speaker `they` can refer back to: a description of several people (`finance ministry
/// officials`, `some analysts`, `Analysts` opening a sentence) or two people named together.
fn is_plural(mention: &Mention, resolved: &Resolved) -> bool {
    let plural_head = |phrase: &str| {
        let head = short_head_noun(phrase);
        let plural_s = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us");
        plural_s || matches!(head.as_str(), "people" | "police" | "spokesmen" | "men" | "women")
    };
    match mention.kind {
        MentionKind::Description => plural_head(&mention.name) && !names_organisation(&mention.name),
        // (`Allis-Chalmers`, a compound of names, is none.)
        // (`the Tories`, `Democrats`: members of a party.)
        MentionKind::Name if !mention.name.contains(' ') => {
            let compound = mention.name.split('-').skip(1).any(is_capitalised);
            let members = cues::with_lower(&mention.name, |w| {
                let one = w.strip_suffix("ies").map(|stem| format!("{stem}y"));
                one.as_deref().or_else(|| w.strip_suffix('s')).is_some_and(is_party)
            });
            (cues::is_speaker_noun(&mention.name) && plural_head(&mention.name) && !compound) || members
        }
        // (`Securities and Exchange Commission` is one body; `Canamax Resources Inc and Pacific
        // Trans-Ocean Resources Ltd` are two.)
        // (`London-based dealer Gill and Duffus`: a role in the singular names one firm.)
        MentionKind::Name => resolved.name.split_once(" and ").is_some_and(|(first, _)| {
            let one_firm = mention.role.rsplit(' ').next().is_some_and(|w| {
                w.len() > 2 && w.chars().all(|c| c.is_ascii_lowercase()) && (!w.ends_with('s') || w.ends_with("ss"))
            });
            (!names_organisation(&resolved.name) || first.rsplit(' ').next().is_some_and(is_company_suffix))
                && !one_firm
        }),
        MentionKind::Pronoun => mention.name == "they",
    }
}

/// A role whose words name the post that a description's head noun says (`New Jersey Gov.`
/// for `governor`, `Tottenham striker` for `striker`).
fn holds_post(role: &str, head: &str) -> bool {
    role_words(role).any(|w| w.contains(head))
}

/// The words of a role in lower case, abbreviated titles written out (`Sen.` -> `senator`).
fn role_words(role: &str) -> impl Iterator<Item = String> + '_ {
    role.split_whitespace().map(|w| {
        let full = match w {
            "Sen." => "senator",
            "Rep." => "representative",
            "Gov." => "governor",
            "Gen." => "general",
            "Col." => "colonel",
            "Capt." => "captain",
            "Lt." => "lieutenant",
            "Sgt." => "sergeant",
            "Adm." => "admiral",
            "Del." => "delegate",
            "Rev." => "reverend",
            _ => return w.to_lowercase(),
        };
        full.to_string()
    })
}

/// A member of a party, in lower case (`republican` in `the Wisconsin Republican`), or one of a
/// state or a nation (`texan` in `the Texan`): words that describe whoever was named last.
fn is_party_member(word: &str) -> bool {
    (is_party(word) && !matches!(word, "democratic" | "labour")) || is_demonym(word)
}

/// Parties' names and their adjectives, in lower case.
const PARTIES: [&str; 9] =
    ["republican", "democrat", "democratic", "tory", "conservative", "labour", "liberal", "socialist", "communist"];

/// A party's name or its adjective, in lower case (`republican`, `labour`).
fn is_party(word: &str) -> bool {
    PARTIES.contains(&word)
}

/// `texan`, `briton`, `frenchman`: a person from a state or a nation, in lower case. Nouns that
/// are also newspapers' names (`the Australian`, `the Scotsman`) are left out, and those that
/// are plurals too (`the Japanese`, `the Swiss`).
fn is_demonym(word: &str) -> bool {
    matches!(
        word,
        "texan"
            | "californian"
            | "floridian"
            | "ohioan"
            | "virginian"
            | "arizonan"
            | "oklahoman"
            | "briton"
            | "frenchman"
            | "frenchwoman"
            | "englishman"
            | "irishman"
            | "welshman"
            | "dutchman"
            | "spaniard"
            | "dane"
            | "swede"
            | "scot"
            | "german"
            | "italian"
            | "canadian"
            | "russian"
            | "american"
            | "belgian"
            | "austrian"
            | "argentine"
            | "argentinian"
            | "brazilian"
            | "mexican"
            | "chilean"
            | "colombian"
            | "croat"
            | "serb"
            | "czech"
            | "pole"
            | "finn"
            | "norwegian"
            | "romanian"
            | "bulgarian"
            | "ukrainian"
            | "greek"
            | "israeli"
            | "iranian"
            | "iraqi"
            | "egyptian"
            | "kenyan"
            | "ethiopian"
            | "nigerian"
            | "jamaican"
            | "indian"
            | "pakistani"
            | "kiwi"
            | "aussie"
    )
}

/// A description ending in an age (`the 46-year-old`).
fn is_age(description: &str) -> bool {
    description.ends_with("-year-old")
}

/// Last words of names of organisations and places, not people.
static ORGANISATION_WORDS: Words = Words::new(&[
    "Association",
    "Agency",
    "Bank",
    "Board",
    "Club",
    "Co",
    "Commission",
    "Committee",
    "Company",
    "Corp",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "Group",
    "House",
    "Inc",
    "League",
    "Ltd",
    "Ministry",
    "News",
    "Office",
    "Party",
    "Post",
    "Service",
    "Times",
    "Union",
    "United",
    "University",
    "City",
    "County",
    "Street",
    "Park",
    "Cup",
    "Championship",
    "Championships",
    "Open",
    "Games",
    // Publications and institutions: `The People's Daily`, `Jane's Defence Weekly`.
    "Daily",
    "Weekly",
    "Magazine",
    "Press",
    "Radio",
    "Television",
    "Studios",
    "Records",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Institute",
    "Foundation",
    "Fund",
    "Centre",
    "Center",
    "Network",
    "Exchange",
    "Authority",
    "Bureau",
    "Federation",
    "Confederation",
    "Forum",
    "Organisation",
    "Organization",
    "Alliance",
    "Coalition",
    "Society",
    "Holdings",
    "Industries",
    "Securities",
    "Markets",
    "Partners",
    "Research",
    // Government bodies: `Homeland Security Investigations`, `the Obama Administration`.
    "Administration",
    "Investigations",
    "Enforcement",
    "Division",
    "Police",
    "Caucus",
    "Unit",
    "Embassy",
    "Parliament",
    "Senate",
    "Congress",
    "Assembly",
    "Government",
    "Cabinet",
    "Army",
    "Navy",
    "Tribunal",
    // Firms: `Japanese Embassy`, `Pan Am World Airways`, `J Sainsbury Plc`.
    "Plc",
    "PLC",
    "AG",
    "SA",
    "NV",
    "BV",
    "SpA",
    "LLC",
    "Bancorp",
    "Airways",
    "Airlines",
    "Laboratories",
    "Systems",
    "Technologies",
    "Communications",
    "Electronics",
    "Petroleum",
    "Pharmaceuticals",
    "Insurance",
    "Investments",
    "Railway",
    "Railroad",
    "Broadcasting",
    "Television",
    "Magazine",
    "Services",
    "Resources",
    "Chemicals",
    // Schools and other institutions: `St Fintian's High School`.
    "School",
    "College",
    "Academy",
    "Hospital",
    "Museum",
    "Trust",
]);

/// `Association`, `Union`, `Party`: a word that ends the name of an organisation.
pub fn is_organisation_word(word: &str) -> bool {
    ORGANISATION_WORDS.contains(word)
}

/// `Monetary Authority of Singapore`, `People's Daily`: an organisation word ends the name or
/// comes before `of`. (`Park Geun-hye` is a person.)
fn names_organisation(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words
        .iter()
        .enumerate()
        .any(|(k, w)| ORGANISATION_WORDS.contains(w) && (k + 1 == words.len() || words.get(k + 1) == Some(&"of")))
}

/// `the Italian government and Alitalia`, `Reports in the Wall Street Journal and the Financial
/// Times`: two sources joined by `and`, the second named, the first a noun phrase with a
/// capital, alone or after a document and a preposition, which the name's parse left in its
/// role; both, as the article names them.
/// (Not `director for Latin America and the Caribbean Rainer Steckhan`: a role's field.)
fn two_sources(surface: &str) -> Option<String> {
    const MAX_FIRST_WORDS: usize = 6;
    and_at(surface)?;
    // Only where the name's parse left the first source in the role (`Securities and Exchange
    // Commission`, `Morgan Stanley and Co` are one name each).
    let whole = parse_mention(surface);
    if whole.kind != MentionKind::Name || !(whole.role == "and" || whole.role.ends_with(" and")) {
        return None;
    }
    let (before, after) = surface.rsplit_once(" and ")?;
    let second = parse_mention(after);
    // (People, whom `two_people` reads, and titles: `Merrill Lynch economists Raymond Stone and
    // Ward McCarthy`, `Defence and Aviation Minister`.)
    let person_or_title =
        after.split(' ').next().is_some_and(is_given_name) || after.rsplit(' ').next().is_some_and(is_title);
    if second.kind != MentionKind::Name
        || !second.role.is_empty()
        || after.contains(',')
        || before.contains(',')
        || person_or_title
    {
        return None;
    }
    let words: Vec<&str> = before.split_whitespace().collect();
    let preposition = |w: &str| matches!(w, "in" | "from" | "by" | "of" | "for" | "at" | "with" | "to");
    let first_start = words.iter().rposition(|w| preposition(w)).map_or(0, |k| k + 1);
    let first = &words[first_start..];
    let lead = &words[..first_start];
    // (The lead is a document and its preposition: `reports in`, `a joint report from`.)
    // (After `in`, publications, with their article: not places, `exit polls in New Hampshire and
    // Iowa`.)
    let publications = || first.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) && after.starts_with("the ");
    let document_lead = lead.len() >= 2
        && lead[..lead.len() - 1].iter().any(|w| cues::with_lower(w, |w| is_document(w.trim_end_matches('s'))))
        && (lead[lead.len() - 1] != "in" || publications());
    let named = first.iter().skip(1).any(|w| is_capitalised(w)) || first.first().is_some_and(|w| is_name_word(w));
    // (`the Food and Agriculture Organisation`: `and` inside a name, between capitals.)
    let inside_name =
        |k: usize| k > 0 && k + 1 < first.len() && is_capitalised(first[k - 1]) && is_capitalised(first[k + 1]);
    let one_source = first.iter().enumerate().all(|(k, w)| *w != "and" || inside_name(k)) && !lead.contains(&"and");
    (named && first.len() <= MAX_FIRST_WORDS && (lead.is_empty() || document_lead) && one_source && !first.is_empty())
        .then(|| format!("{} and {}", lower_article(first.join(" ")), lower_article(after.to_string())))
}

/// Where the first ` and ` is in a mention. (A byte scan: most mentions hold none, and a string
/// searcher costs more to build.)
fn and_at(surface: &str) -> Option<usize> {
    surface.as_bytes().windows(5).position(|w| w == b" and ")
}

/// A proper name that may be a body's: capitalised words (and `and`, `&`, `of`), not one word
/// for people (`Analysts`) nor a function word (`Both`).
fn proper_body(name: &str) -> bool {
    let one_word = |test: fn(&str) -> bool| !name.contains(' ') && test(name);
    name.split(' ').all(|w| is_capitalised(w) || matches!(w, "and" | "&" | "of"))
        && !one_word(cues::is_speaker_noun)
        && !one_word(is_function_word)
}

/// `a World Bank statement`, `the BBC report`, `the Bank of Mexico's figures`, `the U.S. Embassy's
/// annual report`: a name right after the article and before a document noun (or, as a
/// possessive, anywhere before it) issued the document; where that name is in `words`. One word
/// only when it names no nation, party or time (`the French statement`, `the Democrat report`,
/// `the January report`).
fn issuer_of_document(words: &[&str]) -> Option<Range<usize>> {
    // `A World Bank report on the Peruvian economy`: what the document is about is no part of it.
    if let Some(on) = words.iter().position(|w| *w == "on").filter(|&k| k >= 3 && is_document(words[k - 1])) {
        return issuer_of_document(&words[..on]);
    }
    // `another report in the Sunday Telegraph`: the paper that carried it.
    let document_in = |k: usize| k >= 1 && words[k] == "in" && cues::with_lower(words[k - 1], is_report_noun);
    if let Some(k) = (0..words.len()).find(|&k| document_in(k)) {
        let paper = k + 2..words.len();
        let named = words.get(k + 1) == Some(&"the")
            && !paper.is_empty()
            && words[paper.clone()].iter().all(|w| is_name_word(w))
            && words.last().is_some_and(|w| PUBLICATION_ENDINGS.contains(w) || ORGANISATION_WORDS.contains(w));
        return named.then_some(paper);
    }
    let (last, lead) = words.split_last()?;
    let article = lead.first().is_some_and(|w| matches!(*w, "a" | "an" | "the" | "A" | "An" | "The"));
    // (A poll or a survey tells what the people asked said: it stays the source.)
    if !article || !is_document(last) || matches!(*last, "poll" | "survey") {
        return None;
    }
    // (`a confidential World Bank report`, `A recent U.S. Embassy report`: adjectives before it.)
    const MAX_ADJECTIVES: usize = 2;
    let modifier = |w: &&&str| w.starts_with(char::is_lowercase) && !matches!(**w, "of" | "and" | "in" | "by" | "from");
    let start = 1 + lead[1..].iter().take(MAX_ADJECTIVES).take_while(modifier).count();
    let in_name = |k: usize| is_name_word(lead[k]) || (k > start && matches!(lead[k], "of" | "and" | "&" | "the"));
    let end = start + (start..lead.len()).take_while(|&k| in_name(k)).count();
    let owner = lead.get(end.max(1) - 1).is_some_and(|w| cues::strip_possessive(w).len() < w.len());
    if end == start || !(end == lead.len() || owner) {
        return None;
    }
    let last_name_word = cues::strip_possessive(lead[end - 1]);
    // (`a White House-ordered report`: a participle, not a name, ends the words.)
    let participle = last_name_word.split('-').skip(1).any(|part| part.starts_with(char::is_lowercase));
    if !is_name_word(last_name_word) || participle {
        return None;
    }
    let one_word = cues::strip_possessive(lead[start]);
    let adjective = ["an", "ish", "ese", "ch", "ek", "ic", "i"].iter().any(|e| one_word.ends_with(e));
    let common = adjective
        || cues::with_lower(one_word, is_party)
        || cues::is_time_word(one_word)
        || cues::is_month(one_word)
        || ORGANISATION_WORDS.contains(one_word);
    let plain_word = end == start + 1 && (one_word.chars().count() < 2 || (!is_acronym(one_word) && common));
    (!plain_word).then_some(start..end)
}

/// Nouns of a piece of the press, singular or plural (`a report in`, `articles in`).
fn is_report_noun(word: &str) -> bool {
    matches!(word.trim_end_matches('s'), "report" | "article" | "story" | "editorial" | "column" | "piece")
        || word == "stories"
}

/// Last words of newspapers' names that name no other organisation.
const PUBLICATION_ENDINGS: [&str; 13] = [
    "Telegraph",
    "Register",
    "Guardian",
    "Independent",
    "Mail",
    "Express",
    "Mirror",
    "Observer",
    "Chronicle",
    "Economist",
    "Standard",
    "Star",
    "Business",
];

/// `Agriculture Department` for `department`: an organisation's name holding the head noun of a
/// description.
fn names_with_stem(name: &str, head: &str) -> bool {
    names_organisation(name) && name.split_whitespace().any(|w| same_noun(&w.to_lowercase(), head))
}

/// The head noun of a role: its last word before a prepositional phrase (`secretary` in
/// `the former secretary of state`).
fn role_head(role: &[String]) -> Option<&str> {
    let end = role.iter().position(|w| matches!(w.as_str(), "of" | "at" | "for" | "in" | "to")).unwrap_or(role.len());
    role[..end].last().map(String::as_str)
}

/// A person quoted in the article.
#[derive(Debug, Clone)]
struct Person {
    resolved: Resolved,
    gender: Gender,
    paragraph: usize,
    /// Where they were last quoted (byte offset in the article).
    pos: usize,
    /// How they were last mentioned, in lower case.
    surface: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    fn or(self, other: Gender) -> Gender {
        if self == Gender::Unknown {
            other
        } else {
            self
        }
    }

    /// The opposite gender; unknown stays unknown.
    fn other(self) -> Gender {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
            Gender::Unknown => Gender::Unknown,
        }
    }
}

/// Common given names, for `he`/`she`; honorifics decide first.
static MALE_NAMES: Words = Words::any_case(&[
    "james",
    "john",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "christopher",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "donald",
    "steven",
    "paul",
    "andrew",
    "joshua",
    "kenneth",
    "kevin",
    "brian",
    "george",
    "timothy",
    "ronald",
    "edward",
    "jason",
    "jeffrey",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "brandon",
    "benjamin",
    "samuel",
    "gregory",
    "alexander",
    "frank",
    "patrick",
    "raymond",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "jose",
    "adam",
    "nathan",
    "henry",
    "douglas",
    "zachary",
    "peter",
    "pete",
    "charlie",
    "kyle",
    "noah",
    "ethan",
    "jeremy",
    "walter",
    "christian",
    "keith",
    "roger",
    "terry",
    "austin",
    "sean",
    "gerald",
    "carl",
    "harold",
    "dylan",
    "arthur",
    "lawrence",
    "jordan",
    "jesse",
    "bryan",
    "billy",
    "bruce",
    "gabriel",
    "joe",
    "logan",
    "alan",
    "juan",
    "albert",
    "willie",
    "elijah",
    "wayne",
    "randy",
    "vincent",
    "mason",
    "roy",
    "ralph",
    "bobby",
    "russell",
    "bradley",
    "philip",
    "eugene",
    "bernie",
    "barack",
    "bill",
    "mike",
    "mitt",
    "ted",
    "chris",
    "tim",
    "tom",
    "jim",
    "bob",
    "jeb",
    "rand",
    "marco",
    "vladimir",
    "boris",
    "tony",
    "gordon",
    "nigel",
    "jeremy",
    "ed",
    "nick",
    "ian",
    "alastair",
    "hugh",
    "pavel",
    "sergei",
    "dmitry",
    "yevgenny",
    "ivan",
    "khaled",
    "mohammed",
    "muhammad",
    "ahmed",
    "ali",
    "omar",
    "hassan",
    "bashar",
    "recep",
    "emmanuel",
    "francois",
    "jean",
    "pierre",
    "jacques",
    "angelo",
    "giuseppe",
    "luis",
    "carlos",
    "pedro",
    "miguel",
    "xi",
    "shinzo",
    "narendra",
    "kim",
    "lee",
    "jens",
    "olaf",
    "rupert",
    // Short forms and given names common in the news.
    "jeff",
    "dan",
    "dave",
    "steve",
    "ben",
    "rick",
    "ron",
    "don",
    "ken",
    "greg",
    "matt",
    "andy",
    "rob",
    "jon",
    "chuck",
    "newt",
    "rudy",
    "reince",
    "rahm",
    "harry",
    "mitch",
    "jimmy",
    "danny",
    "tommy",
    "johnny",
    "joey",
    "barry",
    // Given names from other languages, frequent in international news.
    "giovanni",
    "jorge",
    "hans",
    "hanns",
    "francisco",
    "yuri",
    "igor",
    "mikhail",
    "helmut",
    "gerhard",
    "wolfgang",
    "jurgen",
    "karl",
    "franz",
    "klaus",
    "heinz",
    "dieter",
    "hiroshi",
    "takeshi",
    "yoshio",
    "kenji",
    "ichiro",
    "noboru",
    "kiichi",
    "yasuhiro",
    "satoshi",
    "toshio",
    "akio",
    "michel",
    "philippe",
    "alain",
    "luigi",
    "antonio",
    "paolo",
    "carlo",
    "khalid",
    "hosni",
    "yitzhak",
    "shimon",
    "fernando",
    "alfonso",
    "raul",
    "ricardo",
    "roberto",
    "alberto",
    "eduardo",
    "guillermo",
    "sergio",
    "rafael",
    "enrique",
    "gustavo",
    "hector",
    "javier",
    "manuel",
    "jaime",
    "felipe",
    "lech",
    "vaclav",
    "henri",
    "rene",
    "thierry",
    "didier",
    "laurent",
    "olivier",
    "julian",
    "gethin",
    "robbie",
    "eddie",
    "graeme",
    "gareth",
    "rhys",
    "owen",
    "jamie",
    "darren",
    "craig",
    "neil",
    "stuart",
    "alistair",
    "iain",
    "trevor",
    "clive",
    "colin",
    "derek",
    "kenny",
    "ross",
    "jonny",
    "shane",
    "gavin",
    "brendan",
    "declan",
    "ronan",
    "kieran",
    "ciaran",
    "fergus",
    "hamish",
    "duncan",
    "alasdair",
    "lachlan",
    "arsene",
    "sven",
    "lleyton",
    "andre",
    "gerry",
    "dermot",
    "seamus",
    "eamon",
    "eamonn",
    "liam",
    "malcolm",
    "oliver",
    "toby",
    "tristan",
    "giles",
    "piers",
    "phil",
    "mick",
    "glenn",
    "gregor",
    "rory",
    "shaun",
    "martin",
    "damien",
    "dominic",
    "niall",
    "paddy",
    "ewan",
    "euan",
    "callum",
    "alun",
    "dafydd",
    "gwyn",
    "huw",
    "ieuan",
    "emyr",
    "aled",
    "geraint",
    "rhodri",
    "dai",
    "wyn",
    // More common given names (US, UK) and names frequent in world news.
    "norbert",
    "hank",
    "mohammad",
    "mohamed",
    "muhammed",
    "jay",
    "seth",
    "todd",
    "troy",
    "wade",
    "dean",
    "glen",
    "lance",
    "brett",
    "chad",
    "clay",
    "cody",
    "curtis",
    "dale",
    "dwight",
    "ernest",
    "floyd",
    "francis",
    "fred",
    "freddie",
    "gene",
    "gilbert",
    "harvey",
    "herbert",
    "howard",
    "jared",
    "jerome",
    "joel",
    "julius",
    "kurt",
    "leon",
    "leonard",
    "leroy",
    "lewis",
    "lloyd",
    "louis",
    "luke",
    "marcus",
    "marvin",
    "maurice",
    "max",
    "melvin",
    "mitchell",
    "morris",
    "nathaniel",
    "norman",
    "oscar",
    "otis",
    "perry",
    "phillip",
    "preston",
    "ramon",
    "reginald",
    "ricky",
    "rodney",
    "roland",
    "ronnie",
    "ruben",
    "sam",
    "sammy",
    "sidney",
    "simon",
    "stanley",
    "theodore",
    "travis",
    "tyrone",
    "vernon",
    "victor",
    "wallace",
    "warren",
    "wesley",
    "wilbur",
    "alex",
    "allen",
    "alfred",
    "alvin",
    "barney",
    "benny",
    "bernard",
    "blake",
    "boyd",
    "brad",
    "byron",
    "calvin",
    "cameron",
    "cecil",
    "chester",
    "clarence",
    "clayton",
    "clifford",
    "clint",
    "clyde",
    "conrad",
    "cory",
    "darrell",
    "darryl",
    "derrick",
    "desmond",
    "doug",
    "duane",
    "dustin",
    "dwayne",
    "edgar",
    "edmund",
    "edwin",
    "elliot",
    "elliott",
    "emil",
    "ernie",
    "erik",
    "everett",
    "felix",
    "garrett",
    "geoffrey",
    "gerard",
    "herman",
    "homer",
    "horace",
    "hubert",
    "hugo",
    "isaac",
    "jake",
    "jamal",
    "jeffery",
    "johnnie",
    "jonah",
    "josh",
    "julio",
    "kent",
    "kirk",
    "lamar",
    "leo",
    "lester",
    "lionel",
    "lowell",
    "lucas",
    "luther",
    "lyle",
    "lyndon",
    "manny",
    "marc",
    "mario",
    "micah",
    "mickey",
    "nate",
    "ned",
    "nolan",
    "otto",
    "percy",
    "randall",
    "randolph",
    "reggie",
    "rodger",
    "roderick",
    "rowan",
    "rufus",
    "salvatore",
    "saul",
    "sheldon",
    "sherman",
    "sid",
    "silas",
    "spencer",
    "stan",
    "stewart",
    "sylvester",
    "terrance",
    "terrence",
    "thaddeus",
    "theo",
    "trent",
    "trey",
    "vance",
    "vince",
    "virgil",
    "wendell",
    "wes",
    "abdul",
    "abdullah",
    "ahmad",
    "amir",
    "dmitri",
    "fidel",
    "gamal",
    "hamid",
    "ibrahim",
    "ismail",
    "kofi",
    "mahmoud",
    "moshe",
    "mustafa",
    "nikolai",
    "nicolas",
    "osama",
    "pervez",
    "saddam",
    "salman",
    "silvio",
    "tariq",
    "viktor",
    "yasser",
]);
static FEMALE_NAMES: Words = Words::any_case(&[
    "mary",
    "cindy",
    "jen",
    "patricia",
    "jennifer",
    "linda",
    "elizabeth",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "lisa",
    "nancy",
    "betty",
    "margaret",
    "sandra",
    "ashley",
    "kimberly",
    "emily",
    "donna",
    "michelle",
    "carol",
    "amanda",
    "dorothy",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "sharon",
    "laura",
    "cynthia",
    "kathleen",
    "amy",
    "angela",
    "shirley",
    "anna",
    "brenda",
    "pamela",
    "emma",
    "nicole",
    "helen",
    "samantha",
    "katherine",
    "christine",
    "debra",
    "rachel",
    "carolyn",
    "janet",
    "catherine",
    "maria",
    "heather",
    "diane",
    "ruth",
    "julie",
    "olivia",
    "joyce",
    "virginia",
    "victoria",
    "kelly",
    "lauren",
    "christina",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "andrea",
    "cheryl",
    "hannah",
    "jacqueline",
    "martha",
    "gloria",
    "teresa",
    "ann",
    "sara",
    "madison",
    "frances",
    "kathryn",
    "janice",
    "jean",
    "abigail",
    "alice",
    "judy",
    "sophia",
    "grace",
    "denise",
    "amber",
    "doris",
    "marilyn",
    "danielle",
    "beverly",
    "isabella",
    "theresa",
    "diana",
    "natalie",
    "brittany",
    "charlotte",
    "marie",
    "kayla",
    "alexis",
    "lori",
    "hillary",
    "chelsea",
    "loretta",
    "nancy",
    "sarah",
    "theresa",
    "angela",
    "marine",
    "ursula",
    "jacinda",
    "kamala",
    "elizabeth",
    "condoleezza",
    "madeleine",
    "nicola",
    "ruth",
    "kellyanne",
    "dianne",
    "claire",
    "priya",
    "ines",
    "marta",
    "agnes",
    "jane",
    "ana",
    "anne",
    "sophie",
    "lucy",
    "kate",
    "jo",
    // Short forms and given names common in the news.
    "melania",
    "ivanka",
    "huma",
    "debbie",
    "heidi",
    "carly",
    "nikki",
    "tulsi",
    "sonia",
    "elena",
    "kathy",
    "cathy",
    "sue",
    "liz",
    "beth",
    "jenny",
    "becky",
    "peggy",
    "patty",
    "barb",
    "deb",
    "meg",
    "katie",
    "annie",
    "sally",
    "molly",
    "betsy",
    "wendy",
    "tammy",
    // Given names from other languages, frequent in international news.
    "billie",
    "ingrid",
    "brigitte",
    "monique",
    "isabelle",
    "chantal",
    "francesca",
    "carmen",
    "pilar",
    "lucia",
    "olga",
    "natalia",
    "svetlana",
    "irina",
    "tatiana",
    "yoko",
    "keiko",
    "akiko",
    "kirsty",
    "fiona",
    "gemma",
    "siobhan",
    "niamh",
    "aoife",
    "sinead",
    "bernadette",
    "serena",
    "justine",
    "amelie",
    "lindsay",
    "tessa",
    "harriet",
    "hazel",
    "clare",
    "caroline",
    "jacqui",
    "glenys",
    "estelle",
    "beverley",
    "yvette",
    "paula",
    "zoe",
    "joanne",
    "tracey",
    "kylie",
    "dannii",
    "martina",
    "daniela",
    "natasha",
    "gillian",
    "bridget",
    // More common given names (US, UK) and names frequent in world news.
    "dottie",
    "abby",
    "adele",
    "adrienne",
    "aileen",
    "alexandra",
    "alicia",
    "alison",
    "allison",
    "alyssa",
    "amelia",
    "angelina",
    "anita",
    "annette",
    "antoinette",
    "arlene",
    "audrey",
    "ava",
    "beatrice",
    "belinda",
    "bella",
    "bertha",
    "bonnie",
    "brianna",
    "camille",
    "candace",
    "cara",
    "carla",
    "carole",
    "cassandra",
    "cecilia",
    "celeste",
    "charlene",
    "christie",
    "christy",
    "claudia",
    "colleen",
    "connie",
    "constance",
    "courtney",
    "daisy",
    "dana",
    "darlene",
    "deanna",
    "deirdre",
    "delores",
    "desiree",
    "dolores",
    "edith",
    "edna",
    "eileen",
    "elaine",
    "eleanor",
    "elisa",
    "elise",
    "eliza",
    "ella",
    "ellen",
    "eloise",
    "elsie",
    "erica",
    "erika",
    "erin",
    "esther",
    "ethel",
    "eva",
    "felicia",
    "flora",
    "florence",
    "gail",
    "geraldine",
    "gina",
    "gladys",
    "gretchen",
    "gwen",
    "gwendolyn",
    "hilary",
    "ida",
    "irene",
    "isabel",
    "jackie",
    "jana",
    "janis",
    "jeanette",
    "jeanne",
    "jill",
    "joanna",
    "jocelyn",
    "johanna",
    "josephine",
    "juanita",
    "julia",
    "juliana",
    "juliet",
    "karin",
    "karina",
    "katharine",
    "katrina",
    "kristen",
    "kristin",
    "kristina",
    "kirsten",
    "krista",
    "laurie",
    "leah",
    "lena",
    "lillian",
    "lily",
    "lois",
    "lorraine",
    "louise",
    "lucille",
    "lydia",
    "lynn",
    "maggie",
    "mandy",
    "marcia",
    "margarita",
    "marian",
    "marianne",
    "marion",
    "marjorie",
    "marlene",
    "marsha",
    "maureen",
    "maxine",
    "melanie",
    "melinda",
    "meredith",
    "mia",
    "michele",
    "mildred",
    "miranda",
    "miriam",
    "monica",
    "naomi",
    "nina",
    "nora",
    "norma",
    "pam",
    "patsy",
    "pauline",
    "phyllis",
    "polly",
    "priscilla",
    "rachael",
    "ramona",
    "regina",
    "renee",
    "rhonda",
    "rita",
    "roberta",
    "rosa",
    "rosalind",
    "rosemary",
    "roxanne",
    "sabrina",
    "sandy",
    "shannon",
    "sheila",
    "shelley",
    "sherry",
    "sheryl",
    "silvia",
    "sonya",
    "stacey",
    "stacy",
    "stella",
    "susanne",
    "suzanne",
    "sylvia",
    "tamara",
    "tanya",
    "tara",
    "tina",
    "toni",
    "valerie",
    "vanessa",
    "vera",
    "veronica",
    "vicki",
    "vivian",
    "wanda",
    "whitney",
    "wilma",
    "yolanda",
    "yvonne",
    "benazir",
    "cristina",
    "dilma",
    "indira",
    "yulia",
    "michaela",
    "petra",
    "renate",
]);

/// The given name of a full name: its first word (before the surname) that is a common given
/// name or an initial (`Donald` of `Republican Donald J. Trump`, `J.` of `J. Allard`).
fn given_name(name: &str) -> Option<&str> {
    let (rest, _surname) = name.rsplit_once(' ')?;
    rest.split(' ').find(|w| {
        let initial = w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_ascii_uppercase());
        initial || is_given_name(w)
    })
}

/// A common given name (`Jake`, `KATE`), in any case.
pub fn is_given_name(word: &str) -> bool {
    MALE_NAMES.contains(word) || FEMALE_NAMES.contains(word)
}

/// Gender from an honorific in the mention, else from the given name.
fn gender_of(surface: &str, name: &str) -> Gender {
    fn first(s: &str) -> &str {
        s.split_whitespace().next().unwrap_or("").trim_end_matches('.')
    }
    let honorific = title_gender(first(surface));
    if honorific != Gender::Unknown {
        return honorific;
    }
    let given = match first(name) {
        given if MALE_NAMES.contains(given) => Gender::Male,
        given if FEMALE_NAMES.contains(given) => Gender::Female,
        _ => Gender::Unknown,
    };
    if given != Gender::Unknown {
        return given;
    }
    // `A spokeswoman for Janney`, `Congresswoman Maxine Waters`: a noun with a gender.
    surface
        .split_whitespace()
        .map(|w| cues::with_lower(w, noun_gender))
        .find(|g| *g != Gender::Unknown)
        .unwrap_or(given)
}

/// The gender of a noun for a person, in lower case: only nouns that are not used of both
/// (`chairman` and `spokesman` often are).
fn noun_gender(w: &str) -> Gender {
    match w {
        "father" | "husband" | "son" | "brother" => Gender::Male,
        "spokeswoman" | "chairwoman" | "congresswoman" | "businesswoman" | "actress" | "mother" | "wife"
        | "daughter" | "sister" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// The gender a title gives (`Mr`, `Ms.`, `Dame`), in any case; unknown for other words.
fn title_gender(word: &str) -> Gender {
    const TITLES: [(&str, Gender); 8] = [
        ("mr", Gender::Male),
        ("sir", Gender::Male),
        ("lord", Gender::Male),
        ("mrs", Gender::Female),
        ("ms", Gender::Female),
        ("miss", Gender::Female),
        ("dame", Gender::Female),
        ("lady", Gender::Female),
    ];
    let word = word.trim_end_matches('.');
    TITLES.iter().find(|(title, _)| word.eq_ignore_ascii_case(title)).map_or(Gender::Unknown, |&(_, gender)| gender)
}

/// True when two words share their first six letters (`defector`, `defected`).
fn same_stem(a: &str, b: &str) -> bool {
    a.chars().count() >= 6 && b.chars().count() >= 6 && a.chars().take(6).eq(b.chars().take(6))
}

/// A noun naming what `head` names: the word itself (`bank`, `group`: too short for a stem) or
/// one of its stem (`agency`, `agencies`).
fn same_noun(word: &str, head: &str) -> bool {
    word == head || same_stem(word, head)
}

/// True when `a` and `b` differ by one substitution, insertion, deletion or adjacent swap.
fn one_edit_apart(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 3 {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        // One edit leaves everything but at most two neighbouring letters in common.
        let (a, b) = (a.as_bytes(), b.as_bytes());
        let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
        if prefix + suffix + 2 < a.len().max(b.len()) {
            return false;
        }
    }
    edit_distance(a, b) == 1
}

/// Levenshtein distance, with adjacent swaps counted as one edit (three rows of one buffer).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let width = b.len() + 1;
    let mut rows = vec![0usize; 3 * width];
    let (mut before, mut prev, mut cur) = (0, width, 2 * width);
    for (j, cell) in rows[prev..prev + width].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[cur] = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[prev + j] + 1).min(rows[cur + j - 1] + 1).min(rows[prev + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[before + j - 2] + 1);
            }
            rows[cur + j] = best;
        }
        (before, prev, cur) = (prev, cur, before);
    }
    rows[prev + width - 1]
}

/// Full names in a run of words: capitalised runs of two words or more, without leading
/// function words or honorifics (`But Vladimir Putin` -> `Vladimir Putin`).
pub fn full_name(run: &[&str]) -> Option<String> {
    let mut words = run;
    // `Last June Grewcock was banned`, `In May Tom Lark ...`: a month after a word of time is no
    // given name.
    if let [time, month, rest @ ..] = words {
        let of_time = matches!(*time, "Last" | "Next" | "This" | "Early" | "Late" | "In" | "Since" | "Until" | "By");
        if of_time && cues::is_month(month) && !rest.is_empty() {
            words = rest;
        }
    }
    words = without_opening_words(words);
    // `South Korean-born Monte Haines`: where the person was born is no part of the name.
    if let Some(k) = words.iter().rposition(|w| tells_where_from(w)) {
        words = &words[k + 1..];
    }
    words = &words[party_before_name(words)..];
    // `Trade Cahit Aral`, `Public Credit Mauricio Cabrera`: a ministry's field (the end of `Minister
    // of Industry and Trade`) before a person's name of two words or more.
    // (Not `Economy Undersecretary Yannos Papantoniou`, a title, nor `International Bond Dealers`.)
    let person_after = |rest: &[&str]| {
        !rest.iter().any(|w| is_title(w) || w.ends_with("secretary"))
            && rest.last().is_some_and(|w| !w.ends_with('s'))
            && !rest.iter().any(|w| ends_firms_name(w))
    };
    while words.len() >= 3 && FIELDS.contains(words[0]) && person_after(&words[1..]) {
        words = &words[1..];
    }
    // `Rival Hillary Clinton`: a capitalised word before a given name and a surname is no part
    // of the name.
    // (Not an initial, `J. Hugh Liedtke`, nor in a firm's name, `San Miguel Corp`.)
    if let Some(given) = given_name_ending(words) {
        words = &words[given..];
    }
    // `Army Gen. Tom Lark`: a title inside the run ends the role before the name; `Monday Mr
    // Sullivan`, `Greek Prime Minister Papandreou` hold no full name. (Not the last word of
    // `Secretary of Commerce` in `Texas Commerce Bank`.)
    let inner_title = (1..words.len().saturating_sub(1)).rev().find(|&k| {
        let title =
            HONORIFICS.contains(words[k]) || is_title(words[k]) && (k + 2 < words.len() || is_personal_title(words[k]));
        title && !cues::with_lower(words[k + 1], cues::is_speaker_noun)
    });
    if let Some(k) = inner_title {
        words = &words[k + 1..];
    }
    if ends_with_person_after_organisation(words) {
        words = &words[words.len() - 2..];
    }
    // `Coalition Against Trump`, `Friends Of The Earth`: a capitalised preposition makes a
    // body's name, not a person's.
    let preposition = |w: &&str| matches!(*w, "Against" | "For" | "And" | "To" | "With" | "Of" | "The" | "From" | "By");
    (words.len() >= 2 && words.len() <= 4 && !words[1..].iter().any(preposition)).then(|| words.join(" "))
}

/// A run of capitalised words without the words before a name: `But`, `The`, `In`, titles.
fn without_opening_words<'w, 'r>(mut words: &'r [&'w str]) -> &'r [&'w str] {
    while let Some((first, rest)) = words.split_first() {
        if cues::is_discourse_word(first)
            || cues::is_clause_opener(first)
            || HONORIFICS.contains(first)
            // (`General Instrument Corp`: a title's word opens a firm's name too.)
            || (TITLES.contains(first) && !rest.last().is_some_and(|w| is_company_suffix(w)))
            || matches!(
                *first,
                "The" | "A" | "An" | "In" | "On" | "At" | "He" | "She" | "It" | "They" | "We" | "I" | "This" | "That"
            )
            || is_function_word(first)
        {
            words = rest;
        } else {
            break;
        }
    }
    words
}

/// The one name word of a run after its opening words (`But Ruddock`, `Mr Putin`), which may be
/// a surname.
pub fn lone_name_word<'w>(run: &[&'w str]) -> Option<&'w str> {
    match without_opening_words(run) {
        [word] => Some(word),
        _ => None,
    }
}

/// `Coffee Trade Association Carlos Calmon`, `Securities and Exchange Commission John Shad`: the
/// words end with an organisation's name, then a given name and a surname, which are the person.
fn ends_with_person_after_organisation(words: &[&str]) -> bool {
    matches!(words, [.., organisation, given, surname]
        if ends_firms_name(organisation) && is_given_name(given) && is_name_word(surname))
}

/// A title before a name, hyphenated ones too (`Vice-Chairman`, `Secretary-General`).
fn is_title(word: &str) -> bool {
    TITLES.contains(word) || word.rsplit_once('-').is_some_and(|(_, last)| TITLES.contains(last))
}

/// A title that names a person's office on its own, unlike the last word of `Secretary of State`
/// or a modifier (`Chief`, `Deputy`), which also end names of organisations.
fn is_personal_title(word: &str) -> bool {
    !matches!(
        word,
        "State"
            | "Exchequer"
            | "Defense"
            | "Defence"
            | "Treasury"
            | "Homeland"
            | "Security"
            | "Commerce"
            | "Staff"
            | "Chief"
            | "Vice"
            | "Deputy"
            | "Coach"
            | "Manager"
            | "Director"
            | "Leader"
            | "Chair"
            | "Speaker"
            | "General"
            | "Justice"
            | "Attorney"
    )
}

/// Words that open a sentence in capitals without being part of a name (`What Mr. Obama has
/// seen`, `When Jane Roe arrived`, `His brother Tom Lark`, `Does Rubio ...?`); not the
/// auxiliaries that are given names too (`Will Davies`, `May Lark`).
pub fn is_function_word(word: &str) -> bool {
    cues::with_lower(word, |w| {
        matches!(
            w,
            "what"
                | "when"
                | "where"
                | "why"
                | "how"
                | "who"
                | "which"
                | "while"
                | "if"
                | "as"
                | "since"
                | "though"
                | "although"
                | "because"
                | "given"
                | "for"
                | "from"
                | "with"
                | "by"
                | "to"
                | "of"
                | "not"
                | "no"
                | "all"
                | "some"
                | "many"
                | "most"
                | "every"
                | "each"
                | "both"
                | "even"
                | "only"
                | "there"
                | "here"
                | "these"
                | "those"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "like"
                | "unlike"
                | "under"
                | "without"
                | "another"
                | "neither"
                | "either"
                | "several"
                | "few"
                | "maybe"
                | "perhaps"
                | "together"
                | "former"
                | "see"
                | "is"
                | "are"
                | "was"
                | "were"
        ) || (cues::is_auxiliary_verb(w) && !matches!(w, "will" | "may"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_keeps_its_whole_name() {
        assert_eq!(parse_mention("The Bank of England").name, "Bank of England");
        assert_eq!(parse_mention("the Commerce Department").name, "Commerce Department");
        assert_eq!(parse_mention("Finance Minister Jane Roe").name, "Jane Roe");
        assert_eq!(parse_mention("General Motors Corp").name, "General Motors Corp");
        assert_eq!(parse_mention("Moody's Investors Service Inc").name, "Moody's Investors Service Inc");
        assert_eq!(parse_mention("Federal Reserve Board Chairman Tom Lark").name, "Tom Lark");
    }

    #[test]
    fn a_plural_noun_opening_a_sentence_and_an_abbreviation_keep_their_form() {
        let m = parse_mention("Analysts");
        assert_eq!((m.name.as_str(), m.kind), ("analysts", MentionKind::Description));
        assert_eq!(parse_mention("the U.S.").name, "U.S.");
        assert_eq!(parse_mention("Harbour Partners L.P.").name, "Harbour Partners L.P.");
        assert_eq!(parse_mention("Tom Lark.").name, "Tom Lark");
    }

    #[test]
    fn brackets_drop_tickers_and_keep_names() {
        assert_eq!(strip_parentheses("Reuters Holdings Plc <RTRS.L>"), "Reuters Holdings Plc");
        assert_eq!(strip_parentheses("<Willemijn Holding BV> of Rotterdam"), "Willemijn Holding BV of Rotterdam");
        assert_eq!(strip_parentheses("Rep. John Mica (R-Fla.)"), "Rep. John Mica");
        assert_eq!(strip_parentheses("(Ivaco Inc)"), "Ivaco Inc");
    }

    #[test]
    fn a_capitalised_function_word_is_not_part_of_a_full_name() {
        assert_eq!(full_name(&["What", "Mr.", "Obama"]), None);
        assert_eq!(full_name(&["When", "Jane", "Roe"]).as_deref(), Some("Jane Roe"));
        // A month after a word of time is no given name.
        assert_eq!(full_name(&["Last", "June", "Lark"]), None);
        assert_eq!(full_name(&["In", "December", "Harbour", "Corp"]).as_deref(), Some("Harbour Corp"));
        assert_eq!(full_name(&["June", "Lark"]).as_deref(), Some("June Lark"));
    }

    #[test]
    fn splits_role_from_name() {
        let m = parse_mention("Pentagon spokesman Peter Cook");
        assert_eq!((m.name.as_str(), m.role.as_str()), ("Peter Cook", "Pentagon spokesman"));
        let m = parse_mention("US President Obama");
        assert_eq!((m.name.as_str(), m.role.as_str()), ("Obama", "US President"));
        let m = parse_mention("Mr Putin");
        assert_eq!((m.name.as_str(), m.role.as_str()), ("Putin", ""));
        assert_eq!(parse_mention("the New York Post").name, "New York Post");
        assert_eq!(parse_mention("Western governments").kind, MentionKind::Description);
    }

    #[test]
    fn a_role_joined_by_and_or_of_before_a_name_is_the_role() {
        for (mention, name, role) in [
            ("former Harbour and England defender Tom Lark", "Tom Lark", "former Harbour and England defender"),
            (
                "Japanese vice-minister of finance for trade affairs Toyo Hara",
                "Toyo Hara",
                "Japanese vice-minister of finance for trade affairs",
            ),
        ] {
            let m = parse_mention(mention);
            assert_eq!((m.name.as_str(), m.role.as_str()), (name, role), "{mention}");
        }
        // Someone else's role, or the one the role belongs to, is no role of the name.
        for mention in [
            "a columnist for the tech news site Harbourside",
            "a dealer with a U.K. Bank",
            "A joint venture controlled by Dallas investor Tom Lark",
            "the lawyer of Tom Lark",
        ] {
            let m = parse_mention(mention);
            assert!(m.role.is_empty() && m.kind == MentionKind::Description, "{mention}: {m:?}");
        }
    }

    #[test]
    fn where_or_when_a_named_speaker_spoke_is_no_part_of_the_name() {
        for (mention, name, role) in [
            ("Harbour Trust in New York", "Harbour Trust", ""),
            ("A spokesman for the Harbour Bank in Frankfurt", "Harbour Bank", "A spokesman"),
            ("Andrew in Derby", "Andrew", ""),
            ("Dr Tom Lark in November", "Tom Lark", ""),
        ] {
            let m = parse_mention(mention);
            assert_eq!((m.name.as_str(), m.role.as_str()), (name, role), "{mention}");
        }
        // People named by where they are stay one description.
        for mention in
            ["People in Fort Harbour", "Democrats in Congress", "officials in Harbour City", "Shops all over the UK"]
        {
            let m = parse_mention(mention);
            assert_eq!((m.name.as_str(), m.kind), (mention, MentionKind::Description), "{mention}");
        }
    }

    #[test]
    fn a_person_of_an_organisation_keeps_the_organisation_as_role() {
        for (mention, name, role) in [
            (
                "Detective Inspector Paul Miller of Thames Valley Police",
                "Paul Miller",
                "Detective Inspector of Thames Valley Police",
            ),
            ("Governor Jane Roe of the Bank of England", "Jane Roe", "Governor of the Bank of England"),
            ("Robert Brusca of Nikko Securities Co", "Robert Brusca", "of Nikko Securities Co"),
            ("Analyst Mujtaba Rahman of the Eurasia Group", "Mujtaba Rahman", "Analyst of the Eurasia Group"),
            ("Jay Lark from Harbourseat", "Jay Lark", "from Harbourseat"),
            (
                "Kirsten Lark from the Consumer Harbour Association",
                "Kirsten Lark",
                "from the Consumer Harbour Association",
            ),
            ("James Lark at DLJ Securities", "James Lark", "at DLJ Securities"),
            ("analyst Mark Lark of Barclays de Zoete Wedd", "Mark Lark", "analyst of Barclays de Zoete Wedd"),
            ("economist Gary Lark of AG Edwards & Sons", "Gary Lark", "economist of AG Edwards & Sons"),
            ("Analyst Joseph Lark with brokers James Harbour", "Joseph Lark", "Analyst with brokers James Harbour"),
            ("The Herald's David Lark", "David Lark", "The Herald's"),
            ("an analyst for Harbour Capital Markets Tom Lark", "Tom Lark", "an analyst for Harbour Capital Markets"),
            // A given name and two more words; a long name of a body after a given name.
            (
                "Sarah Harbour Lark of the Campaign for Clean Water",
                "Sarah Harbour Lark",
                "of the Campaign for Clean Water",
            ),
            (
                "William Lark of the Campaign for Tobacco-Free Kids",
                "William Lark",
                "of the Campaign for Tobacco-Free Kids",
            ),
        ] {
            let m = parse_mention(mention);
            assert_eq!((m.name.as_str(), m.role.as_str()), (name, role), "{mention}");
        }
        // Companies and bodies named `X of Y` keep their whole name.
        for mention in [
            "Range Rover of North America Inc",
            "Barnett Banks of Florida Inc",
            "the Bank of England",
            "Morgan Stanley GmbH",
            "officials from Harbour Bank",
            "Harbour Lark of the Campaign for Clean Water",
        ] {
            let m = parse_mention(mention);
            assert!(m.role.is_empty() && mention.ends_with(&m.name), "{mention}: {m:?}");
        }
        // Two people, not the first of a body named by the rest.
        let m = parse_mention("Ibrahim Lark of Nigeria and Denis Roe of Congo");
        assert_ne!(m.role, "of Nigeria and Denis Roe of Congo");
    }

    #[test]
    fn resolves_surname_title_and_misspelling_to_full_name() {
        let mut r = Resolver::default();
        r.add_name(0, "Vladimir Putin");
        r.add_name(10, "Pavel Felgenhaeur");
        assert_eq!(r.resolve("Mr Putin", None, 50, 3).name, "Vladimir Putin");
        assert_eq!(r.resolve("Mr Felgenhauer", None, 60, 4).name, "Pavel Felgenhaeur");
    }

    #[test]
    fn resolves_pronoun_and_role_reference_to_last_person() {
        let mut r = Resolver::default();
        r.add_name(0, "Vladimir Putin");
        r.resolve("Vladimir Putin", None, 0, 1);
        assert_eq!(r.resolve("he", None, 20, 1).name, "Vladimir Putin");
        assert_eq!(r.resolve("the Russian president", None, 30, 2).name, "Vladimir Putin");
        r.resolve("A senior official who defected in 2012", None, 40, 5);
        assert_eq!(r.resolve("the defector", None, 50, 6).name, "a senior official who defected in 2012");
    }

    #[test]
    fn a_description_is_not_someone_else_quoted_under_another_description() {
        let mut r = Resolver::default();
        r.resolve("The former first lady", None, 0, 1);
        r.resolve("she", None, 20, 1);
        assert_eq!(r.resolve("the New York businessman", None, 40, 2).name, "the New York businessman");
        r.resolve("the spokesman", None, 60, 3);
        r.resolve("he", None, 70, 3);
        assert_eq!(r.resolve("the spokesman", None, 80, 3).name, "the spokesman");
    }

    #[test]
    fn an_unresolved_first_person_speaker_shows_as_capital_i() {
        let mut r = Resolver::default();
        assert_eq!(r.resolve("I", None, 0, 1).name, "I");
        assert_eq!(r.resolve("he", None, 10, 1).name, "he");
    }

    #[test]
    fn recorded_role_resolves_later_reference() {
        let mut r = Resolver::default();
        r.resolve("Khaled Khoja", Some("the chairman of the coalition"), 0, 1);
        r.resolve("Jane Roe", None, 10, 2);
        assert_eq!(r.resolve("the chairman of the coalition", None, 20, 3).name, "Khaled Khoja");
    }

    #[test]
    fn one_edit() {
        assert!(one_edit_apart("Felgenhaeur", "Felgenhauer"));
        assert!(one_edit_apart("Smith", "Smyth"));
        assert!(!one_edit_apart("Putin", "Purtin1"));
    }
}
