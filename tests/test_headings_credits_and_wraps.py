"""Learning headed in the present tense ("What is working"), a bilingual run-in apologies
head, advisers credited on a report's first page, a table's unmarked header row, topics'
defined short forms, and a title wrapped at a body's name (invented people; real bodies)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.extract.absence_words import says_apologies
from ingest.extract.headings import role_of_heading
from ingest.extract.listed import label_role
from ingest.readers import read_document
from ingest.types import DocumentKind


def test_what_is_working_heads_learning_and_taking_back_keeps_it() -> None:
    for heading in (
        "3. What champions said is working",
        "What's working, what's not",
        "What seems to be working",
        "What works well",
        "Things we're taking back to our teams",
    ):
        role = role_of_heading(heading)
        assert role is not None and role.value == "learning", heading
    for heading in ("What the network works on", "Working group", "Agreed before next time"):
        assert role_of_heading(heading) is None, heading


def test_a_welsh_and_english_apologies_head_says_who_did_not_come() -> None:
    assert says_apologies("Ymddiheuriadau / Apologies. Cai Morgan, Volunteer Manager.")
    assert not says_apologies("Iechyd / Health. The board met in Bangor.")
    heading = role_of_heading("Yn bresennol / Present")
    assert heading is not None and heading.value == "attendance"


def test_advice_from_a_profession_credits_its_adviser_but_a_service_of_advice_does_not() -> None:
    for label in ("Dental public health advice", "Clinical advice from", "Advised by"):
        role = label_role(label)
        assert role is not None and role.value == "authors", label
    assert label_role("Welfare advice") is None
    assert label_role("Advice") is None


NOTE = """# Volunteer passport working group: note of the third meeting

Thursday 9 October 2025, Board Room, Woodland House, Cardiff

**Present.** Cardiff and Vale University Health Board: Ffion Adair-Pugh (Head of Volunteering,
chair), Tobias Wren-Hughes (Information Governance Manager).

**Ymddiheuriadau / Apologies.** Cai Morgan-Llewelyn, Volunteer Manager, Welsh Ambulance Services
University NHS Trust.

## What is working

- Volunteers start within two weeks when their checks travel with them.

## Agreed before the next meeting

- Tobias to draft one data-sharing agreement.
"""

REPORT = """# Supervised toothbrushing in Stoke-on-Trent nurseries: annual monitoring report

**Report by** Hattie Brandreth-Cole, Public Health Commissioning Manager, Stoke-on-Trent City
Council. **Dental public health advice:** Dr Ravinder Oduya-Sands (Consultant in Dental Public
Health, NHS England).

## Findings

- Settings that brushed at a fixed time kept going through staff changes.
"""


@pytest.mark.slow
def test_a_bilingual_apologies_paragraph_and_a_present_tense_learning_heading(
    tmp_path: Path, extractor: Any
) -> None:
    path = tmp_path / "note.md"
    path.write_text(NOTE, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel.value == "ATTENDED"}
    assert came == {"Ffion Adair-Pugh", "Tobias Wren-Hughes"}
    learned = {e.name for e in claims.entities if e.label.value == "Learning"}
    assert learned == {"Volunteers start within two weeks when their checks travel with them."}


@pytest.mark.slow
def test_a_reports_adviser_named_after_a_label_in_its_byline_paragraph(
    tmp_path: Path, extractor: Any
) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.EVIDENCE))
    wrote = {r.source[1] for r in claims.relations if r.rel.value == "AUTHORED"}
    assert wrote == {"Hattie Brandreth-Cole", "Ravinder Oduya-Sands"}


@pytest.mark.slow
def test_a_known_name_ending_a_hyphenated_surname_is_not_that_body(extractor: Any) -> None:
    from ingest.extract.gazetteer_matcher import GAZ_KEY

    doc = extractor.nlp(
        "Dr Ravinder Oduya-Sands chaired. The All-Wales group met Sands, the charity."
    )
    known = [(s.text, s.start_char) for s in doc.spans[GAZ_KEY]]
    assert ("Sands", doc.text.index("Sands,")) in known
    assert ("Sands", doc.text.index("Sands ")) not in known
    assert "Wales" in {text for text, _ in known}
    assert "Ravinder Oduya-Sands" in {e.text for e in doc.ents if e.label_ == "PERSON"}


WRITE_UP = (
    "Our news\n\n"
    '"Say his name": what bereaved parents told the maternity team\n\n'
    "Write-up by Rosalind Quarrie-Webb, Volunteer Befriender Coordinator, Sands Derby and "
    "Burton, of our listening event on Saturday 20 September 2025 at the Cathedral Centre, "
    "Derby.\n\n"
    "Nineteen parents came together for a morning of listening.\n"
)


def _huddle_pdf(path: Path) -> Path:
    """A huddle record made by reportlab: a heading, a gridded table whose first row of
    labels is set like its other rows (nothing marks it as the header), then a list."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    grid = Table(
        [
            ["Theme", "Reviews where it appeared", "Grading of care (worst)"],
            ["Reduced fetal movements not escalated a second time", "4", "C"],
            ["Growth scan not booked after fundal height plateaued", "3", "C"],
        ]
    )
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story = [
        Paragraph("Learning from our perinatal reviews: panel huddle", styles["Title"]),
        Paragraph("Dr Isobel Carrick-Moyes chaired. About thirty staff came.", styles["Normal"]),
        Paragraph("Themes across the nine reviews", styles["Heading2"]),
        grid,
        Paragraph("What the reviews keep showing us", styles["Heading2"]),
        Paragraph(
            "• Booking without an interpreter means risk factors are missed for the rest of "
            "the pregnancy.",
            styles["Normal"],
        ),
    ]
    SimpleDocTemplate(str(path)).build(story)
    return path


@pytest.mark.slow
def test_a_tables_first_row_of_labels_is_never_a_learning_statement(
    tmp_path: Path, extractor: Any
) -> None:
    raw = read_document(_huddle_pdf(tmp_path / "huddle.pdf"), kind=DocumentKind.WORKSHOP)
    claims = extractor(raw)
    learned = {e.name for e in claims.entities if e.label.value == "Learning"}
    assert not learned & {"Theme", "Reviews where it appeared", "Grading of care (worst)"}
    assert "Growth scan not booked after fundal height plateaued" in learned


@pytest.mark.slow
def test_a_write_up_byline_names_who_took_part_and_stops_before_the_prose(
    tmp_path: Path, extractor: Any
) -> None:
    path = tmp_path / "write-up.txt"
    path.write_text(WRITE_UP, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel.value == "ATTENDED"}
    assert came == {"Rosalind Quarrie-Webb"}
    works = {r.target[1] for r in claims.relations if r.rel.value == "WORKS_AT"}
    assert "Sands Derby and Burton" in works


def test_a_short_form_defined_after_a_topic_mentions_that_topic_wherever_used() -> None:
    from ingest.extract.topic_short_forms import _expansion_start

    text = "cognitive behavioural therapy for insomnia (CBT-I)"
    assert _expansion_start(text, text.index("("), list("CBTI")) == 0
    text = "the review tool (PMRT)"
    assert _expansion_start(text, text.index("("), list("PMRT")) is None


@pytest.mark.slow
def test_a_statement_naming_a_topic_by_its_defined_short_form_is_about_it(
    extractor: Any,
) -> None:
    from ingest.extract.gazetteer_matcher import GAZ_KEY

    doc = extractor.nlp(
        "Dr Morris talked about cognitive behavioural therapy for insomnia (CBT-I). "
        "A taper offered alongside CBT-I keeps more people off the tablet."
    )
    second = doc.text.rindex("CBT-I")
    topics = {
        s.label_ for s in doc.spans[GAZ_KEY] if s.start_char == second and s.label_[:6] == "TOPIC|"
    }
    assert topics == {"TOPIC|insomnia"}


AUDIT = """GLOUCESTERSHIRE HOSPITALS NHS FOUNDATION TRUST
Ophthalmology Department - Clinical Governance
______________________________________________________________________

Cataract surgery outcomes at Gloucestershire Hospitals NHS Foundation
Trust: local summary of the national ophthalmology audit, 2024-25

Document type  : Local audit summary
Authors        : Mr Gideon Halloran-Pike, Consultant Ophthalmologist
Version        : 1.0, 14 November 2025
______________________________________________________________________

1. SUMMARY

   Our surgeons performed 5,118 cataract operations in the year.
"""


@pytest.mark.slow
def test_a_title_wrapped_before_its_bodys_head_word_is_one_title(
    tmp_path: Path, extractor: Any
) -> None:
    """ "Trust:" opening the title's second line finishes the name, it is no field; and the
    unit line under the banner ("Department - Clinical Governance") is no title."""
    path = tmp_path / "audit.txt"
    path.write_text(AUDIT, "utf-8")
    raw = read_document(path, kind=DocumentKind.EVIDENCE)
    assert "Trust" not in {b.key for b in raw.blocks if b.kind.value == "metadata"}
    claims = extractor(raw)
    item = next(e for e in claims.entities if e.label.value == "Evidence")
    assert item.props["title"] == (
        "Cataract surgery outcomes at Gloucestershire Hospitals NHS Foundation Trust: local "
        "summary of the national ophthalmology audit, 2024-25"
    )


HUDDLE_NOTES = """NHS TAYSIDE - COMMUNITY NUTRITION AND DIETETICS (DUNDEE LOCALITY)
Huddle notes: Nutrition and Hydration Week, day 2
----------------------------------------------------------------------

When:   Tuesday 17 March 2026, 08:45-09:05 (standing huddle, 20 min)
Where:  Dietetics base, Kings Cross Health and Community Care Centre,
        Clepington Road, Dundee

ON THE FLOOR
  MSL  Morag Skene-Lyall ......... team lead
  CB-F Corin Brodie-Farquhar .. dietetic support worker
  HSL  Hari Sandhu-Lorne ......... prescribing support pharmacist,
                                    Dundee Health and Social Care
                                    Partnership

1. SAFETY / STAFFING (MSL)
   One community dietitian off until Monday.
"""


@pytest.mark.slow
def test_a_huddle_roster_with_initials_and_dot_leaders_and_a_kind_keyed_title(
    tmp_path: Path, extractor: Any
) -> None:
    """The roster's rows are initials, name and role (one row's initials set one space from
    the name, its leader two dots); "Huddle notes: …" under the banner is the title, and
    "When:" a field, no heading."""
    path = tmp_path / "huddle.txt"
    path.write_text(HUDDLE_NOTES, "utf-8")
    raw = read_document(path, kind=DocumentKind.WORKSHOP)
    rows = [b.cells for b in raw.blocks if b.kind.value == "table_row"]
    assert rows[1] == ("CB-F", "Corin Brodie-Farquhar", "dietetic support worker")
    assert "When" in {b.key for b in raw.blocks if b.kind.value == "metadata"}
    claims = extractor(raw)
    workshop = next(e for e in claims.entities if e.label.value == "Workshop")
    assert workshop.props["title"] == "Huddle notes: Nutrition and Hydration Week, day 2"
    came = {r.source[1] for r in claims.relations if r.rel.value == "ATTENDED"}
    assert came == {"Morag Skene-Lyall", "Corin Brodie-Farquhar", "Hari Sandhu-Lorne"}


REVIEW = """# Peers: end-of-year review of the student nurse peer mentoring scheme

Review afternoon held on Wednesday 18 March 2026 at Wrexham Maelor Hospital.

Fourteen mentors and twenty-two mentees came. Two of the mentors spoke: Eluned Pryce-Morgan
(third-year adult nursing) about meeting her mentees in the first week, and Kit Harries-Vaughan
(third-year mental health nursing) about mentoring by video call.

## What we'll carry into next year

- Mentors who meet their mentees before the first placement keep them all year.
"""


@pytest.mark.slow
def test_people_led_in_by_who_spoke_took_part_and_what_is_carried_into_next_year_is_learned(
    tmp_path: Path, extractor: Any
) -> None:
    path = tmp_path / "review.md"
    path.write_text(REVIEW, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel.value == "ATTENDED"}
    assert came == {"Eluned Pryce-Morgan", "Kit Harries-Vaughan"}
    learned = {e.name for e in claims.entities if e.label.value == "Learning"}
    assert learned == {
        "Mentors who meet their mentees before the first placement keep them all year."
    }


def test_a_known_body_opening_a_name_defined_by_its_initials_is_that_longer_body() -> None:
    import spacy
    from spacy.tokens import Span

    from ingest.extract.defined_names import defined_full_names

    doc = spacy.blank("en")("Partners: Swansea Council for Voluntary Service (SCVS) and Mind.")
    ents = [
        Span(doc, 2, 4, label="ORG"),
        Span(doc, 5, 7, label="ORG"),
        Span(doc, 11, 12, label="ORG"),
    ]
    found = [(e.text, e.label_) for e in defined_full_names(doc, ents)]
    assert found == [("Swansea Council for Voluntary Service", "ORG"), ("Mind", "ORG")]


BOARD = """Alzheimer Scotland – Annual Review (extract)

A story from Fife

Jim's wife was diagnosed at 58, and the couple joined a peer support group in Kirkcaldy.

Board of Trustees

Professor Elspeth Garvie-Noon, Chair (University of Stirling)
Dr Alasdair Fyfe-Lennie, Vice Chair
Ranjit Sahota-McBride (NHS Tayside)
Catriona Weir-Stott, until September
"""


@pytest.mark.slow
def test_people_listed_under_the_pages_own_board_are_the_hosts(
    tmp_path: Path, extractor: Any
) -> None:
    """The trustees work with the body whose page it is, whatever else they hold; one who has
    left is not; and "Body – Annual Review (extract)" is the title, no banner."""
    path = tmp_path / "review.txt"
    path.write_text(BOARD, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.EVIDENCE))
    works = {(r.source[1], r.target[1]) for r in claims.relations if r.rel.value == "WORKS_AT"}
    assert {
        ("Elspeth Garvie-Noon", "Alzheimer Scotland"),
        ("Elspeth Garvie-Noon", "University of Stirling"),
        ("Alasdair Fyfe-Lennie", "Alzheimer Scotland"),
        ("Ranjit Sahota-McBride", "Alzheimer Scotland"),
        ("Ranjit Sahota-McBride", "NHS Tayside"),
    } <= works
    assert ("Catriona Weir-Stott", "Alzheimer Scotland") not in works
    item = next(e for e in claims.entities if e.label.value == "Evidence")
    assert item.props["title"] == "Alzheimer Scotland – Annual Review (extract)"


Q_BLOG = """Reducing bleeds after discharge: a Q member's story

Blog | Q community | Posted by Orlagh Devine-Kerr, pharmacist, Western Health and Social Care Trust

I have been a Q member since 2018, and the Q community is where I go when an idea gets stuck.

A call with Q's Northern Ireland community lead, Roisin Gallen-Boyd, linked me with three
members who had tackled the same problem for their patients.

Patient Brian, 79, from Omagh, said the sheet helped him.
"""


@pytest.mark.slow
def test_a_blogs_writer_and_q_and_a_role_set_after_a_bodys_possessive(
    tmp_path: Path, extractor: Any
) -> None:
    """The writer on a byline after the page's parts is the one who says "I have been a Q
    member"; "Q's Northern Ireland community lead, P" is Q's; "Patient Brian" is Brian."""
    path = tmp_path / "blog.txt"
    path.write_text(Q_BLOG, "utf-8")
    raw = read_document(path, kind=DocumentKind.EVIDENCE)
    claims = extractor(raw)
    works = {(r.source[1], r.target[1]) for r in claims.relations if r.rel.value == "WORKS_AT"}
    assert {("Orlagh Devine-Kerr", "Q"), ("Roisin Gallen-Boyd", "Q")} <= works
    people = {e.name for e in claims.entities if e.label.value == "Person"}
    assert "Patient Brian" not in people


@pytest.mark.slow
def test_a_name_the_text_describes_as_a_programme_is_no_organisation(
    tmp_path: Path, extractor: Any
) -> None:
    text = (
        "QualityWatch: A&E waits in Wales now longest\n\n"
        "New analysis from QualityWatch, the joint research programme of the Nuffield Trust "
        "and the Health Foundation, shows longer waits.\n"
    )
    path = tmp_path / "release.txt"
    path.write_text(text, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.EVIDENCE))
    orgs = {e.name for e in claims.entities if e.label.value == "Organisation"}
    assert "QualityWatch" not in orgs
    assert {"Nuffield Trust", "Health Foundation"} <= orgs
