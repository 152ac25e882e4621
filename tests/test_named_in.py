"""People an evidence item names with no part stated (the statistician in a release's contact
box, a steering group member thanked) are NAMED_IN it: connect finds them, below those who
wrote it and with the reason said, while people it cites, people who sent apologies and people
workshop notes only mention stay unlinked. People are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from graph.stores.embedded import EmbeddedStore
from ingest.extract.claims import ClaimSet
from ingest.extract.listed import Listed
from ingest.extract.people_lines import PersonEntry
from ingest.extract.sections import Role
from ingest.extract.structure import listed_claims
from ingest.pipeline import ingest
from ingest.readers import read_document
from ingest.types import DocumentKind
from query import questions_for

RELEASE = """# Fuel poverty estimates for Wales: 2024

By Ffion Gwilym, Welsh Government

Modelled estimates of households in fuel poverty in Wales in 2024. An estimated 14% of
households in Wales were living in fuel poverty, down from 16% in 2023, as energy prices fell.

## Acknowledgements

We thank Dyfan Morgan of Care and Repair Cymru for advice on the fuel poverty model.

## References

1. Gethin Prys (2019). Cold homes and health in Wales. Cardiff University.

## Contact

Statistician: Heledd Tomos
"""

CAFE = """# Fuel poverty cafe, Wrexham

Present: Ffion Gwilym (Welsh Government), Owain Pugh (Citizens Advice)

Owain Pugh opened the cafe on fuel poverty. We talked about the report Iolo Bevan wrote last
year. Nerys Jarman sent apologies.
"""

DIRECTORY = """name,role,organisation,profession,sector,nation,email,consent
Ffion Gwilym,Statistician,Welsh Government,statistician,government,Wales,ffion@example.org,yes
Heledd Tomos,Statistician,Welsh Government,statistician,government,Wales,heledd@example.org,yes
Dyfan Morgan,Energy Adviser,Care and Repair Cymru,adviser,voluntary,Wales,dyfan@example.org,yes
Gethin Prys,Lecturer,Cardiff University,researcher,academic,Wales,gethin@example.org,yes
Owain Pugh,Adviser,Citizens Advice,adviser,voluntary,Wales,owain@example.org,yes
Iolo Bevan,Researcher,Cardiff University,researcher,academic,Wales,iolo@example.org,yes
Nerys Jarman,Manager,Citizens Advice,manager,voluntary,Wales,nerys@example.org,yes
"""


@pytest.fixture()
def store(tmp_path: Path, extractor: Any) -> EmbeddedStore:
    for folder, name, text in (
        ("evidence", "release.md", RELEASE),
        ("workshops", "cafe.md", CAFE),
        (".", "directory.csv", DIRECTORY),
    ):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / name).write_text(text, "utf-8")
    store = EmbeddedStore(tmp_path / "data")
    for path, kind in (
        (tmp_path / "directory.csv", DocumentKind.DIRECTORY),
        (tmp_path / "workshops", DocumentKind.WORKSHOP),
        (tmp_path / "evidence", DocumentKind.EVIDENCE),
    ):
        ingest([path], store, kind=kind, extractor=extractor)
    return store


def _linked(store: EmbeddedStore, rel: Rel) -> set[str]:
    graph = store.graph()
    return {graph.nodes[u]["name"] for u, _v, k in graph.edges(keys=True) if k == rel.value}


@pytest.mark.slow
def test_people_an_evidence_item_names_with_no_part_are_named_in_it(store: EmbeddedStore) -> None:
    assert _linked(store, Rel.NAMED_IN) == {"Heledd Tomos", "Dyfan Morgan"}
    assert "Ffion Gwilym" in _linked(store, Rel.AUTHORED)  # she wrote it: no weaker link too
    answer = questions_for(store).connect("fuel poverty", limit=10)
    names = [c.person.name for c in answer.results]
    for nobody in ("Gethin Prys", "Iolo Bevan", "Nerys Jarman"):  # cited, talked of, absent
        assert nobody not in names
    assert names.index("Ffion Gwilym") < names.index("Owain Pugh") < names.index("Heledd Tomos")
    named = next(c for c in answer.results if c.person.name == "Heledd Tomos")
    assert [r.kind for r in named.reasons] == ["named in"]
    assert "Statistician: Heledd Tomos" in named.reasons[0].quotes[0].text


SCREENING = """# Health impact assessment screening: a fuel poverty advice offer

Screening held on 3 June 2025, Newtown.

## Who took part in the screening

| Name | Role | Organisation |
|---|---|---|
| Dr Elin Rowlands (chair) | Consultant in Public Health | Powys Teaching Health Board |
| Rev Tomos Pryce | Minister | Newtown Chapel |

Rev Tomos Pryce stood down from the group in May 2025 and took no part in this record.

## Conclusion

Fuel poverty advice is likely to improve health for households in Powys.
"""


@pytest.mark.slow
def test_people_an_evidence_item_lists_as_taking_part_are_named_in_it(
    tmp_path: Path, extractor: Any
) -> None:
    """A table of who took part in the work an evidence item reports names them in it; one a
    sentence says stood down does not count."""
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "screening.md").write_text(SCREENING, "utf-8")
    (tmp_path / "directory.csv").write_text(
        "name,role,organisation,profession,sector,nation,email,consent\n"
        "Elin Rowlands,Consultant,Powys Teaching Health Board,doctor,NHS,Wales,er@x.org,yes\n"
        "Tomos Pryce,Minister,Newtown Chapel,minister,voluntary,Wales,tp@x.org,yes\n",
        "utf-8",
    )
    store = EmbeddedStore(tmp_path / "data")
    ingest([tmp_path / "directory.csv"], store, kind=DocumentKind.DIRECTORY, extractor=extractor)
    ingest([tmp_path / "evidence"], store, kind=DocumentKind.EVIDENCE, extractor=extractor)
    assert _linked(store, Rel.NAMED_IN) == {"Elin Rowlands"}
    names = [c.person.name for c in questions_for(store).connect("fuel poverty").results]
    assert names == ["Elin Rowlands"]


def test_whom_an_evidence_item_lists_with_no_part_stated_is_named_in_it(tmp_path: Path) -> None:
    """However a list was read (a table the model found no names in, a Word table of "who
    took part"), a person an evidence item lists under attendance, or in a list no heading
    explains, is NAMED_IN it; one listed under apologies or references is not."""
    text = "Panel\nElin Rowlands\nTomos Pryce\nGethin Prys\n"
    path = tmp_path / "panel.txt"
    path.write_text(text, "utf-8")
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    claims = ClaimSet(raw)
    subject = claims.entity(Label.EVIDENCE, "Panel")
    listed = [
        Listed(PersonEntry(name), meaning, text.index(name), text.index(name) + len(name), False)
        for name, meaning in (
            ("Elin Rowlands", Role.ATTENDANCE),
            ("Tomos Pryce", Role.PEOPLE),
            ("Gethin Prys", Role.REFERENCES),
        )
    ]
    listed_claims(raw, claims, load_gazetteer(), listed, subject)
    named = {r.source[1] for r in claims.result().relations if r.rel == Rel.NAMED_IN}
    assert named == {"Elin Rowlands", "Tomos Pryce"}
