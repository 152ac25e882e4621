"""Reading a document's layout without the spaCy model: sections and what they mean, the
people each lists and what being listed means, the header (dates, venues, year, publisher),
learning statements. Documents are real files read by the readers, in several layouts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.dates import dates_in
from ingest.extract.front_page import read_header
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role, role_of_heading
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

GAZ = load_gazetteer()


def read(tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, tmp_path, kind)


def listed(raw: Any) -> list[tuple[str, str, tuple[str, ...], str]]:
    layout = Layout.of(raw)
    return [
        (p.meaning.value, p.entry.name, p.entry.organisations, raw.text[p.start : p.end])
        for p in people_in(raw, GAZ, layout)
    ]


def learned(raw: Any) -> list[str]:
    """The texts of the learning statements of a document read without the model."""
    from ingest.extract.claims import ClaimSet
    from ingest.extract.learning import learning_claims

    layout = Layout.of(raw)
    header = read_header(raw, GAZ, layout.sections, layout.front)
    return [
        raw.text[s:e] for _r, s, e, _h in learning_claims(raw, ClaimSet(raw), layout, None, header)
    ]


MINUTES = """Carers network meeting

Minutes of the meeting held on Tuesday 12 September 2023 at Pontio, Bangor.

Present: Iona Price (Carers Trust Wales), Dr Rhodri Pugh – GP, Menai Surgery
Apologies: Gethin Lloyd (Gwynedd Council)

1. Matters arising
The notes were agreed.

2. What we learned
- Carers accepted referrals when the receptionist knew the support worker by name.
- Short.
- One question on the registration form found more carers than a campaign.

3. Actions
- Gethin Lloyd to circulate the form wording.
"""


def test_layout_minutes_attendance_apologies_learning_and_date(tmp_path: Path) -> None:
    raw = read(tmp_path, "minutes.txt", MINUTES, DocumentKind.WORKSHOP)
    people = listed(raw)
    assert [(m, n, o) for m, n, o, _q in people] == [
        ("attendance", "Iona Price", ("Carers Trust Wales",)),
        ("attendance", "Rhodri Pugh", ("Menai Surgery",)),
        ("apologies", "Gethin Lloyd", ("Gwynedd Council",)),
    ]
    assert [q for *_rest, q in people] == [
        "Iona Price (Carers Trust Wales)",  # the entry, never the "Present:" line
        "Dr Rhodri Pugh – GP, Menai Surgery",
        "Gethin Lloyd (Gwynedd Council)",
    ]
    layout = Layout.of(raw)
    header = read_header(raw, GAZ, layout.sections, layout.front)
    assert header.date == "2023-09-12"
    assert any("Pontio, Bangor" in raw.text[s:e] for s, e in header.venue)
    roles = {s.title(raw): s.role for s in layout.sections if s.heading >= 0}
    assert roles["What we learned"] == Role.LEARNING and roles["Actions"] == Role.ACTIONS


TITLE_PAGE = """Peer support in rural Wales: an evaluation

Rhys Morgan¹, Aisha Begum² and Owen Pryce¹
¹ Swansea University ² Public Health Wales

Published by Public Health Wales, March 2023.

Summary
Peer support worked best where supervision was regular and local.
"""


def test_layout_title_page_authors_affiliations_year_publisher(tmp_path: Path) -> None:
    raw = read(tmp_path, "report.txt", TITLE_PAGE, DocumentKind.EVIDENCE)
    assert [(m, n, o) for m, n, o, _q in listed(raw)] == [
        ("authors", "Rhys Morgan", ("Swansea University",)),  # names marked with their
        ("authors", "Aisha Begum", ("Public Health Wales",)),  # affiliations' notes
        ("authors", "Owen Pryce", ("Swansea University",)),
    ]
    layout = Layout.of(raw)
    header = read_header(raw, GAZ, layout.sections, layout.front)
    assert (header.year, header.publisher) == (2023, "Public Health Wales")


def test_layout_table_of_people_with_a_label_column(tmp_path: Path) -> None:
    text = (
        "# Huddle notes\n\n| | |\n|---|---|\n| Present | Ann Dunn – Nurse, NHS Fife |\n"
        "| | Bo Reid – Pharmacist, NHS Tayside |\n| Apologies | Cal Orr (NHS Lothian) |\n"
    )
    raw = read(tmp_path, "huddle.md", text, DocumentKind.WORKSHOP)
    assert [(m, n) for m, n, _o, _q in listed(raw)] == [
        ("attendance", "Ann Dunn"),
        ("attendance", "Bo Reid"),
        ("apologies", "Cal Orr"),
    ]


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Who was there", Role.ATTENDANCE),
        ("In attendance:", Role.ATTENDANCE),
        ("Apologies for absence", Role.APOLOGIES),
        ("4. Key takeaways", Role.LEARNING),
        ("What didn't work", Role.LEARNING),
        ("Next steps", Role.ACTIONS),
        ("About the authors", Role.AUTHORS),
        ("References", Role.REFERENCES),
        ("Background", None),
        # learning asked or said in plain words (after-action reviews, retros, grant forms)
        ("WHAT SURPRISED US", Role.LEARNING),
        ("Three things that struck us", Role.LEARNING),
        ("4. What should we carry forward?", Role.LEARNING),
        ("If you started again, what would you do differently?", Role.LEARNING),
        ("So what?", Role.LEARNING),
        ("What it means for us", Role.LEARNING),
        ("What it means for you", None),  # a table column telling the reader what to do
        ("7. Conclusions the task group has reached so far", Role.LEARNING),
        ("Things we've worked out together", Role.LEARNING),
        ("Insight", Role.LEARNING),
        ("Main points", Role.LEARNING),
        ("Implications for practice", Role.LEARNING),
        ("What pharmacies said", Role.LEARNING),
        ("Next", Role.ACTIONS),
        ("Would pass on", Role.LEARNING),
        ("Tips for others", Role.LEARNING),
        ("Pass on your details", None),
        ("What should services take from this?", Role.LEARNING),
        ("Take from the fridge", None),
        ("If you need help", None),
        ("Would you like to join?", None),
        ("Date of next meeting", None),
    ],
)
def test_layout_heading_meanings(heading: str, role: Role | None) -> None:
    assert role_of_heading(heading) == role


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Held on Tuesday 5th March 2024 at the Guildhall", "2024-03-05"),
        ("Date: 2023-11-15", "2023-11-15"),
        ("March 14, 2024", "2024-03-14"),
        ("14/03/2024 10:00", "2024-03-14"),
        ("in March 2024", None),
    ],
)
def test_layout_dates(text: str, iso: str | None) -> None:
    found = dates_in(text)
    assert (found[0][0] if found else None) == iso


TRANSCRIPT = """Peer learning call
Transcript

0:00:06.210 --> 0:00:41.880
Rhiannon Beddow
Good morning everybody, let's make a start.

0:00:42.100 --> 0:01:10.450
Tomos Eynon
Thanks. The thing we learned is that follow-up calls need protected time.
"""

CHAT = """Zoom meeting chat export
Meeting: Rural webinar

10:00:52 From Ailsa Munro to Everyone:
\tWelcome all!
10:01:44 From Dr Kenna Lyle (PHS) to Everyone:
\tMorning from Edinburgh.
"""

WALL = """# Ward huddle wall

## Column: What have we learned?

Post — Morwenna Pask · 5 Nov 2024 14:11 Families spotted the change first.

Post — Anonymous · 5 Nov 2024 14:15 Moving beds at night made it worse every time.
"""


@pytest.mark.parametrize(
    ("name", "text", "people"),
    [
        (
            "call.txt",
            TRANSCRIPT,
            [("Rhiannon Beddow", "speaker", ()), ("Tomos Eynon", "speaker", ())],
        ),
        ("chat.txt", CHAT, [("Ailsa Munro", "speaker", ()), ("Kenna Lyle", "speaker", ("PHS",))]),
        ("wall.md", WALL, [("Morwenna Pask", "", ())]),
    ],
)
def test_layout_who_speaks_or_posts(
    tmp_path: Path, name: str, text: str, people: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """Transcripts, chat exports and walls of posts: each speaker or author once, with the
    name's exact span; 'Anonymous' is nobody; a post's words start after its byline."""
    from ingest.extract.turns import said_from, speakers

    raw = read(tmp_path, name, text, DocumentKind.WORKSHOP)
    found = speakers(raw, GAZ)
    assert [(e.name, e.role, e.organisations) for _t, e in found] == people
    assert all(raw.text[t.start : t.end].startswith(t.name) for t, _e in found)
    if name == "wall.md":
        starts = sorted(said_from(raw).values())
        assert [raw.text[s:].split("\n")[0] for s in starts] == [
            "Families spotted the change first.",
            "Moving beds at night made it worse every time.",
        ]


def test_layout_learning_in_a_table_takes_each_cell_but_not_a_translation() -> None:
    from ingest.extract.learning_tables import row_statements
    from ingest.types import Block

    text = (
        "Roedd sgwrs yn Gymraeg gyda nyrs yn gwneud gwahaniaeth. | Talking to a nurse in Welsh "
        "made a difference to older people."
    )
    cells = tuple(c.strip() for c in text.split("|"))
    block = Block(kind=BlockKind.TABLE_ROW, start=0, end=len(text), cells=cells, table=0)
    assert [text[a:b] for a, b, _said in row_statements(text, block)] == [cells[1]]
    two = "Phone calls after two weeks worked. | Leaflets in the post did not work."
    both = tuple(c.strip() for c in two.split("|"))
    row = Block(kind=BlockKind.TABLE_ROW, start=0, end=len(two), cells=both, table=0)
    assert [two[a:b] for a, b, _said in row_statements(two, row)] == list(both)


LETTER = """Peer review visit to the ward, 2 October 2024

Dear Dr Okoro,

What the visiting team learned

The clearest lesson for us was that therapy begins when therapists join the handover.

The health board will trial the new handover sheet in two more wards from January.

Please let me know of any factual errors by 31 October.

We will publish a summary of themes across all visits in the spring.

Yours sincerely,

Anwen Pryce

Regional Manager, Stroke Association
"""


def test_layout_a_letters_closing_ends_its_last_section(tmp_path: Path) -> None:
    raw = read(tmp_path, "letter.txt", LETTER, DocumentKind.WORKSHOP)
    layout = Layout.of(raw)
    signed = [i for i, b in enumerate(raw.blocks) if "Anwen Pryce" in layout.text(i)]
    assert signed and layout.role[signed[0]] == Role.AUTHORS  # who signs, not what was learned
    found = learned(raw)
    # the plan, the request and the promised report are not learning; nor is the sign-off
    assert found == [
        "The clearest lesson for us was that therapy begins when therapists join the handover."
    ]


ABSTRACT = """Strength and balance classes for care home residents in Fife:
a systematic review

Morag Keddie(1), Alasdair Trotter(2)
(1) School of Health Sciences, University of Dundee
(2) Care Inspectorate

Contact: Isla Beveridge, Information Analyst, Public Health Scotland
Media enquiries: Ross Petrie, Communications Officer, Public Health Scotland

Background
Residents of care homes fall more often than older people living at home.
"""


def test_layout_author_marks_in_brackets_and_a_reports_contact(tmp_path: Path) -> None:
    from ingest.extract.structure import _took_part

    raw = read(tmp_path, "abstract.txt", ABSTRACT, DocumentKind.EVIDENCE)
    assert raw.title.endswith("in Fife: a systematic review")  # the title wraps
    people = {name: orgs for _meaning, name, orgs, _quote in listed(raw)}
    assert people["Morag Keddie"] == ("University of Dundee",)
    assert people["Alasdair Trotter"] == ("Care Inspectorate",)
    found = {p.entry.name: _took_part(p, False) for p in people_in(raw, GAZ, Layout.of(raw))}
    assert found["Morag Keddie"] == found["Isla Beveridge"] == Rel.AUTHORED
    # the named contact is behind the report
    assert found["Ross Petrie"] is None  # a press contact is not


def test_layout_leads_and_co_designers_took_part(tmp_path: Path) -> None:
    text = (
        "Design sprint on falls\n\nSprint lead: Niamh Corr, Falls Lead, Southern HSC Trust\n"
        "Co-designers: Brid Magee, Programmes Officer, Age NI; Pol Lynch, Pharmacist\n\n"
        "We met for two days in Newry.\n"
    )
    raw = read(tmp_path, "sprint.txt", text, DocumentKind.WORKSHOP)
    names = {name for meaning, name, _orgs, _q in listed(raw) if meaning == "authors"}
    assert {"Niamh Corr", "Brid Magee", "Pol Lynch"} <= names


OUTLINE = """Stop smoking in pharmacy: outline notes

- Who came
  - Ciaran Boyle, community pharmacist, Western Health and Social Care Trust
- Why we met
  - uptake of the service fell by a third last year
- So what?
  - Pharmacies that phoned quitters between visits kept twice as many people.
- Next
  - Ciaran to set up a group for the eleven pharmacies
"""


def test_layout_an_outlines_points_head_their_sub_points(tmp_path: Path) -> None:
    raw = read(tmp_path, "outline.md", OUTLINE, DocumentKind.WORKSHOP)
    layout = Layout.of(raw)
    role = {layout.text(i): layout.role[i] for i in range(len(raw.blocks))}
    assert role["Ciaran Boyle, community pharmacist, Western Health and Social Care Trust"] == (
        Role.ATTENDANCE
    )
    assert role["uptake of the service fell by a third last year"] == Role.PROSE  # not who came
    assert role["Pharmacies that phoned quitters between visits kept twice as many people."] == (
        Role.LEARNING
    )
    assert role["Ciaran to set up a group for the eleven pharmacies"] == Role.ACTIONS


DIGEST = """---
sent: 2025-02-18
---

# Current awareness digest

## Pre-alert scores for sepsis in ambulance crews

**Setting:** two ambulance services in the south west of England, 2022 to 2023.

**What it found:** Crews who used a pre-alert score phoned ahead for 1,240 patients in a year.

1. This month's call
--------------------

Our call drew 64 members from care homes and hospitals across the country.
"""


def test_layout_labelled_findings_are_learning_and_a_numbered_setext_is_a_heading(
    tmp_path: Path,
) -> None:
    raw = read(tmp_path, "digest.md", DIGEST, DocumentKind.EVIDENCE)
    layout = Layout.of(raw)
    header = read_header(raw, GAZ, layout.sections, layout.front)
    assert header.date == "2025-02-18"  # front matter's "sent"
    found = learned(raw)
    # the finding after its label, not the label, and not the setting
    assert found == ["Crews who used a pre-alert score phoned ahead for 1,240 patients in a year."]
    headings = [layout.text(i) for i, b in enumerate(raw.blocks) if b.kind == BlockKind.HEADING]
    assert "1. This month's call" in headings


def test_layout_a_tables_learning_columns_are_learning(tmp_path: Path) -> None:
    text = (
        "Network day debrief\n\nDebrief table\n\n"
        "Theme\tWhat we heard\tWhat it means for us\n"
        "Language\tPeople went back to Welsh as time went on.\t"
        "Offering support in Welsh is a clinical need, not a courtesy.\n"
    )
    raw = read(tmp_path, "debrief.txt", text, DocumentKind.WORKSHOP)
    found = learned(raw)
    assert found == [  # the theme's name is not learning; both learning columns are
        "People went back to Welsh as time went on.",
        "Offering support in Welsh is a clinical need, not a courtesy.",
    ]


VISIT_LETTER = """Stroke Association

- 240 City Road, London
- 14 October 2024
- Dr Nia Okafor
- Clinical Lead for Stroke, Sheffield Teaching Hospitals NHS Foundation Trust

Dear Dr Okafor,

Thank you for hosting our visiting team on 2 October.
"""


@pytest.mark.parametrize(
    ("kind", "meaning"), [("workshop", "people"), ("evidence", "acknowledgements")]
)
def test_layout_a_letters_addressee(tmp_path: Path, kind: str, meaning: str) -> None:
    """The person a letter is addressed to (the lines above "Dear …"): in notes of a visit,
    its host, who took part; in a report, not its author."""
    raw = read(tmp_path, "letter.md", VISIT_LETTER, DocumentKind(kind))
    found = {name: m for m, name, _orgs, _q in listed(raw)}
    assert found["Nia Okafor"] == meaning


def test_layout_a_long_opening_paragraph_that_starts_with_its_authors(tmp_path: Path) -> None:
    text = (
        "Soft signs of sepsis in care homes\n\n"
        "Huw Trevelyan, Senior Evidence Analyst, Public Health Wales; Clodagh Tierney, Senior "
        "Nurse Lead, Public Health Agency. With thanks to the care home managers who read the "
        "draft and to the library team who ran the searches for us over the summer months.\n\n"
        "Background\n\nCare staff often notice change before anyone else does.\n"
    )
    raw = read(tmp_path, "review.txt", text, DocumentKind.EVIDENCE)
    found = {name: orgs for _m, name, orgs, _q in listed(raw)}
    assert found["Huw Trevelyan"] == ("Public Health Wales",)
    assert found["Clodagh Tierney"] == ("Public Health Agency",)


ESSAY = """# Insight: the services that last are the ones people run themselves

- Background
- What we learned
- About the author

## What kept groups going

Groups lasted when members ran them from the start, and the funders stayed for years.

## What we learned

- Handing over the running of a group early is what makes it last.
"""


def test_layout_a_title_and_a_table_of_contents_give_no_meaning(tmp_path: Path) -> None:
    """ "Insight: …" names the document, not a learning section; "- What we learned" in a
    list of the page's parts heads nothing."""
    raw = read(tmp_path, "essay.md", ESSAY, DocumentKind.EVIDENCE)
    layout = Layout.of(raw)
    role = {layout.text(i): layout.role[i] for i in range(len(raw.blocks))}
    assert (
        role[
            "Groups lasted when members ran them from the start, and the funders stayed for years."
        ]
        == Role.PROSE
    )
    assert role["Handing over the running of a group early is what makes it last."] == Role.LEARNING


def test_layout_a_learning_sections_table_gives_its_learning_columns_only(tmp_path: Path) -> None:
    text = (
        "Project closure report\n\nLessons learned log\n\n"
        "Lesson\tWhat happened\tRecommendation\n"
        "1.2 Phone before you write to patients.\tLetters went unanswered for weeks.\t"
        "Fund a nurse phone line for the first month.\n"
    )
    raw = read(tmp_path, "closure.txt", text, DocumentKind.WORKSHOP)
    found = learned(raw)
    assert found == ["Phone before you write to patients."]


def test_layout_a_reviews_population_says_what_it_covers(tmp_path: Path) -> None:
    text = (
        "# Peer support for perinatal depression: a systematic review\n\n## Population\n\n"
        "Women up to a year after birth with postnatal depression, in England and Scotland.\n\n"
        "## Methods\n\nWe searched five databases.\n"
    )
    raw = read(tmp_path, "review.md", text, DocumentKind.EVIDENCE)
    layout = Layout.of(raw)
    header = read_header(raw, GAZ, layout.sections, layout.front)
    covered = " ".join(raw.text[a:b] for a, b in header.cover)
    assert "in England and Scotland" in covered and "five databases" not in covered


def test_layout_a_boards_csv_export_gives_the_learning_frames_stickies(tmp_path: Path) -> None:
    text = (
        "Board: tackling loneliness - co-design session\n\n"
        "frame,type,text,author\n"
        '"Purpose","sticky","Aim of today: agree three things we will try before summer","Ann"\n'
        '"What we learned","sticky","Activities named after what people do drew men in","Ann"\n'
        '"Next steps","sticky","Orla to book the shed for four Tuesdays in March","Orla"\n'
    )
    raw = read(tmp_path, "board.txt", text, DocumentKind.WORKSHOP)
    assert [b.cells[0] for b in raw.blocks if b.kind == BlockKind.TABLE_ROW][:2] == [
        "frame",
        "Purpose",
    ]
    found = learned(raw)
    assert found == ["Activities named after what people do drew men in"]


def test_layout_a_logo_line_above_the_title_keeps_the_byline_in_the_front(tmp_path: Path) -> None:
    text = (
        "Healthwatch Birmingham logo\n\n# Sickle cell care: what people told us\n\n"
        "*Report published January 2025 · Written by Lauren Hibbs, Engagement Officer*\n\n"
        "## Summary\n\nWe heard from 86 people.\n"
    )
    raw = read(tmp_path, "report.md", text, DocumentKind.EVIDENCE)
    assert "Lauren Hibbs" in {name for _m, name, _o, _q in listed(raw)}
    layout = Layout.of(raw)
    byline = next(i for i in range(len(raw.blocks)) if "Written by" in layout.text(i))
    assert byline in layout.front
