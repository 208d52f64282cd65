//! One test per pattern of reported speech: `text -> (speaker, quote, kind)`.

use super::*;

fn quotes(text: &str) -> Vec<(String, String, Kind)> {
    let article = Article::from_plain_text("t.txt".into(), String::new(), text.to_string());
    extract(&article).into_iter().map(|q| (q.speaker.name, q.text, q.kind)).collect()
}

fn one(text: &str) -> (String, String, Kind) {
    let found = quotes(text);
    assert_eq!(found.len(), 1, "expected one quotation in {text:?}, got {found:?}");
    found.into_iter().next().unwrap()
}

/// The speakers of `text`'s quotations, in reading order.
fn speakers(text: &str) -> Vec<String> {
    quotes(text).into_iter().map(|(s, _, _)| s).collect()
}

/// The first quotation of `text`, whole (speaker, role, cue).
fn first_quote(text: &str) -> Quote {
    let article = Article::from_plain_text("t.txt".into(), String::new(), text.to_string());
    extract(&article).into_iter().next().expect("a quotation")
}

fn q(speaker: &str, quote: &str, kind: Kind) -> (String, String, Kind) {
    (speaker.to_string(), quote.to_string(), kind)
}

#[test]
fn direct_quote_then_speaker_and_cue() {
    assert_eq!(one("“We will win this fight,” Jane Roe said."), q("Jane Roe", "We will win this fight,", Kind::Direct));
}

#[test]
fn direct_quote_then_cue_and_speaker_with_role() {
    let q = first_quote("\"It is a canard and a lie,\" said Yevgeny Bulov, a retired general who lives in Omsk.");
    assert_eq!(q.speaker.name, "Yevgeny Bulov");
    assert_eq!(q.speaker.role, "a retired general who lives in Omsk");
    assert_eq!(q.cue, "said");
}

#[test]
fn a_day_naming_which_document_is_part_of_an_inverted_speaker() {
    let found =
        one("“The pier has shown more spine than the council,” reads a Wednesday editorial in the Harbour Post.");
    assert_eq!(found.0, "a Wednesday editorial");
    // After the speaker, a day still ends it.
    assert_eq!(one("“The port will close,” said the mayor Wednesday.").0, "the mayor");
}

#[test]
fn speaker_colon_then_quote() {
    assert_eq!(
        one("Tom Lark said: \"The bridge will open next spring.\""),
        q("Tom Lark", "The bridge will open next spring.", Kind::Direct)
    );
}

#[test]
fn a_name_and_a_colon_after_a_heading_and_a_dash_introduce_a_quotation() {
    for (text, speaker) in [
        ("Pollsters agree - Tom Lark: \"The bridge will open next spring.\"", "Tom Lark"),
        ("What it means - More from Lark: \"The bridge will open next spring.\"", "Lark"),
        ("From the report: \"The bridge will open next spring.\"", "the report"),
    ] {
        assert_eq!(one(text), q(speaker, "The bridge will open next spring.", Kind::Direct), "{text}");
    }
}

#[test]
fn a_list_items_bullet_is_not_part_of_the_speaker() {
    for bullet in ["-", "*", "•"] {
        let text = format!("{bullet} Leeds United boss Tom Lark: \"The bridge will open next spring.\"");
        let quote = first_quote(&text);
        assert_eq!(quote.speaker.name, "Tom Lark", "{text}");
        assert_eq!(quote.speaker.role, "Leeds United boss", "{text}");
    }
}

#[test]
fn an_occupation_opening_the_sentence_is_the_role() {
    for (text, name, role) in [
        ("Singer Tom Lark said the tour would end in May.", "Tom Lark", "Singer"),
        ("Striker Ana Diaz said the tour would end in May.", "Ana Diaz", "Striker"),
        ("Referee Graham Lark said he applied the laws of the game.", "Graham Lark", "Referee"),
        ("Founder Ana Diaz has pledged to contest the action.", "Ana Diaz", "Founder"),
        // A title before an organisation word names the organisation.
        ("Singer Co and Harbour Corp said the tour would end in May.", "Singer Co and Harbour Corp", ""),
    ] {
        let quote = first_quote(text);
        assert_eq!((quote.speaker.name.as_str(), quote.speaker.role.as_str()), (name, role), "{text}");
    }
}

#[test]
fn add_with_a_thing_for_object_reports_nothing() {
    for text in [
        "Harbour Holdings added 5.3% to 740 yen on Monday.",
        "The chancellor added 1.28p per litre of fuel.",
        "The new figures add an additional concern for the board.",
        // After a clause, and with more words between the quantity and `to`.
        "Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.",
        "Harbour Express added 35 overseas and 10 domestic service centers to its delivery network.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
    for (text, said) in [
        ("Ana Diaz added the plan needs more time.", "the plan needs more time"),
        ("Ana Diaz added markets seem to ignore the risk.", "markets seem to ignore the risk"),
        ("Ana Diaz added the pier was unsafe.", "the pier was unsafe"),
    ] {
        assert_eq!(one(text), q("Ana Diaz", said, Kind::Indirect), "{text}");
    }
    // A quantity after `adding`, then a verb: a clause.
    let text = "Ana Diaz said the strike was over, adding 70 percent of mining at the main pit was halted by it.";
    let said = "70 percent of mining at the main pit was halted by it";
    assert_eq!(quotes(text)[1], q("Ana Diaz", said, Kind::Indirect));
}

#[test]
fn invisible_formatting_characters_hide_no_quotation_mark() {
    // A pasted post: a left-to-right embedding before the mark, a zero-width space inside; a
    // paragraph of quotation after it opens with one too, and continues the speaker.
    let text =
        "\u{202A}”The pier will\u{200B} close on Monday,” said Tom Lark.\n\n\u{202A}“Nobody will sail from here.”";
    let article = Article::from_plain_text("t.txt".into(), String::new(), text.to_string());
    let found = extract(&article);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|q| q.speaker.name == "Tom Lark"), "{found:?}");
    assert_eq!(found[0].text, "The pier will\u{200B} close on Monday,");
}

#[test]
fn a_second_verb_in_an_opening_clause_shares_its_subject() {
    assert_eq!(
        one("When Ana Diaz visited the pier and said it was unsafe, the crowd cheered."),
        q("Ana Diaz", "it was unsafe", Kind::Indirect)
    );
    // Only a verb in the past: `If I sit down and write a song, ...` reports nothing.
    assert!(quotes("If I sit down this afternoon and write a brilliant song, I am in trouble.").is_empty());
}

#[test]
fn openings_and_time_phrases_are_no_speakers() {
    // An adverb and a phrase open the sentence; the participle's subject follows them.
    let found =
        quotes("Shortly after the call ended, the Harbour Board sent out a release saying the pier would close.");
    assert_eq!(found, [q("Harbour Board", "the pier would close", Kind::Indirect)]);
    // A time phrase between the apposition's comma and the cue.
    assert_eq!(
        one("Tom Lark, the harbour master, this past week announced the pier would close."),
        q("Tom Lark", "the pier would close", Kind::Indirect)
    );
    // A party and a state (`R-Texas`) in a relative clause name no one.
    let found =
        quotes("Tom Lark, who backed Sen. Ana Diaz, R-Texas, and fought the plan, last week said the pier was unsafe.");
    assert_eq!(found[0].0, "Tom Lark", "{found:?}");
    // A relative clause with commas of its own (a place and its state, a date) is a role too.
    assert_eq!(
        one("Ana Diaz, who lost her boat in Port Elling, Maine, in July 2012, said the pier was unsafe."),
        q("Ana Diaz", "the pier was unsafe", Kind::Indirect)
    );
    // A place after a preposition is no one a restrictive `who` refers to.
    let found = quotes("“We will sail,” said Ana Diaz, 32, a skipper for the ferry company in Port Elling who said she planned to stay.");
    assert_eq!(found[1].0, "a skipper for the ferry company in Port Elling", "{found:?}");
}

#[test]
fn a_person_named_after_an_organisation_is_the_person_later_on() {
    // The full name the article registers is the person's, so the surname resolves to it.
    let text = "Harbour Trade Association Carlos Lark said the pier was unsafe.\n\n“It must close,” Lark added.";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(speaker, ..)| speaker == "Carlos Lark"), "{found:?}");
}

#[test]
fn told_with_addressee_then_quote() {
    assert_eq!(
        one("Ana Diaz told reporters: “The vote was fair and open.”"),
        q("Ana Diaz", "The vote was fair and open.", Kind::Direct)
    );
}

#[test]
fn indirect_speech_with_that() {
    assert_eq!(
        one("Ana Diaz said on Friday that the vote had been fair."),
        q("Ana Diaz", "the vote had been fair", Kind::Indirect)
    );
}

#[test]
fn indirect_speech_without_that_and_auxiliary() {
    assert_eq!(
        one("Ana Diaz has said the bridge is unsafe for lorries."),
        q("Ana Diaz", "the bridge is unsafe for lorries", Kind::Indirect)
    );
}

#[test]
fn indirect_content_before_speaker() {
    assert_eq!(
        one("The bridge is unsafe for lorries, Ana Diaz has said, in her first interview."),
        q("Ana Diaz", "The bridge is unsafe for lorries", Kind::Indirect)
    );
}

#[test]
fn content_before_the_speaker_opens_after_a_discourse_word_and_its_comma() {
    for opener in ["However,", "Also,", "Meanwhile,", "But"] {
        let text = format!("{opener} the port will close for a week, the mayor said.");
        assert_eq!(first_quote(&text).text, "the port will close for a week", "{text}");
    }
}

#[test]
fn mixed_speech_keeps_the_clause() {
    assert_eq!(
        one("Mr Lark said it was “quite conceivable” that the plan would fail."),
        q("Mr Lark", "it was “quite conceivable” that the plan would fail", Kind::Mixed)
    );
}

#[test]
fn according_to_at_start_and_end() {
    assert_eq!(
        one("According to the police, the driver was not hurt."),
        q("the police", "the driver was not hurt", Kind::Indirect)
    );
    assert_eq!(
        one("The driver was not hurt at all, according to the police."),
        q("the police", "The driver was not hurt at all", Kind::Indirect)
    );
    // With no comma after the source, a later comma inside the clause does not close it.
    assert_eq!(
        one("According to Harbour Freight the ships were sent to the port, the mill and the pier.").0,
        "Harbour Freight"
    );
    assert_eq!(
        one("According to a January 2016 study by the port, ships are late.").0,
        "a January 2016 study by the port"
    );
}

#[test]
fn according_to_after_an_opening_adverbial_reports_the_clause_after_it() {
    assert_eq!(
        one("Since last winter, according to the port authority, ten ships have sunk."),
        q("the port authority", "ten ships have sunk", Kind::Indirect)
    );
    assert_eq!(
        one("But, according to a harbour pilot, who asked not to be named, the pier is unsafe."),
        q("a harbour pilot", "the pier is unsafe", Kind::Indirect)
    );
    assert_eq!(
        one("According to the Port/Harbour Board, the pier is unsafe."),
        q("Port/Harbour Board", "the pier is unsafe", Kind::Indirect)
    );
}

#[test]
fn quoted_as_saying_attributes_to_the_object() {
    let (speaker, _, kind) =
        one("“We are ready to help our partners now,” the agency quoted Mr Lark as saying on Monday.");
    assert_eq!((speaker.as_str(), kind), ("Mr Lark", Kind::Direct));
}

#[test]
fn surname_and_pronoun_resolve_to_full_name() {
    let text =
        "Tom Lark runs the port.\n\n“Ships are late every day,” Mr Lark said.\n\n“We need more cranes soon,” he said.";
    let found = quotes(text);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|(s, _, _)| s == "Tom Lark"), "{found:?}");
}

#[test]
fn a_surname_two_people_share_means_the_one_named_first_of_the_honorifics_gender() {
    let text = "Tom Lark runs the port.\n\nA photo showed his wife, Jane Lark, at the quay.\n\n\
                “Ships are late every day,” Lark said.\n\n“The cranes are old,” Mrs. Lark said.";
    assert_eq!(speakers(text), ["Tom Lark", "Jane Lark"]);
}

#[test]
fn a_capitalised_run_with_a_title_or_a_plural_possessive_before_a_surname_is_no_full_name() {
    // `Monday Mr Lark` and `Harbours' Lark` named no one new: `Lark` is still Tom Lark.
    for text in [
        "Tom Lark runs the port.\n\nOn Monday Mr Lark said the cranes were old.\n\n“Ships are late,” Lark said.",
        "Tom Lark runs the port.\n\nHarbours' Lark said the cranes were old.\n\n“Ships are late,” Lark said.",
    ] {
        assert_eq!(speakers(text), ["Tom Lark", "Tom Lark"], "{text}");
    }
    // An organisation's name goes on after a plural possessive.
    assert_eq!(one("The Swiss Bankers' Association said the pier was safe.").0, "Swiss Bankers' Association");
}

#[test]
fn titles_of_several_words_or_with_a_hyphen_and_a_place_after_the_name_are_the_role() {
    for (text, speaker, role) in [
        ("Chancellor of the Exchequer Tom Lark said the pound was stable.", "Tom Lark", "Chancellor of the Exchequer"),
        ("Harbour Board Vice-Chairman Tom Lark said the pier was old.", "Tom Lark", "Harbour Board Vice-Chairman"),
        ("King Tomas of Ruritania said the pier was old.", "Tomas", "King of Ruritania"),
        ("Harbour Board Administrator Tom Lark said the pier was old.", "Tom Lark", "Harbour Board Administrator"),
        ("Harbour Users Association Tom Lark said the pier was old.", "Tom Lark", "Harbour Users Association"),
    ] {
        let q = first_quote(text);
        assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), (speaker, role), "{text}");
    }
}

#[test]
fn an_organisations_name_goes_on_over_of_for_and_and() {
    for (text, speaker) in [
        ("The Office for Harbour Statistics said the ships were late.", "Office for Harbour Statistics"),
        ("The Centres for Pier Control and Repair said the pier was old.", "Centres for Pier Control and Repair"),
        ("The Ministry of Ports and Harbours said the pier was old.", "Ministry of Ports and Harbours"),
        ("Lark Hartley and Co Inc said the pier was old.", "Lark Hartley and Co Inc"),
        (
            "The chairman of the Joint Pilots of Ruritania said the pier was old.",
            "the chairman of the Joint Pilots of Ruritania",
        ),
        (
            "The Ruritanian Department of Homeland Security said the pier was old.",
            "Ruritanian Department of Homeland Security",
        ),
        (
            "The Pier Office of the Harbour and Commerce Departments said the pier was old.",
            "Pier Office of the Harbour and Commerce Departments",
        ),
        // Two people, not one name.
        ("Mayor Jane Roe and Tom Lark said the pier was old.", "Jane Roe and Tom Lark"),
        // A title's own `of` stays apart.
        ("Minister of Harbours Tom Lark said the pier was old.", "Tom Lark"),
    ] {
        assert_eq!(one(text).0, speaker, "{text}");
    }
}

#[test]
fn a_person_of_a_place_or_a_short_named_body_is_the_person() {
    for (text, speaker) in [
        ("Gov. Tom E. Lark of Ruritania said the pier was old.", "Tom E. Lark"),
        ("Sen. Tomek Lark of Ruritania said the pier was old.", "Tomek Lark"),
        ("Analyst Orin Lark of Hartley Capital said the pier was old.", "Orin Lark"),
        // A person after the `of` is the speaker, not the body before it.
        ("Undersecretary of Harbours Tom Lark said the pier was old.", "Tom Lark"),
    ] {
        assert_eq!(one(text).0, speaker, "{text}");
    }
}

#[test]
fn a_capitalised_word_before_a_given_name_after_a_titles_of_is_no_part_of_the_name() {
    // `White House Chief of Staff Tom Lark`: `Staff` ends the title.
    let text = "White House Chief of Staff Tom Lark said the pier was old.\n\n“Ships are late,” Lark said.";
    assert_eq!(speakers(text), ["Tom Lark", "Tom Lark"]);
    // Not a place's name: `the West Virginia Democrat` is a description.
    assert_eq!(one("The West Virginia Democrat said the pier was old.").0, "the West Virginia Democrat");
}

#[test]
fn an_office_with_no_name_is_whoever_holds_it() {
    let text = "Harbour Secretary Tom Lark said the pier was old.\n\nThe Harbour Secretary said the ships were late.";
    assert_eq!(speakers(text), ["Tom Lark", "Tom Lark"]);
    assert_eq!(one("The Harbour Secretary said the ships were late.").0, "the Harbour Secretary");
}

#[test]
fn people_asked_by_someone_are_the_speakers() {
    for (text, speaker) in [
        ("Economists polled by the Harbour Gazette said the pier was old.", "Economists polled by the Harbour Gazette"),
        ("A Lark spokesman contacted by Tidings said the pier was old.", "a Lark spokesman contacted by Tidings"),
    ] {
        assert_eq!(one(text).0, speaker, "{text}");
    }
}

#[test]
fn two_people_joined_by_and_are_both_the_speaker() {
    let text = "Tom Lark and Mayor Jane Roe said the pier was old.\n\nMs. Roe said the ships were late.";
    assert_eq!(speakers(text), ["Tom Lark and Jane Roe", "Jane Roe"]);
    // Surnames the article named in full.
    let text = "Tom Lark met Jane Roe.\n\nLark and Roe said the pier was old.";
    assert_eq!(one(text).0, "Tom Lark and Jane Roe");
    // A firm's name is one name.
    assert_eq!(one("Lark Hartley and Co Inc said the pier was old.").0, "Lark Hartley and Co Inc");
}

#[test]
fn a_firms_name_ending_in_s_before_a_reporting_verb_keeps_it() {
    assert_eq!(one("Tidewater's said the pier was old.").0, "Tidewater's");
    assert_eq!(one("The pier is old, according to Tidewater's.").0, "Tidewater's");
    let text = "Tidewater's Harbour Service Inc said the pier was old.\n\nTidewater's said the ships were late.";
    assert_eq!(speakers(text), ["Tidewater's Harbour Service Inc", "Tidewater's Harbour Service Inc"]);
    // Before a noun naming a report, `'s` marks its owner.
    assert_eq!(one("Tom Lark's claim that the pier was old angered the town.").0, "Tom Lark");
}

#[test]
fn general_or_a_departments_word_before_one_word_opens_a_firms_name() {
    for (text, speaker) in [
        ("General Tidewater said the pier was old.", "General Tidewater"),
        ("Security Harbour said the pier was old.", "Security Harbour"),
        // Before a person's name they are titles.
        ("General Tom Lark said the pier was old.", "Tom Lark"),
        ("Secretary of State Tom Lark said the pier was old.", "Tom Lark"),
    ] {
        assert_eq!(one(text).0, speaker, "{text}");
    }
}

#[test]
fn a_role_in_lower_case_before_a_name_is_referred_back_to() {
    let text = "Harbour party leader Tom Lark opened the pier on Monday.\n\nThe Harbour party leader said the ships were late.";
    assert_eq!(one(text).0, "Tom Lark");
    // A deputy's role names someone else's office.
    let text = "Deputy leader Tom Lark opened the pier on Monday.\n\nThe leader said the ships were late.";
    assert_eq!(one(text).0, "the leader");
}

#[test]
fn a_given_name_alone_or_a_family_name_given_first_resolves_to_the_full_name() {
    for (text, speaker) in [
        ("Howard Newby runs the port.\n\n“Ships are late,” Sir Howard said.", "Howard Newby"),
        ("Kim Mahn-je runs the port.\n\n“Ships are late,” Kim said.", "Kim Mahn-je"),
        ("Kim Yungmin runs the port.\n\n“Ships are late,” Mr Kim said.", "Kim Yungmin"),
        ("Deng Xiaoping runs the port.\n\n“Ships are late,” Deng said.", "Deng Xiaoping"),
        ("Deng Xiaoping runs the port.\n\n“Ships are late,” Mr Deng said.", "Deng Xiaoping"),
    ] {
        assert_eq!(one(text).0, speaker, "{text}");
    }
    // After `Mr`, a word that is also a given name is a surname: Mr Howard is someone else.
    let text = "Howard Newby runs the port.\n\n“Ships are late,” Mr Howard said.";
    assert_eq!(one(text).0, "Mr Howard");
}

#[test]
fn names_joined_by_and_or_an_ampersand_after_a_role_are_one_speaker() {
    let found = first_quote("Accountancy firm Roe & Lark said the port's forecasts were too optimistic.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Roe & Lark", "Accountancy firm"));
    let text = "“Trade is thin,” said brokers Samuel Roe and Co Ltd. It said the port was quiet.";
    assert_eq!(speakers(text), ["Samuel Roe and Co Ltd"; 2]);
    // Firms in the plural are several speakers.
    let text = "Research by harbour firms Earthlink and Webroot revealed the port was quiet. They said trade was thin.";
    assert_eq!(speakers(text), ["Earthlink and Webroot"; 2]);
}

#[test]
fn a_firm_named_by_its_first_word_resolves_to_its_full_name() {
    let text = "Datron Corp said its profits rose by a tenth.\n\nDatron said it would buy back shares.";
    assert_eq!(speakers(text), ["Datron Corp"; 2]);
    // A firm and its unit: the word may mean either.
    let text = "Exxon Corp owns Exxon Capital Corp.\n\nExxon said it would buy back shares.";
    assert_eq!(speakers(text), ["Exxon"]);
    // Not after a title: Mr Datron is a person.
    let text = "Datron Corp said its profits rose by a tenth.\n\nMr Datron said he would buy shares.";
    assert_eq!(speakers(text), ["Datron Corp", "Mr Datron"]);
}

#[test]
fn a_common_given_name_tells_the_gender_of_a_pronoun() {
    // Neither `Jackie` nor `Clint` was known to be a given name once: `she` went to the man.
    let text = "Jackie Lark met Clint Stone at the port.\n\n“That alone was worth $1m,” she said.";
    assert_eq!(one(text).0, "Jackie Lark");
    let text = "Jackie Lark met Clint Stone at the port.\n\n“That alone was worth $1m,” he said.";
    assert_eq!(one(text).0, "Clint Stone");
}

#[test]
fn a_person_named_by_one_word_and_a_title_stays_a_person_for_he() {
    let text = "Energy Minister Subroto said the port would open.\n\nTom Lark said the cranes were old.\n\n\
                Subroto said the ships were late. He said the port needed money.";
    assert_eq!(speakers(text), ["Subroto", "Tom Lark", "Subroto", "Subroto"]);
}

#[test]
fn following_paragraph_of_quotation_continues_speaker() {
    let text = "“Ships are late every day,” said Tom Lark.\n\n“We need more cranes and more staff.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1], q("Tom Lark", "We need more cranes and more staff.", Kind::Direct));
}

#[test]
fn following_paragraph_goes_on_before_a_quotation_that_narration_introduces() {
    // Another speaker introduced later in the paragraph does not take its opening quotation.
    let text = "“Ships are late every day,” said Tom Lark.\n\n“We need more cranes and more staff.” \
                Jane Roe added: “The cranes are on order.”";
    assert_eq!(speakers(text), ["Tom Lark", "Tom Lark", "Jane Roe"]);
    // One signed after it does (`“...” ― Jane Roe`).
    let text = "“Ships are late every day.” ― Tom Lark\n\n“We need more cranes and more staff.” “And \
                we need them now.” ― Jane Roe";
    assert_eq!(speakers(text), ["Tom Lark", "Jane Roe", "Jane Roe"]);
}

#[test]
fn a_question_quoted_then_a_cue_with_its_topic() {
    let found = one("“Why would you try to cozy up to him?” Lark said about the mayor's plan.");
    assert_eq!(found, q("Lark", "Why would you try to cozy up to him?", Kind::Direct));
}

#[test]
fn paragraph_of_quotation_after_indirect_speech_ending_a_paragraph_continues_its_speaker() {
    let text = "Tom Lark said the port would close for a week.\n\n“We need more cranes and more staff.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Tom Lark", "We need more cranes and more staff.", Kind::Direct));
    // Indirect speech followed by more of the narrator's words hands on no speaker.
    let text = "Tom Lark said the port would close. Ships waited in the bay for three days while the crews \
                grew restless.\n\n“We need more cranes and more staff.”";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn quotation_after_attributed_one_in_same_paragraph_continues() {
    let text = "“It is a canard,” said Tom Lark, the harbour master. “As far as I know nobody was hurt.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].0, "Tom Lark");
}

#[test]
fn quotation_then_a_coordinated_phrase_after_an_attributed_one_continues() {
    for phrase in [
        "and other pocketbook issues",
        "because of the weather",
        "or the harbour fees",
        "of the evidence behind the rise in the price of fish",
    ] {
        let text = format!("“It is a canard,” said Tom Lark. “What they care about is the price of fish” {phrase}.");
        let found = quotes(&text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].0, "Tom Lark");
    }
}

#[test]
fn quotation_after_indirect_speech_in_same_paragraph_continues() {
    let text = "The port may close next week, Tom Lark said. “The other factor is the weather on the coast.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Tom Lark", "The other factor is the weather on the coast.", Kind::Direct));
    // Indirect speech several sentences back is someone else's context, not the speaker.
    let text = "Tom Lark said the port may close. Ships waited in the bay for three days and the crews grew \
                restless as the storm went on. “The other factor is the weather on the coast.”";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn second_half_of_a_split_quotation_is_its_first_half_speakers() {
    // The mixed quotation opening the next sentence is nearer by offset, but not the speaker.
    let text = "“No one believes that for a minute,” campaign spokesman Rick Tyler said, “and he has the \
                record to back it up.” On the trail, Ann Cole describes herself as “a consistent voice.”";
    let found = quotes(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[1], q("Rick Tyler", "and he has the record to back it up.", Kind::Direct));
}

#[test]
fn indirect_speech_of_a_new_speaker_hands_the_next_quotation_to_them() {
    let text = "“We will build it,” said Tom Lark. Ann Cole warned that the cost would double. “If the \
                money runs out, at some point the work will stop.”";
    let found = quotes(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[2].0, "Ann Cole");
    // Indirect speech inside the first quotation's attribution does not take the next one.
    let text = "“We will build it,” said Tom Lark, who said the cost would double. “If the money runs \
                out, at some point the work will stop.”";
    let found = quotes(text);
    assert_eq!(found.last().unwrap().0, "Tom Lark", "{found:?}");
}

#[test]
fn quotation_running_over_paragraphs_continues_in_each_part() {
    let text = "Tom Lark said: “Ships are late every day.\n\n“We need more cranes. “And we need more \
                staff on every shift.”";
    let found = quotes(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().all(|(s, _, _)| s == "Tom Lark"), "{found:?}");
}

#[test]
fn quotation_then_a_short_phrase_continues_the_speaker_before_it() {
    let text = "“People are angry, and they are hungry,” Ann Cole said. “What are we going to do? That is \
                the fight we are taking” to the rest of the country.";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Ann Cole", "What are we going to do? That is the fight we are taking", Kind::Direct));
    // A title opening a sentence with a verb after it is not a quotation.
    let text = "“People are angry,” Ann Cole said. “Make the Harbour Great Again” is printed on the hats.";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn age_before_a_name_with_an_apposition() {
    let q = first_quote(
        "81-year-old Parker Eton, a retired farmer who voted for both parties, said: “There is only one \
         candidate for me.”",
    );
    assert_eq!(q.speaker.name, "Parker Eton");
    assert_eq!(q.speaker.role, "a retired farmer who voted for both parties");
}

#[test]
fn short_second_half_of_a_quotation_split_by_its_cue() {
    let text = "“If another senator says you could get shot and nobody would help,” the investor said, \
                “that’s even worse.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("the investor", "that’s even worse.", Kind::Direct));
}

#[test]
fn naming_verb_in_its_base_form_after_went_on_to() {
    let q = first_quote("Ann Cole went on to call the mayor “the worst planner in the county.”");
    assert_eq!(q.speaker.name, "Ann Cole");
    assert_eq!(q.text, "the mayor “the worst planner in the county.”");
    // The noun is not a cue: `Trump's call for a ban`.
    assert!(quotes("Jewish leaders point to Ann Cole's call for a “complete and total halt” of it.").is_empty());
}

#[test]
fn sentence_opening_with_said_then_speaker_then_quotation() {
    let q = first_quote("Said Dorothy Pike, who grew up nearby, “We were all so proud of him.”");
    assert_eq!(q.speaker.name, "Dorothy Pike");
    assert_eq!(q.speaker.role, "");
    assert_eq!(q.text, "We were all so proud of him.");
    // An opening participle has a subject of its own.
    let q = first_quote("Asked the reason for the sale, Tom Lark said: “I just want to get rid of it all.”");
    assert_eq!(q.speaker.name, "Tom Lark");
}

#[test]
fn a_place_or_a_day_after_a_speaker_is_not_their_name() {
    let q = first_quote("“Do you want them at a convention?” asked Sen. Maria Cantwell of Washington.");
    assert_eq!(q.speaker.name, "Maria Cantwell");
    let q = first_quote("The agency hid the breach for years, according to a congressional report on Wednesday.");
    assert_eq!(q.speaker.name, "a congressional report on Wednesday");
    // `All told` sums up; nobody tells.
    assert!(quotes("All told, the group raised $4 million in February, three times its best month.").is_empty());
}

#[test]
fn description_then_name_after_an_opening_phrase() {
    let q = first_quote(
        "In addition to the inquiry, the department's inspector general, Steve Linick, said his work was not done.",
    );
    assert_eq!(q.speaker.name, "Steve Linick");
    assert_eq!(q.speaker.role, "the department's inspector general");
    // An acronym after a description naming an organisation is the organisation's.
    let q = first_quote(
        "Prices will rise next year, Tom Lark, a commissioner on the Futures Trading Commission, CFTC, said.",
    );
    assert_eq!(q.speaker.name, "Tom Lark");
}

#[test]
fn a_report_speaks_through_what_it_found() {
    let poll = first_quote("A poll released on Monday found that most voters want the harbour rebuilt.");
    assert_eq!(poll.speaker.name, "a poll");
    assert_eq!(poll.text, "most voters want the harbour rebuilt");
    assert_eq!(poll.cue, "found");
    // A person who finds something out reports nothing.
    assert!(quotes("Police found that the door had been forced open during the night.").is_empty());
    // Unless what they found quotes words; a time may come before `that`.
    let found = one("In 2014, Harbour Research found that “twice as many voters want the pier rebuilt.”");
    assert_eq!(found, q("Harbour Research", "twice as many voters want the pier rebuilt.", Kind::Direct));
    let found = one("Two analysts, Tom Lark and Ann Roe, found in 2014 that the pier is “the best in the world.”");
    assert_eq!((found.0.as_str(), found.2), ("Tom Lark and Ann Roe", Kind::Mixed));
    // A thing that shows it still reports nothing.
    assert!(quotes("The trend shows that the pier is not just for “hardcore” anglers.").is_empty());
}

#[test]
fn according_to_between_a_subject_and_its_verb() {
    let q = first_quote("The plan, according to two people briefed on it, would cut taxes for the rich.");
    assert_eq!(q.speaker.name, "two people briefed on it");
    assert_eq!(q.text, "The plan, according to two people briefed on it, would cut taxes for the rich");
    // A participle after the source is not the clause going on.
    assert!(quotes("The letter, according to the agency, obtained by the paper on Monday.").is_empty());
    // A verb with no auxiliary after a subject alone is.
    let q = first_quote("Other faults, according to the survey, include rust and loose rails on the pier.");
    assert_eq!(q.text, "Other faults, according to the survey, include rust and loose rails on the pier");
}

#[test]
fn according_to_after_a_colon_opens_its_clause() {
    let q = first_quote("It has not gone unnoticed: according to a survey, most ships now avoid the pier.");
    assert_eq!((q.speaker.name.as_str(), q.text.as_str()), ("a survey", "most ships now avoid the pier"));
}

#[test]
fn an_adverbial_between_commas_is_no_role() {
    let q = first_quote("The company, in a statement, said it would appeal the ruling.");
    assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), ("the company", ""));
    let q = first_quote("Tom Lark, of Springfield, said he had never met the man.");
    assert_eq!(q.speaker.role, "of Springfield");
}

#[test]
fn a_short_quotation_after_a_colon_is_all_that_was_said() {
    let text = "Asked whether he would run again, Tom Lark said: “Never.”";
    assert_eq!(one(text), q("Tom Lark", "Never.", Kind::Direct));
}

#[test]
fn who_added_after_an_inverted_speaker_is_a_second_report() {
    let text = "“We will not stop,” said Ann Cole, who added that the union would strike again in May.";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Ann Cole", "the union would strike again in May", Kind::Indirect));
    // A relative clause that reports nothing is neither a report nor a role.
    let found = quotes("“We will not stop,” said an aide, who asked not to be named.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(first_quote("“We will not stop,” said an aide, who asked not to be named.").speaker.role, "");
}

#[test]
fn a_spokeswoman_for_someone_is_the_speaker() {
    let q = first_quote("A spokeswoman for Mayor Tom Lark said the city would appeal.");
    assert_eq!(q.speaker.name, "a spokeswoman for Mayor Tom Lark");
    // So do people with a firm or a person (`an analyst with Dean Witter Reynolds Inc`).
    let q = first_quote("An analyst with Harbour Lark Inc said the shares were cheap.");
    assert_eq!(q.speaker.name, "an analyst with Harbour Lark Inc");
    let q = first_quote("Bankers who attended the meeting with Tom Lark said he would pay.");
    assert_eq!(q.speaker.name, "Bankers who attended the meeting with Tom Lark");
    // A title with its own object is the named person's.
    let q = first_quote("Minister for Aviation Tom Lark said fares would fall.");
    assert!(q.speaker.name.ends_with("Tom Lark"), "{:?}", q.speaker);
}

#[test]
fn age_between_commas_before_a_relative_clause() {
    let q = first_quote("Mr. Lark, 54, who has run the firm since 1999, said he would step down in June.");
    assert_eq!(q.speaker.name, "Mr. Lark");
    assert_eq!(q.text, "he would step down in June");
}

#[test]
fn scare_quotes_alone_are_not_quotations() {
    assert!(quotes("Analysts discussed the “madness” of the plan last week.").is_empty());
}

#[test]
fn a_thing_called_by_a_short_quoted_name_is_no_speech() {
    for verb in ["called", "named", "dubbed"] {
        let text = format!("The council shared a plan for a new ferry {verb} \"Sea Lark\" on its website.");
        assert!(quotes(&text).is_empty(), "{text}");
    }
    // A speaker noun before the verb still calls something a name.
    let text = "A union spokesman called \"premature\" a report that the port would close.";
    assert_eq!(first_quote(text).speaker.name, "a union spokesman");
}

#[test]
fn a_name_a_verb_and_its_object_before_a_participle_cue_give_the_name() {
    let text = "After the storm, Tom Lark released a new video calling the ferry \"a floating wreck.\"";
    let quote = first_quote(text);
    assert_eq!(quote.speaker.name, "Tom Lark");
    assert_eq!(quote.text, "the ferry \"a floating wreck.\"");
}

#[test]
fn a_cue_in_a_relative_clause_of_nothing_or_everything_reports_nothing() {
    let text = "Nothing the mayor said \"will calm the fishermen,\" the harbour master said.";
    let quote = first_quote(text);
    assert_eq!(quote.speaker.name, "the harbour master");
    assert_eq!(quote.text, "Nothing the mayor said \"will calm the fishermen,\"");
    assert_eq!(quotes("Everything Lark says is a lie, the harbour master said.")[0].0, "the harbour master");
}

#[test]
fn a_cue_whose_object_is_which_reports_nothing_after_its_clause() {
    for text in [
        "The toll, which the mayor has been urging for months, will rise in May.",
        "Asked about the toll, which Harbour City has been urging, Tom Lark declined to comment.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
    // `in which` and `to which` open no object: the cue reports.
    let text = "To which she said, \"Thank God at least you still believe in the ferry.\"";
    assert_eq!(one(text).0, "she");
    let text = "He gave a speech in which he pledged that the ferry would run again in the spring.";
    assert_eq!(one(text).1, "the ferry would run again in the spring");
}

#[test]
fn a_clause_with_an_irregular_past_and_a_named_object_is_no_subject() {
    let text = "The Reds beat Harbour Town 3-1 with a late strike and Lark said the spirit was superb.";
    assert_eq!(speakers(text), ["Lark"]);
    // The name right after a reporting verb in the present is the subject of the report.
    let found = quotes("It claims Mr Lark said in November he would stand down as mayor.");
    assert!(found.contains(&q("Mr Lark", "he would stand down as mayor", Kind::Indirect)), "{found:?}");
    // An owner after the verb is its object, no speaker.
    assert!(quotes("He criticized Lark’s record said he would stand down as mayor.").is_empty());
}

#[test]
fn a_participle_with_its_agent_after_it_reports_nothing() {
    for text in [
        "A blast on Monday ended a long test moratorium declared by the Harbour Council.",
        "The board opposed a plan to cap interest charged by credit card companies in the harbour.",
        "He declined comment on local press reports that Harbour Lines planned to suspend operations.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:?}", quotes(text));
    }
    // How it was said is no agent, and what was said follows it.
    let found = one("Talks ended on Saturday with no deal, a Harbour Lines spokesman said by telephone from Oslo, site of the talks.");
    assert_eq!(found.1, "Talks ended on Saturday with no deal");
    assert_eq!(one("Tom Lark said by telephone that the ferry would run again.").1, "the ferry would run again");
    // A name with `News` in it reports.
    assert_eq!(one("Harbour News reports that the ferry would run again.").0, "Harbour News");
}

#[test]
fn a_cue_noun_after_an_article_and_a_participle_is_no_verb() {
    let text = "Lark began Sunday with a personally signed tweet that drew no conclusions about the fire.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn two_names_in_apposition_to_a_plural_description_are_the_speakers() {
    let q = first_quote("Two firms, Harbourlink and Seaworks, said the spyware was everywhere.");
    assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), ("Harbourlink and Seaworks", "Two firms"));
    // A single name in apposition stays the role's.
    let q = first_quote("Tom Lark, a lawyer, said the plan was flawed.");
    assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), ("Tom Lark", "a lawyer"));
}

#[test]
fn a_document_refers_back_to_the_source_named_with_it() {
    for source in ["Forrester Group", "Forrester Research", "Jupiter"] {
        let text = format!(
            "Ferry use will double, according to a report by analysts {source}.\n\nThe growth will come from \
             the islands, the report predicted."
        );
        assert_eq!(speakers(&text), [source, source], "{text}");
    }
}

#[test]
fn that_is_contracted_opens_a_clause_not_a_subject() {
    let text = "That’s the view of the harbour pilots, saying the channel is too shallow for the new ferry.";
    assert!(quotes(text).iter().all(|(s, _, _)| s != "That"), "{:?}", quotes(text));
    // `It’s denouncing`: the pronoun in the progressive still speaks.
    let text = "The council defended its plan. It’s denouncing what it calls “a campaign of lies.”";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn a_cue_that_is_often_a_noun_reports_after_a_source_or_before_a_quotation() {
    assert_eq!(
        quotes("The suit claims that the council misled the harbour board."),
        [q("the suit", "the council misled the harbour board", Kind::Indirect)]
    );
    assert_eq!(
        quotes("The ad claims “Lark is the mayor you can trust.”"),
        [q("the ad", "Lark is the mayor you can trust.", Kind::Direct)]
    );
    // Still nouns: after a possessive or as a compound.
    assert!(quotes("Lark’s claims “are based on his opinion,” and the council agreed.").is_empty());
    assert!(quotes("The fraud claims that were filed last year were dismissed.").is_empty());
}

#[test]
fn a_parenthesis_after_the_main_subject_belongs_to_its_name() {
    let text = "Ann Cole (D), Lark's opponent, called for an inquiry, saying that the port \"needs daylight.\"";
    let found = quotes(text);
    assert!(found.iter().any(|(s, q, _)| s == "Ann Cole" && q.contains("needs daylight")), "{found:?}");
}

#[test]
fn asking_not_to_be_named_is_no_report() {
    let text = "One economist, who asked not to be named, pointed out that the port had lost money for years.";
    assert_eq!(quotes(text), [q("One economist", "the port had lost money for years", Kind::Indirect)]);
}

#[test]
fn claims_notes_reports_and_estimates_report_a_clause_without_that_after_a_subject() {
    assert_eq!(
        quotes("The Harbour News claims the council's refusal to dredge is a form of sabotage."),
        [q("Harbour News", "the council's refusal to dredge is a form of sabotage", Kind::Indirect)]
    );
    for cue in ["notes", "reports", "estimates"] {
        let text = format!("Tom Lark {cue} the port will lose money this year.");
        assert_eq!(quotes(&text), [q("Tom Lark", "the port will lose money this year", Kind::Indirect)], "{text}");
    }
    // A noun after a preposition or in a compound.
    assert!(quotes("He hit back at Labour claims he had misled the harbour board.").is_empty());
    assert!(quotes("The insurance claims the company filed were rejected.").is_empty());
}

#[test]
fn this_after_a_cue_opens_the_content_unless_a_time_word_follows() {
    assert_eq!(
        first_quote("Tom Lark said this was the worst storm in years.").text,
        "this was the worst storm in years"
    );
    assert_eq!(first_quote("Tom Lark said this week the port was closed.").text, "the port was closed");
    assert_eq!(first_quote("Tom Lark said last year's storm was the worst.").text, "last year's storm was the worst");
}

#[test]
fn naming_verb_with_a_quotation_is_mixed_speech() {
    assert_eq!(
        one("Party chairman David Pepper called the decision a \"huge win for voters.\""),
        q("David Pepper", "the decision a \"huge win for voters.\"", Kind::Mixed)
    );
    assert!(quotes("Analysts called the plan ambitious last week.").is_empty());
}

#[test]
fn possessor_of_a_claim_is_the_speaker() {
    assert_eq!(
        one("Reporters checked Trump’s claim that there were thousands of shootings."),
        q("Trump", "there were thousands of shootings", Kind::Indirect)
    );
}

#[test]
fn passive_and_negated_cues_are_not_attributions() {
    assert!(quotes("Russia is said to oppose the plan for the region.").is_empty());
    assert!(quotes("The mayor did not say whether the bridge would reopen.").is_empty());
}

#[test]
fn unattributed_quotation_is_dropped() {
    assert!(quotes("“This sentence has no speaker at all.”").is_empty());
}

#[test]
fn a_clause_opening_with_it_after_a_phrase_is_what_was_said() {
    for text in [
        "The company said in a statement it had been a good year.",
        "The company told the Harbour Gazette it had been a good year.",
    ] {
        assert_eq!(one(text), q("the company", "it had been a good year", Kind::Indirect), "{text}");
    }
}

#[test]
fn a_time_phrase_opening_the_subject_is_no_part_of_it() {
    assert_eq!(one("Late last week the harbour board said the pier would close.").0, "the harbour board");
    assert_eq!(one("This week a judge said that the pier must close.").0, "a judge");
    assert_eq!(one("This week analysts said that the pier must close.").0, "analysts");
    assert_eq!(one("Earlier this month figures showed that the pier made a loss.").0, "figures");
    // (`this` alone is no time: `this Trump look-alike declared`.)
    assert_eq!(
        one("\"The pier is safe and will stay open,\" this Lark look-alike declared.").0,
        "this Lark look-alike"
    );
}

#[test]
fn someone_asked_between_commas_is_the_subject_not_a_reporter() {
    let text = "Tom Lark, asked whether trade would improve if the dollar fell, replied, \"That is a truism.\"";
    assert_eq!(one(text), q("Tom Lark", "That is a truism.", Kind::Direct));
    let text = "The spokesman, asked to comment on the clash, went no further than quoting Tom Lark as saying \
                he assumed cooperation would continue.";
    assert_eq!(one(text).0, "Tom Lark");
}

#[test]
fn interposed_cue_attributes_the_clause_after_it() {
    let found = quotes("Back in Ohio, Mr Lark said, he decided to sell the family farm.");
    assert_eq!(found, [q("Mr Lark", "he decided to sell the family farm", Kind::Indirect)]);
    // A title in capitals after the cue names a document; it is not said.
    let found = quotes("Ten mills will close by 2030, the union says in a report, Paying the Price.");
    assert_eq!(found, [q("the union", "Ten mills will close by 2030", Kind::Indirect)]);
}

#[test]
fn a_long_adverbial_before_an_interposed_cue_is_said_too() {
    let found = quotes("By closing the old harbour, Mr Lark said, the town would save money.");
    assert_eq!(
        found,
        [
            q("Mr Lark", "By closing the old harbour", Kind::Indirect),
            q("Mr Lark", "the town would save money", Kind::Indirect)
        ]
    );
    // A phrase that sets the scene of the report is not what was said.
    let found = quotes("In a letter to the board, Mr Lark said, the town would save money.");
    assert_eq!(found, [q("Mr Lark", "the town would save money", Kind::Indirect)]);
}

#[test]
fn an_accusation_reports_speech_without_quotation_marks() {
    let found = quotes("The mayor accused the council of wasting money on the harbour.");
    assert_eq!(found, [q("the mayor", "the council of wasting money on the harbour", Kind::Indirect)]);
    // The accused is no speaker.
    assert!(quotes("Mr Lark, accused by the paper of fraud, left the town.").is_empty());
    assert!(quotes("The mayor was accused of wasting money.").is_empty());
}

#[test]
fn a_clause_of_circumstance_after_a_naming_phrase_is_the_writers() {
    let found = quotes("Ms Lark called the plan a \"disgrace\" after she read the report.");
    assert_eq!(found, [q("Ms Lark", "the plan a \"disgrace\"", Kind::Mixed)]);
    let found = quotes("The mayor accused the council of wasting money because Mr Hale resigned.");
    assert_eq!(found, [q("the mayor", "the council of wasting money", Kind::Indirect)]);
    // A phrase of time is no clause: it stays with the accusation.
    let found = quotes("The mayor accused the council of lying before Parliament.");
    assert_eq!(found, [q("the mayor", "the council of lying before Parliament", Kind::Indirect)]);
}

#[test]
fn a_verb_of_saying_after_a_determiner_is_a_plural_noun() {
    assert!(quotes("The couple will campaign in areas of those states that Mr Hale won in 2012.").is_empty());
    assert!(quotes("Voters in several states that border the river stayed home.").is_empty());
    let found = quotes("The harbour report notes that ship traffic fell in March.");
    assert_eq!(found, [q("the harbour report", "ship traffic fell in March", Kind::Indirect)]);
}

#[test]
fn shot_back_and_fired_back_report_a_quotation() {
    let found = quotes("“That is simply not true,” Ms Lark shot back with a laugh.");
    assert_eq!(found, [q("Ms Lark", "That is simply not true,", Kind::Direct)]);
    let found = quotes("“We never closed the harbour,” the mayor fired back.");
    assert_eq!(found, [q("the mayor", "We never closed the harbour,", Kind::Direct)]);
    // Without `back` they are no cue.
    assert!(quotes("“We will win the cup this year,” he said. The police fired at the car.").len() == 1);
    let found = quotes("His shot was over the line, the coach said.");
    assert_eq!(found, [q("the coach", "His shot was over the line", Kind::Indirect)]);
}

#[test]
fn told_a_long_addressee_then_a_pronoun_and_an_auxiliary_reports_the_clause() {
    let found = quotes("The mayor told a meeting of dock workers in the city hall she would resign.");
    assert_eq!(found, [q("the mayor", "she would resign", Kind::Indirect)]);
    // A question word opens a question, not the report.
    assert!(quotes("The guide tells sailors in the harbour what they can do in a storm.").is_empty());
}

#[test]
fn a_statement_then_a_comma_and_a_quotation_reports_it() {
    let found = quotes("After the storm, the mayor issued a statement, “The harbour will reopen next week.”");
    assert_eq!(found, [q("the mayor", "The harbour will reopen next week.", Kind::Direct)]);
}

#[test]
fn a_description_as_something_reports_speech_without_quotation_marks() {
    let found = quotes("The mayor described the new pier as a waste of money.");
    assert_eq!(found, [q("the mayor", "the new pier as a waste of money", Kind::Indirect)]);
    assert!(quotes("The man described as a hero by the paper left the town.").is_empty());
    assert!(quotes("He described a day at the harbour with his children.").is_empty());
}

#[test]
fn a_verb_its_object_and_as_then_a_quotation_characterise_in_the_subjects_words() {
    for (text, speaker, quote) in [
        (
            "Mayor Jane Roe heralded the harbour deal as a “breakthrough for the town.”",
            "Jane Roe",
            "the harbour deal as a “breakthrough for the town.”",
        ),
        ("First, Tom Lark identified the judge as “Spanish,” which he is not.", "Tom Lark", "the judge as “Spanish,”"),
        ("The union has been pounding the owners as “greedy.”", "the union", "the owners as “greedy.”"),
        ("Officials portray the strike as a “local” dispute.", "officials", "the strike as a “local” dispute"),
    ] {
        assert_eq!(one(text), q(speaker, quote, Kind::Mixed), "{text}");
    }
    // A name or a title with no object before `as` is no one's words, and a capitalised word no verb.
    assert!(quotes("The gang, known as the “Harbour Crew,” was broken up.").is_empty());
    assert!(quotes("The film was presented as a “masterpiece” at the festival.").is_empty());
    assert_eq!(
        one("Former Mayor Bill Stone criticized the pier as a “waste of money.”"),
        q("Bill Stone", "the pier as a “waste of money.”", Kind::Mixed)
    );
    // Without the frame the verb reports nothing, and a colon after it still does.
    assert!(quotes("Tom Lark painted the fence on Sunday.").is_empty());
    assert_eq!(
        one("Jane Roe then listed the qualities a mayor needs: “Patience, patience and more patience.”"),
        q("Jane Roe", "Patience, patience and more patience.", Kind::Direct)
    );
}

#[test]
fn an_approximate_number_after_a_cue_opens_the_reported_clause() {
    for (text, quote) in [
        ("The company said about 40 pct of its sales came from Japan.", "about 40 pct of its sales came from Japan"),
        ("The mayor said over half the town had lost power.", "over half the town had lost power"),
        ("The union said around $3 million was missing.", "around $3 million was missing"),
    ] {
        assert_eq!(one(text).1, quote, "{text}");
    }
    // A topic, a time and an amount added are no clause.
    assert!(quotes("The mayor said about the storm that nothing could be done.")
        .iter()
        .all(|f| !f.1.starts_with("about")));
    assert!(quotes("The company announced about four weeks ago that it would close.")
        .iter()
        .all(|f| !f.1.starts_with("about")));
    assert!(quotes("The tax would add about 375 dlrs a tonne to imports.").is_empty());
}

#[test]
fn people_at_a_place_or_body_are_one_description_not_a_role_and_a_name() {
    for (text, speaker) in [
        ("Democrats in the Senate say they have a powerful new weapon.", "Democrats in the Senate"),
        (
            "Officials at Harbour Security Investigations said the papers were forged.",
            "Officials at Harbour Security Investigations",
        ),
        ("The head of the Harbour Board said the pier would open in May.", "the head of the Harbour Board"),
    ] {
        assert_eq!(one(text).0, speaker, "{text}");
    }
    // A title's `of` is part of the name; so is a person's organisation.
    assert_eq!(one("Secretary of State Jane Roe said the talks would resume.").0, "Jane Roe");
}

#[test]
fn a_role_after_a_name_and_a_comma_needs_no_closing_comma() {
    let q = first_quote("Tom Lark, managing director of Harbour Freight said that the pier would open in May.");
    assert_eq!(
        (q.speaker.name.as_str(), q.speaker.role.as_str()),
        ("Tom Lark", "managing director of Harbour Freight")
    );
    let q =
        first_quote("“The pier is a waste of money,” Jane Roe, who is chairman of Harbour Watch said in a statement.");
    assert_eq!(q.speaker.name, "Jane Roe");
    let q = first_quote("“The pier is a waste of money,” Jane Roe, the harbour guru who founded the blog tweeted.");
    assert_eq!(
        (q.speaker.name.as_str(), q.speaker.role.as_str()),
        ("Jane Roe", "the harbour guru who founded the blog")
    );
    // Not people at a place after an opening phrase.
    assert_eq!(one("In New York, traders at the exchange said prices fell sharply.").0, "traders at the exchange");
}

#[test]
fn a_wire_dateline_is_no_part_of_a_subject_with_a_role() {
    let q = first_quote(
        "NEW YORK, March 4 - Tom Lark, president of Harbour Amusements, Inc, predicted he would win approval.",
    );
    assert_eq!(
        (q.speaker.name.as_str(), q.speaker.role.as_str()),
        ("Tom Lark", "president of Harbour Amusements, Inc")
    );
    let q =
        first_quote("LONDON, March 2 - <Harbour Holdings Plc>, a unit of Lark Group Plc, said it had bought a stake.");
    assert_eq!(q.speaker.name, "Harbour Holdings Plc");
}

#[test]
fn a_description_with_another_capitalised_word_is_another_source() {
    let found = quotes(
        "The report by the Democratic majority of the Joint Economic Committee said growth would slow.\n\n\
         “The economy is on a path of stable growth,” the Republican report said.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].0, "the Republican report");
}

#[test]
fn a_clause_of_reason_before_the_subject_is_not_part_of_it() {
    assert_eq!(one("That is why critics say the mayor had wanted to sell the pier.").0, "critics");
    assert_eq!(one("That’s why critics say the mayor had wanted to sell the pier.").0, "critics");
    // An embedded question inside a participle phrase is no boundary.
    let q = first_quote("Tom Lark, in explaining why the rule was adopted, said “It is aimed at the harbour.”");
    assert_eq!(q.speaker.name, "Tom Lark");
}

#[test]
fn a_share_in_number_words_is_a_subject() {
    assert_eq!(one("About one in five say they would not vote for the mayor.").0, "About one in five");
}

#[test]
fn a_comma_inside_a_closing_mark_or_a_dash_after_it_ends_the_reported_clause() {
    let found = quotes("Tom Lark said the pier was “small, slow and late,” but he voted for it in the end.");
    assert_eq!(found, [q("Tom Lark", "the pier was “small, slow and late,”", Kind::Mixed)]);
    let found = quotes("Tom Lark said the pier was “too small,” adding that the town would need a second one.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "the pier was “too small,”");
    assert_eq!(found[1].1, "the town would need a second one");
    // A dash after the quotation opens the writer's gloss, unless it closes an aside.
    let found = quotes("Jane Roe described the pier as a “floating ruin” — a jab at the mayor who built it.");
    assert_eq!(found, [q("Jane Roe", "the pier as a “floating ruin”", Kind::Mixed)]);
    let found = quotes("Jane Roe said the pier – what the mayor calls “a gift to the town” – is a ruin.");
    assert_eq!(found, [q("Jane Roe", "the pier – what the mayor calls “a gift to the town” – is a ruin", Kind::Mixed)]);
}

#[test]
fn a_cue_introducing_the_next_quotation_after_a_full_stop_opens_a_new_sentence() {
    let found = quotes("Jane Roe said the pier is a “monument to waste.” She adds, “Who pays for it?”");
    assert_eq!(
        found,
        [
            q("Jane Roe", "the pier is a “monument to waste.”", Kind::Mixed),
            q("Jane Roe", "Who pays for it?", Kind::Direct)
        ]
    );
}

#[test]
fn a_naming_phrase_ends_where_the_main_clause_begins() {
    let found =
        quotes("Though she called the pier a “ruin” and called for its builders to be “held to account” for it, Jane Roe voted yes.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].1, "its builders to be “held to account” for it");
    // After `what`, the sentence goes on after the quotation and the noun it modifies.
    let found = one("Jane Roe spoke of what Tom Lark called “the beginning of a new era” in his 1969 book.");
    assert_eq!((found.0.as_str(), found.1.as_str()), ("Tom Lark", "“the beginning of a new era”"));
    let found = one("It was a turn in what Tom Lark calls the “crooked” ferry deal on the pier.");
    assert_eq!((found.0.as_str(), found.1.as_str()), ("Tom Lark", "the “crooked” ferry deal"));
}

#[test]
fn a_reported_clause_ends_before_the_writers_next_clause() {
    for text in [
        "Jane Roe said the pier would open in May, though she noted that the ferry would not run.",
        "Jane Roe said the pier would open in May, and she urged the council to pay for a ferry.",
        "Jane Roe said the pier would open in May and called it a “gift to the town.”",
    ] {
        let found = quotes(text);
        assert_eq!(found.first().map(|f| f.1.as_str()), Some("the pier would open in May"), "{text}: {found:?}");
    }
}

#[test]
fn a_naming_verb_after_but_goes_on_with_the_speaker_before() {
    let found = quotes("Jane Roe said she had not read the plan, but called it a “starting point for the town.”");
    let speakers: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(speakers, ["Jane Roe", "Jane Roe"], "{found:?}");
    assert_eq!(found[1].1, "it a “starting point for the town.”");
}

#[test]
fn a_comma_inside_the_closing_mark_ends_the_clause_as_one_after_it_does() {
    for text in [
        "Jane Roe said the pier was “a gift to the town,” though she noted that the ferry would not run.",
        "Jane Roe said the pier was “a gift to the town,” and she urged the council to pay for a ferry.",
    ] {
        let found = quotes(text);
        assert_eq!(
            found.first().map(|f| f.1.as_str()),
            Some("the pier was “a gift to the town,”"),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_bare_plural_of_people_is_a_speaker() {
    for (text, speaker) in [
        ("The pier will not open before May, participants said.", "participants"),
        ("Most days, former employees said, the pier stayed closed until noon.", "former employees"),
    ] {
        let found = quotes(text);
        assert_eq!(found.last().map(|f| f.0.as_str()), Some(speaker), "{text}: {found:?}");
    }
    assert_eq!(quotes("The pier will open in May, price movements suggest."), []);
}

#[test]
fn an_infinitive_after_an_interposed_cue_goes_on_with_the_clause_before() {
    let found = quotes("It is her job, Jane Roe said, to keep the pier open.");
    assert_eq!(
        found,
        [q("Jane Roe", "It is her job", Kind::Indirect), q("Jane Roe", "to keep the pier open", Kind::Indirect)]
    );
    // With no clause before the cue, the infinitive reports nothing on its own.
    assert_eq!(quotes("And therefore, Jane Roe said, to safer piers."), []);
    // The infinitive may have its own subject after `for`, or open a quotation.
    let found = quotes("It makes sense, Jane Roe said, for the board to close the pier now.");
    assert_eq!(found[1], q("Jane Roe", "for the board to close the pier now", Kind::Indirect));
    let found = quotes("The crews worked all night, Jane Roe said, to \"make sure the ferry sails\" on time.");
    assert_eq!(found[1], q("Jane Roe", "to \"make sure the ferry sails\" on time", Kind::Mixed));
    assert_eq!(quotes("The pier is unsafe, Jane Roe said, for the second time this week.").len(), 1);
}

#[test]
fn a_quotation_opening_in_lower_case_after_an_interposed_cue_goes_on_with_the_clause() {
    assert_eq!(
        quotes("The town's pier, Jane Roe said, \"is the best investment we ever made.\""),
        [
            q("Jane Roe", "The town's pier", Kind::Indirect),
            q("Jane Roe", "is the best investment we ever made.", Kind::Direct)
        ]
    );
    // The writer's framing before the cue is not the speaker's: a participle phrase, the
    // occasion, a phrase cut at a function word.
    for text in [
        "Asked if anyone had offered to buy the pier, Jane Roe said, \"no one has the money to buy it.\"",
        "In testimony before the town council, Jane Roe said, \"no one has the money to buy it.\"",
        "The council blamed its critics, including, Jane Roe said, \"people who have never seen the pier.\"",
    ] {
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2, Kind::Direct, "{text}: {found:?}");
    }
}

#[test]
fn a_passive_estimated_to_be_is_no_report() {
    assert_eq!(quotes("The boats estimated to be at sea will return to the pier."), []);
}

#[test]
fn a_heading_or_a_list_of_names_after_a_colon_is_no_speech() {
    for text in [
        "LOOK: Shocking Photos Of The Pier Are Going Viral",
        "Contributing: Tom Lark, Jane Roe and Ann Cole, Pier News",
        "Harbour Town: Tom Lark, Jane Roe, Ann Cole, Bill Moss",
    ] {
        assert_eq!(quotes(text), [], "{text}");
    }
    // A name, a colon and a headline is a report in the headline.
    assert_eq!(
        quotes("Jane Roe: The Pier Will Open Before May"),
        [q("Jane Roe", "The Pier Will Open Before May", Kind::Indirect)]
    );
}

#[test]
fn the_occasion_before_a_cue_is_not_what_was_said() {
    assert_eq!(quotes("In a later interview with the Harbour Times, Jane Roe joked about moving away."), []);
    assert_eq!(
        quotes("In a filing with the harbour board, Jane Roe said, the pier would open in May."),
        [q("Jane Roe", "the pier would open in May", Kind::Indirect)]
    );
    // A longer clause opening the same way is what was said.
    let text =
        "After the mayor's statement the pier stayed closed for the rest of the long summer season, Jane Roe said.";
    assert_eq!(quotes(text).len(), 1);
}

#[test]
fn a_hedged_report_after_appeared_to_or_seemed_to_is_a_report() {
    for text in [
        "Jane Roe appeared to suggest that the pier would close.",
        "Jane Roe seemed to concede that the pier would close.",
    ] {
        assert_eq!(quotes(text), [q("Jane Roe", "the pier would close", Kind::Indirect)], "{text}");
    }
}

#[test]
fn but_that_goes_on_with_the_reported_clause() {
    let found = quotes("Jane Roe said the pier would open in May, but that the ferry would not run until June.");
    assert_eq!(
        found,
        [q("Jane Roe", "the pier would open in May, but that the ferry would not run until June", Kind::Indirect)]
    );
}

#[test]
fn a_verb_coordinated_after_a_report_shares_its_speaker() {
    let found =
        quotes("Tom Lark praised Jane Roe as “tireless,” thanked her staff and said the pier would open in May.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Tom Lark", "the pier would open in May", Kind::Indirect));
    // In a relative clause the verb has the relative pronoun's antecedent.
    let found = quotes("“It is new,” Tom Lark told Jane Roe, who opened her door and said she would vote for him.");
    assert_eq!(found.last().map(|f| f.0.as_str()), Some("Jane Roe"), "{found:?}");
}

#[test]
fn a_participle_after_and_ends_the_naming_phrase_before_it() {
    let found =
        quotes("Tom Lark emailed her, addressing her as “Jane” and telling her, “You are the best mayor we have had.”");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], q("Tom Lark", "her as “Jane”", Kind::Mixed));
    assert_eq!(found[1], q("Tom Lark", "You are the best mayor we have had.", Kind::Direct));
}

#[test]
fn evidence_cited_or_pointed_to_is_reported() {
    assert_eq!(
        one("The mayor cited the rising cost of the new pier."),
        q("the mayor", "the rising cost of the new pier", Kind::Indirect)
    );
    assert_eq!(
        one("Jane Roe pointed to storms on the coast last winter."),
        q("Jane Roe", "storms on the coast last winter", Kind::Indirect)
    );
    // A noun, a participle after a noun, and the source of a quotation are not.
    assert!(quotes("The index fell 5.07 points to 3,817.69 on Friday.").is_empty());
    assert!(quotes("The cases cited involved two ships and a pier.").is_empty());
    assert_eq!(quotes("“The pier is unsafe,” the pilot said, citing two old surveys.").len(), 1);
}

#[test]
fn relative_clause_speaker_is_the_noun_before_who() {
    let found = quotes("The plan pleased experts who say the harbour would be safer.");
    assert_eq!(found, [q("experts", "the harbour would be safer", Kind::Indirect)]);
}

#[test]
fn cited_sources_saying_attributes_to_the_sources() {
    let (speaker, quote, _) = one("The daily paper cited diplomatic sources saying that the troops would leave soon.");
    assert_eq!((speaker.as_str(), quote.as_str()), ("diplomatic sources", "the troops would leave soon"));
}

#[test]
fn two_apostrophes_are_a_quotation_mark() {
    assert_eq!(
        one("''Tell that to the janitor here,'' Mr. Lark said."),
        q("Mr. Lark", "Tell that to the janitor here,", Kind::Direct)
    );
}

#[test]
fn dash_after_quotation_names_the_speaker() {
    assert_eq!(
        one("“He does not answer to anyone at all.” ― Ana Diaz, a voter in Ohio"),
        q("Ana Diaz", "He does not answer to anyone at all.", Kind::Direct)
    );
}

#[test]
fn colon_after_a_clause_without_cue_introduces_its_subjects_quotation() {
    assert_eq!(
        one("Tom Lark leaned in and boomed: “We will win this in November.”"),
        q("Tom Lark", "We will win this in November.", Kind::Direct)
    );
    assert_eq!(
        quotes("Here they are: “Has the candidate led anything at all in his life?”"),
        [],
        "a heading word is no speaker"
    );
}

#[test]
fn subject_of_a_second_clause_after_and() {
    assert_eq!(
        one("Shares rose 5 pct and analysts said the merger would go ahead."),
        q("analysts", "the merger would go ahead", Kind::Indirect)
    );
    // Not when the words after `and` are no plain subject.
    assert_eq!(quotes("Sales rose and demand from the firms which analysts said was weak."), []);
    // An irregular past form with its object is a clause's verb too.
    assert_eq!(one("The two clubs met the FA on Monday and Lark said the game would be replayed.").0, "Lark");
    // After a phrase of time or event opened by `after`, the clause began before it.
    assert_eq!(one("The club left the cup after a 0-0 tie at the harbour and Lark said the team was happy.").0, "Lark");
    assert_eq!(
        one("Prices fell sharply after May 1985 and harbour officials said taxes would rise.").0,
        "harbour officials"
    );
    // A regular past after a noun, and a subject opening with a determiner or a capital.
    let found = first_quote("The pair chatted amicably and Mr Lark said the meeting was useful.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Mr Lark", ""));
    assert_eq!(one("The talks ended and the minister said the deal was close.").0, "the minister");
    // Not a participle after a number or a preposition, nor a capitalised word ending in -ed.
    for text in [
        "Two affiliated harbour firms and the funds they control said they bought shares.",
        "The Lark Institute of Applied Economic and Social Research said its index rose.",
        "The Harbour Oilseed and Bean Federation said sowings would rise.",
    ] {
        assert!(one(text).0.contains(" and "), "{text}");
    }
}

#[test]
fn an_adverb_between_commas_after_the_cue_is_no_part_of_the_content() {
    assert_eq!(
        one("The dockers also said, however, that they did not expect a strike."),
        q("the dockers", "they did not expect a strike", Kind::Indirect)
    );
}

#[test]
fn people_a_finding_reports_on_are_the_speakers() {
    assert_eq!(
        one("A harbour poll in May shows 68% of dockers say the pier is too old."),
        q("68% of dockers", "the pier is too old", Kind::Indirect)
    );
    // A passive is no finding.
    let found = quotes("The plan was revealed the day after Tom Lark warned the port would close.");
    assert_eq!(found, [q("Tom Lark", "the port would close", Kind::Indirect)]);
}

#[test]
fn where_a_firm_is_based_is_no_part_of_its_name() {
    let found = first_quote("“We will appeal,” said Harbour-based Roe Freight.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Roe Freight", "Harbour-based"));
    let text =
        "The Harbour-based Atlantic Council said the port would close.\n\nThe Atlantic Council said trade was thin.";
    assert_eq!(speakers(text), ["Atlantic Council"; 2]);
}

#[test]
fn a_concession_is_no_report() {
    assert!(quotes("Having said that, the Harbour club are yet to concede a goal in the cup.").is_empty());
    assert!(quotes("That said, the harbour is still open for business this week.").is_empty());
}

#[test]
fn the_company_is_the_firm_quoted_last() {
    let text = "Datron Corp said its profits rose by a tenth.\n\nThe company said it would buy back shares.";
    assert_eq!(speakers(text), ["Datron Corp"; 2]);
    // Without a legal form, a name that is no public body's.
    let text =
        "Harbour Game Technology said its profits rose by a tenth.\n\nThe company said it would buy back shares.";
    assert_eq!(speakers(text), ["Harbour Game Technology"; 2]);
    let text = "Larkspur said its profits rose by a tenth.\n\nThe company said it would buy back shares.";
    assert_eq!(speakers(text), ["Larkspur"; 2]);
    // Not a body named by an organisation word: `the company` stays as it is.
    let text = "The Harbour Board said its profits rose by a tenth.\n\nThe company said it would buy back shares.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("the company"));
}

#[test]
fn and_inside_a_firms_name() {
    let text = "The offer was made by Lark and Gamble Co on Monday.\n\nLark said the bid was fair to all holders.";
    assert_eq!(speakers(text), ["Lark and Gamble Co"]);
    let text = "The offer was made by Eli Lark and Co on Monday.\n\nLark said the bid was fair to all holders.";
    assert_eq!(speakers(text), ["Eli Lark"]);
    // Two firms: the one named alone is not the other's.
    let text = "The leaders are Lark and Convex Harbour Corp this year.\n\nConvex said sales rose in May.";
    assert_eq!(speakers(text), ["Convex Harbour Corp"]);
}

#[test]
fn the_bank_is_the_bank_quoted_last() {
    // A short head noun (`bank`, `board`, `fund`) names the body as a longer one (`company`) does.
    let text = "The Bank of France said it cut its intervention rate.\n\nThe bank said the cut was for five days.";
    assert_eq!(speakers(text), ["Bank of France"; 2]);
    let text = "The Harbour Grain Board said exports rose by a tenth.\n\nThe board said prices would fall in May.";
    assert_eq!(speakers(text), ["Harbour Grain Board"; 2]);
}

#[test]
fn the_name_before_a_document_issued_it() {
    assert_eq!(speakers("Growth will slow in May, a Harbour Bank statement said."), ["Harbour Bank"]);
    assert_eq!(speakers("Growth slowed in May, the Bank of Elling's figures said."), ["Bank of Elling"]);
    assert_eq!(speakers("The tax will fall, a NHA report said."), ["NHA"]);
    // After adjectives, before a topic; a paper that carried a report.
    assert_eq!(speakers("The tax will fall, a confidential Harbour Bank report on the port said."), ["Harbour Bank"]);
    assert_eq!(speakers("The tax will fall, a report in the Elling Telegraph said."), ["Elling Telegraph"]);
    assert_eq!(speakers("The tax will fall, reports in the Philippines said."), ["reports in the Philippines"]);
    // The issuer is a body: `it` goes on with it, `he` does not.
    let text = "The tax will fall, a Lark report said. It said prices would rise.\n\n\
                \"We are ready,\" he said.";
    assert_eq!(speakers(text), ["Lark", "Lark", "he"]);
    // Not a nation, a participle or a poll (what those asked said).
    assert_eq!(speakers("The tax will fall, the French statement said."), ["the French statement"]);
    assert_eq!(speakers("The tax will fall, a City Hall-ordered report said."), ["a City Hall-ordered report"]);
    assert_eq!(speakers("Most voters back the tax, a Harbour Times poll said."), ["a Harbour Times poll"]);
}

#[test]
fn a_firm_named_before_wins_over_a_later_name_with_the_same_word() {
    let text = "Harbour Freight Ltd made a bid for Dome Petroleum Ltd and Dome said it was in talks.\n\n\
                Current Dome shareholders would own a fifth.";
    assert_eq!(speakers(text), ["Dome Petroleum Ltd"]);
}

#[test]
fn name_and_colon_open_a_statement() {
    assert_eq!(
        one("Sanders: Clinton needs to change her campaign message."),
        q("Sanders", "Clinton needs to change her campaign message", Kind::Indirect)
    );
    assert!(quotes("Update: the bridge has reopened to all traffic.").is_empty());
    // A headline in title case names no one before its colon.
    assert!(quotes("Stealth Over Health: Mayor Was Taken to a Clinic in Secret.").is_empty());
    let (speaker, _, _) = one("Port Chief On Strike: “We Do Not Pay Crews To Stay Home.”");
    assert_eq!(speaker, "Port Chief");
}

#[test]
fn parenthesis_after_a_name_stays_in_the_subject() {
    let (speaker, _, kind) = one("“We cannot allow this to go on any longer,” Rep. Jo Mica (R-Fla.) said.");
    assert_eq!((speaker.as_str(), kind), ("Jo Mica", Kind::Direct));
}

#[test]
fn participle_takes_the_main_clause_subject() {
    let found = quotes("During the speech, Trump attacked Clinton, saying, \"She is trigger-happy and unstable.\"");
    assert_eq!(found, [q("Trump", "She is trigger-happy and unstable.", Kind::Direct)]);
}

#[test]
fn participle_takes_a_determiner_phrase_subject_naming_a_speaker() {
    assert_eq!(
        one("The spokesman refused to answer questions on the race, adding: \"If one is proposed we will consider it.\""),
        q("the spokesman", "If one is proposed we will consider it.", Kind::Direct)
    );
    // A thing is not a speaker: the clause after it is not a report.
    assert_eq!(quotes("At this point the camera faced the ground, shouting profanities as she hurried closer."), []);
    // A possessive determines the next noun; it is not the phrase's head.
    let found = quotes("The team's report praised the spending cuts, saying growth would return next year.");
    assert!(found.iter().all(|(speaker, _, _)| speaker != "the team's"), "{found:?}");
}

#[test]
fn participle_takes_a_subject_of_capitalised_words_and_a_noun() {
    assert_eq!(
        one("Many economists lowered their forecasts, saying growth will slow this year."),
        q("Many economists", "growth will slow this year", Kind::Indirect)
    );
    // A verb right after the name ends the subject there.
    let found = quotes("Tom Lark told reporters the bank would act soon, adding that rates would rise.");
    assert!(found.iter().all(|(speaker, _, _)| speaker == "Tom Lark"), "{found:?}");
}

#[test]
fn participle_takes_the_subject_after_an_introductory_phrase() {
    assert_eq!(
        one("A few days later, Jane Roe reversed herself again, telling reporters that the laws are settled."),
        q("Jane Roe", "the laws are settled", Kind::Indirect)
    );
}

#[test]
fn participle_after_a_name_seen_speaking() {
    assert_eq!(
        one("The advert uses footage of Jane Roe asking, “Why am I not fifty points ahead?”"),
        q("Jane Roe", "Why am I not fifty points ahead?", Kind::Direct)
    );
}

#[test]
fn participle_after_a_conjunction_needs_a_quotation_or_that() {
    assert_eq!(
        quotes("Tom Lark said the plan was lawful, while stressing that the fees are fair."),
        [q("Tom Lark", "the plan was lawful", Kind::Indirect), q("Tom Lark", "the fees are fair", Kind::Indirect)]
    );
    // `after posting losses` reports no speech.
    assert_eq!(quotes("The airline returned to profit after posting huge losses in 2003."), []);
}

#[test]
fn progressive_reporting_verb_with_that() {
    assert_eq!(
        one("The city of Springfield is demanding that the campaign stop using its logo."),
        q("the city of Springfield", "the campaign stop using its logo", Kind::Indirect)
    );
    // Without `that` a progressive of a verb that is also a noun stays unread.
    assert_eq!(quotes("The firm is reporting record profits for the third year running."), []);
}

#[test]
fn addressee_between_cue_and_that() {
    assert_eq!(
        one("Tom Lark warned voters that the port would close in May."),
        q("Tom Lark", "the port would close in May", Kind::Indirect)
    );
    // After other nouns `that` opens a relative clause: the reports are not the content.
    let found = quotes("Tom Lark denied reports that the port would close.");
    assert!(found.iter().all(|(_, quote, _)| !quote.starts_with("the port")), "{found:?}");
}

#[test]
fn participle_after_a_message_noun() {
    assert_eq!(
        one("Tom Lark sent a series of tweets early Friday saying that the port was safe."),
        q("Tom Lark", "the port was safe", Kind::Indirect)
    );
}

#[test]
fn manner_verbs_report_only_after_a_quotation() {
    assert_eq!(one("“Not again,” Tom Lark sighed."), q("Tom Lark", "Not again,", Kind::Direct));
    assert_eq!(quotes("Tom Lark was laughing like a child at the fair all afternoon."), []);
}

#[test]
fn commented_is_a_cue() {
    assert_eq!(
        one("“Rates will not move this year,” commented Ann Vale, an economist at Bank Ltd."),
        q("Ann Vale", "Rates will not move this year,", Kind::Direct)
    );
    assert_eq!(
        one("A friend commented: “For you, the economy is the most important reason.”"),
        q("a friend", "For you, the economy is the most important reason.", Kind::Direct)
    );
}

#[test]
fn participle_takes_the_name_after_a_role_in_the_main_clause() {
    assert_eq!(
        one("Harbour chief executive Tom Lark renewed calls for an inquiry, warning: “This issue will not go away.”"),
        q("Tom Lark", "This issue will not go away.", Kind::Direct)
    );
}

#[test]
fn participle_after_a_comma_inside_the_quotation_marks() {
    assert_eq!(
        quotes("Jane Roe delivered a defence of “city values,” saying the city embodied the “heart of the nation.”"),
        [q("Jane Roe", "the city embodied the “heart of the nation.”", Kind::Mixed)]
    );
}

#[test]
fn infinitive_after_a_cue_is_the_content() {
    assert_eq!(
        one("He vowed to form a federal task force on hackers."),
        q("he", "to form a federal task force on hackers", Kind::Indirect)
    );
}

#[test]
fn a_clause_is_not_a_subject() {
    assert!(quotes("Trump is defending his early tweets about the contest.").is_empty());
}

#[test]
fn role_reference_needs_an_agreeing_role() {
    let text = "“We are in a critical situation,” German Chancellor Anna Weber told reporters.\n\nThe president told voters he would consider it an insult to stay home.";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].0, "the president");
}

#[test]
fn a_role_reference_agrees_with_any_post_given_before() {
    // The last mention of the governor tells what she did, not her post; `the governor` is still her.
    let text = "Island Gov. Jane Roe said the pier would close.\n\nRoe, who has campaigned for the port since 2010, said the plan was fair.\n\n“It is a good day,” she said.\n\nThe governor added: “We will build it again.”";
    let article = Article::from_plain_text("t.txt".into(), String::new(), text.to_string());
    let found = extract(&article);
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(found[3].speaker.name, "Jane Roe");
    // Her post is shown where a mention gives none (`she`).
    assert_eq!(found[2].speaker.role, "Island Gov.");
}

#[test]
fn a_player_described_after_the_narrative_turned_to_him() {
    let text = "“It was a good goal,” said Tom Lark.\n\nRobbie Keane was another full of praise for the winger. \
                “It was great play from Damien,” said the Harbour striker.";
    assert_eq!(speakers(text), ["Tom Lark", "Robbie Keane"]);
    // Not an official, whom the article may never name.
    let text = "“It was a good goal,” said Tom Lark.\n\nRobbie Keane was full of praise. “The port is \
                closed,” said the official.";
    assert_ne!(speakers(text)[1], "Robbie Keane");
}

#[test]
fn a_player_described_by_nationality_is_the_one_the_narrative_turned_to() {
    let text = "“We are happy with the result,” said Tom Lark.\n\nAndy Roddick was left frustrated after \
                losing both his singles. “I had my chances,” said the American.";
    assert_eq!(speakers(text), ["Tom Lark", "Andy Roddick"]);
    // Unresolved, the description shows whole (not `American`).
    assert_eq!(speakers("“I had my chances,” said the American."), ["the American"]);
}

#[test]
fn a_member_of_parliament_described_is_the_one_quoted_before() {
    let text = "“The threat is real,” said Jane Roe.\n\n“The port is at risk,” the Harbour MP told the committee.";
    assert_eq!(speakers(text), ["Jane Roe", "Jane Roe"]);
    // The letters after a name are no description: `Tom Lark MSP`.
    assert_eq!(speakers("“The port is at risk,” said Finance Minister Tom Lark MSP."), ["Tom Lark MSP"]);
}

#[test]
fn one_after_a_group_is_one_of_them() {
    let text = "Other dockers said the port would close. “It has been years since a ship came in,” one said.";
    assert_eq!(speakers(text), ["Other dockers", "one of the other dockers"]);
    // With no group quoted before, `one` stays as it is.
    assert_eq!(speakers("“It has been years since a ship came in,” one said."), ["one"]);
}

#[test]
fn nouns_ending_in_ly_are_not_adverbs() {
    let found = quotes("The relatives watched the video on Thursday, attorneys for the family said.");
    assert_eq!(found, [q("attorneys for the family", "The relatives watched the video on Thursday", Kind::Indirect)]);
}

#[test]
fn addressee_then_new_subject() {
    let (_, quote, _) = one("The mayor told residents this weekend she would resign before the vote.");
    assert_eq!(quote, "she would resign before the vote");
}

#[test]
fn pronouns_follow_gender() {
    let text = "“We will win this fight,” said Jane Roe.\n\n“It is a canard and a lie,” said Mr Tom Lark.\n\n“We are ready to go now,” she said.";
    let found = quotes(text);
    assert_eq!(found[2].0, "Jane Roe", "{found:?}");
    // Short given names tell a gender too.
    let text = "“We will win this fight,” said Jane Roe.\n\n“It is a canard and a lie,” wrote Pete Lark.\n\n“We are ready to go now,” she said.";
    let found = quotes(text);
    assert_eq!(found[2].0, "Jane Roe", "{found:?}");
}

#[test]
fn time_phrases_and_trailing_pronouns_leave_the_subject() {
    let (speaker, _, _) = one("The Times on Saturday wrote that the firm had lost money for years.");
    assert_eq!(speaker, "Times");
    let (speaker, _, _) = one("They back a provision they say could exclude many single mothers.");
    assert_eq!(speaker, "they");
}

#[test]
fn how_long_someone_has_said_it_sits_between_cue_and_clause() {
    assert_eq!(
        one("Ann Cole has said for months she is the only candidate who can win the county."),
        q("Ann Cole", "she is the only candidate who can win the county", Kind::Indirect)
    );
}

#[test]
fn a_report_in_a_clause_of_time_ends_at_its_comma() {
    let text = "When Ann Cole noted that the plant had not paid any taxes, Tom Lark said, “That makes me smart \
                and you know it.”";
    assert_eq!(
        quotes(text),
        [
            q("Ann Cole", "the plant had not paid any taxes", Kind::Indirect),
            q("Tom Lark", "That makes me smart and you know it.", Kind::Direct)
        ]
    );
}

#[test]
fn a_report_in_a_clause_of_time_ends_at_a_closing_dash() {
    for dash in ["―", "—", "–"] {
        let text = format!(
            "When Ann Cole noted that the plant had not paid taxes {dash} as was true for years {dash} Tom Lark \
             boasted, “That makes me smart and you know it.”"
        );
        assert_eq!(
            quotes(&text),
            [
                q("Ann Cole", &format!("the plant had not paid taxes {dash} as was true for years"), Kind::Indirect),
                q("Tom Lark", "That makes me smart and you know it.", Kind::Direct)
            ],
            "{text}"
        );
    }
}

#[test]
fn a_cue_inside_brackets_reports_only_what_they_hold() {
    let text = "The pope served up red meat for headline writers (“Pope Excommunicates Mayor,” declared La Stampa \
                in Italy), but again showed his knack.";
    let (speaker, quote, _) = one(text);
    assert_eq!(speaker, "La Stampa");
    assert!(!quote.contains("red meat"), "{quote}");
}

#[test]
fn she_is_not_a_man_known_by_a_short_form_of_his_name() {
    let text = "Ann Stone spoke on Tuesday. “You are scapegoating the people at the very bottom,” Jeff Lark \
                said. “It is time to act on this for good,” she said.";
    assert_eq!(quotes(text)[1].0, "Ann Stone");
}

#[test]
fn a_headline_in_title_case_joins_no_name_to_the_words_after_it() {
    let text = "Steven Lark Compares Cole’s Budget To A Heist.\n\nMayor Tom Cole spoke on Monday. “We will not \
                back down on the budget this year,” Cole said.";
    assert_eq!(one(text).0, "Tom Cole");
}

#[test]
fn an_opening_participle_phrase_is_not_the_subject() {
    let text = "Worried about a lack of passion among young voters, Mayor Tom Lark is rolling out a new \
                slogan: “It is about all of us.”";
    assert_eq!(one(text).0, "Tom Lark");
    let text = "Contacted by phone, the economists stressed that the risk is that the dollar will fall more.";
    assert_eq!(one(text).0, "the economists");
}

#[test]
fn another_speaks_like_one_and_others() {
    let text = "But another trader said, “The selling has been steady over the past couple of weeks.”";
    assert_eq!(one(text).0, "another trader");
    let text = "Yet another said, “Rubio is in a five-person battle with Bush, Kasich and Cruz.”";
    assert_eq!(one(text).1, "Rubio is in a five-person battle with Bush, Kasich and Cruz.");
}

#[test]
fn a_thing_that_said_a_quotation_is_its_speaker() {
    let text = "The listing was replaced by a message that said, \"Sorry, but the item you requested is no longer \
                in the system.\"";
    assert_eq!(one(text).0, "a message");
    // `that said` with no quotation is no relative clause of its own.
    assert!(quotes("The council sent a letter that said the plan would cost half of the budget.").is_empty());
}

#[test]
fn a_relative_clause_that_quotes_ends_the_clause_before_it() {
    let text = "The mayor thanked Ann Cole, who said, “More than half of the people here gave money to the fund.”";
    assert_eq!(
        quotes(text),
        [q("Ann Cole", "More than half of the people here gave money to the fund.", Kind::Direct)]
    );
}

#[test]
fn a_report_in_a_relative_clause_and_the_main_report_after_it() {
    let text = "Conrac, which said its board met on March 26, said that its decision would hinge on the offer.";
    assert_eq!(
        quotes(text),
        [
            q("Conrac", "its board met on March 26", Kind::Indirect),
            q("Conrac", "its decision would hinge on the offer", Kind::Indirect)
        ]
    );
    // The head of the antecedent may be a verb form, and a name inside it too.
    let text = "Pence linked to the Associated Press report, which notes, “More than half the people who met with \
                her gave money.”";
    assert_eq!(one(text).0, "Associated Press");
}

#[test]
fn a_noun_like_cue_with_a_phrase_then_a_quotation_is_a_verb() {
    let text = "Tom Lark asks at Western High School, “Any questions I can answer for you today?”";
    assert_eq!(one(text), q("Tom Lark", "Any questions I can answer for you today?", Kind::Direct));
    // Without the quotation, `asks` may be a noun: no report.
    assert!(quotes("The union's asks at the table, in short, were modest ones.").is_empty());
}

#[test]
fn honorific_with_an_age_apposition_is_the_subject() {
    let (speaker, _, kind) = one("''I have never been edited or had a show of mine not run,'' Mr. King, 82, told me.");
    assert_eq!((speaker.as_str(), kind), ("Mr. King", Kind::Direct));
}

#[test]
fn called_for_and_called_on_report_what_was_asked() {
    assert_eq!(
        one("Palmieri called on Trump to stop attacking Machado and apologize."),
        q("Palmieri", "Trump to stop attacking Machado and apologize", Kind::Indirect)
    );
    assert_eq!(
        one("The mayor has called for an inquiry into the flooding."),
        q("the mayor", "an inquiry into the flooding", Kind::Indirect)
    );
}

#[test]
fn multiword_titles_leave_the_name() {
    let (speaker, _, _) = one("Secretary of State John F. Kerry said the talks would resume in Geneva next week.");
    assert_eq!(speaker, "John F. Kerry");
}

#[test]
fn continued_with_a_colon_introduces_a_quotation() {
    assert_eq!(
        one("Limbaugh continued: “The left is saying the opposite today.”"),
        q("Limbaugh", "The left is saying the opposite today.", Kind::Direct)
    );
    assert!(quotes("The rain continued all night across the valley.").is_empty());
}

#[test]
fn headlines_in_capitals_name_no_one_and_a_name_after_the_cue_speaks() {
    let text = "OIL PRICES SAID NOW BASED ON FUTURES\n\nSAN ANTONIO, TEXAS, March 31 - Energy futures now set the standard for oil pricing, said Arnold Safer, president of a consulting firm.\n\n\"Futures trading literally sets spot prices in the U.S.,\" he said.";
    let found = quotes(text);
    assert!(!found.is_empty() && found.iter().all(|(s, _, _)| s == "Arnold Safer"), "{found:?}");
}

#[test]
fn question_then_capitalised_speaker_and_cue() {
    assert_eq!(
        one("“Is this really the best we can do?” Jane Roe asked."),
        q("Jane Roe", "Is this really the best we can do?", Kind::Direct)
    );
}

#[test]
fn question_then_speaker_cue_and_addressee() {
    let article = Article::from_plain_text(
        "t.txt".into(),
        String::new(),
        "“Why are you still backing him?” Jane Roe asked Republican senators on Monday.".into(),
    );
    let found = extract(&article);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].speaker.name.as_str(), found[0].cue.as_str()), ("Jane Roe", "asked"));
    assert_eq!(found[0].text, "Why are you still backing him?");
    // After a new report, the addressee is no end of clause.
    assert_eq!(
        quotes("“It is over.” Jane Roe told reporters she would resign."),
        [q("Jane Roe", "she would resign", Kind::Indirect)]
    );
}

#[test]
fn organisations_are_what_it_and_the_department_refer_to() {
    let found = quotes(
        "Loans rose 2 pct, the Monetary Authority of Singapore said. It said the rise came from \
         manufacturing.\n\nRetail sales fell 2 pct in March, the Commerce Department said. Mary Lark, an analyst, said the \
         data were weak. The department said exports would recover.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "Monetary Authority of Singapore",
            "Monetary Authority of Singapore",
            "Commerce Department",
            "Mary Lark",
            "Commerce Department"
        ]
    );
    // People quoted between are no `it`: the firm quoted before them is.
    let found = quotes(
        "Harbour Freight Inc said profits rose by a third. Analysts said the pier was a drag. It said it would sell the pier.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(speakers, ["Harbour Freight Inc", "analysts", "Harbour Freight Inc"]);
}

#[test]
fn a_possessive_inside_a_publication_name_is_part_of_it() {
    assert_eq!(
        one("The People's Daily said prices would rise slowly."),
        q("People's Daily", "prices would rise slowly", Kind::Indirect)
    );
}

#[test]
fn opening_adverb_then_inverted_cue_and_speaker() {
    assert_eq!(
        one("Currently, says Dr Ana Diaz, the equipment that amplifies the signal is very expensive."),
        q("Ana Diaz", "the equipment that amplifies the signal is very expensive", Kind::Indirect)
    );
    // A name with a stray comma stays the subject.
    assert_eq!(one("Khaleda, said the shortage was temporary.").0, "Khaleda");
}

#[test]
fn an_opening_adverbial_phrase_then_inverted_cue_leaves_the_clause_after_the_speaker() {
    let said = "games could become interactive movies";
    for text in [
        "At that point, says Dr Tom Lark, games could become interactive movies.",
        "At that point, says Tom Lark, an analyst at Hartley, games could become interactive movies.",
    ] {
        assert_eq!(one(text), q("Tom Lark", said, Kind::Indirect), "{text}");
    }
    assert_eq!(
        one("In other words, explained moderator Jane Roe: \"What does that have to do with donations?\""),
        q("Jane Roe", "What does that have to do with donations?", Kind::Direct)
    );
    // A phrase alone reports nothing; a clause opening with `There` is what was said.
    assert_eq!(quotes("At the time, said Tom Lark."), []);
    assert_eq!(
        one("There will be no downturn, said Tom Lark, speaking at the annual meeting."),
        q("Tom Lark", "There will be no downturn", Kind::Indirect)
    );
}

#[test]
fn a_ruling_speaks_and_a_role_may_open_with_a_number() {
    assert_eq!(one("\"The state cannot remove voters who skipped one election,\" said the ruling.").0, "the ruling");
    assert_eq!(one("\"They are 100 percent wrong,\" said 9/11 widow Terry Strada.").0, "Terry Strada");
}

#[test]
fn relative_pronoun_then_time_phrase_then_cue() {
    assert_eq!(
        one("Rivals mocked Tom Lark, who in 2010 said the party would win every seat."),
        q("Tom Lark", "the party would win every seat", Kind::Indirect)
    );
}

#[test]
fn nounlike_cues_report_right_after_a_quotation() {
    assert_eq!(one("\"Look at the statement he put out after the shootings,\" Ana Diaz notes.").0, "Ana Diaz");
    assert_eq!(one("\"Our ideas of success are different,\" agrees Tom Lark, 30, of Gainesville.").0, "Tom Lark");
    // A base form after a name stays a noun.
    assert!(quotes("Broadband \"creates social innovation\" in the Demos report, entitled Britain.").is_empty());
}

#[test]
fn long_role_before_the_name_after_the_cue() {
    assert_eq!(
        one("\"The first line of defense is within the community,\" said former secretary of state Ana Diaz."),
        q("Ana Diaz", "The first line of defense is within the community,", Kind::Direct)
    );
}

#[test]
fn coordinated_cues_split_the_report() {
    assert_eq!(
        quotes("Jane Roe said the plan was \"a disaster for workers\" and warned that it would cost jobs."),
        [
            q("Jane Roe", "the plan was \"a disaster for workers\"", Kind::Mixed),
            q("Jane Roe", "it would cost jobs", Kind::Indirect)
        ]
    );
    assert_eq!(
        quotes("The mayor called the ruling \"deeply flawed\" but said the city would comply."),
        [
            q("the mayor", "the ruling \"deeply flawed\"", Kind::Mixed),
            q("the mayor", "the city would comply", Kind::Indirect)
        ]
    );
}

#[test]
fn naming_verb_after_subject_with_apposition_ends_at_the_name() {
    assert_eq!(
        one("Jane Roe, the head of the union, called the plan a \"critical mistake\" for workers."),
        q("Jane Roe", "the plan a \"critical mistake\" for workers", Kind::Mixed)
    );
    assert_eq!(
        one("Tom Lark called Roe the \"ultimate insider,\" linking to a story about her donors."),
        q("Tom Lark", "Roe the \"ultimate insider,\"", Kind::Mixed)
    );
}

#[test]
fn non_restrictive_relative_clause_names_the_speaker() {
    assert_eq!(
        one("The plan drew a sharp reply from Senator Jane Roe, who said the cuts would hurt rural schools."),
        q("Jane Roe", "the cuts would hurt rural schools", Kind::Indirect)
    );
}

#[test]
fn manner_of_speaking_verbs_are_cues() {
    assert_eq!(
        one("“That would have been a show of good faith,” Tom Lark fumed on Tuesday."),
        q("Tom Lark", "That would have been a show of good faith,", Kind::Direct)
    );
}

#[test]
fn statement_introduced_by_a_colon_paragraph() {
    let text = "Mayor Jane Roe issued the following statement:\n\n“Our thoughts are with the families tonight.”";
    let article = Article::from_plain_text("t.txt".into(), String::new(), text.to_string());
    let found = extract(&article);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].speaker.name.as_str(), found[0].text.as_str()),
        ("Jane Roe", "Our thoughts are with the families tonight.")
    );
    assert_eq!(found[0].paragraph, 1, "the quotation's own paragraph");
}

#[test]
fn said_with_colon_then_quotation_paragraph() {
    let text = "Tom Lark said:\n\n\"We will rebuild the bridge before the winter comes.\"";
    assert_eq!(one(text), q("Tom Lark", "We will rebuild the bridge before the winter comes.", Kind::Direct));
}

#[test]
fn continued_with_a_comma_then_quotation() {
    let found = quotes(
        "“We start work today,” Jane Roe said. “Honestly,” she continued, “it should have been finished years ago.”",
    );
    // Both parts around the interposed cue are her words.
    assert_eq!(
        found[1..],
        [
            q("Jane Roe", "Honestly,", Kind::Direct),
            q("Jane Roe", "it should have been finished years ago.", Kind::Direct)
        ]
    );
}

#[test]
fn told_a_named_addressee_then_a_clause_without_that() {
    assert_eq!(
        one("Tom Lark told the Valley Herald he’s already received hundreds of letters."),
        q("Tom Lark", "he’s already received hundreds of letters", Kind::Indirect)
    );
    assert_eq!(
        one("Jane Roe told a crowded hall at a hotel in downtown Springfield that she would run again."),
        q("Jane Roe", "she would run again", Kind::Indirect)
    );
}

#[test]
fn quotations_joined_by_words_are_one_mixed_clause() {
    assert_eq!(
        one("Tom Lark says “the whole game has gone soft” because “the rules keep changing every season.”"),
        q("Tom Lark", "“the whole game has gone soft” because “the rules keep changing every season.”", Kind::Mixed)
    );
}

#[test]
fn judging_verbs_report_the_quoted_words_of_their_object() {
    assert_eq!(
        one("Jane Roe accused her rival of a \"shameless flip-flop\" on trade."),
        q("Jane Roe", "her rival of a \"shameless flip-flop\" on trade", Kind::Mixed)
    );
    // Praise needs quoted words; an accusation does not (`an_accusation_reports_speech_...`).
    assert!(quotes("Jane Roe praised her rival for changing his mind on trade.").is_empty(), "no quoted words");
    assert_eq!(
        one("Tom Lark compared the new tax to \"a tollbooth on the road to work.\""),
        q("Tom Lark", "the new tax to \"a tollbooth on the road to work.\"", Kind::Mixed)
    );
}

#[test]
fn cue_after_a_quotation_may_open_a_new_report() {
    let found =
        quotes("Tom Lark said: “We are investing in better tools.” He said Climax Studios was hiring twenty people.");
    assert_eq!(found[1], q("Tom Lark", "Climax Studios was hiring twenty people", Kind::Indirect));
}

#[test]
fn a_sentence_with_its_own_verb_after_a_quotation_stays_apart() {
    let text = "“We will rebuild the bridge,” Tom Lark said. “Nobody will be left behind in the future.” The mayor shrugged off claims from his rivals.";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Tom Lark", "Nobody will be left behind in the future.", Kind::Direct));
}

#[test]
fn role_given_in_apposition_resolves_a_later_description() {
    let found = quotes(
        "Hillary Clinton, the former secretary of state, spoke in Ohio on Tuesday.\n\n\
         “We will not back down,” said the former secretary of state.",
    );
    assert_eq!(found, vec![q("Hillary Clinton", "We will not back down,", Kind::Direct)]);
    // A description with other words names no one of that role.
    let other = quotes(
        "Hillary Clinton, the former secretary of state, spoke in Ohio.\n\n\
         “We will not back down,” said the new secretary.",
    );
    assert_eq!(other[0].0, "the new secretary");
}

#[test]
fn an_age_after_the_cue_refers_to_the_person_just_quoted() {
    let found = quotes(
        "“The season is not over,” Tom Lark said.\n\n\
         “We have to win the next four games,” said the 46-year-old, who has coached the team since 2010.",
    );
    assert_eq!(found[1], q("Tom Lark", "We have to win the next four games,", Kind::Direct));
}

#[test]
fn a_short_quotation_before_its_cue_is_direct() {
    assert_eq!(one("\"We are ready,\" Jane Roe said."), q("Jane Roe", "We are ready,", Kind::Direct));
    assert_eq!(one("“Fake news,” the coach said."), q("the coach", "Fake news,", Kind::Direct));
}

#[test]
fn a_name_closing_a_clause_before_the_speaker_takes_no_role() {
    let found = quotes(
        "Exports will go to South Africa, the trade official said.\n\n\
         “Prices will rise next year,” said the trade official.",
    );
    assert_eq!(found.last().unwrap().0, "the trade official");
}

#[test]
fn an_age_does_not_take_the_place_of_the_person() {
    let found = quotes(
        "“We lost our way,” Tom Lark, the team captain, said.\n\n\
         “It is hard,” said the 31-year-old. “But we will be back next year,” he added.",
    );
    assert!(found.iter().all(|(speaker, _, _)| speaker == "Tom Lark"), "{found:?}");
}

#[test]
fn a_description_matches_the_head_of_a_role_not_its_other_words() {
    let found = quotes(
        "“Sales are up,” said Paul Dreyer, the company's president.\n\n\
         “We will hire more staff,” the company said in a statement.",
    );
    assert_eq!(found[1].0, "the company");
}

#[test]
fn an_age_before_anyone_is_quoted_names_the_person_named_last() {
    let found = quotes(
        "Norwich have signed midfielder Graham Stuart from the Football Association.\n\n\
         “It was an easy decision to make,” the 34-year-old told the club website.",
    );
    assert_eq!(found[0].0, "Graham Stuart");
}

#[test]
fn a_long_phrase_after_the_cue_does_not_hide_the_quotation_before_it() {
    assert_eq!(
        one("“He did not join us,” Ana Diaz said at an impromptu question-and-answer session with reporters at a diner in Queens on Monday afternoon."),
        q("Ana Diaz", "He did not join us,", Kind::Direct)
    );
}

#[test]
fn verbs_that_report_only_beside_a_quotation() {
    assert_eq!(
        one("“Would that be negotiable for you?” Tom Lark pressed."),
        q("Tom Lark", "Would that be negotiable for you?", Kind::Direct)
    );
    assert_eq!(one("“I am still with her,” the sign read."), q("the sign", "I am still with her,", Kind::Direct));
    // Without a quotation, `read` reports nothing.
    assert!(quotes("The students went to the library, the teacher read.").is_empty());
}

#[test]
fn transcript_labels_name_the_speaker_of_their_paragraph() {
    let text = "Jane Roe spoke to host Tom Lark on Sunday.\n\n\
                LARK: Will you run for governor next year?\n\n\
                ROE: I have not decided yet, and I will not decide before spring.\n\n\
                UPDATE: The interview was recorded on Saturday.";
    assert_eq!(
        quotes(text),
        vec![
            q("Tom Lark", "Will you run for governor next year?", Kind::Direct),
            q("Jane Roe", "I have not decided yet, and I will not decide before spring.", Kind::Direct),
        ]
    );
}

#[test]
fn transcript_labels_inside_a_running_quotation() {
    let text = "Jane Roe spoke to Tom Lark. A partial transcript follows:\n\n\
                \"LARK: Will you run for governor next year?\n\n\
                \"ROE: I have not decided yet. I will not decide before spring.\n\n\
                \"The party has time, and so do I.\"";
    let found = quotes(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0], q("Tom Lark", "Will you run for governor next year?", Kind::Direct));
    // The paragraph after a label continues its speaker.
    assert_eq!(found[2], q("Jane Roe", "The party has time, and so do I.", Kind::Direct));
}

#[test]
fn a_heading_in_capitals_is_not_a_speaker() {
    assert!(quotes("HOUSE PRICES: The average price of a home rose by four percent in May.").is_empty());
}

#[test]
fn a_quotation_closed_by_a_full_stop_is_not_claimed_by_the_next_sentence() {
    let text = "“We will never sell him,” said Tom Lark. “He stays here.” Jane Roe continues to train with the team.";
    let found = quotes(text);
    assert!(found.iter().all(|(speaker, _, _)| speaker == "Tom Lark"), "{found:?}");
}

#[test]
fn a_cue_with_a_particle_before_a_colon_and_a_quotation() {
    let text = "“Victims come first,” said Tom Lark. He went on: “Giving evidence is a frightening experience.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Tom Lark", "Giving evidence is a frightening experience.", Kind::Direct));
}

#[test]
fn went_reports_only_with_on_right_after_it() {
    // `went fully on the attack` does not close a `"Q" X went` clause: the sentence ends.
    let text = "He took credit for \"being right.\" Then Tom Lark went fully on the attack, saying, \"There is \
                no plan for this city and there never was.\"";
    assert_eq!(one(text), q("Tom Lark", "There is no plan for this city and there never was.", Kind::Direct));
    assert_eq!(first_quote("“We will wait and see what happens next,” Tom Lark went on.").cue, "went on");
    // A heading in capitals is no cue.
    let heading = "The Gap Goes On: It was under Ann Cole that the board was set up.";
    assert!(quotes(heading).is_empty(), "{:?}", quotes(heading));
    // Without its particle the verb is still one of tails, so a colon introduces the quotation.
    let colon = "Tom Lark went even further: “The council has failed every family in this town.”";
    assert_eq!(one(colon).0, "Tom Lark");
}

#[test]
fn a_name_with_accents_apart_from_letters_or_decoded_twice() {
    // `José` as `Jose` + a combining acute accent, and a C1 control left by double decoding.
    for name in ["Jose\u{301} Nu\u{303}ez", "Federico de Jes\u{c3}\u{83}os"] {
        let text = format!("\"We will wait and see what happens next,\" said {name}, a Democratic strategist.");
        assert_eq!(one(&text).0, name);
    }
}

#[test]
fn progressive_cues_report_like_finite_ones() {
    assert_eq!(
        one("Jane Roe is telling voters in Ohio that the plant will stay open."),
        q("Jane Roe", "the plant will stay open", Kind::Indirect)
    );
    assert_eq!(
        one("Tom Lark is praising his rival as “a man who never went to the gutter.”"),
        q("Tom Lark", "his rival as “a man who never went to the gutter.”", Kind::Mixed)
    );
    // `be` contracted with a pronoun: `She’s claiming`.
    let found = quotes("Jane Roe spoke in Ohio. She’s claiming that the count “was rigged from the start.”");
    assert_eq!(found, [q("Jane Roe", "the count “was rigged from the start.”", Kind::Mixed)]);
    // Verbs that are not always speech do not report in the progressive.
    assert!(quotes("Jane Roe is writing an episode of the cartoon for next season.").is_empty());
    // A gerund has no subject of its own: `through Arsenal describing` names no speaker.
    assert!(quotes("He issued a statement through Arsenal describing the talk as “flattering”.")
        .iter()
        .all(|(speaker, _, _)| speaker != "Arsenal"));
}

#[test]
fn the_name_before_a_role_with_a_place_is_the_speaker() {
    let found = one("Chris Harvey, a delegate from Houston, Texas, said the turmoil was part of the circus.");
    assert_eq!(found, q("Chris Harvey", "the turmoil was part of the circus", Kind::Indirect));
    let found = one("Rory Neill, editor of Hazards magazine, said giving union reps more rights is a win for all.");
    assert_eq!(found.0, "Rory Neill");
}

#[test]
fn a_naming_participle_after_a_comma_reports_the_main_subject() {
    assert_eq!(
        one("At the rally, Tom Lark attacked the mayor, calling him “the worst mayor in our history.”"),
        q("Tom Lark", "him “the worst mayor in our history.”", Kind::Mixed)
    );
}

#[test]
fn verbs_of_judging_report_the_quoted_words_in_their_object() {
    assert_eq!(
        one("Tom Lark thanked fans “for sticking with us through the bad years.”"),
        q("Tom Lark", "fans “for sticking with us through the bad years.”", Kind::Mixed)
    );
    // Each of two coordinated verbs reports its own words, for the same speaker.
    let found = quotes("The group described the sentence as “harsh” and called on the president to free him.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(speaker, _, _)| speaker == "The group" || speaker == "the group"), "{found:?}");
    assert_eq!(found[0].1, "the sentence as “harsh”");
    // A passive participle reports nothing.
    assert!(quotes("He is the man credited with inventing “total football” in the 1970s.").is_empty());
}

#[test]
fn a_short_sentence_quoted_right_after_an_attributed_one_continues_it() {
    let found = quotes("“Here he is at last,” Jane Roe said. “Donald’s here.” The crowd was “resting”.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Jane Roe", "Donald’s here.", Kind::Direct));
}

#[test]
fn a_short_sentence_quoted_after_speech_ending_with_its_cue_continues_it() {
    let found = quotes("Mr Shaw is no moderate, Jane Roe said on Friday. “He’s a radical!” The rest was “noise”.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1], q("Jane Roe", "He’s a radical!", Kind::Direct));
}

#[test]
fn a_question_put_to_the_speaker_before_an_interposed_cue_is_not_what_was_said() {
    for text in [
        "When asked by a reporter whether the plan was legal, Jane Roe said, “Ask them,” twice, before leaving.",
        "Asked if prices will continue to rise, Mr Roe said, “Who knows,” with a shrug.",
    ] {
        assert!(quotes(text).iter().all(|(_, quote, _)| !quote.contains("sked")), "{text}: {:?}", quotes(text));
    }
    // A clause opened by an adjective in -ed is what was said.
    assert_eq!(speakers("Combined sales of the two units will rise five pct, the company said.").len(), 1);
}

#[test]
fn a_share_of_people_named_in_capitals_says_what_follows_its_participle() {
    let found = one("Support may shift, with half of Cuban Americans saying they will back the governor.");
    assert_eq!(found.0, "half of Cuban Americans");
    assert_eq!(found.1, "they will back the governor");
}

#[test]
fn a_delegate_or_assemblyman_before_a_name_is_a_title() {
    for (text, role) in [
        ("“The pier is unsafe,” said Del. Ana Lark of the Virgin Islands.", "Del. of the Virgin Islands"),
        ("“The pier is unsafe,” Assemblyman Tom Lark said.", "Assemblyman"),
    ] {
        let q = first_quote(text);
        assert!(q.speaker.name.ends_with("Lark"), "{text}: {:?}", q.speaker);
        assert!(q.speaker.name.split(' ').count() == 2, "{text}: {:?}", q.speaker);
        assert_eq!(q.speaker.role, role, "{text}");
    }
}

#[test]
fn after_an_exclamation_a_role_then_the_name_in_apposition_is_the_speaker() {
    let q = first_quote("“This is a big year for us!” Scott's niece, Marcia Lark, shouted to the crowd.");
    assert_eq!(q.speaker.name, "Marcia Lark");
    assert_eq!(q.speaker.role, "Scott's niece");
}

#[test]
fn a_nickname_in_quotation_marks_inside_a_name_is_not_what_was_said() {
    let text = "Scott's niece, state Del. Marcia \"Cia\" Lark, shouted to the crowd.";
    assert!(quotes(text).iter().all(|(_, quote, _)| !quote.contains("Marcia")), "{:?}", quotes(text));
}

#[test]
fn a_naming_participle_after_a_comma_inside_a_closing_mark_reports() {
    let found = one("Rudy Lark trashed the plan on “Morning Joe,” calling it a “no-brainer” to scrap it.");
    assert_eq!(found.0, "Rudy Lark");
    assert!(found.1.starts_with("it a “no-brainer”"), "{found:?}");
}

#[test]
fn two_titles_joined_by_and_before_a_name_open_the_main_subject() {
    let q =
        first_quote("Former prosecutor and Ruritania City Mayor Tom Lark trashed the plan, saying it was a “mess”.");
    assert_eq!(q.speaker.name, "Tom Lark");
    assert_eq!(q.speaker.role, "Former prosecutor and Ruritania City Mayor");
}

#[test]
fn a_place_in_a_dateline_is_not_the_speaker() {
    let found =
        one("OAKVILLE, Ontario, March 4 - Lark Motor Co, 90 pct-owned by Lark Holdings, said sales fell six pct.");
    assert_ne!(found.0, "Ontario");
    assert!(found.0.contains("Lark Motor Co"), "{found:?}");
}

#[test]
fn concluding_a_deal_reports_nothing() {
    assert!(quotes("France concluded an interim fishing accord with Canada last week.").is_empty());
    assert_eq!(
        one("The study concluded the company would benefit from the merger."),
        q("the study", "the company would benefit from the merger", Kind::Indirect)
    );
}

#[test]
fn according_to_a_long_source_or_one_without_a_comma() {
    assert_eq!(
        one("According to early results of exit polls conducted for the Daily Bugle and two networks by Lark Research, most voters want change."),
        // The source named at the end of a description is the speaker.
        q("Lark Research", "most voters want change", Kind::Indirect)
    );
    let found =
        one("According to Ofcom there were almost four million broadband users in April, and numbers are climbing.");
    assert_eq!(found.0, "Ofcom");
    let found = one("According to Jupiter Research 40% of homes with broadband say it helps them choose.");
    assert_eq!(found.0, "Jupiter Research");
}

#[test]
fn naming_verbs_in_the_progressive_and_citing() {
    assert_eq!(
        one("Jane Roe's doctor is calling the candidate “extremely physically fit.”"),
        q("Jane Roe's doctor", "the candidate “extremely physically fit.”", Kind::Mixed)
    );
    assert_eq!(
        one("The company cited “irreconcilable differences” in the structure of the deal."),
        q("the company", "“irreconcilable differences” in the structure of the deal", Kind::Mixed)
    );
}

#[test]
fn a_dateline_date_is_not_part_of_the_speaker() {
    assert_eq!(
        one("NEW YORK, March 6 - Lark and Poor's Corp said it cut the rating of the bonds.").0,
        "Lark and Poor's Corp"
    );
}

#[test]
fn a_parenthesis_between_dashes_stands_between_subject_and_cue() {
    let article = Article::from_plain_text(
        "t.txt".into(),
        String::new(),
        "Tom Lark — a teacher from Millbrook — says he voted for the mayor at the last minute.".into(),
    );
    let q = &extract(&article)[0];
    assert_eq!((q.speaker.name.as_str(), q.text.as_str()), ("Tom Lark", "he voted for the mayor at the last minute"));
    assert_eq!(q.speaker.role, "a teacher from Millbrook");
    assert_eq!(
        one("Many speakers at the rally ― including farmers and nurses ― said the plant must stay open.").0,
        "Many speakers at the rally"
    );
    // Hyphens between spaces are dashes, one or two.
    for dash in ["-", "--"] {
        let q = first_quote(&format!("Tom Lark {dash} a teacher from Millbrook {dash} said the pier was old."));
        assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), ("Tom Lark", "a teacher from Millbrook"));
    }
    // A description, then the name between dashes: the description is the named person's role.
    let q = first_quote("A former candidate -- Tom Lark, who lost in 2008 -- said the pier was old.");
    assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), ("Tom Lark", "a former candidate"));
}

#[test]
fn a_reporting_verb_before_the_name_is_no_part_of_it() {
    let found = quotes("Ana Diaz runs the clinic. Said Diaz: “The doors stay open all winter.” She smiled.");
    assert_eq!(found, [q("Ana Diaz", "The doors stay open all winter.", Kind::Direct)]);
    let found = quotes("Ana Diaz runs the clinic. “We never close.” Said Ms Diaz: “The doors stay open all winter.”");
    assert_eq!(found.last(), Some(&q("Ana Diaz", "The doors stay open all winter.", Kind::Direct)));
}

#[test]
fn a_word_that_is_a_noun_and_a_verb_of_saying_reports_either_way() {
    assert_eq!(one("Ana Diaz claims that the vote was rigged by the council.").0, "Ana Diaz");
    assert_eq!(one("The workers vow that the strike will go on until spring.").0, "the workers");
    assert_eq!(one("Jane Roe’s claim that the vote was rigged was heard.").0, "Jane Roe");
    assert!(quotes("Tom Lark met the council amid fresh claims that the vote was rigged.").is_empty());
}

#[test]
fn modifiers_before_a_role_and_a_name_open_the_main_subject() {
    assert_eq!(
        one(
            "Democratic presidential nominee Jane Roe chimed in on Twitter, saying the city should release the videos."
        ),
        q("Jane Roe", "the city should release the videos", Kind::Indirect)
    );
}

#[test]
fn a_sentence_adverb_or_an_emphatic_pronoun_after_the_name_is_no_part_of_it() {
    assert_eq!(one("Lib Dem spokesman Tom Lark meanwhile said the plan would cost too much.").0, "Tom Lark");
    assert_eq!(one("Jane Roe herself said the plan would cost too much.").0, "Jane Roe");
}

#[test]
fn a_cue_inside_a_relative_clause_reports_the_clause_up_to_its_comma() {
    assert_eq!(
        one("The tax, which officials say would bring in an extra $1bn this year, was approved on Monday."),
        q("officials", "would bring in an extra $1bn this year", Kind::Indirect)
    );
    assert_eq!(
        one("The vote, which Jane Roe has said was a mistake, cost the party its majority."),
        q("Jane Roe", "was a mistake", Kind::Indirect)
    );
    assert_eq!(one("Telegraph, which owns 58 pct of the company, said it named a new chief.").0, "Telegraph");
}

#[test]
fn the_speaker_of_a_relative_clause_without_commas_follows_its_pronoun() {
    let found = one("The port faces a situation which critics say is far too risky for the town.");
    assert_eq!(found, q("critics", "is far too risky for the town", Kind::Indirect));
    let found = one("He rang a late show during which callers asked how much he was paid for the ads.");
    assert_eq!(found.0, "callers");
    let found = one("The board backed a plan which the Harbour Union said would cost about 400 jobs.");
    assert_eq!(found.0, "Harbour Union");
    // A verb after the pronoun: the relative clause stays the subject's.
    assert_eq!(one("Those who back her rivals say the scandal has hurt her.").0, "Those who back her rivals");
}

#[test]
fn a_party_an_mp_or_a_capitalised_word_before_a_given_name_is_no_part_of_the_name() {
    assert_eq!(first_quote("Republican Jane Roe said the system was rigged.").speaker.name, "Jane Roe");
    let mp = first_quote("Labour MP Tom Lark said the plan was wrong.");
    assert_eq!((mp.speaker.name.as_str(), mp.speaker.role.as_str()), ("Tom Lark", "Labour MP"));
    assert_eq!(first_quote("Liberal Democrat Tom Lark said the plan was wrong.").speaker.name, "Tom Lark");
    let found = quotes("Rival Jane Roe mocked the plan on Monday. Roe said it was a waste of money.");
    assert_eq!(found, [q("Jane Roe", "it was a waste of money", Kind::Indirect)]);
    // Initials and firms keep their first word.
    assert_eq!(first_quote("J. Hugh Liedtke said the bid was too low.").speaker.name, "J. Hugh Liedtke");
    assert_eq!(first_quote("T.J. Duncan Lark said the bid was too low.").speaker.name, "T.J. Duncan Lark");
}

#[test]
fn a_role_in_capitals_before_a_given_name_is_the_role() {
    let hardy = first_quote("But BBC Political Correspondent Tom Hardy said the plan was causing jitters.");
    assert_eq!(
        (hardy.speaker.name.as_str(), hardy.speaker.role.as_str()),
        ("Tom Hardy", "BBC Political Correspondent")
    );
    let text = "Jefferson Parish Sheriff Harry Lark said the video was made in his jail.\n\n\
                “I'm not pleased,” Mr Lark said.";
    assert_eq!(speakers(text), ["Harry Lark", "Harry Lark"]);
    // A word after a title opens the name, given name or not; so does one after an initial.
    for (text, speaker) in [
        ("Finance Minister Luiz Carlos Lark said the plan was wrong.", "Luiz Carlos Lark"),
        ("The Rt Rev Tom Lark said the plan was wrong. “It is a folly,” Rt Rev Lark argued.", "Tom Lark"),
        ("“It is a folly,” Mary N Luis Lark wrote.", "Mary N Luis Lark"),
        // A ticker in capitals is no given name.
        ("Telefon AB L.M. Ericsson ERIC ST said it won a contract.", "Telefon AB L.M. Ericsson ERIC ST"),
    ] {
        assert_eq!(speakers(text).last().map(String::as_str), Some(speaker), "{text}");
    }
}

#[test]
fn they_refers_back_to_the_people_quoted_just_before() {
    let text = "The port will close in May, harbour officials said.\n\nThey said the ships would go to Ruritania.";
    assert_eq!(speakers(text), ["harbour officials", "harbour officials"]);
    // Over a person quoted since; `Analysts` opening a sentence; two people named together.
    let text = "Analysts said prices would fall. Mr Lark said the market was weak. They said the yen would rise.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("analysts"));
    let text = "Tom Lark and Jane Roe said the pier was old. They said it would close.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("Tom Lark and Jane Roe"));
    // `Both` opens the pair.
    let text = "Both Labour and the Tories said the pier was old. They said it would close.";
    assert_eq!(speakers(text), ["Labour and the Tories"; 2]);
    // Two firms named together, not one body with `and` in its name.
    let text = "Harbour Freight Inc and Roe Mining Ltd said the pier was old. They said it would close.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("Harbour Freight Inc and Roe Mining Ltd"));
    let text = "The Harbour and Docks Board said the pier was old. They said it would close.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("they"));
    // Not people named in a survey's title, and not people quoted two paragraphs before.
    let text = "A survey of 2,000 voters said taxes were too high. They said the plan would fail.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("they"));
    let text = "Officials said the port would close.\n\nThe unions met on Monday.\n\nThey said the talks failed.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("they"));
    // Members of a party named by it.
    let text = "Labour said the pier was old. But the Tories insisted they would keep it.\n\nThey said it would stay.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("Tories"));
}

#[test]
fn two_sources_joined_by_and_speak_together() {
    for (text, speaker) in [
        (
            "Prices will rise, the Ruritanian government and Harbour Air said.",
            "the Ruritanian government and Harbour Air",
        ),
        (
            "Prices will rise, reports in the Harbour Times and the Elling Post said.",
            "the Harbour Times and the Elling Post",
        ),
        (
            "Prices will rise, a report from the Food and Harbour Organisation and the Elling Bank said.",
            "the Food and Harbour Organisation and the Elling Bank",
        ),
    ] {
        let found = first_quote(text);
        assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), (speaker, ""), "{text}");
    }
    // Not places after `in`, nor one body with `and` in its name.
    assert_eq!(speakers("Prices will rise, exit polls in New Harbour and Elling said."), ["Elling"]);
    assert_eq!(
        speakers("Prices will rise, the Harbour and Exchange Commission said."),
        ["Harbour and Exchange Commission"]
    );
}

#[test]
fn they_refers_back_to_people_opening_a_sentence_when_none_were_quoted() {
    let text = "Analysts do not expect any hurdles. But there may be lawsuits for the same reason, they said.";
    assert_eq!(speakers(text), ["analysts"]);
    let text = "But few harbour dealers expect a cut. Prices may rise in May, they said.";
    assert_eq!(speakers(text), ["few harbour dealers"]);
    // Not people after a preposition, nor two paragraphs before.
    let text = "To her supporters the plan was fair. Prices may rise in May, they said.";
    assert_eq!(speakers(text), ["they"]);
    let text = "Analysts expect no cut.\n\nThe port met on Monday.\n\nPrices may rise in May, they said.";
    assert_eq!(speakers(text), ["they"]);
}

#[test]
fn a_name_after_a_role_opening_the_clause_is_its_subject() {
    let text = "Ireland coach Tom Lark expects winger Bill Roe to start. “It will be hard,” he told BBC Sport.";
    assert_eq!(one(text).0, "Tom Lark");
}

#[test]
fn british_and_irish_given_names_tell_a_pronouns_person() {
    for name in ["Ciaran Lark", "Gethin Lark", "Graeme Lark"] {
        let text = format!("{name} met Jane Roe on Monday. “The pier is old,” he said.");
        assert_eq!(one(&text).0, name);
    }
    let she = one("Siobhan Lark met Tom Roe on Monday. “The pier is old,” she said.");
    assert_eq!(she.0, "Siobhan Lark");
}

#[test]
fn an_acronym_resolves_to_the_body_it_stands_for() {
    let text = "The Harbour Pilots Association said the pier was old. The HPA said ships were late.";
    assert_eq!(speakers(text), ["Harbour Pilots Association (HPA)", "Harbour Pilots Association (HPA)"]);
    // Not the letters of a phrase that is no name.
    let text = "The current Harbour Pilots count gives her 12. The HP said ships were late.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("HP"));
}

#[test]
fn it_refers_back_to_a_body_named_by_an_acronym_or_an_organisations_word() {
    // Also a name of words that open no person's name, and a compound of names.
    for body in ["The HPA", "The Ruritanian Embassy", "Lark Holdings Plc", "The Harbour Treasury", "Lark-Summers"] {
        let text = format!("{body} said the pier was old. It said ships were late.");
        let found = speakers(&text);
        assert_eq!(found[0], found[1], "{text}");
    }
    // A firm named after people, one of them with a given name for a surname.
    assert_eq!(one("Ships are late, said accounting firm Touche Ross and Co.").0, "Touche Ross and Co");
    // A firm's owner is no part of its name.
    assert_eq!(one("Lark Corp's Harbour Airlines said the pier was old.").0, "Harbour Airlines");
}

#[test]
fn he_refers_back_to_one_person_described_not_named() {
    let text = "Prices may rise, said one harbour broker. He said ships were late.";
    assert_eq!(speakers(text), ["one harbour broker", "one harbour broker"]);
    // Not a document described by who made it.
    let text = "Prices may rise, said a memo drafted by a broker. He said ships were late.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("he"));
}

#[test]
fn given_names_of_other_languages_tell_a_pronouns_person() {
    let he = one("Kiichi Miyazawa met Mary Lark on Monday. “The yen is too strong,” he said.");
    assert_eq!(he.0, "Kiichi Miyazawa");
    let she = one("Svetlana Kuznetsova beat Tom Lark's sister. “It was a hard match,” she said.");
    assert_eq!(she.0, "Svetlana Kuznetsova");
}

#[test]
fn a_mood_before_a_name_is_no_part_of_it() {
    let found = quotes("Tom Lark spoke first. “The town will always be the town,” an angry Lark retaliated.");
    assert_eq!(found, [q("Tom Lark", "The town will always be the town,", Kind::Direct)]);
    assert_eq!(one("“We will win,” a defiant Roe said.").0, "Roe");
    // A rank is part of a description: `a senior U.S. Official`.
    assert_eq!(one("“We will win,” a senior U.S. Official said.").0, "a senior U.S. Official");
}

#[test]
fn a_day_or_now_between_a_subject_and_its_verb_keeps_the_subject() {
    assert_eq!(
        first_quote("Jane Roe has been critical of the mayor but on Tuesday wrote that she agreed with him.")
            .speaker
            .name,
        "Jane Roe"
    );
    assert_eq!(
        first_quote("Jane Roe has been critical of the mayor but on Tuesday wrote that he was right.").cue,
        "wrote"
    );
    assert_eq!(one("Tom Lark used to support the mayor, but now said the council had “lost its way.”").0, "Tom Lark");
    // A day alone is no speaker.
    assert!(quotes("Figures reported on Sunday now suggest that the plan failed.").iter().all(|q| q.0 != "Sunday"));
}

#[test]
fn a_name_after_with_and_before_a_participle_is_the_speaker() {
    assert_eq!(
        one("Supporters pushed a protester out, with Roe reportedly yelling: “Get him out of here!”"),
        q("Roe", "Get him out of here!", Kind::Direct)
    );
}

#[test]
fn a_papers_name_ending_in_post_or_report_is_no_cue() {
    assert_eq!(
        quotes("Tom Lark told The Washington Post that the plan would extend to single mothers."),
        [q("Tom Lark", "the plan would extend to single mothers", Kind::Indirect)]
    );
    assert_eq!(quotes("Jane Roe told World Business Report that prices would rise.").len(), 1);
}

#[test]
fn a_bodys_name_with_a_capitalised_preposition_is_no_persons_full_name() {
    let text = "Donald Trump spoke. The Coalition Against Trump met. Trump said the convention was too dull.";
    assert_eq!(quotes(text), [q("Donald Trump", "the convention was too dull", Kind::Indirect)]);
}

#[test]
fn a_clause_before_a_cue_is_no_subject() {
    assert!(
        quotes("Dr Fox refused to discuss weekend newspaper reports that the party had repaid the loan.").is_empty()
    );
    assert_eq!(
        one("Japan racked up a large surplus with the United States and economists said they do not see it falling soon.").0,
        "economists"
    );
}

#[test]
fn posting_a_thing_reports_nothing() {
    assert!(quotes("Marsh posted a $676m loss for the last three months of 2004.").is_empty());
    assert!(quotes("The bank also posted a record loss in the year.").is_empty());
    assert_eq!(one("Jane Roe posted on Facebook: “We will never give up this fight.”").0, "Jane Roe");
    assert_eq!(one("Jane Roe posted that the council had lied about the bridge.").0, "Jane Roe");
}

#[test]
fn a_cue_noun_after_a_possessive_pronoun_reports_its_owners_words() {
    assert_eq!(
        quotes("Tom Lark repeated his claim that the vote was rigged by the council."),
        [q("Tom Lark", "the vote was rigged by the council", Kind::Indirect)]
    );
    let found = quotes("Tom Lark spoke on Monday. On Thursday, he renewed his calls for tighter checks at the border.");
    assert_eq!(found, [q("Tom Lark", "tighter checks at the border", Kind::Indirect)]);
    assert_eq!(first_quote("Ana Diaz spoke. She dismissed their claim that the vote was rigged.").speaker.name, "they");
}

#[test]
fn a_cue_word_after_a_possessive_is_a_noun() {
    assert!(quotes("Editor’s note: The mayor has taken money from the builders of the new bridge.").is_empty());
    assert_eq!(one("Jane Roe’s said that the bridge will open in May.").0, "Jane Roe");
    // A firm's name with `’s` before a reporting verb keeps it.
    assert_eq!(one("Lark’s says it will close ten stores in the spring.").0, "Lark’s");
    assert!(quotes("The firm collapsed and prosecutors' claim losses were hidden from the banks.").is_empty());
    assert_eq!(one("Jane Roe’s demand that the plant stay open was heard.").0, "Jane Roe");
    // A participle between a possessive and a noun describes the noun.
    assert!(quotes("Tidewater's alleged failure to repair the pier angered the town.").is_empty());
    assert!(quotes("The party's declared aims are an end to the tolls on the bridge.").is_empty());
    assert_eq!(one("Tidewater's announced Friday that the pier would close.").0, "Tidewater's");
}

#[test]
fn a_pronoun_before_anyone_is_quoted_is_a_person_named_before_it() {
    let found = quotes("Mary Lark was angry. “The council has not listened to us,” she said.");
    assert_eq!(found[0].0, "Mary Lark");
    let found = quotes("Mary Lark met Tom Brisk at the hall. “The council has not listened to us,” he said.");
    assert_eq!(found[0].0, "Tom Brisk");
    // The subject of a sentence before, not a name in its object.
    let found = quotes("Tom Brisk criticised Joe Vos. “The council has not listened to us,” he said.");
    assert_eq!(found[0].0, "Tom Brisk");
    let found = quotes("Joe Vos, who runs the mill, had been due to face Tom Brisk. He says the vote was rigged.");
    assert_eq!(found[0].0, "Joe Vos");
    // A title elsewhere in the article tells the gender of a given name not in our lists.
    let found = quotes("Tessa Vos has hit out at critics. She said that the bill was fair. Ms Vos left early.");
    assert_eq!(found[0].0, "Tessa Vos");
    // A name of unknown gender is no antecedent: it may be a place or a firm.
    let found = quotes("NEW YORK, March 4 - Trading was slow. He said the market would rise by Friday.");
    assert_eq!(found[0].0, "he");
    // Two men named, neither as a subject: which one `he` is stays open.
    let found = quotes("The mill was sold to Tom Brisk and Joe Vos. “The council has not listened to us,” he said.");
    assert_eq!(found[0].0, "he");
    // An earlier speaker still comes first: the pronoun goes on with who was quoted.
    let found = quotes("“We will win,” Tom Brisk said. Mary Lark and Joe Vos were there. “It is over,” he said.");
    assert_eq!(found[1].0, "Tom Brisk");
}

#[test]
fn a_phrasal_verb_reports_only_with_its_particle() {
    assert_eq!(
        one("Ana Diaz pointed out that the plan had failed twice before the vote."),
        q("Ana Diaz", "the plan had failed twice before the vote", Kind::Indirect)
    );
    assert_eq!(
        one("“The budget is far too small for this work,” Tom Lark points out."),
        q("Tom Lark", "The budget is far too small for this work,", Kind::Direct)
    );
    assert_eq!(quotes("The arrow pointed to the door of the hall where the vote was held."), []);
}

#[test]
fn a_manner_adverb_may_follow_the_cue() {
    assert_eq!(
        one("“Can you name one thing the party has done?” he asks rhetorically."),
        q("he", "Can you name one thing the party has done?", Kind::Direct)
    );
}

#[test]
fn manner_verbs_report_after_a_quotation() {
    assert_eq!(
        one("“Go back to your own channel,” Tom Lark barked and a guard led the man out."),
        q("Tom Lark", "Go back to your own channel,", Kind::Direct)
    );
    assert_eq!(
        one("“The mayor never answered our letters,” reacted Ana Diaz."),
        q("Ana Diaz", "The mayor never answered our letters,", Kind::Direct)
    );
}

#[test]
fn a_time_word_may_follow_the_cue_after_a_question() {
    let found = quotes("“Remember when she said she had no money at all?” Tom Lark said Friday. “She is not honest.”");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(speaker, _, _)| speaker == "Tom Lark"), "{found:?}");
}

#[test]
fn went_on_to_say_and_quoted_as_saying_are_cues() {
    assert_eq!(
        one("Tom Lark paused for a moment, but went on to say, “There are places here that are truly dangerous.”"),
        q("Tom Lark", "There are places here that are truly dangerous.", Kind::Direct)
    );
    assert_eq!(
        one("“Our method succeeds where others fail,” Ana Diaz is quoted as saying."),
        q("Ana Diaz", "Our method succeeds where others fail,", Kind::Direct)
    );
}

#[test]
fn a_noun_and_verb_of_saying_reports_before_a_comma_and_quotation() {
    assert_eq!(
        one("Tom Lark asks, “Do we really feel confident about a candidate like that?”"),
        q("Tom Lark", "Do we really feel confident about a candidate like that?", Kind::Direct)
    );
}

#[test]
fn a_closing_mark_with_no_space_before_the_speaker_still_closes() {
    assert_eq!(
        one("“I think it has been the most surprising thing to me,”Ana Diaz said."),
        q("Ana Diaz", "I think it has been the most surprising thing to me,", Kind::Direct)
    );
}

#[test]
fn a_wire_dateline_is_no_part_of_the_reported_clause() {
    for dateline in [
        "PARIS, March 23 - ",
        "SAN ANTONIO, Texas, March 23 - ",
        "WINNIPEG, Manitoba, March 2 - ",
        "GREELEY, Colo., March 5 - ",
    ] {
        let text = format!("{dateline}French growth will probably be about two pct this year, Ana Diaz said.");
        assert_eq!(
            one(&text),
            q("Ana Diaz", "French growth will probably be about two pct this year", Kind::Indirect),
            "{text}"
        );
    }
}

#[test]
fn a_retired_officer_after_the_cue_is_the_speaker() {
    assert_eq!(
        one("“We fundamentally disagree with it,” said retired Army Gen. Tom Lark."),
        q("Tom Lark", "We fundamentally disagree with it,", Kind::Direct)
    );
}

#[test]
fn an_adjective_in_ed_opens_the_role_after_the_cue() {
    assert_eq!(
        one("\"I don't know where he stands on that,\" said undecided Republican voter Ann Cole of Derry."),
        q("Ann Cole", "I don't know where he stands on that,", Kind::Direct)
    );
    // After the first word, a verb in -ed makes a clause: no speaker.
    assert!(quotes("\"It is over,\" said the mayor decided Ann Cole would go.").iter().all(|f| f.0 != "Ann Cole"));
}

#[test]
fn as_a_description_noted_attributes_the_clause() {
    assert_eq!(
        one("But as a local reporter noted, the mayor did not even fill half of the hall."),
        q("a local reporter", "the mayor did not even fill half of the hall", Kind::Indirect)
    );
    assert_eq!(
        one("As one council member pointed out with a chart, the mayor did not even fill half of the hall."),
        q("one council member", "the mayor did not even fill half of the hall", Kind::Indirect)
    );
    assert_eq!(
        one("As a result, the committee says the plan has failed twice this year."),
        q("the committee", "the plan has failed twice this year", Kind::Indirect)
    );
}

#[test]
fn a_name_after_an_opening_phrase_keeps_its_parenthesis_and_its_joining_words() {
    assert_eq!(
        one("As Jane Roe (D-Maine) has pointed out, the pier is a waste of money."),
        q("Jane Roe", "the pier is a waste of money", Kind::Indirect)
    );
    assert_eq!(
        one("In January the Institute for Harbour Studies said the pier would cost more.").0,
        "Institute for Harbour Studies"
    );
    assert_eq!(one("In January the Bank of the Isles said the pier would cost more.").0, "Bank of the Isles");
}

#[test]
fn names_that_look_like_adverbs_or_auxiliaries_are_speakers() {
    // `-ly` names (`Kelly`, `Connolly`), and `May`, `Will`, `Long` with a capital, are no adverbs
    // or auxiliaries between a subject and its verb.
    assert_eq!(one("“We will win this fight,” Kelly said."), q("Kelly", "We will win this fight,", Kind::Direct));
    assert_eq!(
        one("Ruth Connolly said the bridge would open in May."),
        q("Ruth Connolly", "the bridge would open in May", Kind::Indirect)
    );
    assert_eq!(
        one("Bank of Italy said reserves rose in March."),
        q("Bank of Italy", "reserves rose in March", Kind::Indirect)
    );
    // A month after a given name is a surname, not the date of the report.
    assert_eq!(one("Theresa May said the plan was fair."), q("Theresa May", "the plan was fair", Kind::Indirect));
    // Lower-case adverbs and dates still go.
    assert_eq!(one("Jane Roe reportedly said the plan was fair."), q("Jane Roe", "the plan was fair", Kind::Indirect));
    assert_eq!(one("Jane Roe last May said the plan was fair."), q("Jane Roe", "the plan was fair", Kind::Indirect));
}

#[test]
fn description_then_name_in_apposition() {
    let found = first_quote("The council's chief executive, Emily Watson, said the plan needed more study.");
    assert_eq!((found.speaker.name.as_str(), found.text.as_str()), ("Emily Watson", "the plan needed more study"));
    assert_eq!(found.speaker.role, "the council's chief executive");
    // Before a quotation's cue, the quotation ends before the description.
    assert_eq!(
        one("“We will strike on Monday,” a union spokesman, Tom Lark, said."),
        q("Tom Lark", "We will strike on Monday,", Kind::Direct)
    );
    // A document, a title or a possessive after the comma is no name in apposition.
    assert_eq!(
        one("“The union is not a customs office,” a statement issued for Ana Diaz, US Trade Representative, said.").0,
        "Ana Diaz"
    );
    assert_eq!(one("The book, Brown's Britain, said the minister had lost trust.").0, "the book");
    // `One` or `another` opens a description too, and a connective before it is no part of it.
    let found = first_quote("And another pastor in the town, Dan Roe, said he had made 150 calls.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Dan Roe", "another pastor in the town"));
    assert_eq!(one("One delegate, Jane Lark, told reporters she was leaning toward the mayor.").0, "Jane Lark");
}

#[test]
fn name_in_apposition_after_an_inverted_description() {
    let found = first_quote("“A decision is expected by March,” said one of their lawyers, Ana Diaz.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Ana Diaz", "one of their lawyers"));
    let found = first_quote("“We will appeal,” said the company's chairman, Tom Lark, who took over in May.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Tom Lark", "the company's chairman"));
    // A clause after the comma names no one in apposition.
    assert_eq!(speakers("“We will appeal,” said the company, adding that it would fight on."), ["the company"; 2]);
}

#[test]
fn clause_without_that_after_an_addressee_or_a_phrase() {
    assert_eq!(
        one("Watson told the Guardian the plan was far too complicated."),
        q("Watson", "the plan was far too complicated", Kind::Indirect)
    );
    assert_eq!(
        one("The ministry said in a statement the man had been arrested."),
        q("the ministry", "the man had been arrested", Kind::Indirect)
    );
    assert_eq!(
        one("Ana Diaz said on Twitter she resigned over the vote."),
        q("Ana Diaz", "she resigned over the vote", Kind::Indirect)
    );
    // A subordinate clause is not the report: the main clause after its comma is.
    assert_eq!(
        one("Greenwood said as soon as its audit is completed, it will apply for a new listing."),
        q("Greenwood", "it will apply for a new listing", Kind::Indirect)
    );
    // A participle after a noun does not open a clause.
    assert!(quotes("Fujitsu said in a prospectus for a bond recently issued in London.").is_empty());
}

#[test]
fn subject_of_a_subordinate_clause_speaks() {
    assert_eq!(
        one("Shares rose after the company said it expected profits to rise."),
        q("the company", "it expected profits to rise", Kind::Indirect)
    );
    assert_eq!(
        one("Prices fell when the ministry said supplies would be cut."),
        q("the ministry", "supplies would be cut", Kind::Indirect)
    );
    // Between commas, or after a participle, the time phrase belongs to the subject.
    assert_eq!(one("Tom Lark, speaking after the meeting, said the vote was fair.").0, "Tom Lark");
    assert_eq!(
        one("A statement issued after the meeting said the vote was fair.").0,
        "a statement issued after the meeting"
    );
}

#[test]
fn a_long_relative_clause_between_commas_stays_in_the_subject() {
    let text = "Mrs. Roe's mayoral campaign, which has been dogged for 17 months by the dispute over the private boat she used exclusively while at the Harbour Department, said that the emails had no bearing on its work.";
    let found = first_quote(text);
    assert_eq!(found.speaker.name, "Mrs. Roe's mayoral campaign");
    assert_eq!(found.text, "the emails had no bearing on its work");
}

#[test]
fn relative_clause_between_commas_is_the_role_when_it_tells_a_post() {
    let found = first_quote("Emily Watson, who has led the council since 2010, said the plan needed more study.");
    assert_eq!((found.speaker.name.as_str(), found.text.as_str()), ("Emily Watson", "the plan needed more study"));
    // Her post is her role; what she did is not.
    assert_eq!(found.speaker.role, "who has led the council since 2010");
    assert_eq!(first_quote("Emily Watson, who grew up nearby, said the plan was fair.").speaker.role, "");
    // (Nor the pronoun alone, before a parenthesis of its own.)
    let found = first_quote("“It is my tribute to him,” said Tom Lark, who, as Darin, sings all 18 songs.");
    assert_eq!(found.speaker.role, "");
    let found = first_quote("Harbour mayor Emily Watson, who grew up nearby, said the plan was fair.");
    assert_eq!(found.speaker.role, "Harbour mayor");
}

#[test]
fn addressee_of_several_words_then_a_clause() {
    assert_eq!(
        one("Tom Reilly told the BBC's Today programme the sale was a mistake."),
        q("Tom Reilly", "the sale was a mistake", Kind::Indirect)
    );
    // A phrase after the addressee is no clause: the content follows `that`.
    assert_eq!(
        one("Fujioka told Reuters in an interview that the bank had invited Taiwan."),
        q("Fujioka", "the bank had invited Taiwan", Kind::Indirect)
    );
    // A possessive, a noun and a verb in the past open a clause too.
    assert_eq!(
        one("Tom Lark told the Harbour Post his firm worked closely with the council."),
        q("Tom Lark", "his firm worked closely with the council", Kind::Indirect)
    );
    assert_eq!(one("Jane Roe told the AP her group never worked with Lark.").1, "her group never worked with Lark");
}

#[test]
fn said_of_a_topic_then_a_quotation() {
    assert_eq!(
        one("Reilly said of the sale: “It was a mistake from the very start.”"),
        q("Reilly", "It was a mistake from the very start.", Kind::Direct)
    );
    // `warned of` takes its object: the phrase is what was said.
    assert_eq!(
        one("The bank warned of “severe losses in the coming year” for its clients."),
        q("the bank", "of “severe losses in the coming year” for its clients", Kind::Mixed)
    );
}

#[test]
fn passive_quoted_by_a_medium_as_saying() {
    assert_eq!(
        one("Tom Lark was quoted by the Times as saying the council needed more time."),
        q("Tom Lark", "the council needed more time", Kind::Indirect)
    );
}

#[test]
fn anonymous_and_counted_sources() {
    assert_eq!(
        one("The council needs more time, a person familiar with the matter said."),
        q("a person familiar with the matter", "The council needs more time", Kind::Indirect)
    );
    assert_eq!(
        one("The council needs more time, said two people familiar with the talks."),
        q("two people familiar with the talks", "The council needs more time", Kind::Indirect)
    );
    // `close to`, `involved in`: the relation and what it names belong to the speaker, who is
    // not the person named there.
    assert_eq!(
        one("“The pier will close,” said a source close to the Harbour Board."),
        q("a source close to the Harbour Board", "The pier will close,", Kind::Direct)
    );
    assert_eq!(
        one("“The pier will close,” says an official involved in the talks."),
        q("an official involved in the talks", "The pier will close,", Kind::Direct)
    );
    let found =
        quotes("Tom Lark spoke on Monday. “The pier will close,” a person close to Tom Lark said. “It is over.”");
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(speaker, ..)| speaker == "a person close to Tom Lark"), "{found:?}");
    // A count of things after the cue is the content, not a speaker.
    assert_eq!(
        one("A military spokesman, quoted by the news agency, said two boats fled."),
        q("a military spokesman", "two boats fled", Kind::Indirect)
    );
}

#[test]
fn a_title_before_a_name_lets_a_description_refer_back() {
    let found = quotes("President Ana Diaz spoke on Monday. The president said the bridge would open in May.");
    assert_eq!(found, vec![q("Ana Diaz", "the bridge would open in May", Kind::Indirect)]);
    // A deputy is not the one the bare title names.
    let found = quotes("Deputy President Ana Diaz spoke on Monday. The president said the bridge would open.");
    assert_eq!(found[0].0, "the president");
}

#[test]
fn colon_after_a_clause_with_manner_or_opening_participle() {
    assert_eq!(
        one("Asked which county was his favourite, Tom Lark demurred: “Whichever one I’m in at the moment.”"),
        q("Tom Lark", "Whichever one I’m in at the moment.", Kind::Direct)
    );
    assert_eq!(
        one("Ana Diaz responded pointedly, with a smile: “It can happen when you are 45.”"),
        q("Ana Diaz", "It can happen when you are 45.", Kind::Direct)
    );
    assert_eq!(
        one("NBC News said cautiously that the platforms were ablaze."),
        q("NBC News", "the platforms were ablaze", Kind::Indirect)
    );
    // An adverb before other words belongs to the content; `Italy` is no adverb.
    assert_eq!(
        one("Asamera said wholly owned Asamera Oil sold its refinery."),
        q("Asamera", "wholly owned Asamera Oil sold its refinery", Kind::Indirect)
    );
    assert_eq!(
        one("The sources said Italy, which refused, was invited back.").1,
        "Italy, which refused, was invited back"
    );
}

#[test]
fn short_past_tense_ends_a_determiner_subject() {
    // `sued` has four letters: it still ends the subject of `, saying ...`.
    assert_eq!(
        one("The campaign sued the party on Friday, saying the move would cost it money."),
        q("the campaign", "the move would cost it money", Kind::Indirect)
    );
}

#[test]
fn a_main_clause_subject_named_with_of() {
    assert_eq!(
        one("But the Harbour Court of Appeals overruled the ruling and said the pier must stay open.").0,
        "Harbour Court of Appeals"
    );
    let found = first_quote("Minister of State for Ports Tom Lark promised to act quickly on the plan.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Tom Lark", "Minister of State for Ports"));
    // An ordinal inside a name: `the 6th Circuit`.
    assert_eq!(
        one("The Court of Appeals for the 6th Circuit said the pier must stay open.").0,
        "Court of Appeals for the 6th Circuit"
    );
}

#[test]
fn main_clause_subject_after_an_opening_phrase_or_a_dateline() {
    assert_eq!(
        one("In an interview on Thursday, the Wisconsin Republican criticized the plan and said allies were worried."),
        q("the Wisconsin Republican", "allies were worried", Kind::Indirect)
    );
    assert_eq!(
        one("WASHINGTON — Sen. Tom Lark (R-Iowa) on Wednesday praised the bill and said it would pass."),
        q("Tom Lark", "it would pass", Kind::Indirect)
    );
    assert_eq!(
        one("In three interviews, the justice sounded off on the bill, saying she did not want to see it pass."),
        q("the justice", "she did not want to see it pass", Kind::Indirect)
    );
    // Only someone who speaks: not `His message to the chancellor`.
    assert!(quotes("His message to the chancellor was: \"Please don't give it away in any form.\"").is_empty());
    assert!(quotes("The album Exodus came out in 1977 and confirmed his superstar status.").is_empty());
}

#[test]
fn a_dateline_before_a_spaced_hyphen_is_no_part_of_the_speaker() {
    let q = first_quote(
        "ORLANDO, Fla. (Reuters) - President Ann Cole met survivors on Thursday and said the city must heal.",
    );
    assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), ("Ann Cole", "President"));
    // A dash after a name opens a parenthesis: `Mr Lark - who ... - said`.
    assert_eq!(
        one("Mr Lark - who has been in jail for a year - said the charges were false.").1,
        "the charges were false"
    );
}

#[test]
fn upon_saying_and_said_of_report_like_other_participles_and_cues() {
    assert_eq!(
        one("Ann Cole, herself a supporter, drew boos upon saying, “The vote was fair and open.”"),
        q("Ann Cole", "The vote was fair and open.", Kind::Direct)
    );
    assert_eq!(
        one("\"She does need him,\" Ann Cole said of Tom Lark."),
        q("Ann Cole", "She does need him,", Kind::Direct)
    );
}

#[test]
fn party_member_and_abbreviated_title_refer_back_to_the_named_speaker() {
    let found = quotes(
        "Speaker Tom Lark says the world is watching.\n\n\
         Later the Wisconsin Republican said allies were worried.\n\n\
         Sen. Ann Cole said the bill would pass. \"I apologize to nobody,\" the senator said.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(speakers, ["Tom Lark", "Tom Lark", "Ann Cole", "Ann Cole"]);
}

#[test]
fn a_spokeswoman_is_not_he_and_a_date_is_not_part_of_a_name() {
    let found = quotes(
        "Tom Lark sued the bank. A spokeswoman for the bank said the claim had no merit.\n\n\
         \"I don't feel like going through that again,\" he said.",
    );
    assert_eq!(found.last().unwrap().0, "Tom Lark");
    let found = quotes("The book says on 13 March Lord Cole met the minister. Lord Cole said the advice was sound.");
    assert_eq!(found.last().unwrap().0, "Lord Cole");
}

#[test]
fn a_title_in_quotation_marks_inside_the_subject_is_part_of_its_role() {
    let found = first_quote("Jane Roe, author of the book \"Rise Up,\" said the party had lost its way.");
    assert_eq!((found.speaker.name.as_str(), found.text.as_str()), ("Jane Roe", "the party had lost its way"));
    assert_eq!(found.speaker.role, "author of the book \"Rise Up,\"");
    assert_eq!(
        one("Ann Cole, the co-author of \"Going Viral,\" about the spread of news, said the days of one story are gone."),
        q("Ann Cole", "the days of one story are gone", Kind::Indirect)
    );
}

#[test]
fn an_opening_prepositional_phrase_is_not_the_main_subject() {
    assert_eq!(
        one("Inside the hotel, Tom Lark dismissed the governor, arguing that the state had lost jobs."),
        q("Tom Lark", "the state had lost jobs", Kind::Indirect)
    );
}

#[test]
fn sings_next_to_a_quotation_and_asking_an_addressee_report_it() {
    let found = quotes(
        "“Keep your hands in sight,” Ann Cole sings to the crowd before asking them, “Where do we go from here?”",
    );
    assert_eq!(
        found,
        [
            q("Ann Cole", "Keep your hands in sight,", Kind::Direct),
            q("Ann Cole", "Where do we go from here?", Kind::Direct)
        ]
    );
    // A word in quotation marks after `after reporting` is no report.
    assert!(quotes("Unilever is to merge its boards after reporting \"unsatisfactory\" earnings for 2004.").is_empty());
}

#[test]
fn a_title_in_quotation_marks_continues_no_one() {
    let found = quotes("“We will win this fight,” Jane Roe said. “Chick Lit: The New Woman's Fiction.”");
    assert_eq!(found, [q("Jane Roe", "We will win this fight,", Kind::Direct)]);
}

#[test]
fn a_capitalised_sentence_with_a_short_verb_is_speech_not_a_title() {
    let found = quotes("“Two people can do that,” said Jane Roe, a strategist. “That’s Joe Bush and Mary Rubio.”");
    assert_eq!(
        found,
        [
            q("Jane Roe", "Two people can do that,", Kind::Direct),
            q("Jane Roe", "That’s Joe Bush and Mary Rubio.", Kind::Direct)
        ]
    );
}

#[test]
fn a_share_after_with_speaks_through_saying() {
    assert_eq!(
        one("The plan lost ground, with 30 percent of voters saying the port should close."),
        q("30 percent of voters", "the port should close", Kind::Indirect)
    );
    assert!(quotes("He met them with his wife saying nothing.").is_empty());
}

#[test]
fn a_share_of_those_polled_speaks() {
    let found = quotes(
        "Voters were uneasy; most said they were \"very worried.\" About four in 10 voters said the economy was weak. \
         Only 34% said their cards had been replaced. Alan Moss, 79, said he would retire.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(speakers, ["most", "About four in 10 voters", "Only 34%", "Alan Moss"]);
}

#[test]
fn a_conjunction_and_a_comma_before_an_inverted_cue() {
    let text = "Sam Roe worked for the firm. But, said Roe, \"I don't want to drum up conflict with anyone.\" \
                But, says Ann Cole, head of research at Acme, some things have stayed constant.";
    let found = quotes(text);
    assert_eq!(
        found,
        [
            q("Sam Roe", "I don't want to drum up conflict with anyone.", Kind::Direct),
            q("Ann Cole", "some things have stayed constant", Kind::Indirect)
        ]
    );
}

#[test]
fn a_dash_after_a_quotation_opens_the_writers_gloss() {
    let found = quotes("“The key group is women,” said Jane Roe. “Sam has to do the two-step” - winning them over.");
    assert_eq!(
        found,
        [
            q("Jane Roe", "The key group is women,", Kind::Direct),
            q("Jane Roe", "Sam has to do the two-step", Kind::Direct)
        ]
    );
}

#[test]
fn capitalised_sentences_continue_the_speaker() {
    let found = quotes("In the '80s she was a fan. “Here comes Big Daddy,” she said. “The Donald. Big Daddy.”");
    assert_eq!(
        found,
        [q("she", "Here comes Big Daddy,", Kind::Direct), q("she", "The Donald. Big Daddy.", Kind::Direct)]
    );
}

#[test]
fn a_paragraph_after_a_cue_and_a_colon_is_a_block_quotation() {
    let text = "Jane Roe spoke on Monday.\n\nRoe added:\n\nIt is typical of them. They know nothing at all.\n\n\
                The report listed the following points:\n\n- Duty cuts on capital goods and raw materials";
    let found = quotes(text);
    assert_eq!(found, [q("Jane Roe", "It is typical of them. They know nothing at all.", Kind::Direct)]);
}

#[test]
fn a_name_with_a_parenthesis_or_a_role_then_a_colon_opens_a_quotation() {
    let text = "Rep. Sam Gowdy (R-S.C.):\"I have not heard anyone cite that figure.\"\n\n\
                Former secretary of state Ann Rodham Cole:\"We learned that from the department.\"\n\n\
                Replacements (from): Bozzi, Coutts, Anglesea, Lund, Martens.";
    let found = quotes(text);
    assert_eq!(
        found,
        [
            q("Sam Gowdy", "I have not heard anyone cite that figure.", Kind::Direct),
            q("Ann Rodham Cole", "We learned that from the department.", Kind::Direct)
        ]
    );
}

#[test]
fn a_dash_and_a_name_below_a_quotation_sign_it() {
    let text = "\"The idea that I would dismantle health care is just not accurate.\"\n\n- Sanders.\n\n\
                Sam Sanders exaggerates.\n\n\"We will cut duties on capital goods and on raw materials.\"\n\n\
                - Duty cuts on capital goods";
    let article = Article::from_plain_text("t.txt".into(), String::new(), text.to_string());
    let found: Vec<(String, String, String)> =
        extract(&article).into_iter().map(|q| (q.speaker.name, q.text, q.cue)).collect();
    let expected = ("Sam Sanders", "The idea that I would dismantle health care is just not accurate.", "-");
    assert_eq!(found, [(expected.0.to_string(), expected.1.to_string(), expected.2.to_string())]);
}

#[test]
fn a_participle_reports_for_a_subject_headed_by_a_noun_for_people() {
    let found = quotes(
        "In August, several environmental groups granted Jim Roe an extension, saying his capital was short. \
         The retired neurosurgeon has given no details, saying that he was refining his practices. \
         Three days later argued that Congress would have to bend.",
    );
    let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(speakers, ["several environmental groups", "the retired neurosurgeon"]);
}

#[test]
fn a_demonym_refers_back_to_the_person_quoted() {
    let found = quotes("“We will win this fight,” Rick Perry said. “Those are skilled governors,” the Texan said.");
    let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
    assert_eq!(speakers, ["Rick Perry", "Rick Perry"]);
}

#[test]
fn an_adverb_between_commas_after_the_subject_is_no_role() {
    for adverb in ["though", "however", "meanwhile", "too"] {
        let text = format!("Tom Lark, {adverb}, said the port would close for a week.");
        let quote = first_quote(&text);
        assert_eq!(quote.speaker.name, "Tom Lark", "{text}");
        assert_eq!(quote.speaker.role, "", "{text}");
        assert_eq!(quote.text, "the port would close for a week", "{text}");
    }
}

#[test]
fn a_description_then_a_name_between_commas_gives_the_name_and_its_role() {
    // (An article opening the sentence shows in lower case, as the role reads inside one.)
    for (description, role) in [
        ("The author of that report", "the author of that report"),
        ("One of the authors of the 2013 report", "One of the authors of the 2013 report"),
        ("One of his aides", "One of his aides"),
    ] {
        let text = format!("{description}, Jane Roe, said the port would close for a week.");
        let quote = first_quote(&text);
        assert_eq!(quote.speaker.name, "Jane Roe", "{text}");
        assert_eq!(quote.speaker.role, role, "{text}");
    }
    // A subordinate clause's conjunction opens no description.
    let quote = first_quote("When the port director, Jane Roe, said on Tuesday that the port would close, ships left.");
    assert_eq!((quote.speaker.name.as_str(), quote.speaker.role.as_str()), ("Jane Roe", "the port director"));
}

#[test]
fn said_to_be_reports_nothing() {
    assert!(quotes("Among those said to have serious doubts over the plan were two senior ministers.").is_empty());
    assert!(quotes("The firm, said to be the largest retailer in the region, declined to comment.").is_empty());
}

#[test]
fn because_of_inside_a_relative_clause_of_the_subject_bounds_nothing() {
    let text = "Tom Lark, a harbour master who left the board last month because of strategic differences, \
                said the port would close for a week.";
    let quote = first_quote(text);
    assert_eq!(quote.speaker.name, "Tom Lark");
    assert_eq!(quote.text, "the port would close for a week");
}

#[test]
fn speech_reported_in_an_opening_subordinate_clause_ends_at_its_comma() {
    let found = quotes("While Tom Lark said the port would close for a week, Jane Roe said it would stay open.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], q("Tom Lark", "the port would close for a week", Kind::Indirect));
    assert_eq!(found[1], q("Jane Roe", "it would stay open", Kind::Indirect));
    // A thing reported in the clause reports nothing of the main clause.
    let found = quotes("While not all Lark says is true, Jane Roe said his claims were sincere.");
    assert_eq!(found, [q("Jane Roe", "his claims were sincere", Kind::Indirect)]);
    assert!(quotes("As Tom Lark lamented the closure, Jane Roe took a moment to thank the dockers.").is_empty());
    let found = one("As Tom Lark said last week, the port will close for a month.");
    assert_eq!(found, q("Tom Lark", "the port will close for a month", Kind::Indirect));
}

#[test]
fn a_subordinate_clause_after_a_connective_ends_at_its_comma_and_is_no_one_elses() {
    let found = quotes("And, while Tom Lark says the port will close, the ships keep coming in.");
    assert_eq!(found, [q("Tom Lark", "the port will close", Kind::Indirect)]);
    // The main clause's cue reports no words of its own: not Lark's again.
    let found = quotes("While Tom Lark said the port would close, the dockers complained about the pay.");
    assert_eq!(found, [q("Tom Lark", "the port would close", Kind::Indirect)]);
    // Inside the sentence, after `and` or a comma.
    let found = quotes("The ships were late and when Tom Lark said the port would close, the dockers left.");
    assert_eq!(found, [q("Tom Lark", "the port would close", Kind::Indirect)]);
}

#[test]
fn a_score_conceded_in_a_game_is_no_report() {
    assert!(quotes("The Harbour club conceded a penalty close to their own line in the second half.").is_empty());
    assert!(quotes("The Harbour club have conceded six goals in their last two league games.").is_empty());
    assert_eq!(
        one("Tom Lark conceded the harbour had lost a lot of trade."),
        q("Tom Lark", "the harbour had lost a lot of trade", Kind::Indirect)
    );
}

#[test]
fn those_surveyed_speak_for_a_poll() {
    for text in [
        "In the poll, those surveyed said the port should stay open.",
        "While those polled said the port should stay open, the mayor disagreed.",
    ] {
        let found = quotes(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("those"), "{found:?}");
    }
}

#[test]
fn a_titled_name_opening_the_main_clause_is_the_subject_of_a_later_cue() {
    let text = "The district party Chairman Tom Lark declined to name the delegates but said one was a farmer.";
    let quote = first_quote(text);
    assert_eq!(quote.speaker.name, "Tom Lark");
    assert_eq!(quote.text, "one was a farmer");
}

#[test]
fn a_participle_of_speech_with_no_comma_goes_on_from_a_named_subject() {
    let found = quotes("Tom Lark opened the meeting saying the port would close for a week.");
    assert_eq!(found, vec![q("Tom Lark", "the port would close for a week", Kind::Indirect)]);
    // Not a tense, a share, or a phrase after a preposition.
    assert!(quotes("Tom Lark is not saying which ships will leave the port first.").is_empty());
    // The share says it, not the subject of the main clause.
    assert_eq!(
        quotes("Jane Roe came second, with 22 percent saying they would not vote for her."),
        [q("22 percent", "they would not vote for her", Kind::Indirect)]
    );
    assert!(quotes("Tom Lark criticised the board for claiming the port would close for a week.").is_empty());
}

#[test]
fn promised_to_reports_a_promise() {
    let found = quotes("Tom Lark promised Sunday to end “the wasteful closures of the port.”");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Tom Lark");
    assert!(found[0].1.starts_with("to end"), "{found:?}");
    // A noun, and an outlook, are no promise made.
    assert!(quotes("Tom Lark kept his promise to end the closures of the port.").is_empty());
    assert!(quotes("The debate promised to be a crucial moment for Tom Lark and his party.").is_empty());
}

#[test]
fn a_relative_clause_after_an_object_has_its_own_speaker() {
    let text = "Tom Lark refused to pay an architect who said he was owed money, saying, “He did not do a good job on the harbour.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], q("an architect", "he was owed money", Kind::Indirect));
    assert_eq!(found[1].0, "Tom Lark");
}

#[test]
fn a_participle_phrase_opening_the_sentence_reports_for_the_main_subject() {
    let found = quotes("After saying the port would close for a week, Tom Lark left the meeting early.");
    assert_eq!(found, vec![q("Tom Lark", "the port would close for a week", Kind::Indirect)]);
    // The subject stays free for the main clause's own cue.
    let text = "While acknowledging that the port may close, Tom Lark predicted, “If it is closed, the town will suffer for years.”";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(speaker, _, _)| speaker == "Tom Lark"), "{found:?}");
    // Winning a title is no speech.
    assert!(quotes("After claiming their first title in years, Tom Lark and his crew went home.").is_empty());
}

#[test]
fn as_x_said_and_as_x_put_it_report_the_clause_before() {
    let found = quotes("The port is in a state of “terrible and lasting decline,” as Tom Lark said.");
    assert_eq!(found, vec![q("Tom Lark", "The port is in a state of “terrible and lasting decline,”", Kind::Mixed)]);
    let found =
        quotes("While ships still come, the port is “a place of great beauty and trade,” as a city memo put it.");
    assert_eq!(found, vec![q("a city memo", "the port is “a place of great beauty and trade,”", Kind::Mixed)]);
    // `put it` on a table is no speech.
    assert!(quotes("Tom Lark put it on the table and left the harbour office.").is_empty());
}

#[test]
fn a_lead_before_a_colon_is_the_writers_not_the_speakers() {
    // A quotation after the colon is what the speaker said; the lead is the writer's.
    let found = one("Some of the letters were angry: “The harbour is a disgrace,” wrote Tom Lark, a fisherman.");
    assert_eq!(found, q("Tom Lark", "The harbour is a disgrace,", Kind::Direct));
    let found = one("Tom Lark put it this way: the plan “will never work in this harbour,” he said.");
    assert_eq!(found, q("Tom Lark", "the plan “will never work in this harbour,”", Kind::Mixed));
    // A clause after the colon, with its cue interposed.
    let text =
        "The crews hoped for calm weather: with the storm gone by Sunday, they argued, the boats would sail on time.";
    assert_eq!(quotes(text)[0].1, "with the storm gone by Sunday");
    // A cue before the colon reports up to it; the quotation after is its own cue's.
    let text =
        "Jane Roe, the mayor, stressed the need for patience: “The harbour will open when it is safe,” she said.";
    let found = quotes(text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0], q("Jane Roe", "the need for patience", Kind::Indirect));
    assert_eq!(found[1], q("Jane Roe", "The harbour will open when it is safe,", Kind::Direct));
    // A list the lead introduces is part of what was said.
    let found =
        one("Shipments in tonnes included: fish 14,384, crabs 1,609 and oysters 3,388, the harbour board said.");
    assert_eq!(found.1, "Shipments in tonnes included: fish 14,384, crabs 1,609 and oysters 3,388");
}

#[test]
fn the_subject_of_a_cue_after_as_while_or_because_opens_after_the_conjunction() {
    let found = first_quote("His comments came as Harbour Master Tom Lark said the port would close.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Tom Lark", "Harbour Master"));
    assert_eq!(one("Fish prices fell today as traders warned the catch may shrink.").0, "traders");
    assert_eq!(one("Fish prices rose while dealers said the catch was small.").0, "dealers");
    // `as` in a comparison opens no clause.
    assert_eq!(one("The harbour board as a whole said the port would close.").0, "the harbour board as a whole");
}

#[test]
fn a_person_of_a_body_described_by_its_kind_is_the_person() {
    let found = first_quote("“Ships are late,” says Jane Roe of shipping firm Harbour Lines, which ran the survey.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Jane Roe", "of shipping firm Harbour Lines")
    );
    // A possessive inside a school's or a trust's name is part of it.
    assert_eq!(one("St Brendan's High School says it was never named in the report.").0, "St Brendan's High School");
}

#[test]
fn a_plea_in_court_is_no_report() {
    assert!(quotes("Tom Lark pleaded guilty to fraud charges in the harbour court.").is_empty());
    assert!(quotes("Jane Roe has pleaded not guilty to the charges brought against her.").is_empty());
    assert_eq!(one("Tom Lark pleaded that the harbour must stay open for the fleet.").0, "Tom Lark");
}

#[test]
fn what_the_speaker_did_after_the_cue_is_no_content() {
    let text = "Some barley has already gone to the harbour store, Tom Lark said without detailing the amount.";
    assert_eq!(quotes(text), vec![q("Tom Lark", "Some barley has already gone to the harbour store", Kind::Indirect)]);
    let text = "Exports rose 10 pct in January, the harbour board said, quoting customs figures.";
    assert_eq!(quotes(text), vec![q("the harbour board", "Exports rose 10 pct in January", Kind::Indirect)]);
    let text = "The port had lost custom, Jane Roe said, but declined to elaborate.";
    assert_eq!(quotes(text), vec![q("Jane Roe", "The port had lost custom", Kind::Indirect)]);
    // The reported clause going on is content.
    let found = quotes("Inflation is high, Jane Roe said, but could fall next year as the harbour reopens.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        one("Jane Roe said without new lending the harbour could not survive.").1,
        "without new lending the harbour could not survive"
    );
}

#[test]
fn a_relative_clause_after_the_content_s_subject_does_not_end_the_addressee() {
    let found = one("Tom Lark told reporters the talks, which began six weeks ago, had ended.");
    assert_eq!(found.1, "the talks, which began six weeks ago, had ended");
    let found = one("Tom Lark told Harbour Radio his trip, which took him to Oslo, was a success.");
    assert_eq!(found.1, "his trip, which took him to Oslo, was a success");
}

#[test]
fn adding_to_something_is_no_report() {
    let found = quotes("Harbour buying added to strength and prices ran up to new highs, traders said.");
    assert_eq!(
        found,
        vec![q("traders", "Harbour buying added to strength and prices ran up to new highs", Kind::Indirect)]
    );
    assert!(quotes("Mud adds to stress on the animals in the harbour pens.").is_empty());
    // A quantity gained, and where it went.
    assert!(quotes("Harbour Freight added 8p at 2,578 and the index added 23.9 points to 1,164.3.").is_empty());
    assert!(quotes("The harbour board has added 50,000 tonnes of grain to its purchases this week.").is_empty());
    assert_eq!(one("Jane Roe added 80 pct of the grain went to the northern mills.").0, "Jane Roe");
}

#[test]
fn a_dateline_before_the_subject_is_no_part_of_its_role() {
    let found =
        first_quote("BERGEN NORD, Norway - Mayor Jane Roe opened the harbour, saying it had been closed too long.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Jane Roe", "Mayor"));
}

#[test]
fn pledging_urging_and_stressing_in_the_progressive_are_reports() {
    assert_eq!(one("Tom Lark is pledging to “win many hundreds of votes” in the harbour ward.").2, Kind::Mixed);
    assert_eq!(one("Jane Roe is urging voters to back the harbour plan.").1, "voters to back the harbour plan");
    assert_eq!(one("The mayor is stressing the need for a safer harbour.").0, "the mayor");
}

#[test]
fn a_report_in_a_relative_clause_ends_where_the_main_clause_goes_on() {
    let text = "Tom Lark thanked the harbour crew, which said the pier was unsafe, he recalled later.";
    let found = quotes(text);
    assert!(
        found.iter().any(|(speaker, quote, _)| speaker == "the harbour crew" && quote == "the pier was unsafe"),
        "{found:?}"
    );
}

#[test]
fn writing_a_sum_off_is_no_report() {
    assert!(quotes("The harbour board wrote off 141 mln dlrs of pier costs in November.").is_empty());
    let found = one("The harbour board wrote down the value of its piers by 12 mln dlrs, traders said.");
    assert_eq!(found.0, "traders");
}

#[test]
fn maintaining_or_writing_a_thing_is_no_report() {
    assert!(quotes("The harbour board maintains a large office in the old customs house.").is_empty());
    assert!(quotes("Jane Roe has maintained her lead over Tom Lark in every poll this year.").is_empty());
    assert_eq!(one("Jane Roe has long maintained she complied with the harbour rules.").0, "Jane Roe");
    assert_eq!(one("Tom Lark maintains that the pier is safe for ships.").0, "Tom Lark");
    assert_eq!(one("Officials maintain the harbour needs to grow by three percent a year.").0, "officials");
    // Nor is writing a thing.
    assert!(quotes("Jane Roe wrote a viral blog against the harbour board last spring.").is_empty());
    assert_eq!(one("Jane Roe wrote the board was wrong about the pier.").0, "Jane Roe");
}

#[test]
fn charging_into_a_fight_is_no_report() {
    assert!(quotes("Jane Roe charged into the fray against a rival she deemed unfit for office.").is_empty());
    assert_eq!(one("Jane Roe charged that the mayor had hidden the pier costs.").0, "Jane Roe");
}

#[test]
fn a_name_after_a_description_after_but_is_the_speaker() {
    let found = first_quote("The pier is safe, but his lawyer, Antony Lark, said the claim was laughable.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Antony Lark", "his lawyer"));
    // A name that may be the one spoken for stays the role.
    let found = first_quote("But a spokesman for the owners, Harbour Lines, said the ferry may have been holed.");
    assert_eq!(found.speaker.name, "a spokesman for the owners");
    // `NAME, OWNER's ROLE told`: the role's comma may be missing before the cue.
    let found = first_quote("The harbour is safe, Alan Lark, Labour's election strategist told Harbour Radio.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Alan Lark", "Labour's election strategist")
    );
    assert_eq!(found.text, "The harbour is safe");
}

#[test]
fn according_to_a_clause_names_no_source_and_a_year_is_no_part_of_a_subject() {
    assert!(quotes("The harbour fee will rise or fall according to how long a ship stays in port.").is_empty());
    assert_eq!(one("The harbour board in 2003 said the pier was unsafe.").0, "the harbour board");
}

#[test]
fn a_name_with_a_parenthesis_before_its_apposition_is_the_speaker() {
    let text = "Norway's Harbour Council (NHC), an advisory body comprising traders, fishermen and other trades, said growth may slow.";
    assert_eq!(one(text).0, "Norway's Harbour Council");
}

#[test]
fn a_short_noun_phrase_after_what_inside_a_subject_is_the_speaker() {
    assert_eq!(one("Harbour shares fell 2 pct in what traders said was a reaction to the storm.").0, "traders");
    assert_eq!(one("The board placed what the fishermen say are harsh limits on the catch.").0, "the fishermen");
}

#[test]
fn a_name_with_an_apposition_before_a_relative_clause_is_the_speaker() {
    let found =
        first_quote("Jane Roe, 59, of Ashton, Md., who watched the ferry from the pier, said the crossing was rough.");
    assert_eq!(found.speaker.name, "Jane Roe");
    assert!(found.speaker.role.starts_with("59, of Ashton, Md."), "role {:?}", found.speaker.role);
    let text = "Ann Lark, a developer and spokeswoman for the Harbour Coalition, which speaks for the traders, said fees will rise.";
    assert_eq!(one(text).0, "Ann Lark");
    // A name after a comma, or a definite noun phrase, is no role of what comes before it.
    assert_eq!(one("In October, Mr. Lark, who owns the ferry, told traders that fees will rise.").0, "Mr. Lark");
    let text = "In a filing with the Harbour Commission, the group, which owns the ferry, said fees will rise.";
    assert_eq!(one(text).0, "the group");
}

#[test]
fn a_relative_that_inside_a_role_in_apposition_keeps_the_subject() {
    let found = first_quote("Harbour Services, the agency that runs the port, said fees will rise.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Harbour Services", "the agency that runs the port")
    );
    // A `that` after a verb opens the reported clause: the subject follows it.
    let found = quotes("Reports suggest that the board, which owns the port, said fees will rise.");
    assert!(found.iter().any(|(speaker, quote, _)| speaker == "the board" && quote == "fees will rise"), "{found:?}");
}

#[test]
fn a_clause_with_a_verb_in_the_present_before_and_is_no_part_of_the_subject() {
    assert_eq!(one("Harbour Lines now owns the ferry and the union has said fees will rise.").0, "the union");
    // A plural noun after an adjective is no verb: the names stay one subject.
    assert_eq!(one("Norwegian academics Ann Lark and Jane Roe said fees will rise.").0, "Ann Lark and Jane Roe");
}

#[test]
fn a_title_in_capitals_before_a_name_in_apposition_is_the_role() {
    let found = first_quote("But last week, Harbour Finance Minister, Ann Lark, told reporters that fees will rise.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Ann Lark", "Harbour Finance Minister"));
}

#[test]
fn a_prepositional_phrase_opening_the_sentence_is_no_speaker() {
    assert!(
        quotes("Beyond the job cuts announced last year at its plants, Harbour Lines is selling ferries.").is_empty()
    );
    assert_eq!(one("Beyond that, Lark asserts the port is safe.").0, "Lark");
}

#[test]
fn a_reported_clause_ends_before_another_subjects_report_after_and() {
    let found = quotes("Six in 10 voters said the mayor is honest, and three-quarters said the same of his rival.");
    assert_eq!(
        found,
        vec![
            q("Six in 10 voters", "the mayor is honest", Kind::Indirect),
            q("three-quarters", "the same of his rival", Kind::Indirect)
        ]
    );
    // A relative clause's report, or the first subject's own second cue, goes on.
    let found = quotes("Lark said he hated the lyrics, and songs that the pastor said were crude.");
    assert_eq!(found[0].1, "he hated the lyrics, and songs that the pastor said were crude");
    let found = quotes("Dealers cited interest in two, three, and six-month deposits but said activity was slow.");
    assert_eq!(found[0].1, "interest in two, three, and six-month deposits");
}

#[test]
fn a_hedged_share_or_number_of_qualified_people_is_a_speaker() {
    assert_eq!(
        one("About half of Democratic primary voters said they want change.").0,
        "About half of Democratic primary voters"
    );
    assert_eq!(one("About 50 workers said they want change.").0, "About 50 workers");
    assert_eq!(one("About four out of 10 voters said the ferry was late.").0, "About four out of 10 voters");
    // `at least` hedges a count too, with the people named or not.
    assert_eq!(one("At least 200 residents said they would march.").0, "At least 200 residents");
    assert_eq!(one("Since June, at least 21,000 said they would march.").0, "at least 21,000");
    // A hedge that is also a preposition opens no phrase before a count: the place stays in it.
    assert_eq!(one("About half of voters in Ohio say the ferry is late.").0, "About half of voters in Ohio");
    // A fraction in words counts.
    assert_eq!(
        one("Voters see the port as a problem, and three-fourths say the council should act.").0,
        "three-fourths"
    );
}

#[test]
fn counts_of_people_after_a_relative_pronoun_or_another_report() {
    assert_eq!(
        one("Roe faces an electorate in which 67 percent of voters say she is not honest.").0,
        "67 percent of voters"
    );
    let found =
        quotes("One in three said the council doesn’t care about the port and one in four said it was hostile.");
    assert_eq!(
        found,
        [
            q("One in three", "the council doesn’t care about the port", Kind::Indirect),
            q("one in four", "it was hostile", Kind::Indirect)
        ]
    );
}

#[test]
fn a_negated_report_is_no_quotation() {
    assert!(quotes("Mr. Lark hasn't indicated any interest in joining the board.").is_empty());
}

#[test]
fn adverbs_an_occasion_and_a_while_phrase_are_no_part_of_the_subject() {
    assert_eq!(one("The report on Wednesday for the first time cited a memo as proof.").0, "the report");
    assert_eq!(one("Lark, while being interviewed on Harbour Radio, said fees will rise.").0, "Lark");
    assert_eq!(one("Technically, the futures are poised to rise, said analyst Ann Lark.").0, "Ann Lark");
    assert!(quotes("Perhaps surprisingly, deeply reported features can draw more readers.").is_empty());
    // A name ending in -ly stays a name.
    assert_eq!(one("O'Reilly, who declined to make a projection, said the firm is strong.").0, "O'Reilly");
}

#[test]
fn relative_clauses_inside_a_subject_belong_to_the_noun_before_them() {
    let text = "Ann Lark, clad in a cape with lights that spelled her name, said the fair was a success.";
    assert_eq!(one(text).0, "Ann Lark");
    // A clause before `that` keeps it a boundary: the speaker follows the cue.
    let text =
        "Harbour Loans, a unit of Harbour Bank, is offering bonds that are backed by loans, said underwriter Jane Roe.";
    assert_eq!(one(text).0, "Jane Roe");
    // A group of people before `who`, not a place; a share of them stays whole.
    assert_eq!(one("They were critical of Republicans who suggest the port might close.").0, "Republicans");
    let found = one("Polls show that 73 percent of Democrats who said they backed Lark now support Roe.");
    assert_eq!(found.0, "73 percent of Democrats");
}

#[test]
fn a_name_inside_a_report_that_owns_it() {
    let found =
        first_quote("Lark kept up his push, referencing a confirmed Harbour News report that the ferry was sold.");
    assert_eq!((found.speaker.name.as_str(), found.text.as_str()), ("Harbour News", "the ferry was sold"));
    // A capitalised word opening the sentence owns no report of the nouns' kind.
    assert_eq!(one("Harbour officials claim that the port is safe.").0, "Harbour officials");
}

#[test]
fn calling_out_a_quotation_says_it() {
    let text = "Senator Ann Lark called over her shoulder, \"His comments are not helping.\"";
    assert_eq!(one(text), q("Ann Lark", "His comments are not helping.", Kind::Direct));
    assert_eq!(one("Lark called out, \"Come back here now, all of you!\"").2, Kind::Direct);
    // To call something a name stays a characterisation.
    assert_eq!(one("Lark called the plan \"a total disaster for the port.\"").2, Kind::Mixed);
}

#[test]
fn a_capitalised_conjunction_after_a_full_stop_in_a_quotation_opens_a_sentence() {
    let text = "Lark said, \"The port is shut.\" But Ms. Roe also said in an interview that it would open.";
    assert_eq!(
        quotes(text),
        vec![q("Lark", "The port is shut.", Kind::Direct), q("Ms. Roe", "it would open", Kind::Indirect)]
    );
}

#[test]
fn a_passive_participle_after_a_comma_reports_nothing() {
    assert!(quotes("The harbour plan, first reported by The Harbour Post, is a key element of the budget.").is_empty());
    let found = one("The harbour plan, first reported by The Harbour Post on Tuesday, suggested a tinge of regret.");
    assert_eq!((found.0.as_str(), found.1.as_str()), ("the harbour plan", "a tinge of regret"));
    // `by` and a gerund is the manner of a report.
    assert_eq!(one("Lark, asked about the port, responded by first saying \"the port is safe for now.\"").0, "Lark");
}

#[test]
fn a_noun_phrase_right_after_a_noun_is_the_speaker_of_a_reduced_relative_clause() {
    let found =
        one("Each release is a reminder of the inquiry — a probe the harbour police said was ongoing as of last week.");
    assert_eq!((found.0.as_str(), found.1.as_str()), ("the harbour police", "was ongoing as of last week"));
    // Not after a preposition: `The agreement between the two firms calls for ...`.
    assert_eq!(one("The chairman of the harbour board said fees will rise.").0, "the chairman of the harbour board");
}

#[test]
fn a_name_after_a_description_is_the_subject_of_a_coordinated_cue() {
    let text = "The Harbour Party's council leader, Ann Lark, welcomed the move but added that fees should fall.";
    assert_eq!(one(text).0, "Ann Lark");
    let text = "A Harbour spokesman, queried by reporters, declined to comment but said the union had not voted.";
    assert_eq!(one(text).0, "a Harbour spokesman");
}

#[test]
fn a_name_after_a_source_of_according_to_is_its_role() {
    let found = first_quote("According to figures from industry watchdog, Harbourcom, the port is busier than ever.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str(), found.text.as_str()),
        ("figures from industry watchdog", "Harbourcom", "the port is busier than ever")
    );
    // A name after a source with an age after it is the clause's subject.
    let found = first_quote("According to the police report, Lark, 42, was in Harbour Town that night.");
    assert_eq!(found.text, "Lark, 42, was in Harbour Town that night");
}

#[test]
fn a_capitalised_title_with_for_or_of_in_apposition_is_a_role() {
    let found = first_quote("Mr Lark, MP for Harbour Town, Westshire, said fees will rise.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Mr Lark", "MP for Harbour Town, Westshire")
    );
}

#[test]
fn written_reports_only_after_an_auxiliary() {
    let found = quotes("Viruses written to make headlines are getting rarer, experts say.");
    assert_eq!(found, vec![q("experts", "Viruses written to make headlines are getting rarer", Kind::Indirect)]);
    assert!(quotes("A poem written by Lark went for £10,000 at the auction.").is_empty());
    assert_eq!(one("Lark has already written that the port is unsafe.").0, "Lark");
}

#[test]
fn a_role_in_lower_case_before_a_name_in_apposition_is_the_role() {
    let found = first_quote(
        "Responding to the speech, shadow harbour secretary to the council, Ann Lark, said: \"This was more talk.\"",
    );
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Ann Lark", "shadow harbour secretary to the council")
    );
}

#[test]
fn an_abbreviation_ends_the_sentence_before_a_pronoun_or_a_subordinator() {
    let text = "The band backed country star Tom Lark Jr. He said the pier was old and the ships were late.";
    assert_eq!(one(text).0, "Tom Lark Jr.");
    let text =
        "Harbour Corp said the cranes showed its commitment to the U.K. Although the market was weak, sales rose.";
    assert_eq!(one(text).1, "the cranes showed its commitment to the U.K.");
}

#[test]
fn a_participle_and_its_agent_after_a_name_qualify_the_speaker() {
    let text = "In Harbourtown, incumbent Governor Tom Lark backed by the Harbour party and two centrist parties \
                has said he cannot support the sales tax.";
    assert_eq!(one(text).0, "Tom Lark");
}

#[test]
fn a_participle_after_a_determiner_is_no_cue() {
    for text in [
        "The 29 Harbourtown sailors wounded by a bomb and the two officers shot by the alleged attacker were bystanders.",
        "Mr Lark also faced questions about harbour policy on Iran and its alleged nuclear weapons programme.",
    ] {
        assert_eq!(quotes(text), [], "{text}");
    }
}

#[test]
fn a_pronoun_after_a_subject_tells_its_gender_for_a_given_name_not_known() {
    let text = "Harbour winger Arjen Lark has broken two bones in his foot and will miss the final against \
                Olivier Stone.\n\n“Six weeks is the average time to heal this injury,” he told a newspaper.";
    assert_eq!(one(text).0, "Arjen Lark");
    // `him` first is someone else: the club is no man.
    let text = "Harbour winger Arjen Lark was sold on. Harbour United gave up on him after declaring his life \
                disorganised.\n\n“I want peace,” he told a newspaper.";
    assert_ne!(one(text).0, "Harbour United");
}

#[test]
fn a_role_with_a_prefix_before_a_name_opens_the_subject() {
    let text = "Harbour co-chairman Tom Lark opened the debate with a speech criticising Bob Stone's record. \
                The rule has been “a failure of trust and delivery”, he told the conference.";
    assert_eq!(one(text).0, "Tom Lark");
}

#[test]
fn two_roles_joined_by_and_before_a_name_open_the_subject() {
    let text = "Screenwriter and producer Debra Lark, best known for her work on Harbour Night, has died. Lark also \
                worked with Tom Stone on Escape From New York.\n\n“Back when I started, there were very few women in \
                film,” she said.";
    assert_eq!(one(text).0, "Debra Lark");
}

#[test]
fn an_organisation_named_last_does_not_hide_the_person_before_it() {
    let text = "A third of the users were fed up with their providers but this could be just the tip of the iceberg \
                thinks Tim Lark, editor of Harbour Pro Magazine. “We expect these figures to leap in 2005,” he said.";
    assert_eq!(one(text).0, "Tim Lark");
}

#[test]
fn a_long_subject_after_the_addressee_opens_the_content() {
    let text = "A company spokesman told Reuters the issue of up to 44 mln shares will be in the form of receipts.";
    assert_eq!(one(text).1, "the issue of up to 44 mln shares will be in the form of receipts");
    let text = "Tom Lark told the Harbour Association of Wheat Growers that prices must be competitive.";
    assert_eq!(one(text).1, "prices must be competitive");
    // The object of a preposition opens no clause.
    let text = "Tom Lark told reporters the impact of the sales tax on the party setback was obvious.";
    assert!(quotes(text).iter().all(|q| !q.1.starts_with("the sales tax")), "{:?}", quotes(text));
}

#[test]
fn a_surname_ending_like_a_plural_noun_is_a_name() {
    let text = "Patricia Sanders, spokeswoman for the harbour committee said it was aware of the site.";
    assert_eq!(one(text).0, "Patricia Sanders");
}

#[test]
fn she_after_a_spokeswoman_for_a_body_is_the_body_too() {
    let text = "The sugar has been refused by the board, a spokeswoman for the Ministry of Harbours said.\n\n\
                She said the sugar could be offered again.";
    let found = first_quote(text);
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Ministry of Harbours", "a spokeswoman"));
    assert_eq!(speakers(text), ["Ministry of Harbours", "Ministry of Harbours"]);
}

#[test]
fn a_ministry_field_after_a_title_is_the_role_not_the_name() {
    for (text, name, role) in [
        (
            "Harbourian Minister of Industry and Trade Cahit Lark said the plant would open.",
            "Cahit Lark",
            "Harbourian Minister of Industry and Trade",
        ),
        (
            "Minister of Energy and Mines Arturo Lark said the plant would open.",
            "Arturo Lark",
            "Minister of Energy and Mines",
        ),
    ] {
        let q = first_quote(text);
        assert_eq!((q.speaker.name.as_str(), q.speaker.role.as_str()), (name, role), "{text}");
    }
    // Not the name of a body, nor a person of a firm.
    assert_eq!(
        one("The Association of International Bond Dealers said the rule would help.").0,
        "Association of International Bond Dealers"
    );
    assert_eq!(one("Levy of International Data said the rule would help.").0, "Levy of International Data");
}

#[test]
fn exclamation_then_name_with_apposition_and_cue() {
    let found = first_quote("“Not ours, but we cannot fault it!” Mel Ardent, the head of the fund, tweeted on Friday.");
    assert_eq!(found.speaker.name, "Mel Ardent");
    assert_eq!(found.speaker.role, "the head of the fund");
    assert_eq!(found.text, "Not ours, but we cannot fault it!");
    // After a full stop, `Mr Pell, who ..., agreed.` is a sentence of its own, not the cue.
    let found = quotes("“Banks are safe,” said Ann Orr. “Keep your money there.” Mr Pell, who runs a bakery, agreed.");
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].0, "Ann Orr");
}

#[test]
fn short_answer_after_cue_and_comma_is_all_that_was_said() {
    assert_eq!(
        one("Asked whether the pier would reopen, Mayor Ann Orr said, \"Probably.\""),
        q("Ann Orr", "Probably.", Kind::Direct)
    );
    // A title after its noun is no answer; a phrase in lower case goes on with the clause.
    let found = first_quote("The canal will close, Ed Pell wrote in his memoir, \"Quiet Waters.\"");
    assert_eq!((found.text.as_str(), found.kind), ("The canal will close", Kind::Indirect));
    assert_eq!(one("Ed Pell said the old locks were all repaired, \"without exception.\"").2, Kind::Mixed);
}

#[test]
fn birthplace_and_base_of_several_words_are_no_part_of_the_name() {
    let found = speakers("“I was shocked,” said South Korean-born Mina Holt. “It was a shock,” Holt said.");
    assert_eq!(found, ["Mina Holt", "Mina Holt"]);
    let found = speakers(
        "New York-based Upland Minerals Corp said it would sell the mine. Upland said the sale would close soon.",
    );
    assert_eq!(found, ["Upland Minerals Corp", "Upland Minerals Corp"]);
}

#[test]
fn a_common_noun_or_a_plural_is_no_misspelt_surname() {
    let text = "News Analysis.\n\nRep. Ann Democrat said the pier would close.\n\n\
                Analysts say that the closure will hurt trade. Democrats said the vote was rigged.";
    assert_eq!(speakers(text), ["Ann Democrat", "analysts", "Democrats"]);
    // One letter off is still the same person.
    assert_eq!(
        speakers("Ivan Felgenhauer said the pier would close. Felgenhaeur said it would reopen."),
        ["Ivan Felgenhauer", "Ivan Felgenhauer"]
    );
}

#[test]
fn a_capitalised_word_opening_a_sentence_is_no_given_name() {
    let text = "Tom Lark spoke at the pier. Does Lark, like his rivals, want it shut? \
                Former Lark adviser Ann Orr doubts it. “We will see,” Mr. Lark said.";
    assert_eq!(speakers(text), ["Tom Lark"]);
}

#[test]
fn compound_titles_before_a_name_are_its_role() {
    let found = first_quote("Harbour Foods Chairman and Chief Executive Officer Tom Lark said sales would grow.");
    assert_eq!(found.speaker.name, "Tom Lark");
    assert_eq!(found.speaker.role, "Harbour Foods Chairman and Chief Executive Officer");
    let found = first_quote("Economy Undersecretary Yannos Pell said the deficit would fall.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Yannos Pell", "Economy Undersecretary"));
    let found = first_quote("White House Chief of Staff Denis Pell said the plan would work.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Denis Pell", "White House Chief of Staff")
    );
    // Two people still: `Mr. King and Mr. Roe`.
    let text = "Tom King and Ann Roe spoke. Mr. King and Ms. Roe said the pier would close.";
    assert_eq!(speakers(text), ["Tom King and Ann Roe"]);
}

#[test]
fn an_institution_speaks_as_one() {
    let found = first_quote("The town released a statement Wednesday saying the mayor's comments were wrong.");
    assert_eq!((found.speaker.name.as_str(), found.cue.as_str()), ("the town", "saying"));
    let found = first_quote("Prices rose 0.4 pct in March, the national statistics institute Vestat said.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Vestat", "the national statistics institute")
    );
    let found = first_quote("The Harbour-based think-tank Port Policy Institute said ships were late.");
    assert_eq!(
        (found.speaker.name.as_str(), found.speaker.role.as_str()),
        ("Port Policy Institute", "the Harbour-based think-tank")
    );
    // Only right before the name: further off, the whole phrase is the description.
    assert_eq!(
        one("A commission set up to unravel the affairs of debt-ridden Harbour Air says the airline lost money.").0,
        "A commission set up to unravel the affairs of debt-ridden Harbour Air"
    );
    // An example given of the subject is not the subject.
    let found =
        one("Some firms, including those in the airline, car-making and steel industries, had argued that the rules were unfair.");
    assert_eq!(found.0, "Some firms");
}

#[test]
fn participle_after_a_dash_or_before_a_comma_and_quotation() {
    let found = one("Ann Orr changed her pick on the spot – saying she was rooting for the home side now.");
    assert_eq!(found, q("Ann Orr", "she was rooting for the home side now", Kind::Indirect));
    let found = one("Mr. Pell dodged questions about the pier before saying, \"It is time to stop attacking people.\"");
    assert_eq!(found, q("Mr. Pell", "It is time to stop attacking people.", Kind::Direct));
}

#[test]
fn a_share_of_people_with_qualifiers_after_the_count_is_the_speaker() {
    let found =
        one("About four in 10 South Harbour Republican primary voters say that honesty is the quality they want most.");
    assert_eq!(found.0, "About four in 10 South Harbour Republican primary voters");
}

#[test]
fn a_body_and_its_role_before_a_name_in_apposition() {
    let found = first_quote("\"We have failed deaf people,\" said RNID technology director, Gil Barrow.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Gil Barrow", "RNID technology director"));
}

#[test]
fn the_organisation_word_alone_is_the_body_quoted_before() {
    let text =
        "The Bank of Harbourland said rates would stay on hold. The Bank said inflation would fall back next year.";
    assert_eq!(speakers(text), ["Bank of Harbourland", "Bank of Harbourland"]);
    // Not a body the word only opens: `House and Senate sources` is no house.
    let text = "House and Senate budget sources said the deal was close. The House said it would vote on Friday.";
    assert_eq!(speakers(text)[1], "House");
}

#[test]
fn a_pronoun_after_the_narrative_turns_to_someone_else_is_theirs() {
    let text = "Harbour coach Tom Lark says lock Dan Crewe must review his tackle.\n\n\
                \"It is up to the panel,\" said Lark. \"I did nothing wrong,\" said Crewe. \
                But Lark feels that the lock should be more careful. \
                \"He should look at his actions,\" he said.";
    assert_eq!(speakers(text).last().map(String::as_str), Some("Tom Lark"));
    // A name opening what was said is no turn of the narrative.
    let said = "Tom Lark sent Dan Crewe off. \"I did nothing wrong,\" said Crewe. \
                Mr Lark \"made the wrong call,\" he told the panel.";
    assert_eq!(speakers(said), ["Dan Crewe", "Dan Crewe"]);
    // Without a turn, the person quoted last goes on.
    let on = "\"It is up to the panel,\" said Tom Lark. \"I did nothing wrong,\" said Dan Crewe. \
              The panel meets on Monday. \"I will be there,\" he said.";
    assert_eq!(speakers(on).last().map(String::as_str), Some("Dan Crewe"));
}

#[test]
fn a_relative_clause_after_the_name_is_a_role_only_when_it_says_what_they_are() {
    let role = |text: &str| first_quote(text).speaker.role;
    let said = "\"The bridge will open,\" said Tom Lark";
    assert_eq!(role(&format!("{said}, who is also chairman of the harbour board.")), "chairman of the harbour board");
    assert_eq!(role(&format!("{said}, who is Harbour's finance minister.")), "Harbour's finance minister");
    assert_eq!(role(&format!("{said}, who recently quit the party.")), "");
    assert_eq!(role(&format!("{said}, who is in Omsk for the talks.")), "");
    assert_eq!(role(&format!("{said}, speaking to reporters in Omsk.")), "");
    // After an age, the age or the post the clause names; a list of others is no role.
    let before = |apposition: &str| role(&format!("Tom Lark, {apposition}, said the bridge would open."));
    assert_eq!(before("79, who has been in Omsk for the talks"), "79");
    assert_eq!(before("79, who is Harbour's finance minister"), "Harbour's finance minister");
    assert_eq!(before("60, a doctor"), "60, a doctor");
    assert_eq!(before("including the mayor"), "");
    // The role the article gave before stands instead.
    let text =
        "\"We are ready,\" said Tom Lark, the harbour mayor. \"The bridge will open,\" said Lark, who quit the party.";
    let roles: Vec<String> = {
        let article = Article::from_plain_text("t.txt".into(), String::new(), text.to_string());
        extract(&article).into_iter().map(|q| q.speaker.role).collect()
    };
    assert_eq!(roles, ["the harbour mayor", "the harbour mayor"]);
}

#[test]
fn a_hyphen_between_spaces_is_a_dash_that_bounds_the_speaker() {
    let found = one("Perhaps most telling - yet some might say trivial - is the price of the tickets.");
    assert_eq!(found.0, "some");
    let found = one("The plan - critics say - will cost jobs in the port.");
    assert_eq!((found.0.as_str(), found.1.as_str()), ("critics", "will cost jobs in the port"));
    // A short aside between dashes inside the subject is part of it.
    let found = one("Nearly two thirds - 65% - of the people asked said they had used the new cards.");
    assert_eq!(found.1, "they had used the new cards");
    // A dateline's dash is no dash of the sentence.
    assert_eq!(one("CALGARY, March 2 - Harbour Steel Inc said it would close two mills.").0, "Harbour Steel Inc");
}

#[test]
fn a_bullet_opening_a_line_starts_a_new_item_not_a_speaker() {
    let text = "In his budget Mr Lark has:\n\n- Raised spending on schools to 7bn rupees ($1.6bn) \n \
                - Pledged 10bn rupees ($2.3bn) for flood victims \n - Raised funds to farms by 30% \n \
                - Announced a package for the sugar industry";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn an_infinitive_in_ing_is_still_what_was_promised() {
    assert_eq!(one("Tom Lark has vowed to bring back the lost jobs.").1, "to bring back the lost jobs");
}

#[test]
fn a_second_named_subject_with_a_framed_cue_ends_the_first_report() {
    let found = quotes("Tom Lark vowed to cut taxes, and Ann Cole is promising to help the towns.");
    assert_eq!(
        found,
        [q("Tom Lark", "to cut taxes", Kind::Indirect), q("Ann Cole", "to help the towns", Kind::Indirect)]
    );
    // Not a verb without `that` or an infinitive (`maintained 10 flights`).
    let found = quotes("A spokesman said Harbour Air cancelled 30 flights, and Sea Air maintained 10 of its flights.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_firm_named_again_without_its_legal_form_is_the_same_firm() {
    let text = "Harbour Resources Inc said it would buy Lark Oil.\n\n\
                Harbour Resources said a filing had been made.\n\nThe company said the offer would close in May.";
    assert_eq!(speakers(text), ["Harbour Resources Inc"; 3]);
}

#[test]
fn a_pronoun_before_anyone_is_quoted_is_the_person_who_opened_the_sentence_before() {
    let text = "Lark shocks Cole\n\nSecond seed Tom Cole suffered a comprehensive defeat by Jurgen Lark in \
                the quarter-finals of the Open.\n\nCole was often bamboozled by the Austrian's drop shots, \
                losing 6-3 6-1. Lark has now beaten Cole in two of their three meetings.\n\n\
                \"I had a good game plan and I executed it perfectly,\" he said.";
    assert_eq!(speakers(text), ["Jurgen Lark"]);
}

#[test]
fn a_firm_named_with_its_legal_form_is_not_its_unit() {
    let text = "Harbour Energy Co said it reached an agreement with Lark Oil Inc.\n\n\
                The pact covers gas of Harbour Energy Production Co, Harbour Energy said.\n\n\
                Harbour Energy Production Co said it would build a pipeline.";
    assert_eq!(speakers(text), ["Harbour Energy Co", "Harbour Energy Co", "Harbour Energy Production Co"]);
}

#[test]
fn the_company_is_the_firm_named_by_its_trade_when_none_has_a_legal_form() {
    let text =
        "Sea Links Airlines said it would add flights in May.\n\nThe company said a fourth flight would start in June.";
    assert_eq!(speakers(text), ["Sea Links Airlines"; 2]);
}

#[test]
fn an_adverb_and_a_time_phrase_opening_the_sentence_are_no_speaker_of_a_participle_cue() {
    for opening in ["Back in 1999", "Later in the day", "Early on Monday"] {
        let text =
            format!("{opening}, Mr. Lark praised the mayor, telling the radio: \"I wish I could be like that.\"");
        assert_eq!(one(&text).0, "Mr. Lark", "{text}");
    }
}

#[test]
fn a_name_then_a_capitalised_role_then_a_description_is_the_name() {
    let text = "Hugo Lark, European director for public policy at PortTech, a trade body for shippers, \
                said only when patents were protected would inventors prosper.";
    assert_eq!(first_quote(text).speaker.name, "Hugo Lark");
    let text =
        "In a statement, Dr John E. Kelly, Harbour Steel senior vice president, Technology, said: \"We will grow.\"";
    assert_eq!(first_quote(text).speaker.name, "John E. Kelly");
    // A description then a full name last: the speaker, whoever is named before.
    let text = "In a letter to Lark's chairman, Thomas Reed, Harbour's chairman, John C. Cole, said the offer stood.";
    assert_eq!(first_quote(text).speaker.name, "John C. Cole");
}

#[test]
fn a_thing_called_by_its_name_reports_nothing() {
    let text = "A newly formed group called Harbour First ran its first ads using her comments that \"I was responsible\" for it.";
    assert!(quotes(text).iter().all(|(speaker, _, _)| speaker != "A newly formed group"), "{:?}", quotes(text));
    // Calling someone something is a report.
    assert_eq!(one("A spokesman called Tom Lark a \"liar\" on Monday.").0, "a spokesman");
}

#[test]
fn responding_by_a_deed_reports_nothing() {
    assert!(quotes("Since then, Harbour has responded by helping to build a new pier in the bay.").is_empty());
    assert_eq!(one("Lark concluded by making it clear to the judge that a fine would be fair.").0, "Lark");
    assert_eq!(speakers("Lark responded by saying that the plan was fair."), ["Lark", "Lark"]);
}

#[test]
fn a_pronoun_after_a_sentence_opening_with_a_title_and_a_name_is_that_person() {
    let text = "Mr Clarke said prosecutions were the first choice. Conservative shadow home secretary Tom \
                Lark was worried about the plans. He warned: \"Internment has generally backfired because of \
                the resentment it creates.\"";
    assert_eq!(speakers(text), ["Mr Clarke", "Tom Lark"]);
    // A name after a verb of the sentence is no title's: `Healy said General Motors chairman ...`.
    let text = "\"They are soothing irate shareholders,\" said analyst David Healy.\n\nHealy said General \
                Motors chairman Roger Smith had been hinting at a buyback. He said the plan was similar in \
                size to the program of Ford.";
    assert_eq!(speakers(text), ["David Healy", "David Healy", "David Healy"]);
}

#[test]
fn a_description_opening_a_sentence_keeps_a_pronoun_from_someone_else_named_before() {
    // `the 25-year-old Dubliner` fits no post given to Graeme Souness: the narrative went back
    // to the player quoted before.
    let text = "\"I definitely want to stay at City,\" said defender Richard Dunne. Newcastle boss Graeme Souness is said to have been impressed by his form. But the \
                25-year-old Dubliner underlined his intention to stay. He added: \"It's nice to be linked with \
                top clubs but the important thing is this one.\"";
    assert_eq!(speakers(text), ["Richard Dunne", "Richard Dunne"]);
    // Without the description, `he` is the man the narrative turned to.
    let text = "\"I definitely want to stay at City,\" said defender Richard Dunne. Newcastle boss Graeme Souness is said to have been impressed by his form. He \
                added: \"It's nice to be linked with top clubs but the important thing is this one.\"";
    assert_eq!(speakers(text), ["Richard Dunne", "Graeme Souness"]);
}

#[test]
fn a_spokesman_is_not_the_minister_quoted_before() {
    let text = "Debt talks\n\nFinance Minister John Funaro flew to Washington last week for talks with the banks.\n\nFunaro said Brazil would not have \
                suspended payment on its debt.\n\nThe Treasury spokesman pointed out that the talks had \
                been at Funaro's request.";
    assert_eq!(speakers(text), ["John Funaro", "the Treasury spokesman"]);
}

#[test]
fn a_participles_clause_in_apposition_is_no_role() {
    let found = first_quote("Culp Inc, citing lower margins, said it expects income from operations to fall.");
    assert_eq!((found.speaker.name.as_str(), found.speaker.role.as_str()), ("Culp Inc", ""));
    let found =
        first_quote("Nigel Lawson, presenting his budget to Parliament, said the economy would grow by three pct.");
    assert_eq!(found.speaker.role, "");
    // After an adverb, and a passive participle with its agent.
    let found = first_quote("SDC Corp, earlier reporting an increased loss, said it would cut jobs.");
    assert_eq!(found.speaker.role, "");
    let found = first_quote("American Motors Corp, controlled by Renault of France, said its sales fell in March.");
    assert_eq!(found.speaker.role, "");
    // Participles that make a post: `managing director`, `ranking Republican`.
    let found = first_quote("Tom Lark, managing director of Indosuez Asia, said rates would fall.");
    assert_eq!(found.speaker.role, "managing director of Indosuez Asia");
    let found = first_quote("Jake Garn, ranking Republican on the Banking Committee, said the bill would pass.");
    assert_eq!(found.speaker.role, "ranking Republican on the Banking Committee");
}

#[test]
fn the_company_is_the_firm_named_last_with_its_legal_form_even_if_never_quoted() {
    let text = "Harbour Computer Systems Inc expects fiscal year earnings to improve by about 20 pct this \
                year. The company said its leasing business would shrink.";
    assert_eq!(speakers(text), ["Harbour Computer Systems Inc"]);
    // With no firm named before, the description stays.
    let text = "Earnings should improve by about 20 pct this year. The company said its leasing business \
                would shrink.";
    assert_eq!(speakers(text), ["the company"]);
}

#[test]
fn a_firms_name_may_open_with_a_titles_word() {
    let text = "General Motors Corp said its sales rose sharply in March.\n\nGeneral Motors said its output \
                would also rise in April.";
    assert_eq!(speakers(text), ["General Motors Corp", "General Motors Corp"]);
}

#[test]
fn the_statement_is_its_speakers_when_someone_said_something_in_a_statement() {
    let text = "Harbour Holdings Plc said in a statement that profits would rise. Sales rose in all divisions, \
                the statement said.";
    assert_eq!(speakers(text), ["Harbour Holdings Plc", "Harbour Holdings Plc"]);
    // Spoken in no document: the statement stays what it is.
    let text = "Harbour Holdings Plc said profits would rise. Sales rose in all divisions, the statement said.";
    assert_eq!(speakers(text), ["Harbour Holdings Plc", "the statement"]);
}

#[test]
fn a_pronoun_after_a_sentence_whose_subject_follows_an_opening_phrase_is_that_person() {
    let text = "\"This just isn't right,\" Elizabeth Warren said.\n\nIn a statement issued Tuesday morning, \
                presidential nominee Hillary Clinton was more circumspect. \"If any bank can't be managed \
                effectively, it should be broken up,\" she said.";
    assert_eq!(speakers(text), ["Elizabeth Warren", "Hillary Clinton"]);
}
