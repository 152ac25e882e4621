"""Families of phrasings in real public prose, one invented sentence each (real spaCy model):
appointments, pronouns, short forms and joint names, roles after a name, hometowns."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.extract.short_forms import short_form_of
from tests.test_extract import ents, pairs, summary

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # honours between the name and its role
            "Harry Colbeck OBE, Chief Executive of the Care Quality Commission, welcomed it.",
            ("Harry Colbeck", "Care Quality Commission"),
        ),
        (  # a pronoun opening a sentence stands for the last sentence's first person
            "Tamsin Okafor will take over from the current chief executive Rhona Bell in May. "
            "He is currently the chief executive at Great Western Hospitals NHS Foundation "
            "Trust.",
            ("Tamsin Okafor", "Great Western Hospitals NHS Foundation Trust"),
        ),
        (
            "In West Yorkshire, Carys Elwood has been appointed chair designate. She has been "
            "chair of Bradford District Care NHS Foundation Trust since 2019.",
            ("Carys Elwood", "Bradford District Care NHS Foundation Trust"),
        ),
        (  # an organisation appoints someone, a former post in between
            "Worcestershire Acute Hospitals NHS Trust has appointed former NHS chief executive "
            "Sir Rhodri Vance as its new chair.",
            ("Rhodri Vance", "Worcestershire Acute Hospitals NHS Trust"),
        ),
        (
            "Mid Essex Hospital Services NHS Trust have confirmed the appointment of Nerys "
            "Callow CBE, as chairman of the trust.",
            ("Nerys Callow", "Mid Essex Hospital Services NHS Trust"),
        ),
        (  # an appointment announced, then the person named
            "Gloucestershire Hospitals NHS Foundation Trust has announced the appointment of a "
            "new chief executive. Kelvin Marsh will take over the role in March.",
            ("Kelvin Marsh", "Gloucestershire Hospitals NHS Foundation Trust"),
        ),
        (  # "P, currently O's R" and "P, currently O R"
            "South West – Elowen Pascoe, currently NHS England’s chief financial officer.",
            ("Elowen Pascoe", "NHS England"),
        ),
        (
            "East of England – Ann Brayford, currently Kingston Hospital NHS Foundation Trust "
            "chief executive.",
            ("Ann Brayford", "Kingston Hospital NHS Foundation Trust"),
        ),
        (  # a role about to be taken up or kept
            "Wynn Tarrant is expected to take up his post as chief executive of Nottingham "
            "University Hospitals NHS Trust in the autumn.",
            ("Wynn Tarrant", "Nottingham University Hospitals NHS Trust"),
        ),
        (
            "Sir Alun Pryce will retain his role as chairman of Worcestershire Acute Hospitals "
            "NHS Trust.",
            ("Alun Pryce", "Worcestershire Acute Hospitals NHS Trust"),
        ),
        (  # two roles joined by "and"
            "Bill Hargreave, currently deputy vice chancellor at Bradford University and chair "
            "of Bradford Teaching Hospitals NHS Foundation Trust, spoke first.",
            ("Bill Hargreave", "Bradford Teaching Hospitals NHS Foundation Trust"),
        ),
        (  # two places joined by "and" name one body
            "Sue Tremayne, chair of York and Scarborough Teaching Hospitals NHS Foundation "
            "Trust, is set to chair the board.",
            ("Sue Tremayne", "York and Scarborough Teaching Hospitals NHS Foundation Trust"),
        ),
        (  # a job title with a hyphen after the organisation
            "GCU Principal and Vice-Chancellor Professor Petra Gillan will give the welcome.",
            ("Petra Gillan", "GCU"),
        ),
        (  # "the trust" among several: the one the piece opens with
            "Kestrel Vale NHS Trust has a new chair. Its partners include Harbour Bay NHS "
            "Foundation Trust. The chief executive of the trust, Clare Pennant, said it was good.",
            ("Clare Pennant", "Kestrel Vale NHS Trust"),
        ),
        (
            "Sherwood Vale Hospitals Trust runs two hospitals. Richard Mitten will join the "
            "Trust in May.",
            ("Richard Mitten", "Sherwood Vale Hospitals Trust"),
        ),
        (  # an apposition, then an appointment
            "Angela Fosse, the current chief executive of Healthcare Improvement Scotland, has "
            "been appointed interim chief executive of NHS 24.",
            ("Angela Fosse", "NHS 24"),
        ),
        (  # a role and a body with no preposition
            "Anne Gould, Director RCN Northern Ireland, spoke first.",
            ("Anne Gould", "RCN"),
        ),
        (
            "Chief Executive Officer of Kinara Wellbeing, Jane Hume said the plan was late.",
            ("Jane Hume", "Kinara Wellbeing"),
        ),
        (
            "Dr Dale Blum is President of the Commonwealth Fund, a Foundation based in New York.",
            ("Dale Blum", "Commonwealth Fund"),
        ),
        (
            "Sir Richard Leeson has been confirmed as chair. He has led Manchester City Council "
            "for 25 years.",
            ("Richard Leeson", "Manchester City Council"),
        ),
        (  # several people "as members of the Board": the board the piece is about
            "Cwm Taf Morgannwg University Health Board needs support. It will come from Gethin "
            "Wynne, Karys Bell and Rhian Ifans as interim independent members of the Board "
            "with more to follow.",
            ("Gethin Wynne", "Cwm Taf Morgannwg University Health Board"),
        ),
        (  # staff of a body said to have won, then each winner named
            "Six members of staff from the Western Health and Social Care Trust have won "
            "awards. Dawn Fergal, from Banbridge, won the Leadership Award. Nathan Wier was "
            "runner-up in the Rising Star Award.",
            ("Nathan Wier", "Western Health and Social Care Trust"),
        ),
        (  # a portfolio in lower case after "O's", then the person
            "Leeds City Council's cabinet member for adult social care, Cllr Fenella Vane, "
            "welcomed it.",
            ("Fenella Vane", "Leeds City Council"),
        ),
        (  # speaking for a body
            "Speaking for the Royal College of Nursing, Pat Cullinan said pay was too low.",
            ("Pat Cullinan", "Royal College of Nursing"),
        ),
        (  # a long appointment phrase after an apposition
            "Dr Fenella Vane, President of the Royal College of Radiologists, has been elected "
            "as one of three new Vice Chairs of the Academy of Medical Royal Colleges.",
            ("Fenella Vane", "Academy of Medical Royal Colleges"),
        ),
        (  # a body's own council is the body
            "The Royal College of Nursing (RCN) met today. Orla Penhale, who chairs the RCN "
            "Council, said the vote was clear.",
            ("Orla Penhale", "RCN"),  # the claims then give RCN its defined full name
        ),
        (  # a post about to start: the verb's base form
            "Marisol Penhale will lead Cardiff and Vale University Health Board from May.",
            ("Marisol Penhale", "Cardiff and Vale University Health Board"),
        ),
        (  # the one a successor follows holds the post they take
            "Westbay Hospital NHS Trust has appointed Sir Alun Pryce as its new chair. He "
            "succeeds Emrys Calloway who is retiring after three terms.",
            ("Emrys Calloway", "Westbay Hospital NHS Trust"),
        ),
        (
            "Cardiff and Vale University Health Board has appointed Marisol Penhale as chief "
            "executive. She will take over from the current leader Idris Vantongeren in May.",
            ("Idris Vantongeren", "Cardiff and Vale University Health Board"),
        ),
        (  # "the Academy": the only academy of the piece
            "Westbay Academy of Medical Sciences has elected a new fellow. Professor Idris "
            "Vantongeren, Chair of the Academy, said the fellowship was growing.",
            ("Idris Vantongeren", "Westbay Academy of Medical Sciences"),
        ),
    ],
)
def test_affiliations_families(extractor: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Tamsin Okafor spoke first. She has a long record of leading change within the NHS.",
            ("Tamsin Okafor", "NHS"),
        ),
        (
            "The NHS trust that runs the city's hospitals has appointed a new chief executive. "
            "Kelvin Marsh is currently at the county council.",
            ("Kelvin Marsh", "NHS"),
        ),
        (
            "Worcestershire Acute Hospitals NHS Trust has appointed former NHS chief executive "
            "Sir Rhodri Vance as its new chair.",
            ("Rhodri Vance", "NHS"),
        ),
        ("Sharon Keel from Conlig won the leadership award.", ("Sharon Keel", "Conlig")),
        (  # the successor's own employer is not the post taken over
            "New president named\n\nProfessor Idris Vantongeren, a senior fellow at the King's "
            "Fund, will take over from current president, Dr Orla Penhale, in May.",
            ("Orla Penhale", "King's Fund"),
        ),
        (  # a predecessor marked as past
            "Eastmere Hospice has appointed Marisol Penhale as chair. She succeeds the former "
            "chair Idris Vantongeren.",
            ("Idris Vantongeren", "Eastmere Hospice"),
        ),
        (  # the one who appoints
            "Carol Wilkes has been appointed by Neil Gow, the Cabinet Secretary for Health, as "
            "the Interim Chair of NHS Tayside.",
            ("Neil Gow", "NHS Tayside"),
        ),
        (  # "our" with no body of its own named before
            "Our Chief Executive Dr Jenna Dix spoke with Dr Dan Blum, President of the "
            "Commonwealth Fund.",
            ("Jenna Dix", "Commonwealth Fund"),
        ),
        ("NHS Fife's patients, Jo Bellamy and Al Dee, said it helped.", ("Jo Bellamy", "NHS Fife")),
    ],
)
def test_affiliations_families_not(extractor: Any, text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in pairs(extractor, text)


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Sharon Keel from Conlig won the leadership award.", "Conlig"),
        ("It was a role for the Hindley-based charity.", "Hindley"),
        ("Neil Grantham, the Cabinet Secretary for Health, spoke.", "Cabinet"),
        ("NHS Trust names new chairman", "NHS Trust"),
        ("They joined the Board with Further appointments to follow.", "Board with Further"),
        ("For interviews, contact the Press and Public Affairs team.", "Press and Public Affairs"),
        (
            "She is Dean at Brown University in Providence, Rhode Island.",
            "Brown University in Providence",
        ),
    ],
)
def test_entities_not_organisations(extractor: Any, text: str, junk: str) -> None:
    assert junk not in ents(extractor, text, "ORG")


@pytest.mark.parametrize(
    "text, org",
    [
        ("The Health Care Support Worker Award was sponsored by the DHSSPS.", "DHSSPS"),
        ("Evelyn is also Depute Chair of Fife College, she said.", "Fife College"),
        (
            "Ash Jhala is Dean of the School of Public Health at Brown University.",
            "Brown University",
        ),
        ("Alwen Rhys, Interim CEO of the North Wales CJC / Portfolio Director", "North Wales CJC"),
    ],
)
def test_entities_organisation_cut_from_a_longer_span(extractor: Any, text: str, org: str) -> None:
    assert org in ents(extractor, text, "ORG")


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Professor Ash Jhala is currently Dean of the School of Public Health.", "Dean"),
        ("It was supported by Niamh (Northern Ireland Association for Mental Health).", "Niamh"),
        ("The meeting was at Douglas Tilbe House, Hall Grove, Welwyn.", "Douglas Tilbe House"),
        ("The meeting was at Douglas Tilbe House, Hall Grove, Welwyn.", "Hall Grove"),
        ("Service visited: Discharge Lounge, Cumberland Infirmary, Carlisle", "Discharge Lounge"),
        (
            "Service visited: Discharge Lounge, Cumberland Infirmary, Carlisle",
            "Cumberland Infirmary",
        ),
    ],
)
def test_entities_not_persons(extractor: Any, text: str, junk: str) -> None:
    assert junk not in ents(extractor, text, "PERSON")


def test_entities_role_words_are_not_a_person(extractor: Any) -> None:
    text = "Mairi Gunnell has been appointed Interim Chair of Healthcare Improvement Scotland."
    assert "Interim Chair" not in ents(extractor, text, "PERSON")


@pytest.mark.parametrize(
    "text, full, short",
    [
        (
            "Kestrel Valley Hospitals NHS Trust opened a ward. Staff at Kestrel Valley Hospitals "
            "were pleased.",
            "Kestrel Valley Hospitals NHS Trust",
            "Kestrel Valley Hospitals",
        ),
        (
            "The Western Health and Social Care Trust agreed. Aoife Dunne, a nurse in the "
            "Western Trust, said so.",
            "Western Health and Social Care Trust",
            "Western Trust",
        ),
    ],
)
def test_short_forms_join_the_full_name(extractor: Any, text: str, full: str, short: str) -> None:
    found = summary(extractor, text)
    assert full in found["organisations"]
    assert short not in found["organisations"]


@pytest.mark.parametrize(
    "name, others, expected",
    [
        ("KEMP", ["KEMP Hospice"], "KEMP Hospice"),
        (
            "Healthwatch Lancashire",
            ["Healthwatch Lancashire Limited"],
            "Healthwatch Lancashire Limited",
        ),
        ("NHS", ["NHS Fife", "NHS Tayside"], None),
        (
            "Guy's and St Thomas'",
            ["Guy's and St Thomas' Foundation", "Guy's and St Thomas' NHS Foundation Trust"],
            None,
        ),
        ("Department of Health", ["Department of Health and Social Care"], None),
        (  # words and initials mixed
            "Eastmere and Vale UHB",
            ["Eastmere and Vale University Health Board", "Eastmere Council"],
            "Eastmere and Vale University Health Board",
        ),
        (
            "NLR ICB",
            ["Northmoor, Lowfield and Ryeshire Integrated Care Board", "Northmoor Council"],
            "Northmoor, Lowfield and Ryeshire Integrated Care Board",
        ),
        ("Eastmere ICB", ["Eastmere Integrated Care Board Trust"], None),  # must cover it all
        (
            "St Brannock",
            ["St Brannock's Hospice"],
            "St Brannock's Hospice",
        ),  # "St Brannock's board"
    ],
)
def test_short_forms_rule(name: str, others: list[str], expected: str | None) -> None:
    assert short_form_of(name, others) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four nurses won at the RCN Northern Ireland Nurse of the Year Awards 2014.",
        "Anne Gould, Director RCN Northern Ireland, spoke first.",
        "Former English teacher Pauline Pike said it was good.",
    ],
)
def test_entities_nation_inside_another_name(extractor: Any, text: str) -> None:
    assert not ents(extractor, text, "NATION")


def test_short_forms_undefined_initials(extractor: Any) -> None:
    text = "Jo Banks works at the World Health Organization. WHO staff were pleased."
    assert summary(extractor, text)["organisations"] == ["World Health Organization"]


def test_entities_surname_with_a_curly_apostrophe(extractor: Any) -> None:
    text = "South West – Elizabeth O’Mahoney, currently NHS Improvement’s finance director."
    assert "Elizabeth O’Mahoney" in ents(extractor, text, "PERSON")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Finalists\n\nMorag Keillan\n\nAdvanced Nurse Practitioner, NHS Lanarkshire\n",
            {("Morag Keillan", "NHS Lanarkshire")},
        ),
        (  # a past role, and a sentence, give nothing
            "Speakers\n\nDerek Olleran\nFormer chief executive, NHS Fife\n\nAnna Bree\n"
            "NHS Tayside said the pilot had worked well.\n",
            set(),
        ),
    ],
)
def test_affiliations_name_line_then_role_line(
    extractor: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(extractor, text) == expected


def test_entities_two_given_names_and_a_surname(extractor: Any) -> None:
    text = "KHPeople: Prof Dame Anne Marie Raffan CBE"
    assert "Anne Marie Raffan" in ents(extractor, text, "PERSON")


def test_affiliations_profile_titled_with_the_writer(extractor: Any) -> None:
    text = (
        "Meet the team: Dr Orla Brannagh\n\nWhat do you do?\n\nI am a consultant "
        "geriatrician at Antrim Area Hospital.\n"
    )
    assert ("Orla Brannagh", "Antrim Area Hospital") in pairs(extractor, text)


JOINING = (
    "Four new trustees were elected to the board of St Elowen Hospice last week. They were "
    "chosen in March. Dr Orla Penhale, GP partner at Westbay Surgery; Idris Vantongeren, "
    "editor of the Northvale Post; Bram Okonjo, a nurse, and Keziah Durrant, a volunteer, "
    "were chosen from 20 candidates and will join the other trustees on the board."
)


def test_affiliations_joining_list_places_each_at_the_board_body(extractor: Any) -> None:
    found = pairs(extractor, JOINING)
    for person in ("Orla Penhale", "Idris Vantongeren", "Bram Okonjo", "Keziah Durrant"):
        assert (person, "St Elowen Hospice") in found


def test_affiliations_joining_list_needs_a_joining_verb(extractor: Any) -> None:
    text = JOINING.replace("were chosen from", "spoke to").replace(
        "will join the other trustees on the board", "thanked them"
    )
    assert ("Idris Vantongeren", "St Elowen Hospice") not in pairs(extractor, text)
