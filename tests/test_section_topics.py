"""What each part of a document is about (ingest.extract.section_topics), and who published a
web page whose only notice is in its footer: real files read by the readers, the real model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Rel
from ingest.readers import read_document
from ingest.types import DocumentKind

BULLETIN = """HEALTH BOARD NEWS

IN THIS ISSUE

- Pen pals for older people in Moray
- Falls classes in Nairn

PEN PALS FOR OLDER PEOPLE IN MORAY

By Catriona Bain, Community Link Worker

Volunteers in Moray wrote every fortnight to older residents who had told their GP they felt
lonely, as part of the region's work on loneliness in rural villages.

What we found

- Nine in ten residents asked to carry on writing after the first six months.
- Letters mattered most to residents who no longer went out in winter.

FALLS CLASSES IN NAIRN

By Ewan Mackay, Physiotherapist

Strength and balance classes for falls were moved from the hospital gym into two village halls.

What we found

- Attendance doubled once classes were held in the village halls.
- Transport to the classes was the barrier people named most often.
"""

MINUTES = """Ward Network

Minutes of the meeting held on 3 May 2024 in Dundee.

1. Peer support in the wards
Members described how peer support workers now join the morning ward round.
Peer support workers said the ward round gave them a place in the team.

2. Falls in the night
Night staff described how falls were reviewed.

3. Learning points
- Workers settled faster when a named nurse met them on their first shift.
- Written role descriptions stopped arguments about who does what.
"""


def claims_of(extractor: Any, tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extractor(read_document(path, tmp_path, kind))


def linked(claims: Any, rel: Rel) -> dict[str, set[str]]:
    """Source name -> the names its `rel` relations reach."""
    out: dict[str, set[str]] = {}
    for r in claims.relations:
        if r.rel == rel:
            out.setdefault(r.source[1], set()).add(r.target[1])
    return out


def about(claims: Any) -> dict[str, set[str]]:
    return linked(claims, Rel.ABOUT)


def targets(claims: Any, rel: Rel) -> set[str]:
    return {r.target[1] for r in claims.relations if r.rel == rel}


@pytest.mark.slow
def test_items_of_a_bulletin_are_about_their_own_topics(extractor: Any, tmp_path: Path) -> None:
    claims = claims_of(extractor, tmp_path, "news.txt", BULLETIN, DocumentKind.EVIDENCE)
    # the first item's heading names no topic: its lead paragraph says what it is about
    assert {"loneliness", "falls"} <= targets(claims, Rel.ADDRESSES)
    found = about(claims)
    letters = next(k for k in found if k.startswith("Letters mattered"))
    halls = next(k for k in found if k.startswith("Attendance doubled"))
    assert "loneliness" in found[letters] and "falls" not in found[letters]
    assert "falls" in found[halls] and "loneliness" not in found[halls]


@pytest.mark.slow
def test_learning_with_no_topic_of_its_own_takes_the_documents(
    extractor: Any, tmp_path: Path
) -> None:
    claims = claims_of(extractor, tmp_path, "minutes.txt", MINUTES, DocumentKind.WORKSHOP)
    found = about(claims)
    named = next(k for k in found if k.startswith("Workers settled faster"))
    # its section ("Learning points") names nothing: the document's topics, both of them
    assert {"peer support", "falls"} <= found[named]


PAGE = """<!doctype html><html><head><title>Carer breaks: what works</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><h1>Carer breaks: what works</h1>
<p>We surveyed 300 carers in Wales about short breaks from caring.</p>
<p>Carers in Wales said that a sitting service at home was the break they used most.</p>
<p>Day centres were valued but waiting lists were long.</p></main>
<footer><p>© Public Health Scotland 2023 · Privacy · Accessibility</p></footer>
</body></html>"""


@pytest.mark.slow
def test_a_pages_footer_names_its_host_but_not_what_it_studied(
    extractor: Any, tmp_path: Path
) -> None:
    claims = claims_of(extractor, tmp_path, "breaks.html", PAGE, DocumentKind.EVIDENCE)
    published = {r.source[1] for r in claims.relations if r.rel == Rel.PUBLISHED}
    assert published == {"Public Health Scotland"}
    assert claims.metadata.get("year") == 2023 or "2023" in str(claims.metadata)
    # the prose names Wales twice: the footer's host (in Scotland) does not replace that
    assert targets(claims, Rel.COVERS) == {"Wales"}


DIGEST = """# Current awareness digest, February 2025

## Item 1. Screening for sepsis in the ambulance: crews and a pre-alert score

Ambulance crews used a pre-alert score for suspected sepsis for a whole year.

**Setting:** two ambulance services in Devon and Cornwall, England.

**What it found:** Crews who used the score phoned ahead for 1,240 patients in a year.

## Item 2. Infant feeding support by video call for families in rural Wales

Families were offered video calls with an infant feeding supporter in the first weeks.

**Setting:** Powys and Ceredigion, Wales; 146 families.

**What it found:** Mothers said video calls were most useful at night and in the first weeks.
"""

REPORT = """# Peer support for carers: evaluation report

## 1. Introduction

Carers in Fife told us that peer support groups helped them most in the first year.

## 2. Loneliness among carers

Loneliness was common among carers who had given up work, and groups helped with it.
"""


@pytest.mark.slow
def test_a_collections_items_are_evidence_of_their_own(extractor: Any, tmp_path: Path) -> None:
    claims = claims_of(extractor, tmp_path, "digest.md", DIGEST, DocumentKind.EVIDENCE)
    covers: dict[str, set[str]] = {}
    for r in claims.relations:
        if r.rel == Rel.COVERS:
            covers.setdefault(r.source[1], set()).add(r.target[1])
    sepsis = next(k for k in covers if "Item 1." in k)
    feeding = next(k for k in covers if "Item 2." in k)
    assert "Wales" in covers[feeding] and "Wales" not in covers[sepsis]
    assert "England" in covers[sepsis] and "England" not in covers[feeding]
    learned_from = {r.source[1][:20]: r.target[1] for r in claims.relations if r.rel == Rel.FROM}
    assert "Item 2." in learned_from["Mothers said video c"]
    addresses = {(r.source[1], r.target[1]) for r in claims.relations if r.rel == Rel.ADDRESSES}
    assert (feeding, "infant feeding") in addresses


@pytest.mark.slow
def test_a_reports_chapters_are_not_items(extractor: Any, tmp_path: Path) -> None:
    claims = claims_of(extractor, tmp_path, "report.md", REPORT, DocumentKind.EVIDENCE)
    evidence = [e.name for e in claims.entities if e.label.value == "Evidence"]
    assert len(evidence) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "name",
    [
        "dev30/evidence/welfare-advice-trustees-annual-report-sorp-extract-wales.pdf",
        "dev31/evidence/home-care-market-position-statement-extract-wales.md",
    ],
)
def test_an_annual_reports_own_parts_are_not_items(extractor: Any, name: str) -> None:
    """A trustees' annual report's parts ("Achievements and performance", "Plans for future
    periods") and a statement's numbered sub-sections ("4.2 The market now") are about
    different things but are one document's: one evidence item."""
    path = Path(__file__).resolve().parents[1] / "bench/questions" / name
    claims = extractor(read_document(path, path.parent, DocumentKind.EVIDENCE))
    evidence = [e.name for e in claims.entities if e.label.value == "Evidence"]
    assert len(evidence) == 1


SELF_DESCRIBED = """Ward Movers Collaborative

Change pack: getting patients up, dressed and moving on older people's wards

How to use this pack

The pack is about helping older people stay physically active while they are in hospital. Each ward
chooses two ideas to test and reports back at the next learning session.

Aim

By June 2025, most patients on the wards will be up and dressed by lunchtime.

Ideas and what teams found

Idea\tWhat teams found when they tested it
Posters at every bed\tPatients got up sooner when a named nurse asked them each morning.
Day clothes from home\tFamilies brought day clothes when asked at the first visit.

Next learning session

12 May 2025, Royal Preston Hospital.
"""


@pytest.mark.slow
def test_a_topic_named_once_where_the_document_says_what_it_is_about_is_its_own(
    extractor: Any, tmp_path: Path
) -> None:
    claims = claims_of(extractor, tmp_path, "pack.txt", SELF_DESCRIBED, DocumentKind.WORKSHOP)
    assert "physical activity" in targets(claims, Rel.ADDRESSES)
    found = about(claims)
    asked = next(k for k in found if k.startswith("Patients got up sooner"))
    assert "physical activity" in found[asked]  # learning inherits what the pack is about


@pytest.mark.slow
def test_a_reports_numbered_chapters_under_a_summary_are_not_items(extractor: Any) -> None:
    """A committee report whose numbered chapters ("1. Summary", "2. What the data show",
    "3. What the service has changed", "4. Recommendations", set at its title's level in a
    PDF) are about different subjects: one report's chapters, one evidence item."""
    path = (
        Path(__file__).resolve().parents[1]
        / "bench/questions/dev7/evidence/sexual-health-access-scrutiny-report-sheffield.pdf"
    )
    claims = extractor(read_document(path, path.parent, DocumentKind.EVIDENCE))
    evidence = [e.name for e in claims.entities if e.label.value == "Evidence"]
    assert len(evidence) == 1


@pytest.mark.slow
def test_notes_that_name_their_topic_once_are_filed_under_it(
    extractor: Any, tmp_path: Path
) -> None:
    """Notes that name no topic twice, in a heading or as their subject are filed under the
    topics they name most, once each at least, rather than under none."""
    path = tmp_path / "visit.txt"
    path.write_text(
        "Visit to the day centre, 4 May\n\nWe spent the morning with the team. One of them "
        "told us how dementia changes what people want from lunch. Then we walked the garden.\n",
        "utf-8",
    )
    claims = extractor(read_document(path, tmp_path, DocumentKind.WORKSHOP))
    assert {r.target[1] for r in claims.relations if r.rel == Rel.ADDRESSES} == {"dementia"}


SESSION_LOG = """Respiratory Education Team - training session log

Course ....... Inhaler technique for people with COPD
Trainer ...... Ffion Example RN, Respiratory Nurse Specialist
Co-trainer ... Rhodri Example, Respiratory Physiotherapist
Chair: Bethan Example

Ten practice nurses came. Physiotherapist Dr Alun Example showed the spacer.
"""


@pytest.mark.slow
def test_a_key_before_a_name_is_the_part_played_not_a_profession(
    extractor: Any, tmp_path: Path
) -> None:
    """ "Trainer ...... Ffion", "Chair: Bethan": what someone did at the session, not their
    profession (which their own job title gives); a profession set before a name in prose
    ("Physiotherapist Dr Alun Example") is theirs."""
    claims = claims_of(extractor, tmp_path, "log.txt", SESSION_LOG, DocumentKind.WORKSHOP)
    found = linked(claims, Rel.HAS_PROFESSION)
    assert "trainer" not in found.get("Ffion Example", set()) | found.get("Rhodri Example", set())
    assert "nurse" in " ".join(found.get("Ffion Example", set()))
    assert found.get("Rhodri Example") == {"physiotherapist"}
    assert "Bethan Example" not in found
    assert found.get("Alun Example") == {"physiotherapist"}
