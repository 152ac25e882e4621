"""Records whose values are set in columns, keys to initials with no header, people parted
by middle dots, absence notes after a colon, a job title straight before a name, findings
headed "What the review showed", tables of figures under a learning heading, and the parts
that keep a document's own record (invented people; real bodies and places)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.headings import learning_strength, role_of_heading
from ingest.extract.people_lists import parse_people
from ingest.extract.section_topics import about_the_document
from ingest.readers import read_document
from ingest.types import DocumentKind

DATA_NOTE = """PUBLIC HEALTH AGENCY
Dental Public Health -- Data Note 3/2025

Children's teeth taken out under general anaesthetic in Northern
Ireland, 2019/20 to 2024/25: what the data show about tooth decay

Published:   12 August 2025
Coverage:    Northern Ireland (all five Health and Social Care Trusts)
Prepared by: Ronan Tweedie-Marsh         Statistician, Information
                                         Analysis Directorate,
                                         Department of Health
             Dr Aoife Carrick-Dunne      Consultant in Dental Public
                                         Health, Public Health Agency

1. WHY THIS NOTE
Taking out a child's teeth under general anaesthetic is the most common reason for a
child in Northern Ireland to have a general anaesthetic.
"""

KEY_TO_INITIALS = """SOUTHERN HEALTH AND SOCIAL CARE TRUST
Note of the chest pain pathway review

KEY TO INITIALS (initials are used in the rest of this note)

  CMD   Dr Cliona Maguire-Dunn      Consultant Cardiologist (chair)
  BQR   Brendan Quinlan-Reid        Cardiology Nurse Specialist, RACPC
  OFT   Orla Finnegan-Tate          Lead CT Radiographer
  SKL   Sinead Kerr-Lavery          Service Improvement Lead

1. WHERE THE PATHWAY IS NOW
SKL presented the audit of 200 consecutive referrals.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_a_record_value_in_two_columns_keeps_each_entry_with_its_wrapped_role(
    tmp_path: Path,
) -> None:
    raw = read_document(write(tmp_path, "note.txt", DATA_NOTE), kind=DocumentKind.EVIDENCE)
    fields = {b.key: raw.text[b.start : b.end] for b in raw.blocks if b.kind.value == "metadata"}
    assert fields["Prepared by"] == (
        "Prepared by: Ronan Tweedie-Marsh, Statistician, Information Analysis Directorate, "
        "Department of Health; Dr Aoife Carrick-Dunne, Consultant in Dental Public Health, "
        "Public Health Agency"
    )
    # the title wrapped at "Northern" / "Ireland" is one paragraph, not two list items
    assert any(
        raw.text[b.start : b.end].startswith("Children's teeth taken out")
        and "Northern Ireland, 2019/20" in raw.text[b.start : b.end]
        for b in raw.blocks
    )


@pytest.mark.slow
def test_the_data_notes_title_is_under_its_series_line_and_both_authors_are_read(
    tmp_path: Path, extractor: Any
) -> None:
    raw = read_document(write(tmp_path, "note.txt", DATA_NOTE), kind=DocumentKind.EVIDENCE)
    claims = extractor(raw)
    item = next(e for e in claims.entities if e.label.value == "Evidence")
    assert item.props["title"].startswith("Children's teeth taken out under general anaesthetic")
    wrote = {r.source[1] for r in claims.relations if r.rel.value == "AUTHORED"}
    assert wrote == {"Ronan Tweedie-Marsh", "Aoife Carrick-Dunne"}
    persons = {e.name for e in claims.entities if e.label.value == "Person"}
    assert "Analysis Directorate" not in persons  # a wrapped role is no person


@pytest.mark.slow
def test_a_key_to_initials_with_no_header_lists_every_row(tmp_path: Path, extractor: Any) -> None:
    raw = read_document(write(tmp_path, "review.txt", KEY_TO_INITIALS), kind=DocumentKind.WORKSHOP)
    rows = [b.cells for b in raw.blocks if b.kind.value == "table_row"]
    assert rows[0] == ("CMD", "Dr Cliona Maguire-Dunn", "Consultant Cardiologist (chair)")
    assert len(rows) == 4 and not any(b.header for b in raw.blocks if b.kind.value == "table_row")
    claims = extractor(raw)
    came = {r.source[1] for r in claims.relations if r.rel.value == "ATTENDED"}
    assert came == {
        "Cliona Maguire-Dunn",
        "Brendan Quinlan-Reid",
        "Orla Finnegan-Tate",
        "Sinead Kerr-Lavery",
    }


def test_entries_parted_by_middle_dots_a_job_title_before_a_name_and_an_absence_note() -> None:
    gaz = load_gazetteer()
    dotted = parse_people(
        "Dr Ffion Morus-Hale, Consultant Clinical Psychologist, Aneurin Bevan University "
        "Health Board · Iwan Brynach-Jones — Project Manager, HEIW · analysis by Dr Sana "
        "Iqbal-Price, Lecturer in Psychology at Cardiff University",
        gaz,
    )
    assert [(e.name, e.organisations) for e in dotted] == [
        ("Ffion Morus-Hale", ("Aneurin Bevan University Health Board",)),
        ("Iwan Brynach-Jones", ("HEIW",)),
        ("Sana Iqbal-Price", ("Cardiff University",)),
    ]
    assert [(e.name, e.role) for e in parse_people("Ann Bell · GP · NHS Fife", gaz)] == [
        ("Ann Bell", "GP")
    ]  # a dot between a name and its parts parts no entries
    titled = parse_people("reporting radiographer Ffion Maelor-Wynn, PTHB", gaz)
    assert [(e.name, e.role, e.organisations) for e in titled] == [
        ("Ffion Maelor-Wynn", "reporting radiographer", ("PTHB",))
    ]
    absent = parse_people("Dr Isla Gourlay-Reid, Principal Clinical Psychologist: apologies", gaz)
    assert [e.name for e in absent] == ["Isla Gourlay-Reid"]
    lettered = parse_people(
        "Patrick Keogh-Ward BSc MCOptom, community optometrist, and Dr Lorna Teale MB BCh "
        "FRCOphth, consultant ophthalmologist, Belfast Health and Social Care Trust",
        gaz,
    )
    assert [e.name for e in lettered] == ["Patrick Keogh-Ward", "Lorna Teale"]


def test_findings_headings_and_the_parts_that_keep_a_documents_record() -> None:
    for heading in (
        "4. What the review showed",
        "What the data show",
        "3. FINDINGS WE AGREED ON",
        "4. Learning from the network",
        "What came out of all three rooms",
        "What we picked up from each other",
    ):
        role = role_of_heading(heading)
        assert role is not None and role.value == "learning", heading
    assert learning_strength("What the review showed") == 0.85  # what it reports: findings
    assert learning_strength("What the week showed us") == 1.0  # what was learned
    for heading in ("What came next", "Learning from Northern Ireland", "Agreed actions"):
        assert role_of_heading(heading) is None or role_of_heading(heading).value != "learning"
    assert about_the_document("Document control") and about_the_document("2. Version history")
    assert not about_the_document("Controlling infection in care homes")


FIGURES_UNDER_FINDINGS = """# Getting to the hospital: postcode dot map

## What the dots showed

| Area of the map | Dots | Typical journey described |
|---|---|---|
| Enniskillen town and Cornagrade | 11 | 15 minutes; the problem is parking |
| Border villages (Belcoo, Garrison, Rosslea) | 8 | Community transport, booked a week ahead |
| West Tyrone (Castlederg, Drumquin) | 5 | Over an hour each way; two buses |

## What the map showed us

- People who rely on a lift miss appointments because the driver cannot get time off work.
"""


@pytest.mark.slow
def test_a_table_of_figures_under_a_findings_heading_gives_no_statements(
    tmp_path: Path, extractor: Any
) -> None:
    raw = read_document(write(tmp_path, "dots.md", FIGURES_UNDER_FINDINGS), DocumentKind.WORKSHOP)
    learned = {e.name for e in extractor(raw).entities if e.label.value == "Learning"}
    assert learned == {
        "People who rely on a lift miss appointments because the driver cannot get time off work."
    }


BOARD_PAGE = "\n".join(
    [
        "Penumbra Mental Health – Annual Review 2023/24",
        "",
        "A message from our Chair",
        "",
        "This year we supported more than 5,000 people across Scotland.",
        "",
        "Board of Directors (Trustees)",
        "",
        "Chair: Graham Lockerbie-Shaw",
        "Trustees: Professor Ailsa McWhinnie (University of the West of Scotland); Callum "
        "Strathearn; Dr Rhona Hallam-Begg (until December); Sanjay Mehra-Lindsay",
        "",
        "Care Quality Commission | Location: Hartcliffe & Withywood Health Partnership | "
        "Provider: Hartcliffe & Withywood Health Partnership",
        "",
    ]
)


@pytest.mark.slow
def test_a_boards_members_are_the_hosts_except_one_who_left(tmp_path: Path, extractor: Any) -> None:
    raw = read_document(write(tmp_path, "review.txt", BOARD_PAGE), kind=DocumentKind.EVIDENCE)
    fields = {b.key for b in raw.blocks if b.kind.value == "metadata"}
    assert {"Location", "Provider"} <= fields  # a banner's name, then its fields
    claims = extractor(raw)
    host = {
        r.source[1]
        for r in claims.relations
        if r.rel.value == "WORKS_AT" and r.target[1] == "Penumbra Mental Health"
    }
    assert host == {
        "Graham Lockerbie-Shaw",  # not the place Lockerbie
        "Ailsa McWhinnie",
        "Callum Strathearn",
        "Sanjay Mehra-Lindsay",
    }
