"""More layouts met on documents we did not write, on invented people: an apology heading in
any words ("Couldn't join"), police ranks before names, a round of people written into a
sentence ("Around the circle tonight were Rev. A, …; Mrs B, …"), and a form whose "Title" is
a heading over its value. Real files read by the readers; the tests that need the model are
marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.names import clean_person
from ingest.extract.headings import role_of_heading
from ingest.extract.sections import Role
from ingest.types import DocumentKind
from tests.test_minutes_and_rounds import _learned, _read


def test_a_heading_saying_its_people_did_not_come_in_any_words() -> None:
    for heading in ("Couldn't join", "Could not be with us", "Can't make it", "Did not attend"):
        assert role_of_heading(heading) == Role.APOLOGIES, heading
    assert role_of_heading("Could we join up services") is None
    assert role_of_heading("Around the circle") == Role.ATTENDANCE


def test_police_ranks_are_not_names() -> None:
    assert [clean_person(n) for n in ("DC Ewan Laird", "PCSO Hannah Brierley")] == [
        "Ewan Laird",
        "Hannah Brierley",
    ]


CIRCLE = """# Neighbours' circle, February

Seven of us this month. Around the circle tonight were Rev. Emrys Caddick, minister at the
chapel in Splott, who has been a neighbour since the start; Mrs Gwenllian Tudor-Price, a
retired headteacher from Penarth; and Kasia Wronska, a student at Cardiff University.

## What we took away

- People stop visiting when the person they visited dies, just when the family needs them.
"""

FORM = """OSF Registries - registration export (plain text)
Template: OSF Preregistration

STUDY INFORMATION

Title
  Eye checks at the kitchen table: a feasibility study of home
  tonometry in west Wales

Contributors
  Dr Carys Meredith, Swansea University, principal investigator
"""


@pytest.mark.slow
def test_a_round_written_into_a_sentence_and_a_forms_title(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "circle.md", CIRCLE, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Emrys Caddick", "Gwenllian Tudor-Price", "Kasia Wronska"} <= came
    claims = extractor(_read(tmp_path, "osf.txt", FORM, DocumentKind.EVIDENCE))
    titles = [e.name for e in claims.entities if e.label == Label.EVIDENCE]
    assert titles and titles[0].startswith(
        "Eye checks at the kitchen table: a feasibility study of home tonometry in west Wales"
    )


def test_a_part_after_a_bracketed_aside_and_a_comma() -> None:
    from ingest.extract.took_part import acted_as

    text = (
        "Our group leader, Ann Gatley (a retired pharmacist, as you know), welcomed the speakers."
    )
    assert acted_as(text, text.index("Gatley") + len("Gatley")) == "host"


BANNER = """EYE CARE TODAY - CPD ZONE
Text-only version for screen readers.
Issue 4, 2025. CPD points: 1 interactive.

SHARED CARE FOR WET MACULAR DEGENERATION IN NORTHERN IRELAND:
WHAT THE FIRST TWO YEARS SHOWED

Aoife Keaney, community optometrist, Enniskillen

LEARNING OBJECTIVES
"""


def test_a_title_over_two_lines_in_capitals_below_a_banner(tmp_path: Path) -> None:
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.layout import Layout
    from ingest.extract.titles import document_title

    raw = _read(tmp_path, "cpd.txt", BANNER, DocumentKind.EVIDENCE)
    title, _kind = document_title(raw, load_gazetteer(), Layout.of(raw).front)
    assert title == (
        "Shared care for wet macular degeneration in Northern Ireland: what the first two years "
        "showed"
    )


def test_headings_learned_points_absent_labels_and_who_made_it() -> None:
    assert role_of_heading("Points learned from the survey") == Role.LEARNING
    assert role_of_heading("Not at the wrap-up") == Role.APOLOGIES
    assert role_of_heading("Not in the room") == Role.APOLOGIES
    assert role_of_heading("Who developed this") == Role.AUTHORS
    assert role_of_heading("Who built it") != Role.AUTHORS  # a workshop's own people


MINUTES = """CLANRYE VIEW CARE HOME - RESIDENTS' AND RELATIVES' MEETING

1. WELCOME
   OK welcomed everyone and thanked the relatives for coming.

2. WHAT WE HAVE LEARNED SINCE THE LAST MEETING
   OK read out what the staff and relatives have agreed since January:
   - Residents who moved to the small dining room ate more at every
     meal, so the setting matters as much as the menu.

3. ANY OTHER BUSINESS
   - The raffle raised GBP 412.
"""


def test_numbered_heads_in_capitals_over_their_text(tmp_path: Path) -> None:
    from ingest.types import BlockKind

    raw = _read(tmp_path, "minutes.txt", MINUTES, DocumentKind.WORKSHOP)
    heads = [raw.text[b.start : b.end] for b in raw.blocks if b.kind == BlockKind.HEADING]
    assert heads[-3:] == [
        "WELCOME",
        "WHAT WE HAVE LEARNED SINCE THE LAST MEETING",
        "ANY OTHER BUSINESS",
    ]
    assert _learned(raw) == [
        "Residents who moved to the small dining room ate more at every meal, so the setting "
        "matters as much as the menu."
    ]


WRAP_UP = """# Facilitators' wrap-up after ten Wednesdays

Museums on Prescription, block 3: weekly sessions for adults referred for loneliness.

| Facilitators | Morag Dunsire, Museum Learning Officer, Glasgow Life |
|---|---|
| Referrers at the wrap-up | Ishbel Cattanach, Community Link Practitioner, the ALLIANCE |
| Not at the wrap-up | Dr Fergus Pirnie, GP, NHS Greater Glasgow and Clyde, was on call |

## Round the table

Morag Dunsire. Objects worked better than tours. Dr Pirnie's e-mail said two patients asked
to come off the waiting list.
"""

PAGE = """<html><body><main><h1>Reasonable adjustments in general practice</h1>
<h2>Who developed this</h2>
<p>The testing was led in the practices by Dr Euan Lockerbie, GP and Clinical Lead at NHS
Lanarkshire.</p></main></body></html>"""


@pytest.mark.slow
def test_a_row_saying_its_person_was_not_there_and_a_titled_name(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "wrap.md", WRAP_UP, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Morag Dunsire", "Ishbel Cattanach"} <= came
    assert "Fergus Pirnie" not in came  # not at it, and only his e-mail was
    topics = {r.target[1] for r in claims.relations if r.rel == Rel.ADDRESSES}
    assert "arts on prescription" in topics  # "Museums on Prescription" names it
    claims = extractor(_read(tmp_path, "page.html", PAGE, DocumentKind.EVIDENCE))
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Euan Lockerbie" in people  # a title, a known given name, a surname that is a place


CALL = """Norfolk outlets - quarterly call
Wed 14 May 2025, 10.00-11.15

On the call
  Bryony Talbot (BT) - THT, chair
  Jas Kaur-Whitlow (JKW) - Youth Worker, Norfolk County Council
      Children's Services (Great Yarmouth youth hub)
  Ritchie Pegg (RP) - Community Pharmacist, Dereham

Couldn't join
  Lorraine Petrie, School Nurse Team Leader (Cambridgeshire Community
  Services NHS Trust) - clinic overran, sent her figures by email.

ON THE ROPE TODAY
  Brebner, Lachlan ........ Care Home Liaison Nurse, NHS Highland
  Sutherland-Gow, Morven .. Manager, Ardross House Care Home,
                            Alness
"""


def test_entries_set_in_under_a_label_and_wrapped_lines_set_in(tmp_path: Path) -> None:
    from ingest.types import BlockKind

    raw = _read(tmp_path, "call.txt", CALL, DocumentKind.WORKSHOP)
    blocks = [(b.kind, raw.text[b.start : b.end]) for b in raw.blocks]
    items = [text for kind, text in blocks if kind == BlockKind.LIST_ITEM]
    assert items[:3] == [
        "Bryony Talbot (BT) - THT, chair",
        "Jas Kaur-Whitlow (JKW) - Youth Worker, Norfolk County Council Children's Services "
        "(Great Yarmouth youth hub)",
        "Ritchie Pegg (RP) - Community Pharmacist, Dereham",
    ]
    assert (BlockKind.HEADING, "On the call") in blocks
    # one entry wrapped at one indent stays one block
    assert any(
        text.startswith("Lorraine Petrie") and text.endswith("by email.") for _k, text in blocks
    )
    assert items[-2:] == [
        "Brebner, Lachlan ........ Care Home Liaison Nurse, NHS Highland",
        "Sutherland-Gow, Morven .. Manager, Ardross House Care Home, Alness",
    ]
    assert role_of_heading("ON THE ROPE TODAY") == Role.ATTENDANCE
    assert role_of_heading("On the agenda today") is None


def test_a_people_line_with_dot_leaders() -> None:
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.people_lists import parse_people

    entries = parse_people(
        "Brebner, Lachlan ........ Care Home Liaison Nurse, NHS Highland", load_gazetteer()
    )
    assert [(e.name, e.role, e.organisations) for e in entries] == [
        ("Lachlan Brebner", "Care Home Liaison Nurse", ("NHS Highland",))
    ]


REVIEW = """NHS NATIONAL SERVICES SCOTLAND
NATIONAL SERVICES DIVISION

PERFORMANCE REVIEW REPORT
Scottish National Spinal Deformity Service: performance review 2024/25

Host board ....... NHS Lothian
"""


def test_a_unit_of_the_publisher_in_capitals_is_no_title(tmp_path: Path) -> None:
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.layout import Layout
    from ingest.extract.titles import document_title

    raw = _read(tmp_path, "review.txt", REVIEW, DocumentKind.EVIDENCE)
    title, _kind = document_title(raw, load_gazetteer(), Layout.of(raw).front)
    assert title == "Scottish National Spinal Deformity Service: performance review 2024/25"


PANEL = """# Moderation meeting note

## Panel

Morag Tennant chaired. Declarations of interest. Denise Farrow, the second carer
representative appointed to the panel, declared that a close family member uses one of the
services. On the moderator's advice she stood down before any bid was opened and did not
attend this meeting. Alan Irving scored questions 2 and 3.
"""


@pytest.mark.slow
def test_an_absence_said_of_her_in_the_next_sentence(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "panel.md", PANEL, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert "Denise Farrow" not in came
    assert {"Morag Tennant", "Alan Irving"} <= came


PAGE_WITH_FOOTER = """<html><body><article><h1>How long it takes to reach the hospital by bus</h1>
<p>Morning outpatient slots are unreachable without a car for about 54,000 people.</p>
</article><footer><p>Analysis: Dr Fearghal Quinlan, Senior Research Fellow, Queen's University
Belfast.</p><p><a href="/privacy">Privacy</a></p></footer></body></html>"""


def test_a_page_footer_crediting_its_analysis_is_read(tmp_path: Path) -> None:
    raw = _read(tmp_path, "note.html", PAGE_WITH_FOOTER, DocumentKind.EVIDENCE)
    assert "Analysis: Dr Fearghal Quinlan, Senior Research Fellow" in raw.text
    assert "Privacy" not in raw.text


PANEL_TABLE = """# Pressure ulcer review panel: case log

## Panel members

| Name | Role | Organisation | Present |
|---|---|---|---|
| Morag Urquhart | Lead Tissue Viability Nurse | NHS Highland | In person |
| Dr Iona Balfron | Consultant Geriatrician | NHS Highland | Teams |
| Euan Tulloch | Podiatry Lead | NHS Highland | Apologies |
"""


@pytest.mark.slow
def test_a_row_whose_cell_says_apologies(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "panel.md", PANEL_TABLE, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Morag Urquhart", "Iona Balfron"} <= came
    assert "Euan Tulloch" not in came
