"""The people-list parser: line shapes, names, roles that are not organisations, lines that are
not people lines, tables, footnote affiliations (no spaCy model; every person is invented)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.reference.gazetteer import Gazetteer, load_gazetteer
from graph.reference.names import clean_person, name_words
from ingest.extract.people_lists import (
    PersonEntry,
    footnote_affiliations,
    parse_people,
    parse_people_table,
    people_share,
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def described(entries: list[PersonEntry]) -> str:
    """ "Name | Role | Org1 + Org2 // Name | Role | Org": each entry, as the cases write them."""
    return " // ".join(f"{e.name} | {e.role} | {' + '.join(e.organisations)}" for e in entries)


FIFE = ("NHS Fife",)

SHAPES = [
    # name first
    (
        "Aileen Murray – Head of Quality Improvement, NHS Fife",
        "Aileen Murray | Head of Quality Improvement | NHS Fife",
    ),
    ("Aileen Murray - NHS Fife", "Aileen Murray |  | NHS Fife"),
    ("Aileen Murray  -  NHS Fife", "Aileen Murray |  | NHS Fife"),
    ("Aileen Murray — Charge Nurse — NHS Fife", "Aileen Murray | Charge Nurse | NHS Fife"),
    (
        "Aileen Murray: Peer Support Worker, Scottish Recovery Network",
        "Aileen Murray | Peer Support Worker | Scottish Recovery Network",
    ),
    (
        "Aileen Murray, Senior Lecturer, University of Stirling",
        "Aileen Murray | Senior Lecturer | University of Stirling",
    ),
    ("Aileen Murray, NHS Fife", "Aileen Murray |  | NHS Fife"),
    ("Aileen Murray (NHS Fife)", "Aileen Murray |  | NHS Fife"),
    ("Aileen Murray (Charge Nurse, NHS Lothian)", "Aileen Murray | Charge Nurse | NHS Lothian"),
    (
        "Aileen Murray, Programme Manager at Healthcare Improvement Scotland",
        "Aileen Murray | Programme Manager | Healthcare Improvement Scotland",
    ),
    (
        "Aileen Murray, improvement adviser with NHS Lanarkshire",
        "Aileen Murray | improvement adviser | NHS Lanarkshire",
    ),
    (
        "Aileen Murray | Practice Manager | Portree Medical Centre",
        "Aileen Murray | Practice Manager | Portree Medical Centre",
    ),
    (
        "Aileen Murray, Chief Executive of Healthwatch Fife",
        "Aileen Murray | Chief Executive | Healthwatch Fife",
    ),
    ("- Aileen Murray – GP, NHS Fife", "Aileen Murray | GP | NHS Fife"),
    ("• Aileen Murray, GP, NHS Fife.", "Aileen Murray | GP | NHS Fife"),
    (
        "3. Media enquiries: Aileen Murray, communications officer, NHS Fife.",
        "Aileen Murray | communications officer | NHS Fife",
    ),
    ("Aileen Murray -- GP, NHS Fife", "Aileen Murray | GP | NHS Fife"),
    ("Aileen Murray − GP, NHS Fife", "Aileen Murray | GP | NHS Fife"),
    ("Aileen Murray\tGP\tNHS Fife", "Aileen Murray | GP | NHS Fife"),
    (
        "Aileen Murray      Head of Quality      NHS Fife",
        "Aileen Murray | Head of Quality | NHS Fife",
    ),
    ("Aileen Murray\nChief Executive\nNHS Fife", "Aileen Murray | Chief Executive | NHS Fife"),
    ("Aileen Murray – Lead Nurse – NHS Borders", "Aileen Murray | Lead Nurse | NHS Borders"),
    (
        "Aileen Murray (Peer Support Worker) – NHS Lothian",
        "Aileen Murray | Peer Support Worker | NHS Lothian",
    ),
    ("Aileen Murray (she/her), Peer Lead, See Me", "Aileen Murray | Peer Lead | See Me"),
    ("Aileen Murray, Chief Executive NHS Fife", "Aileen Murray | Chief Executive | NHS Fife"),
    (
        "Aileen Murray, Director of Nursing NHS Lothian",
        "Aileen Murray | Director of Nursing | NHS Lothian",
    ),
    (
        "Aileen Murray, GP Partner, Riverside Medical Practice, Dundee",
        "Aileen Murray | GP Partner | Riverside Medical Practice",
    ),
    (
        "Lynn Harker, Programme Lead, NHS Fife. Tel: 01592 123456",
        "Lynn Harker | Programme Lead | NHS Fife",
    ),
    # role first
    ("Chief Executive, NHS Fife: Aileen Murray", "Aileen Murray | Chief Executive | NHS Fife"),
    ("Chief Executive – Aileen Murray", "Aileen Murray | Chief Executive | "),
    ("Chair: Aileen Murray (NHS Fife)", "Aileen Murray | Chair | NHS Fife"),
    ("Vice Chair: Tomasz Nowak", "Tomasz Nowak | Vice Chair | "),
    (
        "Co-chairs: Aileen Murray (NHS Fife) and Tomasz Nowak (University of Stirling)",
        "Aileen Murray | Co-chair | NHS Fife // Tomasz Nowak | Co-chair | University of Stirling",
    ),
    (
        "Session chair: Dr Eilidh Grant, Associate Medical Director, NHS Tayside",
        "Eilidh Grant | Associate Medical Director | NHS Tayside",
    ),
    ("Note taker: Tomasz Nowak", "Tomasz Nowak | Note taker | "),
    ("Head of Improvement: Aileen Murray", "Aileen Murray | Head of Improvement | "),
    (
        "Programme Manager – Tomasz Nowak (Healthcare Improvement Scotland)",
        "Tomasz Nowak | Programme Manager | Healthcare Improvement Scotland",
    ),
    ("Chair – Dr Aileen Murray, NHS Fife", "Aileen Murray | Chair | NHS Fife"),
    (
        "Clinical lead, Scottish Patient Safety Programme: Dr Eilidh Grant",
        "Eilidh Grant | Clinical lead, Scottish Patient Safety Programme | ",
    ),
    (
        "Joint chairs: Aileen Murray and Tomasz Nowak",
        "Aileen Murray | Joint chair |  // Tomasz Nowak | Joint chair | ",
    ),
    # titles, honours and post-nominals
    ("Dr Aileen Murray MBE, NHS Fife", "Aileen Murray |  | NHS Fife"),
    ("Professor Tomasz Nowak FRCP", "Tomasz Nowak |  | "),
    ("Cllr Bethan Rees", "Bethan Rees |  | "),
    ("Aileen Murray OBE (chair)", "Aileen Murray | chair | "),
    ("The Rt Hon Aileen Murray MSP", "Aileen Murray |  | "),
    (
        "Professor Sir Tomasz Nowak CBE FRCPsych, King's College London",
        "Tomasz Nowak |  | King's College London",
    ),
    (
        "Aileen Murray, OBE, Chair, Scottish Recovery Network",
        "Aileen Murray | Chair | Scottish Recovery Network",
    ),
    ("Mr Peter Garside, Non-Executive Director", "Peter Garside | Non-Executive Director | "),
    ("Dr Patel, Consultant Geriatrician", "Patel | Consultant Geriatrician | "),
    # particles, hyphens, apostrophes; initials; surname first; citations; capitals
    ("Áine Ní Bhriain, Public Health Agency", "Áine Ní Bhriain |  | Public Health Agency"),
    ("Siobhán O'Neill – Peer Worker, Mindwise", "Siobhán O'Neill | Peer Worker | Mindwise"),
    ("Chidi Ndubuisi-Okoroezi, GP, NHS Lothian", "Chidi Ndubuisi-Okoroezi | GP | NHS Lothian"),
    (
        "Seán Mac an tSaoir (Western Health and Social Care Trust)",
        "Seán Mac an tSaoir |  | Western Health and Social Care Trust",
    ),
    (
        "Pieter van der Berg, Research Fellow, University of Edinburgh",
        "Pieter van der Berg | Research Fellow | University of Edinburgh",
    ),
    ("A. Murray, NHS Fife", "A. Murray |  | NHS Fife"),
    ("Mr R Ellison, Director of Finance", "R Ellison | Director of Finance | "),
    ("J. K. Lewis (Cardiff University)", "J. K. Lewis |  | Cardiff University"),
    ("J.K. Lewis, Cardiff University", "J.K. Lewis |  | Cardiff University"),
    ("Murray, Aileen", "Aileen Murray |  | "),
    ("Murray, Aileen; Nowak, Tomasz", "Aileen Murray |  |  // Tomasz Nowak |  | "),
    ("Smith J, Jones AB, Patel R.", "J Smith |  |  // AB Jones |  |  // R. Patel |  | "),
    ("AILEEN MURRAY", "Aileen Murray |  | "),
    ("AILEEN MURRAY, NHS FIFE", "Aileen Murray |  | NHS FIFE"),
    ("Professor Dame Aileen Murray DBE FRSE", "Aileen Murray |  | "),
    ("Aileen Murray, MSc, RMN – Mental Health Nurse", "Aileen Murray | Mental Health Nurse | "),
    ("Aileen McAllister-O'Hara, NHS 24", "Aileen McAllister-O'Hara |  | NHS 24"),
    ("O'Neill, Siobhán", "Siobhán O'Neill |  | "),
    (
        "Murray AM, Nowak T and Grant E (2023)",
        "AM Murray |  |  // T Nowak |  |  // E Grant |  | ",
    ),
    # several people in one line
    (
        "Aileen Murray, Tomasz Nowak and Eilidh Grant (Healthcare Improvement Scotland)",
        (
            "Aileen Murray |  | Healthcare Improvement Scotland // Tomasz Nowak |  | Healthcare "
            "Improvement Scotland // Eilidh Grant |  | Healthcare Improvement Scotland"
        ),
    ),
    (
        "Aileen Murray (NHS Fife) and Tomasz Nowak (University of Stirling)",
        "Aileen Murray |  | NHS Fife // Tomasz Nowak |  | University of Stirling",
    ),
    (
        "Aileen Murray; Tomasz Nowak; Eilidh Grant",
        "Aileen Murray |  |  // Tomasz Nowak |  |  // Eilidh Grant |  | ",
    ),
    (
        "Aileen Murray and Tomasz Nowak from Carers Trust Scotland",
        "Aileen Murray |  | Carers Trust Scotland // Tomasz Nowak |  | Carers Trust Scotland",
    ),
    ("By Aileen Murray and Tomasz Nowak", "Aileen Murray |  |  // Tomasz Nowak |  | "),
    (
        "Facilitated by Eilidh Grant and Jamie Brodie (NHS Forth Valley)",
        "Eilidh Grant |  | NHS Forth Valley // Jamie Brodie |  | NHS Forth Valley",
    ),
    (
        "Dr Calum Baird and Dr Isla Fraser (NHS Highland) – GPs in Wester Ross",
        (
            "Calum Baird | GPs in Wester Ross | NHS Highland // Isla Fraser | GPs in Wester Ross "
            "| NHS Highland"
        ),
    ),
    (
        (
            "Authors: Aileen Murray – Senior Fellow, Nuffield Trust; Tomasz Nowak – Policy "
            "Adviser, Royal College of Nursing (RCN); and Eilidh Grant, Research Associate, "
            "Institute for Employment Studies."
        ),
        (
            "Aileen Murray | Senior Fellow | Nuffield Trust // Tomasz Nowak | Policy Adviser | "
            "Royal College of Nursing // Eilidh Grant | Research Associate | Institute for "
            "Employment Studies"
        ),
    ),
    (
        (
            "Aileen Murray – Senior Fellow, Nuffield Trust, and Tomasz Nowak – Policy Adviser, "
            "King's Fund"
        ),
        (
            "Aileen Murray | Senior Fellow | Nuffield Trust // Tomasz Nowak | Policy Adviser | "
            "King's Fund"
        ),
    ),
    (
        "Apologies: Mr Peter Garside, Non-Executive Director; Cllr Nadia Mir (Fife Council)",
        "Peter Garside | Non-Executive Director |  // Nadia Mir |  | Fife Council",
    ),
    (
        "Aileen Murray and Tomasz Nowak, both of NHS Fife",
        "Aileen Murray |  | NHS Fife // Tomasz Nowak |  | NHS Fife",
    ),
    ("Written by Aileen Murray with Tomasz Nowak", "Aileen Murray |  |  // Tomasz Nowak |  | "),
    ("Aileen Murray with NHS Fife", "Aileen Murray |  | NHS Fife"),
    (
        "Aileen Murray & Tomasz Nowak (NHS Fife)",
        "Aileen Murray |  | NHS Fife // Tomasz Nowak |  | NHS Fife",
    ),
    (
        "With thanks to Aileen Murray (NHS Fife), Tomasz Nowak and Eilidh Grant (NHS 24).",
        "Aileen Murray |  | NHS Fife // Tomasz Nowak |  | NHS 24 // Eilidh Grant |  | NHS 24",
    ),
    # a name, then an organisation with no separator
    (
        "Matthew Roberts Lancashire and South Cumbria NHS Foundation Trust",
        "Matthew Roberts |  | Lancashire and South Cumbria NHS Foundation Trust",
    ),
    ("Aileen Murray NHS Fife", "Aileen Murray |  | NHS Fife"),
    # organisations with commas, and, &, digits, apostrophes
    (
        (
            "Kevin Doyle – Peer Support Worker, Cumbria, Northumberland, Tyne and Wear NHS "
            "Foundation Trust"
        ),
        (
            "Kevin Doyle | Peer Support Worker | Cumbria, Northumberland, Tyne and Wear NHS "
            "Foundation Trust"
        ),
    ),
    (
        "Aileen Murray, Rotherham, Doncaster and South Humber NHS Foundation Trust",
        "Aileen Murray |  | Rotherham, Doncaster and South Humber NHS Foundation Trust",
    ),
    ("Aileen Murray, NHS Ayrshire & Arran", "Aileen Murray |  | NHS Ayrshire & Arran"),
    ("Aileen Murray – Call Handler, NHS 24", "Aileen Murray | Call Handler | NHS 24"),
    ("Tomasz Nowak, Project Worker, Barnardo's", "Tomasz Nowak | Project Worker | Barnardo's"),
    ("Leah Okoye (42nd Street)", "Leah Okoye |  | 42nd Street"),
    (
        "Ruaridh Campbell – Mental Health Officer, The Highland Council",
        "Ruaridh Campbell | Mental Health Officer | Highland Council",
    ),
    (
        "Aileen Murray, Director of Public Health, NHS Highland and The Highland Council",
        "Aileen Murray | Director of Public Health | NHS Highland + Highland Council",
    ),
    (
        "Aileen Murray, Guy's and St Thomas' NHS Foundation Trust",
        "Aileen Murray |  | Guy's and St Thomas' NHS Foundation Trust",
    ),
    ("Aileen Murray, St Mungo's", "Aileen Murray |  | St Mungo's"),
    ("Aileen Murray – Place2Be", "Aileen Murray |  | Place2Be"),
    (
        "Ms Aneela Hussain (Healthwatch Bradford and District)",
        "Aneela Hussain |  | Healthwatch Bradford and District",
    ),
    # roles that contain of/for/and and look like organisations
    (
        (
            "Tomasz Nowak, Pro-Vice-Chancellor for Business & Enterprise at the University of "
            "Cambridge"
        ),
        "Tomasz Nowak | Pro-Vice-Chancellor for Business & Enterprise | University of Cambridge",
    ),
    (
        "Aileen Murray – Director of Nursing, Midwifery and AHPs, NHS Fife",
        "Aileen Murray | Director of Nursing, Midwifery and AHPs | NHS Fife",
    ),
    ("Aileen Murray, Chair of the Board", "Aileen Murray | Chair of the Board | "),
    ("Eilidh Grant – Head of Quality Improvement", "Eilidh Grant | Head of Quality Improvement | "),
    # the Q Improvement Lab is an organisation (GUIDELINES: "Head of Q Labs" relates to it)
    ("Aileen Murray, Head of Q Labs", "Aileen Murray | Head | Q Labs"),
    (
        "Aileen Murray, Clinical Lead, Scottish Patient Safety Programme",
        "Aileen Murray | Clinical Lead, Scottish Patient Safety Programme | ",
    ),
    (
        "Aileen Murray – Freedom to Speak Up Guardian, NHS Fife",
        "Aileen Murray | Freedom to Speak Up Guardian | NHS Fife",
    ),
    (
        "Aileen Murray, Care Home Support Team Manager",
        "Aileen Murray | Care Home Support Team Manager | ",
    ),
    (
        "Tomasz Nowak, Improvement Advisor – Care Homes, HIS",
        "Tomasz Nowak | Improvement Advisor – Care Homes | HIS",
    ),
    (
        "Tomasz Nowak, director, finance, strategy and transformation",
        "Tomasz Nowak | director, finance, strategy and transformation | ",
    ),
    (
        "Professor Helen Bryce (Chair, Clinical Governance Committee)",
        "Helen Bryce | Chair, Clinical Governance Committee | ",
    ),
    (
        "Dr Aoife Byrne (Chair) – Consultant in Public Health, Public Health Agency (PHA)",
        "Aoife Byrne | Chair, Consultant in Public Health | Public Health Agency",
    ),
    (
        "Tomasz Nowak, NHS Improvement National Clinical Lead",
        "Tomasz Nowak | National Clinical Lead | NHS Improvement",
    ),
    # notes, contact details, and unknown names the line's shape vouches for
    ("Mrs Joanne Sowerby, Company Secretary (minutes)", "Joanne Sowerby | Company Secretary | "),
    ("Mr Ciaran Devlin, Inspector, RQIA – for item 3", "Ciaran Devlin | Inspector | RQIA"),
    (
        "Contact: Tobias Wren, Programme Lead, NHS Fife, tobias.wren@nhs.scot",
        "Tobias Wren | Programme Lead | NHS Fife",
    ),
    (
        "Tobias Wren – Rural Fellow, NHS Education for Scotland",
        "Tobias Wren | Rural Fellow | NHS Education for Scotland",
    ),
]


@pytest.mark.parametrize(("line", "expected"), SHAPES, ids=[s[0][:60] for s in SHAPES])
def test_people_lists_shapes(gaz: Gazetteer, line: str, expected: str) -> None:
    assert described(parse_people(line, gaz)) == expected


NOT_PEOPLE = [
    # fragments: one word, a job title, a place, an organisation, a programme, a heading
    "Head of Quality Improvement",
    "Chief Executive",
    "Apologies",
    "Apologies:",
    "Minutes",
    "Date",
    "Venue",
    "Inverness",
    "North Ayrshire",
    "NHS Fife",
    "Healthcare Improvement Scotland",
    "Scottish Patient Safety Programme",
    "Peer support worker",
    "Key findings",
    "What we learned",
    "Present:",
    "Field House Teaching Area",
    "Wystan Wren",  # a name the gazetteer does not know, with nothing to vouch for it
    # prose, agenda items, metadata, actions
    "We met peer workers from NHS Fife.",
    "10.30 Welcome and introductions",
    "Date: 14 March 2024",
    "Venue: Cardiff City Hall",
    "Action: AM to circulate notes",
    "Agenda item 6.2: Patient Safety Incident Response Framework – implementation update",
    "Thanks to Aileen Murray for facilitating the afternoon session.",
    "Aileen Murray said the service had changed how she works.",
    "Aileen Murray is a GP at NHS Fife.",
    "Aileen Murray, a GP in Portadown, said the service had changed.",
    "Keele University and Midlands Partnership NHS Foundation Trust – a prehab programme",
    "NHS Ayrshire & Arran – a telephone check-in service, led by Aileen Murray, waiting list lead.",
    "Copyright Newcastle University 2024.",
    "What I'd tell other Q members",
    "Report of: Executive Nurse Director",
    "Q Lab update: what we learned about waiting well",
    "12.15 Lunch and poster walk, hosted by the Scottish Improvement Foundation Skills alumni",
    "1. Minutes and actions",
    "Sue Ryder, Chief Executive",
    "Date of next meeting: 12 June",
    "Presented by the Director of Finance",
    "Lead officer: Director of Nursing",
    "Tel: 01592 123456",
    "Email: info@nhs.scot",
    "NHS Fife, Hayfield House, Kirkcaldy KY2 5AH",
    "Inverness, 14 March 2024",
    "Perth and Kinross",
    "Source: NHS England, 2023",
    "“I felt listened to,” said one participant.",
    "Peer support workers – what the evidence says",
    "Queen Elizabeth University Hospital",
    "St Luke's Hospice, Sheffield",
    "Elizabeth Garrett Anderson Hospital",
    "Mary Seacole Awards 2024",
    "Winner: Sarah Cole Memorial Award",
    "Foreword by the Chief Executive",
    "Dear colleague,",
    "Hi, Aileen",
    "Kind regards",
]


@pytest.mark.parametrize("line", NOT_PEOPLE)
def test_people_lists_not_people_lines(gaz: Gazetteer, line: str) -> None:
    assert parse_people(line, gaz) == []


@pytest.mark.parametrize(
    "line",
    [
        "Aileen Murray, Clinical Lead, Scottish Patient Safety Programme (SPSP)",
        "Aileen Murray, Director of Public Health",
        "Aileen Murray – Caldicott Guardian",
        "Aileen Murray, Chief Nursing Officer",
        "Aileen Murray, Chair, Quality and Safety Committee",
        "Aileen Murray, Programme Board Member",
        "Aileen Murray (Lead, Mental Health Support Teams programme)",
    ],
)
def test_people_lists_job_title_is_never_an_organisation(gaz: Gazetteer, line: str) -> None:
    [entry] = parse_people(line, gaz)
    assert entry.organisations == ()
    assert entry.role


def test_people_lists_offsets(gaz: Gazetteer) -> None:
    line = "- Dr Aileen Murray MBE¹ – GP, NHS Fife; Tomasz Nowak (NHS 24)"
    first, second = parse_people(line, gaz, {"1": ("University of Stirling",)})
    assert line[first.start : first.end] == "Dr Aileen Murray MBE¹ – GP, NHS Fife"
    assert line[first.name_start : first.name_end] == "Aileen Murray"
    assert first.organisations == ("NHS Fife", "University of Stirling")
    assert line[second.start : second.end] == "Tomasz Nowak (NHS 24)"
    assert line[second.name_start : second.name_end] == "Tomasz Nowak"


@pytest.mark.parametrize(
    ("line", "footnotes", "expected"),
    [
        (
            "Authors: Aileen Murray¹, Tomasz Nowak² and Eilidh Grant¹,²",
            {"1": ("NHS Fife",), "2": ("University of Stirling",)},
            [
                ("Aileen Murray", FIFE),
                ("Tomasz Nowak", ("University of Stirling",)),
                ("Eilidh Grant", ("NHS Fife", "University of Stirling")),
            ],
        ),
        (
            "Aileen Murray¹ ³ and Tomasz Nowak²",
            {"¹": ("NHS Fife",), "²": ("NHS 24",), "³": ("Fife Council",)},
            [("Aileen Murray", ("NHS Fife", "Fife Council")), ("Tomasz Nowak", ("NHS 24",))],
        ),
        (
            "Aileen Murray1,2, Tomasz Nowak2",
            {"1": ("NHS Fife",), "2": ("NHS 24",)},
            [("Aileen Murray", ("NHS Fife", "NHS 24")), ("Tomasz Nowak", ("NHS 24",))],
        ),
        (
            "Aileen Murray*, Tomasz Nowak† and Tobias Wren‡",
            {"*": ("Public Health Wales",), "†": ("Cardiff University",), "‡": ("NHS 24",)},
            [
                ("Aileen Murray", ("Public Health Wales",)),
                ("Tomasz Nowak", ("Cardiff University",)),
                ("Tobias Wren", ("NHS 24",)),
            ],
        ),
        (
            "Aileen Murray 1, Tomasz Nowak 2",
            {"1": ("NHS Fife",), "2": ("NHS 24",)},
            [("Aileen Murray", FIFE), ("Tomasz Nowak", ("NHS 24",))],
        ),
        ("Aileen Murray¹ and Tomasz Nowak", {}, [("Aileen Murray", ()), ("Tomasz Nowak", ())]),
    ],
)
def test_people_lists_footnote_marks(
    gaz: Gazetteer,
    line: str,
    footnotes: dict[str, tuple[str, ...]],
    expected: list[tuple[str, tuple[str, ...]]],
) -> None:
    assert [(e.name, e.organisations) for e in parse_people(line, gaz, footnotes)] == expected


def test_people_lists_place_and_former_role(gaz: Gazetteer) -> None:
    [carer] = parse_people("Shona Dey, unpaid carer, Dundee", gaz)
    assert (carer.role, carer.organisations, carer.place) == ("unpaid carer", (), "Dundee")
    [nurse] = parse_people("Aileen Murray, Charge Nurse, NHS Fife (Kirkcaldy)", gaz)
    assert (nurse.organisations, nurse.place) == (FIFE, "Kirkcaldy")
    old, new = parse_people(
        "Treasurer: Colin Abbott (until September); Lorna Fyfe (from October)", gaz
    )
    assert (old.role, old.former, new.role, new.former) == ("Treasurer", True, "Treasurer", False)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["¹ NHS Fife", "² University of Stirling, Stirling, UK"],
            {"1": ("NHS Fife",), "2": ("University of Stirling",)},
        ),
        (["1 University of Stirling, Stirling, UK"], {"1": ("University of Stirling",)}),
        (
            ["* Public Health Wales", "† Cardiff University"],
            {"*": ("Public Health Wales",), "†": ("Cardiff University",)},
        ),
        (
            ["a Department of Nursing, University of Stirling", "b NHS Fife"],
            {"a": ("University of Stirling",), "b": ("NHS Fife",)},
        ),
        (
            ["¹ Scottish Ambulance Service  ² Highland Council"],
            {"1": ("Scottish Ambulance Service",), "2": ("Highland Council",)},
        ),
        (
            ["1. School of Health, Leeds Beckett University, Leeds LS1 3HE, UK"],
            {"1": ("Leeds Beckett University",)},
        ),
        (
            ["[2] Health Services Management Centre, University of Birmingham, UK"],
            {"2": ("University of Birmingham",)},
        ),
        (
            ["¹ Diabetes Inpatient Team, Morriston Hospital, Swansea Bay University Health Board"],
            {"1": ("Morriston Hospital", "Swansea Bay University Health Board")},
        ),
        (["1. Minutes and actions", "2. Data update", "Summary"], {}),
    ],
)
def test_people_lists_footnote_affiliations(
    gaz: Gazetteer, lines: list[str], expected: dict[str, tuple[str, ...]]
) -> None:
    assert footnote_affiliations(lines, gaz) == expected


def test_people_lists_footnotes_feed_author_line(gaz: Gazetteer) -> None:
    footnotes = footnote_affiliations(["¹ University of Exeter", "² Devon County Council"], gaz)
    entries = parse_people("Rhian Pascoe¹, Tobias Wren² and Ade Nwankwo¹ ²", gaz, footnotes)
    assert [(e.name, e.organisations) for e in entries] == [
        ("Rhian Pascoe", ("University of Exeter",)),
        ("Tobias Wren", ("Devon County Council",)),
        ("Ade Nwankwo", ("University of Exeter", "Devon County Council")),
    ]


ROWS = [
    ["Aileen Murray", "GP", "NHS Fife"],
    ["Dr Tobias Wren", "Senior Lecturer", "University of Stirling"],
]
EXPECTED_ROWS = [
    (0, "Aileen Murray", "GP", FIFE),
    (1, "Tobias Wren", "Senior Lecturer", ("University of Stirling",)),
]


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (["Name", "Job title", "Organisation"], ROWS, EXPECTED_ROWS),
        (None, ROWS, EXPECTED_ROWS),  # columns read from the cells
        (
            None,
            [["Name", "Role", "Organization"], *ROWS],
            [(n + 1, *rest) for n, *rest in EXPECTED_ROWS],
        ),
        (
            ["Organisation", "Participant"],
            [["NHS Fife", "Aileen Murray"], ["Carers Trust Scotland", "Tobias Wren"]],
            [(0, "Aileen Murray", "", FIFE), (1, "Tobias Wren", "", ("Carers Trust Scotland",))],
        ),
        (
            ["Attendee", "Representing"],
            [["Tobias Wren", "NHS 24"], ["", ""], ["Ann Bell OBE", "Barnardo's"]],
            [(0, "Tobias Wren", "", ("NHS 24",)), (2, "Ann Bell", "", ("Barnardo's",))],
        ),
        (
            ["First name", "Surname", "Position", "Employer"],
            [["Aileen", "Murray", "Charge Nurse", "NHS Fife"]],
            [(0, "Aileen Murray", "Charge Nurse", FIFE)],
        ),
        (
            None,
            [["Aileen Murray, GP, NHS Fife"], ["Tobias Wren – Chair, NHS 24"]],
            [(0, "Aileen Murray", "GP", FIFE), (1, "Tobias Wren", "Chair", ("NHS 24",))],
        ),
        (
            ["Name", "Role"],
            [["Aileen Murray", "NHS Fife"]],
            [(0, "Aileen Murray", "", FIFE)],
        ),  # an organisation in the role column
        (
            ["Name", "Organisation"],
            [["Aileen Murray", "Head of Quality"]],
            [(0, "Aileen Murray", "Head of Quality", ())],
        ),  # and the other way
        (["Date", "Venue"], [["14 March", "Cardiff City Hall"]], []),
    ],
)
def test_people_lists_tables(
    gaz: Gazetteer,
    header: list[str] | None,
    rows: list[list[str]],
    expected: list[tuple[int, str, str, tuple[str, ...]]],
) -> None:
    found = parse_people_table(header, rows, gaz)
    assert [(n, e.name, e.role, e.organisations) for n, e in found] == expected


def test_people_lists_people_share(gaz: Gazetteer) -> None:
    attendees = [
        "Aileen Murray – GP, NHS Fife",
        "Tobias Wren, Senior Lecturer, University of Stirling",
        "",
        "Eilidh Grant (Healthcare Improvement Scotland)",
        "Apologies were received from two members.",
    ]
    prose = ["We met in Dundee.", "The discussion covered referrals.", "Aileen Murray, NHS Fife"]
    assert people_share(attendees, gaz) == pytest.approx(0.75)
    assert people_share(prose, gaz) == pytest.approx(1 / 3)
    assert people_share([], gaz) == 0.0


def test_people_lists_name_words_are_read_from_the_reference_data() -> None:
    words = name_words()
    assert {"title", "post-nominal", "role-head", "org-head", "list-label"} <= words.keys()
    assert "PhD" in words["post-nominal"] and "phd" not in words["post-nominal"]
    assert clean_person("Aileen Murray FRCPsych") == "Aileen Murray"
    assert clean_person("Jack Ma") == "Jack Ma"  # a surname, not the post-nominal MA


PIECES = [
    "Aileen Murray", "Tom Bell", "NHS Fife", "Head of QI", ", ", "; ", " and ", " (", ")", " – ",
    ": ", "Authors", "¹", "Dr ", "Murray, Aileen", "Smith J", "AILEEN MURRAY", "\n", "Chair",
    "of the Board", " at ", "University of Stirling", "(until May)", "x@y.org", "2024", "*",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.text(max_size=40))
def test_people_lists_offsets_always_inside_the_text(pieces: list[str], noise: str) -> None:
    gaz = load_gazetteer()
    for text in ("".join(pieces), noise, "".join(pieces) + noise):
        for entry in parse_people(text, gaz, {"1": "NHS 24", "*": "NHS Fife"}):
            assert 0 <= entry.start <= entry.name_start < entry.name_end <= len(text)
            assert entry.start < entry.end <= len(text)
            assert entry.name.strip() == entry.name and entry.name
