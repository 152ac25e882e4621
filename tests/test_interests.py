"""Registers of interests: a member's "Remuneration: …" / "Non-financial: …" lines under their
name line, a table's "Interests declared" cells (typed as bar-parted lines set apart by blank
lines), the register's own people, and what is not theirs (a relative's interest, a former
post, a nil return) (invented people; real bodies and places; real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.interests import declared_bodies, declared_in_rows, interest_key
from ingest.pipeline import claims_summary
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

REGISTER = """Fife Integration Joint Board
Register of Members' Interests – as at 1 April

Members must register their interests under the Code of Conduct.

Voting members

Cllr Morag Balgonie-Reid – Chair (Fife Council nominee)
Remuneration: Councillor, Fife Council. Non-financial: Trustee, Kirkcaldy Foodbank; member, \
Fife Carers Centre.

Ewan Dysart-Mbeki – Third sector representative
Remuneration: Chief Executive, Fife Voluntary Action. Non-financial: Board member, Scottish \
Council for Voluntary Organisations (SCVO). Spouse employed by NHS Fife.
"""

DECLARATIONS = """Board of Directors – Declarations of Interest Register
Northumbria Healthcare NHS Foundation Trust

Name | Role | Interests declared

Ms Bryony Fenwick-Lowe | Director of Nursing | Member of the Royal College of Nursing and \
the Royal College of Midwives; Visiting Fellow, Northumbria University.

Mr Osric Heslop-Crane | Non-executive Director | Former Chief Executive, Newcastle Building \
Society; his brother is employed by North Tyneside Council.

Mr Femi Bardon-Marsh | Director of Finance | Nil.
"""


def test_what_a_declaration_makes_a_members() -> None:
    gaz = load_gazetteer()
    assert interest_key("Non-financial interests") and not interest_key("Name")
    assert declared_bodies("Former Chief Executive, Newcastle Building Society", gaz) == []
    assert declared_bodies("Director, Hexham Physio Ltd; her son works at Age UK", gaz) == [
        "Hexham Physio Ltd"
    ]
    rows = [["Bo Li", "Chair", "Trustee, Age UK Northumberland"], ["Cy Ng", "GP", "Nil"]]
    assert declared_in_rows(["Name", "Role", "Interests declared"], rows, gaz) == {
        0: ["Age UK Northumberland"]
    }


def test_bar_lines_set_apart_by_blank_lines_are_a_table(tmp_path: Path) -> None:
    path = tmp_path / "declarations.txt"
    path.write_text(DECLARATIONS, "utf-8")
    raw = read_document(path, kind=DocumentKind.EVIDENCE)
    rows = [b for b in raw.blocks if b.kind == BlockKind.TABLE_ROW]
    assert len(rows) == 4 and rows[0].header and rows[0].cells[2] == "Interests declared"


def _works_at(tmp_path: Path, extractor: Any, name: str, text: str) -> set[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    summary = claims_summary(extractor(read_document(path, kind=DocumentKind.EVIDENCE)))
    return {(person, org) for person, org in summary["relations"]}


@pytest.mark.slow
def test_a_members_declared_bodies_are_theirs(tmp_path: Path, extractor: Any) -> None:
    pairs = _works_at(tmp_path, extractor, "register.txt", REGISTER)
    assert {
        ("Morag Balgonie-Reid", "Fife Council"),
        ("Morag Balgonie-Reid", "Kirkcaldy Foodbank"),
        ("Morag Balgonie-Reid", "Fife Carers Centre"),
        ("Ewan Dysart-Mbeki", "Fife Voluntary Action"),
        ("Ewan Dysart-Mbeki", "Scottish Council for Voluntary Organisations"),
    } <= pairs
    assert ("Ewan Dysart-Mbeki", "NHS Fife") not in pairs  # his spouse's employer


@pytest.mark.slow
def test_a_declarations_table(tmp_path: Path, extractor: Any) -> None:
    pairs = _works_at(tmp_path, extractor, "declarations.txt", DECLARATIONS)
    assert {
        ("Bryony Fenwick-Lowe", "Royal College of Nursing"),
        ("Bryony Fenwick-Lowe", "Royal College of Midwives"),
        ("Bryony Fenwick-Lowe", "Northumbria University"),
    } <= pairs
    others = {org for person, org in pairs if person == "Osric Heslop-Crane"}
    assert not others & {"Newcastle Building Society", "North Tyneside Council"}


PROFILE = """Staff profile

Professor Oluwaseun Harte-Pryce
Professor of Nursing
School of Healthcare, University of Leeds

Roles
- Director of Nursing Research, Bradford Teaching Hospitals NHS Foundation Trust (0.4 FTE)
- Trustee, Age UK Bradford & District (since 2022)
- Member of the NI Clinical Research Network's diabetes specialty group
- Previously: Senior Lecturer, University of Huddersfield (2014–2019)

Biography
Seun qualified as a nurse and worked in community nursing before moving into research.
"""


@pytest.mark.slow
def test_a_profiles_roles_are_its_persons(tmp_path: Path, extractor: Any) -> None:
    pairs = _works_at(tmp_path, extractor, "profile.txt", PROFILE)
    person = "Oluwaseun Harte-Pryce"
    assert {
        (person, "Bradford Teaching Hospitals NHS Foundation Trust"),
        (person, "Age UK Bradford & District"),
        (person, "NI Clinical Research Network"),
    } <= pairs
    assert (person, "University of Huddersfield") not in pairs  # a past post


WINNERS = """Health and Care Improvement Awards: full list of winners

Category | Winner | Organisation | Nominated by

Support Worker of the Year | Agnieszka Wolna-Barr, healthcare support worker | NHS Dumfries \
& Galloway, Galloway Community Hospital, Stranraer | ward colleagues

Integrated Care Team | Inverclyde Home 1st Team | Inverclyde Health and Social Care \
Partnership (HSCP) | Inverclyde Council

Leader of the Year | Dr Nuala Strachan-Ebo, Associate Medical Director | NHS 24 | Scottish \
Government

Innovation | "Near Me" video clinics for island patients | NHS Orkney | Scottish Ambulance \
Service
"""


@pytest.mark.slow
def test_winners_by_category_are_people_not_a_typed_log(tmp_path: Path, extractor: Any) -> None:
    pairs = _works_at(tmp_path, extractor, "winners.txt", WINNERS)
    assert {
        ("Agnieszka Wolna-Barr", "NHS Dumfries & Galloway"),
        ("Nuala Strachan-Ebo", "NHS 24"),
    } <= pairs
