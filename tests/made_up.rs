//! Small made-up stories in styles the fixtures lack: each asserts what a careful reader
//! would find, on the real binary.

mod common;

use std::fs;

use common::{findings, xcheck_in};
use serde_json::Value;
use tempfile::TempDir;

fn check(files: &[(&str, &str)]) -> (i32, Value) {
    check_with(files, &[])
}

/// [`check`] with every article judged as one story: stories of two short articles
/// share too little to be grouped.
fn check_one_story(files: &[(&str, &str)]) -> (i32, Value) {
    check_with(files, &["--one-story"])
}

fn check_with(files: &[(&str, &str)], options: &[&str]) -> (i32, Value) {
    let dir = TempDir::new().unwrap();
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let mut args = options.to_vec();
    args.extend(["--format", "json", "."]);
    let run = xcheck_in(dir.path(), &args, b"");
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    (run.code, run.json())
}

fn conflict_summaries(report: &Value) -> Vec<String> {
    summaries(report, "conflict")
}

/// The speaker's name of the report's first quote claim.
fn first_speaker(report: &Value) -> Option<Value> {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "quote")
        .map(|c| c["speaker"]["name"].clone())
}

/// The speaker's name of every quote of a report, in claim order.
fn speakers(report: &Value) -> Vec<String> {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "quote")
        .map(|c| c["speaker"]["name"].as_str().unwrap_or("-").to_string())
        .collect()
}

/// The summaries of the findings of one kind, in report order.
fn summaries(report: &Value, kind: &str) -> Vec<String> {
    findings(report, kind)
        .iter()
        .map(|f| f["summary"].as_str().unwrap().to_string())
        .collect()
}

const LETTERS: &str = "Four states get letters\n\nThe following states received letters from the agency on Monday:\n\n- Texas;\n- Ohio;\n- Iowa; and\n- Maine.\n";

#[test]
fn places_named_for_another_reason_do_not_conflict() {
    let storms = "Storm season\n\nStorms hit several states this week, including Texas, Ohio and Utah, forecasters said.\n";
    let (code, r) = check(&[("a.txt", LETTERS), ("b.txt", storms)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_partial_list_about_the_same_letters_conflicts() {
    let letters_too = "Letters sent\n\nLetters went to several states, including Texas, Ohio and Utah, the agency said.\n";
    let (code, r) = check(&[("a.txt", LETTERS), ("b.txt", letters_too)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert!(
        s[0].starts_with("b names the State of Utah among the states"),
        "{s:#?}"
    );
}

#[test]
fn two_partial_lists_never_conflict() {
    let a = "Grants\n\nGrants went to several cities, including Tulsa, Omaha and Boise.\n";
    let b = "Grants\n\nCities such as Tulsa, Omaha and Akron, Ohio, got grants.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let overlap = findings(&r, "agreement");
    assert_eq!(overlap.len(), 1);
    assert_eq!(overlap[0]["type"], "overlap");
}

#[test]
fn countries_and_a_state_named_like_a_country() {
    let a = "Watch list\n\nWASHINGTON (AP) — Treasury added five countries to its watch list: Iran, Syria, North Korea, Venezuela and Cuba.\n";
    let b = "Watch list grows\n\nTreasury named Iran, Syria and other countries on Monday.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let keys: Vec<&str> = r["claims"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["place"]["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        vec![
            "country:iran:?",
            "country:syria:?",
            "country:north korea:?",
            "country:venezuela:?",
            "country:cuba:?"
        ]
    );
}

#[test]
fn lists_of_parties_compare_like_lists_of_places() {
    let a = "Regulator subpoenas three firms\n\nThe following companies received subpoenas:\n\n- Acme Corp.\n- Blue River Energy\n- Northwind Holdings\n";
    let b = "Blackout probe widens\n\nThe companies were: Acme Corp., Blue River Energy and Northwind Holdings, officials said.\n";
    let c = "Probe\n\nThe companies were: Acme Corp., Blue River Energy and Contoso Bank, officials said.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let kinds: Vec<&str> = r["claims"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["place"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, vec!["organization"; 3]);
    let (code, r) = check(&[("a.txt", a), ("c.txt", c)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert!(
        s.iter()
            .any(|x| x.starts_with("Contoso Bank is missing from a's complete list")),
        "{s:#?}"
    );
}

#[test]
fn a_wire_copy_without_accents_is_the_same_story_and_the_same_speaker() {
    let dispatch = "Port fines three terminals\n\nThe Port Authority of San Andrés on Thursday fined three terminal operators for missing emissions reports.\n\n“We warned every operator twice,” said Commissioner José Peña.\n";
    let wire = "Port fines four terminal operators\n\nSAN ANDRES (Wire) - The port authority fined four terminal operators on Thursday over late emissions reports.\n\n\"We warned every operator twice,\" Commissioner Jose Pena said in a statement.\n";
    let (code, r) = check(&[("dispatch.txt", dispatch), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    assert_eq!(r["stories"].as_array().map_or(0, Vec::len), 0, "one story");
    let s = conflict_summaries(&r);
    assert_eq!(s.len(), 1, "{s:#?}");
    assert!(s[0].contains("counts 4"), "{s:#?}");
    let quote = findings(&r, "agreement")
        .into_iter()
        .find(|f| f["topic"].as_str().unwrap_or("").starts_with("quote"))
        .expect("the quote agrees");
    assert_eq!(quote["type"], "identical");
}

#[test]
fn a_misreported_sum_conflicts_and_a_budget_and_its_gap_do_not() {
    // A dispatch, a wire copy and a blog of one meeting: the wire gives the gap as
    // $2.4 million where the others say $2.1 million. The $14 million budget, the
    // $40,000 book sale and the gap share words but are different sums.
    let dispatch = "Library board weighs cuts as deficit looms\n\nMILLBROOK — The Millbrook library board must close a $2.1 million gap before the new fiscal year begins, board chair Dana Whitfield said Tuesday.\n\nThe board's total operating budget is $14 million, and about 62 percent of it pays staff.\n\n\"We are not closing branches,\" Whitfield said. \"Every option is on the table except that one.\"\n\nTrustees will vote on a plan by June 30.\n";
    let wire = "Millbrook library faces budget shortfall\n\nMILLBROOK (Wire) — Trustees of the Millbrook public library will need to close a $2.4 million budget gap, chair Dana Whitfield told reporters on Tuesday.\n\nThe system spends $14 million a year to run its five branches.\n\n\"We are not closing branches,\" Whitfield said.\n\nA vote on the plan is due by June 30.\n";
    let blog = "Notes from the Millbrook library board\n\nTuesday's meeting was short. Chair Dana Whitfield said the board must close a $2.1 million gap, and that the library's $14 million budget leaves little room.\n\nShe said staff costs take about 62 percent of spending. Last year the library raised $40,000 from its book sale.\n\nTrustees vote on June 30.\n";
    let (code, r) = check(&[
        ("dispatch.txt", dispatch),
        ("wire.txt", wire),
        ("blog.txt", blog),
    ]);
    assert_eq!(code, 1);
    assert!(r["stories"].is_null(), "one story");
    let s = conflict_summaries(&r);
    assert_eq!(
        s,
        [
            "blog and dispatch give the amount as \"$2.1 million\" where wire gives \"$2.4 million\"."
        ],
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s == "blog and dispatch agree on the amount (\"$14 million\")."),
        "{agreed:#?}"
    );
}

#[test]
fn last_years_sum_and_this_years_do_not_conflict() {
    let a = "Festival books record year\n\nThe Riverside Jazz Festival raised $2.1 million for the city's music programs last year, organizer Tomas Reyes said Friday.\n\n\"Music keeps this river town alive,\" Reyes said.\n";
    let b = "Jazz festival sets goal\n\nThe Riverside Jazz Festival hopes to raise $2.4 million for the city's music programs, organizer Tomas Reyes said Friday.\n\n\"Music keeps this river town alive,\" Reyes said.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_misreported_vote_tally_conflicts() {
    // A newspaper and a radio transcript of one school-board vote.
    let gazette = "School board closes Elm Street pool\n\nThe Harlow school board voted 4-1 on Thursday to close the Elm Street pool at the end of June, board president Rita Gomez said.\n\n\"We cannot keep a 60-year-old pool open on this budget,\" Gomez said.\n";
    let radio = "HARLOW PUBLIC RADIO — TRANSCRIPT EXCERPT\n\nHOST: The Harlow school board has decided the Elm Street pool will close. The board's vote on Thursday was 5-0, with no debate.\n\nHOST: Board president Rita Gomez spoke after the meeting.\n\nGOMEZ: \"We cannot keep a 60-year-old pool open on this budget.\"\n";
    let (code, r) = check(&[("gazette.txt", gazette), ("radio.txt", radio)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["gazette gives the vote as 4-1 where radio gives 5-0."]
    );
}

#[test]
fn two_votes_on_two_motions_do_not_conflict() {
    // One board, one day, one quote, two votes: the budget 5-0, the hire 3-2.
    let a = "Harlow board acts on pool, budget\n\nThe Harlow school board voted 5-0 on Thursday to approve next year's budget, board president Rita Gomez said.\n\n\"We cannot keep a 60-year-old pool open on this budget,\" Gomez said.\n";
    let b = "Harlow board names new superintendent\n\nThe Harlow school board voted 3-2 on Thursday to hire Marcus Lee as superintendent, board president Rita Gomez said.\n\n\"We cannot keep a 60-year-old pool open on this budget,\" Gomez said.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_single_source_absence_reads_as_a_sentence() {
    let a = "Hearing held\n\nThe county held a hearing on the dam on Monday. Members of the Lakota Nation boycotted the hearing, Chair Ann Ruiz said.\n";
    let b = "Dam hearing\n\nThe county held a hearing on the dam on Monday, Chair Ann Ruiz said. \"We heard every side,\" Ruiz said.\n";
    let (_, r) = check(&[("a.txt", a), ("b.txt", b)]);
    let single: Vec<&str> = findings(&r, "single_source")
        .iter()
        .filter_map(|f| f["summary"].as_str())
        .filter(|s| s.contains("boycotted"))
        .collect();
    assert_eq!(
        single,
        ["Only a says Lakota Nation stayed away from the hearing (\"boycotted\")."],
        "{:#?}",
        findings(&r, "single_source")
    );
}

#[test]
fn bare_county_names_in_a_counted_colon_list_meet_a_bulleted_list_of_counties() {
    // The gazetteer knows no Owyhee; it knows Boise as a city. Either way the blog's list
    // says its names are counties.
    for middle in ["Owyhee", "Boise"] {
        let a = format!(
            "Permit covers three counties\n\nThe Idaho permit covers three counties: Ada, {middle} and Gem, board chair Ann Ruiz said on Tuesday.\n"
        );
        let b = format!(
            "Idaho permit approved\n\nThe Idaho board approved the permit for the following counties, board chair Ann Ruiz said on Tuesday:\n\n- Ada County\n- {middle} County\n- Gem County\n"
        );
        let (code, r) = check(&[("a.txt", &a), ("b.txt", &b)]);
        assert_eq!(code, 0, "{middle}: {:#?}", conflict_summaries(&r));
        let agreed: Vec<&str> = findings(&r, "agreement")
            .iter()
            .filter(|f| f["topic"] == "list: counties")
            .filter_map(|f| f["summary"].as_str())
            .collect();
        assert_eq!(
            agreed,
            ["The complete lists of a and b name the same 3 counties once names are normalized."],
            "{middle}"
        );
    }
}

#[test]
fn different_rough_counts_of_one_crowd_are_not_comparable_and_the_same_ones_agree() {
    let dir = TempDir::new().unwrap();
    let texts = [
        (
            "a.txt",
            "Ferry fares\n\nAbout 80 residents attended the harbor board meeting on Tuesday to protest ferry fares.\n",
        ),
        (
            "b.txt",
            "Ferry protest\n\nRoughly 60 residents attended the harbor board meeting Tuesday, protesting ferry fares.\n",
        ),
    ];
    for (name, text) in texts {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let r = xcheck_in(dir.path(), &["--one-story", "--format", "json", "."], b"");
    assert_eq!(r.code, 0, "{}", r.stdout);
    let report = r.json();
    assert!(findings(&report, "conflict").is_empty());
    let rough = findings(&report, "not_comparable");
    assert_eq!(rough.len(), 1, "{rough:#?}");
    assert_eq!(rough[0]["topic"], "count: residents");
    assert_eq!(rough[0]["evidence"].as_array().unwrap().len(), 2);
    // The same rough figure in other words agrees.
    fs::write(
        dir.path().join("b.txt"),
        "Ferry protest\n\nSome 80 residents attended the harbor board meeting Tuesday, protesting ferry fares.\n",
    )
    .unwrap();
    let report = xcheck_in(dir.path(), &["--one-story", "--format", "json", "."], b"").json();
    assert!(findings(&report, "not_comparable").is_empty());
    assert!(
        findings(&report, "agreement")
            .iter()
            .any(|f| f["topic"] == "count: residents"),
        "{report:#?}"
    );
}

#[test]
fn rough_counts_that_share_two_words_of_context_are_compared() {
    // A small story: every word of context is in every article, so none is telling on
    // its own, but two shared words ("lost", "permits") tie the counts together.
    let a = "Rental cap falls\n\nThe court struck down the cap on Thursday. About 340 owners lost permits when it took effect.\n";
    let b = "Cap tossed\n\nThe court threw out the cap on Thursday. Roughly 400 owners lost their permits.\n";
    let (code, report) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0);
    let rough = findings(&report, "not_comparable");
    assert_eq!(rough.len(), 1, "{rough:#?}");
    assert_eq!(rough[0]["topic"], "count: owners");
}

#[test]
fn two_outlets_that_each_give_two_dates_agree_on_both() {
    // The dates' words overlap ("Public Utilities Commission" is near both), so both
    // dates fall into one group; neither outlet stands on one side of a disagreement.
    let a = "Utility seeks higher rates\n\nNorthern Power said Monday it will raise rates for 1.2 million customers starting March 3, pending approval from the state Public Utilities Commission.\n\nThe commission will hold a public hearing on Feb. 20.\n";
    let b = "Northern Power seeks rate increase\n\nNorthern Power on Monday asked regulators to let it raise rates for 1,200,000 customers from 3 March.\n\nA public hearing before the Public Utilities Commission is set for February 20.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let topics: Vec<&str> = findings(&r, "agreement")
        .iter()
        .map(|f| f["topic"].as_str().unwrap())
        .collect();
    for topic in ["date: March 3", "date: Feb. 20", "count: customers"] {
        assert!(topics.contains(&topic), "{topics:?}");
    }
}

#[test]
fn a_summit_held_in_one_outlet_and_postponed_in_another_conflicts() {
    let held = "Leaders skip water summit\n\nTribal leaders boycotted Thursday's water summit with Gov. Carla Reyes. The summit went ahead without them.\n";
    let postponed = "Water summit postponed\n\nGov. Carla Reyes postponed Thursday's water summit after tribal leaders said they would not attend.\n";
    let (code, r) = check_one_story(&[("a.txt", held), ("b.txt", postponed)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert_eq!(
        s,
        [
            "The meeting is described as held in a (\"went ahead\"), but postponed in b (\"postponed\")."
        ],
        "{s:#?}"
    );
    // Canceled against postponed: other words, but both may be right.
    let canceled = "Water summit canceled\n\nGov. Carla Reyes canceled Thursday's water summit after tribal leaders said they would not attend.\n";
    let (code, r) = check_one_story(&[("b.txt", postponed), ("c.txt", canceled)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let unsure = findings(&r, "not_comparable");
    assert_eq!(unsure.len(), 1, "{unsure:#?}");
    assert_eq!(unsure[0]["topic"], "event: meeting");
}

#[test]
fn the_same_date_in_two_outlets_agrees_even_in_other_words() {
    let a = "Transit fares rise\n\nThe Metro Transit board approved a fare increase on Wednesday.\n\nThe new fares take effect July 1.\n";
    let b = "Fares going up\n\nMetro Transit riders will pay more starting July 1 after the board voted Wednesday.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    let on_july_1 = |kind: &str| {
        findings(&r, kind)
            .into_iter()
            .filter(|f| f["topic"] == "date: July 1")
            .count()
    };
    // Before, each outlet was "the only one" to give July 1.
    assert_eq!(on_july_1("single_source"), 0);
    assert_eq!(on_july_1("agreement"), 1);
}

#[test]
fn a_count_of_places_agrees_across_outlets_and_a_counted_series_is_the_list() {
    // A press release counts its bulleted states; a wire story counts them in its
    // headline and names them in a plain series with no cue; a TV station adds one.
    let release = "Pear recall\n\nThe recalled pears were shipped to stores in the following five states:\n\n- Oregon\n- Idaho\n- Utah\n- Nevada\n- Montana\n";
    let wire = "Pears recalled in five Western states after testing\n\nThe grower said the pears went to Oregon, Idaho, Utah, Nevada and Montana.\n";
    let tv = "Pear recall reaches six states\n\nThe pears were sold in six states: Oregon, Idaho, Utah, Nevada, Montana and Wyoming.\n";
    let (_, r) = check_one_story(&[("release.txt", release), ("wire.txt", wire), ("tv.txt", tv)]);
    // The release's "five states" and the wire's share no word around them, yet they are
    // one count: the release is not "the only one" to give it.
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements.iter().any(|s| s
            == "release and wire agree on 5 states (\"five states\", \"five Western states\")."),
        "{agreements:#?}"
    );
    // The wire's series is as long as its count of states: a complete list, which sides
    // with the release against the TV station's extra state.
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "tv's complete list of the states adds State of Wyoming, which the complete lists of release and wire do not have."
        ]
    );
}

#[test]
fn two_titles_for_one_person_are_not_comparable_and_roles_quote_the_words_as_written() {
    let a = "Mill closes\n\nThe plant will close in May, said Tomas Berg, President of Ridge Paper Co.\n";
    let b = "Ridge Paper to shut mill\n\nRidge Paper CEO Tomas Berg said the plant will close in May.\n";
    let c =
        "Paper mill closing\n\nCompany president Tomas Berg said the plant will close in May.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "b calls Tomas Berg chief executive (\"Ridge Paper CEO Tomas Berg\") where a and c call Tomas Berg president (\"Tomas Berg, President of Ridge Paper Co\", \"Company president Tomas Berg\"); one person may hold both posts."
        ]
    );
    assert!(conflict_summaries(&r).is_empty());
}

#[test]
fn a_tally_far_from_the_words_of_its_motion_still_meets_the_same_vote() {
    // The radio story names the arena nine words before its tally; the vote is one.
    let ledger = "Council approves arena deal in 6-3 vote\n\nThe Lakeport City Council voted 6-3 late Tuesday to approve a $410 million arena for the Lakeport Lynx after a nine-hour meeting.\n";
    let radio = "Lakeport council OKs arena plan\n\nAfter hours of debate, the Lakeport City Council early Wednesday approved a new downtown arena for the city's pro hockey team on a 7-2 vote.\n";
    // A third outlet puts every shared word in every article: none is rare.
    let thread = "THREAD: the arena deal\n\n1/ Lakeport City Council approved the Lynx arena deal last night, 6-3. Here is what is in it.\n";
    let (_, r) = check_one_story(&[
        ("ledger.txt", ledger),
        ("radio.txt", radio),
        ("thread.txt", thread),
    ]);
    // Before, the radio's tally shared only "city" with the others within eight words:
    // "Only radio gives the vote as 7-2".
    assert_eq!(
        conflict_summaries(&r),
        ["ledger and thread give the vote as 6-3 where radio gives 7-2."]
    );
}

#[test]
fn the_same_large_sum_agrees_whatever_words_surround_it() {
    let a = "Arena approved\n\nThe council approved a $410 million arena on Tuesday. The team will pay $2.5 million a year in rent.\n";
    let b = "THREAD: the arena deal\n\n2/ Total cost: $410M.\n\n3/ Rent: $2.5M/year.\n";
    let c = "Arena vote\n\nCouncil members backed the $410 million plan on Tuesday night.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|s| s == "a, b and c agree on the amount (\"$410 million\", \"$410M\")."),
        "{agreements:#?}"
    );
    assert!(
        agreements
            .iter()
            .any(|s| s == "a and b agree on the amount (\"$2.5 million a year\", \"$2.5M/year\")."),
        "{agreements:#?}"
    );
    assert!(findings(&r, "single_source").is_empty());
}

#[test]
fn two_lengths_of_one_lease_conflict_and_two_kinds_of_thing_do_not() {
    let a = "Arena lease signed\n\nThe Lynx will sign a 30-year lease with the city, and the arena opens in 2028 under a 10-year plan.\n";
    let b = "Lynx agree to arena lease\n\nThe Lynx agreed to a 25-year lease, the city said.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(
        conflict_summaries(&r),
        ["a counts 30 (\"30-year lease\") where b counts 25 (\"25-year lease\")."]
    );
}

#[test]
fn a_release_sharing_only_figures_joins_its_story_and_two_figures_of_one_union_do_not_conflict() {
    // The union's release shares no quote and no person with the other two, only its
    // figure of nurses; it also gives the union's whole membership.
    let union = "NURSES AT FOUR HOSPITALS SET STRIKE FOR DEC. 8\n\nRegistered nurses at four Meridian Health hospitals will strike for three days beginning Dec. 8, the Maine Nurses Alliance announced today. The strike will affect about 2,400 nurses.\n\nThe Alliance represents 5,600 nurses statewide.\n";
    let wire = "Maine nurses plan strike\n\nNurses at four Meridian Health hospitals plan to strike starting Dec. 8. The Maine Nurses Alliance said about 2,400 nurses would take part.\n\nMeridian Chief Executive Paul Haddad said: \"We remain at the table and ready to reach an agreement.\"\n";
    let tv = "Nurses strike looms\n\nREPORTER: The union says about 2,400 nurses will walk out starting December 8th.\n\nREPORTER: Meridian CEO Paul Haddad says the company is still at the table.\n\nPAUL HADDAD: \"We remain at the table and ready to reach an agreement.\"\n";
    let (_, r) = check(&[("union.txt", union), ("wire.txt", wire), ("tv.txt", tv)]);
    // One story: no story list, and the union stands in the date's agreement.
    assert!(
        r["stories"].as_array().is_none_or(|s| s.len() <= 1),
        "{:#?}",
        r["stories"]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|s| s.starts_with("tv, union and wire agree on the date Dec. 8")),
        "{agreements:#?}"
    );
    // "about 2,400 nurses" is not set against the union's 5,600 members: the union
    // gives both figures.
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
    // "CEO" and "Chief Executive" are one title.
    assert!(
        agreements
            .iter()
            .any(|s| s.starts_with("tv and wire give Paul Haddad's title as chief executive")),
        "{agreements:#?}"
    );
}

#[test]
fn one_persons_two_ages_conflict() {
    let a = "Treasurer sentenced\n\nA judge ordered Dale Mercer, 61, to repay the county on Thursday.\n";
    let b = "Ex-treasurer gets 8 years\n\nDale Mercer, 62, took $3.1 million over six years, court records show.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(
        conflict_summaries(&r),
        ["b counts 62 (\"Dale Mercer, 62\") where a counts 61 (\"Dale Mercer, 61\")."]
    );
}

#[test]
fn a_newsletters_bullets_written_as_sentences_are_read_as_prose() {
    let paper = "Board approves cuts\n\nThe water board voted 5-2 on Tuesday to approve cuts for farms along the river.\n";
    let digest = "THE MORNING DIGEST\n\nGood morning. Here is what you need to know.\n\n\
                  • The water board voted 4-3 on Tuesday to approve cuts for farms along the river.\n\
                  • Tickets for the fair go on sale Friday.\n";
    let (code, r) = check_one_story(&[("digest.txt", digest), ("paper.txt", paper)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["digest gives the vote as 4-3 where paper gives 5-2."]
    );
    // Items that name places stay a bulleted list, not prose.
    let (_, r) = check(&[("a.txt", LETTERS)]);
    let lists: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "list")
        .collect();
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0]["items"].as_array().unwrap().len(), 4);
}

#[test]
fn a_board_that_met_in_session_conflicts_with_a_postponed_meeting() {
    let met = "Board orders cuts\n\nThe county water board met in closed session on Tuesday and ordered cuts.\n";
    let postponed = "Water vote delayed\n\nThe county water board's Tuesday meeting was postponed until next month.\n";
    let (code, r) = check_one_story(&[("a.txt", met), ("b.txt", postponed)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "The meeting is described as held in a (\"met in closed session\"), but postponed in b (\"postponed\")."
        ]
    );
    let took_place = "Appeal heard\n\nThe hearing took place Monday in the old courthouse.\n";
    let (_, r) = check_one_story(&[("c.txt", took_place)]);
    let statuses: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["status"].as_str())
        .collect();
    assert_eq!(statuses, ["held"]);
}

#[test]
fn an_explainers_answer_and_a_labelled_colon_list_are_lists_of_the_kind_they_name() {
    let explainer = "What the order means\n\nThe order, signed Tuesday, covers four counties.\n\n\
                     Q: Which counties are covered?\n\nA: Avalon, Brisco, Calder and Dunmore.\n";
    let digest = "Morning digest\n\nThe governor signed the order Tuesday.\n\n\
                  The counties: Avalon, Brisco and Calder.\n";
    let (code, r) = check_one_story(&[("digest.txt", digest), ("qa.txt", explainer)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "Dunmore County is missing from digest's complete list of the counties; the complete list of qa includes it."
        ]
    );
    // Without a label that names a kind of place, unknown names are no list.
    let plain = "Winners\n\nThe winners: Avalon, Brisco and Calder.\n";
    let (_, r) = check_one_story(&[("plain.txt", plain)]);
    assert!(
        r["claims"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["kind"] != "list"),
        "{:#?}",
        r["claims"]
    );
}

#[test]
fn two_sums_of_the_same_aid_conflict_and_sums_of_other_things_do_not() {
    let a = "Drought aid\n\nGov. Ana Ruiz declared an emergency in six counties on Tuesday, unlocking $45 million in aid.\n";
    let b = "Emergency declared\n\nThe proclamation cites the state code and frees $40 million in emergency aid for rural water systems.\n";
    // A third outlet uses every word the two sums share but the noun they are of.
    let c = "Counties wait\n\nOfficials said emergency aid would reach the counties soon.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["a gives the amount as \"$45 million\" where b gives \"$40 million\"."]
    );
    let d = "Water plan\n\nThe proclamation cites the state code and sets aside $40 million for rural water systems.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("c.txt", c), ("d.txt", d)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_title_with_of_before_a_name_is_read_whole() {
    let a = "Ruling appealed\n\nSecretary of State Helen Marsh said the state would appeal the ruling.\n";
    let b =
        "State to appeal\n\nAttorney General Helen Marsh says the state will appeal the ruling.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "a calls Helen Marsh secretary of state (\"Secretary of State Helen Marsh\") where b calls Helen Marsh attorney general (\"Attorney General Helen Marsh\"); one person may hold both posts."
        ]
    );
}

#[test]
fn each_outlets_only_count_of_a_thing_differing_is_not_comparable_not_two_single_sources() {
    // "idling" and "close" share no word ("closing" and "close" would: one closing).
    let forum = "Northwind idling 4 plants\n\nJust heard at shift change. They say we can move to Dayton.\n";
    let release = "Northwind consolidates\n\nNorthwind Appliance said it will close three plants and move production to Dayton.\n";
    let script = "Plants to close\n\nNorthwind Appliance says the work moves to Dayton, Ohio.\n";
    let (code, r) = check_one_story(&[
        ("forum.txt", forum),
        ("release.txt", release),
        ("script.txt", script),
    ]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "The outlets' only counts of plants differ: 4 in forum (\"4 plants\"), 3 in release (\"three plants\"); the words around them share too little to say they count the same plants."
        ]
    );
    assert!(
        summaries(&r, "single_source")
            .iter()
            .all(|s| !s.contains("plants")),
        "{:#?}",
        summaries(&r, "single_source")
    );
    // An article that counts plants twice may be counting two sets: no note.
    let twice = "Northwind consolidates\n\nNorthwind Appliance said it will close three plants and keep two plants in Dayton.\n";
    let (_, r) = check_one_story(&[
        ("forum.txt", forum),
        ("release.txt", twice),
        ("script.txt", script),
    ]);
    assert!(
        summaries(&r, "not_comparable").is_empty(),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
}

#[test]
fn two_deadlines_to_do_the_same_thing_conflict_in_other_words() {
    // The only word the three share near the dates is "register", which all use.
    let a = "Well rules\n\nWell owners face an Oct. 1 deadline to register.\n";
    let b = "Drought order\n\nGrowers have until Sept. 30 to register new wells.\n";
    let c = "What to know\n\nGrowers must register new wells by Sept. 30.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["a gives the deadline as Oct. 1 where b and c give Sept. 30."]
    );
}

#[test]
fn a_rough_count_that_excludes_another_outlets_only_exact_count_is_not_comparable() {
    let forum = "Northwind cuts\n\nNorthwind is cutting 1,400 jobs, people at the plant say.\n";
    let script = "Plants to close\n\nNorthwind says about 1,150 jobs are affected by the move.\n";
    let release =
        "Northwind consolidates\n\nNorthwind Appliance will move production to Dayton, Ohio.\n";
    let (code, r) = check_one_story(&[
        ("forum.txt", forum),
        ("release.txt", release),
        ("script.txt", script),
    ]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "The outlets' only counts of jobs differ: 1,400 in forum (\"1,400 jobs\"), 1,100–1,200 in script (\"about 1,150 jobs\"); the words around them share too little to say they count the same jobs."
        ]
    );
}

#[test]
fn a_thread_counter_a_footnote_marker_and_a_reference_list_are_no_claims() {
    let thread = "Maya Brandt @mayabrandt_food · Mar 4\n\n1/4 THREAD: What we know about the peanut butter recall\n\n2/4 Harvest Ridge Foods pulled its jars from shelves in 3 states: Idaho, Utah and Nevada.\n\n3/4 At least 12 people have gotten sick so far, per the CDC.\n\n4/4 The recall was announced March 3.\n";
    let wiki = "2027 peanut butter recall\n\nFrom Wikipedia, the free encyclopedia\n\nThe recalled jars went to retailers in three states: Idaho, Utah and Nevada.[1][3] Fourteen cases were reported.[3]\n\nReferences\n\n1. \"Peanut butter recalled in three states\". Associated Newswire. March 3, 2027.\n2. \"Outbreak linked to peanut butter\". CDC. March 5, 2027.\n\nCategories: 2027 in the United States | Food recalls\n";
    let (_, r) = check_one_story(&[("thread.txt", thread), ("wiki.txt", wiki)]);
    let counts: Vec<(&str, &str)> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count")
        .map(|c| (c["article"].as_str().unwrap(), c["text"].as_str().unwrap()))
        .collect();
    assert_eq!(
        counts,
        vec![
            ("thread", "3 states"),
            ("thread", "At least 12 people"),
            ("wiki", "three states"),
            ("wiki", "Fourteen cases"),
        ]
    );
    // The list ends before the footnote marks; the reference list's dates and quoted
    // headlines are not the article's.
    let wiki_claims: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["article"] == "wiki" && c["kind"] != "count")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        wiki_claims,
        vec!["The recalled jars went to retailers in three states: Idaho, Utah and Nevada."]
    );
    assert_eq!(
        findings(&r, "conflict").len(),
        0,
        "{:#?}",
        conflict_summaries(&r)
    );
}

#[test]
fn dates_after_the_same_verb_that_differ_are_not_comparable() {
    // "announced" is in every article, too common a word to align two dates by: the
    // outlets may date one announcement differently or date two. A reader is told.
    let a = "Recall\n\nThe peanut butter recall was announced on March 3, the agency said.\n";
    let b = "Jars pulled\n\nThe recall of the jars was announced March 3.\n";
    let c = "Peanut butter recall\n\nA voluntary recall by the maker, announced on March 4, followed an outbreak.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let unsure = summaries(&r, "not_comparable");
    assert_eq!(unsure.len(), 1, "{unsure:#?}");
    assert!(
        unsure[0].starts_with(
            "The outlets give different dates after the same verb: a and b March 3, c March 4."
        ),
        "{unsure:#?}"
    );
    // March 3 still agrees; March 4 is not "only c's".
    assert_eq!(summaries(&r, "agreement").len(), 1);
    let alone = summaries(&r, "single_source");
    assert!(
        !alone.iter().any(|s| s.contains("lists these")),
        "{alone:#?}"
    );
}

#[test]
fn minutes_and_a_release_agree_on_a_tally_and_a_paper_that_differs_is_not_comparable() {
    // Minutes, a release and a paper each give one tally of the council's vote, in
    // words that share nothing every article does not use: the equal ones agree, the
    // other is set beside them.
    let minutes = "CITY COUNCIL MINUTES\n\nMotion by Sethi, second by Ho. Motion carried 4-1, Marchetti opposed.\n";
    let release =
        "MAYOR APPLAUDS VOTE\n\nMayor Rita Okafor today applauded the council's 4-1 vote.\n";
    let paper = "Council caps rentals\n\nThe City Council voted 5-1 Tuesday night to cap rentals at 200 permits.\n";
    let (code, r) = check_one_story(&[
        ("minutes.txt", minutes),
        ("paper.txt", paper),
        ("release.txt", release),
    ]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    assert!(
        summaries(&r, "agreement")
            .contains(&"minutes and release agree on the vote (4-1).".to_string()),
        "{:#?}",
        summaries(&r, "agreement")
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "The outlets' only vote tallies differ: minutes and release 4-1, paper 5-1."
        )),
        "{unsure:#?}"
    );
    assert!(
        !summaries(&r, "single_source")
            .iter()
            .any(|s| s.contains("vote")),
        "{:#?}",
        summaries(&r, "single_source")
    );
    // Equal tallies of motions that share no word are two votes, neither agreeing nor
    // set beside each other.
    let pool = "Pool vote\n\nThe board voted 4-1 to close the pool.\n";
    let fees = "Fee vote\n\nThe council voted 4-1 to raise fees.\n";
    let (_, r) = check_one_story(&[("pool.txt", pool), ("fees.txt", fees)]);
    assert_eq!(summaries(&r, "single_source").len(), 2, "{r:#}");
}

#[test]
fn two_reports_of_one_board_vote_are_one_story_and_their_lone_fare_agrees() {
    // They share a person and a split tally, which together tell one story; "$2.75" is
    // each article's only sum, so the two agree though no word around them is shared.
    let a = "Transit agency raises fares\n\nThe Metro Transit Authority board voted 6-2 on Thursday to raise the base fare to $2.75.\n\nThe agency announced on Aug. 4 that two routes would end.\n\n\"Nobody on this board wanted to do this,\" Chairwoman Lena Park said.\n";
    let b = "Metro fares going up\n\nRiders will pay $2.75 after the Metro Transit Authority board approved the increase Thursday on a 6-2 vote.\n\nThe board also confirmed two route cuts, first announced on Aug. 2.\n\nBoard Chairwoman Lena Park said nobody on the board wanted to do it.\n";
    let (code, r) = check(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(r["stories"].as_array().map_or(0, Vec::len), 0, "one story");
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        vec!["a gives the date as Aug. 4 where b gives Aug. 2."]
    );
    let agreed = summaries(&r, "agreement");
    for expected in [
        "a and b agree on the amount (\"$2.75\").",
        "a and b agree on the vote (6-2).",
    ] {
        assert!(agreed.contains(&expected.to_string()), "{agreed:#?}");
    }
}

#[test]
fn a_colon_list_wrapped_after_its_colon_and_each_outlets_only_count_of_a_thing() {
    // The wrapper broke the line after "valley:", so the list goes on in the sentence;
    // "five shelters" is each article's only count of shelters, told in other words.
    let a = "Valley towns told to leave\n\nThe county said rain had closed roads across the valley, and an\nevacuation order went out Friday for three towns in the valley:\nAlder Bend, Cobb Hollow and Pine Ferry. Volunteers staffed five\nshelters overnight.\n";
    let b = "Evacuations ordered\n\nThe order covers four towns: Alder Bend, Cobb Hollow, Pine Ferry and Dunmore.\n\nThe Red Cross opened five shelters in church halls, a spokeswoman said.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "b counts 4 (\"four towns\") where a counts 3 (\"three towns\").",
            "Dunmore is missing from a's complete list of the towns; the complete list of b includes it."
        ]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(&"a and b agree on 5 shelters (\"five shelters\").".to_string()),
        "{agreed:#?}"
    );
    // A count of one thing that an article gives twice is no lone count: other words
    // must link it.
    let twice = "Evacuations ordered\n\nThe Red Cross opened five shelters in church halls. By night, five shelters more were full.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("c.txt", twice)]);
    assert!(
        summaries(&r, "agreement")
            .iter()
            .all(|s| !s.contains("shelters")),
        "{r:#}"
    );
}

#[test]
fn a_board_that_met_on_a_named_day_conflicts_with_a_canceled_meeting_and_each_named_absentee_counts()
 {
    // "met Tuesday in emergency session" (the day between "met" and the rest, the
    // phrase running over a bullet's wrapped line) is a meeting held; every name of
    // "A, B and Gov. C boycotted" stayed away, not only the last.
    let a = "Board skips session\n\nOnly two members showed up Tuesday, and the meeting was canceled for lack of a quorum.\n\nCommissioners Ann Rios and Tom Vale attended. Commissioners Lee Park, Dora Fitch and Gov. Sam Ochoa boycotted the session.\n";
    let b = "Board acts on spill\n\n- The county board met Tuesday in\n  emergency session and voted 5-0 to seek a state inquiry.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "The meeting is described as held in b (\"met Tuesday in emergency session\"), but canceled in a (\"canceled\")."
        ]
    );
    let who: Vec<(&str, &str)> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "attendance" && c["who_key"] != "event")
        .map(|c| (c["who"].as_str().unwrap(), c["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        who,
        [
            ("two members", "attended"),
            ("Ann Rios", "attended"),
            ("Tom Vale", "attended"),
            ("Lee Park", "absent"),
            ("Dora Fitch", "absent"),
            ("Sam Ochoa", "absent"),
        ]
    );
}

#[test]
fn a_transcripts_turns_are_the_record_quotes_are_checked_against() {
    // Labelled turns ("MAYOR ROSA QUINTERO:", later "QUINTERO:") are their speakers'
    // words; "Q:" is no one. Two outlets credit words of the transcript to the other
    // speaker. The turns no outlet quotes are no single-source claims.
    let transcript = "Transcript: Mayor's briefing on the pool closures\n\nMAYOR ROSA QUINTERO: Thanks for coming. We are closing three city pools this\nsummer because we cannot staff them safely.\n\nQ: Which pools?\n\nQUINTERO: Eastside, Lowell and Marsh Park. We will reopen them when we can hire\nlifeguards.\n\nPARKS DIRECTOR EARL BOONE: We are short forty lifeguards. Nobody wants to close a\npool in July.\n";
    let paper = "City to close three pools\n\nThe city will close three pools this summer, Mayor Rosa Quintero said Monday.\n\n\"Nobody wants to close a pool in July,\" Quintero said.\n";
    let blog = "Pools shut for summer\n\n\"We will reopen them when we can hire lifeguards,\" parks director Earl Boone told\nreporters on Monday, after the mayor announced the closures.\n";
    let (code, r) = check_one_story(&[
        ("transcript.txt", transcript),
        ("paper.txt", paper),
        ("blog.txt", blog),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "The words \"Nobody wants to close a pool in July\" are Earl Boone's in transcript and Rosa Quintero's in paper.",
            "The words \"We will reopen them when we can hire lifeguards\" are Earl Boone's in blog and Rosa Quintero's in transcript."
        ]
    );
    let single = summaries(&r, "single_source");
    assert!(single.iter().all(|s| !s.contains("quotes")), "{single:#?}");
    assert_eq!(single.len(), 1, "{single:#?}"); // "forty lifeguards"
}

#[test]
fn a_bare_dozen_is_a_round_figure_not_exactly_twelve() {
    let minutes = "Council hears rental plan\n\nFourteen residents spoke at the public hearing on the rental cap.\n";
    let paper = "Rental cap heard\n\nA dozen residents spoke at the public hearing on the rental cap Tuesday.\n";
    let (code, r) = check_one_story(&[("minutes.txt", minutes), ("paper.txt", paper)]);
    assert_eq!(code, 0, "{r:#}");
    assert!(conflict_summaries(&r).is_empty());
    let agreed = summaries(&r, "agreement");
    let expected = "minutes counts 14 residents (\"Fourteen residents\"); \"A dozen residents\" is consistent with it.";
    assert!(agreed.contains(&expected.to_string()), "{agreed:#?}");
}

#[test]
fn a_roll_call_in_minutes_is_attendance() {
    // "Present:" and "Absent:" give each person named after them a status at the
    // meeting; a paper that has the absent member at the meeting conflicts.
    let minutes = "CITY OF ALDEN\nREGULAR COUNCIL MEETING MINUTES\n\n1. CALL TO ORDER\nMayor Nora Vance called the meeting to order at 7:01 p.m.\n\n2. ROLL CALL\nPresent: Mayor Nora Vance, Councilmembers Ed Pike and Sara Lund.\nAbsent: Councilmember Joe Ruiz.\n";
    let paper = "Alden council meets\n\nCouncilmember Joe Ruiz attended the meeting and asked about the budget.\n";
    let (code, r) = check_one_story(&[("minutes.txt", minutes), ("paper.txt", paper)]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert!(conflicts[0].contains("Joe Ruiz"), "{conflicts:#?}");
    let who: Vec<(&str, &str)> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "attendance" && c["article"] == "minutes")
        .map(|c| (c["who"].as_str().unwrap(), c["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        who,
        [
            ("the event", "held"),
            ("Nora Vance", "attended"),
            ("Ed Pike", "attended"),
            ("Sara Lund", "attended"),
            ("Joe Ruiz", "absent"),
        ]
    );
}

#[test]
fn prison_terms_in_words_meet_and_a_possible_term_is_none() {
    // "sentenced ... to 10 years in prison", "a decade behind bars" and "eight years in
    // federal prison" are years of prison; "faced up to 20 years" is no term given.
    let release = "Adviser sentenced\n\nA Reno adviser was sentenced Thursday to 10 years in prison for fraud. He had faced up to 20 years in prison.\n";
    let wire = "Reno adviser gets decade\n\nThe Reno adviser will spend a decade behind bars for the fraud, the judge ruled.\n";
    let tv = "Adviser sentenced\n\nThe Reno adviser will spend eight years in federal prison for fraud, the judge ruled Thursday.\n";
    let (code, r) =
        check_one_story(&[("release.txt", release), ("tv.txt", tv), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "tv counts 8 (\"eight years\") where release and wire count 10 (\"10 years\", \"a decade\")."
        ]
    );
    let terms: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(terms, ["10 years", "eight years", "a decade"]);
}

#[test]
fn ages_given_with_the_last_name_alone_meet_the_full_names_age() {
    // "Hammond, 57," is the age of Curtis Lyle Hammond, 58 elsewhere; "Reno, 12," is a
    // place and a number, no age.
    let release =
        "Adviser sentenced\n\nCurtis Lyle Hammond, 58, was sentenced Thursday for fraud.\n";
    let tv = "Adviser sentenced\n\nCurtis Hammond was sentenced Thursday. Hammond, 57, pleaded guilty in March.\n\nIn Reno, 12, 14 and 16 were the lots for sale.\n";
    let (code, r) = check_one_story(&[("release.txt", release), ("tv.txt", tv)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["release counts 58 (\"Curtis Lyle Hammond, 58\") where tv counts 57 (\"Hammond, 57\")."]
    );
    let ages = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["class"].as_str().is_some_and(|k| k.starts_with("age:")))
        .count();
    assert_eq!(ages, 2);
}

/// A legislature's vote in three styles: a wire, a live blog that gives the tally in the
/// sentence after the one naming the chamber, a radio script that says "12 to 9".
#[test]
fn one_chambers_vote_misreported_conflicts_and_the_other_chamber_does_not() {
    let wire = "Lawmakers send water bill to governor\n\nThe Senate passed House Bill 88 on a 12-9 vote on Monday, a week after the House approved it 40-20.\n\n\"Every family that turns on a tap deserves this,\" said Rep. Dora Quill.\n";
    let blog = "LIVE: final week at the Capitol\n\n4:40 p.m. — HB 88 PASSES THE SENATE. The final tally was 13-8. It now heads to the governor.\n\n\"Every family that turns on a tap deserves this,\" Rep. Dora Quill said.\n";
    let radio = "CAPITOL RADIO, TUESDAY\n\nHOST: What happened?\n\nREPORTER ANA LU: The Senate passed the water bill 12 to 9. Rep. Dora Quill said \"every family that turns on a tap deserves this.\"\n\nHOST: Thanks.\n";
    let (code, r) =
        check_one_story(&[("blog.txt", blog), ("radio.txt", radio), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert_eq!(
        s,
        ["blog gives the vote as 13-8 where radio and wire give 12-9."],
        "the House's 40-20 is another vote: {s:#?}"
    );
    // "HB 88" is a bill's number, not a count of what follows it.
    assert!(
        !summaries(&r, "single_source")
            .iter()
            .any(|s| s.contains("88")),
        "{:#?}",
        summaries(&r, "single_source")
    );
}

#[test]
fn a_sum_with_a_slipped_decimal_point_conflicts() {
    let a = "Water fund\n\nThe bill would create a $4.2 million fund to buy back unused water rights from ranchers.\n";
    let b = "Statehouse brief\n\nWhat the bill does:\n\n* sets up a $42 million fund to buy back unused water rights\n* takes effect Oct. 1\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "a gives the amount as \"$4.2 million\" where b gives \"$42 million\", the same digits ten times apart: one may be mistyped."
        ]
    );
    // Ten times a sum for another thing is another sum.
    let c = "Water fund\n\nThe bill would create a $42 million fund for new wells and spend $4.2 million to buy back unused water rights from ranchers.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("c.txt", c)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_bullet_that_goes_on_from_its_introduction_is_read_as_prose() {
    let a = "Pumping cap passes\n\nThe bill caps groundwater pumping in seven rural counties, the sponsor said.\n";
    let b = "The Brief\n\nWhat it does:\n\n* caps groundwater pumping in six rural counties: Nye, Lincoln, Mineral, Churchill, Lyon and Elko\n* funds buybacks\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["a counts 7 (\"seven rural counties\") where b counts 6 (\"six rural counties\")."]
    );
}

#[test]
fn a_name_spelled_two_ways_is_one_person_and_a_conflict() {
    let a = "Governor weighs bill\n\nHer spokesman, Kyle Bennet, said the governor would \"review the bill carefully\" before deciding whether to sign it into law.\n";
    let b = "Governor weighs bill\n\nSpokesman Kyle Bennett told reporters the governor would \"review the bill carefully\" before deciding whether to sign it into law.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["a spells the name \"Kyle Bennet\" where b spells it \"Kyle Bennett\"."]
    );
    // Two people whose names are one letter apart, with nothing else in common.
    let c = "Governor weighs bill\n\nRancher Erik Hanson said the bill would \"dry up the family ranch\" within a decade.\n";
    let d = "Governor weighs bill\n\nErik Hansen, a water lawyer, said the bill would \"survive any court challenge\" brought by ranchers.\n";
    let (code, r) = check_one_story(&[("c.txt", c), ("d.txt", d)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_reporters_turn_is_not_credited_with_the_words_it_reports() {
    // The reporter says what the spokesman told her: her turn is not the spokesman's
    // words in her mouth, so the wire's credit to him stands alone, with no conflict.
    let radio = "STATE RADIO, TUESDAY\n\nHOST: Will she sign it?\n\nLUCERO: Her spokesman Kyle Bennet told me the governor will review every line of this bill before she decides anything at all.\n\nHOST: Thanks.\n";
    let wire = "Governor weighs bill\n\n\"The governor will review every line of this bill before she decides anything at all,\" spokesman Kyle Bennet said.\n";
    let (code, r) = check_one_story(&[("radio.txt", radio), ("wire.txt", wire)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

/// A plant-closing story: a release, a TV station, a trade weekly and an earnings call.
#[test]
fn places_of_counted_plants_are_a_list_and_a_fourth_plant_conflicts() {
    let release = "Harrow to close three plants\n\nHarrow Industries will close its plants in Dayton, Ohio; Muncie, Ind.; and Joplin, Mo., by Sept. 30.\n";
    let trade = "Harrow to shut three U.S. plants\n\nHarrow Industries will shutter plants in Dayton, Ohio, Muncie, Indiana, and Joplin, Missouri, and move the work to Mexico.\n";
    let tv = "Harrow to close Muncie plant\n\nHarrow Industries is closing four plants in all — in Muncie, Dayton, Joplin and Erie, Pa. — and moving the work to Mexico.\n";
    let (code, r) = check_one_story(&[
        ("release.txt", release),
        ("trade.txt", trade),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert!(
        s.iter()
            .any(|s| s.starts_with("tv's complete list of the plants adds Erie, Pa.")),
        "{s:#?}"
    );
}

#[test]
fn a_sum_with_two_digits_swapped_conflicts_and_an_ordinal_is_no_count() {
    let call = "Acme Q4 2026 Earnings Call Transcript\n\nOperator\n\nWelcome to the Acme fourth-quarter earnings call.\n\nMarcus Oyelowo -- Chief Financial Officer\n\nWe expect restructuring charges of about $120 million once the consolidation is complete.\n\nLauren Whitfield -- Chief Executive Officer\n\nThis was a difficult decision, and it was not made lightly.\n";
    let trade = "Acme to consolidate\n\nCFO Marcus Oyelowo told analysts Acme expects restructuring charges of about $210 million once the consolidation is complete. \"This was a difficult decision, and it was not made lightly,\" said CEO Lauren Whitfield.\n";
    let (code, r) = check_one_story(&[("call.txt", call), ("trade.txt", trade)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "call gives the amount as \"about $120 million\" where trade gives \"about $210 million\", the same digits with two swapped: one may be mistyped."
        ]
    );
    // The call's turns are its speakers' words: the trade's quote agrees with one.
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|s| s.starts_with("Lauren Whitfield's quote")),
        "{:#?}",
        summaries(&r, "agreement")
    );
    assert!(
        !summaries(&r, "single_source")
            .iter()
            .any(|s| s.contains("earnings")),
        "{:#?}",
        summaries(&r, "single_source")
    );
}

/// An election night: a results page with a table, a paper, a politics desk's thread.
#[test]
fn a_misreported_margin_conflicts_and_a_results_table_joins_its_story() {
    let results = "ELECTION RESULTS: Lakeport mayor\n\nUnofficial results, 11:48 p.m. Tuesday. 24 of 24 precincts reporting.\n\nCandidate | Votes | Pct.\nMaria Esposito | 6,412 | 51.8%\nDale Hutchins | 5,968 | 48.2%\n\nEsposito leads by 444 votes.\n";
    let paper = "Esposito wins Lakeport mayor's race\n\nLAKEPORT — Maria Esposito was elected mayor Tuesday, defeating incumbent Dale Hutchins by 444 votes, according to unofficial results. Esposito won 51.8% of the vote to Hutchins' 48.2%.\n";
    let thread = "Politics desk\n\n1/2 It's over in Lakeport: Maria Esposito beats Mayor Dale Hutchins, 51.8% to 48.2%, a margin of 454 votes with all precincts in.\n\n2/2 More soon.\n";
    let (code, r) = check(&[
        ("paper.txt", paper),
        ("results.txt", results),
        ("thread.txt", thread),
    ]);
    assert_eq!(code, 1);
    // The table shares the margin and the shares of the vote: one story.
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|s| s == "paper, results and thread agree on the percentage (\"51.8%\")."),
        "{:#?}",
        summaries(&r, "agreement")
    );
    assert_eq!(
        conflict_summaries(&r),
        ["thread counts 454 (\"454 votes\") where paper and results count 444 (\"444 votes\")."]
    );
}

#[test]
fn counts_of_the_injured_with_no_noun_conflict() {
    let wire = "Blast at plant\n\nAn explosion tore through a chemical plant near Marietta on Friday, killing three workers and injuring 12 others, the sheriff said.\n";
    let tv = "3 dead, 14 injured in Marietta plant explosion\n\nAn explosion ripped through a chemical plant outside Marietta on Friday, the sheriff said.\n";
    let (code, r) = check_one_story(&[("tv.txt", tv), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["tv counts 14 (\"14 injured\") where wire counts 12 (\"injuring 12\")."]
    );
}

#[test]
fn a_councils_two_lone_tallies_are_not_one_vote() {
    // A council votes on many things at one meeting: two outlets' only tallies of it,
    // sharing no other word, are set side by side, never in conflict. A chamber's are
    // one vote (see one_chambers_vote_misreported_conflicts_and_the_other_chamber_does_not).
    let a = "Harlow budget\n\nThe council voted 5-2 after midnight.\n";
    let b = "Harlow budget\n\nCouncil members split 6-1 on Monday.\n";
    // A third outlet makes "council" a word every article uses, which links nothing.
    let c = "Harlow budget\n\nThe council met late into the night, Mayor Rita Gomez said.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    assert_eq!(findings(&r, "not_comparable").len(), 1);
}

/// A coalition lawsuit: a release names the states joining its attorney general, a TV
/// page lists the states suing under "The states suing are:", a wire rounds the sum.
#[test]
fn states_joining_a_lawsuit_are_a_list_and_a_precise_hedged_sum_conflicts() {
    let release = "AG Leads Coalition Over Frozen Funds\n\nAttorney General Ana Ruiz today led a coalition of six attorneys general in suing over $3.4 billion in frozen school funds.\n\nJoining AG Ruiz in filing the lawsuit are the attorneys general of Iowa, Ohio, Utah, Maine and Idaho.\n";
    let tv = "Six states sue over frozen school money\n\nSix states sued Monday over roughly $3.9 billion in frozen school funds.\n\nThe states suing are Oregon, Iowa, Ohio, Utah, Maine and Nevada.\n";
    let (code, r) = check_one_story(&[("a.txt", release), ("b.txt", tv)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    // Idaho joins in the release and is not on the TV's whole list; the TV's Oregon and
    // Nevada are not set against the release, whose list is of those joining one state.
    assert!(
        s.iter()
            .any(|x| x.starts_with("a names the State of Idaho among the states")),
        "{s:#?}"
    );
    assert!(!s.iter().any(|x| x.contains("Oregon")), "{s:#?}");
    // "roughly $3.9 billion" is $3.8-4.0 billion, not a fifth either side, and "suing
    // over $3.4 billion" is about that sum, not more than it: the two conflict.
    assert!(
        s.iter()
            .any(|x| x.contains("$3.4 billion") && x.contains("roughly $3.9 billion")),
        "{s:#?}"
    );
}

/// A wildfire told by a live page, an agency's fact sheet and a wire.
#[test]
fn a_fact_sheets_lines_and_an_uncounted_series_of_counties_are_read() {
    let live = "Ridge Fire live updates\n\n6:10 p.m.\nThe Ridge Fire has burned 14,200 acres, Cal Fire said. Forty-two structures have been destroyed.\n\n4:30 p.m.\nGov. Lena Ortiz declared a state of emergency in Shasta, Tehama and Trinity counties.\n\n\"We are fighting this fire on three fronts,\" Cal Fire Battalion Chief Ramon Ellery told reporters.\n";
    let sheet = "CAL FIRE INCIDENT UPDATE\nRidge Fire\n\nIncident Facts\nAcres: 14,200\nStructures Destroyed: 42\nContainment: 15%\n";
    let wire = "Wildfire destroys dozens of homes\n\nREDDING, Calif. (AP) — The Ridge Fire has burned more than 12,000 acres, officials said Tuesday.\n\nGov. Lena Ortiz declared a state of emergency in Shasta and Tehama counties.\n\n\"We are fighting this fire on three fronts,\" said Cal Fire spokeswoman Alicia Brandt.\n";
    let (code, r) =
        check_one_story(&[("live.txt", live), ("sheet.txt", sheet), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    // "Cal Fire" is an agency, not a person: the quote is Ellery's in one outlet and
    // Brandt's in the other.
    assert!(
        s.iter()
            .any(|x| x.contains("Alicia Brandt's in wire") && x.contains("Ramon Ellery's in live")),
        "{s:#?}"
    );
    assert!(
        s.iter()
            .any(|x| x.starts_with("Trinity County is missing from wire's complete list")),
        "{s:#?}"
    );
    let agreements = summaries(&r, "agreement");
    // The sheet's "Acres: 14,200" and "Structures Destroyed: 42" meet the live page's.
    assert!(
        agreements
            .iter()
            .any(|x| x.contains("14,200 acres") && x.contains("sheet")),
        "{agreements:#?}"
    );
    assert!(
        agreements
            .iter()
            .any(|x| x.contains("42 structures") && x.contains("sheet")),
        "{agreements:#?}"
    );
}

/// A broadcast script spells numbers out, and a date's day is no count.
#[test]
fn a_number_spelled_in_words_and_a_day_after_a_month() {
    let script =
        "FIRE UPDATE\n\nANCHOR: THE FIRE NOW COVERS FOURTEEN THOUSAND TWO HUNDRED ACRES.\n";
    let paper = "Fire grows\n\nOn June 11 twenty states sent crews. The fire now covers 14,200 acres.\n\nOn June 11, 2025, crews arrived.\n";
    let (_, r) = check_one_story(&[("a.txt", script), ("b.txt", paper)]);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements.iter().any(
            |x| x.contains("14,200 acres") && x.contains("FOURTEEN THOUSAND TWO HUNDRED ACRES")
        ),
        "{agreements:#?}"
    );
    // No count of a part of a number ("HUNDRED ACRES") or of a day ("11 twenty states").
    let counts: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        counts,
        ["FOURTEEN THOUSAND TWO HUNDRED ACRES", "14,200 acres"],
        "{counts:#?}"
    );
}

/// A data breach told by a company's filing, a tech blog and a local paper. Grouped
/// without `--one-story`: the blog and the paper share a quote's closing words only,
/// the filing and the blog hedged figures ("approximately 4.2 million customers",
/// "about $18 million") against exact or other hedged ones.
#[test]
fn a_breach_in_three_house_styles_is_one_story_and_a_part_is_no_conflict() {
    let filing = "FORM 8-K\n\nCURRENT REPORT\n\nOn March 3, 2026, Brightline Health Inc. detected unauthorized access to a customer database.\n\nThe Company believes that the personal information of approximately 4.2 million customers was accessed, including names and, for approximately 310,000 customers, Social Security numbers.\n\nThe Company expects to incur costs of approximately $18 million related to the incident.\n";
    let blog = "Brightline Health breach exposed data of 4.2 million patients\n\nHackers accessed the personal data of 4.2 million customers in a breach discovered on March 8.\n\nIn a blog post, CEO Daniel Okafor wrote that the company had \"no evidence that any of the stolen data has been misused.\"\n\nIt told the SEC it expects the breach to cost about $18 million.\n";
    let paper = "Mainers hit by Brightline Health data breach\n\nAUGUSTA — The notice says the breach was discovered on March 3.\n\n\"We have no evidence that any of the stolen data has been misused,\" Brightline spokeswoman Carla Reyes said in a statement.\n";
    let (code, r) = check(&[
        ("filing.txt", filing),
        ("blog.txt", blog),
        ("paper.txt", paper),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        r["stories"].as_array().map_or(1, Vec::len),
        1,
        "{:#?}",
        r["stories"]
    );
    let s = conflict_summaries(&r);
    assert!(s.iter().any(|x| x.contains("March 8")), "{s:#?}");
    assert!(
        s.iter()
            .any(|x| x.contains("Daniel Okafor's in blog") && x.contains("Carla Reyes' in paper")),
        "{s:#?}"
    );
    // The filing's 310,000 customers are a part of its own 4.2 million, not another
    // count of the whole.
    assert!(!s.iter().any(|x| x.contains("310,000")), "{s:#?}");
    let all = serde_json::to_string(&r).unwrap();
    assert!(!all.contains("\"8-K\""), "a form's number counted");
}

/// How long a thing lasts, written with "of": "two years of free credit monitoring"
/// against "one year of free credit monitoring through Experian".
#[test]
fn two_lengths_of_one_thing_written_with_of_conflict() {
    let a = "Breach\n\nThe company said it will offer two years of free credit monitoring to customers.\n";
    let b = "Breach notice\n\nThe company is offering customers one year of free credit monitoring through Experian.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert_eq!(
        s,
        [
            "a counts 2 (\"two years of free credit monitoring\") where b counts 1 (\"one year of free credit monitoring\")."
        ],
        "{s:#?}"
    );
}

/// A storm told by a live page (a time stamp before each entry), a wire with a title-case
/// headline, and a newsletter's "By the numbers" bullets ("• $8.4 million — storm aid").
/// The stamp's "UPDATE" is no context word, so the live page's sum meets the wire's; a
/// briefing held is set against one postponed.
#[test]
fn a_live_pages_stamps_a_newsletters_figure_lines_and_a_briefing_held_or_postponed() {
    let live = "LIVE: Storm cleanup across the valley\n\nUPDATE 4:10 PM: The state will send $8.4 million to help towns clear debris.\n\nUPDATE 1:00 PM: Gov. Ana Pruitt held a news briefing with reporters Tuesday.\n";
    let wire = "Valley Storm Damages 312 Homes\n\nThe state is sending $4.8 million to help towns clear debris, officials said.\n\nGov. Ana Pruitt postponed a planned briefing on Tuesday.\n";
    let brief = "The Daily Brief\n\nBy the numbers:\n\n• $8.4 million — storm aid\n• 312 — homes damaged\n• 14 — hospitalized\n";
    let (code, r) =
        check_one_story(&[("live.txt", live), ("wire.txt", wire), ("brief.txt", brief)]);
    assert_eq!(code, 1);
    let s = conflict_summaries(&r);
    assert!(
        s.contains(
            &"brief and live give the amount as \"$8.4 million\" where wire gives \"$4.8 million\", the same digits with two swapped: one may be mistyped."
                .to_string()
        ),
        "{s:#?}"
    );
    assert!(
        s.contains(&"The press conference is described as held in live (\"held a news briefing\"), but postponed in wire (\"postponed\").".to_string()),
        "{s:#?}"
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(
            &"brief and wire agree on 312 homes (\"312 — homes damaged\", \"312 Homes\")."
                .to_string()
        ),
        "{agreed:#?}"
    );
}

/// "held a" is said of the event it governs, not of any event of the sentence.
#[test]
fn holding_something_at_an_event_is_not_holding_the_event() {
    let a = "Rally\n\nProtesters held a banner outside the rally on Main Street.\n";
    let b = "Rally off\n\nOrganizers canceled the rally.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    let s = conflict_summaries(&r);
    assert!(s.is_empty(), "{s:#?}");
}

/// A sheriff's race told by a radio script (a clip's cue names its speaker), a thread
/// (numbered posts) and a paper. The clip is the winner's own words, not the reporter's
/// whose turn came before; a reporter at a victory party attended no vote.
#[test]
fn a_clips_cue_a_threads_post_numbers_and_a_reporter_at_a_party() {
    let radio = "COUNTY PUBLIC RADIO — EVENING SCRIPT\n\nANCHOR: Dana Pruitt won the sheriff's race with 58 percent of the vote. Reporter Ian Cole was at Pruitt's victory party.\n\nCOLE: The crowd cheered when the first returns came in.\n\n(SOT: SHERIFF-ELECT DANA PRUITT) \"Every call will be answered, in every corner of this county.\"\n\nANCHOR: Pruitt takes office January 2.\n";
    let thread = "Thread by @CountyBeat\n\n1/ Dana Pruitt wins the sheriff's race.\n\n2/ Pruitt told supporters: \"Every call will be answered, in every corner of this county.\"\n";
    let paper = "Pruitt elected sheriff\n\nSheriff-elect Dana Pruitt thanked her volunteers.\n\n\"Every call will be answered, in every corner of this county,\" Pruitt told supporters at the Elks Lodge.\n";
    let (_, r) = check_one_story(&[
        ("radio.txt", radio),
        ("thread.txt", thread),
        ("paper.txt", paper),
    ]);
    let s = conflict_summaries(&r);
    assert!(s.is_empty(), "{s:#?}");
    let claims = r["claims"].as_array().unwrap();
    let speakers: Vec<&str> = claims
        .iter()
        .filter(|c| c["kind"] == "quote" && c["quote"].as_str().unwrap().starts_with("Every call"))
        .map(|c| c["speaker"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(speakers, ["Dana Pruitt", "Dana Pruitt", "Dana Pruitt"]);
    assert!(
        !claims.iter().any(|c| c["kind"] == "attendance"),
        "{:#?}",
        claims
            .iter()
            .filter(|c| c["kind"] == "attendance")
            .collect::<Vec<_>>()
    );
}

/// A sentencing told by a U.S. Attorney's release and a blog's Q&A, which cite other
/// sections of one code for the same offense: set side by side, never a conflict. A
/// speaker named after the verb runs past the point of "U.S.".
#[test]
fn two_sections_cited_for_the_same_offense_are_not_comparable() {
    let release = "Former mayor sentenced\n\nPike pleaded guilty to one count of federal program bribery, in violation of 18 U.S.C. 666, and one count of filing a false tax return.\n\n\"Officials who sell their office will answer for it,\" said U.S. Attorney Rhea Calloway.\n";
    let blog = "What the sentence means\n\nQ: What did he plead guilty to?\n\nA: Federal program bribery under 18 U.S.C. 1346 and a false tax return.\n";
    let other =
        "Another case\n\nThe indictment cites 18 U.S.C. 1343, wire fraud, over a car loan.\n";
    let (code, r) = check_one_story(&[
        ("release.txt", release),
        ("blog.txt", blog),
        ("other.txt", other),
    ]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "blog cites 18 U.S.C. 1346 and release cites 18 U.S.C. 666, in the same words around them; one may be miscited, or both may apply."
        ]
    );
    let speaker = first_speaker(&r);
    assert_eq!(speaker, Some(Value::from("Rhea Calloway")));
}

/// Story 194: a sentencing whose release cites one section for wire fraud and a legal
/// news site another. The offense's two words are enough to set them side by side;
/// the words that frame any citation ("one count of", "in violation of") are not, so
/// two charges of one case under two sections are no pair.
#[test]
fn an_offense_named_alike_sets_two_sections_side_by_side() {
    let release = "Adviser sentenced\n\nTom Hale pleaded guilty to one count of wire fraud, in violation of 18 U.S.C. 1343, and one count of money laundering.\n";
    let site = "Adviser gets 12 years\n\nTom Hale pleaded guilty to wire fraud under 18 U.S.C. 1344 last fall.\n";
    let (_, r) = check_one_story(&[("release.txt", release), ("site.txt", site)]);
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "release cites 18 U.S.C. 1343 and site cites 18 U.S.C. 1344, in the same words around them; one may be miscited, or both may apply."
        ]
    );
    let other = "Adviser sentenced\n\nTom Hale pleaded guilty to one count of money laundering, in violation of 18 U.S.C. 1956.\n";
    let (_, r) = check_one_story(&[("release.txt", release), ("other.txt", other)]);
    assert!(summaries(&r, "not_comparable").is_empty(), "{r:#}");
}

/// Story 196: a fiscal year named with no program is told by its years alone, not as
/// "an unnamed program".
#[test]
fn a_fiscal_year_of_no_program_is_told_by_its_years() {
    let city = "Springfield adopts budget\n\nThe Springfield City Council adopted a $41.2 million budget for fiscal year 2028 on Tuesday.\n";
    let paper = "Council adopts budget\n\nThe Springfield City Council adopted a $41.2 million budget Tuesday.\n";
    let (_, r) = check_one_story(&[("city.txt", city), ("paper.txt", paper)]);
    let alone = summaries(&r, "single_source");
    assert!(
        alone.contains(&"Only city names FY2028 (\"fiscal year 2028\").".to_string()),
        "{alone:#?}"
    );
}

/// A food recall told by a company notice, a wire that writes states as AP abbreviations
/// and names one state wrongly, and a TV story. The wire's list is read and set against
/// the notice's; counts of the sick, the hospitalized and the illnesses are compared fate
/// by fate, never "14 people sick" against "six people hospitalized".
#[test]
fn a_wires_abbreviated_states_and_counts_of_people_by_their_fate() {
    let notice = "Company recalls frozen berries\n\nThe product was distributed to stores in four states: Arizona, Colorado, Montana and Utah.\n\nThe company has been notified of 14 illnesses, including six hospitalizations.\n";
    let wire = "Berries recalled in 4 states\n\nThe bags went to stores in Ariz., Colo., Utah and Wyo., the company said.\n\nSix people have been hospitalized, according to a federal notice.\n";
    let tv = "Berry recall\n\nThe company is recalling frozen berries after 16 people got sick with hepatitis A. Officials said 14 people have gotten sick in all.\n";
    let (_, r) = check_one_story(&[("notice.txt", notice), ("wire.txt", wire), ("tv.txt", tv)]);
    let s = conflict_summaries(&r);
    assert!(
        s.iter()
            .any(|s| s.contains("Wyoming is missing from notice")),
        "{s:#?}"
    );
    assert!(
        s.iter().any(|s| s.contains("Montana is missing from wire")),
        "{s:#?}"
    );
    // The sick and the hospitalized are counted apart.
    assert!(!s.iter().any(|s| s.contains("(\"Six people\")")), "{s:#?}");
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|a| a.contains("agree on 6 hospitalizations")),
        "{:#?}",
        summaries(&r, "agreement")
    );
}

/// A court ruling told by the court's summary (a header with two dates), a podcast
/// transcript with time codes, a wire and a blog. Justices named by title and surname
/// only are people; "he" after "Justices Voss and Mehta" is the one justice named before
/// them; a blog that credits the majority's words to the dissenter conflicts; so do
/// "1,214" and "1,241" signatures, one figure mistyped; two dates of the recall vote in
/// like words are set side by side.
#[test]
fn a_courts_justices_by_surname_a_podcasts_time_codes_and_swapped_digits() {
    let summary = "SUPREME COURT SUMMARY\n\nArgued: March 4, 2029\nDecided: June 12, 2029\n\nThe court today ruled 4-3 that the board must place the recall on the ballot. The board had thrown out 1,214 signatures.\n\n\"The statute says what it says,\" Justice Miriam Okafor wrote.\n\nIn dissent, Justice Paul Brandt wrote that the majority \"reads a clear deadline out of the law.\"\n";
    let podcast = "Docket Talk transcript\n\n[00:00:04] MAYA REYES: Welcome back. I'm Maya Reyes, with Professor Daniel Ong, on the recall.\n\n[00:00:35] DANIEL ONG: Justice Brandt wrote the dissent, joined by Justices Voss and Mehta. He says the majority \"reads a clear deadline out of the law.\"\n";
    let wire = "Court orders recall vote\n\nCOLUMBUS, Ohio (AP) — The Ohio Supreme Court ruled 4-3 on Tuesday. The recall vote will take place Nov. 6, elections officials said.\n\n\"The statute says what it says,\" Justice Miriam Okafor wrote for the majority.\n";
    let blog = "Election Law Blog\n\nThe vote was 4-3. As Justice Brandt put it, \"The statute says what it says.\"\n\nThe board had rejected 1,241 signatures. The recall election is set for Nov. 4.\n\n[1] Slip Opinion No. 2029-Ohio-1187.\n";
    let (_, r) = check_one_story(&[
        ("summary.txt", summary),
        ("podcast.txt", podcast),
        ("wire.txt", wire),
        ("blog.txt", blog),
    ]);
    let s = conflict_summaries(&r);
    assert_eq!(
        s,
        [
            "blog counts 1,241 (\"1,241 signatures\") where summary counts 1,214 (\"1,214 signatures\").",
            "The words \"The statute says what it says\" are Paul Brandt's in blog and Miriam Okafor's in summary and wire.",
        ],
        "{s:#?}"
    );
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "The outlets give different dates in like words: blog Nov. 4 and wire Nov. 6; the words around them share too little to say they date the same thing."
        ]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a == "summary and wire both put the main event on Tuesday."),
        "{agreements:#?}"
    );
    assert!(
        agreements.iter().any(
            |a| a.starts_with("Paul Brandt's quote \"reads a clear deadline")
                && a.contains("podcast and summary")
        ),
        "{agreements:#?}"
    );
    // Time codes and citations count nothing.
    let claims = r["claims"].as_array().unwrap();
    let nouns: Vec<&str> = claims
        .iter()
        .filter(|c| c["kind"] == "count")
        .map(|c| c["noun"].as_str().unwrap())
        .collect();
    assert_eq!(nouns, ["signatures", "signatures"]);
    let speakers: Vec<&str> = claims
        .iter()
        .filter(|c| c["kind"] == "quote" && c["article"] == "podcast")
        .filter_map(|c| c["speaker"]["name"].as_str())
        .collect();
    assert_eq!(speakers, ["Maya Reyes", "Brandt"]);
}

/// A strike's end told by a union bulletin, a company release and a paper: the
/// membership's vote in thousands ("2,912 to 431") agrees, and the CEO named after his
/// employer is the speaker, not the employer read as a person's name.
#[test]
fn a_memberships_vote_in_thousands_and_a_ceo_named_after_his_employer() {
    let union = "LOCAL 52 — MEMBER BULLETIN\n\nMembers voted 2,912 to 431 on Thursday to ratify a three-year contract with Harbor Health. The agreement raises wages 23% over three years.\n";
    let company = "Harbor Health Statement\n\nHarbor Health today welcomed the ratification. The contract provides raises totaling 23% over three years.\n\n\"We are glad to have our nurses back,\" said Harbor Health CEO Raymond Ostrowski.\n";
    let paper = "Nurses approve contract\n\nThe vote was 2,912 to 431, Local 52 said. The deal gives nurses raises of 32% over three years, union officials said.\n";
    let (_, r) = check_one_story(&[
        ("union.txt", union),
        ("company.txt", company),
        ("paper.txt", paper),
    ]);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a == "paper and union agree on the vote (2,912-431)."),
        "{agreements:#?}"
    );
    let speaker = first_speaker(&r);
    assert_eq!(speaker, Some(Value::from("Raymond Ostrowski")));
}

/// A coalition's lawsuit told by a release, a wire, a newsletter's table and a thread:
/// the release's "Joining … are the attorneys general of:" and the wire's "It was
/// joined by" name those who joined the leader (partial lists), the newsletter's table
/// names the whole coalition, and the state the table leaves out conflicts. A thread's
/// post numbers ("2/6") are no dates.
#[test]
fn a_coalitions_table_and_those_who_joined_its_leader() {
    let release = "Attorney General Sues\n\nST. PAUL — Attorney General Erik Halvorsen today led a coalition of five attorneys general in filing a lawsuit.\n\nJoining Attorney General Halvorsen in filing the lawsuit are the attorneys general of:\n\n  - Arizona\n  - Colorado\n  - Oregon\n  - Washington\n";
    let wire = "States sue\n\nFive states sued on Tuesday. The lawsuit was led by Minnesota. It was joined by Arizona, Colorado, Oregon and Washington.\n";
    let newsletter = "THE LUNCH TRAY\n\nYesterday five states filed suit. The coalition, by state:\n\nState | AG | Party\nMinnesota | Erik Halvorsen | D\nArizona | Kris Mayes | D\nColorado | Phil Weiser | D\nOregon | Dan Rayfield | D\nWisconsin | Josh Kaul | D\n";
    let thread = "Jordan Pike (@jpike_edu)\n\nThe suit is led by Minnesota. Five states total. 2/6\n\nAmong the states joining Minnesota are Arizona and Oregon. Claims are due Oct. 15. 3/6\n";
    let (code, r) = check_one_story(&[
        ("release.txt", release),
        ("wire.txt", wire),
        ("newsletter.txt", newsletter),
        ("thread.txt", thread),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "release and wire name the State of Washington among the states, but no complete list does (checked: newsletter)."
        ]
    );
    let lists: Vec<(String, bool, usize)> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "list")
        .map(|c| {
            let cue = c["cue"].as_str().unwrap().to_string();
            (
                cue,
                c["complete"] == true,
                c["items"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        lists,
        [
            ("table".to_string(), true, 5),
            ("joining".to_string(), false, 4),
            ("among".to_string(), false, 2),
            ("joining".to_string(), false, 4),
        ]
    );
    let deadlines: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "date" && c["article"] == "thread")
        .collect();
    assert_eq!(deadlines.len(), 1, "{deadlines:#?}");
}

/// An article that counts one noun twice ("Four council members stayed away", "Five
/// members were present", "nine council members" in all) counts two sets of it: its
/// figures are no rival accounts, and another outlet's figure is set beside them as
/// not comparable, never in conflict.
#[test]
fn an_article_that_counts_two_sets_of_one_noun_gives_no_rival_figures() {
    let paper = "Council members skip budget vote\n\nFour members of the Brookfield City Council stayed away from a special meeting Monday. Five members were present. Voters elected nine council members to show up, Mayor Teresa Lindqvist said.\n";
    let blog = "Budget meeting\n\nThe Brookfield council met Monday. Voters elected nine council members to show up, but only five were there. Four members stayed home, so the council could not vote.\n";
    let minutes = "CITY OF BROOKFIELD\n\nMINUTES\n\nThe clerk announced that a quorum of six members of the Brookfield City Council was not present.\n";
    let (_, r) = check_one_story(&[
        ("blog.txt", blog),
        ("minutes.txt", minutes),
        ("paper.txt", paper),
    ]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    let agreements = summaries(&r, "agreement");
    for both in [
        "blog and paper agree on 9 members",
        "blog and paper agree on 4 members",
    ] {
        assert!(
            agreements.iter().any(|a| a.starts_with(both)),
            "{agreements:#?}"
        );
    }
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|s| s.starts_with("minutes counts 6 (\"six members\")")
                && s.ends_with("so these may count different members.")),
        "{unsure:#?}"
    );
}

/// A council meeting without a quorum, told by draft minutes, a paper, a radio cut-in
/// and a neighbors' blog: the minutes' roll call names members by surname after a
/// plural title, and they meet the paper's full names; the radio's "canceled" conflicts
/// with the minutes' "called the meeting to order" and the blog's "did meet"; the
/// radio's lone date a day from everyone else's is set beside theirs.
#[test]
fn a_roll_call_by_surname_a_meeting_held_and_canceled_and_a_date_a_day_apart() {
    let minutes = "CITY OF BROOKFIELD\n\nDRAFT MINUTES — SPECIAL MEETING OF THE CITY COUNCIL\n\nMayor Teresa Lindqvist called the meeting to order at 6:02 p.m.\n\nPresent: Council Members Adebayo, Farrell and Mayor Lindqvist.\nAbsent: Council Members Duarte and Hargrove.\n\nThe item will be placed on the agenda of the regular meeting of October 14, 2025.\n";
    let paper = "Council members skip budget meeting\n\nTwo members of the Brookfield City Council stayed away from a special meeting Monday night, denying the council the quorum it needed to vote on the budget.\n\nCouncil members Ana Duarte and Greg Hargrove did not attend. The budget will come up again at the council's Oct. 14 meeting.\n";
    let blog = "Budget meeting: what happened\n\nThe Brookfield council did meet Monday at 6, but only three members were there, so they couldn't vote. Next try for the budget: Oct. 14.\n";
    let radio = "WBRK local news\n\nHOST: Last night's special Brookfield council meeting was canceled after two members boycotted it. The vote on the budget is now set for Oct. 15.\n";
    let (code, r) = check_one_story(&[
        ("blog.txt", blog),
        ("minutes.txt", minutes),
        ("paper.txt", paper),
        ("radio.txt", radio),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "The meeting is described as held in blog and minutes (\"did meet\", \"called the meeting to order\"), but canceled in radio (\"canceled\")."
        ]
    );
    let agreements = summaries(&r, "agreement");
    for who in [
        "Ana Duarte: stayed away in minutes and paper",
        "Greg Hargrove: stayed away in minutes and paper",
    ] {
        assert!(
            agreements.iter().any(|a| a.starts_with(who)),
            "{agreements:#?}"
        );
    }
    assert!(
        summaries(&r, "not_comparable")
            .iter()
            .any(|s| s.starts_with(
                "radio gives Oct. 15 where blog, minutes and paper give Oct. 14, a day apart"
            )),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
}

/// A disaster declaration told five ways: a governor's release with a bulleted list of
/// bare county names, a wire with a partial list and a count one short, a TV story that
/// lists the counties as its sentence's predicate and credits the governor's words to
/// another official, a county's post with its reaction counts, and a newsletter.
#[test]
fn a_disaster_declaration_with_bare_county_names_a_rough_sum_and_a_quote_credited_twice() {
    let release = "Governor Secures Disaster Declaration for Six Counties\n\nCHARLESTON, W.Va. (May 4, 2027) - Gov. Nadia Ferrell announced today that the President approved her request for a major disaster declaration.\n\nAssistance is available to residents of the following counties:\n\n- Boone\n- Lincoln\n- Logan\n- McDowell\n- Mingo\n- Wyoming\n\n\"No family in these valleys will be left to rebuild alone,\" Gov. Ferrell said.\n\nFEMA has committed $21.5 million in initial aid. Residents have until July 6 to apply.\n";
    let wire = "Aid approved for flooded West Virginia counties\n\nLOGAN, W.Va. - Federal aid is headed to five flooded counties in southern West Virginia, state officials said Tuesday.\n\nThe declaration covers counties including Logan, Mingo and Boone, where the Guyandotte River crested on April 12.\n\n\"No family in these valleys will be left to rebuild alone,\" Gov. Nadia Ferrell said in a statement. FEMA has set aside more than $20 million in initial aid.\n";
    let tv = "WVXT 8 NEWS\n\nDisaster declaration approved\n\nLOGAN (WVXT) - The President approved a disaster declaration Tuesday, opening the door to $24 million in federal aid.\n\nThe counties approved are Boone, Lincoln, Logan, McDowell, Mingo and Wyoming.\n\n\"No family in these valleys will be left to rebuild alone,\" state emergency management director Owen Pratt said at a briefing.\n";
    let post = "Mingo County Emergency Services\n\nMingo County is among the 6 counties approved for FEMA help! Deadline to apply is July 6.\n\n\"No family left alone,\" said Director Owen Pratt.\n\n👍 2.4K   💬 310   ↪️ 1,102 shares\n";
    let newsletter = "THE VALLEY LEDGER\n\nSix counties qualify for aid: Boone, Lincoln, Logan, McDowell, Mingo and Wayne. Gov. Nadia Ferrell's request was approved Tuesday. Aid so far: $21.5 million.\n";
    let (code, r) = check_one_story(&[
        ("newsletter.txt", newsletter),
        ("post.txt", post),
        ("release.txt", release),
        ("tv.txt", tv),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    for expected in [
        // Bare names in bullets and in a predicate are counties: the newsletter's Wayne
        // stands against the others' Wyoming.
        "newsletter's complete list of the counties adds Wayne County",
        "Wyoming County is missing from newsletter's complete list of the counties",
        // A count one short of the lists' length.
        "wire counts 5 (\"five flooded counties\") where newsletter, post and release count 6",
        // "more than $20 million" fits both sums and joins neither against the other.
        "tv gives \"$24 million\"",
        // The short version in the post may be anyone's words.
        "The words \"No family in these valleys will be left…\" are Nadia Ferrell's in release and wire and Owen Pratt's in tv.",
    ] {
        assert!(
            conflicts.iter().any(|c| c.contains(expected)),
            "{expected}\n{conflicts:#?}"
        );
    }
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("post and release agree on the deadline July 6")),
        "{agreements:#?}"
    );
    // "Gov. Nadia Ferrell's request" names her, not someone called "Ferrell's".
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("newsletter, release and wire give Nadia Ferrell's title")),
        "{agreements:#?}"
    );
    let all = format!("{r}");
    for debris in ["1,102 shares", "8 NEWS"] {
        assert!(!all.contains(&format!("\"{debris}\"")), "{debris}");
    }
}

/// A summit of countries told five ways: a ministry's communiqué naming the signatories
/// (one "the Philippines" among them), a wire that counts one fewer and names who stayed
/// away, a live page that says one of them came after all, an institute's analysis that
/// calls the signatories "states" and names no event, and a broadcast transcript. They
/// share few quotes in full, but the names of the summit and of its accord.
#[test]
fn a_summit_of_countries_who_signed_who_stayed_away_and_who_came_after_all() {
    let communique = "MINISTRY OF FOREIGN AFFAIRS\nRepublic of Fiji\n\nPress Statement\n\nSuva, 3 March 2028\n\nFifteen countries today signed the Suva Accord on Tuna Stocks at the close of the three-day Pacific Fisheries Summit, hosted by Fiji.\n\nThe signatories are Australia, Fiji, Kiribati, the Marshall Islands, Nauru, New Zealand, Palau, Papua New Guinea, the Philippines, Samoa, the Solomon Islands, Tonga, Tuvalu, Vanuatu and Indonesia.\n\n\"The ocean does not care about our borders, and neither can we,\" said the Minister for Fisheries, Litia Naivalu.\n";
    let wire = "Pacific nations sign tuna pact; Japan stays away\n\nBy Sam Oduya\n\nSUVA, March 3 (Pacific Wire) - Fourteen Pacific nations signed a pact on Friday to share tuna catch data, at a fisheries summit Japan boycotted.\n\nThe signatories included Samoa, Tonga, the Philippines and New Zealand.\n\nFiji's fisheries minister, Litia Naivalu, said the ocean \"does not care about our borders.\" Vanuatu also did not attend the summit.\n";
    let live = "LIVE: Pacific Fisheries Summit, final day\n\n15:20 - Signed. The Suva Accord is done.\n\n11:05 - Vanuatu's fisheries minister has just taken his seat. So Vanuatu did attend after all, on the last day.\n";
    let analysis = "Pacific Ocean Institute - Commentary\n\nWhat the Suva Accord will and will not do\n\nOn 3 March, 15 states signed the Suva Accord at the Pacific Fisheries Summit. Notably absent was Japan, which declined to send a delegation.\n";
    let transcript = "TRANSCRIPT - PACIFIC TONIGHT\n\nANCHOR: Fifteen countries have signed a deal on tuna at the Pacific Fisheries Summit in Suva.\n\nREPORTER: The minister, Litia Naivalu, told me the ocean \"does not care about our borders.\"\n";
    let (code, r) = check(&[
        ("analysis.txt", analysis),
        ("communique.txt", communique),
        ("live.txt", live),
        ("transcript.txt", transcript),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    // One story: the names of the summit and the accord join the live page and the
    // analysis, which share no quote with the others.
    assert!(r.get("stories").is_none(), "{:#?}", r["stories"]);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "wire counts 14 (\"Fourteen Pacific nations\") where communique and transcript count 15",
        "Vanuatu is said to have attended in live (\"did attend\"), but stayed away in wire (\"did not attend\").",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}\n{conflicts:#?}"
        );
    }
    // Countries are sovereign states; "Fourteen Pacific" is no one's name; the wire's
    // partial list holds "the Philippines" and meets the communiqué's list.
    assert!(
        !conflicts
            .iter()
            .any(|c| c.contains("calls the 15 \"states\"")),
        "{conflicts:#?}"
    );
    let all = format!("{r}");
    assert!(!all.contains("Fourteen Pacific stayed"), "{all}");
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.contains("Samoa, Tonga, Philippines and New Zealand")),
        "{agreements:#?}"
    );
    // Who stayed away, where the analysis names no event: Japan in three articles.
    let table = &r["events"][0];
    let japan = table["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["who"] == "Japan")
        .unwrap_or_else(|| panic!("{table:#?}"));
    assert_eq!(japan["cells"].as_array().unwrap().len(), 3, "{japan:#?}");
}

#[test]
fn clinic_closures_counted_by_state_with_addresses_and_the_other_sites() {
    let wire = "Brightpath Health to close seven clinics\n\nBOISE, Idaho (Mountain Wire) - Brightpath Health will close seven urgent-care clinics in four states by June 30, the company said Monday.\n\nThe clinics are in Boise, Idaho; Nampa, Idaho; Reno, Nev.; Sparks, Nev.; Ogden, Utah; Provo, Utah; and Casper, Wyo.\n\n\"Demand has moved online, and our clinics have to follow it,\" chief executive Mara Lindqvist said.\n";
    let release = "Brightpath Health Announces Clinic Consolidation\n\nBOISE, Idaho -- Brightpath Health today announced it will close the following locations:\n\n- Boise, Idaho\n- Nampa, Idaho\n- Reno, Nevada\n- Sparks, Nevada\n- Ogden, Utah\n- Provo, Utah\n- Casper, Wyoming\n\n\"Demand has moved online, and our clinics have to follow it,\" said Mara Lindqvist, chief executive.\n";
    let union = "NURSES UNITED - UPDATE\n\nBrightpath told us Monday it will close eight clinics, including ours in Boise. The other sites are Nampa, Reno, Sparks, Ogden, Provo, Casper and Laramie.\n\nJoin us at the union hall, 2210 Willows Ave., on Thursday at 6 p.m. The company employs about 2,400 people.\n";
    let local = "Brightpath shutting Boise clinic\n\nBrightpath Health will close its clinic at 415 Meadows Blvd. by June 30, one of seven clinics in five states the chain is closing, the company said Monday. The closing puts 41 workers out of work, the company said.\n\nThe clinics are in Boise, Idaho; Nampa, Idaho; Reno, Nev.; Sparks, Nev.; Ogden, Utah; Provo, Utah; and Casper, Wyo.\n\n\"Demand has moved online, and our clinics have to follow it,\" Lindqvist said.\n";
    let (code, r) = check(&[
        ("local.txt", local),
        ("release.txt", release),
        ("union.txt", union),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    for expected in [
        // "in four states" counts the states of seven cities: no conflict for the wire;
        // the local paper's five states is one too many (its list is counted by its
        // "seven clinics", its states against the wire's).
        "local counts 5 (\"five states\") where wire counts 4 (\"four states\")",
        // "The other sites are …" names the rest of the set: the union's extra site.
        "union names Laramie among the clinics, but no complete list does",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}\n{conflicts:#?}"
        );
    }
    assert!(
        !conflicts.iter().any(|c| c.starts_with("wire says")),
        "{conflicts:#?}"
    );
    // The union's partial list leaves Boise out of its series: no conflict says so.
    assert!(
        !conflicts.iter().any(|c| c.contains("Boise")),
        "{conflicts:#?}"
    );
    // The union's eight clinics and the others' seven share too few words to be set
    // against each other; a reader is told the figures differ.
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "The outlets' only counts of clinics differ: 7 in local and wire (\"seven clinics\", \"seven urgent-care clinics\"), 8 in union"
        )),
        "{unsure:#?}"
    );
    // The company's whole staff and one clinic's workers are far apart: different sets,
    // neither a conflict nor two figures of one set.
    assert!(
        !conflicts.iter().any(|c| c.contains("2,400")),
        "{conflicts:#?}"
    );
    assert!(
        !unsure.iter().any(|s| s.contains("counts of people")),
        "{unsure:#?}"
    );
    // Street addresses are no counts.
    let all = format!("{r}");
    for address in ["Willows", "Meadows"] {
        assert!(
            !all.contains(&format!("count: {}", address.to_lowercase())),
            "{all}"
        );
    }
}

#[test]
fn a_unanimous_vote_against_a_split_tally_and_one_day_in_two_years() {
    let release = "HARBOR COUNTY PUBLIC SCHOOLS\nNews Release\n\nBoard Approves School Consolidation Plan\n\nThe Harbor County Board of Education voted unanimously Monday to close Pinecrest and Wexford elementary schools. The closures take effect Aug. 15, 2027.\n\n\"No family wanted this, but the numbers left us no choice,\" said Superintendent Odette Marquand.\n";
    let paper = "Harbor board votes to close two schools\n\nBy Lionel Batista\n\nThe Harbor County school board on Monday voted 7-0 to close Pinecrest and Wexford elementary schools, effective Aug. 15, 2027.\n\n\"No family wanted this, but the numbers left us no choice,\" Superintendent Odette Marquand said.\n";
    let radio = "WHCR News Update\n\nThe Harbor County school board voted 5-2 on Monday to close Pinecrest and Wexford elementary schools. Parents packed the meeting. The schools will close Aug. 15, 2026, Superintendent Odette Marquand said.\n";
    let blog = "Harbor Parents Network\n\nMonday night the board voted to close Pinecrest and Wexford. The closures take effect Aug. 15.\n";
    let (code, r) = check(&[
        ("blog.txt", blog),
        ("paper.txt", paper),
        ("radio.txt", radio),
        ("release.txt", release),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    for expected in [
        // The release's "unanimously" and the paper's 7-0 are one vote; the radio's 5-2
        // is another account of it.
        "paper and release give the vote as 7-0 where radio gives 5-2",
        // The radio's year is not the others'; the blog writes no year and takes theirs.
        "radio gives the date as Aug. 15, 2026 where blog, paper and release give Aug. 15, 2027",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}\n{conflicts:#?}"
        );
    }
    let agreements = summaries(&r, "agreement");
    assert!(
        !agreements
            .iter()
            .any(|a| a.contains("2026") && a.contains("2027")),
        "{agreements:#?}"
    );
}

#[test]
fn an_obituary_whose_subject_is_named_at_sentence_starts_and_whose_age_differs() {
    let home = "Lindqvist Family Funeral Chapel\nObituaries\n\nBartholomew James Okonkwo\n\nBartholomew James Okonkwo, 79, of Millbrae, died Tuesday at home. He served four terms as sheriff of Tamsen County.\n\nServices will be held Saturday at Grace Chapel.\n";
    let paper = "Bartholomew Okonkwo, longtime sheriff, dies at 79\n\nBartholomew Okonkwo, who served four terms as sheriff of Tamsen County, died Tuesday at his home in Millbrae. He was 79.\n\nOkonkwo was first elected in 1990.\n";
    let radio = "KMLB Radio\n\nBartholomew Okonkwo, who served three terms as sheriff of Tamsen County, died Tuesday in Millbrae. He was 78.\n\nOkonkwo retired in 2006.\n";
    let (code, r) = check(&[
        ("home.txt", home),
        ("paper.txt", paper),
        ("radio.txt", radio),
    ]);
    assert_eq!(code, 1);
    // One story: the three share no quote; the subject's name, read at the starts of
    // sentences, joins them with the town and the county.
    assert!(r.get("stories").is_none(), "{:#?}", r["stories"]);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "radio counts 78 (\"He was 78\") where home and paper count 79",
        "radio counts 3 (\"three terms\") where home and paper count 4",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}\n{conflicts:#?}"
        );
    }
}

#[test]
fn a_situation_reports_headed_county_line_three_rival_counts_and_a_sum_with_swapped_digits() {
    // A situation report sets its counties under a heading in capitals, one line of
    // bare names with no "and" ("Snyder, York, Washington": no York in Washington
    // state; "Lebanon" is a county here, not the country). A TV page's "15 counties,
    // including …" names one no complete list has; three outlets give three counts, none
    // more often than another; "$72 million" is "$27 million" with its digits swapped;
    // "The death toll rose to six" counts the dead with no noun.
    let release = "Governor Declares Disaster Emergency for Winter Storm\n\nHARRISBURG — Gov. Celia Marsh on Tuesday declared a disaster emergency in 14 counties buried by this week's blizzard.\n\nThe counties are Adams, Berks, Cumberland, Dauphin, Franklin, Huntingdon, Juniata, Lebanon, Mifflin, Perry, Schuylkill, Snyder, York and Washington.\n\nEarly estimates put the cost of plowing and overtime at $27 million.\n";
    let sitrep = "PEMA SITUATION REPORT 2\nWinter Storm Response\n\nDECLARED COUNTIES\nAdams, Berks, Cumberland, Dauphin, Franklin, Huntingdon, Juniata, Lebanon, Mifflin, Perry, Schuylkill, Snyder, York, Washington\n\nStorm cost to date: $27M.\n";
    let tv = "Blizzard: what we know\n\nMarsh declared a disaster emergency for 15 counties, including Berks, Dauphin, Lancaster and York.\n\nThe state expects to spend $72 million on plowing and overtime, a spokesman said.\n\nThe death toll rose to six on Wednesday.\n";
    let wire = "Pennsylvania governor declares storm emergency\n\nHARRISBURG, Pa. (Wire) — Gov. Celia Marsh declared a disaster emergency Tuesday in 13 counties after a blizzard dropped up to 30 inches of snow.\n";
    let (code, r) = check_one_story(&[
        ("a_release.txt", release),
        ("b_sitrep.txt", sitrep),
        ("c_tv.txt", tv),
        ("d_wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "a_release and b_sitrep give the amount as \"$27 million\", \"$27M\" where c_tv gives \"$72 million\", the same digits with two swapped: one may be mistyped.",
            "No two articles agree on the number of counties: d_wire counts 13 (\"13 counties\"); a_release counts 14 (\"14 counties\"); c_tv counts 15 (\"15 counties\").",
            "c_tv names Lancaster County (a county) among the counties, but no complete list does (checked: a_release and b_sitrep).",
        ]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(
            &"The complete lists of a_release and b_sitrep name the same 14 counties.".to_string()
        ),
        "{agreed:#?}"
    );
    let dead: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count" && c["class"] == "casualty:dead")
        .collect();
    assert_eq!(dead.len(), 1);
    assert_eq!(dead[0]["value"]["lo"], 6);
    assert_eq!(dead[0]["text"], "death toll rose to six");
}

#[test]
fn a_fact_sheets_label_list_is_the_set_a_sentences_series_names() {
    // "Counties: A, B, C" on a line of its own has no word to share with a sentence's
    // "in A and B counties", but its label names no other set than the story's.
    let sheet = "FIRE UPDATE\nOak Hollow Fire\n\nAcres: 3,100\nContainment: 20%\n\nCounties: Modoc County, Lassen County, Plumas County\n";
    let wire = "Fire grows in northeast corner of state\n\nThe governor declared an emergency in Modoc and Lassen counties as the Oak Hollow Fire spread.\n";
    let (_, r) = check_one_story(&[("sheet.txt", sheet), ("wire.txt", wire)]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "Plumas County is missing from wire's complete list of the counties; the complete list of sheet includes it."
        ]
    );
}

#[test]
fn a_food_recall_told_by_a_notice_an_outbreak_page_a_wire_and_a_tv_alert() {
    // One story, tied by the company's name (at a sentence's start in the TV alert).
    // "14,200 cases" of product and "Reported Cases: 19" of illness are no rival
    // counts; "5 of them were hospitalized" counts the hospitalized, as does "6 have
    // been hospitalized" with no noun; the best-by range
    // ends on two days; the grocer's quote is its director's, not the grocer's.
    let notice = "Orchard Vale Foods Recalls Frozen Berries Because of Possible Hepatitis A Risk\n\nOrchard Vale Foods, Inc. of Yakima, Wash., is recalling 14,200 cases of frozen mixed berries because they may be contaminated with hepatitis A.\n\nThe berries have best-by dates of March 2 through March 20, 2031, printed on the back of the bag.\n\nThe recalled berries were sold in the following states:\n\n• Idaho\n• Montana\n• Oregon\n• Washington\n\n\"Nothing matters more to us than the trust of the families who buy our fruit,\" said Dana Whitlow, chief executive of Orchard Vale Foods.\n";
    let outbreak = "Hepatitis A Outbreak Linked to Frozen Berries\n\nAt a Glance\nReported Cases: 19\nStates: 4\nHospitalizations: 6\n\nAs of May 2, 19 people infected with the outbreak strain have been reported from four states. Of 17 people with information, 6 have been hospitalized.\n\nOn April 28, Orchard Vale Foods recalled frozen mixed berries.\n";
    let wire = "Frozen berry recall tied to hepatitis outbreak\n\nSEATTLE (Wire) — Orchard Vale Foods has recalled about 14,200 cases of frozen berries linked to a hepatitis A outbreak that has sickened 19 people in four states, health officials said.\n\nSix people have been hospitalized. The berries carry best-by dates of March 2 through March 20, 2031.\n\n\"We pulled every bag the moment we heard,\" said Kestrel Grocers food safety director Amos Renfield.\n";
    let tv = "RECALL ALERT: Frozen berries sold in Northwest stores\n\nOrchard Vale Foods recalled roughly 14,000 cases of frozen berries after a hepatitis A outbreak.\n\nHealth officials say 19 people got sick, and 5 of them were hospitalized. The bags have best-by dates of March 2 through March 22, 2031.\n";
    let (_, r) = check(&[
        ("a_notice.txt", notice),
        ("b_outbreak.txt", outbreak),
        ("c_wire.txt", wire),
        ("d_tv.txt", tv),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .all(|c| !(c.contains("14,200") && c.contains("19"))),
        "{conflicts:#?}"
    );
    assert!(
        conflicts.contains(
            &"d_tv gives the date as March 22 where a_notice and c_wire give March 20.".to_string()
        ),
        "{conflicts:#?}"
    );
    // The outbreak page counts six hospitalized twice ("Hospitalizations: 6", "6 have
    // been hospitalized"), the wire once: the TV's five stands against them.
    assert!(
        conflicts
            .iter()
            .any(|c| c.starts_with("d_tv counts 5") && c.contains("b_outbreak and c_wire count 6")),
        "{conflicts:#?}"
    );
    let speakers: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "quote")
        .map(|c| &c["speaker"]["name"])
        .collect();
    assert!(
        speakers.contains(&&Value::from("Amos Renfield")),
        "{speakers:?}"
    );
}

#[test]
fn a_sum_rounded_by_one_outlet_agrees_and_a_sum_far_off_still_conflicts() {
    // A paper rounds the district's "$87.3 million budget" to "$87 million"; a radio
    // brief's "$78 million" is another figure.
    let district = "Board adopts budget\n\nThe Corliss school board voted 6-1 on Monday to adopt an $87.3 million budget that closes a shortfall and keeps class sizes flat.\n";
    let paper = "Corliss board passes budget\n\nThe Corliss school board voted 6-1 Monday to adopt an $87 million budget that closes a shortfall and keeps class sizes flat.\n";
    let (_, r) = check_one_story(&[("district.txt", district), ("paper.txt", paper)]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
    assert!(
        summaries(&r, "agreement").contains(
            &"district gives \"$87.3 million\"; paper gives it rounded (\"$87 million\")."
                .to_string()
        ),
        "{:#?}",
        summaries(&r, "agreement")
    );
    let radio = "Corliss budget\n\nThe Corliss school board voted 6-1 Monday to adopt a $78 million budget that closes a shortfall and keeps class sizes flat.\n";
    let (_, r) = check_one_story(&[("district.txt", district), ("radio.txt", radio)]);
    assert_eq!(
        conflict_summaries(&r).len(),
        1,
        "{:#?}",
        conflict_summaries(&r)
    );
}

/// A tornado outbreak told by a weather service statement (fields, "$$"), a wire, a TV
/// update and a blog's bullets. The statement names the county only inside an agency's
/// name; the blog's bullets state figures in lines of six words.
#[test]
fn a_tornado_outbreak_told_by_a_weather_statement_a_wire_a_tv_update_and_a_blog() {
    let (_, r) = check(&[
        ("nws.txt", NWS),
        ("wire.txt", WIRE),
        ("tv.txt", TV),
        ("blog.txt", BLOG),
    ]);
    // One story: "Rankin County Emergency Management Agency" names Rankin County.
    assert_eq!(r["stories"].as_array().map_or(0, Vec::len), 0, "one story");
    let conflicts = conflict_summaries(&r);
    // The emergency's counties: 12 against 11, the blog's bullet among the 11.
    assert!(
        conflicts
            .iter()
            .any(|c| c.contains("12") && c.contains("11 Mississippi counties")),
        "{conflicts:?}"
    );
    // "two states" and a list of two counties are as many by chance.
    assert!(
        !conflicts.iter().any(|c| c.contains("calls the")),
        "{conflicts:?}"
    );
    // The TV page's "peak winds of 145 mph" against the survey's and the wire's 150.
    assert!(
        conflicts.contains(
            &"tv gives the top wind speed as \"145 mph\" where nws and wire give \"150 mph\"."
                .to_string()
        ),
        "{conflicts:?}"
    );
    assert_eq!(conflicts.len(), 2, "{conflicts:?}");
    // A weekday in an aside ("(more surveys Monday)") is no lead's day, nor the day of
    // the saying after "over the weekend" ("officials said Sunday").
    let days = summaries(&r, "not_comparable");
    assert!(
        !days.iter().any(|d| d.contains("leads give different days")),
        "{days:?}"
    );
}

const NWS: &str = "Public Information Statement\nNational Weather Service Jackson MS\n1142 AM CDT Sun Apr 13 2025\n\n...Preliminary tornado survey results for the April 12 outbreak...\n\nSurvey teams from NWS Jackson confirmed 14 tornadoes across central\nMississippi on Saturday, April 12. The strongest, an EF3 near Pelahatchie,\nhad peak winds estimated at 150 mph and a path length of 23.4 miles.\n\nFatalities: 3\nInjuries: 41\n\nThe Rankin County Emergency Management Agency reported three deaths in\nRankin County. Additional surveys in Scott and Newton counties are planned\nfor Monday.\n\nPreliminary information, subject to change.\n\n$$\n";
const WIRE: &str = "Storms kill 5 across the South as tornadoes rake Mississippi, Alabama\n\nBy Dana Whitcomb\n\nJACKSON, Miss. (Wire) \u{2014} Tornadoes and straight-line winds killed five people\nacross two states over the weekend, officials said Sunday, flattening homes\nin central Mississippi and toppling trees onto cars in western Alabama.\n\nThree people died in Rankin County, Mississippi, where an EF3 tornado with\nwinds of 150 mph carved a 23-mile path near Pelahatchie, the National Weather\nService said. Two people were killed in Sumter County, Alabama, when a tree\nfell on their pickup truck, Sumter County Coroner Willie Grayson said.\n\n\"We have families who lost everything in about forty seconds,\" Mississippi\nGov. Tate Reeves said at a news conference in Brandon. \"We will be here for\nas long as it takes.\"\n\nReeves declared a state of emergency for 11 counties. The weather service\nconfirmed at least 14 tornadoes in Mississippi.\n\nMore than 60,000 homes and businesses were without power Sunday morning,\naccording to PowerOutage.us.\n\nRelated: What to do when a tornado warning is issued\nCopyright 2025 The Wire. All rights reserved.\n";
const TV: &str = "WLBT 3 | News | Weather | Sports | Watch Live\n\nUPDATE: Death toll rises to 4 in Rankin County after Saturday tornado\n\nUpdated: Apr. 13, 2025 at 6:40 PM CDT\n\nBRANDON, Miss. (WLBT) - The Rankin County coroner says a fourth person has\ndied after Saturday's tornado, a woman who was hospitalized in critical\ncondition at the University of Mississippi Medical Center.\n\nThe National Weather Service rated the Pelahatchie tornado an EF3 with peak\nwinds of 145 mph. Forecasters said it was on the ground for 23.4 miles.\n\nGov. Tate Reeves toured the damage Sunday afternoon and signed an emergency\ndeclaration covering 12 counties.\n\n\"This is heartbreaking,\" Reeves said. \"Mississippians are resilient, and we\nwill rebuild.\"\n\nEntergy Mississippi said about 38,000 customers remained without power.\n\nCopyright 2025 WLBT. All rights reserved.\nAdvertisement\n";
const BLOG: &str = "Southern Weather Desk\nPosted by M. Ortega | April 13, 2025 | 12 comments\n\nSaturday's outbreak: what we know\n\n- 14 tornadoes confirmed by NWS Jackson so far (more surveys Monday)\n- Strongest: EF3 near Pelahatchie, 150 mph, 23.4-mile path\n- Deaths: 3 in Mississippi, 2 in Alabama\n- State of emergency in 11 Mississippi counties\n\nThe Sumter County, Alabama deaths came when a large oak fell across Highway 11\nin Livingston, according to the county coroner.\n\nGov. Tate Reeves said in a statement Saturday night that the state would ask\nfor federal assistance.\n\nShare this: Facebook | Twitter | Email\nLeave a comment\n";

/// A sentencing told by a U.S. Attorney's release, a paper, a law blog and a TV page:
/// "sentenced … to 97 months" against "87 months in federal prison" and "seven years
/// and three months", two sections of one title, 1028A and 1343, and the month of the
/// plea.
#[test]
fn a_sentencing_told_by_a_release_a_paper_a_law_blog_and_a_tv_page() {
    let (_, r) = check(&[
        ("doj.txt", DOJ),
        ("paper.txt", PAPER),
        ("blog.txt", LAW_BLOG),
        ("tv.txt", KETV),
    ]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|c| c.contains("blog counts 97") && c.contains("seven years and three months")),
        "{conflicts:?}"
    );
    // The month of the plea, after the same verb and "guilty".
    assert!(
        conflicts
            .iter()
            .any(|c| c.contains("tv gives November 2024 where doj gives October 2024")),
        "{conflicts:?}"
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements.iter().any(|a| a.contains("18 U.S.C. 1028A")),
        "{agreements:?}"
    );
    assert!(
        !agreements.iter().any(|a| a.contains("(usc/18/1028)")),
        "{agreements:?}"
    );
}

const DOJ: &str = "Department of Justice\nU.S. Attorney's Office\nDistrict of Nebraska\n\nFOR IMMEDIATE RELEASE\nThursday, March 6, 2025\n\nOmaha Contractor Sentenced to 87 Months for Defrauding Flood Relief Program\n\nOMAHA - A Bellevue man was sentenced today to 87 months in federal prison for\nwire fraud and aggravated identity theft, Acting U.S. Attorney Lesley A. Woods\nannounced.\n\nCorwin J. Haskell, 52, was also ordered to pay $1,284,600 in restitution to\nthe Federal Emergency Management Agency. U.S. District Judge Brian C. Buescher\nimposed the sentence. Haskell pleaded guilty in October 2024 to one count of\nwire fraud, in violation of 18 U.S.C. 1343, and one count of aggravated\nidentity theft, in violation of 18 U.S.C. 1028A.\n\nAccording to court records, Haskell submitted 43 false claims for home repair\nassistance after the March 2019 floods, using the names of homeowners in Sarpy,\nDodge and Saunders counties.\n\n\"Disaster relief is meant for families rebuilding their lives, not for people\nwho see a flood as a business opportunity,\" said Acting U.S. Attorney Woods.\n\nThe case was investigated by the FEMA Office of Inspector General and the FBI.\n\n###\n";
const PAPER: &str = "Omaha World-Ledger\nSubscribe | Sign In | e-Edition\n\nBellevue contractor gets 7 years for flood aid fraud\n\nBy Priya Raman / World-Ledger staff writer\nMar 6, 2025\n\nA Bellevue contractor who filed dozens of bogus repair claims after the 2019\nfloods will spend more than seven years in federal prison.\n\nCorwin Haskell, 52, was sentenced Thursday in Omaha to seven years and three\nmonths by U.S. District Judge Brian Buescher, who called the scheme \"cold and\ncalculated.\" Haskell must also repay about $1.3 million to FEMA.\n\nProsecutors said Haskell filed 48 fraudulent applications in the names of\nhomeowners in Sarpy, Dodge and Douglas counties, some of whom had never\nreported flood damage.\n\nHaskell's attorney, Mark Delmonico, had asked for five years. \"He has accepted\nresponsibility and he will pay back every dollar he can,\" Delmonico said after\nthe hearing.\n\nCorrection: An earlier version of this story misstated the judge's first name.\n\nMost Popular\nSign up for our newsletter\n";
const LAW_BLOG: &str = "Plains Law Notes - Federal sentencing roundup\n\nPosted 03/07/2025 by J. Whitfield\n\nU.S. v. Haskell (D. Neb.): Judge Buescher sentenced a contractor to 97 months\non wire fraud (18 U.S.C. \u{00a7} 1343) and aggravated identity theft (18 U.S.C.\n\u{00a7} 1028A) counts arising from FEMA claims after the 2019 Missouri River floods.\nRestitution was set at $1,284,600. The government had sought 108 months.\n\nNote the mandatory consecutive 24-month term under \u{00a7} 1028A, which made up part\nof the total.\n\nTags: fraud, FEMA, sentencing\n";
const KETV: &str = "KETV 7 Omaha\nWATCH LIVE\n\nMan who scammed FEMA after 2019 floods sentenced\n\nOMAHA, Neb. \u{2014} A contractor from Bellevue will spend 87 months behind bars for\nstealing more than $1.2 million in flood relief money, federal prosecutors\nannounced Thursday.\n\nCorwin Haskell filed 43 fake claims with FEMA, prosecutors said. The U.S.\nAttorney's Office said he used homeowners' names without their knowledge.\n\nActing U.S. Attorney Lesley Woods said in a statement that disaster relief \"is\nmeant for families rebuilding their lives.\"\n\nHaskell had pleaded guilty in November 2024.\n\nCopyright 2025 KETV. All rights reserved.\n";

/// A data breach told by the company's notice (Q&A headings in title case, a state
/// list, "Brightwater Health Partners, Inc."), a trade site, a TV page with its owner's
/// copyright line, and a forum thread. The notice, trade and TV copy are one story by
/// the name their headlines or company give and repeat ("Brightwater"); the notice's
/// headings ("What Happened?") are no names. The TV page's "two years" of credit
/// monitoring is the notice's 24 months.
#[test]
fn a_data_breach_told_by_a_notice_a_trade_site_a_tv_page_and_a_forum() {
    let (_, r) = check(&[
        ("notice.txt", BREACH_NOTICE),
        ("trade.txt", BREACH_TRADE),
        ("tv.txt", BREACH_TV),
        ("forum.txt", BREACH_FORUM),
    ]);
    let stories = r["stories"].as_array().unwrap();
    assert!(
        stories
            .iter()
            .any(|s| s["articles"] == serde_json::json!(["notice", "trade", "tv"])),
        "{stories:?}"
    );
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c.contains("trade counts 12")
            && c.contains("notice and tv count 24")
            && c.contains("\"two years of free credit monitoring\"")),
        "{conflicts:?}"
    );
    assert_eq!(conflicts.len(), 1, "{conflicts:?}");
}

const BREACH_NOTICE: &str = "NOTICE OF DATA SECURITY INCIDENT\n\nBrightwater Health Partners, Inc. (\"Brightwater\") is providing notice of an\nincident that may affect the privacy of certain patient information.\n\nWhat Happened? On August 14, 2025, Brightwater discovered suspicious activity in\nits network. The investigation determined that an unauthorized party accessed\ncertain systems between August 2, 2025 and August 14, 2025.\n\nWhat Information Was Involved? The information may include names, dates of\nbirth, Social Security numbers and health insurance information.\n\nWhat We Are Doing. Brightwater is offering 24 months of complimentary credit\nmonitoring through Kroll. We have also notified the U.S. Department of Health\nand Human Services and the attorneys general of the following states:\n\n* Ohio\n* Kentucky\n* Indiana\n* West Virginia\n\nFor More Information. Call our dedicated assistance line at 1-888-555-0142,\nMonday through Friday, 8 a.m. to 5:30 p.m. Eastern Time.\n";
const BREACH_TRADE: &str = "HealthIT Security Wire | Breach Tracker\n\nBrightwater Health Partners breach affects 412,000 patients\n\nSeptember 30, 2025 - Cincinnati-based Brightwater Health Partners reported a\nnetwork intrusion to HHS' Office for Civil Rights on September 26 that affected\n412,000 patients, according to the OCR breach portal.\n\nBrightwater said it detected the intrusion on August 14, twelve days after the\nattacker first gained access. The health system has notified regulators in\nOhio, Kentucky and Indiana.\n\nAffected patients are being offered 12 months of credit monitoring.\n\n\"We deeply regret this incident and are strengthening our safeguards,\" chief\ninformation security officer Dana Kessler said in a statement.\n\nBrightwater operates 11 hospitals and more than 90 outpatient clinics.\n\nRelated: Ransomware attacks on hospitals doubled in 2024\n";
const BREACH_TV: &str = "WCPO 9 Cincinnati | Local News\n\nBrightwater hack exposed data of more than 400,000 patients\n\nCINCINNATI — Brightwater Health Partners says hackers got into its computer\nsystems for nearly two weeks in August, exposing Social Security numbers and\ninsurance details for more than 400,000 patients across the region.\n\nThe health system discovered the breach on Aug. 15 and began mailing letters to\npatients this week, spokesperson Carla Nunez said.\n\n\"Patients should watch their bank and insurance statements closely,\" Nunez\nsaid.\n\nBrightwater runs 12 hospitals in Ohio, Kentucky and Indiana. The company is\noffering two years of free credit monitoring.\n\nCopyright 2025 Scripps Media, Inc. All rights reserved.\n";
const BREACH_FORUM: &str = "r/cincinnati - Got the Brightwater breach letter today. Anyone else?\n\nPosted by u/queencitycommuter 14 hours ago\n\nLetter says they found it Aug 14 and the hackers were in from Aug 2. SSN and\ninsurance info. They're giving 24 months of Kroll monitoring. Apparently it's\n412k people per the HHS site.\n\n  Reply  Share  23 upvotes\n\nu/riverfrontrunner: Same here. My mom got one too, she's in Huntington so West\nVirginia is on the list as well.\n";

/// A governor's plant visit: the governor's release says she toured the plant, a paper
/// that the visit was canceled for ice, a radio brief that she was there. "toured"
/// names its own event (data/event_words.tsv "held:visit").
#[test]
fn a_visit_toured_in_one_release_and_canceled_in_a_paper() {
    let (_, r) = check(&[
        ("release.txt", VISIT_RELEASE),
        ("paper.txt", VISIT_PAPER),
        ("radio.txt", VISIT_RADIO),
    ]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c
            == "The visit is described as held in release (\"toured\"), but canceled in paper (\"canceled\")."),
        "{conflicts:?}"
    );
    // A tour and canceled classes: the classes name no event, and "toured" names none
    // they could be about.
    let (_, r) = check_one_story(&[
        (
            "a.txt",
            "Storm\n\nGov. Ann Lee toured the damage on Sunday.\n",
        ),
        (
            "b.txt",
            "Storm\n\nSchools canceled classes on Monday after the storm.\n",
        ),
    ]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:?}",
        conflict_summaries(&r)
    );
}

const VISIT_RELEASE: &str = "Office of the Governor\nState of Kansas\n\nGovernor Kelly Visits Emporia Plant Expansion\n\nEMPORIA - Governor Laura Kelly on Tuesday toured the expanded Tyson Fresh Meats\nprocessing plant in Emporia, where the company is adding 350 jobs as part of a\n$48 million expansion.\n\n\"Every one of these 350 jobs is a family that can build a future in Lyon\nCounty,\" Governor Kelly said.\n\nThe Governor was joined by Lt. Governor David Toland and Emporia Mayor Becky\nSmith.\n\n###\n";
const VISIT_PAPER: &str = "The Emporia Courier\n\nGovernor's plant visit scrapped as ice storm hits\n\nBy Tom Alvarez\n\nEMPORIA — Gov. Laura Kelly's planned visit to the Tyson Fresh Meats plant on\nTuesday was canceled because of icy roads, a spokeswoman for the governor said.\n\nPlant manager Ron Hager said the company would still add 320 jobs as part of a\n$48 million expansion, the largest private investment in Lyon County in a\ndecade.\n\nMayor Becky Smith said the city had been told of the cancellation Monday night.\n\"We'll roll out the red carpet whenever she can make it,\" Smith said.\n";
const VISIT_RADIO: &str = "KVOE News\n\nKelly visits Emporia's Tyson plant\n\nGovernor Laura Kelly was in Emporia Tuesday to tour the Tyson plant expansion,\nwhich will add 350 jobs. Kelly met with plant workers and local officials,\nincluding Mayor Becky Smith and Lt. Gov. David Toland.\n\n\"Every one of these 350 jobs is a family that can build a future in Lyon\nCounty,\" Kelly said.\n";

/// Jobs, positions, roles and layoffs count one thing (data/set_nouns.txt class "job").
#[test]
fn jobs_and_positions_are_counted_as_one_thing() {
    let (_, r) = check_one_story(&[
        (
            "a.txt",
            "Cuts\n\nAcme Corp said on Tuesday it would cut 1,500 jobs at its plants in Ohio.\n",
        ),
        (
            "b.txt",
            "Cuts\n\nAcme Corp will eliminate 1,200 positions at its Ohio plants, the company said Tuesday.\n",
        ),
    ]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        ["a counts 1,500 (\"1,500 jobs\") where b counts 1,200 (\"1,200 positions\")."],
    );
}

/// A share of the vote with a tenth, in a results table and in a paper's sentence,
/// is one figure whatever the words around it.
#[test]
fn a_precise_percentage_in_a_results_table_and_a_paper_agrees() {
    let (_, r) = check_one_story(&[
        (
            "county.txt",
            "Unofficial Results\n\nCandidate | Votes | Percent\nDelia Marquez | 8,214 | 52.6%\nThomas Varga | 7,402 | 47.4%\n",
        ),
        (
            "paper.txt",
            "Marquez wins\n\nDelia Marquez won the seat on Tuesday, defeating Thomas Varga with 52.6% of the vote.\n",
        ),
    ]);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a == "county and paper agree on the percentage (\"52.6%\")."),
        "{agreements:?}"
    );
}

/// "Three workers died" against "Five people died": the workers may be three of the
/// five, so the counts are set side by side, not called a conflict. "Five people"
/// against "three people" still conflicts.
#[test]
fn workers_who_died_may_be_some_of_the_people_who_died() {
    let b = "Blast\n\nFive people died in the plant explosion on Monday, officials said.\n";
    let (_, r) = check_one_story(&[
        (
            "a.txt",
            "Blast\n\nThree workers died in the plant explosion on Monday, the chief said.\n",
        ),
        ("b.txt", b),
    ]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:?}",
        conflict_summaries(&r)
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|s| s.ends_with("the workers may be some of the people.")),
        "{unsure:?}"
    );
    let (_, r) = check_one_story(&[
        (
            "a.txt",
            "Blast\n\nThree people died in the plant explosion on Monday, the chief said.\n",
        ),
        ("b.txt", b),
    ]);
    assert_eq!(conflict_summaries(&r).len(), 1);
}

/// A wildfire: an agency's fact lines, a wire, and a TV live page whose headline gives a
/// later, larger acreage ("grows to") and whose body gives a count of structures with
/// two digits swapped.
#[test]
fn a_fires_later_acreage_is_an_update_and_its_swapped_count_of_structures_conflicts() {
    let agency = "Ridge Fire Incident Update\nState Fire Agency\n\nIncident Facts\nAcres Burned: 12,450\nStructures Destroyed: 87\nFatalities: 2\n\nCounties: Lake County, Napa County\n\nThe Ridge Fire started on Saturday near Ridge Road. Crews held the eastern flank of the Ridge Fire overnight.\n";
    let wire = "Wildfire kills 2 in Northern California\n\nMIDDLETOWN, Calif. (AP) — The Ridge Fire has killed two people and destroyed 87 structures, officials said Monday.\n\nThe Ridge Fire had burned more than 12,000 acres (4,856 hectares) in Lake and Napa counties.\n";
    let tv = "LIVE: Ridge Fire grows to 14,200 acres\n\n11:40 a.m. — The Ridge Fire has now burned 14,200 acres, the agency says.\n\n10:15 a.m. — The state fire agency now says 78 structures have been destroyed by the Ridge Fire.\n\nSheriff Dora Vance: \"If you are told to go, go right now.\"\n";
    let (_, r) = check_one_story(&[("agency.txt", agency), ("wire.txt", wire), ("tv.txt", tv)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|x| x.contains("78") && x.contains("87")),
        "{conflicts:#?}"
    );
    assert!(
        !conflicts.iter().any(|x| x.contains("14,200")),
        "{conflicts:#?}"
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|x| x.contains("14,200") && x.contains("as an update (\"grows to\")")),
        "{unsure:#?}"
    );
    let all = serde_json::to_string(&r).unwrap();
    // A conversion in parentheses is no count; the lead's dead count no list.
    assert!(!all.contains("hectares\""), "a conversion counted");
    assert!(
        !all.contains("\"two people\" (matches"),
        "the dead counted a list"
    );
    assert!(
        all.contains("Only tv quotes Dora Vance"),
        "the post's speaker"
    );
}

/// A strike's end: an authority's release opened by a dateline, a union's release with
/// its terms in bullets, a paper, and a forum post with two digits of the tally swapped.
#[test]
fn a_contracts_length_in_other_words_a_swapped_tally_and_a_datelines_date() {
    let authority = "Transit Authority News Release\n\nPittsburgh – October 8, 2025 – The Regional Transit Authority announced today that members of Transit Workers Local 9 have ratified a three-year labor agreement.\n\nThe agreement includes a one-time $2,500 ratification bonus.\n";
    let union = "FOR IMMEDIATE RELEASE\n\nMembers of Transit Workers Local 9 voted to ratify a new four-year contract with the Regional Transit Authority, ending a strike that began September 19.\n\nThe agreement includes:\n- A $2,500 signing bonus\n- Protections for paratransit routes\n";
    let paper = "Transit strike ends\n\nMembers of Transit Workers Local 9 voted 1,987 to 323 on Wednesday to approve a four-year contract with the Regional Transit Authority, ending a walkout that began Sept. 19.\n";
    let forum = "Strike is OVER\n\nUnion voted 1,897-323 to ratify. Buses back tomorrow.\n\n312 comments  Share  Save\n";
    let (_, r) = check_one_story(&[
        ("authority.txt", authority),
        ("union.txt", union),
        ("paper.txt", paper),
        ("forum.txt", forum),
    ]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|x| x.contains("three-year labor agreement") && x.contains("four-year contract")),
        "{conflicts:#?}"
    );
    assert!(
        conflicts
            .iter()
            .any(|x| x.contains("1,987-323") && x.contains("1,897-323")),
        "{conflicts:#?}"
    );
    // The dateline's October 8 is the release's date, set against no strike's start.
    assert!(
        !conflicts.iter().any(|x| x.contains("Oct. 8")),
        "{conflicts:#?}"
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|x| x.contains("$2,500") && x.contains("union")),
        "{agreements:#?}"
    );
    let all = serde_json::to_string(&r).unwrap();
    assert!(
        !all.contains("312 comments"),
        "a forum's action bar counted"
    );
}

/// An earthquake: each outlet gives one magnitude. A wire's 6.4 against a TV page's
/// 6.2 conflicts; a blog's magnitude given as a revision ("downgraded") is not
/// comparable; a seismic network's fact line agrees with the wire.
#[test]
fn one_quakes_magnitudes_conflict_unless_one_is_a_revision() {
    let network = "M 6.4 - 12 km NE of Ferndale, California\n\nMagnitude: M 6.4\nDepth: 17.9 km\n\nThe earthquake northeast of Ferndale occurred as the result of strike-slip faulting.\n";
    let wire = "Strong quake jolts coast\n\nFERNDALE, Calif. (AP) — A magnitude 6.4 earthquake struck off the far northern coast early Wednesday, injuring 11 people, authorities said.\n";
    let tv = "Quake rattles county\n\nFERNDALE, Calif. — A 6.2-magnitude earthquake shook the county late Tuesday night, injuring 11 people.\n";
    let blog = "Quake update\n\nThe quake, later downgraded to magnitude 5.9 by seismologists, cracked chimneys in town.\n";
    let (_, r) = check_one_story(&[
        ("network.txt", network),
        ("wire.txt", wire),
        ("tv.txt", tv),
        ("blog.txt", blog),
    ]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|x| x.contains("\"6.2-magnitude\"") && x.contains("\"magnitude 6.4\"")),
        "{conflicts:#?}"
    );
    assert!(
        !conflicts.iter().any(|x| x.contains("5.9")),
        "{conflicts:#?}"
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|x| x.contains("5.9") && x.contains("(\"downgraded\")")),
        "{unsure:#?}"
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|x| x.starts_with("network and wire agree on the magnitude")),
        "{agreements:#?}"
    );
}

/// A hurricane: an advisory, a wire that gives the landfall category and the storm's
/// earlier peak ("had strengthened to a Category 4 hurricane"), and a TV page that gives
/// landfall as a Category 4. The wire's earlier peak is no rival account.
#[test]
fn a_storms_landfall_category_conflicts_and_its_earlier_peak_does_not_count() {
    let advisory = "Hurricane Lena Advisory Number 18\n\n...LENA MAKES LANDFALL NEAR CEDAR KEY AS A CATEGORY 3 HURRICANE...\n\nAt 1100 AM EDT, the eye of Hurricane Lena made landfall near Cedar Key. Maximum sustained winds are near 120 mph.\n";
    let wire = "Hurricane Lena slams Florida\n\nCEDAR KEY, Fla. (AP) — Hurricane Lena roared ashore near Cedar Key on Thursday as a Category 3 storm with 120 mph winds.\n\nLena had strengthened to a Category 4 hurricane over the Gulf on Wednesday.\n";
    let tv = "Lena makes landfall\n\nCEDAR KEY, Fla. — Hurricane Lena made landfall near Cedar Key Thursday morning as a powerful Category 4 hurricane.\n";
    let (_, r) = check_one_story(&[
        ("advisory.txt", advisory),
        ("wire.txt", wire),
        ("tv.txt", tv),
    ]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        vec![
            "tv gives the storm category as \"Category 4\" where advisory and wire give \"CATEGORY 3\", \"Category 3\"."
                .to_string()
        ],
        "{conflicts:#?}"
    );
    let all = serde_json::to_string(&r).unwrap();
    // "120 mph winds" measures; it counts no winds.
    assert!(!all.contains("\"noun\":\"winds\""), "a speed counted");
}

/// A bus crash: a patrol's report with fact lines ("Vehicles involved: 2" over
/// "Fatalities: 3 confirmed."), a wire, and a TV page that gives the driver's age before
/// his name and quotes a pastor with "we're" where the wire has "we are".
#[test]
fn a_crash_reports_fact_lines_a_drivers_two_ages_and_a_contraction() {
    let patrol = "HIGHWAY PATROL\nPRELIMINARY CRASH REPORT\n\nVehicles involved: 2\nFatalities: 3 confirmed.\nInjured: 27\n\nA charter bus operated by Blue Ridge Coachways, carrying 41 passengers and a driver, left the roadway and struck a tractor-trailer. The bus driver, Dwayne K. Morrow, 58, of Asheville, N.C., was taken to a hospital.\n";
    let wire = "3 killed when charter bus hits truck on interstate\n\nDICKSON, Tenn. (AP) — A charter bus slammed into a tractor-trailer on Interstate 40 early Saturday, killing three people and injuring 27 others, the Highway Patrol said.\n\nThe driver, Dwayne Morrow, 58, was hospitalized in critical condition.\n\n\"We are devastated, and we are praying for every family,\" said the Rev. Anita Sloane of Grace Fellowship Church.\n";
    let tv = "4 dead, more than 30 injured in I-40 bus crash\n\nDICKSON COUNTY, Tenn. — Four people are dead after a charter bus crashed into a parked semi on I-40 early Saturday morning.\n\nThe driver, 56-year-old Dwayne Morrow, was flown to a hospital.\n\n\"We are devastated, and we're praying for every family,\" Grace Fellowship pastor Anita Sloane said in a Facebook post.\n";
    let (_, r) = check(&[("patrol.txt", patrol), ("wire.txt", wire), ("tv.txt", tv)]);
    assert_eq!(
        r["stories"].as_array().map_or(1, Vec::len),
        1,
        "{:#?}",
        r["stories"]
    );
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|x| x.starts_with("tv counts 56 (\"56-year-old Dwayne Morrow\")")),
        "{conflicts:#?}"
    );
    // The fact line with its closing word is read: each article's only count of the
    // dead, the TV's four against three, is one toll told two ways.
    assert!(
        conflicts.iter().any(|x| x.starts_with(
            "tv counts 4 (\"4 dead\", \"Four people\") where patrol and wire count 3 (\"Fatalities: 3 confirmed.\""
        )),
        "{conflicts:#?}"
    );
    let unsure = summaries(&r, "not_comparable");
    // A headline's rough count of the injured that excludes the others' 27 is set
    // beside them, not called a conflict and not left out.
    assert!(
        unsure.iter().any(|x| x.starts_with(
            "tv says \"more than 30 injured\" (31 or more) where patrol and wire count 27"
        )),
        "{unsure:#?}"
    );
    // "we're" is "we are", not "were"; the pastor, not her church, said it.
    assert!(
        !conflicts.iter().any(|x| x.contains("\"were\"")),
        "{conflicts:#?}"
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|x| x.starts_with("Anita Sloane's quote")),
        "{agreements:#?}"
    );
    let all = serde_json::to_string(&r).unwrap();
    assert!(
        !all.contains("2 Fatalities"),
        "a label read as a count's noun"
    );
}

#[test]
fn a_recalls_states_in_a_bullet_and_its_dates_in_figures() {
    // A notice gives its dates in figures under labels that date the page; a blog's
    // bullet of facts lists four of the wire's five states; two best-by dates differ
    // but may be of two lots; "two were hospitalized" counts with no noun.
    let notice = "Grower Recalls Bagged Spinach\n\nCompany Announcement Date: 11/14/2025\nFDA Publish Date: 11/15/2025\n\nHollow Creek Farms LLC is recalling 8,400 cases of bagged spinach that may carry Listeria. The product bears a best-by date of 11/20/2025.\n\nThe company has received reports of seven illnesses. Two people have been hospitalized.\n";
    let wire = "Spinach recalled in five Western states\n\nSALINAS, Calif. (Wire) — Hollow Creek Farms is recalling about 8,400 cases of bagged spinach sold in five Western states, regulators said Saturday.\n\nThe spinach went to stores in Arizona, Nevada, Oregon, Utah and Washington. Seven people have fallen ill, and two were hospitalized.\n\nThe bags have a best-by date of Nov. 20.\n";
    let blog = "RECALL ALERT: Check your fridge\n\nHollow Creek Farms is pulling 8,400 cases of its spinach because of possible listeria.\n\nHere's what you need to know:\n\n* States: Arizona, Nevada, Utah and Washington\n* Hospitalizations: 2\n";
    let tv = "Spinach pulled from shelves\n\nHollow Creek Farms recalled bagged spinach with best-by dates of Nov. 22, the company said. Seven illnesses have been reported.\n";
    let (_, r) = check_one_story(&[
        ("blog.txt", blog),
        ("notice.txt", notice),
        ("tv.txt", tv),
        ("wire.txt", wire),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "State of Oregon is missing from blog's complete list of the states; the complete list of wire includes it."
        ]
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|s| s.contains("notice and wire Nov. 20, tv Nov. 22")),
        "{unsure:#?}"
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(&"blog, notice and wire agree on 2 hospitalized (\"Hospitalizations: 2\", \"Two people\", \"two were hospitalized\").".to_string()),
        "{agreed:#?}"
    );
    assert!(
        agreed.contains(&"notice, tv and wire agree on 7 illnesses (\"seven illnesses\", \"Seven illnesses\", \"Seven people\").".to_string()),
        "{agreed:#?}"
    );
    // The header's dates date the page and are no claims.
    let dates: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "date" && c["article"] == "notice")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["11/20/2025"]);
}

#[test]
fn a_matchs_crowd_in_three_forms_and_a_coachs_title() {
    // "a sellout crowd of 48,500", "48,500 fans" and a box score's "Attendance: 45,800"
    // size one crowd; the score "2-1" is no vote; "Harbor City coach Ines Varga" is a
    // coach, not a person called "Coach"; a post's meta line ends in no count.
    let wire = "Harbor City wins first title with late goal\n\nHARBOR CITY (SW) — Diego Alcantara scored in the 87th minute and Harbor City FC beat Ridgefield United 2-1 on Sunday before a sellout crowd of 48,500 at Bayfront Stadium.\n\nHarbor City coach Ines Varga called it \"the best night of my life.\"\n";
    let paper = "CHAMPIONS AT LAST\n\nAlcantara's header gave Harbor City FC a 2-1 win over Ridgefield United in Sunday's final in front of 48,500 fans.\n\nCoach Ines Varga, in her second season, said it was \"the best night of my life.\"\n";
    let blog = "Match Report: Harbor City 2-1 Ridgefield United\n\nPosted in Match Reports | 312 Comments\n\nFINAL: Harbor City FC 2, Ridgefield United 1\nAttendance: 45,800\n\nWhat a night for Harbor City FC and for Alcantara. Ridgefield United never recovered.\n";
    let (_, r) = check_one_story(&[("blog.txt", blog), ("paper.txt", paper), ("wire.txt", wire)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|s| s.contains("45,800 in blog") && s.contains("48,500 in paper and wire")),
        "{unsure:#?}"
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(&"paper and wire give Ines Varga's title as coach (\"Coach Ines Varga\", \"Harbor City coach Ines Varga\").".to_string()),
        "{agreed:#?}"
    );
    let counted: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(
        !counted.iter().any(|t| t.contains("Comments")),
        "{counted:?}"
    );
}

#[test]
fn a_budgets_tax_rate_in_other_words_and_new_officers() {
    // "3.5% property tax increase", "property taxes go up 3.5%" and "raises property
    // taxes 3.2%" share enough words in three short pieces to be one rate misreported.
    // "40 new police officers" counts officers as "40 additional police officers" does.
    // "The mayor keeps saying" is the mayor's.
    let paper = "Council passes $1.24 billion budget\n\nRIVERTON — The City Council on Tuesday approved a $1.24 billion budget, including a 3.5% property tax increase that Mayor Gloria Benitez said was needed to hire 40 new police officers.\n\nThe vote was 7-2.\n";
    let tv = "Riverton council OKs budget\n\nThe Riverton City Council voted 7-2 Tuesday to approve a $1.24 billion budget that raises property taxes 3.2%.\n\nMayor Gloria Benitez said it would pay for 40 additional police officers.\n";
    let blog = "Riverton Watchdog\n\nThe council rubber-stamped the mayor's $1.24B budget last night, 7-2. Your property taxes go up 3.5%.\n\nThe mayor keeps saying \"we need officers.\"\n";
    let (_, r) = check_one_story(&[("blog.txt", blog), ("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(
        conflict_summaries(&r),
        ["blog and paper give the percentage as \"3.5%\" where tv gives \"3.2%\"."]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(&"paper and tv agree on 40 officers (\"40 new police officers\", \"40 additional police officers\").".to_string()),
        "{agreed:#?}"
    );
    assert_eq!(speakers(&r), ["mayor"]);
}

#[test]
fn each_outlets_only_percentage_differing_is_not_comparable() {
    // Two long pieces whose only percentages are close but share one common word:
    // set side by side, not against each other, and neither left as a lone source.
    let company = "Transit authority and union reach deal\n\nThe Allegheny Transit Authority said Friday it had reached a tentative agreement with its drivers.\n\nThe contract provides wage increases totaling 12% over the life of the agreement and a one-time bonus.\n\nThe board will vote on the contract next week.\n";
    let paper = "Drivers ratify contract, ending strike\n\nTransit drivers voted Sunday to ratify a new contract with the Allegheny Transit Authority, ending a three-week strike.\n\nThe deal gives drivers and mechanics raises totaling 14% over four years, according to a summary released by the union.\n\nBuses will run again Monday.\n";
    let (_, r) = check_one_story(&[("company.txt", company), ("paper.txt", paper)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.contains(&"The outlets' only percentages differ: 12% in company (\"12%\"), 14% in paper (\"14%\"); the words around them share too little to say they are one percentage.".to_string()),
        "{unsure:#?}"
    );
    assert!(
        summaries(&r, "single_source")
            .iter()
            .all(|s| !s.contains('%'))
    );
}

#[test]
fn new_cases_against_a_total_are_not_comparable_and_two_new_counts_conflict() {
    let a = "Measles outbreak grows in Dade County\n\nHealth officials in Dade County reported 45 new measles cases on Tuesday, as the outbreak at Lincoln Elementary School spread.\n";
    let b = "Measles outbreak grows in Dade County\n\nHealth officials in Dade County have confirmed 120 measles cases in the outbreak at Lincoln Elementary School, officials said Tuesday.\n";
    let c = "Measles outbreak grows in Dade County\n\nHealth officials in Dade County reported 40 new measles cases on Tuesday, as the outbreak at Lincoln Elementary School spread.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "b counts 120 (\"120 measles cases\") where a counts 45 (\"45 new measles cases\"); only one side counts them as \"new\", so one may count an increase and the other a whole."
        ]
    );
    let (_, r) = check_one_story(&[("a.txt", a), ("c.txt", c)]);
    assert_eq!(
        conflict_summaries(&r),
        ["a counts 45 (\"45 new measles cases\") where c counts 40 (\"40 new measles cases\")."]
    );
}

#[test]
fn a_diverted_flight_its_passengers_as_customers_and_a_thread_that_names_it() {
    // The airline counts "customers", TV "passengers": one count of the people aboard.
    // "six crew members" counts crew. A traveller's thread shares only the flight's
    // number with the others, and that is enough to make it part of the story.
    let airline = "Statement regarding Flight 1482\n\nOn Wednesday, Skyward Airlines Flight 1482 from Chicago to Phoenix diverted to Denver after the flight crew noticed a crack in a cockpit window.\n\nAll 156 customers and six crew members deplaned normally.\n\n\"Our pilots did exactly what they are trained to do,\" said Renee Folau, Skyward's vice president of flight operations.\n";
    let tv = "Plane makes emergency landing at DIA\n\nDENVER — A Skyward Airlines jet headed to Phoenix made an emergency landing in Denver on Wednesday after its windshield cracked at 35,000 feet.\n\nFlight 1482 had 162 passengers and six crew members on board. No one was hurt.\n\n\"Our pilots did exactly what they are trained to do,\" said Renee Folau, the airline's vice president of flight operations.\n";
    let thread = "@jen_travels · 2h\nPilot just came on and said we're diverting to Denver bc of a cracked windshield?? Flight 1482 ORD to PHX. Everyone is calm but wow\n\n@jen_travels · 1h\nUpdate: landed in Denver, totally smooth landing, fire trucks everywhere.\n";
    let (_, r) = check(&[
        ("airline.txt", airline),
        ("thread.txt", thread),
        ("tv.txt", tv),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    assert_eq!(
        conflict_summaries(&r),
        ["tv counts 162 (\"162 passengers\") where airline counts 156 (\"156 customers\")."]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(
            &"airline and tv agree on 6 crew members (\"six crew members\").".to_string()
        ),
        "{agreed:#?}"
    );
}

#[test]
fn a_police_releases_lines_of_the_arrested_and_a_recovered_count_with_digits_swapped() {
    // The release sets each arrested person on a line of their own ("Name, age, of
    // Town"): a town is no first name of the next line, and the lines are a list of
    // the arrested. Three people arrested "in connection with thefts reported in"
    // three suburbs make no list of the suburbs.
    let police = "MAPLE GROVE POLICE DEPARTMENT\nNEWS RELEASE\n\nThree Arrested in String of Catalytic Converter Thefts\n\nOn February 9, 2027, detectives arrested three people in connection with at least 41 catalytic converter thefts reported in Maple Grove, Brooklyn Park and Plymouth since November.\n\nARRESTED:\nTravis Quade, 24, of Minneapolis\nKendra Lowe, 22, of Robbinsdale\nMarcus Tibbs, 31, of St. Paul\n\nDetectives recovered 17 converters and $8,400 in cash from a storage unit in Brooklyn Park.\n";
    let paper = "Police: trio stole dozens of catalytic converters\n\nTravis Quade, 24, of Minneapolis; Kendra Lowe, 22, of Robbinsdale; and Marcus Tibbs, 33, of St. Paul were arrested Tuesday, according to police.\n\nDetectives found 17 converters and about $8,400 in cash in a Brooklyn Park storage unit, police said.\n";
    let tv = "3 charged in catalytic converter theft ring\n\nThree people are facing charges after police say they stole catalytic converters from more than 40 vehicles in Maple Grove, Plymouth and Brooklyn Park.\n\nPolice arrested Travis Quade, 24, Kendra Lowe, 22, and Marcus Tibbs, 31, on Tuesday.\n\nInvestigators recovered 71 converters and more than $8,000 in cash.\n";
    let (_, r) = check_one_story(&[("paper.txt", paper), ("police.txt", police), ("tv.txt", tv)]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "tv counts 71 (\"71 converters\") where paper and police count 17 (\"17 converters\").",
            "paper counts 33 (\"Marcus Tibbs, 33\") where police and tv count 31 (\"Marcus Tibbs, 31\").",
        ]
    );
    let lists: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "list")
        .collect();
    // The release's lines after "ARRESTED:" are a list of people; no list of suburbs.
    assert_eq!(lists.len(), 1, "{lists:#?}");
    assert_eq!(lists[0]["article"], "police");
    let keys: Vec<&str> = lists[0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["place"]["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "person:quade:travis",
            "person:lowe:kendra",
            "person:tibbs:marcus"
        ]
    );
}

#[test]
fn a_pacts_signers_one_outlet_leaves_out_against_its_own_count() {
    // A British house style ("5 December 2026", "1 July 2027"), a wire and an
    // advocacy group's notes to editors. The wire counts eight countries and names
    // seven signers, "the United States" last: Russia is missing.
    let bbc = "Arctic shipping pact signed by eight nations\n\n5 December 2026\n\nEight Arctic nations have signed an agreement to cut emissions from ships, after two days of talks in Tromso.\n\nThe signatories are Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States.\n\nThe agreement takes effect on 1 July 2027.\n";
    let wire = "Arctic states agree to phase out heavy fuel oil\n\nTROMSO, Norway (Wire) - Eight Arctic countries agreed to ban heavy fuel oil from ships in Arctic waters by 2030.\n\nThe agreement, signed by Canada, Denmark, Finland, Iceland, Norway, Sweden and the United States, also sets a target for black carbon.\n\nThe pact enters into force on July 1, 2027.\n";
    let ngo = "Clean Arctic Alliance | Press Release\n\nArctic heavy fuel oil ban: welcome, but too slow\n\nThe Clean Arctic Alliance today welcomed the agreement by Arctic states to ban heavy fuel oil from Arctic shipping.\n\nNotes to editors:\n1. The agreement was signed by the eight Arctic states: Canada, Denmark, Finland, Iceland, Norway, Russia, Sweden and the United States.\n";
    let (_, r) = check_one_story(&[("bbc.txt", bbc), ("ngo.txt", ngo), ("wire.txt", wire)]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "wire says \"Eight Arctic countries\" but its own complete list has 7 items; it lacks Russia, which every other complete list includes.",
            "Russia is missing from wire's complete list of the states; the complete lists of bbc and ngo include it.",
        ]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(
            &"bbc and wire agree on the date July 1 (\"1 July 2027\", \"July 1, 2027\")."
                .to_string()
        ),
        "{agreed:#?}"
    );
}

#[test]
fn an_alerts_bulleted_neighborhoods_tie_it_to_the_papers_story() {
    // The city's alert names no person and quotes no one; its bulleted neighborhoods,
    // places of no known kind, are names the paper's opening gives too. A size before
    // a hyphen ("24-inch") is no count.
    let city = "City of Fairhaven - Public Works Alert\n\nBOIL WATER ADVISORY ISSUED FOR NORTH FAIRHAVEN\n\nA 24-inch water main broke early Saturday near Linden Avenue, causing low water pressure for about 3,200 customers north of the river.\n\nThe Fairhaven Water Department has issued a boil water advisory for the following neighborhoods:\n\n- Linden Heights\n- Oak Park\n- Riverside\n- Cedar Flats\n\nCrews expect to complete repairs by Sunday evening.\n";
    let paper = "Main break leaves north side under boil advisory\n\nA 1950s-era water main burst Saturday morning on Linden Avenue, forcing a boil water advisory for roughly 3,200 homes in four north side neighborhoods, Linden Heights, Oak Park, Riverside and Cedar Flats among them.\n\nThe break in the 24-inch pipe sent water rushing down the avenue, Public Works Director Hal Brennan said.\n";
    let (_, r) = check(&[("city.txt", city), ("paper.txt", paper)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let counted: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(!counted.iter().any(|t| t.contains("inch")), "{counted:?}");
    // "Riverside" among a city's neighborhoods is no Riverside, Calif.
    let places: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "list")
        .flat_map(|c| c["items"].as_array().unwrap())
        .map(|i| i["place"]["display"].as_str().unwrap())
        .collect();
    assert!(places.contains(&"Riverside"), "{places:?}");
    assert!(!places.iter().any(|p| p.contains("Calif")), "{places:?}");
}

#[test]
fn a_settlements_blog_with_html_entities_and_a_surname_only_speaker() {
    // The blog was scraped with its character references left in ("&#8220;", "&#8217;"):
    // its quote is a quote all the same, and "Delacroix said" is the attorney general
    // the release names in full, not an organization. "hundreds of thousands of
    // borrowers" is one rough count, not hundreds of "thousands".
    let ag = "FOR IMMEDIATE RELEASE\n\nATTORNEY GENERAL DELACROIX SECURES $48.5 MILLION FROM PAYDAY LENDER\n\nAttorney General Renee Delacroix today announced that a coalition of 14 states has reached a $48.5 million settlement with QuickNote Lending LLC.\n\n\"Borrowers were charged fees they never agreed to,\" said Attorney General Delacroix.\n\nThe settlement resolves claims brought by the attorneys general of Colorado, Connecticut, Delaware, Hawaii, Illinois, Maine, Maryland, Massachusetts, Minnesota, New Jersey, New Mexico, Oregon, Vermont and Washington.\n";
    let blog = "Consumer Watch Blog &raquo; Lending\n\nQuickNote settles with 15 states &#8212; here&#8217;s what borrowers need to know\n\nThe online lender agreed Thursday to a $48.5 million deal with fifteen states, which hid fees from hundreds of thousands of borrowers.\n\nWho&#8217;s in: Colorado, Connecticut, Delaware, Hawaii, Illinois, Maine, Maryland, Massachusetts, Minnesota, New Jersey, New Mexico, New York, Oregon, Vermont and Washington.\n\n&#8220;Borrowers were charged fees they never agreed to,&#8221; Delacroix said at a news conference.\n";
    let (_, r) = check(&[("ag.txt", ag), ("blog.txt", blog)]);
    assert_eq!(speakers(&r), ["Renee Delacroix", "Delacroix"]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.iter().any(|s| s.starts_with(
            "Renee Delacroix's quote \"Borrowers were charged fees they never agreed to\" appears in ag and blog"
        )),
        "{agreed:#?}"
    );
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|s| s.contains("State of New York")),
        "{conflicts:#?}"
    );
    let rough: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count" && c["text"] == "hundreds of thousands of borrowers")
        .collect();
    assert_eq!(rough.len(), 1, "{:#?}", r["claims"]);
    assert_eq!(rough[0]["value"]["lo"], 200_000);
}

#[test]
fn a_seismic_bulletin_joins_its_quake_and_the_wires_early_magnitude_conflicts() {
    // The agency's bulletin names no person and quotes no one: the strong quake's
    // magnitude ties it to the live page. The wire's preliminary 6.4 (its headline's
    // too) conflicts with the bulletin's 6.1, with a note that the live page gives 6.1
    // as a revision. The wire's "three counties, Esmeralda, Mineral and Nye" is a list
    // of counties.
    let usgs = "M 6.1 - 14 km NE of Ridgecrest Valley, Nevada\n\nEvent Summary\n\nA magnitude 6.1 earthquake struck west-central Nevada on Monday at 6:22 a.m. local time.\n\nAt least 41 aftershocks of magnitude 2.5 or greater have been recorded.\n";
    let live = "LIVE UPDATES: Strong earthquake shakes Nevada\n\n11:40 a.m.\nGov. Carla Whitford has declared a state of emergency for Esmeralda, Mineral and Nye counties. \"We are moving every resource we have to the people who need it,\" Whitford said.\n\n6:45 a.m.\nThe USGS now puts the quake at magnitude 6.1, revised down from a preliminary 6.4.\n\n  \u{25b2} 212 \u{25bc}   \u{b7}   Reply   Share\n";
    let wire = "Magnitude 6.4 quake rattles rural Nevada\n\nRENO, Nev. (Wire) - A magnitude 6.4 earthquake struck western Nevada early on Monday, officials said.\n\nGovernor Carla Whitford declared an emergency in three counties, Esmeralda, Mineral and Nye.\n\n\"We are moving every resource we have to the people who need it,\" Whitford said.\n";
    let (_, r) = check(&[("live.txt", live), ("usgs.txt", usgs), ("wire.txt", wire)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let conflicts: Vec<&Value> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .collect();
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert_eq!(
        conflicts[0]["summary"],
        "wire gives the magnitude as \"Magnitude 6.4\", \"magnitude 6.4\" where live and usgs give \"magnitude 6.1\"."
    );
    assert_eq!(
        conflicts[0]["notes"][0],
        "live gives magnitude 6.1 as a revision or an update (\"now\")"
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("The complete lists of live and wire name the same 3 counties")),
        "{agreed:#?}"
    );
}

#[test]
fn a_breach_filing_joins_its_story_and_rough_counts_against_swapped_digits_are_one_finding() {
    // A regulatory filing quotes no one; the company's name (a name ending in
    // "Partners") and the count of patients tie it to the story. Two rough counts of
    // 2.3 million against a headline's 3.2 million are one conflict; a newsletter's
    // "~2.3M patients" is a rough count of 2.3 million.
    let filing = "FORM 8-K\n\nCURRENT REPORT\n\nOn November 18, 2026, Meridian Health Partners, Inc. (the \"Company\") detected unauthorized access to a file-transfer system used by its billing vendor. Files containing personal information of approximately 2.3 million patients were copied.\n";
    let tech = "Meridian Health breach exposes data of 3.2 million patients\n\nHospital operator Meridian Health Partners says hackers stole files containing the personal information of 3.2 million patients from a vendor.\n\n\"We take the privacy of our patients extremely seriously,\" Meridian spokeswoman Lauren Achebe said in a statement.\n";
    let local = "Patients of Meridian hospitals warned of data theft\n\nTULSA - Meridian Health Partners says personal data of about 2.3 million patients was stolen in a cyberattack on a vendor last month.\n\n\"Our clinical systems were never touched,\" said Dr. Samuel Okafor, the chief medical officer.\n";
    let newsletter = "THE BREACH BRIEF\n\n1) MERIDIAN HEALTH PARTNERS\n   What: vendor file-transfer system compromised\n   Who: ~2.3M patients\n";
    let (_, r) = check(&[
        ("filing.txt", filing),
        ("local.txt", local),
        ("newsletter.txt", newsletter),
        ("tech.txt", tech),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "filing and local say \"approximately 2.3 million patients\" and \"about 2.3 million patients\", which cannot be 3,200,000 as tech count."
        ]
    );
    let rough: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["article"] == "newsletter" && c["kind"] == "count")
        .collect();
    assert_eq!(rough.len(), 1, "{rough:#?}");
    assert_eq!(rough[0]["value"]["lo"], 2_200_000);
}

#[test]
fn a_clerks_results_table_joins_the_race_and_a_margin_with_digits_swapped_conflicts() {
    // The clerk's table names each candidate once, with no quote and no title: each
    // candidate's votes (a row under "Votes", "Szabo received 18,422 votes to Pell's
    // 17,486") tie it to the story. The loser's release gives the margin as 963; the
    // TV page, 936. "Democrat Andrea Szabo" is Andrea Szabo.
    let clerk = "HALVERSON COUNTY ELECTIONS OFFICE\nUNOFFICIAL RESULTS\n\nSTATE SENATE, DISTRICT 17\nCandidate                 Votes     Pct\nAndrea Szabo (D)          18,422    51.3%\nGregory Pell (R)          17,486    48.7%\nTotal                     35,908\n";
    let tv = "KHAL 4 | Election Results\n\nSzabo wins District 17 special election\n\nDemocrat Andrea Szabo defeated Republican Gregory Pell in the special election, according to unofficial results.\n\nSzabo received 18,422 votes to Pell's 17,486, a margin of 936 votes.\n\n\"Tonight the voters chose schools and roads over slogans,\" Democrat Andrea Szabo told supporters.\n";
    let release = "FOR IMMEDIATE RELEASE\n\nPELL CONCEDES DISTRICT 17 RACE\n\nGregory Pell today called Senator-elect Andrea Szabo to concede the District 17 special election, which he lost by 963 votes out of nearly 36,000 cast.\n\n\"I congratulate Senator-elect Szabo and I will help her any way I can,\" Pell said.\n";
    let (_, r) = check(&[
        ("clerk.txt", clerk),
        ("release.txt", release),
        ("tv.txt", tv),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    assert_eq!(
        conflict_summaries(&r),
        ["release counts 963 (\"963 votes\") where tv counts 936 (\"936 votes\")."]
    );
    // The tallies of the clerk and the TV page say which margin adds up.
    let conflict = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "conflict")
        .unwrap();
    assert_eq!(
        conflict["notes"],
        serde_json::json!([
            "clerk gives Gregory Pell 17,486 votes and Andrea Szabo 18,422: 936 apart",
            "tv gives Pell 17,486 votes and Szabo 18,422: 936 apart"
        ])
    );
    let agreed = summaries(&r, "agreement");
    for who in [
        "18,422 votes for Andrea Szabo",
        "17,486 votes for Gregory Pell",
    ] {
        assert!(agreed.iter().any(|s| s.contains(who)), "{who}: {agreed:#?}");
    }
    assert!(
        speakers(&r).contains(&"Andrea Szabo".to_string()),
        "{:?}",
        speakers(&r)
    );
}

#[test]
fn a_ceos_memo_quoted_by_a_wire_is_one_story_and_one_quote() {
    // The memo's "I wrote" is its writer's, the name on its "From:" line; the wire
    // quotes two of its words. The memo and the wire then share a person and a count.
    let memo = "From: Dana Whitcombe, CEO\nTo: All Lumora employees\nSubject: A hard decision\n\nTeam,\n\nToday we will reduce our workforce by 1,400 roles.\n\nAffected teammates will receive 16 weeks of base pay.\n\n\"I take full responsibility for the decisions that brought us here,\" I wrote to our board last week.\n";
    let wire = "Lumora to cut 1,400 jobs, close three offices\n\nSAN FRANCISCO (Wire) - Lumora Inc, the workplace software maker, said on Tuesday it would lay off 1,400 employees.\n\nChief Executive Dana Whitcombe told staff in a memo that she took \"full responsibility\" for the cuts.\n\nLaid-off workers will get 16 weeks of severance pay, the company said.\n";
    let (_, r) = check(&[("memo.txt", memo), ("wire.txt", wire)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("Dana Whitcombe's quote \"I take full responsibility")),
        "{agreed:#?}"
    );
}

#[test]
fn each_articles_one_count_of_a_class_hedged_or_not_agree_whatever_their_words() {
    // The memo's "about 1,400 roles" holds the wire's "1,400 jobs": each is its
    // article's only count of jobs, and they share no word.
    let memo = "From: Dana Whitcombe, CEO\n\nTeam,\n\nToday we will reduce our workforce by about 1,400 roles.\n";
    let wire = "Lumora to cut 1,400 jobs, close three offices\n\nThe software maker said the cuts come after two years of losses.\n";
    let (_, r) = check_one_story(&[("memo.txt", memo), ("wire.txt", wire)]);
    assert_eq!(
        summaries(&r, "agreement"),
        ["wire counts 1,400 jobs (\"1,400 jobs\"); \"about 1,400 roles\" is consistent with it."]
    );
    // A hedged count that does not hold the figure is set against nothing.
    let far = memo.replace("1,400", "2,000");
    let (_, r) = check_one_story(&[("memo.txt", &far), ("wire.txt", wire)]);
    assert!(summaries(&r, "agreement").is_empty());
    assert!(conflict_summaries(&r).is_empty());
}

#[test]
fn a_courts_summary_a_law_blog_and_a_wire_cite_one_decision_and_split_on_its_vote() {
    // The blog names the justices as courts do ("Imhoff, J.") and no person as a
    // reporter would: the neutral citation and the state code's section tie it to the
    // story. The wire's 5-2 is set against the court's and TV's 4-3.
    let court = "SUPREME COURT OF THE STATE OF MONTANA\nCase Summary\n\nIn Harlan v. Department of Environmental Quality, 2026 MT 288, the Court held that the Department violated Mont. Code Ann. § 75-1-201 when it approved the Copper Ridge mine permit.\n\nJustice Laurel Imhoff wrote the opinion of the Court. Justice Nils Aronsen dissented.\n\nThe decision was 4-3.\n";
    let blog = "Big Sky Law Blog\n\nHarlan v. DEQ: the court splits on MEPA and groundwater\n\nYesterday's decision in Harlan v. Department of Environmental Quality, 2026 MT 288, is the court's most important MEPA ruling in a decade.\n\nThe majority (Imhoff, J.) held that MEPA, MCA 75-1-201, requires the agency to take a hard look at groundwater.\n";
    let wire = "Montana high court voids copper mine permit\n\nHELENA, Mont. (Wire) - The Montana Supreme Court threw out a state permit for the Copper Ridge mine, ruling 5-2 that regulators failed to study groundwater.\n\nWriting for the majority, Justice Laurel Imhoff said the Montana Environmental Policy Act, Mont. Code Ann. § 75-1-201, \"does not permit an agency to look away from the water.\"\n";
    let tv = "KMTV 3 NEWS\n\nCourt blocks Copper Ridge mine\n\nIn a 4-3 ruling, justices said the Department of Environmental Quality did not properly study groundwater, Justice Laurel Imhoff wrote.\n";
    let (_, r) = check(&[
        ("blog.txt", blog),
        ("court.txt", court),
        ("tv.txt", tv),
        ("wire.txt", wire),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    assert_eq!(
        conflict_summaries(&r),
        ["court and tv give the vote as 4-3 where wire gives 5-2."]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("blog and court cite 2026 MT 288")),
        "{agreed:#?}"
    );
}

#[test]
fn a_plants_statement_joins_the_leak_story_and_its_hospitalized_count_is_set_beside_the_wires() {
    // The company's release names its plant manager only; its name ("Norvane
    // Chemical") ties it to the story. Its "Three employees were evaluated at a local
    // hospital" and the wire's "sent four workers to hospitals" count the hospitalized:
    // set side by side, as the employees may be some of the workers.
    let company = "Norvane Chemical Statement on Piketon Incident\n\nPIKETON, Ohio /PRNewswire/ -- This morning, a valve failure on an ammonia storage tank at Norvane Chemical's Piketon facility caused a release of anhydrous ammonia.\n\nThree employees were evaluated at a local hospital as a precaution and have been released.\n\n\"The safety of our employees and neighbors is our top priority,\" said plant manager Curtis Ballard.\n";
    let tv = "WSAZ | BREAKING\n\nAmmonia leak at Pike County plant forces evacuations\n\nPIKETON, Ohio (WSAZ) - An ammonia leak at the Norvane Chemical plant forced about 200 people from their homes and sent four workers to the hospital.\n\n\"The cloud drifted east, and we moved fast,\" Pike County EMA director Rhonda Vick said.\n";
    let wire = "Ammonia leak at Ohio fertilizer plant sends 4 to hospital\n\nPIKETON, Ohio (AP) - A leak of anhydrous ammonia at Norvane Chemical's plant in southern Ohio sent four workers to hospitals and forced the evacuation of about 200 nearby residents, officials said.\n\nPike County Emergency Management Director Rhonda Vick said people within a half-mile were evacuated.\n";
    let (_, r) = check(&[("company.txt", company), ("tv.txt", tv), ("wire.txt", wire)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
    let beside = summaries(&r, "not_comparable");
    assert_eq!(beside.len(), 1, "{beside:#?}");
    assert!(
        beside[0].contains("\"Three employees\"") && beside[0].contains("\"four workers\""),
        "{beside:#?}"
    );
}

#[test]
fn two_hedged_counts_with_digits_swapped_are_set_side_by_side() {
    // Each article's one count of customers, both hedged, share no word: the same
    // digits two swapped may be a typo, so they are set side by side, never against
    // each other. Hedged counts of one figure agree.
    let city = "Boil water advisory issued\n\nA water main broke early Saturday, causing low water pressure for about 3,200 customers north of the river.\n";
    let live = "LIVE: Main break updates\n\n10:20 a.m. - The city has issued a boil water advisory. About 2,300 customers are affected, a spokesperson said.\n";
    let (_, r) = check_one_story(&[("city.txt", city), ("live.txt", live)]);
    assert!(conflict_summaries(&r).is_empty());
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "city and live give different rough counts, which may all be right: \"about 3,200 customers\" (city), \"About 2,300 customers\" (live); 3,200 and 2,300 have the same digits, two swapped: one may be mistyped."
        ]
    );
    let same = live.replace("2,300", "3,200");
    let (_, r) = check_one_story(&[("city.txt", city), ("live.txt", &same)]);
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|s| s.starts_with("city and live give the same rough count")),
        "{:#?}",
        summaries(&r, "agreement")
    );
}

#[test]
fn a_council_members_op_ed_speaks_as_i_and_its_length_of_payments_conflicts() {
    // The op-ed's "I told my colleagues" is its byline's writer; the paper quotes her in
    // part. "30 years of payments" and "make payments for 25 years" are two lengths of
    // one thing.
    let oped = "OPINION | Why I voted against the stadium deal\n\nBy Maria Chen\n\nLast Tuesday the council approved a $310 million stadium subsidy, 6-3.\n\n\"This is the most money this city has ever handed a private company,\" I told my colleagues before the vote.\n\nThe deal commits the city to 30 years of payments.\n";
    let paper = "Council approves $310 million stadium deal\n\nThe City Council voted 6-3 on Tuesday to approve a $310 million subsidy for a new downtown stadium.\n\nCouncil member Maria Chen, who voted no, called it \"the most money this city has ever handed a private company.\"\n\nThe city will make payments for 25 years.\n";
    let (_, r) = check(&[("oped.txt", oped), ("paper.txt", paper)]);
    assert_eq!(speakers(&r)[0], "Maria Chen");
    assert_eq!(
        conflict_summaries(&r),
        [
            "oped counts 30 (\"30 years of payments\") where paper counts 25 (\"payments for 25 years\")."
        ]
    );
}

#[test]
fn a_hurricanes_top_wind_told_three_ways_and_its_gusts_and_crews_threshold() {
    // The advisory's "near 115 mph (185 km/h)" and the TV page's 115 agree; the wire's
    // "130 mph winds" of a "Category 4 storm" conflicts. A utility's "until winds drop
    // below 30 mph" is a condition, not a wind seen; gusts vary and are only set side
    // by side. A CEO surnamed May is a person; parishes are parishes.
    let nhc = "Hurricane Odalys Advisory Number 23\n\n...ODALYS MAKES LANDFALL NEAR CAMERON LOUISIANA...\n\nAt 1000 PM CDT, the eye of Hurricane Odalys made landfall near Cameron, Louisiana. Maximum sustained winds are near 115 mph (185 km/h) with higher gusts.\n";
    let wire = "Hurricane Odalys slams Louisiana coast\n\nCAMERON, La. (AP) - Hurricane Odalys crashed ashore near Cameron late Tuesday as a Category 4 storm with 130 mph winds, knocking out power in Calcasieu and Cameron parishes. Gusts reached 150 mph at the coast.\n";
    let tv = "KPLC 7 News | LIVE UPDATES\n\nLIVE BLOG: Hurricane Odalys makes landfall in Cameron Parish\n\n10:12 PM - Odalys has made landfall near Cameron with maximum sustained winds of 115 mph, the National Hurricane Center says. Gusts of 125 mph were measured at Lake Charles.\n";
    let utility = "Entergy Louisiana Storm Update: Hurricane Odalys\n\nNEW ORLEANS - About 412,000 Entergy Louisiana customers are without power after Hurricane Odalys. Crews will begin work as soon as winds drop below 30 mph.\n\n\"We will not stop until every light is back on,\" said Phillip May, president and CEO of Entergy Louisiana.\n";
    let (_, r) = check(&[
        ("nhc.txt", nhc),
        ("wire.txt", wire),
        ("tv.txt", tv),
        ("utility.txt", utility),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "wire gives the top wind speed as \"130 mph\" where nhc and tv give \"near 115 mph\", \"115 mph\"."
        ]
    );
    assert!(
        summaries(&r, "agreement").contains(
            &"nhc and tv agree on the top wind speed (\"near 115 mph\", \"115 mph\").".to_string()
        ),
        "{:#?}",
        summaries(&r, "agreement")
    );
    let beside = summaries(&r, "not_comparable");
    assert!(
        beside
            .iter()
            .any(|s| s.contains("gust speed") || s.contains("\"150 mph\"")),
        "{beside:#?}"
    );
    assert!(
        speakers(&r).contains(&"Phillip May".to_string()),
        "{:?}",
        speakers(&r)
    );
    let alone = summaries(&r, "single_source");
    assert!(
        alone
            .iter()
            .any(|s| s.contains("Calcasieu Parish and Cameron Parish")),
        "{alone:#?}"
    );
}

#[test]
fn a_derailments_speed_and_evacuation_radius_conflict_and_its_limit_is_no_speed() {
    // The safety board's report and the wire give the train's speed as 47 mph and the
    // evacuation as within a mile; the town paper says 57 mph and two miles. The
    // board's "maximum authorized speed" is the track's limit, not the train's speed.
    let board = "Railroad Investigation Preliminary Report\n\nOn November 14, 2026, an eastbound freight train derailed 38 cars near Harlan Springs, Indiana.\n\nData from the event recorder show the train was traveling about 47 mph when the emergency brake was applied. The maximum authorized speed for the track is 50 mph.\n\nAbout 1,600 residents within a 1-mile radius were evacuated.\n";
    let wire = "Train in Indiana derailment was under speed limit\n\nHARLAN SPRINGS, Ind. (AP) - A freight train that derailed last month was going 47 mph, below the 50 mph limit for that stretch of track, investigators said. About 1,600 people within a mile of the wreck had to leave their homes.\n";
    let paper = "Derailment report: train was speeding toward town\n\nThe train that jumped the tracks east of Harlan Springs was moving at 57 mph, the board's preliminary findings show.\n\nThe wreck sent 38 cars off the rails and forced some 1,600 residents within two miles of the site from their homes.\n";
    // The board's report and the wire share the crowd, the speed and the radius: one
    // story without being told.
    let (_, r) = check(&[("board.txt", board), ("wire.txt", wire)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let (_, r) = check_one_story(&[
        ("board.txt", board),
        ("wire.txt", wire),
        ("paper.txt", paper),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "paper gives the evacuation radius as \"within two miles\" where board and wire give \"within a 1-mile radius\", \"within a mile\".",
            "paper gives the speed as \"57 mph\" where board and wire give \"about 47 mph\", \"47 mph\"."
        ]
    );
    assert!(
        summaries(&r, "agreement")
            .contains(&"board and wire agree on the speed limit (\"50 mph\").".to_string()),
        "{:#?}",
        summaries(&r, "agreement")
    );
}

#[test]
fn a_canadian_fire_told_by_a_province_a_public_broadcaster_and_a_us_wire() {
    // "West Kelowna, B.C." and "the city of West Kelowna" are a town, so the chief is
    // the speaker; the CBC's "behaviour" and the wire's "behavior" are one wording;
    // 2,400 properties against the wire's 4,200 conflicts.
    let province = "BC Wildfire Service - Wildfire of Note\n\nThe McDougall Ridge wildfire is burning on the west side of Okanagan Lake near West Kelowna. An evacuation order from the Central Okanagan Regional District covers 2,400 properties.\n";
    let cbc = "CBC News | British Columbia\n\nThousands ordered out as McDougall Ridge fire roars toward West Kelowna\n\nThe McDougall Ridge wildfire near West Kelowna, B.C., has grown to 11,000 hectares, officials said Tuesday night.\n\n\"We saw fire behaviour tonight that we have not seen in the 20 years I've been doing this,\" West Kelowna Fire Chief Jason Brolund told reporters.\n";
    let wire = "Canadian wildfire forces thousands to flee near Kelowna\n\nWEST KELOWNA, British Columbia (AP) - A wildfire in western Canada jumped toward the city of West Kelowna, officials said. The blaze has led to evacuation orders for 4,200 properties, according to the Central Okanagan Regional District.\n\n\"We saw fire behavior tonight that we have not seen in the 20 years I've been doing this,\" West Kelowna Fire Chief Jason Brolund said.\n";
    let (_, r) = check_one_story(&[
        ("province.txt", province),
        ("cbc.txt", cbc),
        ("wire.txt", wire),
    ]);
    assert_eq!(
        speakers(&r),
        ["Jason Brolund", "Jason Brolund"],
        "{:?}",
        speakers(&r)
    );
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|s| s.starts_with("Jason Brolund's quote"))
    );
    assert_eq!(
        conflict_summaries(&r),
        [
            "wire counts 4,200 (\"4,200 properties\") where province counts 2,400 (\"2,400 properties\")."
        ]
    );
}

#[test]
fn a_crash_told_by_a_patrol_a_tv_page_and_a_paper_sets_witnesses_against_the_data() {
    // Witnesses' "approximately 95 mph" (the patrol) and "about 95 mph" (TV, after
    // "killed when") against the truck's data, 119 mph (the paper); "59 mph over the
    // limit" is a difference, no speed. The victim's sister, named after a possessive,
    // is the speaker, not the victim.
    let patrol = "NEWS RELEASE\nMinnesota State Patrol\n\nFATAL CRASH ON HIGHWAY 10\n\nOn Tuesday a pickup driven by Tyler Brandvold, 34, was traveling eastbound on Highway 10 at a speed of approximately 95 mph, according to witnesses. The posted speed limit is 60 mph. The pickup struck a car driven by Marisol Quintero, 27, who died at the scene.\n";
    let tv = "KARE 11 | Local News\n\nAnoka woman killed in Highway 10 crash\n\nRAMSEY, Minn. - A 27-year-old Anoka woman was killed Tuesday evening when a pickup going about 95 mph slammed into her car on Highway 10, according to the Minnesota State Patrol. The driver, 34-year-old Tyler Brandvold, was hospitalized.\n\n\"She was the light of our family,\" Quintero's sister, Ana Quintero, told KARE 11.\n";
    let paper = "Ramsey man charged in fatal Highway 10 crash\n\nProsecutors say Tyler Brandvold, 34, was driving 59 mph over the limit when he rear-ended a car on Highway 10. He was traveling at 119 mph moments before the crash, according to data from the truck's airbag control module. The speed limit there is 60 mph.\n";
    let (_, r) = check_one_story(&[("patrol.txt", patrol), ("tv.txt", tv), ("paper.txt", paper)]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "paper gives the speed as \"119 mph\" where patrol and tv give \"approximately 95 mph\", \"about 95 mph\"."
        ]
    );
    assert_eq!(speakers(&r), ["Ana Quintero"]);
}

#[test]
fn an_outbreak_told_by_a_health_department_a_wire_a_tv_page_and_a_doctors_newsletter() {
    // Three outlets count 20 hospitalized, the TV page 22: each article's only count of
    // the hospitalized, so one set however many articles share its words. The TV's
    // "tops 150 cases" stands against the statewide 146, not against one county's 51.
    // The dead child is 8 on TV and 6 in the newsletter. "An 8-year-old girl from Barry
    // County" names no person "Barry County".
    let state = "Measles Outbreak - Southwest Missouri\n\nAs of March 10, the department has identified 146 confirmed cases of measles since late January. Twenty people have been hospitalized. One death has been reported.\n";
    let wire = "Measles outbreak in southwest Missouri grows to 146 cases\n\nSPRINGFIELD, Mo. (AP) - A measles outbreak in southwest Missouri has grown to 146 cases, state health officials said Tuesday.\n\nTwenty people have been hospitalized, the department said. Barry County, where the outbreak began, has 51 cases.\n";
    let tv = "Measles cases climb past 150 in the Ozarks\n\nCASSVILLE, Mo. - The measles outbreak in southwest Missouri now tops 150 cases, and health leaders in Barry County say they expect more.\n\nTwenty-two people have been hospitalized. An 8-year-old girl from Barry County died in February.\n";
    let newsletter = "Measles, week six: what the numbers say\n\nThe state now counts 146 cases of measles in southwest Missouri. Twenty people have been in the hospital. A 6-year-old died last month.\n";
    let (_, r) = check_one_story(&[
        ("state.txt", state),
        ("wire.txt", wire),
        ("tv.txt", tv),
        ("newsletter.txt", newsletter),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "tv says \"tops 150 cases\" (151 or more), which cannot be 146 as newsletter, state and wire count.",
            "tv counts 22 (\"Twenty-two people\") where newsletter, state and wire count 20 (\"Twenty people\").",
            "tv counts 8 (\"An 8-year-old\") where newsletter counts 6 (\"A 6-year-old\")."
        ]
    );
    let ages: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["noun"].as_str())
        .filter(|n| n.starts_with("years of age"))
        .collect();
    assert!(!ages.iter().any(|n| n.contains("Barry")), "{ages:?}");
}

#[test]
fn the_unnamed_ages_of_the_dead_are_not_compared_where_more_than_one_died() {
    // Two died; each outlet names the age of one of them.
    let one = "Two die in house fire on Elm Road\n\nTwo people died in the fire. A 6-year-old died at the scene.\n";
    let two = "House fire kills two\n\nTwo people were killed in a house fire. An 8-year-old boy died at a hospital.\n";
    let (_, r) = check_one_story(&[("one.txt", one), ("two.txt", two)]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:?}",
        conflict_summaries(&r)
    );
}

#[test]
fn those_who_remain_hospitalized_are_a_part_of_all_who_were() {
    let a =
        "Flu outbreak at Lincoln school\n\nTwenty people have been hospitalized, officials said.\n";
    let b = "Flu outbreak at Lincoln school\n\nTwenty people have been hospitalized since the outbreak began.\n";
    let c =
        "Flu outbreak at Lincoln school\n\nNine people remain hospitalized, the district said.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:?}",
        conflict_summaries(&r)
    );
    let d = "Flu outbreak at Lincoln school\n\nNine people have been hospitalized, the district said.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b), ("d.txt", d)]);
    assert_eq!(
        conflict_summaries(&r).len(),
        1,
        "{:?}",
        conflict_summaries(&r)
    );
}

#[test]
fn a_bill_told_by_a_legislatures_page_a_statehouse_site_a_coalition_and_a_tv_page() {
    // The bill's page and the statehouse site give the House vote as 41-23, the
    // coalition 41-24 ("cleared the House" is a vote). The TV's "caps increases at 3%"
    // is no agreement with an earlier version's 3%, and is set beside the others' 5%.
    // "180 days' notice" is a length of notice; "HB26-1187" counts no protections.
    let page = "General Assembly\n\nHB26-1187  Tenant Protections for Mobile Home Parks\n\nThe bill caps lot rent increases in mobile home parks at 5% a year and requires park owners to give residents 180 days' notice before a sale.\n\n03/06/2026 | House | House Third Reading Passed (Vote: 41-23)\n04/02/2026 | Senate | Senate Third Reading Passed (Vote: 19-16)\n";
    let site = "Governor signs mobile home rent cap\n\nHouse Bill 1187 passed the Senate 19-16 on April 2. It cleared the House 41-23 in March.\n\nThe law caps annual lot rent increases at 5% and requires owners to give residents 180 days' notice before selling a park. The governor had threatened a veto of an earlier version that capped increases at 3%.\n";
    let coalition = "Coalition Celebrates Signing of HB26-1187\n\nThe law caps lot rent increases at 5% per year and gives residents 180 days' notice before a park sale. The bill passed the Senate 19-16 and the House 41-24.\n";
    let tv = "Governor signs bill capping mobile home lot rent\n\nThe law caps increases at 3% a year. Park owners will also have to give residents 180 days' notice before selling.\n";
    let (_, r) = check_one_story(&[
        ("page.txt", page),
        ("site.txt", site),
        ("coalition.txt", coalition),
        ("tv.txt", tv),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        ["coalition gives the vote as 41-24 where page and site give 41-23."]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(
            &"coalition, page, site and tv agree on 180 days (notice) (\"180 days' notice\")."
                .to_string()
        ),
        "{agreed:#?}"
    );
    assert!(!agreed.iter().any(|a| a.contains("3%")), "{agreed:#?}");
    assert!(
        summaries(&r, "not_comparable").iter().any(|s| s
            .starts_with("The outlets' only percentages differ")
            && s.contains("3% in tv")),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
    let all = serde_json::to_string(&r).unwrap();
    assert!(!all.contains("protections"), "a bill's number counted");
}

#[test]
fn a_march_told_by_a_police_thread_organizers_a_paper_and_a_student_paper() {
    // One story without being told: the street ("SW 3rd Ave and Morrison St",
    // "Southwest Morrison Street", "Morrison Street") and the nine arrested tie the
    // police thread to the papers. The paper says the mayor's meeting was canceled; the
    // organizers and the student paper that he met them. The organizers count 14
    // arrested; the others nine. The police's "Approximately 4,000 people marched" is
    // the paper's "crowd at 4,000".
    let police = "Portland Police Bureau on X\n\n1/ Approximately 4,000 people marched from Waterfront Park to City Hall this afternoon.\n\n2/ At about 6:15 p.m., a group broke off near SW 3rd Ave and Morrison St and damaged windows at two businesses. Officers made 9 arrests.\n";
    let organizers = "Portland Tenants United\n\nWE MARCHED. WE WERE HEARD.\n\nMayor Keith Wilson met with five of our members at City Hall after the march.\n\nWe condemn the police response. Officers arrested 14 people, most of them for simply being in the wrong place.\n";
    let paper = "Thousands march in downtown Portland for rent freeze; 9 arrested\n\nPolice estimated the crowd at 4,000.\n\nAround 6:15 p.m., a smaller group broke windows at two businesses on Southwest Morrison Street, police said. Officers arrested nine people.\n\nA planned meeting between Mayor Keith Wilson and march organizers was canceled, a spokesperson for the mayor said.\n";
    let student = "PSU students join thousands in downtown rent march\n\nPolice arrested nine people after windows were broken at two businesses near Morrison Street.\n\nOrganizers said Mayor Keith Wilson met with tenant leaders at City Hall after the march.\n";
    let (_, r) = check(&[
        ("police.txt", police),
        ("organizers.txt", organizers),
        ("paper.txt", paper),
        ("student.txt", student),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "organizers counts 14 (\"14 people\") where paper, police and student count 9 (\"9 arrested\", \"nine people\", \"9 arrests\").",
            "The meeting is described as canceled in paper (\"canceled\"), but Keith Wilson attended it in organizers and student (\"met with\")."
        ]
    );
    assert!(
        summaries(&r, "agreement").contains(
            &"paper counts 4,000 crowd (\"crowd at 4,000\"); \"Approximately 4,000 people\" is consistent with it."
                .to_string()
        ),
        "{:#?}",
        summaries(&r, "agreement")
    );
}

#[test]
fn school_closures_told_by_a_district_a_paper_parents_and_a_tv_page() {
    // The parents' group counts six schools where the others count five: each outlet's
    // only count of schools, set side by side though their words share little. The TV
    // page's 5-0 against the paper's 4-1 is one vote told two ways.
    let district = "Board approves consolidation plan; five schools to close in June 2027\n\nThe plan is expected to save $8.4 million a year.\n";
    let paper = "Tacoma school board votes to close five schools despite parent outcry\n\nTacoma's school board voted 4-1 Thursday night to close five schools next June.\n";
    let parents = "Tacoma Parents for Neighborhood Schools\n\nThat's SIX schools, not five like they keep saying. Stanley was added in the amended version.\n";
    let tv = "Tacoma school board votes to close 5 schools\n\nThe Tacoma School Board voted 5-0 on Thursday to close five schools at the end of the school year.\n";
    let (_, r) = check_one_story(&[
        ("district.txt", district),
        ("paper.txt", paper),
        ("parents.txt", parents),
        ("tv.txt", tv),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        ["paper gives the vote as 4-1 where tv gives 5-0."]
    );
    assert!(
        summaries(&r, "not_comparable")
            .iter()
            .any(|s| s.starts_with(
                "The outlets' only counts of schools differ: 5 in district, paper and tv"
            ) && s.contains("6 in parents")),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
}

#[test]
fn a_quarter_told_by_a_release_a_wire_a_blog_and_a_tv_page() {
    // The blog's earnings per share, $1.78, is not the release's $1.87 (cents are kept,
    // not rounded to $2 each); its "revenue of $1.24 billion" is the others' sales of
    // $1.42 billion with two digits swapped. "A year ago" makes no rate of a sum, and
    // "$5.6-5.7 billion" is one range.
    let release = "Northfield Outdoor Reports Third Quarter Results\n\n- Net sales of $1.42 billion, up 6% from $1.34 billion a year ago\n- Diluted earnings per share of $1.87\n\nThe company now expects full-year net sales of $5.6 billion to $5.7 billion, compared with its previous outlook of $5.5 billion to $5.7 billion.\n";
    let wire = "Northfield Outdoor beats estimates\n\nNet sales rose 6% to $1.42 billion in the third quarter, above analysts' average estimate of $1.39 billion.\n\nThe company now expects annual net sales of $5.6 billion to $5.7 billion, up from $5.5 billion to $5.7 billion earlier.\n";
    let blog = "Northfield's quarter: good, not great\n\nNorthfield Outdoor posted Q3 revenue of $1.24 billion this morning, up 16% year over year.\n\nEarnings per share came in at $1.78.\n\nGuidance: $5.6-5.7 billion for the year.\n";
    let tv = "Northfield Outdoor sales jump\n\nMinneapolis-based Northfield Outdoor said Wednesday its sales rose 6% to $1.42 billion in the three months ended Oct. 31.\n";
    let (_, r) = check_one_story(&[
        ("release.txt", release),
        ("wire.txt", wire),
        ("blog.txt", blog),
        ("tv.txt", tv),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "blog gives the amount as \"$1.24 billion\" where release, tv and wire give \"$1.42 billion\", the same digits with two swapped: one may be mistyped.",
            "blog gives the amount as \"$1.78\" where release gives \"$1.87\", the same digits with two swapped: one may be mistyped."
        ]
    );
    let all = serde_json::to_string(&r).unwrap();
    assert!(
        !all.contains("\"per\":\"per year\""),
        "a year ago read as a rate"
    );
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|s| s.contains("\"$5.6-5.7 billion\"")),
        "{:#?}",
        summaries(&r, "agreement")
    );
}

#[test]
fn a_verdict_told_by_a_docket_a_legal_wire_a_tv_page_and_the_company() {
    // The legal wire's lede is its first line: its sums are read, so the docket joins
    // the story. The TV's "$12 million in punitive damages" stands against the others'
    // $10 million in punitive damages, not against the wire's "$14.2 million verdict".
    // Each one's only length of the trial ("three-week trial", "two-week trial") is one
    // trial's, whatever the words around them.
    let docket = "SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA\nCase No. 24CV081175\nRAMIREZ, et al. v. PACIFIC VALLEY HOUSING LLC\n\nMINUTE ORDER\n\nThe jury found in favor of Plaintiffs on all causes of action. Compensatory damages: $4,200,000. Punitive damages: $10,000,000. Jury poll: 11-1 on punitive damages.\n";
    let legal = "Law360 (November 24, 2026, 6:48 PM EST) -- An Alameda County jury on Monday hit Oakland landlord Pacific Valley Housing LLC with a $14.2 million verdict, including $10 million in punitive damages, finding the company let mold and rodent infestations fester in a 68-unit apartment building for years.\n\nThe jury awarded the 23 tenant plaintiffs $4.2 million in compensatory damages after a three-week trial. Jurors voted 11-1 on punitive damages.\n";
    let tv = "Jury awards $142 million to Oakland tenants in mold case\n\nThe verdict came Monday after a two-week trial. Jurors found Pacific Valley Housing liable and awarded $12 million in punitive damages.\n";
    let (_, r) = check(&[("docket.txt", docket), ("legal.txt", legal)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let (_, r) = check_one_story(&[("docket.txt", docket), ("legal.txt", legal), ("tv.txt", tv)]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "docket and legal give the amount as \"$10,000,000\", \"$10 million\" where tv gives \"$12 million\".",
            "legal counts 3 (\"three-week trial\") where tv counts 2 (\"two-week trial\")."
        ]
    );
}

#[test]
fn hospitals_fined_in_a_release_a_trade_list_a_paper_and_a_tv_page() {
    // Bulleted and numbered rows ("Name, Town — $figure", "Name (Town): $figure") are a
    // list of hospitals and each row's figure is that hospital's. The TV's list of
    // four names a hospital no other list has, and leaves one out; the trade's
    // $210,000 for one hospital stands against the release's $120,000.
    let release = "State Fines Four Hospitals Over Price Posting\n\nDALTON — The state health department today fined four hospitals a total of $625,000 for failing to post prices.\n\nThe following hospitals were fined:\n\n- Mercy Regional Medical Center, Dalton — $250,000\n- St. Jude Hospital, Ferris — $180,000\n- Valley General Hospital, Ashby — $120,000\n- Pine Ridge Community Hospital, Corbin — $75,000\n";
    let trade = "State fines 4 hospitals $625K over prices\n\nRegulators fined four hospitals a combined $625,000 for failing to post prices, the health department said.\n\nHere are the four hospitals and their penalties:\n\n1. Mercy Regional Medical Center (Dalton): $250,000\n2. St. Jude Hospital (Ferris): $180,000\n3. Valley General Hospital (Ashby): $210,000\n4. Pine Ridge Community Hospital (Corbin): $75,000\n";
    let paper = "Local hospital among four fined by state\n\nCORBIN — Pine Ridge Community Hospital was one of four hospitals fined for failing to post prices, the health department said.\n\nThe hospitals fined are Mercy Regional Medical Center, St. Jude Hospital, Valley General Hospital and Pine Ridge Community Hospital. Pine Ridge's penalty was $75,000, the smallest of the four.\n";
    let tv = "State fines four hospitals over hidden prices\n\nFour hospitals were fined a total of $625,000 by the state health department on Tuesday.\n\nThe four hospitals are Mercy Regional Medical Center, St. Jude Hospital, Valley General Hospital and Cedar Creek Hospital, the department said.\n";
    let (code, r) = check_one_story(&[
        ("paper.txt", paper),
        ("release.txt", release),
        ("trade.txt", trade),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "release gives the amount as \"$120,000\" where trade gives \"$210,000\", the same digits with two swapped",
        "tv's complete list of the hospitals adds Cedar Creek Hospital",
        "Pine Ridge Community Hospital is missing from tv's complete list of the hospitals",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}\n{conflicts:#?}"
        );
    }
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("release and trade agree on the amount (\"$250,000\")")),
        "{agreements:#?}"
    );
    // The paper's own one-item list is in the lists that hold it, not in the TV's.
    assert!(
        agreements.iter().any(|a| a.contains(
            "of one hospital — Pine Ridge Community Hospital — is contained in the complete lists of paper, release and trade."
        )),
        "{agreements:#?}"
    );
}

#[test]
fn defendants_named_with_and_without_their_legal_form_and_two_caps() {
    // "Meridian Rx Inc." in a release's bullets and "Meridian Rx" in a wire's predicate
    // list are one defendant; the blog's cap of $50,000 a violation stands against the
    // others' $25,000, where both had been read as ranges that overlap.
    let release = "Attorney General sues four benefit managers\n\nThe attorney general today filed a lawsuit against four pharmacy benefit managers.\n\nThe lawsuit names the following defendants:\n\n* Meridian Rx Inc.\n* ScriptWay Holdings LLC\n* CareBridge Pharmacy Services LLC\n* Northstar Benefits Corp.\n\nThe lawsuit seeks civil penalties of up to $25,000 per violation of the consumer fraud law.\n";
    let wire = "State sues insulin middlemen\n\nThe attorney general sued four pharmacy benefit managers on Monday over insulin prices.\n\nThe defendants are Meridian Rx, ScriptWay Holdings, CareBridge Pharmacy Services and Northstar Benefits.\n\nThe suit seeks civil penalties of up to $25,000 for each violation of the consumer fraud law.\n";
    let blog = "The state joins the PBM fight\n\nOn Monday the attorney general filed suit against four pharmacy benefit managers over insulin prices.\n\nThe state wants civil penalties of up to $50,000 per violation, per the complaint.\n";
    let (code, r) = check_one_story(&[
        ("blog.txt", blog),
        ("release.txt", release),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "blog gives the amount as \"up to $50,000\" where release and wire give \"up to $25,000\"."
        ]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a
                .starts_with("The complete lists of release and wire name the same 4 defendants")),
        "{agreements:#?}"
    );
}

#[test]
fn a_governor_said_to_skip_a_summit_he_joined_by_video() {
    // A live blog and a wire say one governor joined by video; a column says he skipped
    // the summit entirely. The column shares little else with them, but the person it
    // says stayed away is one the others speak of: one story, and a conflict. The pool
    // report's "#3" counts no governors.
    let liveblog = "LIVE: Governors meet on the river\n\n11:05 a.m.\nFive governors are in the room: Lee of Nevada, Tom Ruiz of Arizona, Ana Park of Oregon, Bo Dale of Idaho and Cy Ames of Montana.\n\n2:30 p.m.\nUtah Gov. Jon Hale, who joined by video from Salt Lake City, said Utah would not accept cuts \"that fall only on the Upper Basin.\"\n";
    let wire = "Governors meet on river, no deal yet\n\nRENO (AP) — Governors from five states met Thursday in Reno on sharing the river.\n\nNevada Gov. Sam Lee hosted the governors of Arizona, Oregon, Idaho and Montana. Utah Gov. Jon Hale took part by video.\n\n\"Nobody leaves this room thinking the river is going to refill itself,\" Lee said.\n";
    let pool = "POOL REPORT #3 — GOVERNORS' WATER SUMMIT\n\nLee opened: \"Nobody leaves this room thinking the river is going to refill itself.\"\n\nGov. Jon Hale appeared on a screen.\n";
    let column = "OPINION | The river can't wait\n\nBy Ida Voss, Contributing Columnist\n\nSix governors showed up in Reno on Thursday to talk about the river. Utah's Jon Hale did not. His absence — he skipped the summit entirely — says more than anything said in the room.\n";
    let (code, r) = check(&[
        ("column.txt", column),
        ("liveblog.txt", liveblog),
        ("pool.txt", pool),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c.starts_with(
            "Jon Hale is said to have attended in liveblog and wire (\"joined by video\", \"took part by video\"), but stayed away in column (\"skipped\")"
        )),
        "{conflicts:#?}"
    );
    let all = format!("{r}");
    assert!(
        !all.contains("\"text\":\"3 — GOVERNORS\""),
        "a report's number read as a count"
    );
}

#[test]
fn a_towns_snowfall_with_two_digits_swapped() {
    // A town's total, told with a verb ("got", "recorded", "has picked up") or after
    // another town's ("and Ashby 44 inches"), is the town's snowfall; the TV's 84.5
    // inches is the others' 48.5 with two digits swapped: one figure mistyped. A storm's
    // "more than 4 feet" somewhere names no town and is not read.
    let paper = "Lake-effect storm buries towns under 4 feet of snow\n\nPine Hollow got 48.5 inches of snow by Sunday morning and Ashby 44 inches, the weather service said.\n\nThree people died, officials said.\n";
    let wire = "Lake-effect snow buries suburbs; 3 deaths reported\n\nA lake-effect snowstorm dumped more than 4 feet of snow on suburbs by Sunday, and officials blamed three deaths on the storm.\n\nPine Hollow recorded 48.5 inches, the weather service said. Ashby had 44 inches.\n";
    let tv = "Snow totals: Pine Hollow tops 84 inches\n\nPine Hollow has picked up 84.5 inches of snow, according to the weather service. Three people have died.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c
            == "tv gives the snowfall in Pine Hollow as \"84.5 inches\" where paper and wire give \"48.5 inches\"."),
        "{conflicts:#?}"
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("paper and wire agree on the snowfall in Ashby (\"44 inches\")")),
        "{agreements:#?}"
    );
}

#[test]
fn two_towns_snow_totals_hours_apart_are_not_comparable() {
    // Totals that differ otherwise than by a slip may be of two hours of one storm.
    let paper = "Snow buries towns\n\nPine Hollow got 30 inches of snow by Saturday night, the weather service said.\n";
    let tv = "Snow keeps falling\n\nPine Hollow has picked up 41 inches of snow, the weather service said.\n";
    let (_, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
    let nc = summaries(&r, "not_comparable");
    assert!(
        nc.iter()
            .any(|s| s.contains("such totals grow while a storm goes on")),
        "{nc:#?}"
    );
}

#[test]
fn a_sentencing_told_by_a_prosecutor_a_paper_and_a_tv_page() {
    // The TV's 21 years and 56 years of age stand against 12 and 58; the paper's "241
    // fraudulent transfers" is the release's "214 fraudulent wire transfers" with two
    // digits swapped, one figure mistyped: the words of the counts' own phrase are shared
    // though nothing around them is.
    let doj = "Former finance director sentenced to 12 years for embezzling $3.2 million\n\nDALTON - Ann Lee, 58, of Ashby, was sentenced today by U.S. District Judge Bo Park to 12 years in federal prison, followed by three years of supervised release, for wire fraud.\n\nFrom 2017 to 2023, Lee diverted county funds into accounts she controlled through 214 fraudulent wire transfers.\n";
    let paper = "Ex-finance chief gets 12 years in $3.2M theft\n\nDALTON — A federal judge on Thursday sentenced former county finance director Ann Lee to 12 years in prison for stealing $3.2 million from the county.\n\nLee, 58, pleaded guilty in June. Prosecutors said Lee made 241 fraudulent transfers.\n";
    let tv = "Former finance director sentenced to 21 years\n\nDALTON — Former county finance director Ann Lee, 56, was sentenced Thursday to 21 years in federal prison for embezzling $3.2 million.\n\nJudge Bo Park also ordered three years of supervised release.\n";
    let (code, r) = check(&[("doj.txt", doj), ("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "paper counts 241 (\"241 fraudulent transfers\") where doj counts 214 (\"214 fraudulent wire transfers\").",
        "tv counts 21 (\"21 years\") where doj and paper count 12 (\"12 years\").",
        "tv counts 56 (\"Ann Lee, 56\") where doj and paper count 58",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}\n{conflicts:#?}"
        );
    }
}

#[test]
fn a_forum_thread_on_a_layoff_joins_the_paper_by_its_jobs_and_its_mayor() {
    // "412 people according to the WARN notice" in a forum post and "412 jobs" in the
    // paper are one layoff's count; with the mayor both name, the post joins the story.
    // A release's "Keller Appliance CEO" makes no subject of "Appliance".
    let forum = "r/Findlay • Posted by u/hancock_hawk • 5h\n\nKeller closing the plant?? 400+ jobs gone\n\nThey told everyone at shift change today that the whole plant closes in January. 412 people according to the WARN notice.\n\n  level 1 · u/tiffin_teri · 3h\n  Mayor Muryn was on the news saying it's a gut punch.\n";
    let paper = "Keller to close Findlay plant, cut 412 jobs\n\nFINDLAY — Keller Appliance will close its Findlay plant early next year, eliminating 412 jobs, according to a notice filed with the state.\n\nMayor Christina Muryn called the news \"a gut punch for Findlay.\"\n";
    let (_, r) = check(&[("forum.txt", forum), ("paper.txt", paper)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
}

#[test]
fn the_schools_to_close_and_the_schools_that_take_their_students_are_two_sets() {
    // The paper names the three schools to close and, in the next sentence, the two its
    // students move to: two whole sets of one noun that share no member, not one set
    // the paper gets wrong.
    let district = "Riverton Public Schools\n\nBoard votes to close three schools\n\nOn Monday the Board of Education voted 6-1 to close three elementary schools in June 2027:\n\n- Ash Elementary\n- Birch Elementary\n- Cedar Elementary\n\nStudents will be reassigned.\n";
    let paper = "Riverton board votes to close three elementary schools\n\nRIVERTON — The school board voted 6-1 Monday to close Ash, Birch and Cedar elementary schools next June.\n\nTheir students will move to Dogwood and Elm elementary schools, which will add portable classrooms.\n";
    let (code, r) = check(&[("district.txt", district), ("paper.txt", paper)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a
                .starts_with("The complete lists of district and paper name the same 3 schools")),
        "{agreements:#?}"
    );
}

#[test]
fn a_cap_for_violators_and_a_cap_for_repeat_violators_are_two_caps() {
    let a = "Town adopts leaf-blower ban\n\nThe council banned gas leaf blowers on Monday. Violators face fines of up to $10,000, the ordinance says.\n";
    let b = "Leaf-blower ban passes\n\nThe council banned gas leaf blowers Monday. Repeat violators face fines of up to $25,000 under the ordinance.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn an_outbreaks_table_and_a_podcast_transcript_beside_a_tv_page() {
    // The agency's table ends in a "Total" row, which is no state; the TV page's list
    // of four lacks Wisconsin. The podcast host's label carries her name in brackets,
    // and the guest's "five states" is her own words, not a report of another's.
    let agency = "Outbreak Linked to Salad Kits\n\nIllnesses: 31\nHospitalizations: 11\n\nIllnesses have been reported from Michigan, Ohio, Indiana, Illinois and Wisconsin.\n\nIllnesses by state\nState | Illnesses\nMichigan | 15\nOhio | 7\nIndiana | 4\nIllinois | 3\nWisconsin | 2\nTotal | 31\n\nPike Farms recalled the salad kits on November 30.\n";
    let podcast = "The Morning Dose: the salad kit outbreak\n\nHOST (TOM HALE): Welcome back. Today, the outbreak tied to salad kits.\n\nDR. ANN LEE: As of this week we have 31 people sick in five states. Eleven have been hospitalized.\n\nTOM HALE: Pike Farms recalled the kits on November 30. What should listeners do?\n\nDR. ANN LEE: Throw the kits away.\n";
    let tv = "Salad kits recalled after 31 sickened in four states\n\nAn outbreak linked to salad kits has sickened 31 people in four states: Michigan, Ohio, Indiana and Illinois, the agency says.\n\nEleven people have been hospitalized. Pike Farms recalled the salad kits on Nov. 30.\n";
    let (code, r) = check_one_story(&[
        ("agency.txt", agency),
        ("podcast.txt", podcast),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "podcast counts 5 (\"five states\") where tv counts 4 (\"four states\").",
            "State of Wisconsin is missing from tv's complete list of the states; the complete list of agency includes it."
        ]
    );
    assert_eq!(speakers(&r), ["Tom Hale", "Ann Lee", "Tom Hale", "Ann Lee"]);
    let quotes: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "quote")
        .map(|c| c["quote"].as_str().unwrap())
        .collect();
    assert!(
        quotes.contains(
            &"As of this week we have 31 people sick in five states. Eleven have been hospitalized."
        ),
        "{quotes:#?}"
    );
}

#[test]
fn a_damage_surveys_fields_against_a_tv_page_and_a_paper() {
    // The survey's fields give the rating and the path; its scale's legend rates no
    // tornado. The TV page's EF3 and the paper's 41.2 miles (for 14.2) are the
    // slips; a width in yards is a measure, not a count of yards.
    let nws = "Public Information Statement\nNational Weather Service\n\n...NWS DAMAGE SURVEY FOR THE DALTON TORNADO...\n\nRating:                 EF2\nEstimated Peak Wind:    125 mph\nPath Length /statute/:  14.2 miles\nPath Width /maximum/:   400 yards\nInjuries:               3\n\nThe tornado touched down southwest of Dalton and lifted northeast of Ashby.\n\nEF Scale: The Enhanced Fujita Scale classifies tornadoes into the following categories:\nEF0...Weak......65 to 85 mph\nEF1...Weak......86 to 110 mph\nEF2...Strong....111 to 135 mph\nEF3...Strong....136 to 165 mph\n";
    let tv = "LIVE: Tornado damage near Dalton; survey confirms EF3\n\nUPDATE 5:10 PM Monday: The weather service says the tornado that hit Dalton and Ashby Sunday evening was an EF3, with peak winds of 125 mph. Its path was 14.2 miles long and up to 400 yards wide.\n";
    let paper = "EF2 tornado carved 41.2-mile path near Dalton, weather service says\n\nA tornado that tore through Dalton and Ashby on Sunday evening was an EF2 with peak winds of 125 mph, the weather service said Monday.\n\nThe tornado touched down southwest of Dalton and traveled 41.2 miles before lifting northeast of Ashby.\n";
    let (code, r) = check_one_story(&[("nws.txt", nws), ("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "paper gives the path length as \"41.2 miles\" where nws and tv give \"14.2 miles\", \"14.2 miles long\".",
            "tv gives the tornado rating as \"EF3\" where nws and paper give \"EF2\"."
        ]
    );
    let agreements = summaries(&r, "agreement");
    for expected in [
        "nws and tv agree on the path width (\"400 yards\", \"400 yards wide\")",
        "nws, paper and tv agree on the top wind speed (\"125 mph\")",
        "paper and tv both put the main event on Sunday",
    ] {
        assert!(
            agreements.iter().any(|a| a.starts_with(expected)),
            "{expected}\n{agreements:#?}"
        );
    }
    assert!(
        !agreements.iter().any(|a| a.contains("yards (")),
        "{agreements:#?}"
    );
}

#[test]
fn a_pool_reports_roll_call_after_a_clock_time_names_who_attended() {
    // "a.m." then a capital opens a sentence, and "Govs." ends none: the roll call is
    // read for each governor.
    let pool = "POOL REPORT #2 — WATER SUMMIT\n\nPool was brought into the ballroom at 10:52 a.m. Present at the table: Govs. Lee (NV), Ruiz (AZ), Park (OR). Pool was ushered out at 11:20 a.m.\n";
    let (_, r) = check(&[("pool.txt", pool)]);
    let attended: Vec<&str> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "attendance")
        .map(|c| c["who_key"].as_str().unwrap())
        .collect();
    assert_eq!(attended, ["person:lee", "person:ruiz", "person:park"]);
}

#[test]
fn a_jackpots_cash_value_with_two_digits_swapped_and_a_wire_dated_by_its_saying() {
    // "$515.7 million" for "$551.7 million": a precise sum mistyped, though one side
    // calls it "estimated" and the other an "option". The wire's "officials said
    // Saturday" dates the saying; its drawing was Friday, as the others say. The
    // winning numbers count nothing.
    let release = "Jackpot ticket sold in Dalton\n\nOne ticket sold at Pike Market in Dalton matched all six numbers in Friday night's drawing to win the estimated $1.22 billion jackpot, the lottery announced today.\n\nThe winning numbers were 7, 11, 23, 45 and 60, with a bonus ball of 12.\n\nThe jackpot has an estimated cash value of $551.7 million.\n";
    let tv = "Winning $1.2 billion ticket sold in Dalton\n\nA ticket sold at Pike Market in Dalton hit all six numbers in Friday's drawing, winning a jackpot estimated at $1.2 billion. The cash option is $515.7 million.\n\nWinning numbers: 7-11-23-45-60, bonus ball 12.\n";
    let wire = "Single ticket wins $1.22 billion jackpot\n\nASHBY (AP) — A single ticket sold in Dalton won the estimated $1.22 billion jackpot, lottery officials said Saturday.\n\nThe ticket matched all six numbers drawn Friday night: the white balls 7, 11, 23, 45, 60 and the bonus ball 12. The jackpot has an estimated cash value of $551.7 million.\n";
    let (code, r) =
        check_one_story(&[("release.txt", release), ("tv.txt", tv), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "release and wire give the amount as \"$551.7 million\" where tv gives \"$515.7 million\", the same digits with two swapped: one may be mistyped."
        ]
    );
    assert!(
        summaries(&r, "not_comparable").is_empty(),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("release, tv and wire all put the main event on Friday")),
        "{agreements:#?}"
    );
}

#[test]
fn lists_of_people_charged_compared_name_by_name() {
    // The TV page names "Jordan Price" where the release and the paper name Jordan
    // Pike: a list conflict, as a list of places would be. Ages and home towns after
    // the names are no part of them.
    let police = "Four charged in converter thefts\n\nDetectives have charged four people in a string of catalytic converter thefts. The four charged are Marcus Bell, 24, of Dalton; Tina Ruiz, 31, of Ashby; Jordan Pike, 19, of Dalton; and Leon Hart, 27, of Pine Hollow.\n";
    let paper = "Four charged in converter thefts\n\nPolice on Tuesday charged four people in a string of catalytic converter thefts. Those charged are Marcus Bell, Tina Ruiz, Jordan Pike and Leon Hart, police said.\n";
    let tv = "Four arrested in converter thefts\n\nPolice have charged four people: Marcus Bell, Tina Ruiz, Jordan Price and Leon Hart.\n";
    let (code, r) =
        check_one_story(&[("paper.txt", paper), ("police.txt", police), ("tv.txt", tv)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "Jordan Pike is missing from tv's complete list of the charged; the complete lists of paper and police include it.",
            "tv's complete list of the charged adds Jordan Price, which the complete lists of paper and police do not have."
        ]
    );
}

#[test]
fn those_voting_yes_and_a_boards_members_are_two_sets_of_people() {
    // The paper's "Voting in favor were council members …" and the minutes' "Voting
    // yes were …" are one set, told two ways; a blog's list of the council's members
    // shares names and a title with them, and is another set.
    let minutes = "CITY OF DALTON — COUNCIL MINUTES\n\nItem 7. Rezoning on Mill Road.\nMotion by Hale, second by Park. Voting yes were Tom Hale, Bo Park and Rita Vance. Voting no were Sam Ortiz and Dee Kwan. Motion carried, 3-2.\n";
    let paper = "Council approves Mill Road rezoning\n\nDALTON — The City Council voted 3-2 Tuesday to rezone Mill Road.\n\nVoting in favor were council members Tom Hale, Bo Park and Sam Ortiz. Rita Vance and Dee Kwan voted no.\n";
    let blog = "Dalton Dispatch\n\nThey did it. 3-2.\n\nThe five council members are Tom Hale, Bo Park, Rita Vance, Sam Ortiz and Dee Kwan, and three of them decided the neighbors don't matter.\n";
    let (_, r) = check_one_story(&[
        ("blog.txt", blog),
        ("minutes.txt", minutes),
        ("paper.txt", paper),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "Sam Ortiz is missing from minutes' complete list of the people; the complete list of paper includes it.",
            "Rita Vance is missing from paper's complete list of the people; the complete list of minutes includes it."
        ]
    );
}

#[test]
fn a_tuition_increase_with_swapped_digits_in_its_rate_and_its_sum() {
    // The student paper's 5.3% and $12,840 are the release's 3.5% and $12,480 with two
    // digits swapped; its "next fall" is no word of another time. The release's
    // "annual" $12,480 is the TV page's "$12,480 a year". "4.2 million goes to aid"
    // counts nothing.
    let release = "Regents approve tuition\n\nPINE VALLEY — The Board of Regents on Thursday approved a 3.5% increase in resident undergraduate tuition for the 2027-28 academic year.\n\nAnnual tuition and mandatory fees for a full-time resident undergraduate will rise to $12,480. Nonresident tuition and fees will rise 4% to $38,950.\n";
    let student = "Regents raise tuition over student objections\n\nStudents rallied Thursday as the Board of Regents voted 7-2 to raise resident tuition by 5.3% next fall.\n\nIn-state students will pay $12,840 a year in tuition and fees, up from $12,058. Some 4.2 million goes to aid.\n";
    let tv = "Regents approve tuition hike\n\nThe Board of Regents voted 7 to 2 on Thursday to raise in-state tuition 3.5%, to $12,480 a year including fees.\n";
    let (code, r) = check_one_story(&[
        ("release.txt", release),
        ("student.txt", student),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "release and tv give the amount as \"$12,480\", \"$12,480 a year\" where student gives \"$12,840 a year\", the same digits with two swapped: one may be mistyped.",
            "release and tv give the percentage as \"3.5%\" where student gives \"5.3%\", the same digits with two swapped: one may be mistyped."
        ]
    );
    let all = format!("{r}");
    assert!(!all.contains("\"noun\":\"goes\""), "a verb counted");
}

#[test]
fn victims_named_in_a_briefing_transcript_a_paper_and_a_tv_page() {
    // The paper gives one victim's age as 43 for 34 and its chief's name as Hoover;
    // the TV page spells a victim "Victor Lunde". "identified the dead as" opens a
    // list as "have been identified as" does.
    let briefing = "TRANSCRIPT: Police briefing on the Elm Street shooting\n\nCHIEF MARLA HOOPER: Good morning. Three people were killed and five others were wounded.\n\nThe three victims have been identified as Darnell Ross, 34, of Dalton; Keisha Ames, 27, of Ashby; and Victor Lund, 41, of Dalton.\n\nQ: What was the motive?\n\nHOOPER: We believe this started as an argument inside the bar.\n";
    let paper = "3 killed in shooting at Elm Street bar\n\nThree people were killed and five wounded early Sunday at a bar on Elm Street, police said.\n\nPolice Chief Marla Hoover identified the dead as Darnell Ross, 43, of Dalton; Keisha Ames, 27, of Ashby; and Victor Lund, 41, of Dalton.\n\n\"We believe this started as an argument inside the bar,\" Chief Marla Hooper said.\n";
    let tv = "Police: 3 dead in bar shooting\n\nThree people are dead after a shooting at a bar early Sunday. The victims were identified as Darnell Ross, Keisha Ames and Victor Lunde.\n\n\"We believe this started as an argument inside the bar,\" Chief Marla Hooper said.\n";
    let (code, r) = check_one_story(&[
        ("briefing.txt", briefing),
        ("paper.txt", paper),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "paper counts 43 (\"Darnell Ross, 43\") where briefing counts 34 (\"Darnell Ross, 34\").",
        "Victor Lund is missing from tv's complete list of the victims; the complete lists of briefing and paper include it; tv names Victor Lunde instead, which may be the same person spelled otherwise.",
        "tv's complete list of the victims adds Victor Lunde, which the complete lists of briefing and paper do not have; briefing and paper name Victor Lund instead, which may be the same person spelled otherwise.",
    ] {
        assert!(
            conflicts.iter().any(|c| c == expected),
            "{expected}\n{conflicts:#?}"
        );
    }
}

#[test]
fn an_outbreaks_tornadoes_told_one_by_one_are_no_conflict() {
    // The paper tells of the EF2 near Dalton, the TV page of the EF1 near Ashby: two
    // of five tornadoes, not one rated and measured two ways. With the weather
    // service's list beside them (which gives both), and without it (the story counts
    // five tornadoes), the ratings and paths are not comparable.
    let nws = "Weather service confirms five tornadoes\n\nThe weather service confirmed that five tornadoes touched down in Pike County on Saturday night.\n\nThe strongest was an EF2 near Dalton with peak winds of 120 mph and a path 12 miles long. An EF1 near Ashby had a path length of 3 miles.\n";
    let paper = "EF2 tornado tore path near Dalton\n\nAn EF2 tornado with winds of 120 mph carved a 12-mile path near Dalton on Saturday night, one of five tornadoes confirmed in Pike County.\n";
    let tv = "Tornado damages barns near Ashby\n\nAn EF1 tornado traveled 3 miles near Ashby on Saturday night, damaging two barns. It was one of five tornadoes in Pike County.\n";
    for files in [
        vec![("nws.txt", nws), ("paper.txt", paper), ("tv.txt", tv)],
        vec![("paper.txt", paper), ("tv.txt", tv)],
    ] {
        let (code, r) = check_one_story(&files);
        assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
        let nc = summaries(&r, "not_comparable");
        assert!(
            nc.iter().any(|s| s.contains("the tornado rating as")),
            "{nc:#?}"
        );
        assert!(nc.iter().any(|s| s.contains("path length")), "{nc:#?}");
    }
}

#[test]
fn finalists_a_winner_and_those_honored_are_no_conflict() {
    // The paper names "the other finalists" (a part: the winner is told apart) and
    // "also honored" one more long-serving teacher than the release's "Among those
    // honored … were": parts of sets, and the finalists and the honored are two sets
    // of one article.
    let release = "County honors teachers\n\nThe finalists for Teacher of the Year are Ann Lee, Tom Hale, Bo Park and Rita Vance. The winner, announced Thursday, is Rita Vance.\n\nAmong those honored for 25 years of service were Sam Ortiz and Dee Kwan.\n";
    let paper = "Ashby teacher named county's best\n\nRita Vance was named Teacher of the Year on Thursday. The other finalists were Ann Lee, Tom Hale and Bo Park.\n\nAlso honored were Sam Ortiz, Dee Kwan and Lou Brandt, each for 25 years of service.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("release.txt", release)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_weekday_after_confirmed_dates_the_confirming() {
    // "confirmed Monday that … touched down Saturday night": the lead's event is
    // Saturday's, as the paper says.
    let nws = "Tornado confirmed near Dalton\n\nThe weather service confirmed Monday that a tornado touched down near Dalton on Saturday night, damaging two barns.\n";
    let paper = "Tornado damages barns near Dalton\n\nA tornado touched down near Dalton on Saturday night, damaging two barns on Mill Road.\n";
    let (_, r) = check_one_story(&[("nws.txt", nws), ("paper.txt", paper)]);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("nws and paper both put the main event on Saturday")),
        "{agreements:#?}"
    );
}

#[test]
fn a_releases_bulleted_arrests_against_a_papers_sentence() {
    // The sheriff's release lists those arrested one a bullet, with ages and towns;
    // the paper names them in a sentence and writes "Dana Kerr" for Dana Carr.
    let release = "Pike County Sheriff's Office\n\nFive arrested in Ashby drug raid\n\nDeputies served a search warrant on Mill Road on Tuesday. Those arrested:\n\n- Dana Carr, 33, of Ashby\n- Luis Ferro, 41, of Ashby\n- Kim Voss, 28, of Dalton\n- Ray Odom, 52, of Ashby\n- Jo Brandt, 19, of Pine Hollow\n";
    let paper = "Five arrested in Ashby raid\n\nDeputies arrested five people Tuesday in a raid on Mill Road. Those arrested were Dana Kerr, Luis Ferro, Kim Voss, Ray Odom and Jo Brandt, the sheriff's office said.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("release.txt", release)]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|c| c
                .starts_with("Dana Carr is missing from paper's complete list of the arrested")),
        "{conflicts:#?}"
    );
}

#[test]
fn each_articles_only_precise_sum_with_two_digits_swapped() {
    // "Restitution was set at $1,284,500" and "ordered them to repay $1,248,500" share
    // no word, but each is its article's only sum, precise, in the same digits with
    // two swapped: one sum mistyped.
    let digest = "Court digest\n\nJudge Ana Ortiz sentenced the three defendants in the Mill Road fraud case.\n\nRestitution was set at $1,284,500.\n";
    let paper = "Three sentenced in Mill Road fraud\n\nA judge on Thursday sentenced three people in the Mill Road fraud. Judge Ana Ortiz ordered them to repay $1,248,500 to 212 homeowners.\n";
    let (code, r) = check_one_story(&[("digest.txt", digest), ("paper.txt", paper)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "digest gives the amount as \"$1,284,500\" where paper gives \"$1,248,500\", the same digits with two swapped: one may be mistyped."
        ]
    );
}

#[test]
fn an_escape_told_in_bullets_dashes_and_a_sentence() {
    // The sheriff lists the escaped one a bullet, each with a dash and the charge; the
    // TV page names them between dashes after "three inmates"; the paper writes "Bo
    // Parks" for Bo Park and counts four inmates. The radio's "Two inmates … are still
    // on the run" counts those not yet caught: no conflict with anyone's four or three.
    let sheriff = "Pike County Sheriff's Office\n\nThree inmates escaped from the Pike County jail early Tuesday.\n\nESCAPED INMATES:\n\n- Ann Lee, 29, of Dalton — held on burglary charges\n- Tom Hale, 41, of Ashby — held on a probation violation\n- Bo Park, 35, of Dalton — held on drug charges\n";
    let tv = "Manhunt under way\n\nThe sheriff's office said three inmates — Ann Lee, 29, Tom Hale, 41, and Bo Park, 35 — slipped out through a maintenance door.\n";
    let paper = "Two still at large\n\nFour inmates left the jail through a maintenance door Tuesday. The inmates were identified as Ann Lee, 29, of Dalton; Tom Hale, 41, of Ashby; and Bo Parks, 35, of Dalton.\n";
    let radio = "News brief\n\nTwo inmates who broke out of the Pike County jail early Tuesday are still on the run, deputies said.\n";
    let (code, r) = check_one_story(&[
        ("paper.txt", paper),
        ("radio.txt", radio),
        ("sheriff.txt", sheriff),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c.starts_with(
            "Bo Park is missing from paper's complete list of the people; the complete lists of sheriff and tv include it; paper names Bo Parks instead"
        )),
        "{conflicts:#?}"
    );
    assert!(
        conflicts.iter().any(
            |c| c.starts_with("paper counts 4 (\"Four inmates\") where sheriff and tv count 3")
        ),
        "{conflicts:#?}"
    );
    assert!(
        !conflicts.iter().any(|c| c.contains("radio")),
        "{conflicts:#?}"
    );
}

#[test]
fn a_vote_put_off_against_tallies_in_other_leads() {
    // The authority's release and the paper give the vote's tally in their opening
    // paragraphs; the TV page says the vote was postponed. A tally further down (the
    // blog's vote of last year) says nothing of this vote.
    let release = "Board approves rate adjustment\n\nThe Pike Water Authority board met Thursday and voted 5-2 to approve a 7.5 percent rate adjustment.\n";
    let paper = "Water rates going up\n\nCustomers will pay more after the authority's board approved a 7.5% rate hike Thursday night.\n\nThe vote was 5-0, after two directors walked out.\n";
    let tv = "Water vote delayed\n\nA vote on higher water rates was postponed Thursday night after residents packed the Pike Water Authority's meeting room.\n";
    let (code, r) = check_one_story(&[
        ("paper.txt", paper),
        ("release.txt", release),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c
            == "The vote is described as held in paper and release (\"a 5-0 vote\", \"a 5-2 vote\"), but postponed in tv (\"postponed\")."),
        "{conflicts:#?}"
    );
    let blog = "Rates, again\n\nThe water authority wants more money.\n\nResidents packed the room Thursday.\n\nLast year the board voted 4-3 to raise rates by 3%.\n";
    let (_, r) = check_one_story(&[("blog.txt", blog), ("tv.txt", tv)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        !conflicts
            .iter()
            .any(|c| c.starts_with("The vote is described")),
        "{conflicts:#?}"
    );
}

#[test]
fn crowd_estimates_an_open_range_rules_out() {
    // "About 200 people attended" and "more than 300 residents packed the meeting
    // room": rough counts that cannot both be right, set side by side (never as a
    // conflict). "More than 30,000" beside "about 32,000" rules nothing out: silent.
    let paper = "Rates going up\n\nThe water board approved the increase Thursday night. About 200 people attended the meeting, which ran past 11 p.m.\n";
    let tv = "Rate vote\n\nThe water board approved the increase Thursday night after more than 300 residents packed the meeting room.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(code, 0);
    let open = summaries(&r, "not_comparable");
    assert!(
        open.iter()
            .any(|s| s.starts_with("paper and tv give different rough counts")),
        "{open:#?}"
    );
    let paper = "Storm outages\n\nAbout 32,000 customers were without power Sunday afternoon after the storm.\n";
    let tv =
        "Storm outages\n\nMore than 30,000 customers were without power Sunday after the storm.\n";
    let (_, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    let open = summaries(&r, "not_comparable");
    assert!(
        !open.iter().any(|s| s.contains("rough counts")),
        "{open:#?}"
    );
}

#[test]
fn a_forum_thread_joins_its_recall_by_the_campaign_code() {
    // The thread names the recall by its campaign code only, with none of the notice's
    // people, places or sums: the code makes it part of the story.
    let notice = "Part 573 Safety Recall Report\nNHTSA Campaign Number: 26V-418\nManufacturer: Pike Motor Company\n\nPotential Number of Units Affected: 48,213\n\nPike Motor Company is recalling certain 2023-2025 Tern vehicles. The battery cable may chafe.\n";
    let thread = "Owners forum\n\nThread: Battery cable recall — anyone had the fix yet?\n\nGot an email from my dealer. Recall 26V-418, they reroute the positive cable and put a sleeve on it.\n";
    let (_, r) = check(&[("notice.txt", notice), ("thread.txt", thread)]);
    assert!(r["stories"].is_null(), "one story: {:#}", r["stories"]);
}

#[test]
fn a_precise_count_is_one_figure_whatever_its_noun() {
    // The recall report's units, the wire's vehicles and the blog's headline count of
    // one model: 48,213 twice and 84,213, the same digits two swapped.
    let notice = "Safety Recall Report\n\nPotential Number of Units Affected: 48,213\n\nPike Motor Company is recalling certain Tern vehicles. A battery cable may chafe.\n";
    let wire = "Pike recalls 48,000 SUVs\n\nDETROIT - Pike Motor Co is recalling 48,213 vehicles because a battery cable can chafe, the safety agency said.\n";
    let blog = "Pike recalls 84,213 Terns over cable fire risk\n\nPike is recalling more than 84,000 SUVs because a battery cable can rub through and short out.\n";
    let (code, r) = check_one_story(&[
        ("blog.txt", blog),
        ("notice.txt", notice),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c.starts_with(
            "blog counts 84,213 (\"84,213 Terns\") where notice and wire count 48,213"
        )),
        "{conflicts:#?}"
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("notice and wire agree on 48,213 units")),
        "{agreements:#?}"
    );
}

#[test]
fn an_exact_count_set_against_vague_ones_is_no_single_source() {
    let tech = "Pike Health breach exposes data of 3.2 million patients\n\nHackers copied files from a vendor of Pike Health, the hospital operator said.\n";
    let filing = "Notice of data breach\n\nPike Health determined that files containing personal information of approximately 2.3 million patients were copied from a vendor.\n";
    let local = "Pike Health breach\n\nPike Health says personal data of about 2.3 million patients was copied from a vendor last month.\n";
    let (code, r) = check_one_story(&[
        ("filing.txt", filing),
        ("local.txt", local),
        ("tech.txt", tech),
    ]);
    assert_eq!(code, 1, "{:#?}", summaries(&r, "single_source"));
    let singles = summaries(&r, "single_source");
    assert!(
        !singles.iter().any(|s| s.contains("3,200,000")),
        "{singles:#?}"
    );
}

#[test]
fn council_briefs_against_a_tv_page_of_one_item() {
    // The paper's briefs give four items, each with its figures; the TV page tells the
    // library lease. "voted 6-1" and "The vote was 6-1" agree; the repaving's "about
    // $1.1 million" and the lease's "just over $1 million" share only "cost": no
    // agreement.
    let briefs = "Council briefs\n\nThe Ashby City Council met Monday night.\n\nLIBRARY: Council members voted 6-1 to sign a 10-year lease for a branch library on Elm Street. Rent will be $8,400 a month.\n\nPOLICE: The council approved, 7-0, the purchase of four patrol vehicles.\n\nSTREETS: Crews will repave 3.2 miles of streets this summer. The work will cost about $1.1 million.\n";
    let tv = "Ashby to open branch library\n\nAshby will open a branch library after the city council voted Monday to lease the space.\n\nThe vote was 6-1. The 10-year lease will cost the city $8,400 a month, or just over $1 million over its term.\n";
    let (_, r) = check_one_story(&[("briefs.txt", briefs), ("tv.txt", tv)]);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a == "briefs and tv agree on the vote (6-1)."),
        "{agreements:#?}"
    );
    assert!(
        !agreements.iter().any(|a| a.contains("1.1 million")),
        "{agreements:#?}"
    );
}

#[test]
fn a_bridge_closing_its_reopening_day_and_contract() {
    // The DOT's advisory dates the reopening "by 6 p.m. Friday, May 14", the TV page
    // "reopen May 14", the paper "reopen May 24": after the same verb, set side by
    // side. The contract is $4.8 million in one, $8.4 million in the other, each its
    // article's only sum: the same digits two swapped, told as maybe mistyped. The
    // paper's committeeman is quoted under his name, not his title.
    let dot = "Traffic advisory\n\nThe Route 9 bridge will close at 7 a.m. Monday, March 1, and is scheduled to reopen by 6 p.m. Friday, May 14, weather permitting.\n\nCrews will replace the deck. The contract is $4.8 million.\n";
    let paper = "Route 9 bridge closing\n\nThe Route 9 bridge will close Monday, March 1. It is scheduled to reopen May 24.\n\nThe $8.4 million job was awarded to a Trenton firm.\n\n\"It's going to be a long spring,\" said Township Committeeman Raul Ibarra.\n";
    let tv = "Bridge closes Monday\n\nThe state says the Route 9 bridge will close at 7 a.m. March 1 and reopen May 14.\n";
    let (code, r) = check_one_story(&[("dot.txt", dot), ("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let open = summaries(&r, "not_comparable");
    assert!(
        open.iter().any(|s| s.starts_with(
            "The outlets give different dates after the same verb: dot and tv May 14, paper May 24"
        )),
        "{open:#?}"
    );
    assert!(
        open.iter().any(|s| s.ends_with(
            "$4.8 million and $8.4 million have the same digits, two swapped: one may be mistyped."
        )),
        "{open:#?}"
    );
    let singles = summaries(&r, "single_source");
    assert!(
        singles
            .iter()
            .any(|s| s.starts_with("Only paper quotes Raul Ibarra")),
        "{singles:#?}"
    );
}

#[test]
fn a_strike_ends_its_length_and_the_day_stores_reopen() {
    // The union's headline gives a "23-day strike", the TV's "strike over after 24
    // days": one length, told two ways, in conflict. The company's lead names only the
    // day its stores reopen ("will return to normal operations on Tuesday"): no day of
    // the vote, so nothing is set against the others' Sunday.
    let union = "Members ratify new contract, ending 23-day strike at Dalton Foods\n\nMembers of Local 881 voted on Sunday to ratify a four-year contract with Dalton Foods.\n";
    let company = "Dalton Foods statement\n\nDalton Foods is pleased that members of Local 881 have ratified a new agreement. Our stores will return to normal operations on Tuesday.\n";
    let tv = "Dalton Foods strike over after 24 days\n\nUnion members approved a new contract with Dalton Foods on Sunday.\n";
    let (code, r) = check_one_story(&[
        ("company.txt", company),
        ("tv.txt", tv),
        ("union.txt", union),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["tv counts 24 (\"strike over after 24 days\") where union counts 23 (\"23-day strike\")."]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a == "tv and union both put the main event on Sunday."),
        "{agreements:#?}"
    );
    assert!(
        summaries(&r, "not_comparable").is_empty(),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
}

#[test]
fn none_hurt_against_one_hurt() {
    // A company's statement says no injuries were reported on the picket lines; the
    // paper says a picketer was hurt: a count of none against one of the same fate,
    // each article's only such count.
    let company = "Dalton Foods statement\n\nDalton Foods is pleased that workers have ratified a new agreement.\n\nNo injuries were reported on the picket lines during the strike.\n";
    let paper = "Dalton Foods strike ends\n\nWorkers at Dalton Foods voted Sunday to accept a new contract.\n\nOne picketer was hurt Sept. 30 when a car struck him outside a Dalton Foods store, police said.\n";
    let (code, r) = check_one_story(&[("company.txt", company), ("paper.txt", paper)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "paper counts 1 (\"One picketer was hurt\") where company counts 0 (\"No injuries were reported\")."
        ]
    );
    // "No one was seriously hurt" counts no one: it says nothing against two injured.
    let tv = "Dalton Foods strike ends\n\nWorkers at Dalton Foods voted Sunday to accept a new contract. No one was seriously hurt during the strike.\n";
    let wire = "Dalton Foods strike ends\n\nWorkers at Dalton Foods voted Sunday to accept a new contract. Two people were injured during the strike.\n";
    let (code, r) = check_one_story(&[("tv.txt", tv), ("wire.txt", wire)]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
}

#[test]
fn a_trials_length_told_by_its_end_in_two_outlets() {
    // "The trial lasted eight days" and "after a trial that lasted nine days" share no
    // word but the trial's: each outlet's only length of it, in conflict. A paper's
    // "$14.2 million" against a TV page's "$142 million" is told as maybe mistyped.
    let paper = "Jury awards $14.2 million in grain bin death\n\nA Pike County jury on Thursday ordered a grain cooperative to pay $14.2 million to the family of a worker.\n\nThe trial lasted eight days.\n";
    let tv = "Jury: co-op must pay $142 million\n\nA jury has ordered a grain cooperative to pay $142 million to the family of a worker who died in a grain bin.\n\nThe verdict came Thursday after a trial that lasted nine days.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "paper gives the amount as \"$14.2 million\" where tv gives \"$142 million\", the same digits ten times apart: one may be mistyped.",
            "tv counts 9 (\"trial that lasted nine days\") where paper counts 8 (\"trial lasted eight days\")."
        ]
    );
}

#[test]
fn a_snowstorm_told_by_a_paper_and_a_tv_page_beside_another_story() {
    // The paper and the TV page share a utility's name opening a sentence ("Pine
    // Hollow Power said"), the weather service and a town's snow at one figure: one
    // story (two names and a measure; none of them alone would do), apart from a
    // council's vote. The TV's "with Ashby measuring 24.5 inches" stands against the
    // paper's 25.4 inches.
    let paper = "Storm drops 2 feet on the hills\n\nAshby got 25.4 inches of snow in the storm, the most in the state, the National Weather Service said Thursday. Dalton got 22 inches.\n\nAt the height of the storm, more than 38,000 Pine Hollow Power customers lost electricity.\n";
    let tv = "Storm dumps up to 2 feet of snow\n\nA storm buried the hills overnight, with Ashby measuring 24.5 inches by early Thursday, the National Weather Service said.\n\nDalton reported 22 inches. Pine Hollow Power said about 31,000 customers lost power.\n";
    let council = "Council approves budget\n\nThe Pike County council voted 5-2 on Monday to approve a $48 million budget.\n";
    let (_, r) = check(&[
        ("council.txt", council),
        ("paper.txt", paper),
        ("tv.txt", tv),
    ]);
    let stories = common::stories_of(&r);
    assert_eq!(stories, [vec!["council"], vec!["paper", "tv"]]);
    assert!(
        conflict_summaries(&r)
            .iter()
            .any(|c| c == "paper gives the snowfall in Ashby as \"25.4 inches\" where tv gives \"24.5 inches\"."),
        "{:#?}",
        conflict_summaries(&r)
    );
}

#[test]
fn a_recall_whose_brands_look_like_names_and_whose_states_answer_a_question() {
    // A recall notice's "Brand Name:" field holds brands, not people; a consumer blog's
    // "Which states?" is answered by names alone, with no "and"; a wire's "four people
    // have reported illnesses" counts the sick, as the notice's "four illnesses" does.
    let notice = "Pike Farms Recalls Frozen Berries\n\nBrand Name: Ann Lee, Tom Hale\n\nPike Farms is recalling 9,100 cases of frozen berries. The products were sold in Ohio, Indiana, Michigan and Kentucky.\n\nTo date, four illnesses have been reported.\n";
    let blog = "Another berry recall\n\nPike Farms has recalled 9,100 cases of frozen berries sold in four states. Brands: Ann Lee and Tom Hale.\n\nWhich states? Ohio, Indiana, Michigan, Illinois. If you live elsewhere, you probably don't have it.\n";
    let wire = "Frozen berries recalled in four states\n\nPike Farms is recalling 9,100 cases of frozen berries sold in Ohio, Indiana, Michigan and Kentucky.\n\nPike Farms said three people have reported illnesses. None was hospitalized.\n";
    let (code, r) = check_one_story(&[
        ("blog.txt", blog),
        ("notice.txt", notice),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|c| c.contains("State of Illinois")),
        "{conflicts:#?}"
    );
    assert!(
        conflicts
            .iter()
            .any(|c| c.ends_with("where wire counts 3 (\"three people\").")),
        "{conflicts:#?}"
    );
    assert!(
        !r["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "list" && c["of"] == "people"),
        "brands are no people"
    );
}

#[test]
fn a_quake_whose_aftershock_bound_is_no_magnitude() {
    // "aftershocks of magnitude 2.5 or greater" bounds the aftershocks counted; it is no
    // reading of the quake. "no immediate reports of injuries" is none injured.
    let agency = "M 4.4 - 5 km N of Dalton\n\nA magnitude 4.4 earthquake struck 5 kilometers north of Dalton on Thursday.\n\nAt least 9 aftershocks of magnitude 2.5 or greater were recorded.\n";
    let wire = "Quake shakes Dalton\n\nA magnitude 4.4 earthquake struck near Dalton on Thursday, the Geological Survey said. There were no immediate reports of injuries or serious damage.\n";
    let radio = "Quake shakes Dalton\n\nA magnitude 4.4 earthquake shook Dalton on Thursday. The police chief says so far no injuries.\n";
    let (code, r) = check_one_story(&[
        ("agency.txt", agency),
        ("radio.txt", radio),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 0, "{:#?}", conflict_summaries(&r));
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|s| s == "radio and wire agree on 0 injuries (\"no injuries\", \"no immediate reports of injuries\")."),
        "{agreements:#?}"
    );
    assert!(
        !summaries(&r, "single_source")
            .iter()
            .any(|s| s.contains("2.5")),
        "a bound is no magnitude"
    );
}

#[test]
fn a_headlines_name_and_n_others_counts_the_named_one() {
    // "Ohio, 3 other states sue" counts four states, as the paper's list of four does:
    // no conflict with its own list, and the wire's five stands against the four.
    let paper = "Ohio, 3 other states sue over meal cuts\n\nOhio sued the Agriculture Department on Tuesday over a $40 million cut to summer meals.\n\nThe states suing are Ohio, Indiana, Iowa and Kansas.\n";
    let wire = "States sue over meal cuts\n\nA group of five states led by Ohio sued the Agriculture Department on Tuesday over a $40 million cut to summer meals.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["wire counts 5 (\"five states\") where paper counts 4 (\"3 other states\")."]
    );
}

#[test]
fn trustees_who_did_not_attend_and_would_boycott_a_vote_stayed_away_from_the_meeting() {
    // "did not attend, saying … they would boycott any vote": the meeting is what they
    // stayed away from, as the TV page's "boycotted the meeting" says. Held against
    // canceled stays a conflict.
    let paper = "Board meeting called off\n\nThe Pike County school board canceled its Tuesday meeting on a library policy after protesters crowded the district office.\n\nTrustees Ann Lee and Tom Hale did not attend, saying in a letter that they would boycott any vote on the policy.\n";
    let tv = "Board votes to pull books\n\nThe Pike County school board met Tuesday night and voted 3-0 to remove 14 books from school libraries. Trustees Ann Lee and Tom Hale boycotted the meeting.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(code, 1);
    let agreements = summaries(&r, "agreement");
    for who in ["Ann Lee", "Tom Hale"] {
        assert!(
            agreements.iter().any(|s| s
                == &format!(
                    "{who}: stayed away in paper and tv (\"did not attend\", \"boycotted\")."
                )),
            "{agreements:#?}"
        );
    }
    assert_eq!(
        conflict_summaries(&r).len(),
        1,
        "{:#?}",
        conflict_summaries(&r)
    );
}

#[test]
fn a_plant_abroad_closing_a_semicolon_series_is_a_member_not_dropped() {
    // The wire's fourth plant is in a town abroad ("Ashby, Mexico"). Dropped, the wire's
    // list would have been the release's three, an agreement; read, it is a member the
    // release's complete list lacks.
    let release = "Pike Appliances announces restructuring\n\nPike Appliances will close three manufacturing facilities, in Dalton, Ohio; Decatur, Alabama; and Tupelo, Mississippi, by the end of 2028.\n";
    let wire = "Pike Appliances to shut four plants\n\nPike Appliances said it would close plants in Dalton, Ohio; Decatur, Alabama; Tupelo, Mississippi; and Ashby, Mexico.\n";
    let (code, r) = check_one_story(&[("release.txt", release), ("wire.txt", wire)]);
    assert_eq!(code, 1);
    assert!(
        conflict_summaries(&r)
            .iter()
            .any(|c| c.starts_with("Ashby, Mexico is missing from release's complete list")),
        "{:#?}",
        conflict_summaries(&r)
    );
}

#[test]
fn a_ballot_measure_named_by_a_letter_joins_its_results_and_its_margin() {
    // "Measure L" names one ballot measure as "Proposition 12" does; with the county it
    // joins an opponents' statement to the paper's story, and "by just 1,135 votes" is
    // the margin the paper gives.
    let paper = "Library levy passes\n\nPike County voters approved a library levy on Tuesday, with Measure L passing by 1,135 votes, according to unofficial results.\n";
    let opponents = "Pike Taxpayers Alliance statement\n\nMeasure L passed by just 1,135 votes out of nearly 22,000 cast in Pike County. That is not a mandate.\n";
    let council = "Council approves budget\n\nThe Dalton council voted 5-2 on Monday to approve a $48 million budget.\n";
    let (_, r) = check(&[
        ("council.txt", council),
        ("opponents.txt", opponents),
        ("paper.txt", paper),
    ]);
    assert_eq!(
        common::stories_of(&r),
        [vec!["council"], vec!["opponents", "paper"]]
    );
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|s| s.starts_with("opponents and paper agree on 1,135 votes (margin)")),
        "{:#?}",
        summaries(&r, "agreement")
    );
}

#[test]
fn three_defendants_terms_are_compared_person_by_person() {
    // A release gives each defendant's term in months; a paper gives one in years and
    // another's age wrong. Each term meets the same person's, "five years" as 60 months,
    // and the wrong age stands alone against the release's.
    let release = "Three Dalton men sentenced\n\nThree Dalton men were sentenced today. Ann Lee, 34, was sentenced to 87 months in federal prison; Tom Hale, 29, was sentenced to 60 months; and Bo Park, 41, was sentenced to 46 months.\n";
    let paper = "3 sentenced in theft ring\n\nThree men were sentenced Thursday for a theft ring in Pike County.\n\nAnn Lee, 34, received 87 months; Tom Hale, 29, received five years; and Bo Park, 42, received 46 months.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("release.txt", release)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        ["paper counts 42 (\"Bo Park, 42\") where release counts 41 (\"Bo Park, 41\")."]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements.iter().any(|s| s
            == "paper and release agree on 60 months (prison, Tom Hale) (\"five years;\", \"60 months;\")."),
        "{agreements:#?}"
    );
}

#[test]
fn a_rounded_figure_holds_the_precise_one_and_a_bracketed_ending_is_no_wording() {
    // A breach notice gives 1,204,311 patients; a paper's headline rounds it to "1.2
    // million" (no conflict), and quotes the chief executive with a bracketed ending
    // ("regret[s]", no wording conflict). A TV page's "More than 1.3 million" leaves the
    // figure out: with words enough in common (here "data", "exposed"), against it.
    // Its "monitoring for one year" is against the others' 24 months.
    let notice = "NOTICE OF DATA SECURITY INCIDENT\n\nIn total, 1,204,311 patients of Brightwell Health Partners were affected. Brightwell is offering 24 months of free credit monitoring.\n\n\"We deeply regret that this happened,\" said Dana Whitcomb, Brightwell's chief executive officer.\n";
    let paper = "Health system says hackers took data of 1.2 million patients\n\nOMAHA - Brightwell Health Partners said hackers stole data of patients. The company is offering two years of credit monitoring.\n\nChief Executive Dana Whitcomb said in a statement that the company \"deeply regret[s] that this happened.\"\n\n\"Twelve hundred thousand people deserve answers,\" said State Sen. Harold Voss.\n";
    let tv = "Breach at Brightwell\n\nMore than 1.3 million patients of Brightwell Health Partners could have had their data exposed.\n\nBrightwell CEO Dana Whitcomb said the company is offering free credit monitoring for one year.\n";
    let (code, r) =
        check_one_story(&[("notice.txt", notice), ("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "tv counts 12 (\"monitoring for one year\") where notice and paper count 24 (\"24 months of free credit monitoring\", \"two years of credit monitoring\").",
            "tv says \"More than 1.3 million patients\" (1,300,001 or more), which cannot be 1,204,311 as notice count."
        ]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("notice counts 1,204,311 patients")
                && s.contains("\"1.2 million patients\"")),
        "{agreed:#?}"
    );
    // "Twelve hundred thousand" is one figure, not also a "hundred thousand".
    let people: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count" && c["noun"] == "people")
        .collect();
    assert_eq!(people.len(), 1, "{people:#?}");
}

#[test]
fn a_strike_told_by_a_union_a_business_paper_a_live_page_and_an_explainer() {
    // The union's "Cascade Health's St. Anselm, Mercy Ridge and Willamette Valley
    // hospitals" names three hospitals (the owner is no part of the first), as the live
    // page does; the explainer's answer ("A: … at three hospitals: St. Anselm, Mercy
    // Ridge and Legacy Eastside") names another third. The union says the session with
    // the mediator was canceled; the paper that the talks ended without a deal. The
    // strike "will last five days" on the live page, three in the explainer.
    let union = "3,400 Nurses Walk Out at Three Cascade Health Hospitals\n\nPORTLAND, Ore. - More than 3,400 registered nurses walked off the job Tuesday at Cascade Health's St. Anselm, Mercy Ridge and Willamette Valley hospitals.\n\nA bargaining session with a federal mediator scheduled for Monday was canceled by Cascade Health, the union said.\n\nCascade Health has offered 12 percent over three years.\n";
    let biz = "Cascade Health nurses strike\n\nNurses at three Cascade Health hospitals went on strike Tuesday. The health system hired replacement nurses for the five-day strike.\n\nCascade offered raises of 14 percent over three years.\n\nTalks with a federal mediator on Monday ended without a deal after nine hours, both sides said.\n";
    let live = "LIVE: Nurses strike at Cascade Health hospitals\n\nUPDATED 2:15 PM\nUnion president Marisol Keane said the strike will last five days.\n\nUPDATED 7:10 AM\nAbout 3,400 nurses walked off the job at St. Anselm, Mercy Ridge and Willamette Valley hospitals.\n";
    let explainer = "Cascade Health nurses strike: what to know\n\nQ: Who is on strike?\nA: About 3,400 nurses at three hospitals: St. Anselm, Mercy Ridge and Legacy Eastside.\n\nQ: How long will it last?\nA: The union has said the strike will last three days.\n\nQ: What did Cascade offer?\nA: Cascade has offered 12%.\n";
    let (code, r) = check_one_story(&[
        ("biz.txt", biz),
        ("explainer.txt", explainer),
        ("live.txt", live),
        ("union.txt", union),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "explainer counts 3 (\"strike will last three days\") where biz and live count 5",
        "The meeting is described as held in biz (\"ended without\"), but canceled in union (\"canceled\").",
        "explainer's complete list of the hospitals adds Legacy Eastside Hospital",
        "Willamette Valley Hospital is missing from explainer's complete list",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}: {conflicts:#?}"
        );
    }
    assert_eq!(conflicts.len(), 5, "{conflicts:#?}");
    // A conflict of two figures is named for the one more outlets give.
    let topics: Vec<&str> = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "conflict")
        .filter_map(|f| f["topic"].as_str())
        .collect();
    assert!(topics.contains(&"percentage: 12%"), "{topics:#?}");
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s
                == "The complete lists of explainer, live and union agree on 2 of 4 hospitals."),
        "{agreed:#?}"
    );
}

#[test]
fn a_tally_by_county_is_the_whole_list_and_numbers_in_words_quote_alike() {
    // A health department's update tallies cases by county in rows ("Gaines County:
    // 41"), read as the complete list of the counties; the tally's places also tie it to
    // the story. The radio's list adds a county. A quote's "ten" and "10" are one
    // wording.
    let health = "Measles Outbreak Update\nTexas Department of State Health Services\n\nConfirmed cases: 58\n\nCases by county:\nGaines County: 41\nTerry County: 9\nDawson County: 5\nLubbock County: 3\n\nDSHS urges all Texans to get the MMR vaccine.\n";
    let paper = "West Texas measles outbreak grows to 58 cases\n\nThe cases are spread across four counties: Gaines, Terry, Dawson and Lubbock.\n\n\"One case can infect nine out of 10 unvaccinated people around them,\" said Dr. Aaron Whitley, the Lubbock health director.\n";
    let radio = "KTTZ Morning Edition transcript\n\nHOST: The cases are in Gaines, Terry, Dawson, Lubbock and Yoakum counties.\n\nWHITLEY: One case can infect nine out of ten unvaccinated people around them.\n";
    let (_, r) = check(&[
        ("health.txt", health),
        ("paper.txt", paper),
        ("radio.txt", radio),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let tally: Vec<&Value> = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "list" && c["article"] == "health")
        .collect();
    assert_eq!(tally.len(), 1, "{tally:#?}");
    assert_eq!(tally[0]["cue"], "tally");
    assert_eq!(tally[0]["items"].as_array().unwrap().len(), 4);
    assert_eq!(
        conflict_summaries(&r),
        [
            "radio's complete list of the counties adds Yoakum County, which the complete lists of health and paper do not have."
        ]
    );
}

#[test]
fn those_who_voted_no_are_a_list_and_tie_a_station_to_its_story() {
    // A transit board's release names the two who voted no (and the tally says two);
    // a TV page says only one did. Its named no vote also ties the page, which shares
    // little else, to the story. Rosters of votes tallied alike are compared (the
    // release's and the paper's); the TV page's, of an 8-1 vote, is not: its tally is
    // the conflict. A roster of another vote of one meeting, a name in both, is no
    // conflict either.
    let agency = "Valley Metro Transit Authority\n\nVMTA BOARD APPROVES FARE ADJUSTMENT\n\nPHOENIX - The Valley Metro Transit Authority Board of Directors voted 7-2 on Wednesday to raise the base fare from $2.00 to $2.50.\n\nDirectors Ana Whitford and Leon Barrera voted no.\n\nThe daily pass will go from $4.00 to $5.00.\n";
    let paper = "Bus and light rail fares going up 50 cents\n\nThe transit board voted 7-2 Wednesday to raise the base fare to $2.50 from $2.00. Board members Ana Whitford and Leon Barrera voted against the increase. The daily pass will cost $5, up from $4.\n\n\"People who depend on the bus have the fewest options,\" Whitford said before the vote.\n";
    let tv = "12News\nValley Metro fares increasing: Here's what you'll pay\n\nPHOENIX - It's going to cost more to ride the bus.\n\nThe Valley Metro board voted 8-1 on Wednesday to increase the base fare from $2 to $2.50.\n\nOnly board member Ana Whitford voted no.\n";
    let (_, r) = check(&[("agency.txt", agency), ("paper.txt", paper), ("tv.txt", tv)]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(conflicts.len(), 1, "{conflicts:#?}");
    assert!(
        conflicts
            .iter()
            .any(|c| c.starts_with("agency and paper give the vote as 7-2 where tv gives 8-1")),
        "{conflicts:#?}"
    );
    // A price in whole dollars is the same price written with cents.
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s
                .starts_with("The complete lists of agency and paper name the same 2 no votes")),
        "{agreed:#?}"
    );
    assert!(
        agreed
            .iter()
            .any(|s| s == "agency and paper agree on the amount (\"$4.00\", \"$4\")."),
        "{agreed:#?}"
    );
}

#[test]
fn rosters_of_two_votes_of_one_meeting_are_not_set_against_each_other() {
    let a = "Pine Hollow council passes budget\n\nThe Pine Hollow City Council voted 5-2 on Tuesday to approve the $48 million budget. Council members Ann Lee and Tom Hale voted no.\n";
    let b = "Council raises trash fees in Pine Hollow\n\nThe Pine Hollow City Council on Tuesday voted 6-1 to raise trash fees by $3 a month. Only council member Ann Lee voted no.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
}

/// A health department's update and a paper of one day, a radio transcript of the next.
fn outbreak(dated: bool) -> Vec<(&'static str, String)> {
    let (d1, d2) = if dated {
        (
            "Posted: May 4, 2027\n\n",
            "Morning Report transcript, May 5, 2027\n\n",
        )
    } else {
        ("", "")
    };
    vec![
        (
            "health.txt",
            format!(
                "Pike County Health Department\nNorovirus update\n{d1}The norovirus outbreak at Dalton schools has grown to 41 confirmed cases, the department said. Cases are in Dalton, Ashby and Pine Hollow.\n"
            ),
        ),
        (
            "paper.txt",
            format!(
                "Norovirus outbreak at Dalton schools grows to 41 cases\n\nBy Ann Lee\n{d1}The norovirus outbreak at Dalton schools has grown to 41 confirmed cases, county health officials said. Cases are in Dalton, Ashby and Pine Hollow.\n"
            ),
        ),
        (
            "radio.txt",
            format!(
                "{d2}HOST: The norovirus outbreak at Dalton schools now stands at 47 confirmed cases, health officials said.\n"
            ),
        ),
    ]
}

#[test]
fn a_running_count_of_a_later_day_is_not_set_against_an_earlier_one() {
    let undated = outbreak(false);
    let undated: Vec<(&str, &str)> = undated.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (_, r) = check_one_story(&undated);
    assert!(
        conflict_summaries(&r)
            .iter()
            .any(|c| c.starts_with("radio counts 47")),
        "with no dates the figures conflict: {:#?}",
        conflict_summaries(&r)
    );
    let dated = outbreak(true);
    let dated: Vec<(&str, &str)> = dated.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (_, r) = check_one_story(&dated);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.contains(
            "radio is dated May 5, 2027, after health and paper (May 4, 2027), so the counts may be of different days"
        )),
        "{unsure:#?}"
    );
}

#[test]
fn a_fixed_count_of_a_later_day_still_conflicts() {
    let a = "Pike County hires contractors for bridge repair\nPosted: June 1, 2027\n\nPike County commissioners hired 12 contractors to repair the Dalton bridge, the county said.\n";
    let b = "Dalton bridge repair begins\nJune 2, 2027\n\nPike County commissioners hired 15 contractors to repair the Dalton bridge, officials said.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert!(
        conflict_summaries(&r)
            .iter()
            .any(|c| c.starts_with("b counts 15")),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
}

#[test]
fn dates_after_verbs_of_one_sense_are_set_side_by_side() {
    let city = "Dalton sets new downtown parking rules\n\nThe Dalton City Council approved new downtown parking rules on Monday. Meters will run until 9 p.m. The new rules take effect Jan. 5, 2027.\n";
    let paper = "Downtown Dalton parking meters to run later\n\nBy Ann Lee\n\nDalton City Council members on Monday approved parking rules that keep downtown meters running until 9 p.m. The rules begin Jan. 5, 2027.\n";
    let tv = "Parking in downtown Dalton will cost you later into the evening\n\nThe Dalton City Council voted Monday to keep downtown meters running until 9 p.m. The changes start Jan. 12, 2027.\n";
    let (_, r) = check_one_story(&[("city.txt", city), ("paper.txt", paper), ("tv.txt", tv)]);
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "The outlets give different dates after verbs of one sense: city and paper Jan. 5, tv Jan. 12"
        )),
        "{unsure:#?}"
    );
}

#[test]
fn those_taken_to_a_named_hospital_and_those_taken_to_a_hospital_are_one_count() {
    let tv = "Jet makes emergency landing in Dalton\n\nA jet with 168 people on board made an emergency landing at Dalton Regional Airport on Monday.\n\nThree passengers were taken to Mercy Ridge Medical Center with minor injuries, the fire department said.\n";
    let wire = "Jet returns to Dalton after engine trouble\n\nDALTON (AP) — A jet returned to Dalton Regional Airport on Monday after an engine problem. Two people were treated at the scene and three were taken to a hospital with minor injuries, the fire department said.\n";
    let (_, r) = check_one_story(&[("tv.txt", tv), ("wire.txt", wire)]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("tv and wire agree on 3")
                && s.contains("\"three were taken to a hospital\"")),
        "{agreed:#?}"
    );
}

#[test]
fn the_same_whole_series_of_places_told_in_other_words_agrees() {
    let co_op = "Ice storm update\n\nAs of 6 p.m., 4,210 customers remain without power in Ashby, Dalton and Pike counties.\n";
    let paper = "Ice storm leaves thousands in the dark\n\nBy Ann Lee\n\nThe outages are in Ashby, Dalton and Pike counties, the cooperative said.\n";
    let (_, r) = check_one_story(&[("co_op.txt", co_op), ("paper.txt", paper)]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("The complete lists of co_op and paper")),
        "{agreed:#?}"
    );
    let alone = summaries(&r, "single_source");
    assert!(
        !alone.iter().any(|s| s.contains("lists these")),
        "{alone:#?}"
    );
}

#[test]
fn two_outlets_naming_a_different_third_no_vote_conflict() {
    let paper = "Council OKs ballpark deal\n\nBy Tom Hale\n\nThe Pine Hollow City Council voted 6-3 late Tuesday to commit as much as $450 million to a new ballpark. Council members Ann Lee, Bo Park and Alice Kim voted no.\n";
    let tv = "Pine Hollow council approves ballpark\n\nThe city council approved a deal Tuesday for a ballpark. The vote was 6-3. Council members Ann Lee, Bo Park and Marcus Reyes voted against it.\n";
    let (_, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|c| c.starts_with("Alice Kim is missing from tv's complete list of the no votes")),
        "{conflicts:#?}"
    );
}

#[test]
fn one_ceiling_of_a_large_sum_told_two_ways_agrees() {
    let city = "Pine Hollow approves ballpark agreement\n\nUnder the agreement, Pine Hollow will contribute up to $450 million, financed through bonds.\n";
    let paper = "Council OKs ballpark deal\n\nBy Tom Hale\n\nThe Pine Hollow City Council voted late Tuesday to commit as much as $450 million in public money to a new ballpark.\n";
    let (_, r) = check_one_story(&[("city.txt", city), ("paper.txt", paper)]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.iter().any(|s| s
            == "city and paper agree on the amount (\"up to $450 million\", \"as much as $450 million\")."),
        "{agreed:#?}"
    );
}

#[test]
fn one_that_joins_n_others_makes_n_plus_one() {
    // "Pike County joins 11 other counties" counts 12 counties: no agreement with a
    // wire's "11 counties", and one with a paper's "12 counties".
    let local = "Pike County joins 11 other counties in suit over road funds\n\nBy Tom Hale\n\nPike County sued the state transportation agency on Tuesday over its new formula for road funds.\n";
    let wire = "Counties sue over road funds\n\nDALTON (AP) — Eleven counties sued the state transportation agency on Tuesday over its new formula for road funds.\n";
    let paper = "Counties take road funds fight to court\n\nBy Ann Lee\n\nTwelve counties sued the state transportation agency on Tuesday over its new formula for road funds, the county's lawyer said.\n";
    let (_, r) = check_one_story(&[
        ("local.txt", local),
        ("paper.txt", paper),
        ("wire.txt", wire),
    ]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("local and paper agree on 12 counties")),
        "{agreed:#?}"
    );
    assert!(
        !agreed.iter().any(|s| s.contains("local and wire")),
        "{agreed:#?}"
    );
}

#[test]
fn a_newsletters_greeting_gives_no_day_and_its_date_line_no_date() {
    // The lead's day is the item's "on Monday", not the greeting's "today"; the page's
    // "Feb. 2, 2031 Updated 4:10 p.m." is no date of the story.
    let letter = "MORNING DOCKET\nYour 6 a.m. briefing | Wednesday, Feb. 3, 2031\n\nGood morning. Three things today.\n\nTwelve counties sued the state transportation agency on Monday over its road formula.\n";
    let paper = "Counties sue over road funds\n\nBy Ann Lee\nFeb. 2, 2031 Updated 4:10 p.m.\n\nTwelve counties sued the state transportation agency on Tuesday over its road formula.\n";
    let (_, r) = check_one_story(&[("letter.txt", letter), ("paper.txt", paper)]);
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|s| s.contains("Monday in letter; Tuesday in paper")),
        "{unsure:#?}"
    );
    let alone = summaries(&r, "single_source");
    assert!(
        !alone
            .iter()
            .any(|s| s.contains("Feb. 2") || s.contains("things")),
        "{alone:#?}"
    );
}

#[test]
fn states_that_sued_and_states_suing_are_one_count() {
    // "sued" and "suing" keep different five letters; they are one verb's, so the
    // counts beside them are set against each other.
    let local = "Oregon in loan suit\n\nBy Tom Hale\n\nOregon is among 19 states suing the Education Department over a loan rule, Attorney General Nina Vance announced Tuesday.\n";
    let wire = "States sue over loan rule\n\nBOSTON (AP) — Eighteen states and the District of Columbia sued the Education Department on Tuesday over a loan rule.\n";
    let release = "Attorney General Lee challenges loan rule\n\nATTORNEY GENERAL ANN LEE today challenged the Education Department's loan rule in court, the office announced Tuesday. Boston is where the case was filed, and the District of Columbia joined.\n";
    let (_, r) = check_one_story(&[
        ("local.txt", local),
        ("release.txt", release),
        ("wire.txt", wire),
    ]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|s| s.contains("19") && s.contains("18") && s.contains("states")),
        "{conflicts:#?}"
    );
}

#[test]
fn an_emergencys_counties_and_an_evacuations_counties_are_two_sets() {
    // A governor's whole list of the counties under an emergency, a TV page's whole
    // list of those under evacuation orders (fewer), a wire's partial list: no
    // conflict, and the wire's names are found in the governor's list.
    let governor = "Governor Lee Declares State of Emergency for Six Counties\n\nDALTON — Governor Ann Lee today issued an executive order declaring a state of emergency for the following counties: Ashby, Marrow, Pike, Quill, Tolland and Wexley.\n";
    let tv = "Hurricane Odile live updates\n\nUPDATE 5:12 AM: Odile made landfall near Dalton.\n\nMandatory evacuations remain in place for coastal zones in Ashby, Pike and Tolland counties.\n";
    let wire = "Hurricane Odile slams coast\n\nDALTON (AP) — Hurricane Odile roared ashore near Dalton early Thursday. Gov. Ann Lee had declared a state of emergency for six counties on Tuesday, including Marrow, Pike and Quill.\n";
    let (_, r) = check_one_story(&[
        ("governor.txt", governor),
        ("tv.txt", tv),
        ("wire.txt", wire),
    ]);
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.iter().any(
            |s| s.starts_with("wire's partial list (\"including\") of 3 counties")
                && s.ends_with("is contained in the complete list of governor.")
        ),
        "{agreed:#?}"
    );
}

#[test]
fn a_fans_post_giving_another_final_score_conflicts() {
    // Each article gives one score of the one game: a fan blog's "31-27" against a
    // wire's and a paper's "31-28". Records ("Pike (11-2)") and leads ("led 14-7") are
    // no scores.
    let wire = "Pike holds off Dalton 31-28 in title game\n\nASHBY (AP) — Ann Lee threw three touchdown passes and Pike held off Dalton 31-28 in the title game on Saturday night. Pike (11-2) led 14-7 at halftime.\n";
    let paper = "Pike survives Dalton\n\nBy Tom Hale\n\nPike beat Dalton 31-28 on Saturday in the title game before 40,112 fans.\n";
    let blog = "Pike Nation\n\nTITLE GAME: WE WIN 31-27!!!\n\nWhat a night. Pike beat Dalton 31-27 and I'm still shaking.\n";
    let (_, r) = check_one_story(&[("blog.txt", blog), ("paper.txt", paper), ("wire.txt", wire)]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        ["blog gives the final score as 31-27 where paper and wire give 31-28."],
        "{conflicts:#?}"
    );
}

#[test]
fn a_roster_of_delegations_and_two_boycotting_countries_are_attendance() {
    // A ministry's bulleted roster under "The following delegations attended:" says
    // each country attended; a wire's "after Tuvalu and Tonga boycotted" names two
    // that stayed away, so Tonga is a conflict and Tuvalu an agreement. A newsletter's
    // "your Monday briefing" is no event of the story, and a roster's name of no known
    // kind ("Ashby Atoll") is no sign that "six countries" misnames it.
    let ministry = "Ministers meet in Apia\n\nMinisters from six countries met in Apia on Friday.\n\nThe following delegations attended:\n- Fiji\n- Samoa\n- Tonga\n- Palau\n- Nauru\n- Ashby Atoll\n\nTuvalu did not attend.\n";
    let wire = "Pacific tuna talks end with catch limit\n\nAPIA (AP) — Ministers from Pacific nations agreed a tuna catch limit in Apia on Friday after Tuvalu and Tonga boycotted the talks.\n";
    let digest = "The Reef Report — your Monday Pacific briefing\n\nGood morning.\n\nSix countries met in Apia on Friday to talk tuna. Tuvalu boycotted.\n";
    let (_, r) = check_one_story(&[
        ("digest.txt", digest),
        ("ministry.txt", ministry),
        ("wire.txt", wire),
    ]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "Tonga is said to have attended in ministry (\"attended\"), but stayed away in wire (\"boycotted\")."
        ],
        "{conflicts:#?}"
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("Tuvalu: stayed away in digest, ministry and wire")),
        "{agreed:#?}"
    );
}

#[test]
fn quarterly_revenue_with_two_digits_swapped_conflicts() {
    // A company's release and a blog give revenue of $4.21 billion; a wire's "Revenue
    // rose 7% to $4.12 billion in the quarter ended Sept. 30" is the same figure with
    // two digits swapped. The subject before each sum ("Revenue of", "Revenue rose 7%
    // to", "Revenue came in at") says what it is; "in the quarter" says only when.
    let release = "Pike Mills Reports Third Quarter Results\n\nDALTON, Oct. 21, 2027 -- Pike Mills Inc. today reported results for the third quarter.\n\nThird Quarter Highlights\n- Revenue of $4.21 billion, up 7% from a year earlier\n- Cash returned to shareholders of $610 million\n";
    let wire = "Pike Mills beats estimates\n\nOct 21 - Pike Mills on Thursday reported third-quarter results above estimates.\n\nRevenue rose 7% to $4.12 billion in the quarter ended Sept. 30. Analysts had expected $4.05 billion.\n";
    let blog = "Mill Street Notes\n\nPike Mills posts a clean beat\n\nPike Mills beat estimates last night. Revenue came in at $4.21 billion, up 7%.\n";
    let (_, r) = check_one_story(&[
        ("blog.txt", blog),
        ("release.txt", release),
        ("wire.txt", wire),
    ]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "blog and release give the amount as \"$4.21 billion\" where wire gives \"$4.12 billion\", the same digits with two swapped: one may be mistyped."
        ],
        "{conflicts:#?}"
    );
}

#[test]
fn a_prior_range_told_with_prior_before_it_or_before_after_it_agrees() {
    // "up from its prior range of $16.2 billion to $16.5 billion" and "from $16.2
    // billion to $16.5 billion before": both figures of the earlier range, each told
    // as such, agree. A point between digits ends no sentence when the words before a
    // figure are read.
    let release = "Pike Mills raises outlook\n\nPike Mills now expects full-year revenue of $16.6 billion to $16.8 billion, up from its prior range of $16.2 billion to $16.5 billion.\n";
    let blog = "Mill Street Notes\n\nPike Mills raised its guide\n\nThe guide went up: $16.6 billion to $16.8 billion for the year, from $16.2 billion to $16.5 billion before.\n";
    let (_, r) = check_one_story(&[("blog.txt", blog), ("release.txt", release)]);
    let agreed = summaries(&r, "agreement");
    for figure in [
        "$16.2 billion",
        "$16.5 billion",
        "$16.6 billion",
        "$16.8 billion",
    ] {
        assert!(
            agreed.contains(&format!(
                "blog and release agree on the amount (\"{figure}\")."
            )),
            "{figure}: {agreed:#?}"
        );
    }
    assert!(
        summaries(&r, "single_source").is_empty(),
        "{:#?}",
        summaries(&r, "single_source")
    );
}

#[test]
fn a_tv_brief_naming_two_of_the_closing_schools_joins_the_story() {
    // A district's bulleted list of schools to close, a paper's "Lincoln, Hawthorne,
    // Cedar Park and Jefferson elementary schools" and a TV brief's "four elementary
    // schools, including Lincoln and Jefferson": the brief's names are schools, not
    // towns (Lincoln, Neb.), so it shares the story's schools and is one story with the
    // others; its 5-2 sides with the district against the paper's 4-3.
    let district = "Pike Unified School District\n\nNEWS RELEASE\n\nBoard approves consolidation plan\n\nThe Pike Unified Board of Education voted 5-2 on Tuesday to consolidate four elementary schools.\n\nThe following schools will close:\n• Lincoln Elementary\n• Hawthorne Elementary\n• Cedar Park Elementary\n• Jefferson Elementary\n";
    let paper = "Pike board votes to close four schools\n\nBy Ann Lee\n\nThe Pike Unified school board voted 4-3 late Tuesday to close Lincoln, Hawthorne, Cedar Park and Jefferson elementary schools next year.\n";
    let tv = "Channel 9 News\n\nSchool closures approved\n\nThe Pike school board tonight approved closing four elementary schools, including Lincoln and Jefferson, in a 5-2 vote.\n";
    let (_, r) = check(&[
        ("district.txt", district),
        ("paper.txt", paper),
        ("tv.txt", tv),
    ]);
    assert!(r["stories"].is_null(), "one story: {}", r["stories"]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        ["district and tv give the vote as 5-2 where paper gives 4-3."],
        "{conflicts:#?}"
    );
}

#[test]
fn an_obituarys_grandchildren_are_counted_and_a_miscount_conflicts() {
    // "seven grandchildren" in a family's notice against a paper's "eight
    // grandchildren": plurals that do not end in "s" count as others do, and a
    // hyphenated one ("great-grandchildren") is its own noun.
    let family = "Obituary: Ann Lee\n\nAnn Lee, 91, of Ashby, died at home on Saturday.\n\nShe is survived by her children, Tom Lee and Bo Park; seven grandchildren; and two great-grandchildren.\n";
    let paper = "Ann Lee, Ashby's first female mayor, dies at 91\n\nASHBY — Ann Lee, a longtime teacher who became Ashby's first female mayor, died Saturday. She was 91.\n\nShe is survived by two children, eight grandchildren and two great-grandchildren.\n";
    let (_, r) = check_one_story(&[("family.txt", family), ("paper.txt", paper)]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "paper counts 8 (\"eight grandchildren\") where family counts 7 (\"seven grandchildren\")."
        ],
        "{conflicts:#?}"
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("family and paper agree on 2 great-grandchildren")),
        "{agreed:#?}"
    );
}

#[test]
fn a_miscopied_vote_total_after_a_share_conflicts_and_a_posted_stamp_is_no_event_day() {
    // A clerk's results table, a paper that puts each share after its figure ("9,310
    // votes, or 50.8%, to Hale's 8,920") and a TV update. The paper's 8,920 is a typo of
    // the clerk's 8,902. The clerk's "Posted: Wednesday, ..." stamp dates the page, not
    // the election the others put on Tuesday.
    let clerk = "Pike County Board of Elections\nUnofficial Results\nPosted: Wednesday, March 10, 2027, 1:15 a.m.\n\nCandidate            Votes     Percent\nAnn Lee (D)          9,310     51.1%\nTom Hale (R)         8,902     48.9%\n\nAll 21 precincts reporting.\n";
    let paper = "Lee wins Pike County special election\n\nBy Bo Park\n\nDemocrat Ann Lee won the special election for the county commission on Tuesday.\n\nWith all 21 precincts reporting, Lee had 9,310 votes, or 51.1%, to Hale's 8,920, or 48.9%.\n";
    let tv = "Channel 9 News\n\nLee wins commission seat\n\nAnn Lee won Tuesday's special election with 9,310 votes to Tom Hale's 8,902, with all 21 precincts reporting.\n";
    let (_, r) = check_one_story(&[("clerk.txt", clerk), ("paper.txt", paper), ("tv.txt", tv)]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "paper counts 8,920 (\"Hale's 8,920\") where clerk and tv count 8,902 (\"Tom Hale (R)         8,902     48.9%\", \"Tom Hale's 8,902\")."
        ],
        "{conflicts:#?}"
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        !unsure.iter().any(|s| s.contains("Wednesday")),
        "{unsure:#?}"
    );
}

#[test]
fn an_agencys_list_of_postal_codes_meets_a_blogs_list_of_names() {
    // An agency's notice writes its states as USPS codes ("AZ, CA, CO, ... and WA"); a
    // blog writes them out and swaps one (Wisconsin for Washington). A TV brief's "one
    // person has died" after a joining word is a death against the others' none.
    let agency = "Food Safety Alert\n\nOutbreak Linked to Melons\n\nDeaths: 0\n\nSick people have been reported from 5 states: AZ, CA, CO, FL and WA.\n";
    let blog = "Food Safe Weekly\n\nThe melon outbreak: what we know\n\nThe agency counts illnesses across these states: Arizona, California, Colorado, Florida and Wisconsin.\n";
    let tv = "Channel 4 News\n\nMelons recalled\n\nA melon outbreak has sickened people in 5 states. Nine people have been hospitalized and one person has died.\n";
    let (_, r) = check_one_story(&[("agency.txt", agency), ("blog.txt", blog), ("tv.txt", tv)]);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "State of Washington is missing from blog's complete list of the states; the complete list of agency includes it.",
        "State of Wisconsin is missing from agency's complete list of the states; the complete list of blog includes it.",
        "tv counts 1 (\"one person has died\") where agency counts 0 (\"Deaths: 0\").",
    ] {
        assert!(
            conflicts.iter().any(|c| c == expected),
            "{expected}: {conflicts:#?}"
        );
    }
}

#[test]
fn a_wires_uncued_series_of_us_cities_is_its_list_and_a_swapped_city_conflicts() {
    // "Marchers in 7 US cities" over an uncued series of seven cities: the country of
    // the gazetteer's own places narrows no count, so the series is the wire's list,
    // and its Boise against the release's Omaha is reported.
    let release = "Coalition statement\n\nMarches in seven cities\n\nWorkers marched today in Tulsa, Omaha, Akron, Dayton, Reno, Fresno and Spokane.\n";
    let wire = "Marchers in 7 US cities call for higher pay\n\nTULSA (AP) — Thousands of people rallied Saturday in Tulsa, Akron, Dayton, Reno, Fresno, Spokane and Boise, organizers said.\n";
    let (_, r) = check_one_story(&[("release.txt", release), ("wire.txt", wire)]);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "Boise, Idaho is missing from release's complete list of the cities; the complete list of wire includes it.",
        "Omaha, Neb. is missing from wire's complete list of the cities; the complete list of release includes it.",
    ] {
        assert!(
            conflicts.iter().any(|c| c == expected),
            "{expected}: {conflicts:#?}"
        );
    }
}

#[test]
fn one_guard_hurt_after_a_speech_verb_is_set_beside_no_employees_hurt() {
    // A paper's "No jail employees were injured" against a TV brief's "the sheriff said
    // one guard suffered minor injuries": a discrepancy a reader must see. The nouns
    // differ, so it is reported as not comparable, not as a conflict.
    let paper = "Pike County Courier\n\nTwo inmates escape county jail\n\nTwo inmates escaped from the Pike County jail early Tuesday, Sheriff Tom Hale said.\n\nNo jail employees were injured, the sheriff said.\n";
    let tv = "News 9\n\n2 inmates escape Pike County jail\n\nTwo inmates escaped from the Pike County jail overnight. Sheriff Tom Hale said one guard suffered minor injuries during the escape.\n";
    let (_, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "tv counts 1 (\"one guard suffered minor injuries\") where paper counts 0 (\"No jail employees were injured\")"
        )),
        "{unsure:#?}"
    );
    assert!(
        conflict_summaries(&r).is_empty(),
        "{:#?}",
        conflict_summaries(&r)
    );
}

#[test]
fn a_transcript_turn_over_paragraphs_is_shown_where_the_quoted_words_are() {
    // The sheriff's turn opens with a greeting two paragraphs above the words the TV
    // quotes; the transcript's evidence is the line that holds them.
    let transcript = "TRANSCRIPT: Pike County news conference\n\nSHERIFF TOM HALE: Good afternoon. Two inmates escaped from the county jail this morning.\n\nWe have officers searching. Do not approach him.\n\nREPORTER: Were any guards hurt?\n\nSHERIFF HALE: No.\n";
    let tv = "News 9\n\nInmates escape Pike County jail\n\nTwo inmates escaped from the county jail this morning. \"Do not approach him,\" Sheriff Tom Hale said.\n";
    let (_, r) = check_one_story(&[("transcript.txt", transcript), ("tv.txt", tv)]);
    let quote = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["topic"].as_str().is_some_and(|t| t.starts_with("quote")))
        .expect("a quote finding");
    let shown = quote["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["article"] == "transcript")
        .expect("the transcript's evidence");
    assert_eq!(shown["line"], 5, "{shown}");
    assert!(
        shown["text"]
            .as_str()
            .unwrap()
            .contains("Do not approach him"),
        "{shown}"
    );
}

#[test]
fn a_british_house_style_gives_pounds_glued_scales_and_parts_of_a_group() {
    // "£350m" and "£305 million" are one sum mistyped; "40m people" is 40 million
    // people. "Two of the nine council leaders boycotted" and "the seven other leaders
    // attended" tell of two parts of the leaders, no contradiction; a relative clause
    // naming an aide leaves the quote with the leader who spoke.
    let a = "Flood plan unveiled\n\nMinisters pledged £350m for flood defences in Yorkshire on Tuesday, saying the schemes would protect 40m people over the next decade.\n\nTwo of the nine council leaders boycotted the summit. The seven other leaders attended the summit.\n\nCouncillor Ann Lee, who sent her deputy, Tom Hale, said in a statement: 'This comes a decade too late for our towns.'\n";
    let b = "Government sets out Yorkshire flood defences\n\nThe government pledged £305 million for flood defences in Yorkshire, which officials said would protect 40 million people.\n\n\"This comes a decade too late for our towns,\" Councillor Ann Lee said.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "a gives the amount as \"£350m\" where b gives \"£305 million\", the same digits with two swapped: one may be mistyped."
        ]
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.contains(
            &"a and b agree on 40,000,000 people (\"40m people\", \"40 million people\")."
                .to_string()
        ),
        "{agreed:#?}"
    );
    assert!(
        agreed.iter().any(|s| s.starts_with("Ann Lee's quote")),
        "{agreed:#?}"
    );
}

#[test]
fn names_sharing_a_capitalized_kind_are_a_list_and_how_often_is_no_count() {
    // "Pikangikum, Poplar Hill and Keewaywin First Nations" is a list of three, as
    // "Perry and Letcher counties" would be; the wire's fourth name is missing from
    // the other's complete list. "Evacuated three times" counts no one.
    let a = "Wildfire forces evacuations\n\nResidents of Pikangikum, Poplar Hill and Keewaywin First Nations are being flown to shelters. \"Some of our elders have been evacuated three times in five years,\" Chief Dean Owen said.\n";
    let b = "Evacuations widen\n\nEvacuees from Pikangikum, Poplar Hill, Keewaywin and Deer Lake First Nations are being flown to shelters. \"Some of our elders have been evacuated three times in five years,\" Chief Dean Owen said.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "Deer Lake First Nation is missing from a's complete list of the nations; the complete list of b includes it."
        ]
    );
    let counted = r["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "count")
        .count();
    assert_eq!(counted, 0, "{r:#}");
}

#[test]
fn towns_abroad_after_a_counted_place_noun_meet_the_same_towns_named_with_their_country() {
    // "three sites in Cologne, Lyon and Lille": names the gazetteer does not know are
    // the sites' places, as after "three plants in"; the release's "Cologne, Germany"
    // is the paper's "Cologne". Lille for Turin is reported; "2.4 billion euros" is
    // the release's "€2.4 billion".
    let release = "Ashby Group restructures\n\nAshby Group will save €2.4 billion a year from 2029.\n\nThe affected sites are:\n- Cologne, Germany\n- Lyon, France\n- Turin, Italy\n";
    let paper = "Ashby Group to cut jobs\n\nAshby Group will cut 1,200 jobs at three sites in Cologne, Lyon and Lille, seeking savings of 2.4 billion euros a year from 2029.\n";
    let (_, r) = check_one_story(&[("release.txt", release), ("paper.txt", paper)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.contains(&"Lille is missing from release's complete list of the sites; the complete list of paper includes it.".to_string()),
        "{conflicts:#?}"
    );
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.contains("\"€2.4 billion a year\"")
                && s.contains("\"2.4 billion euros a year\"")),
        "{agreed:#?}"
    );
}

#[test]
fn a_premier_is_a_title_and_an_australian_state_no_person() {
    // "Premier" is a title, so "WA Premier Rhys Calder" and "Western Australian Premier
    // Rhys Calder" are one person; "South Australia", last of a series of states, is
    // no person who attended; "..., saying" speaks for the sentence's subject.
    let a = "Premiers sign housing deal\n\nThe premiers of New South Wales, Victoria and South Australia attended the meeting in Canberra. WA Premier Rhys Calder did not attend the meeting.\n";
    let b = "Calder snubs PM\n\nWestern Australian Premier Rhys Calder boycotted Friday's meeting in Canberra.\n\nPremier Rhys Calder defended his decision to skip the meeting with Prime Minister Helen Marsh, saying WA would \"not be bullied by Canberra\".\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed
            .iter()
            .any(|s| s.starts_with("Rhys Calder: stayed away in a and b")),
        "{agreed:#?}"
    );
    let claims = r["claims"].as_array().unwrap();
    assert!(
        claims
            .iter()
            .all(|c| c["who"] != "South Australia" && c["person"] != "South Australia"),
        "{r:#}"
    );
    let quote = claims
        .iter()
        .find(|c| c["kind"] == "quote")
        .expect("the premier's quote");
    assert_eq!(quote["speaker"]["name"], "Rhys Calder", "{quote:#}");
}

#[test]
fn a_greater_region_before_a_title_is_no_speaker() {
    // "the Greater Manchester mayor, Bo Park, said": "Greater Manchester" is a place,
    // so the quote is Park's in both outlets, not a quote given to two speakers.
    let a = "Mayors press minister\n\n'We are tired of being promised jam tomorrow,' the Greater Manchester mayor, Bo Park, said.\n";
    let b = "North mayors demand rail pledge\n\n'We are tired of being promised jam tomorrow,' said Greater Manchester mayor Bo Park.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.iter().any(|s| s.starts_with("Bo Park's quote")),
        "{agreed:#?}"
    );
}

#[test]
fn names_each_with_its_place_are_coordinated() {
    // "Governor Ann Lee of Ohio and Governor Tom Hale of Iowa stayed away": both did,
    // the place after each name being its own.
    let a = "Two governors skip summit\n\nGovernor Ann Lee of Ohio and Governor Tom Hale of Iowa stayed away from the summit.\n";
    let b = "Summit opens\n\nGov. Ann Lee did not attend the summit. Gov. Tom Hale also skipped the summit.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    let agreed = summaries(&r, "agreement");
    for name in ["Ann Lee", "Tom Hale"] {
        assert!(
            agreed
                .iter()
                .any(|s| s.starts_with(&format!("{name}: stayed away in a and b"))),
            "{agreed:#?}"
        );
    }
}

#[test]
fn sending_a_deputy_instead_is_staying_away() {
    let a = "Summit\n\nFive governors met at the summit on Sunday. Arizona and Nevada sent deputies instead.\n";
    let b = "Two states skip summit\n\nArizona and Nevada boycotted the summit on Sunday.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    let agreed = summaries(&r, "agreement");
    for state in ["Arizona", "Nevada"] {
        assert!(
            agreed
                .iter()
                .any(|s| s.starts_with(&format!("{state}: stayed away in a and b"))),
            "{agreed:#?}"
        );
    }
}

#[test]
fn a_strikes_plants_in_three_house_styles_agree_and_its_workers_are_no_count_of_them() {
    // A release, a wire and a paper name where the struck plants are: after "plants in",
    // with state abbreviations, with semicolons after a count of workers, and bare.
    let release = "Members ratify contract\n\nMembers voted Sunday to ratify a four-year agreement with Pike Aviation, ending a strike at the company's plants in Wichita, Kan., Moline, Ill., and Tulsa, Okla.\n\nThe agreement was approved by 73 percent of members who cast ballots.\n\nNegotiators met with company representatives on Thursday, Nov. 14, and reached a tentative agreement early Friday.\n";
    let wire = "Pike strikers approve deal\n\nStriking machinists at Pike Aviation voted to accept a new contract Sunday, ending a walkout at three plants.\n\nThe union said 71% of members voting approved the four-year deal. Roughly 4,500 workers had been on strike at plants in Wichita, Kansas; Moline, Illinois; and Tulsa, Oklahoma.\n\nTalks resumed Nov. 14 with a federal mediator.\n";
    let paper = "Pike strike over\n\nAbout 4,800 members walked off the job at Pike's plants in Wichita, Moline and Tulsa, as well as a parts depot in Salina, Kan., before the strike ended Sunday.\n\nThe deal passed with 73% support, according to the union.\n\nTalks between Pike and the union were canceled on Thursday, Nov. 14, a union steward said.\n";
    let (_, r) = check_one_story(&[
        ("release.txt", release),
        ("wire.txt", wire),
        ("paper.txt", paper),
    ]);
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.iter().any(|s| s
            .starts_with("The complete lists of paper, release and wire name the same 3 plants")),
        "{agreed:#?}"
    );
    let conflicts = conflict_summaries(&r);
    // The wire's 4,500 workers count no plants.
    assert!(
        conflicts.iter().all(|s| !s.contains("4,500")),
        "{conflicts:#?}"
    );
    // One figure in two outlets set against the third once, not twice.
    assert!(
        conflicts.contains(
            &"paper and release give the percentage as \"73%\", \"73 percent\" where wire gives \"71%\"."
                .to_string()
        ),
        "{conflicts:#?}"
    );
    assert!(
        conflicts.iter().any(|s| s.starts_with(
            "The meeting is described as held in wire (\"resumed\"), but canceled in paper"
        )),
        "{conflicts:#?}"
    );
    assert_eq!(conflicts.len(), 2, "{conflicts:#?}");
}

#[test]
fn survivors_countries_are_a_list_and_a_wire_that_leaves_one_out_conflicts() {
    // A charity, a wire and a paper name where the survivors of a shipwreck come from;
    // the wire leaves out one country. Its dateline's date is when it was filed.
    let charity = "Rescue statement\n\nOur ship pulled 44 people from the water south of Lampedusa on Friday, 7 August.\n\nAt least 41 people are believed to have drowned. The survivors come from Guinea, Ivory Coast, Mali and Cameroon.\n";
    let wire = "Dozens feared dead after boat sinks\n\nROME, Aug 8 (Reuters) - At least 41 migrants are feared to have drowned after their boat capsized off Lampedusa on Friday, aid groups said.\n\nThe survivors are from Guinea, Ivory Coast and Mali, a spokesperson told Reuters.\n";
    let paper = "Lampedusa shipwreck\n\nForty-one people are missing after a boat sank south of Lampedusa on Friday.\n\nThe 44 survivors – from Guinea, Ivory Coast, Mali and Cameroon – were taken to the island's reception centre.\n";
    let (_, r) = check_one_story(&[
        ("charity.txt", charity),
        ("wire.txt", wire),
        ("paper.txt", paper),
    ]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "Cameroon is missing from wire's complete list of the countries of origin; the complete lists of charity and paper include it."
        ],
        "{r:#}"
    );
    // The count of survivors is no count of countries, and the dateline gives no date.
    let all = serde_json::to_string(&r).unwrap();
    assert!(!all.contains("Aug. 8"), "{r:#}");
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.iter().any(|s| s.starts_with(
            "charity and wire give the same rough count: \"At least 41 people\" (charity), \"At least 41 migrants\" (wire)"
        )),
        "{agreed:#?}"
    );
}

#[test]
fn seats_of_two_parties_are_never_one_count() {
    // A wire and a paper give each party's seats; the paper's 38 for one party is no
    // rival of the wire's 19 for another, and a party's lost seats are no total.
    let wire = "Social Democrats win most seats\n\nKESTRA, Sept 15 (Reuters) - The centre-right Liberal Alliance came second with 23.6% and 38 seats.\n\nMarin's party is expected to open talks with the Green Left, which won 19 seats, and the Centre Union.\n";
    let paper = "Marin on course to lead\n\nThe Liberal Alliance, led by outgoing prime minister Anders Kvist, won 38 seats in Sunday's election.\n\nThe Alliance lost 9 seats. Green Left's 19 seats make it the kingmaker.\n";
    let (_, r) = check_one_story(&[("wire.txt", wire), ("paper.txt", paper)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
    let agreed = summaries(&r, "agreement");
    for s in [
        "paper and wire agree on 38 seats (Liberal Alliance)",
        "paper and wire agree on 19 seats (Green Left)",
    ] {
        assert!(agreed.iter().any(|a| a.starts_with(s)), "{s}: {agreed:#?}");
    }
}

#[test]
fn unknown_neighborhoods_told_of_by_a_count_of_them_are_the_list() {
    // A TV page's headline counts four neighborhoods under the advisory; its lead
    // names four the gazetteer does not know, one of them not on the city's list.
    let city = "Boil water advisory\n\nThe advisory covers the following neighborhoods:\n- Riverside\n- Old Mill\n- Kessler Park\n- Northgate\n";
    let tv = "Boil water advisory issued for four Ashby neighborhoods\n\nA water main break late Tuesday left thousands of homes with no water, and the city issued a boil water advisory for Riverside, Old Mill, Kessler Park and Eastgate.\n";
    let (_, r) = check_one_story(&[("city.txt", city), ("tv.txt", tv)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|s| s.starts_with(
            "Eastgate is missing from city's complete list of the neighborhoods; the complete list of tv includes it"
        )),
        "{conflicts:#?}"
    );
}

#[test]
fn stores_in_some_states_are_no_whole_list_to_set_against_another() {
    // One outlet names three states with stores, another the states of one chain's
    // stores: neither says it names them all.
    let a = "Pike Farms recalls spinach\n\nPike Farms recalled bagged spinach on Monday. The spinach was sold at stores in Ohio, Indiana and Michigan, the company said.\n";
    let b = "Spinach recall\n\nPike Farms on Monday recalled bagged spinach sold at Kroger stores in Ohio and Michigan because of possible listeria.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
}

#[test]
fn a_long_quote_joining_two_shorter_ones_lends_no_words_across_speakers() {
    // An agency's update quotes its commander at length; a wire quotes the second half
    // from her, a TV page the first half from a spokesman. Only the first half is
    // credited to two people.
    let agency = "Fire update\n\n\"Crews held the line overnight on the east ridge, but the wind is turning against us this afternoon,\" said Incident Commander Ann Lee.\n";
    let wire = "Fire grows\n\n\"The wind is turning against us this afternoon,\" Incident Commander Ann Lee said at a briefing.\n";
    let tv = "Live updates\n\n\"Crews held the line overnight on the east ridge,\" agency spokesman Tom Hale told reporters.\n";
    let (_, r) = check_one_story(&[("agency.txt", agency), ("tv.txt", tv), ("wire.txt", wire)]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        vec![
            "The words \"Crews held the line overnight on the east ridge\" are Tom Hale's in tv and Ann Lee's in agency."
        ],
        "{r:#}"
    );
}

#[test]
fn a_quote_from_a_towns_resident_is_the_residents() {
    let paper = "Fire destroys homes\n\n\"We lost everything but the dog,\" said Pine Hollow resident Dana Ortiz, 58, outside the shelter.\n";
    let (_, r) = check(&[("paper.txt", paper)]);
    assert_eq!(speakers(&r), vec!["Dana Ortiz"], "{r:#}");
}

#[test]
fn places_under_an_evacuation_order_are_a_list_and_one_missing_is_reported() {
    // An agency's bullets and two outlets' sentences name the communities under
    // evacuation orders; one name has "and" in it, and one outlet leaves it out.
    let agency = "Fire update\n\nEvacuation orders remain in effect for the following communities:\n- Pine Hollow\n- Dalton\n- Rough and Ready\n- Ashby Flats\n";
    let wire = "Fire grows\n\nEvacuation orders covered Pine Hollow, Dalton, Rough and Ready and Ashby Flats, fire officials said.\n";
    let tv =
        "Live updates\n\nEvacuation orders are in place for Pine Hollow, Dalton and Ashby Flats.\n";
    let (_, r) = check_one_story(&[("agency.txt", agency), ("tv.txt", tv), ("wire.txt", wire)]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        vec![
            "Rough and Ready is missing from tv's complete list of the communities; the complete lists of agency and wire include it."
        ],
        "{r:#}"
    );
}

#[test]
fn two_places_under_a_curfew_are_some_of_them() {
    // Two known cities after a curfew may be the ones a story names first, not all.
    let a = "Curfew\n\nA curfew in Minneapolis, St. Paul and Bloomington began at 8 p.m.\n";
    let b = "Curfew\n\nThe curfew in Minneapolis and St. Paul began at 8 p.m., the mayor said.\n";
    let (_, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
}

#[test]
fn a_meeting_one_outlet_says_is_set_and_another_canceled_is_not_comparable() {
    // A county's morning notice sets a meeting; a TV page later says it was canceled.
    // Both may be right, and a reader should see the two side by side.
    let county = "Emergency update\n\nThe Pike County Board of Supervisors will hold an emergency meeting Monday at 9 a.m.\n";
    let tv = "Live updates\n\nThe board's emergency meeting scheduled for Monday has been canceled, the county said.\n";
    let paper = "Fire\n\nThe Board of Supervisors will meet in emergency session Monday.\n";
    let (_, r) = check_one_story(&[("county.txt", county), ("paper.txt", paper), ("tv.txt", tv)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "The meeting itself is described differently: canceled in tv (\"canceled\"); to be held in county and paper"
        )),
        "{unsure:#?}"
    );
    // A plan and its keeping agree.
    let later = "Board meets\n\nThe Board of Supervisors met in emergency session Monday and ratified the order.\n";
    let (_, r) = check_one_story(&[("county.txt", county), ("later.txt", later)]);
    assert!(summaries(&r, "not_comparable").is_empty(), "{r:#}");
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
}

#[test]
fn schools_sharing_a_plural_then_one_more_are_one_list() {
    // "Lincoln and Jefferson elementary schools and Oak Park Middle School" names all
    // three schools the district's answer lists; no school is missing.
    let faq = "School plan\n\nQ: Which schools will close?\nA: Three schools will close in June: Ashby Elementary, Dalton Elementary and Pine Hollow Middle School.\n";
    let paper = "Board closes schools\n\nAshby and Dalton elementary schools and Pine Hollow Middle School will close in June, the board decided.\n";
    let (_, r) = check_one_story(&[("faq.txt", faq), ("paper.txt", paper)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
    let agreed = summaries(&r, "agreement");
    assert!(
        agreed.iter().any(|s| s.contains("name the same 3 schools")),
        "{agreed:#?}"
    );
}

#[test]
fn each_outlets_only_tally_of_one_board_is_one_vote_however_the_motion_is_worded() {
    let faq = "Plan FAQ\n\nA: On Tuesday the Board of Education voted 5-2 to approve the consolidation plan.\n\nA: The plan is projected to save $4.2 million a year in operating costs.\n";
    let tv = "Board votes to close schools\n\nThe Pike County Board of Education voted 5-2 Tuesday night to close three schools.\n\nThe district expects to save $2.4 million a year.\n";
    let post = "Parents for Neighborhood Schools\nPublic group · 2.4K members\n\nThe board voted 4-3 last night to close three schools.\n";
    let (_, r) = check_one_story(&[("faq.txt", faq), ("post.txt", post), ("tv.txt", tv)]);
    let conflicts = conflict_summaries(&r);
    for want in [
        "faq and tv give the vote as 5-2 where post gives 4-3",
        "faq gives the amount as \"$4.2 million a year\" where tv gives \"$2.4 million a year\", the same digits with two swapped",
    ] {
        assert!(
            conflicts.iter().any(|s| s.starts_with(want)),
            "{want}: {conflicts:#?}"
        );
    }
    // A group's header counts its members, not anything of the story.
    let singles = summaries(&r, "single_source");
    assert!(
        !singles.iter().any(|s| s.contains("members")),
        "{singles:#?}"
    );
}

#[test]
fn a_coalition_that_includes_the_attorneys_general_of_states_lists_the_states() {
    // A release names its coalition by its members' officers; a newsletter's whole
    // list of the signers leaves one state out.
    let release = "Settlement announced\n\nThe multistate coalition includes the attorneys general of Arizona, Colorado, Delaware, Maine and Oregon.\n";
    let newsletter =
        "The deal\n\nFour states signed the settlement: Arizona, Colorado, Maine and Oregon.\n";
    let (_, r) = check_one_story(&[("newsletter.txt", newsletter), ("release.txt", release)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|s| s.starts_with("release names the State of Delaware among the states")),
        "{conflicts:#?}"
    );
}

#[test]
fn stores_in_places_one_notice_names_set_against_another_outlets_whole_list() {
    // A recall notice's "retail stores in" names Utah; a wire's whole list of the five
    // states, "sold at grocery stores in", has Washington instead.
    let notice = "Pike Farms Recalls Salad Kits\n\nPike Farms of Dalton is recalling 12 varieties of salad kits.\n\nThe recalled products were distributed to retail stores in Arizona, California, Nevada, Oregon and Utah.\n";
    let wire = "Salad kits recalled in 5 Western states\n\nA company is recalling salad kits sold in five Western states, regulators said.\n\nPike Farms said the kits were sold at grocery stores in Arizona, California, Nevada, Oregon and Washington.\n";
    let (_, r) = check_one_story(&[("notice.txt", notice), ("wire.txt", wire)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|s| s.starts_with(
            "notice names the State of Utah among the states, but no complete list does"
        )),
        "{conflicts:#?}"
    );
}

#[test]
fn a_page_that_says_one_race_was_canceled_and_another_went_ahead_contradicts_no_one() {
    // No event noun is read ("the full Pike Marathon", "the half marathon"): the page
    // that says both speaks of two races, and the others' "canceled" is no conflict.
    let paper = "Heat cancels race\n\nOrganizers canceled the full Pike Marathon early Sunday, but the half marathon and 5K went ahead an hour early.\n";
    let tv = "Race off\n\nThe full Pike Marathon was called off before dawn Sunday because of the heat, organizers said.\n";
    let (_, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|s| s.starts_with("The event itself is described differently: held in paper")),
        "{unsure:#?}"
    );
}

#[test]
fn a_figure_with_a_plus_fits_more_than_that_figure() {
    // A campaign's "8,000+ people" is at least 8,000: a paper's "more than 8,000" fits.
    let paper = "Petition handed in\n\nA petition signed by more than 8,000 people was handed in before the Pike County meeting.\n";
    let campaign = "Save our pools\n\nThank you to the 8,000+ people who signed our petition before the Pike County meeting.\n";
    let (_, r) = check_one_story(&[("campaign.txt", campaign), ("paper.txt", paper)]);
    assert!(conflict_summaries(&r).is_empty(), "{r:#}");
}

#[test]
fn branches_one_outlet_will_close_and_another_will_shut_are_one_set() {
    // A council's bulleted list of five branches and a paper's series of six, told
    // with "close" and "shut": one set, and the sixth branch is reported.
    let council = "Council agrees library plan\n\nUnder the plan, the following branch libraries will close on 31 March 2027:\n\n- Northgate Library\n- Birch Hill Library\n- Fenwick Library\n- Ashby Library\n- Pine Hollow Library\n";
    let paper = "Library cuts\n\nNorthgate, Birch Hill, Fenwick, Ashby, Pine Hollow and Orchard Park libraries will all shut their doors next spring.\n";
    let (_, r) = check_one_story(&[("council.txt", council), ("paper.txt", paper)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|s| s.starts_with("Orchard Park Library is missing from council's complete list")),
        "{conflicts:#?}"
    );
}

#[test]
fn a_tally_told_in_votes_to_is_set_beside_another_outlets_only_tally() {
    // "by 31 votes to 24" is a tally, not a margin of 31 votes; the paper's only tally,
    // its motion worded otherwise, differs from both other outlets'.
    let wire = "Council votes on libraries\n\nMembers of Pike County Council backed the plan by 31 votes to 24 at a meeting on Tuesday evening.\n";
    let release = "Library plan agreed\n\nAt its meeting on Tuesday, members of the council voted 31 to 24 in favour of the proposals.\n";
    let paper =
        "Library cuts\n\nCouncillors voted 31-22 to back the cuts to the library service.\n";
    let (_, r) = check_one_story(&[
        ("paper.txt", paper),
        ("release.txt", release),
        ("wire.txt", wire),
    ]);
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "The outlets' only vote tallies differ: paper 31-22, release and wire 31-24"
        )),
        "{unsure:#?}"
    );
    let singles = summaries(&r, "single_source");
    assert!(
        !singles.iter().any(|s| s.contains("margin")),
        "{singles:#?}"
    );
}

#[test]
fn a_lawyer_quoted_after_a_long_clause_and_an_age_that_ends_a_sentence() {
    // A firm's release quotes its lawyer ("said attorney Ann Lee, who tried the case
    // with her partner Bo Park"), not the man who died; a legal site gives his age at
    // its sentence's end, a year apart from the release's.
    let release = "Jury awards $4 million\n\nA federal jury on Wednesday awarded $4 million to the family of Tom Hale, 34, who died in the Pike County jail.\n\n\"This verdict says a life matters,\" said attorney Ann Lee, who tried the case with her partner Bo Park.\n";
    let site = "Pike County hit with $4M verdict\n\nA federal jury on Wednesday found two jail officers liable for the 2023 death of Tom Hale, 33.\n";
    let (_, r) = check_one_story(&[("release.txt", release), ("site.txt", site)]);
    assert_eq!(speakers(&r), ["Ann Lee"], "{r:#}");
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.iter().any(|s| s
            == "release counts 34 (\"Tom Hale, 34\") where site counts 33 (\"Tom Hale, 33\")."),
        "{conflicts:#?}"
    );
}

#[test]
fn minutes_motions_carried_and_a_tally_in_a_paragraph_of_its_own_are_matched_by_motion() {
    // Minutes give each motion, then "Carried"; a TV page gives the vote, then "The
    // vote was 4-2" alone; a parents' post names the next meeting. The closing vote's
    // 4-2 conflicts with 4-3, the budget's 5-2 agrees, and the next meeting's date is
    // set against nothing.
    let minutes = "PIKE UNIFIED SCHOOL DISTRICT\nBOARD OF EDUCATION — REGULAR MEETING MINUTES\nTuesday, May 11, 2027, 6:00 p.m., District Office Board Room\n\n1. CALL TO ORDER\nPresident Ann Lee called the meeting to order at 6:02 p.m.\nPresent: Lee, Hale, Park, Ortiz, Cho. Absent: none.\n\n2. CONSENT AGENDA\nMotion (Lee/Hale) to approve the consent agenda. Carried 7-0.\n\n3. ACTION ITEM: BUDGET\nMotion (Hale/Park) to adopt the 2027-28 budget of $84.2 million. Carried 5-2.\n\n4. ACTION ITEM: CLOSURE OF ASHBY ELEMENTARY\nMotion (Park/Lee) to close Ashby Elementary at the end of the school year. Carried 4-3.\n";
    let paper = "Board votes to close Ashby Elementary\n\nThe Pike County school board voted 4-3 late Tuesday to close Ashby Elementary at the end of next school year.\n\nThe board also approved an $84.2 million budget on a 5-2 vote.\n";
    let tv = "Board votes to close school\n\nThe Pike County school board voted Tuesday night to close Ashby Elementary, which has about 180 students.\n\nThe vote was 4-2, with one trustee absent.\n";
    let post = "Ashby Parents United\n\nWe lost tonight. Thank you to everyone who came to the board meeting.\n\nNext board meeting: May 25. Be there.\n";
    let (_, r) = check_one_story(&[
        ("minutes.txt", minutes),
        ("paper.txt", paper),
        ("post.txt", post),
        ("tv.txt", tv),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        ["minutes and paper give the vote as 4-3 where tv gives 4-2."]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|s| s == "minutes and paper agree on the vote (5-2)."),
        "{agreements:#?}"
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(!unsure.iter().any(|s| s.contains("May 25")), "{unsure:#?}");
}

#[test]
fn passengers_and_crew_together_and_an_airlines_guests() {
    // An aviation site counts 172 passengers and 6 crew; a TV page "178 passengers and
    // crew" (both, no conflict); the airline calls its passengers guests, and counts
    // three seen by paramedics where the TV page counts four.
    let site = "Incident: Pike Air B738 near Dalton\n\nA Pike Air Boeing 737-800 performing flight 418 with 172 passengers and 6 crew was enroute when the crew initiated an emergency descent due to the loss of cabin pressure. The aircraft diverted to Dalton for a safe landing.\n";
    let airline = "Pike Air statement regarding Flight 418\n\nPike Air Flight 418 diverted to Dalton today following a pressurization issue with the cabin.\n\nThere were 172 guests and six crew members on board. Three guests were evaluated by paramedics on arrival.\n";
    let tv = "Plane makes emergency landing in Dalton after losing cabin pressure\n\nPike Air Flight 418 landed safely in Dalton with 178 passengers and crew on board after a loss of cabin pressure, airport officials said.\n\nFour passengers were checked by paramedics at the gate.\n";
    let (_, r) = check_one_story(&[("airline.txt", airline), ("site.txt", site), ("tv.txt", tv)]);
    assert_eq!(
        conflict_summaries(&r),
        ["tv counts 4 (\"Four passengers\") where airline counts 3 (\"Three guests\")."]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|s| s.starts_with("airline and site agree on 172 guests")),
        "{agreements:#?}"
    );
}

#[test]
fn a_company_name_with_its_legal_form_is_no_list_and_slipped_rough_counts_are_told() {
    // A state's breach notice names "Pike Health Systems, Inc." (one company, no list);
    // a wire's "about 41 million patients" against a filing's "approximately 4.1
    // million patients" is told as a slip, not as figures that may all be right.
    let notice = "Office of the Attorney General\nData Breach Notifications\n\nEntity Name: Pike Health Systems, Inc.\nTotal number of residents affected: 2,914\nDate Breach Discovered: 10/03/2027\n";
    let filing = "FORM 8-K\n\nPike Health Systems detected unauthorized access to its systems on October 3, 2027.\n\nThe Company believes the unauthorized party accessed personal information of approximately 4.1 million patients.\n";
    let wire = "Hospital chain says hackers took patient data\n\nDALTON (AP) — Pike Health Systems said hackers stole personal information belonging to about 41 million patients in an attack it discovered Oct. 3.\n";
    let (_, r) = check_one_story(&[
        ("filing.txt", filing),
        ("notice.txt", notice),
        ("wire.txt", wire),
    ]);
    let singles = summaries(&r, "single_source");
    assert!(!singles.iter().any(|s| s.contains("lists")), "{singles:#?}");
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "filing and wire give different rough counts in the same digits, ten times apart"
        )),
        "{unsure:#?}"
    );
}

#[test]
fn short_words_credited_to_two_people_are_not_comparable_and_a_denied_meeting_states_nothing() {
    // A radio transcript gives "Riders deserve better than this" to the district's
    // manager; a newsletter to the union's president: too few words to call it one
    // person's, but no agreement either. The newsletter's "no such meeting took place"
    // says the meeting was not held, not that it was.
    let radio = "Bus strike stalls in Pike County\n\nTOM HALE: Riders deserve better than this, and so do our employees. But we cannot spend money we do not have.\n\nREPORTER: A session with a state mediator set for Thursday was canceled when the two sides could not agree on an agenda.\n";
    let letter = "The Pike Commute\n\nWeek one of the bus strike in Pike County.\n\n\"Riders deserve better than this,\" Ann Lee told a rally on Monday.\n\nThe district says it met the union with a mediator on Thursday. The union says no such meeting took place.\n";
    let (_, r) = check_one_story(&[("letter.txt", letter), ("radio.txt", radio)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with(
            "The words \"Riders deserve better than this\" are Tom Hale's in radio and Ann Lee's in letter"
        )),
        "{unsure:#?}"
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        !agreements.iter().any(|s| s.contains("Riders")),
        "{agreements:#?}"
    );
}

#[test]
fn an_encyclopedias_tab_rows_spelled_percentages_and_all_of_a_set() {
    // An encyclopedia's box scraped as "Label<tab>value" rows names three counties and
    // a count; a script's "Ninety-six percent" is 96%; "all 12 of the district's bus
    // routes" counts the routes.
    let wiki = "2027 Pike County transit strike\nFrom Wikipedia, the free encyclopedia\n\nDate\tMay 3, 2027 – present\nLocation\tAda, Gem and Owyhee counties, Idaho\nNumber of participants\t640\n\nThe strike halted service on all 12 of the district's bus routes. In April, 94% of members voted to authorize a strike.\n";
    let radio = "Bus strike in Idaho\n\nREPORTER: The district runs 12 bus routes across Ada, Gem and Owyhee counties. Ninety-six percent of members voted to authorize the walkout, and 640 participants walked out.\n";
    let release = "Union to strike Monday\n\nMembers voted 96 percent in favor of the strike.\n";
    let (_, r) = check_one_story(&[
        ("radio.txt", radio),
        ("release.txt", release),
        ("wiki.txt", wiki),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "radio and release give the percentage as \"Ninety-six percent\", \"96 percent\" where wiki gives \"94%\"."
        ]
    );
    let agreements = summaries(&r, "agreement");
    for expected in [
        "The complete lists of radio and wiki name the same 3 counties.",
        "radio and wiki agree on 12 routes",
        "radio and wiki agree on 640 participants",
    ] {
        assert!(
            agreements.iter().any(|s| s.starts_with(expected)),
            "{expected}: {agreements:#?}"
        );
    }
}

#[test]
fn a_table_headed_by_a_kind_of_place_lists_places() {
    // A health department's table "County | Confirmed cases" names four counties; a
    // TV page of the day before names three, an explainer of the day after swaps one.
    let state = "Idaho Department of Health\nMeasles Outbreak Update\nLast updated: March 4, 2027\n\nAs of March 4, 2027, the department has identified 31 confirmed measles cases.\n\nCases by county\n\nCounty | Confirmed cases\nAda | 14\nGem | 9\nOwyhee | 5\nBoise | 3\nTotal | 31\n";
    let tv = "Measles outbreak grows to 29 cases\n\nPublished: Mar. 3, 2027\n\nDALTON, Idaho - At least 29 people have caught measles in an outbreak centered in Ada, Gem and Owyhee counties, state health officials said Wednesday.\n";
    let explainer = "Your questions about the measles outbreak, answered\n\nMarch 5, 2027\n\nQ: How many cases are there?\n\nA: The state counts 31 confirmed cases, in Ada, Gem, Boise and Elmore counties.\n";
    let (_, r) = check_one_story(&[
        ("explainer.txt", explainer),
        ("state.txt", state),
        ("tv.txt", tv),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "Owyhee County is missing from explainer's complete list of the counties; the complete lists of state and tv include it."
        ]
    );
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.starts_with("Boise County is missing from tv's complete list of the counties; the complete lists of explainer and state include it; explainer (March 5, 2027) and state (March 4, 2027) are dated after tv (March 3, 2027)")),
        "{unsure:#?}"
    );
    // Without --one-story the three are one story: the table's counties meet the others'.
    let (_, r) = check(&[
        ("explainer.txt", explainer),
        ("state.txt", state),
        ("tv.txt", tv),
    ]);
    assert!(r["stories"].is_null(), "{:#?}", r["stories"]);
}

#[test]
fn a_day_that_only_falls_on_the_same_date_stands_on_no_side() {
    // "As of February 20" in a health update falls on the day a school's letter gives
    // a clinic; an explainer gives the clinic Feb. 21. The update shares no word with
    // the explainer's clinic and is no party to that conflict.
    let update = "Pike County Health Department\n\nAs of February 20, 2027, PCHD has identified 48 confirmed measles cases.\n";
    let letter = "Dear Families,\n\nThe Pike County Health Department will hold a free vaccine clinic at the high school gym on Saturday, Feb. 20, from 9 a.m. to 1 p.m.\n";
    let explainer = "Your measles questions, answered\n\nQ: Where can I get a shot?\n\nA: The Pike County Health Department holds a clinic on Saturday, Feb. 21.\n";
    let (_, r) = check_one_story(&[
        ("explainer.txt", explainer),
        ("letter.txt", letter),
        ("update.txt", update),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        ["explainer gives the date as Feb. 21 where letter gives Feb. 20."]
    );
}

#[test]
fn a_notices_fields_severance_pay_and_a_companys_offices() {
    // A state's layoff notice writes one field a line under a long heading (each field
    // its own sentence: the count is read); a memo's "16 weeks of severance pay" is a
    // length of severance, against a wire's "14 weeks of severance"; "our offices in
    // Dalton, Ashby and Pine Hollow" lists the offices.
    let notice = "Pike State Employment Security Department\nWorker Adjustment and Retraining Notification (WARN)\n\nCompany: Hale Robotics Inc.\nLocation: Dalton\nNotice Date: 03/02/2027\nLayoff Date: 05/01/2027\nNumber of Affected Employees: 212\nType: Layoff\n";
    let memo = "A message from our CEO\n\nTeam,\n\nToday we are reducing the size of Hale Robotics by 212 employees.\n\nEveryone leaving will receive 16 weeks of severance pay.\n\nThe reductions touch every team, and our offices in Dalton, Ashby and Pine Hollow.\n";
    let wire = "Hale Robotics to cut 212 jobs\n\nDALTON (Wire) -- Hale Robotics will eliminate 212 employees, Chief Executive Ann Lee told staff in a memo. Departing employees will get 14 weeks of severance, the memo said.\n";
    let (_, r) = check_one_story(&[
        ("memo.txt", memo),
        ("notice.txt", notice),
        ("wire.txt", wire),
    ]);
    assert_eq!(
        conflict_summaries(&r),
        [
            "memo counts 16 (\"16 weeks of severance\") where wire counts 14 (\"14 weeks of severance\")."
        ]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|s| s.starts_with("memo, notice and wire agree on 212 employees")),
        "{agreements:#?}"
    );
    let singles = summaries(&r, "single_source");
    assert!(
        singles
            .iter()
            .any(|s| s.starts_with("Only memo lists these offices (complete, 3 items)")),
        "{singles:#?}"
    );
}

#[test]
fn a_chamber_sent_to_a_denied_sum_and_a_bills_number() {
    // The chamber a bill is sent to did not vote on it; "not the $12M in the first
    // draft" is no claim of $12M; two whole lists of counties in sentences that name
    // the same bill are one set. A post's number ("2/"), its author's handle and its
    // time line are a thread's debris, and a post that runs on after a closed sentence
    // ("… 30-12. Heads to the Assembly. Thread 🧵") is prose.
    let paper = "Senate passes relief bill\n\nThe Senate on Tuesday passed House Bill 88, sending it to the Assembly on a 30-12 vote.\n\nHouse Bill 88 would apply in Pike, Ashby, Dalton and Hale counties. It would create a $12 million fund for farmers.\n";
    let release = "SENATE PASSES HB 88\n\nThe Senate passed House Bill 88 by a vote of 30 to 11.\n\nHB 88 sets up a $12 million fund for farmers in Pike, Ashby and Hale counties.\n";
    let thread = "Ann Lee\n@annlee_news\n1/ Senate passes HB 88, 30-12. Heads to the Assembly. Thread 🧵\n2:41 PM · Apr 13, 2027\n\nAnn Lee\n@annlee_news\n2/ Fund is $1.2M, not the $12M in the first draft.\n2:45 PM · Apr 13, 2027\n";
    let (_, r) = check_one_story(&[
        ("paper.txt", paper),
        ("release.txt", release),
        ("thread.txt", thread),
    ]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(conflicts.len(), 3, "{conflicts:#?}");
    assert!(
        conflicts.iter().any(|s| s.starts_with(
            "paper and release give the amount as \"$12 million\" where thread gives \"$1.2M\""
        )),
        "{conflicts:#?}"
    );
    assert!(
        conflicts.contains(
            &"paper and thread give the vote as 30-12 where release gives 30-11.".to_string()
        ),
        "{conflicts:#?}"
    );
    assert!(
        conflicts
            .iter()
            .any(|s| s.starts_with("Dalton County is missing from release's complete list")),
        "{conflicts:#?}"
    );
}

#[test]
fn a_filing_a_blog_and_a_breach_letter() {
    // A company's filing names it with its suffix ("Pinecrest Health, Inc.") and counts
    // "individuals"; a blog's headline shortens it ("Pinecrest breach hits …") and counts
    // "people": one story. The letter's "discovered" is the filing's "detected", so its
    // day conflicts. "UPDATE 3/4/2027:" is an update's stamp, no date of the story.
    let filing = "FORM 8-K\n\nItem 1.05 Material Cybersecurity Incidents.\n\nOn February 24, 2027, Pinecrest Health, Inc. detected unauthorized activity on its systems. The unauthorized party accessed files of approximately 2.4 million individuals.\n";
    let blog = "Pinecrest breach hits 2.4 million patients\n\nPinecrest says hackers took files on 2.4 million people. The company said it detected the intrusion on February 24.\n\nUPDATE 3/4/2027: Pinecrest will offer two years of credit monitoring.\n";
    let letter = "NOTICE OF DATA BREACH\n\nDear Patient,\n\nOn February 21, 2027, Pinecrest Health discovered suspicious activity in our network.\n\nWe are offering you 12 months of free credit monitoring.\n";
    let (_, r) = check(&[("blog.txt", blog), ("filing.txt", filing)]);
    assert!(r["stories"].is_null(), "{:#?}", r["stories"]);
    let (_, r) = check_one_story(&[
        ("blog.txt", blog),
        ("filing.txt", filing),
        ("letter.txt", letter),
    ]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.contains(
            &"letter gives the date as Feb. 21 where blog and filing give Feb. 24.".to_string()
        ),
        "{conflicts:#?}"
    );
    let singles = summaries(&r, "single_source");
    assert!(
        !singles.iter().any(|s| s.contains("March 4")),
        "{singles:#?}"
    );
}

#[test]
fn an_exact_and_a_rough_count_ten_times_apart_may_have_slipped() {
    // Each outlet's only count of people: "2.4 million" against "about 24 million", in
    // the same digits, share no word around them; a reader is told a decimal point or a
    // scale word may have slipped. Figures in other digits are left alone.
    let blog = "Pinecrest breach\n\nHackers took files on 2.4 million people, the company says.\n";
    let tv = "Pinecrest data stolen\n\nThe personal information of about 24 million people may have been stolen in a cyberattack.\n";
    let (_, r) = check_one_story(&[("blog.txt", blog), ("tv.txt", tv)]);
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "blog and tv give different counts in the same digits, ten times apart: \"2.4 million people\" (blog), \"about 24 million people\" (tv); a decimal point or a scale word may have slipped."
        ]
    );
    // The exact count is told in that note, not again as a single source.
    assert!(
        summaries(&r, "single_source").is_empty(),
        "{:#?}",
        summaries(&r, "single_source")
    );
    let tv = tv.replace("24 million", "30 million");
    let (_, r) = check_one_story(&[("blog.txt", blog), ("tv.txt", &tv)]);
    assert!(
        summaries(&r, "not_comparable").is_empty(),
        "{:#?}",
        summaries(&r, "not_comparable")
    );
}

/// Story 185 (governors meet a secretary about a lease pause): a pool report lists who
/// came under "In attendance:", one to a line; a wire and a newsletter say a governor
/// "sent" her lieutenant "in her place"; the pool names the secretary by surname only.
/// The lines after the label are attendance, the one sent attended and the sender
/// stayed away, and the secretary's words are hers under her full name.
#[test]
fn an_attendance_label_over_lines_a_stand_in_sent_and_a_surname_speaker() {
    let pool = "From: Pool Reporter <pool@example.org>\nSubject: pool report #2\n\nPool report #2\n\n11:02 a.m. -- The pool was brought in for a spray at the top of the meeting.\n\nIn attendance:\nGov. Ann Lee (Massachusetts)\nGov. Tom Hale (Iowa)\nLt. Gov. Bo Park (New Hampshire)\n\nSecretary Ortiz opened by saying the department would \"listen before it leaps.\"\n";
    let wire = "Governors press secretary on pause\n\nTwo governors and a lieutenant governor met for an hour on Tuesday with Interior Secretary Dana Ortiz at a meeting in Washington.\n\nNew Hampshire Gov. Ruth Cole sent Lt. Gov. Bo Park in her place.\n\n\"We got a list of excuses,\" Gov. Ann Lee said after the meeting.\n";
    let (_, r) = check_one_story(&[("pool.txt", pool), ("wire.txt", wire)]);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a.starts_with("Bo Park: attended in pool and wire")),
        "{agreements:#?}"
    );
    let single = summaries(&r, "single_source");
    for expected in [
        "Only pool says Ann Lee and Tom Hale attended the meeting",
        "Only wire says Ruth Cole stayed away from the meeting",
        "Only pool quotes Dana Ortiz: \"listen before it leaps\".",
    ] {
        assert!(
            single.iter().any(|s| s.starts_with(expected)),
            "{expected}: {single:#?}"
        );
    }
}

/// Two outlets that spoke to two and three people familiar with a deal do not disagree:
/// an outlet's unnamed sources counted are no claim of the story (found while reading
/// story 185's newsletter, "two people in the room told Axios").
#[test]
fn unnamed_sources_counted_two_ways_are_no_conflict() {
    let a = "Merger talks stall\n\nPike Foods and Dalton Mills have paused merger talks, two people familiar with the matter said on Monday.\n";
    let b = "Pike, Dalton merger talks on ice\n\nMerger talks between Pike Foods and Dalton Mills are on hold, three people familiar with the matter told Reuters on Monday.\n";
    let (code, r) = check_one_story(&[("a.txt", a), ("b.txt", b)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    assert_eq!(code, 0);
    assert!(
        !r["claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "count"),
        "{:#}",
        r["claims"]
    );
}

/// Story 186 (a burn ban: an agency bulletin with a table of counties, a paper): the
/// paper's series runs on past "along with" to a second group of counties, and its
/// "Three counties -- Adair, Boone and Clay -- are in extreme drought" is a part of the set named
/// for another reason, not a second telling of it that lacks three counties.
#[test]
fn a_series_joined_by_along_with_and_a_subset_named_for_another_reason() {
    let bulletin = "IOWA FIRE WEATHER BULLETIN\n\nIssued: Thursday, October 14, 2027\n\nAll outdoor burning is prohibited in the following 5 counties until further notice:\n\nCounty | Region | Drought Level\nAdair | Southwest | D3\nBoone | Central | D2\nClay | Northwest | D3\nPolk | Central | D2\nStory | Central | D2\n";
    let paper = "Burn ban hits five Iowa counties\n\nThe state banned outdoor burning in five counties on Thursday.\n\nThe ban covers Adair, Boone and Clay counties, along with Polk and Story counties in central Iowa.\n\nThree counties -- Adair, Boone and Clay -- are in extreme drought, the state said.\n";
    let (code, r) = check_one_story(&[("bulletin.txt", bulletin), ("paper.txt", paper)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    assert_eq!(code, 0);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|a| a
                .starts_with("The complete lists of bulletin and paper name the same 5 counties")),
        "{agreements:#?}"
    );
}

/// One article's two whole sets of one kind that share a member are two sets: the
/// counties under evacuation orders and those with shelters open. The other outlet's
/// list of the first is no conflict with the second (found with story 186).
#[test]
fn two_sets_of_one_article_that_share_a_member_stay_two() {
    let paper = "Fire forces evacuations\n\nEvacuation orders cover Adair, Boone and Clay counties in Iowa, the state said on Monday.\n\nShelters are open in Clay and Polk counties.\n";
    let tv = "Iowa fire evacuations\n\nThe state on Monday ordered evacuations in Adair, Boone and Clay counties as the fire grew.\n";
    let (code, r) = check_one_story(&[("paper.txt", paper), ("tv.txt", tv)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    assert_eq!(code, 0);
}

/// Story 187 (a dam repair: a "5 things to know" explainer, a radio Q&A, a wire): the
/// engineer's "The last estimate I saw was $81 million" against the others' $18 million
/// is set beside them as one sum perhaps mistyped, though "last" reads as a word of
/// time; the listicle's "5 things" counts nothing.
#[test]
fn a_lone_sum_with_swapped_digits_and_a_listicles_own_count() {
    let explainer = "5 things to know about the Pike Dam repair\n\n1. How much will it cost?\nThe state estimates repairs at $18 million.\n";
    let interview = "Q&A: The engineer watching Pike Dam\n\nQ: What will the repair cost?\nORTIZ: The last estimate I saw was $81 million.\n";
    let (_, r) = check_one_story(&[("explainer.txt", explainer), ("interview.txt", interview)]);
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure
            .iter()
            .any(|s| s.contains("$18 million and $81 million have the same digits, two swapped")),
        "{unsure:#?}"
    );
    assert!(
        !summaries(&r, "single_source")
            .iter()
            .any(|s| s.contains("things")),
        "{:#?}",
        summaries(&r, "single_source")
    );
}

/// Story 188 (a multistate suit: a complaint's caption, an attorney general's release, a
/// Playbook-style newsletter, a TV page): a newsletter's "Eleven states and D.C. signed
/// on: A, …, K" counts D.C. among the signers outside its list, so a release that lists
/// D.C. with the states finds nothing missing from it.
#[test]
fn a_place_named_beside_a_whole_list_is_not_missing_from_it() {
    let release = "Coalition sues over school funds\n\nThe lawsuit was announced on Monday. The coalition includes the attorneys general of Iowa, Ohio, Utah and the District of Columbia.\n";
    let newsletter =
        "School money suit\n\nThree states and D.C. signed on Monday: Iowa, Ohio and Utah.\n";
    let (code, r) = check_one_story(&[("release.txt", release), ("newsletter.txt", newsletter)]);
    assert_eq!(conflict_summaries(&r), Vec::<String>::new());
    assert_eq!(code, 0);
}

/// Story 188: where the suit was filed. A complaint's caption in capitals, a release's
/// "U.S. District Court for the District of Idaho" and a paper's "federal court in
/// Boise" put it in Idaho; a newsletter's "federal court in Cheyenne" puts it in
/// Wyoming. "A similar suit ... in Denver" tells of another suit, and a court that
/// ruled is no court a suit was filed in.
#[test]
fn the_court_a_suit_was_filed_in() {
    let complaint = "Case 1:27-cv-00101 Document 1 Filed 05/03/27\n\nUNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF IDAHO\n\nSTATE OF OHIO; STATE OF UTAH; and STATE OF IOWA,\n\nPlaintiffs,\n\nv.\n\nUNITED STATES DEPARTMENT OF THE INTERIOR,\n\nDefendant.\n\n1. Plaintiffs challenge the Department's freeze of grazing permits.\n";
    let release = "Ohio sues Interior over grazing permits\n\nMay 3, 2027\n\nThe lawsuit, filed today in the U.S. District Court for the District of Idaho, asks the court to lift the freeze.\n";
    let paper = "Three states sue Interior over grazing freeze\n\nMay 4, 2027\n\nOhio, Utah and Iowa sued the Interior Department on Monday in federal court in Boise over its freeze of grazing permits. A similar suit was filed in federal court in Denver in 2025. A federal court in Cheyenne ruled on a related case.\n";
    let newsletter = "The grazing suit\n\nMay 3, 2027\n\nTHE SUIT -- Three states sued Interior today in federal court in Cheyenne over the grazing freeze.\n";
    let (code, r) = check_one_story(&[
        ("complaint.txt", complaint),
        ("release.txt", release),
        ("paper.txt", paper),
        ("newsletter.txt", newsletter),
    ]);
    let conflicts = conflict_summaries(&r);
    assert_eq!(
        conflicts,
        [
            "complaint, paper and release put the suit in federal court in Idaho (\"FOR THE DISTRICT OF IDAHO\", \"federal court in Boise\", \"U.S. District Court for the District of Idaho\") where newsletter puts it in Wyoming (\"federal court in Cheyenne\")."
        ],
        "{conflicts:#?}"
    );
    assert_eq!(code, 1);
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements.iter().any(|a| a.starts_with(
            "complaint, paper and release agree the suit was filed in federal court in Idaho"
        )),
        "{agreements:#?}"
    );
    assert!(
        !summaries(&r, "single_source")
            .iter()
            .any(|s| s.contains("Colorado") || s.contains("Wyoming")),
        "{:#?}",
        summaries(&r, "single_source")
    );
}

/// Story 189 (a vehicle recall: a federal recall report, a maker's release, a car site's
/// Q&A, an owners' forum): the forum's "14,231 vehicles" against the release's
/// "approximately 142,000 vehicles" is one figure with a digit dropped, set side by side
/// though ten times apart; round figures ten times apart are two sets.
#[test]
fn a_count_with_a_digit_dropped_is_set_beside_the_others() {
    let release = "Pike Motors recalls SUVs\n\nFeb. 22, 2028 -- Pike Motors is voluntarily recalling approximately 142,000 vehicles to update camera software.\n";
    let forum = "r/PikeOwners\n\nRECALL IS OFFICIAL: backup camera, 14,231 vehicles\n\nMine went black three times.\n";
    let (_, r) = check_one_story(&[("release.txt", release), ("forum.txt", forum)]);
    let unsure = summaries(&r, "not_comparable");
    assert!(
        unsure.iter().any(|s| s.contains(
            "\"14,231 vehicles\" and \"approximately 142,000 vehicles\" may be one figure with a digit dropped or added"
        )),
        "{unsure:#?}"
    );
    let round = forum.replace("14,231", "14,000");
    let (_, r) = check_one_story(&[("release.txt", release), ("forum.txt", &round)]);
    assert_eq!(summaries(&r, "not_comparable"), Vec::<String>::new());
}

/// Story 190 (state broadband grants: a governor's release, a wire story, a news
/// conference transcript set line by line, a trade newsletter, a local paper with a
/// correction): a transcript with no blank line between its turns is still read turn by
/// turn, so the words an outlet credits to another speaker conflict with it.
#[test]
fn a_transcript_set_line_by_line_is_read_turn_by_turn() {
    let transcript = "TRANSCRIPT: News conference on clinics\nDalton, Ohio -- May 2, 2027\nMAYOR ANN LEE: Good morning. We are opening two clinics in Dalton this summer.\nQ: When does the first one open?\nDIRECTOR TOM HALE: The first opens in June.\n";
    let paper = "Dalton to open two clinics\n\n\"We are opening two clinics in Dalton this summer,\" said Tom Hale, the city's health director, on Tuesday.\n";
    let (_, r) = check_one_story(&[("transcript.txt", transcript), ("paper.txt", paper)]);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts
            .iter()
            .any(|c| c.contains("are Tom Hale's in paper and Ann Lee's in transcript")),
        "{conflicts:#?}"
    );
}

/// Story 190: a correction's note quotes the figure an earlier version got wrong; that
/// figure is no claim of the article.
#[test]
fn a_corrections_earlier_figure_is_no_claim() {
    let paper = "Pike County gets broadband money\n\nPike County will get $5.2 million in broadband grants, the state said Tuesday.\n\nCORRECTION: An earlier version of this story said Pike County would receive $2.5 million. It will receive $5.2 million.\n";
    let release = "Grants announced\n\nPike County will receive $5.2 million in broadband grants, Gov. Ann Lee said.\n";
    let (_, r) = check_one_story(&[("paper.txt", paper), ("release.txt", release)]);
    let all: Vec<String> = ["conflict", "single_source", "not_comparable"]
        .iter()
        .flat_map(|k| summaries(&r, k))
        .collect();
    assert!(!all.iter().any(|s| s.contains("2.5")), "{all:#?}");
    assert!(
        summaries(&r, "agreement")
            .iter()
            .any(|s| s.contains("$5.2 million")),
        "{:#?}",
        summaries(&r, "agreement")
    );
}

/// Story 191 (a school board votes to close three schools: the board's minutes with a
/// roll call, the district's letter to families, a paper, a parents' group post, a
/// student paper): the minutes' "Nays: Ortiz, Bell" against the paper's "Sarah Bell and
/// Dean Whitaker voted against the plan", both of one 5-2 vote, is a conflict both ways;
/// a vote cast does not grow with a later report.
#[test]
fn a_roll_call_in_minutes_and_a_papers_no_votes_conflict() {
    let minutes = "Pike County Board of Education minutes\n\nMonday, May 3, 2027\n\nMembers present: Ann Lee, Tom Hale, Bo Park, Ruth Cole, Dana Ortiz.\nMotion by Hale to close Adair Elementary.\nRoll call vote:\nAyes: Lee, Hale, Park\nNays: Cole, Ortiz\nMotion carried 3-2.\n";
    let paper = "Board votes to close Adair Elementary\n\nMay 4, 2027\n\nThe Pike County school board voted 3-2 Monday to close Adair Elementary. Board members Ruth Cole and Bo Park voted against the plan.\n";
    let (_, r) = check_one_story(&[("minutes.txt", minutes), ("paper.txt", paper)]);
    let conflicts = conflict_summaries(&r);
    for expected in [
        "Dana Ortiz is missing from paper's complete list of the no votes",
        "Bo Park is missing from minutes' complete list of the no votes",
    ] {
        assert!(
            conflicts.iter().any(|c| c.starts_with(expected)),
            "{expected}: {conflicts:#?}"
        );
    }
}

/// Story 198 (a water board raises rates: the board's minutes, a TV station's live
/// thread, two mayors' news conference transcript, an op-ed, a page of briefs): the
/// minutes' roll call made one single-source finding per director, and "Absent: None."
/// made "None" a person who stayed away.
#[test]
fn a_roll_call_only_one_article_gives_is_one_finding() {
    let minutes = "Pike County Water Board minutes\n\nMonday, May 3, 2027\n\nThe board held its regular meeting.\nPresent: Directors Lee, Hale, Park and Cole.\nAbsent: None.\nMotion carried 4-0.\n";
    let paper = "Water board raises rates\n\nThe Pike County water board voted 4-0 on Monday to raise rates 6 percent.\n";
    let (_, r) = check_one_story(&[("minutes.txt", minutes), ("paper.txt", paper)]);
    let alone: Vec<String> = summaries(&r, "single_source")
        .into_iter()
        .filter(|s| s.contains("the meeting ("))
        .collect();
    assert_eq!(
        alone,
        ["Only minutes says Lee, Hale, Park and Cole attended the meeting (\"Present\")."],
        "{alone:#?}"
    );
}

/// Story 200 (a special election's certification): a campaign's two-paragraph
/// statement, whose only strong feature is its quote, was a story of its own, though
/// the wire quotes a run from the middle of it. A thin article's quotes are read for
/// every run of six words.
#[test]
fn a_thin_statement_joins_the_story_that_quotes_its_middle() {
    let wire = "Pike County certifies House race\n\nDALTON (AP) — Pike County officials on Monday certified Democrat Ann Lee as the winner of the 4th District race by 412 votes.\n\nLee received 101,377 votes to Republican Tom Hale's 100,965, according to the certified results. Hale said in a statement that he would \"review every option, including a recount.\"\n";
    let release = "County certifies results\n\nThe Pike County Board of Canvassers on Monday certified Ann Lee the winner of the 4th District race, 101,377 to 100,965.\n\nLee received 101,377 votes and Tom Hale received 100,965 votes. \"Every lawful vote has been counted, and counted accurately,\" Clerk Bo Park said.\n";
    let statement = "STATEMENT FROM HALE FOR CONGRESS\n\nDalton — Tom Hale issued the following statement after Monday's certification:\n\n\"Voters deserve certainty after a race this close. We will review every option, including a recount. Every question deserves an answer.\"\n";
    let (_, r) = check(&[
        ("wire.txt", wire),
        ("release.txt", release),
        ("statement.txt", statement),
    ]);
    assert!(
        r["stories"].as_array().is_none_or(Vec::is_empty),
        "{}",
        r["stories"]
    );
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements.iter().any(|a| a.starts_with("Tom Hale's quote")),
        "{agreements:#?}"
    );
}

/// Story 201 (a walking study: a university's embargoed release, a health site with
/// "Key takeaways", a morning show's transcript, a skeptic's blog, the paper's
/// abstract): "Cardiologist Dr. Omar Little" was a speaker's whole name, and the
/// transcript's "ANAND (SOUNDBITE):" a speaker named Soundbite.
#[test]
fn a_profession_before_a_name_and_a_clips_cue_after_a_label_name_no_one() {
    let site = "Walks and hearts\n\nA study by Ann Lee found walkers had lower risk.\n\nCardiologist Dr. Tom Hale, who was not involved in the study, said the findings fit. \"It's observational, so it can't prove cause,\" he said.\n";
    let (_, r) = check_one_story(&[("site.txt", site)]);
    assert_eq!(speakers(&r), ["Tom Hale"]);
    let script = "Morning show\n\nANCHOR: A new study is out.\n\nWELLS: Researchers followed adults for ten years.\n\nLEE (SOUNDBITE): Walking is free, and it helps at any age.\n";
    let (_, r) = check_one_story(&[("script.txt", script)]);
    assert!(
        !speakers(&r).iter().any(|s| s.contains("Soundbite")),
        "{:?}",
        speakers(&r)
    );
}

#[test]
fn a_vague_count_against_a_figure_told_twice_is_one_conflict() {
    let status = "Pike Air Operational Update\n\nUPDATE 10:15 a.m. CT: Flights have resumed at all four of our hubs. We expect residual delays through the evening.\n\n\"We let our customers down today, and I am sorry,\" said Ann Lee, Pike Air's chief executive officer.\n\nCustomers whose flights were canceled may request a refund online.\n";
    let wire = "US airline Pike Air halts flights after scheduling glitch\n\nDALTON, 1 December (Northwire) - US carrier Pike Air cancelled more than 1,400 flights on Tuesday after a fault in its crew scheduling software forced a ground stop at its hubs.\n";
    let brief = "THE GATE — your morning aviation briefing\n\nTHE LEDE\nPike Air's crew-scheduling outage on Tuesday canceled 1,240 flights, roughly 38 percent of its schedule, and stranded crews at four hubs.\n\nBY THE NUMBERS\n1,240 — flights canceled\n4 — hubs affected\n";
    let (code, r) = check_one_story(&[
        ("brief.txt", brief),
        ("status.txt", status),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "wire says \"more than 1,400 flights\" (1,401 or more), which cannot be 1,240 as brief count."
        ]
    );
    // The same two counts are not also set side by side as perhaps two sets.
    assert_eq!(summaries(&r, "not_comparable"), Vec::<String>::new());
}

#[test]
fn a_rough_figure_told_by_two_outlets_and_its_swapped_digits_are_told_as_a_slip() {
    let explainer = "Spill update\n\nAbout 12,000 gallons of a coal-cleaning chemical leaked from a storage tank at the Pike Chemical terminal in Dalton on Sunday, state officials said.\n";
    let presser = "Briefing\n\nGOV. COLE: On Sunday morning, roughly 21,000 gallons of the chemical leaked into the river from a tank at the Pike terminal.\n";
    let wire = "Chemical leak taints water\n\nDALTON (AP) - Roughly 12,000 gallons escaped from a tank at the Pike Chemical terminal on Sunday, the state said.\n";
    let (_, r) = check_one_story(&[
        ("explainer.txt", explainer),
        ("presser.txt", presser),
        ("wire.txt", wire),
    ]);
    // Three figures, two of them one: 12,000 and 21,000 are still the two read.
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "explainer, presser and wire give different rough counts, which may all be right: \"About 12,000 gallons\" (explainer), \"roughly 21,000 gallons\" (presser), \"Roughly 12,000 gallons\" (wire); 12,000 and 21,000 have the same digits, two swapped: one may be mistyped."
        ]
    );
}

/// Story 206: a county board's tax deal told by its minutes, a paper and a podcast's
/// show notes. One section of a state code is cited with two digits swapped; a plural
/// title before two names gives each the title of one; a guest on the show is the
/// speaker, not "Guest".
#[test]
fn a_code_section_with_two_digits_swapped_and_a_plural_title() {
    let minutes = "PIKE COUNTY BOARD OF SUPERVISORS\nMINUTES OF THE REGULAR MEETING\n\nPresent: Chair Ann Lee, Supervisor Ivo Brandt\nAbsent: Supervisor Tom Hale, Supervisor Bo Park\n\nStaff presented the proposed performance agreement under Va. Code § 58.1-3221 to cut the machinery and tools tax.\n";
    let paper = "Deal clears board\n\nThe agreement, made under Va. Code § 58.1-3212, trims the machinery and tools tax on the campus.\n\nSupervisors Tom Hale and Bo Park boycotted the meeting.\n";
    let notes = "Episode 88: The vote\n\nGuest Ivo Brandt said on the show: \"I voted yes because jobs are families.\"\n";
    let (_, r) = check_one_story(&[
        ("minutes.txt", minutes),
        ("notes.txt", notes),
        ("paper.txt", paper),
    ]);
    assert_eq!(
        summaries(&r, "not_comparable"),
        [
            "paper cites Virginia Code 58.1-3212 and minutes cites Virginia Code 58.1-3221, in the same words around them; the same digits with two swapped: one may be miscited."
        ]
    );
    assert_eq!(speakers(&r), ["Ivo Brandt"]);
    // The roll call and the boycott agree that both stayed away.
    let agreements = summaries(&r, "agreement");
    assert!(
        agreements
            .iter()
            .any(|s| s.starts_with("Tom Hale: ") && s.contains("minutes")),
        "{agreements:#?}"
    );
    assert!(
        agreements.contains(&"minutes and paper give Tom Hale's title as supervisor (\"Supervisor Tom Hale\", \"Supervisors Tom Hale\").".to_string()),
        "{agreements:#?}"
    );
}

/// Story 207: states suing over a rule, told by a litigation tracker whose fields sit
/// one to a line ("Plaintiffs (7): CA, CO, ..."), an explainer's complete list and a
/// TV page that names two states "among" the counted set. The tracker's line is read
/// on its own, so its postal codes make a list; the TV page's count ties its two
/// states to the complete lists of that many, and the state no list has is named.
#[test]
fn a_trackers_field_lines_and_a_partial_list_tied_by_its_count() {
    let tracker = "THE DOCKET WATCH | Weekly litigation tracker\n\nNEW FILINGS\n\nState of Nevada et al. v. U.S. Department of Agriculture\nClaim: APA, 5 U.S.C. 706; challenges the community eligibility rule for school meals\nPlaintiffs (8): AZ, NV, NM, UT, ID, MT, WY, RI\nLead counsel: Nevada AG Ivo Brandt\n";
    let explainer = "What to know about the lawsuit\n\nWho is suing?\nSeven attorneys general. The states are Arizona, Nevada, New Mexico, Utah, Idaho, Montana and Wyoming.\n";
    let tv = "Two states join lunch lawsuit\n\nPHOENIX (KXYZ) - Arizona and Kansas are among seven states suing the federal government over free school meals.\n\nWatch KXYZ News at 10 weeknights.\n";
    let (code, r) = check_one_story(&[
        ("explainer.txt", explainer),
        ("tracker.txt", tracker),
        ("tv.txt", tv),
    ]);
    assert_eq!(code, 1);
    assert_eq!(
        conflict_summaries(&r),
        [
            "tv names the State of Kansas among the states, but no complete list does (checked: explainer and tracker).",
            "State of Rhode Island is missing from explainer's complete list of the states; the complete list of tracker includes it."
        ]
    );
    let singles = summaries(&r, "single_source");
    assert!(
        !singles.iter().any(|s| s.contains("weeknights")),
        "{singles:#?}"
    );
}

/// Story 208: a summit of governors told by a newsletter's bullets, a Canadian outlet
/// and a wire. One says the host governor opened the summit; the others that he sent
/// his deputy, or skipped it.
#[test]
fn a_host_who_opened_a_summit_against_one_who_skipped_it() {
    let newsletter = "## Lakes Weekly\n\n**Summit recap.** Eight governors met in Dalton on Thursday and signed a water pledge.\n\n**Who came, who didn't:**\n- Pike Gov. Ivo Brandt sent Lt. Gov. Tom Hale in his place.\n- Gov. Ann Lee chaired the closing session.\n";
    let canada = "Premier signs water pledge\n\nTORONTO - A premier signed a water pledge Thursday at a summit in Dalton attended by seven governors.\n\nPike Gov. Ivo Brandt, the host, opened the summit with a call for a joint fund.\n";
    let wire = "Leaders pledge to block diversions\n\nDALTON (Lakes Wire) - Governors of eight states pledged Thursday to oppose water diversions.\n\nPike Gov. Ivo Brandt skipped the summit to tour storm damage, sending Lt. Gov. Tom Hale.\n";
    let (code, r) = check_one_story(&[
        ("canada.txt", canada),
        ("newsletter.txt", newsletter),
        ("wire.txt", wire),
    ]);
    assert_eq!(code, 1);
    let conflicts = conflict_summaries(&r);
    assert!(
        conflicts.contains(&"Ivo Brandt is said to have attended in canada (\"opened the summit\"), but stayed away in newsletter and wire (\"sent … in his place\", \"skipped\").".to_string()),
        "{conflicts:#?}"
    );
}
