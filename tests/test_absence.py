"""Who was not there, however a record says so, on invented people: lists of people set side
by side under "Attendees | Apologies", keyed by initials; a register's "DNA" cells and a
note in a row's last cell; a "Not there:" line; a handwritten "couldnt come"; and a
sentence saying someone could not come ties no one to what it says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role
from ingest.readers import read_document
from ingest.types import DocumentKind

GAZ = load_gazetteer()


def _read(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path, tmp_path, DocumentKind.WORKSHOP)


def _listed(raw: Any) -> dict[str, Role]:
    return {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}


SIDE_BY_SIDE = """# Minutes of the Screening Quality Circle

Wednesday 18 June 2025, Seminar Room 2, Belfast

| Attendees | Apologies |
|---|---|
| AF Aine Fictional, Radiographer (Chair) | BT Dr Brid Testwell, Consultant Radiologist |
| RM Dr Ruan Madeup, Consultant Radiologist (for BT) | MC Mairin Coylet, Screening Office Manager |
| NK Nora Kearnsby, Mammographer | |

## 1. Welcome

AF welcomed members and thanked RM for attending on behalf of BT.
"""


def test_lists_side_by_side_each_mean_what_their_column_says(tmp_path: Path) -> None:
    found = _listed(_read(tmp_path, "minutes.md", SIDE_BY_SIDE))
    assert {n for n, r in found.items() if r == Role.ATTENDANCE} == {
        "Aine Fictional",
        "Ruan Madeup",
        "Nora Kearnsby",
    }
    assert {n for n, r in found.items() if r == Role.APOLOGIES} == {
        "Brid Testwell",
        "Mairin Coylet",
    }


REGISTER = """# School staff training: attendance and sign-off

| Name | Role / employer | Hypo treatment | Blood glucose | Signed off |
|---|---|---|---|---|
| Duncan Madeup | Principal Teacher, The Highland Council | Y | Y | Y |
| Gail Testlow | Pupil Support Assistant, The Highland Council | Y | Y | Y |
| Lachie Notreal | Janitor, The Highland Council | DNA | DNA | DNA |
| Nat Example | Dietitian, NHS Highland | off sick all week | | |
"""


def test_a_registers_dna_cells_and_a_note_of_absence_say_who_was_not_there(
    tmp_path: Path,
) -> None:
    found = _listed(_read(tmp_path, "register.md", REGISTER))
    assert found["Duncan Madeup"] == found["Gail Testlow"]
    assert found["Duncan Madeup"] != Role.APOLOGIES
    assert found["Lachie Notreal"] == Role.APOLOGIES
    assert found["Nat Example"] == Role.APOLOGIES


NOTES = """Hand hygiene safety cross - monthly review, October 2025

Ward 4, Antrim Area Hospital

At the huddle: Grainne Testwell, Ward Manager; Paddy Notreal, Staff Nurse

Not there: Bernie Madeup, Deputy Ward Manager, who normally runs the cross - on annual leave.

Sheila Example couldnt come in the end - rang at 6, car trouble, says sorry.

Paddy said the cross works best when the whole team can see it from the station.
"""


@pytest.mark.slow
def test_not_there_and_couldnt_come_are_no_attendance(extractor: Any, tmp_path: Path) -> None:
    raw = _read(tmp_path, "cross.txt", NOTES)
    claims = extractor(raw)
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Grainne Testwell", "Paddy Notreal"} <= came
    assert not came & {"Bernie Madeup", "Sheila Example"}
    # the sentence that says she could not come is still matched for its words, but ties
    # nobody to them: she said nothing there
    untied = {text for start, _e, text in claims.passages if start in set(claims.untied)}
    assert any("couldnt come" in text for text in untied)
    assert not any("whole team can see it" in text for text in untied)


HOSTED = """Death Café notes, October 2025

Who hosted

The café was hosted by Dervla Quillanagh, Community Engagement Lead at Foyle Hospice, with
one of our volunteer co-hosts. We met at Caerleon Town Hall, Newport

Committee members: Ann Bell, Joe Bell

What we talked about

Most people had never told anyone what they would want at the end of their life.
"""


@pytest.mark.slow
def test_a_name_with_a_job_title_after_its_comma_is_a_person(
    extractor: Any, tmp_path: Path
) -> None:
    """A name the model takes for a body is a person when a comma and a job title follow it
    ("…, Community Engagement Lead at Foyle Hospice"); a hall followed by its town, on a
    line over "Committee members:", is not."""
    claims = extractor(_read(tmp_path, "cafe.txt", HOSTED))
    people = {e.name for e in claims.entities if e.label.value == "Person"}
    assert "Dervla Quillanagh" in people
    assert "Caerleon Town Hall" not in people


PANEL = """Question Time: who gets hospice care in Cardiff and the Vale?

The panel

Chaired by broadcaster Menna Testhughes, who kept us to time with a bell.

Dr Angharad Prys-Testkins, Medical Director, Marie Curie Hospice

Gareth Ifanstest, Head of Adult Services, Vale of Glamorgan Council

Gareth stepped in at a day's notice for Cllr Llinos Gwilttest, Cabinet Member for Social
Care, who withdrew through illness. We wish her well.

The questions

Dr Prys-Testkins said a third of the people the hospice supports have heart or lung
conditions. Gareth Ifanstest said care packages can take a week to start.
"""


@pytest.mark.slow
def test_an_absence_is_about_the_name_nearest_it(extractor: Any, tmp_path: Path) -> None:
    """In "Gareth stepped in for Cllr Llinos Gwilt, …, who withdrew" Llinos could not come and
    Gareth came; "Dr Prys-Testkins said" is the panellist named in full, not a second person."""
    claims = extractor(_read(tmp_path, "panel.txt", PANEL))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Gareth Ifanstest", "Angharad Prys-Testkins"} <= came
    assert "Llinos Gwilttest" not in came
    people = {e.name for e in claims.entities if e.label.value == "Person"}
    assert not people & {"Prys-Testkins", "Testkins", "Prys"}


DEPUTY = """Quarterly network meeting: notes, 9 October 2025, Leeds

Attendance

Bernie Testwell (chair), Leeds City Council
Kiera Testoft, Simon on the Streets

1. Welcome

Bernie welcomed Kiera, attending for Greg Testdall. Notes of July agreed.
Martyn Exampleby presented the outreach count on behalf of Sam Notreal, who is on leave.
"""


@pytest.mark.slow
def test_someone_who_came_in_another_s_place_says_that_one_did_not(
    extractor: Any, tmp_path: Path
) -> None:
    """ "Kiera, attending for Greg", "presented … on behalf of Sam": Greg and Sam did not come."""
    claims = extractor(_read(tmp_path, "network.txt", DEPUTY))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Bernie Testwell", "Kiera Testoft"} <= came
    assert not came & {"Greg Testdall", "Sam Notreal"}


AGENCIES = """# Case review: hospital discharge for people who are homeless

Held on 4 March 2025, Cardiff

## Agency representatives

| Housing Options, Cardiff Council | Ann Example, Housing Officer |
|---|---|
| Cardiff and Vale University Health Board | Bo Sample, Discharge Nurse |
| The Wallich | Apologies – Cy Example, Support Worker (no substitute sent) |
| Shelter Cymru | Di Example, Caseworker |

## What we found

Discharge letters rarely named a housing contact.
"""


def test_a_row_of_a_labelled_table_saying_apologies_is_about_its_own_people(
    tmp_path: Path,
) -> None:
    """A row of agencies and their people that says its person sent apologies lists no one
    who came; the other rows list who did."""
    found = _listed(_read(tmp_path, "review.md", AGENCIES))
    assert found["Cy Example"] == Role.APOLOGIES
    assert Role.APOLOGIES not in {found["Ann Example"], found["Di Example"]}


ROTA = """STREET TEAM - SHIFT HANDOVER LOG        w/c Monday 3 March 2025

Team this week:  Ann Example (Outreach Team Leader, Simon Community Scotland)
                 Cy Example (Outreach Worker, Simon Community Scotland)
                 Di Example (Outreach Worker) - OFF SICK ALL WEEK
Joined shifts:   Ed Example (Homelessness Nurse, NHS Lothian) - Thu early, Sat early
                 Dr Flo Example (GP, Access Practice) - Fri late, for the wound clinic

MON 03/03 EARLY 06:30-14:30
06:45 Cowgate doorways - 3 bedded down.
"""


def test_a_rota_set_in_columns_lists_who_worked_and_the_one_off_sick(tmp_path: Path) -> None:
    """Keys with their colon and values in a column, continued under it; an absence said
    after one name is about that one; a shift after a name is when, not who."""
    found = _listed(_read(tmp_path, "log.txt", ROTA))
    assert found["Di Example"] == Role.APOLOGIES
    assert {found[n] for n in ("Ann Example", "Cy Example", "Ed Example", "Flo Example")} == {
        Role.PEOPLE
    }
