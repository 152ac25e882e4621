"""More layouts met on documents we did not write, on invented people: Markdown minutes whose
items run in from a bold numbered head, a bracket left open at a line's end, a round of
names each with the word they said, several people set out as sentences in one table cell,
shorthand and qualified attendance labels, a list log typed by an "Item type" column, a
newsroom script's STORY field, and a charity's registration line. Real files read by the
readers; the tests that need the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.headings import role_of_heading
from ingest.extract.layout import Layout
from ingest.extract.listed import parse_lenient
from ingest.extract.people_blocks import people_in
from ingest.extract.people_lists import parse_people
from ingest.extract.sections import Role, apologies_in
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

GAZ = load_gazetteer()


def _read(tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path, tmp_path, kind)


def _learned(raw: Any) -> list[str]:
    """The list items the document's layout reads as learning."""
    layout = Layout.of(raw)
    return [
        raw.text[b.start : b.end]
        for i, b in enumerate(raw.blocks)
        if b.kind == BlockKind.LIST_ITEM and layout.role_at(i) == Role.LEARNING
    ]


MINUTES = """# Carmarthen Riverside Walkers

Present: Gwenllian Rees (Chair), Idwal Prosser (Treasurer) and, for item 3, Aled Prys
(Connector, Carmarthenshire County Council) with Nerys Bowden (Occupational
Therapist, Hywel Dda University Health Board).

**1. Apologies.** Dilwyn Harries (hospital appointment).

**2. Matters arising.**

**3. What the year taught us.** Agreed to record the following:
- People who would not join a class will walk beside someone and talk.
- A named walk leader keeps people coming back in winter.

**4. Any other business.**
- AGREED that the walk start at the leisure centre.
"""


def test_minutes_items_run_in_from_bold_numbered_heads(tmp_path: Path) -> None:
    raw = _read(tmp_path, "minutes.md", MINUTES, DocumentKind.WORKSHOP)
    heads = [raw.text[b.start : b.end] for b in raw.blocks if b.kind == BlockKind.HEADING]
    assert heads == [
        "1. Apologies.",
        "2. Matters arising.",
        "3. What the year taught us.",
        "4. Any other business.",
    ]
    layout = Layout.of(raw)
    assert _learned(raw) == [
        "People who would not join a class will walk beside someone and talk.",
        "A named walk leader keeps people coming back in winter.",
    ]
    present = next(b for b in raw.blocks if b.key == "Present")
    assert raw.text[present.start : present.end].endswith("Hywel Dda University Health Board).")
    listed = {i.entry.name: i.meaning for i in people_in(raw, GAZ, layout)}
    assert listed["Dilwyn Harries"] == Role.APOLOGIES


def test_a_round_of_names_each_with_the_word_they_said() -> None:
    found = parse_people('Ffion Treharne, peer supporter, Splott - "tired"', GAZ)
    assert [e.name for e in found] == ["Ffion Treharne"]
    assert found[0].role.startswith("peer supporter")


def test_several_people_set_out_as_sentences_in_one_cell() -> None:
    cell = (
        "Ailsa Drummond - chair and notes. Dr Keir Balfour, GP partner, Lochee Surgery. "
        "Moira Gellatly, community pharmacist (Gellatly Pharmacy, Lochee)."
    )
    assert [e.name for e in parse_lenient(cell, GAZ)] == [
        "Ailsa Drummond",
        "Keir Balfour",
        "Moira Gellatly",
    ]


def test_shorthand_and_qualified_attendance_labels() -> None:
    assert role_of_heading("APOLS") == Role.APOLOGIES
    assert role_of_heading("Also in the room for the debrief") == Role.ATTENDANCE
    assert role_of_heading("What we are carrying out of the circle") == Role.LEARNING
    assert role_of_heading("What we are carrying out next month") is None
    assert role_of_heading("Learning from the refresher") == Role.LEARNING
    assert role_of_heading("Learning from Northern Ireland") is None
    assert apologies_in("Not in the circle tonight: Aoife Brannigan, who was on call")


LIST_LOG = """<html><body><h1>Pathway working group</h1>
<table>
<tr><th>ID</th><th>Title</th><th>Item type</th><th>Details</th></tr>
<tr><td>1</td><td>Checklist</td><td>Lesson learned</td><td>Referrals that came with the
checklist went to the right clinic first time.</td></tr>
<tr><td>2</td><td>Pharmacy</td><td>Lesson learned</td><td>Pharmacists see repeat
painkiller purchases months before a referral.</td></tr>
<tr><td>3</td><td>Roll-out</td><td>Action</td><td>Extend the checklist to all practices.</td></tr>
</table></body></html>
"""


def test_a_list_logs_item_type_column_types_its_rows(tmp_path: Path) -> None:
    raw = _read(tmp_path, "log.html", LIST_LOG, DocumentKind.WORKSHOP)
    typed, _tables = Layout.of(raw).typed
    roles = sorted(str(t.role) for t in typed.values())
    assert roles == ["actions", "learning", "learning"]


SCRIPT = """HARBOUR FM - NEWSROOM SCRIPT
==========================================================================
PROGRAMME : Breakfast news
DATE      : Tuesday 3 March 2026
STORY     : Carers in Falmouth wait longest for a break, council review
            finds
REPORTER  : Tamsin Penrose
==========================================================================

CUE: CARERS IN FALMOUTH WAIT LONGER FOR A BREAK THAN ANYWHERE ELSE IN THE COUNTY.
"""


@pytest.mark.slow
def test_a_newsroom_scripts_story_field_is_its_title(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "script.txt", SCRIPT, DocumentKind.EVIDENCE))
    titles = [str(e.props.get("title")) for e in claims.entities if e.props.get("title")]
    assert "Carers in Falmouth wait longest for a break, council review finds" in titles


AUDIT = """BREATHE BETTER - AUDIT SUMMARY

Still waiting: pulmonary rehabilitation for people with COPD in Wales

Registered charity in England and Wales (326730) and Scotland (SC038415).

Waits for pulmonary rehabilitation in Wales were longest in Powys and Ceredigion. Health
boards in Wales that offered classes in leisure centres saw more people finish them.
"""


@pytest.mark.slow
def test_where_a_charity_is_registered_is_not_where_it_studied(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "audit.txt", AUDIT, DocumentKind.EVIDENCE))
    covers = {r.target[1] for r in claims.relations if r.rel == Rel.COVERS}
    assert "Wales" in covers
    assert not covers & {"England", "Scotland"}


CO_PRODUCTION = """Pathway co-production day

The day was planned by a group of three: Heledd Morgan (Neurodevelopmental Service Lead,
Powys Teaching Health Board), Iolo Prydderch (Community Connector) and Non Watcyn (Powys
County Council), who was unwell on the day and could not come.
"""


@pytest.mark.slow
def test_only_the_person_a_sentence_says_could_not_come_loses_their_interest(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "day.txt", CO_PRODUCTION, DocumentKind.WORKSHOP))
    keen = {r.source[1] for r in claims.relations if r.rel == Rel.INTERESTED_IN}
    assert "Heledd Morgan" in keen  # her role names neurodiversity; Non Watcyn was absent


VISITOR_BOOK = """TUESDAY WALKING CAFE - VISITOR BOOK (typed up)

Hosts tonight:  Mairead Quigg, Health Coach, Northern Health and Social Care Trust

-------------------------------------------------------------------------
TIME IN   NAME (as written)          CAME FROM / JOB             HEARD VIA
-------------------------------------------------------------------------
18.25     Bernie                     Ballymena                   poster
18.30     Aisling Crossey            Community Pharmacist,       Mairead
                                     Wellington Street Pharmacy
18.40     Kevin Dornan               Physiotherapist, Northern   pain team
                                     Health and Social Care Trust
-------------------------------------------------------------------------
"""


def test_a_visitor_books_time_in_column_says_who_came(tmp_path: Path) -> None:
    raw = _read(tmp_path, "book.txt", VISITOR_BOOK, DocumentKind.WORKSHOP)
    rows = [b.cells for b in raw.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows[2] == (
        "18.30",
        "Aisling Crossey",
        "Community Pharmacist, Wellington Street Pharmacy",
        "Mairead",
    )
    listed = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert listed["Aisling Crossey"] == listed["Kevin Dornan"] == Role.ATTENDANCE


COUNCIL = """VOLUNTEERS' COUNCIL - MINUTES

4. The garden pilot
4.1 The chair asked members to record what the council had learned from the pilot. Points of
learning agreed by the council:
1 Patients came more readily to a garden on the hospital site than to a walk across town.
2 Volunteers who had come through the prescription welcomed new people best.
5. Action log
"""


def test_points_numbered_without_a_stop_after_a_lead_in_are_learning(tmp_path: Path) -> None:
    raw = _read(tmp_path, "council.txt", COUNCIL, DocumentKind.WORKSHOP)
    assert _learned(raw) == [
        "Patients came more readily to a garden on the hospital site than to a walk across town.",
        "Volunteers who had come through the prescription welcomed new people best.",
    ]


FRONT_MATTER = """---
group: Retired members - north coast
date: 2025-11-04
notes_by: Hilary Dunwoody
---

## Coffee morning

### At the tables

- Eileen McFetridge MBE, district nurse in Ballymoney for thirty years

Mabel Gault sends her love; she is at home with a chest infection.
"""


def test_front_matter_keys_and_table_talk_say_who_took_part(tmp_path: Path) -> None:
    from ingest.extract.structure import front_matter_people

    raw = _read(tmp_path, "coffee.md", FRONT_MATTER, DocumentKind.WORKSHOP)
    assert [(i.entry.name, i.meaning) for i in front_matter_people(raw, GAZ)] == [
        ("Hilary Dunwoody", Role.AUTHORS)
    ]
    assert role_of_heading("At the tables") == Role.ATTENDANCE
    assert role_of_heading("The team on the day") == Role.ATTENDANCE
    assert apologies_in("Mabel Gault sends her love; she is at home with a chest infection.")
    assert apologies_in("Sinead Doonan had been due to speak but was covering a clinic.")


ANALYSIS_DAY = """<html><body><h1>Analysis day two: sorting what people told us</h1>
<h2>The team on the day</h2>
<table>
<tr><th>Researcher</th><th>What they bring</th><th>Based at</th></tr>
<tr><td>Dean Hollows</td><td>Peer Researcher</td><td>Mustard Tree</td></tr>
<tr><td>Dr Naomi Whitcombe</td><td>Senior Lecturer; led the day</td><td>Manchester
Metropolitan University</td></tr>
</table>
</body></html>
"""


@pytest.mark.slow
def test_a_body_in_a_based_at_column_is_no_one_who_came(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "day.html", ANALYSIS_DAY, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Dean Hollows", "Naomi Whitcombe"} <= came
    assert "Mustard Tree" not in came
