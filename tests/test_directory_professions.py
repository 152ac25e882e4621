"""A directory's profession column: a profession the vocabulary knows is named as it knows it;
one it does not know ("mediator") is a profession of its own, never unknown.
People are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.derive.sides import facets_of
from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from graph.stores.embedded import EmbeddedStore
from ingest.extract.claims import ClaimSet
from ingest.extract.structure import directory_claims
from ingest.pipeline import ingest
from ingest.readers import read_document
from ingest.types import DocumentKind

ROWS = """name,role,organisation,profession,sector,nation,email,consent
Ffion Rhys,Charge Nurse,Hywel Dda University Health Board,nurse,NHS,Wales,f.rhys@example.org,yes
Cal Innes,Family Mediator,Relationships Scotland,mediator,voluntary,Scotland,c.innes@example.org,yes
Mo Akhtar,Volunteer,Age UK,n/a,voluntary,England,m.akhtar@example.org,yes
Nia Gower,Specialty Doctor in Ophthalmology,Swansea Bay UHB,ophthalmologist,NHS,Wales,ng@x.org,yes
Tam Lusk,Consultant Ophthalmic Surgeon,NHS Fife,ophthalmic surgeon,NHS,Scotland,tl@x.org,yes
Bea Orr,Trial Co-ordinator,Tayside Trials Unit,trial co-ordinator,academic,Scotland,bo@x.org,yes
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
    assert professions == {  # the column's word, before one the role suggests ("Doctor")
        "Ffion Rhys": "nurse",
        "Cal Innes": "mediator",
        "Mo Akhtar": "volunteer",
        "Nia Gower": "ophthalmologist",
        "Tam Lusk": "ophthalmologist",
        "Bea Orr": "trial co-ordinator",
    }


DIRECTORY = (
    "name,role,organisation,profession,sector,nation,email,consent\n"
    "Isla Brodie,Trial Manager,Tayside Trials Unit,researcher,academic,Scotland,ib@x.org,yes\n"
    "Rhodri Tegid,Guardian,Hywel Dda University Health Board,freedom to speak up guardian,NHS,"
    "Wales,rt@example.org,yes\n"
    "Kit Amos,,Tay Surgery,,,Scotland,ka@example.org,yes\n"
)
NEWSLETTER = """# Walking after treatment: trial newsletter

## Written by

- Isla Brodie, Trial Manager, Tayside Trials Unit
- Rhodri Tegid, Guardian, Hywel Dda University Health Board
- Kit Amos, Practice Manager, Tay Surgery

## The trial

Walking after cancer treatment, for cancer survivorship in Scotland and Wales.
"""


@pytest.mark.slow
def test_the_directory_profession_is_the_persons_profession(tmp_path: Path, extractor: Any) -> None:
    """A directory that states someone's profession is believed over the words of a role in a
    document ("Trial Manager" does not make a researcher a manager too); someone the directory
    states no profession for has the professions their roles name; a stated profession of five
    words is still a profession."""
    (tmp_path / "directory.csv").write_text(DIRECTORY, "utf-8")
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "newsletter.md").write_text(NEWSLETTER, "utf-8")
    store = EmbeddedStore(tmp_path / "data")
    ingest([tmp_path / "directory.csv"], store, kind=DocumentKind.DIRECTORY, extractor=extractor)
    ingest([tmp_path / "evidence"], store, kind=DocumentKind.EVIDENCE, extractor=extractor)
    facets = facets_of(store.graph())
    professions = {f["name"]: f["professions"] for f in facets.values() if f["professions"]}
    assert professions["Isla Brodie"] == ["researcher"]
    assert professions["Rhodri Tegid"] == ["freedom to speak up guardian"]
    assert professions["Kit Amos"] == ["practice manager"]
