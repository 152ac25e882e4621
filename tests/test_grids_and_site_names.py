"""Layouts met on documents we did not write, on invented people: a box of fields beside a
page's text with no <main>, a grid whose second row of labels heads the cells under it, a
Markdown field wrapped over its lines, a table row of people "listed but not present", a
web page's site name as its subject, a "Search title" field, a letter's subject set under
its salutation, and the headings and lead-ins that say what was learned in other words.
Real files read by the readers (the Word file made with python-docx); the tests that need
the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.headings import announces_learning, role_of_heading
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role
from ingest.extract.title_fields import title_field
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind
from tests.test_minutes_and_rounds import _read

GAZ = load_gazetteer()

FORCE_FIELD = """<!DOCTYPE html><html><head><title>Session record | Riverside staff hub</title>
</head><body>
<h1>Force field analysis: who gets referred to community nursing</h1>
<aside class="who"><strong>Facilitator</strong><br>Dr Bethan Owusu<br>Consultant in Public
Health<br>Swansea Bay University Health Board<br><br><strong>When and where</strong><br>
Tuesday 24 June 2025<br>Morriston Hospital, Swansea</aside>
<p>Around the chart: Yasmin Haddad, youth worker with EYST Wales &middot; Dr Samuel
Mensah-Lloyd, Lecturer in Health Sciences, Swansea University.</p>
<h2>What the chart told us</h2>
<ul><li>The strongest force holding us back is missing data, not attitude.</li></ul>
</body></html>
"""


def test_a_box_of_fields_beside_a_page_without_main_is_read(tmp_path: Path) -> None:
    raw = _read(tmp_path, "ff.html", FORCE_FIELD, DocumentKind.WORKSHOP)
    texts = [raw.text[b.start : b.end] for b in raw.blocks]
    assert "Facilitator" in texts and "Dr Bethan Owusu" in texts  # each part its own block
    listed = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert listed["Bethan Owusu"] == Role.ATTENDANCE  # under "Facilitator"
    assert role_of_heading("Around the chart") == Role.ATTENDANCE
    assert role_of_heading("Around the nations") is None  # a tour of places, not a room


def test_a_grids_second_row_of_labels_heads_the_cells_under_it(tmp_path: Path) -> None:
    from ingest.extract.layout import Layout
    from ingest.extract.learning_tables import learning_columns

    document = Document()
    document.add_heading("Stepping Stones: the first year of peer mentoring", 1)
    table = document.add_table(rows=4, cols=2)
    for row, cells in enumerate(
        [
            ("Liked", "Learned"),
            ("The castle walks.", "Trust came quickly through shared experience."),
            ("Lacked", "Longed for"),
            ("A quiet room.", "A residential weekend for mentors and mentees."),
        ]
    ):
        for column, text in enumerate(cells):
            run = table.rows[row].cells[column].paragraphs[0].add_run(text)
            run.bold = row in (0, 2)
    document.save(str(tmp_path / "grid.docx"))
    raw = read_document(tmp_path / "grid.docx", tmp_path, DocumentKind.WORKSHOP)
    rows = [b for b in raw.blocks if b.kind == BlockKind.TABLE_ROW]
    assert [b.header for b in rows] == [True, False, True, False]
    columns = learning_columns(raw, Layout.of(raw).header_rows)
    heads = [columns.get(raw.blocks.index(b)) for b in rows if not b.header]
    assert heads == [{1: "Learned"}, {}]  # the "Longed for" cell is no learning


WRAPPED_FIELD = """# Getting PrEP outside the cities: a rapid qualitative analysis

*Analysis team: Dr Gruffydd Ellis-Price, Research Fellow, Swansea University (lead); Angharad
Tudwal, Sexual Health Nurse, Betsi Cadwaladr University Health Board; Kayleigh Morfudd, Peer
Researcher, Terrence Higgins Trust Cymru.*

## Why a rapid analysis

The health boards asked for findings within eight weeks.
"""


def test_a_markdown_field_wrapped_over_its_lines_is_one_field(tmp_path: Path) -> None:
    raw = _read(tmp_path, "rqa.md", WRAPPED_FIELD, DocumentKind.EVIDENCE)
    field = next(b for b in raw.blocks if b.kind == BlockKind.METADATA)
    assert raw.text[field.start : field.end].endswith(
        "Peer Researcher, Terrence Higgins Trust Cymru."
    )
    names = {i.entry.name for i in people_in(raw, GAZ, Layout.of(raw))}
    assert {"Gruffydd Ellis-Price", "Angharad Tudwal", "Kayleigh Morfudd"} <= names


PARTICIPANTS = (
    "Dr Isla Rennie (Consultant in Sexual Health, NHS Lothian); Pawel Nowicki (Outreach "
    "Worker, Waverley Care); four people who use PrEP, not named"
)
HORIZONS = f"""# PrEP in Lothian by 2030: a Three Horizons workshop

| Facilitator | Kirsteen Moffat, Improvement Adviser, Healthcare Improvement Scotland |
|---|---|
| Participants | {PARTICIPANTS} |
| Listed but not present | Ewan Boyd-Carmichael, Consultant in Public Health, NHS Lothian |

## How the session ran

We used the Three Horizons framework.
"""


def test_a_table_of_people_listed_but_not_present(tmp_path: Path) -> None:
    raw = _read(tmp_path, "horizons.md", HORIZONS, DocumentKind.WORKSHOP)
    listed = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert listed["Isla Rennie"] == listed["Pawel Nowicki"] == Role.ATTENDANCE
    assert listed["Ewan Boyd-Carmichael"] == Role.APOLOGIES
    assert role_of_heading("Invited but unable to attend") == Role.APOLOGIES
    assert role_of_heading("Small but mighty") is None


@pytest.mark.parametrize(
    "heading",
    [
        "What came back in the harvest",
        "What we went home with",
        "What the panel kept coming back to",
        "What the hopes and fears told the team",
        "What the workshop drew from the history",
    ],
)
def test_headings_that_say_what_was_learned_in_other_words(heading: str) -> None:
    assert role_of_heading(heading) == Role.LEARNING


def test_a_lead_in_that_says_what_was_learned_a_sentence_before() -> None:
    assert announces_learning(
        "After the three rounds the whole room named what it had learned. These are the "
        "points the group agreed to keep:"
    )
    assert not announces_learning("After the three rounds we broke for lunch. The plan:")


def test_a_fields_label_naming_the_title() -> None:
    assert title_field("Search title") and title_field("Report title")
    assert title_field("Title of the report") and title_field("Subject")
    assert not title_field("Job title") and not title_field("Role title")


CAFE = """<!DOCTYPE html><html><head><title>Hosts' gathering record | Menopause Cafés
Ceredigion</title></head><body>
<h1>Hosts' gathering, Aberystwyth, 8 October 2025: check-in and check-out record</h1>
<p>Written up by Mared Tanat-Evans, Staff Wellbeing Lead, Hywel Dda University Health Board.</p>
<h2>What the gathering learned</h2>
<ul><li>Cafés in workplaces fill up when a manager comes first and says so out loud.</li></ul>
</body></html>
"""

LETTER = """# Llywodraeth Cymru / Welsh Government

Elfed Pryce MS, Senedd Cymru, Cardiff Bay

3 September 2025

Dear Elfed,

## Annual health checks for adults with Down syndrome in Wales

Thank you for your letter of 4 August on behalf of your constituent.
"""

SEARCH = """NHS HIGHLAND LIBRARY AND KNOWLEDGE SERVICES
EVIDENCE SEARCH RESULTS

Search title   : Memory assessment in remote and rural areas: what models
                 work outside the hospital memory clinic?
Searched by    : Lesley Tullis, Clinical Librarian, NHS Highland
Date completed : 11 April 2025

KEY POINTS
  * Nurse-led memory assessment in community venues shortened the wait.
"""


def _subject(claims: Any, label: Label) -> Any:
    return next(e for e in claims.entities if e.label == label)


@pytest.mark.slow
def test_titles_from_fields_letters_and_a_site_name(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "cafe.html", CAFE, DocumentKind.WORKSHOP))
    workshop = _subject(claims, Label.WORKSHOP)
    topics = {r.target[1] for r in claims.relations if r.rel == Rel.ADDRESSES}
    assert "menopause cafés" in topics and workshop.props["title"].startswith("Hosts' gathering")
    letter = extractor(_read(tmp_path, "reply.md", LETTER, DocumentKind.EVIDENCE))
    assert _subject(letter, Label.EVIDENCE).props["title"] == (
        "Annual health checks for adults with Down syndrome in Wales"
    )
    search = extractor(_read(tmp_path, "search.txt", SEARCH, DocumentKind.EVIDENCE))
    assert (
        _subject(search, Label.EVIDENCE)
        .props["title"]
        .startswith("Memory assessment in remote and rural areas: what models work outside")
    )


ROUND = """Notes of the evening

Our chair for the night was Hamish Drysdale. Seonaid was meant to share the evening with
Dr Ruairidh Colqhoun, a consultant psychiatrist with NHS Highland, but the A82 was closed
by snow and he never made it past Crianlarich.

Around the table were Maureen Ackland, who leads falls prevention physiotherapy at Sheffield
Teaching Hospitals NHS Foundation Trust, and Darnell Okoro-Price, a postural stability
instructor employed by Sheffield City Trust who teaches six classes.
"""


@pytest.mark.slow
def test_who_never_made_it_and_a_name_the_model_took_for_a_body(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "round.txt", ROUND, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert "Ruairidh Colqhoun" not in came  # "he never made it"
    assert {"Darnell Okoro-Price", "Maureen Ackland"} <= came  # ", a … instructor": a person


FORUM = """<!DOCTYPE html><html><head><title>Meeting notes | Patient transport</title></head>
<body><main><h1>Patient Transport Users' Forum: notes of the meeting of 14 May 2025</h1>
<h2>Attendance</h2>
<table>
<tr><th colspan="2">Forum members</th></tr>
<tr><td>Elinor Bowen-Price</td><td>Chair of the forum; Regional Engagement Officer, Llais</td></tr>
<tr><th colspan="2">Apologies</th></tr>
<tr><td>Cllr Alun Rhys-Parry</td><td>Carmarthenshire County Council</td></tr>
</table>
<h2>1. Welcome</h2><p>Elinor welcomed members.</p>
</main></body></html>
"""


def test_rows_under_an_apologies_row_across_the_table(tmp_path: Path) -> None:
    raw = _read(tmp_path, "forum.html", FORUM, DocumentKind.WORKSHOP)
    listed = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert listed["Elinor Bowen-Price"] == Role.ATTENDANCE
    assert listed["Alun Rhys-Parry"] == Role.APOLOGIES
    assert role_of_heading("WRITTEN CONTRIBUTIONS (read out by the chair)") == Role.APOLOGIES
    assert role_of_heading("5. Learning from the quarter") == Role.LEARNING
    assert role_of_heading("4. Learning from the referral data") == Role.LEARNING
    assert role_of_heading("Learning from Wigan") is None  # a talk on another place's work


@pytest.mark.slow
def test_no_one_under_an_apologies_row_took_part(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "forum.html", FORUM, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert "Elinor Bowen-Price" in came and "Alun Rhys-Parry" not in came


AUDIT = """CARDIFF UNIVERSITY SCHOOL OF MEDICINE  |  SWANSEA UNIVERSITY MEDICAL SCHOOL
Student-led education audit  ·  Report no. 2025/03  ·  June 2025

        WHERE IS ME/CFS IN THE CURRICULUM?
        A mapping audit of undergraduate medical teaching in Wales

Audit team:   Gethin Lloyd-Owen, fourth-year medical student, Cardiff University

SUMMARY
-------
We mapped every timetabled session that mentions the condition.
"""


def test_a_title_under_a_banner_of_two_bodies_and_a_series_line(tmp_path: Path) -> None:
    from ingest.extract.titles import document_title

    raw = _read(tmp_path, "audit.txt", AUDIT, DocumentKind.EVIDENCE)
    title, _kind = document_title(raw, GAZ, Layout.of(raw).front)
    assert title.lower().startswith("where is me/cfs in the curriculum")


WHO_CAME = """# Where are we on the ladder?

## Who came

| Name | Where from | Here with lived or learnt experience |
|---|---|---|
| Nasreen Bashford | Dundee Carers Centre | lived |
| Graeme Fothergill | NHS Tayside, Senior Charge Nurse | learnt |
| Hazel Dunlop | Dundee Peer Network | lived |
| Euan Lowrie | Dundee City Council, Social Worker | learnt |

## What the ladder showed us

- Carers felt consulted after decisions were made, not before.

## Questions we didn't get to (answered in writing)

- Does co-design count as co-production?
"""


def test_a_column_of_lived_or_learnt_is_no_logs_types(tmp_path: Path) -> None:
    from ingest.extract.row_types import typed_rows

    raw = _read(tmp_path, "ladder.md", WHO_CAME, DocumentKind.WORKSHOP)
    rows, tables = typed_rows(raw)
    assert not rows and not tables  # "learnt" beside "lived" types no row as learning
    assert role_of_heading("Questions we didn't get to (answered in writing)") == Role.AGENDA
    assert role_of_heading("Unanswered questions") == Role.AGENDA


THEATRE = """# Theatre 4 brief and debrief record

## Team on the list

| Role | Name | At brief? | At debrief? |
|---|---|---|---|
| Consultant anaesthetist | Dr Helena Wrigley | Yes | Yes |
| Anaesthetic registrar | Dr Rohan Iyer-Bains | No - called to the emergency department | No |
| Scrub practitioner | Jodie Perkins, Scrub Nurse | Yes | Yes |
"""


def test_a_presence_column_headed_at_the_brief(tmp_path: Path) -> None:
    from ingest.extract.people_tables import _labels_row

    raw = _read(tmp_path, "theatre.md", THEATRE, DocumentKind.WORKSHOP)
    listed = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert listed["Helena Wrigley"] == Role.ATTENDANCE
    assert listed["Rohan Iyer-Bains"] == Role.APOLOGIES
    assert "Scrub Nurse" not in listed  # a post after the name, not a second person
    header = next(b for b in raw.blocks if b.kind == BlockKind.TABLE_ROW)
    assert _labels_row(header)  # read as the header even where a PDF leaves it unmarked


def test_the_notes_taken_by_someone_on_the_walk() -> None:
    from ingest.extract.took_part import acted_by

    said = "Notes taken on the walk (on a clipboard) by Heledd Prys, Co-ordinator."
    assert acted_by(said, said.index("Heledd")) == ""  # there, keeping the notes
    assert acted_by("A report by Jo Bell.", 12) is None


NOTICED = (
    "| What the visitors noticed | The cook knew which residents were off their food first "
    "| Care staff said little in the long huddle |"
)
GRID = f"""# Two homes, two huddles

| | Plas Derwen | Tŷ Celyn |
|---|---|---|
| How long | Six to eight minutes | Fifteen to twenty minutes |
{NOTICED}

## What both homes took away

- The staff who notice a resident is not quite right are often the cook and the housekeeper.
"""


@pytest.mark.slow
def test_a_grid_row_labelled_as_learning_weighs_less_than_a_section(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "grid.md", GRID, DocumentKind.WORKSHOP))
    strength = {
        e.name[:20]: e.props["strength"] for e in claims.entities if e.label == Label.LEARNING
    }
    assert strength["The staff who notice"] == 1.0
    assert strength["The cook knew which "] == 0.9


@pytest.mark.slow
def test_headings_are_kept_as_passages_never_quoted(extractor: Any, tmp_path: Path) -> None:
    text = "# Family group, March\n\n## Tics, Tourette syndrome and the local pathway\n\n- Ok.\n"
    claims = extractor(_read(tmp_path, "family.md", text, DocumentKind.WORKSHOP))
    headed = {p[2] for p in claims.passages if p[0] in claims.headed}
    assert "Tics, Tourette syndrome and the local pathway" in headed
    assert set(claims.headed) <= set(claims.untied)  # a heading ties no one to what it says


def test_an_action_plan_is_a_reports_own_chapter() -> None:
    from ingest.extract.section_topics import _a_reports_chapter

    assert _a_reports_chapter("Action plan 2025/26") and _a_reports_chapter("Next steps")
    assert not _a_reports_chapter("Colleagues with dyslexia")
    assert role_of_heading("4. Learning shared at this meeting") == Role.LEARNING


WDES = """# Workforce Disability Equality Standard annual report 2025

Report author | Nadia Brennan-Okoye, Equality, Diversity and Inclusion Lead

## Introduction

The standard is a set of ten metrics. NHS trusts in England must publish their results and an
action plan each year, and this year we looked at colleagues with dyslexia.

## Action plan 2025/26

- Offer dyslexia screening to every colleague who asks for it.

Most families had not heard of Attendance Allowance until someone filled in the form.
Bring your Attendance Allowance form to the drop-in if you have started one.
"""


@pytest.mark.slow
def test_a_report_that_names_one_nation_once_and_a_things_name(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "wdes.md", WDES, DocumentKind.EVIDENCE))
    items = [e for e in claims.entities if e.label == Label.EVIDENCE]
    assert len(items) == 1  # a report with an action plan, not a collection of items
    covers = {r.target[1] for r in claims.relations if r.rel == Rel.COVERS}
    assert covers == {"England"}  # the one nation it names, and no place anywhere else
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Attendance Allowance" not in people  # "your Attendance Allowance form": a thing


FIRST_PAIR = (
    "| Mair Hafren-Jones | Ward Sister, County War Memorial Hospital | Tegwen Rhosier "
    "| Occupational Therapist, Powys Teaching Health Board |"
)
PAIRS = f"""# Comment cards review session

## Around the table

{FIRST_PAIR}
|---|---|---|---|
| Glesni Arwel | Volunteer Coordinator, League of Friends | Ieuan Trefor | Volunteer, Llais |
"""


def test_people_set_side_by_side_in_pairs_of_columns(tmp_path: Path) -> None:
    raw = _read(tmp_path, "cards.md", PAIRS, DocumentKind.WORKSHOP)
    roles = {i.entry.name: i.entry.role for i in people_in(raw, GAZ, Layout.of(raw))}
    assert roles["Glesni Arwel"] == "Volunteer Coordinator"  # a name the lists do not know
    assert roles["Tegwen Rhosier"] == "Occupational Therapist"
    assert role_of_heading("Points for the department") == Role.LEARNING
    assert role_of_heading("Points for discussion") is None


CHAIRED = """Note of a public meeting held in Turriff Town Hall

About 140 people came. Cllr Alistair Rennie (Aberdeenshire Council) took the chair and
explained that no decision would be made on the night.

The dads' group is run jointly by Ronan Gilmore (Perinatal Mental Health Practitioner, South
Eastern Health and Social Care Trust) and Conal Devlin (Dads' Worker, DadsTalk NI).
"""


@pytest.mark.slow
def test_who_took_the_chair_and_who_runs_a_group_jointly(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "turriff.txt", CHAIRED, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Alistair Rennie", "Ronan Gilmore", "Conal Devlin"} <= came
