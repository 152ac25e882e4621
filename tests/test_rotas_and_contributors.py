"""A rota written as Markdown lines of pipe-parted fields in any order (the name in the last
field when the first is a body), days a person came in brackets (not a body), a contributor's
colon label after "Prepared by" ("Economic analysis: P, …"), "co-facilitated by the
Coordinator from O (ABBR), P", and actions under a heading naming whose they are ("Ward
actions"), not learning (invented people; real bodies and places; real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.headings import Role, role_of_heading
from ingest.extract.people_lines import parse_line
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

ROTA = """# Agricultural show health tent: team debrief

Debrief held Wednesday 30 July 2025 at Llandrindod Wells.

**The tent team, as they signed the rota**

Elinor Prys-Hallam | Health Improvement Practitioner | Powys Teaching Health Board
Tir Dewi | Regional Coordinator | Rhodri Caerwent-Jones
Public Health Wales, Health Protection Nurse — Dafydd Owain-Tudur (Tuesday and Wednesday)

## Lessons from the tent

- Caps leave the ears and neck exposed, and that is where the sunburn was worst.
"""

APPRAISAL = """Options appraisal

Could supervised toothbrushing work in nursery schools? An options appraisal

Prepared by Dr Conor Bellaghy-Oakes, Consultant in Dental Public Health, Public Health \
Agency, and Cathy Dromore-Boyd (Oral Health Lead, Southern Health and Social Care Trust). \
Economic analysis: Padraig Ó Cuinneagáin, Health Economist at Queen's University Belfast.

Summary

Tooth decay is the most common reason for a general anaesthetic in young children.
"""

WORKSHOP = """Locality planning workshop on proportionate universalism

19 November 2025, Guildhall, Derry~Londonderry

Chaired by Orla Carnhill-Hegarty (Locality Development Manager, Western Health and Social \
Care Trust). Co-facilitated by the Outcomes Group Coordinator from the Children and Young \
People's Strategic Partnership (CYPSP), Damian Harkin-Doyle. Also in the room: Peadar \
Lynch-Culmore, Community Planning Officer at Derry City and Strabane District Council.

3. What the PREM told the ward team

- Patients on the ward rated being kept informed lowest of all.

4. Ward actions

- Pharmacist to start medicines conversations 48 hours before discharge.
"""


def test_pipe_fields_in_any_order_and_days_in_brackets() -> None:
    gaz = load_gazetteer()
    [rhodri] = parse_line("Tir Dewi | Regional Coordinator | Rhodri Caerwent-Jones", gaz)
    assert (rhodri.name, rhodri.role, rhodri.organisations) == (
        "Rhodri Caerwent-Jones",
        "Regional Coordinator",
        ("Tir Dewi",),
    )
    [dafydd] = parse_line(
        "Public Health Wales, Nurse — Dafydd Owain-Tudur (Tuesday and Wednesday)", gaz
    )
    assert dafydd.organisations == ("Public Health Wales",)
    [club] = parse_line("Ann Bellis-Ward (Monday Club)", gaz)
    assert club.organisations == ("Monday Club",)  # a body named for a day is still a body


def test_headings_naming_whose_actions_and_what_told_the_team() -> None:
    assert role_of_heading("4. Ward actions") == Role.ACTIONS
    assert role_of_heading("Team tasks") == Role.ACTIONS
    assert role_of_heading("3. What the PREM told the ward team") == Role.LEARNING
    assert role_of_heading("Action learning sets") is None


def test_rota_lines_in_markdown_stay_lines(tmp_path: Path) -> None:
    path = tmp_path / "rota.md"
    path.write_text(ROTA, "utf-8")
    raw = read_document(path, kind=DocumentKind.WORKSHOP)
    lines = [raw.text[b.start : b.end] for b in raw.blocks if b.kind != BlockKind.HEADING]
    assert "Tir Dewi | Regional Coordinator | Rhodri Caerwent-Jones" in lines


def _relations(tmp_path: Path, extractor: Any, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    claims = extractor(read_document(path, kind=kind))
    return claims, {(r.rel, r.source[1], r.target[1]) for r in claims.relations}


@pytest.mark.slow
def test_a_rota_relates_each_signer_to_their_body(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _relations(tmp_path, extractor, "rota.md", ROTA, DocumentKind.WORKSHOP)
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert {"Rhodri Caerwent-Jones", "Dafydd Owain-Tudur", "Elinor Prys-Hallam"} <= people
    assert "Tir Dewi" not in people
    assert (Rel.WORKS_AT, "Rhodri Caerwent-Jones", "Tir Dewi") in rels
    assert (Rel.WORKS_AT, "Dafydd Owain-Tudur", "Public Health Wales") in rels
    assert not any(r[2] == "Tuesday and Wednesday" for r in rels)


@pytest.mark.slow
def test_a_contributor_label_after_the_byline(tmp_path: Path, extractor: Any) -> None:
    _, rels = _relations(tmp_path, extractor, "appraisal.txt", APPRAISAL, DocumentKind.EVIDENCE)
    authors = {source for rel, source, _ in rels if rel == Rel.AUTHORED}
    assert authors == {"Conor Bellaghy-Oakes", "Cathy Dromore-Boyd", "Padraig Ó Cuinneagáin"}
    assert (Rel.WORKS_AT, "Padraig Ó Cuinneagáin", "Queen's University Belfast") in rels


@pytest.mark.slow
def test_a_facilitator_named_after_role_and_body(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _relations(tmp_path, extractor, "w.txt", WORKSHOP, DocumentKind.WORKSHOP)
    came = {source for rel, source, _ in rels if rel == Rel.ATTENDED}
    assert {"Orla Carnhill-Hegarty", "Damian Harkin-Doyle", "Peadar Lynch-Culmore"} <= came
    learned = {e.name for e in claims.entities if e.label == Label.LEARNING}
    assert any(s.startswith("Patients on the ward rated") for s in learned)
    assert not any(s.startswith("Pharmacist to start") for s in learned)


REVIEW = """Learning plan conversations: what we found in a term's review

Around the table were the learning advisors; Dr Callum Bramcote, clinical psychologist in the \
trust's community mental health team, who refers many of our students; Terry Holbrook-Ince, \
Adult Education Tutor – Nottingham City Council, who co-teaches our budgeting course.

The evening was co-chaired by a GP, Dr Benedict Yelland-Harte of Earlham Road Surgery. Dr Tom \
Farrow-Hale, an obstetrician from University Hospitals Birmingham NHS Foundation Trust, \
listened at the tables.

Practices represented | Fforestfach Medical Centre (Carys Hoare-Lewis, Practice Manager); \
Penlan Surgery

4. What the cluster now understands

- Reception staff treated unfamiliar names as a problem to solve rather than a person to greet.
"""


@pytest.mark.slow
def test_who_sat_listened_co_chaired_or_came_for_a_body(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _relations(tmp_path, extractor, "review.txt", REVIEW, DocumentKind.WORKSHOP)
    came = {source for rel, source, _ in rels if rel == Rel.ATTENDED}
    assert {
        "Callum Bramcote",
        "Terry Holbrook-Ince",
        "Benedict Yelland-Harte",
        "Tom Farrow-Hale",
        "Carys Hoare-Lewis",
    } <= came
    assert (Rel.WORKS_AT, "Carys Hoare-Lewis", "Fforestfach Medical Centre") in rels
    learned = {e.name for e in claims.entities if e.label == Label.LEARNING}
    assert any(s.startswith("Reception staff treated") for s in learned)


SET = """Ward champions: action learning set, session 4

Facilitator | Tendai Moyo-Banda, Advanced Nurse Practitioner, Belfast Health and Social Care Trust
Taking part | Nuala Brankin-Hughes, Ward Sister; Perth and Kinross Council's Contracts Officer, \
Hamish Calderwood-Ross
Apologies | Colm Devlin-Ruddock (Social Worker, Belfast Trust)

Attendance across the set

Champion | Ward | S1 | S2 | S3 | S4
Nuala Brankin-Hughes | 7 North | ✓ | ✓ | ✓ | ✓
Colm Devlin-Ruddock | Social work | ✓ | ✓ | ✓ | apol.
"""


@pytest.mark.slow
def test_an_apology_outweighs_a_grid_of_the_series(tmp_path: Path, extractor: Any) -> None:
    _, rels = _relations(tmp_path, extractor, "set.txt", SET, DocumentKind.WORKSHOP)
    came = {source for rel, source, _ in rels if rel == Rel.ATTENDED}
    assert {"Tendai Moyo-Banda", "Nuala Brankin-Hughes", "Hamish Calderwood-Ross"} <= came
    assert "Colm Devlin-Ruddock" not in came
