"""Layouts met on documents we did not write (dev53-dev60 of bench/questions), on invented
people: a page's breadcrumb trail over its title, and the pieces of it the model takes for an
organisation. Real files read by the readers; the tests that need the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label
from ingest.extract.banners import breadcrumb
from ingest.types import DocumentKind
from tests.test_minutes_and_rounds import _read

REVIEWS = """nhs.uk  >  Find a service  >  Royal Gwent Hospital  >  Audiology  >  Ratings

Ratings and reviews: Hearing therapy clinic (Audiology), Royal Gwent Hospital
Aneurin Bevan University Health Board

Average rating: 3.9 stars from 31 reviews (last 2 years)

"Listened at last"
Visited May 2025. Posted by Seren84, 2 June 2025

The hearing therapist explained why the ringing is worse at night and gave me a sound
generator. The wait to be seen was seven months.

  Response from Delyth Rowlands, Head of Audiology, Aneurin Bevan University Health Board
  Thank you for writing. We have added a second hearing therapist to bring the waits down.
"""


def test_a_breadcrumb_trail_whatever_its_parts() -> None:
    assert breadcrumb("nhs.uk > Find a service > Royal Gwent Hospital > Audiology")
    assert breadcrumb("Home › Our services › Stroke")
    assert not breadcrumb("Before > after")  # two parts: a comparison, not a trail
    assert not breadcrumb("Waits > 18 weeks > a year in three of the seven health boards now")


@pytest.mark.slow
def test_a_page_under_a_breadcrumb_trail_is_titled_by_its_headline(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "reviews.txt", REVIEWS, DocumentKind.EVIDENCE))
    evidence = next(e for e in claims.entities if e.label == Label.EVIDENCE)
    assert evidence.props["title"].startswith("Ratings and reviews: Hearing therapy clinic")
    orgs = {e.name for e in claims.entities if e.label == Label.ORGANISATION}
    assert "Aneurin Bevan University Health Board" in orgs
    assert not any(">" in name or "›" in name for name in orgs)


HEAD = (
    "NHS Highland · Cardiology · Community Heart Failure Nursing Service · OFFICIAL-SENSITIVE"
    " once names are added; this copy anonymised"
)
SENTENCE = "Daily weights only help when someone at home can read the scales and phone them in."


def _mdt_notes(path: Path) -> Path:
    """Two pages whose running head (two lines, as long as the page is wide) is set at the
    text's own size and spacing, and a banner line at that size over page one's headline."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for page in (1, 2):
        canvas.setFont("Helvetica", 8)
        y = 800.0
        for line in (HEAD, "Weekly virtual MDT · notes for teaching"):
            canvas.drawString(40, y, line)
            y -= 10.0
        canvas.setFont("Helvetica", 8)
        if page == 1:
            canvas.drawString(40, y, "COMMUNITY HEART FAILURE NURSING SERVICE · WEEKLY VIRTUAL MDT")
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(40, y - 30, "Heart failure MDT: notes, Wednesday 12 February 2025")
            y -= 60
            canvas.setFont("Helvetica", 8)
        for _ in range(30):
            canvas.drawString(40, y, SENTENCE)
            y -= 10.0
        canvas.showPage()
    canvas.save()
    return path


def test_a_running_head_set_close_to_the_text_is_not_text(tmp_path: Path) -> None:
    from ingest.readers import read_document as read

    raw = read(_mdt_notes(tmp_path / "mdt.pdf"))
    assert "OFFICIAL-SENSITIVE" not in raw.text and "notes for teaching" not in raw.text
    assert raw.text.count(SENTENCE) == 60
    titles = [raw.text[b.start : b.end] for b in raw.blocks if b.kind.value == "title"]
    assert titles == ["Heart failure MDT: notes, Wednesday 12 February 2025"]


INITIALS = """# Practice development session: noticing postnatal depression

| | |
|---|---|
| Date | Wednesday 12 March 2025 |
| Venue | Moorside Clinic, Bradford |
| Present | RB, NQ, TW and six health visitors from the cluster (key below) |
| Apologies | EH (clinic cover) |

Key to initials used in this record: RB = Rhiannon Blackwood, Health Visitor, Bradford District
Care NHS Foundation Trust; NQ = Nadia Qureshi, Community Nursery Nurse, Bradford District Care
NHS Foundation Trust; TW = Tamsin Wilde, Peer Support Coordinator, Family Action; EH = Eleanor
Hartley, Health Visitor, Bradford District Care NHS Foundation Trust.

## What we are taking back to caseloads

- Listening visits are taken up more often when offered as a walk with the pram.
"""


@pytest.mark.slow
def test_initials_in_a_part_stand_for_the_people_the_key_spells_out(
    extractor: Any, tmp_path: Path
) -> None:
    from graph.model import Rel

    claims = extractor(_read(tmp_path, "session.md", INITIALS, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Rhiannon Blackwood", "Nadia Qureshi", "Tamsin Wilde"} <= came
    assert "Eleanor Hartley" not in came  # keyed, but her initials sent apologies
    works = {(r.source[1], r.target[1]) for r in claims.relations if r.rel == Rel.WORKS_AT}
    assert ("Nadia Qureshi", "Bradford District Care NHS Foundation Trust") in works
    quotes = [
        p.quote
        for r in claims.relations
        if r.rel == Rel.ATTENDED and r.source[1] == "Tamsin Wilde"
        for p in r.provenance
    ]
    assert any(q.startswith("Present") for q in quotes)  # the field it stands in is quoted


FOOTED = """<!DOCTYPE html><html><head><title>Rural transport | Powys County Council</title></head>
<body><main><h1>Chapter 6: Community transport and access in rural Powys</h1>
<p>Volunteer car schemes carried 14,200 passengers to health appointments in 2024.</p>
<h2>What the schemes taught us</h2>
<ul><li>Schemes run out of drivers long before they run out of miles.</li></ul>
</main>
<footer><p>Chapter lead: Carys Wynne-Hopkins, Rural Transport Policy Officer, Powys County
Council. Prepared with Dafydd Prosser, Development Officer (Wales), Community Transport
Association. Approved for consultation by the cabinet member.</p>
<p>Report prepared by Elis Maelor, Access Officer (Powys Teaching Health Board), with data
from the schemes.</p></footer></body></html>"""


@pytest.mark.slow
def test_a_pages_credits_in_its_footer_after_its_last_section(
    extractor: Any, tmp_path: Path
) -> None:
    """Credits in a page's footer, read after a learning section, are its makers: "Chapter
    lead: A", "Prepared with B, Officer (Wales), Org", "Report prepared by C (Org)"."""
    from graph.model import Rel

    claims = extractor(_read(tmp_path, "chapter.html", FOOTED, DocumentKind.EVIDENCE))
    made = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert {"Carys Wynne-Hopkins", "Dafydd Prosser", "Elis Maelor"} <= made
    works = {(r.source[1], r.target[1]) for r in claims.relations if r.rel == Rel.WORKS_AT}
    assert ("Dafydd Prosser", "Community Transport Association") in works
    assert ("Elis Maelor", "Powys Teaching Health Board") in works


AUDIT = """PUBLIC HEALTH SCOTLAND
Homelessness Services -- Research Unit

=======================================================================
STREET NEEDS AUDIT 2025: DUNDEE
Summary of key findings on rough sleeping
=======================================================================

Audit period ...... 3 February to 16 March 2025
Report ............ Morag Lindsay, Research Officer

1. WHAT THE AUDIT FOUND

Forty-one people slept rough in the city centre at least once during the six weeks.
"""


@pytest.mark.slow
def test_a_unit_line_under_the_publisher_is_no_title(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "audit.txt", AUDIT, DocumentKind.EVIDENCE))
    evidence = next(e for e in claims.entities if e.label == Label.EVIDENCE)
    assert evidence.props["title"].lower().startswith("street needs audit 2025")


def test_people_on_one_line_set_apart_by_a_middle_dot() -> None:
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.listed import parse_lenient

    line = (
        "Amara Nwosu, Immunisation Coordinator, NHS Birmingham and Solihull Integrated Care"
        " Board · Helen Marsh, Health Visitor, Birmingham Community Healthcare NHS Foundation"
        " Trust"
    )
    found = [(e.name, e.organisations) for e in parse_lenient(line, load_gazetteer())]
    assert found == [
        ("Amara Nwosu", ("NHS Birmingham and Solihull Integrated Care Board",)),
        ("Helen Marsh", ("Birmingham Community Healthcare NHS Foundation Trust",)),
    ]


def test_a_table_of_settings_and_who_represented_them() -> None:
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.people_lists import parse_people_table

    rows = [
        ("Setting", "Represented by"),
        ("Little Oaks Day Nursery, Birmingham", "Ruth Okoye, Manager"),
    ]
    ((n, entry),) = parse_people_table(None, rows, load_gazetteer())
    assert (n, entry.name, entry.role) == (1, "Ruth Okoye", "Manager")
    assert entry.organisations == ("Little Oaks Day Nursery",)


SPLIT_TOPICS = """PARKVIEW MEDICAL PRACTICE, ORMEAU HEALTH CENTRE, BELFAST
Protected learning afternoon for reception staff

Call and recall for childhood immunisations: training notes
Wednesday 15 October 2025, 9.00 am to 12.30 pm
Upstairs meeting room, Ormeau Health Centre

-----------------------------------------------------------------------
WHO CAME
    Niamh Corr, Practice Manager, Parkview Medical Practice; Dr Ruairi Byrne, GP Partner

WHAT WE LEARNED ABOUT WHY CHILDREN GET MISSED
    1. Parents who ring to cancel are almost never offered another date on the same call.
    2. Children who move house often have records that do not follow them.

WHAT WE HEARD ABOUT FAMILIES IN TEMPORARY ACCOMMODATION
    1. Families placed in temporary accommodation lose their letters when they move on.
    2. Hostel staff are rarely told which children are due a vaccine.
"""


@pytest.mark.slow
def test_learning_takes_the_topic_a_second_title_line_names(extractor: Any, tmp_path: Path) -> None:
    """A letterhead of a practice and its place is no title, and learning under a part about
    something else still takes the topic the line naming the session does."""
    from graph.model import Rel

    claims = extractor(_read(tmp_path, "recall.txt", SPLIT_TOPICS, DocumentKind.WORKSHOP))
    workshop = next(e for e in claims.entities if e.label == Label.WORKSHOP)
    assert not workshop.props["title"].lower().startswith("parkview")
    about = {
        r.target[1]
        for r in claims.relations
        if r.rel == Rel.ABOUT and r.source[1].startswith("Parents who ring to cancel")
    }
    assert "childhood immunisations" in about


def test_a_findings_row_of_a_label_and_a_figure_is_one_statement() -> None:
    from ingest.extract.learning import _figure

    assert _figure("Services with a written transition protocol | 44%")
    assert _figure("Median gap to the first adult appointment | 9 weeks")
    assert not _figure("Carers changed the household's meals | to avoid upset")


SETTINGS = """# Nursery managers' network: childhood immunisations

## Round the room

| Setting | Represented by |
|---|---|
| Little Acorns Day Nursery, Small Heath | Rukhsana Begum, Manager |
| Al-Noor Montessori, Alum Rock | Farida Mohamud (Deputy Manager) |

## What managers said they now understand

- Parents ask nursery staff about vaccines more often than they ask anyone in the NHS.
"""


@pytest.mark.slow
def test_places_in_a_tables_setting_column_are_no_people(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "network.md", SETTINGS, DocumentKind.WORKSHOP))
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert {"Rukhsana Begum", "Farida Mohamud"} <= people
    assert not people & {"Small Heath", "Alum Rock", "Al-Noor Montessori"}


@pytest.mark.slow
def test_a_body_named_with_the_area_it_serves_is_one_organisation(
    extractor: Any, tmp_path: Path
) -> None:
    text = (
        "# Volunteers' Week evening\n\nAilsa Kerr, Volunteer Development Officer at Third"
        " Sector Dumfries and Galloway, presented the certificates.\n"
    )
    claims = extractor(_read(tmp_path, "evening.md", text, DocumentKind.WORKSHOP))
    orgs = {e.name for e in claims.entities if e.label == Label.ORGANISATION}
    assert "Third Sector Dumfries and Galloway" in orgs and "Third Sector" not in orgs
