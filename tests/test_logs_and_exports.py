"""Layouts of exports and event write-ups met on documents we did not write, on invented
people: a chat export wrapped to a fixed width, a line of several dotted fields, a table
with an expert and a scribe per row, a task list, a spreadsheet exported with its cells'
addresses, an event's team, a declaration of someone who took no part and a reviewer of an
analysis. Real files read by the readers; the tests that need the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.layout import Layout
from ingest.extract.listed import Listed
from ingest.extract.made_it import led_the_work
from ingest.extract.people_blocks import people_in
from ingest.extract.people_lists import PersonEntry
from ingest.extract.sections import Role, apologies_in
from ingest.extract.structure import _took_part
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

GAZ = load_gazetteer()


def _read(tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path, tmp_path, kind)


def _listed(raw: Any) -> dict[str, Listed]:
    return {i.entry.name: i for i in people_in(raw, GAZ, Layout.of(raw))}


CHAT = """Server: Paisley Adult ADHD Peer Network
Channel: #workshop-nights

[14/05/2025 19:04] fionaK (mod)
ROLL CALL (for the notes)
In the room: Dr Calum Strathearn, Specialty Doctor in the Adult ADHD
Service at NHS Greater Glasgow and Clyde (our guest); Shona Lindores,
community pharmacist at Ferguslie Pharmacy; Nadia Rahman-Blair
(Employability Adviser, Renfrewshire Council); plus nine members.
Not with us tonight: Ailsa Murrie, transitions nurse at NHS Greater
Glasgow and Clyde.
"""


def test_a_value_wrapped_to_a_chat_exports_width_runs_on(tmp_path: Path) -> None:
    raw = _read(tmp_path, "chat.txt", CHAT, DocumentKind.WORKSHOP)
    listed = _listed(raw)
    assert {"Calum Strathearn", "Shona Lindores", "Nadia Rahman-Blair"} <= set(listed)
    assert listed["Nadia Rahman-Blair"].meaning == Role.ATTENDANCE
    assert listed["Ailsa Murrie"].meaning == Role.APOLOGIES


FIELDS = """Big Latch On Aberdeen: organisers' debrief
==========================================

**The event:** Saturday 2 August 2025 · **Latch time:** 10:30 · **Hosts:** Kirsty Annand (NHS
Grampian) and Lorna Bisset, peer supporter with The Breastfeeding Network

## What we learned

* Holding it in a shopping centre brought in families new to the baby café.
"""


def test_a_line_of_several_fields_is_one_field_each(tmp_path: Path) -> None:
    raw = _read(tmp_path, "debrief.md", FIELDS, DocumentKind.WORKSHOP)
    assert [b.key for b in raw.blocks if b.kind == BlockKind.METADATA] == [
        "The event",
        "Latch time",
        "Hosts",
    ]
    listed = _listed(raw)
    assert listed["Lorna Bisset"].meaning == listed["Kirsty Annand"].meaning == Role.ATTENDANCE


TABLES = """<html><body><h1>Living well with eczema: notes from the expert tables</h1>
<h2>The tables</h2>
<table>
<tr><th>Table</th><th>Theme</th><th>Expert</th><th>Scribe</th></tr>
<tr><td>1</td><td>Creams</td><td>Bethany Corran, Dermatology Nurse Specialist, NHS Fife</td>
<td>Megan Strachan, Medical Student, University of St Andrews</td></tr>
<tr><td>2</td><td>Sleep</td><td>Dr Isla Moncur, Clinical Psychologist, NHS Fife</td>
<td>Rory Baird, patient volunteer</td></tr>
</table></body></html>
"""


def test_a_tables_expert_and_scribe_columns_both_name_people(tmp_path: Path) -> None:
    raw = _read(tmp_path, "day.html", TABLES, DocumentKind.WORKSHOP)
    assert {"Bethany Corran", "Megan Strachan", "Isla Moncur", "Rory Baird"} <= set(_listed(raw))


TASKS = """HOST NOTES

Takeaways (mine)
- People drop out when the gap before the first leisure session is longer than two weeks.
- Instructors trust a handover that says what the person did in their last class.

Action items
[ ] Lowri to add "last class workload" to the handover form
[x] Dafydd to hold two taster places a month
"""


def test_a_task_list_under_its_own_heading_is_actions(tmp_path: Path) -> None:
    raw = _read(tmp_path, "notes.txt", TASKS, DocumentKind.WORKSHOP)
    layout = Layout.of(raw)
    roles = {
        raw.text[b.start : b.end]: layout.role_at(i)
        for i, b in enumerate(raw.blocks)
        if b.kind == BlockKind.LIST_ITEM
    }
    assert roles['Lowri to add "last class workload" to the handover form'] == Role.ACTIONS
    assert roles["Dafydd to hold two taster places a month"] == Role.ACTIONS
    assert list(roles.values()).count(Role.LEARNING) == 2


WORKBOOK = """==== Workbook export: rehab_BIA_v2.xlsx (all sheets, values only) ====

---- Sheet 1 of 3: README ----
A1  Title          | B1  Budget impact of a digital cardiac rehabilitation option in Wales
A2  Setting        | B2  Wales, all seven health boards
A3  Model built by | B3  Carwyn Prosser, Health Economist, Public Health Wales
A4  Checked by     | B4  Dr Nia Tregaron, Senior Lecturer in Health Economics,
                   |     Swansea University
"""


@pytest.mark.slow
def test_a_spreadsheet_exported_with_cell_addresses(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "workbook.txt", WORKBOOK, DocumentKind.EVIDENCE))
    titles = {str(e.props.get("title")) for e in claims.entities if e.props.get("title")}
    assert "Budget impact of a digital cardiac rehabilitation option in Wales" in titles
    made = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert {"Carwyn Prosser", "Nia Tregaron"} <= made


def test_an_events_team_took_part_and_a_press_office_did_not() -> None:
    team = Listed(
        PersonEntry("Olamide Ajayi", "Consultant Cardiologist"), Role.CONTACTS, 0, 0, False
    )
    press = Listed(PersonEntry("Ann Bell", "Media enquiries"), Role.CONTACTS, 0, 0, False)
    assert _took_part(team, workshop=True) == Rel.ATTENDED
    assert _took_part(press, workshop=True) is None


def test_a_declaration_that_someone_took_no_part_and_a_reviewer() -> None:
    assert apologies_in("Dr Kenneth Abbot leads a group and did not take part in the judgements")
    said = "Dr Ruth Ellwood, Senior Lecturer at Queen's University, who reviewed our analysis, said"
    assert led_the_work(said, len("Dr Ruth Ellwood"))
