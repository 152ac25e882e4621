"""A directory's profession column: a profession the vocabulary knows is named as it knows it;
one it does not know ("mediator") is a profession of its own, never unknown.
People are invented."""

from __future__ import annotations

from pathlib import Path

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.claims import ClaimSet
from ingest.extract.structure import directory_claims
from ingest.readers import read_document
from ingest.types import DocumentKind

ROWS = """name,role,organisation,profession,sector,nation,email,consent
Ffion Rhys,Charge Nurse,Hywel Dda University Health Board,nurse,NHS,Wales,f.rhys@example.org,yes
Cal Innes,Family Mediator,Relationships Scotland,mediator,voluntary,Scotland,c.innes@example.org,yes
Mo Akhtar,Volunteer,Age UK,n/a,voluntary,England,m.akhtar@example.org,yes
"""


def test_a_profession_no_list_knows_is_one_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "directory.csv"
    path.write_text(ROWS, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.DIRECTORY)
    claims = ClaimSet(raw)
    directory_claims(raw, claims, load_gazetteer())
    professions = {
        r.source[1]: r.target[1] for r in claims.result().relations if r.rel == Rel.HAS_PROFESSION
    }
    assert professions == {"Ffion Rhys": "nurse", "Cal Innes": "mediator", "Mo Akhtar": "volunteer"}
