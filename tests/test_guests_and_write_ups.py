"""Who was there when notes say so in passing ("Joined on the day by …", "written up by",
"notes by" in a meta line), a guest named as "our invited speaker" (not the host's), a venue
that is not "our" body, a surname the model tags as a body, a scheme that is no person,
learning under "What teams told each other" or "Reflections agreed by the group", an
evidence title given in a "REPORT:" field under a banner or under a two-column masthead,
members and apologies in Markdown footnotes named for them, and authors marked with letters
(invented people; real bodies and places; real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from ingest.extract.learning_heads import says_learned
from ingest.extract.took_part import acted_by, among_us
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

CO_DESIGN = """Speaking up about racist abuse: co-designing a better reporting route

Workshop 2 of 3 · Thursday 22 January 2026 · Lecture Theatre, Royal Victoria Hospital, Belfast

Facilitated by Mei-Lin Chan-Harvey, Equality Manager. Joined on the day by Dr Oluwole \
Banjo-Reid (Specialty Doctor, Emergency Department), Security Manager Gráinne McAlinden and \
Hamid Sarwan of the Northern Ireland Council for Racial Equality.

Our invited speaker, Dr Tendai Chikore-Ross, Equality and Diversity Lead at NHS Lothian, \
described the incident form.

What teams told each other

- Staff do not report racist abuse because they have learned that nothing happens afterwards.
"""

FORUM = """# Nithsdale Volunteer Car Scheme — Drivers' Forum

*Winter forum · Thursday 4 December 2025 · Lochside Community Centre, Dumfries · notes by \
Alison Threave, Scheme Coordinator*

Kevin Trebarrow, our drivers' representative, could not come. The AGM is in March.

## Reflections agreed by the group

- Drivers stay longer when the office rings them after a hard journey.
"""

REPORT = """NHS LOTHIAN  -  PUBLIC HEALTH AND HEALTH POLICY
==========================================================================

REPORT:      Evaluation of the MMR catch-up programme for children and
             young people in Lothian, 2024-25
STATUS:      Final, January 2026
SETTING:     NHS Lothian, Scotland

1. SUMMARY

After measles cases rose in 2024, the board offered catch-up vaccination in schools.
"""


def test_passing_mentions_of_who_was_there() -> None:
    s = "Joined on the day by Dr Ann Bell (GP), Manager Jo Cole and Bo Li of the Council."
    assert all(among_us(s, s.index(n)) for n in ("Ann Bell", "Jo Cole", "Bo Li"))
    assert not among_us("Bo Li joined the board in 2019.", 0)
    s = "Workshop held at the hall · written up by Ann Bell, Manager"
    assert acted_by(s, s.index("Ann")) == ""  # there, keeping the notes
    s = "Winter forum · Dumfries · notes by Ann Bell, Coordinator"
    assert acted_by(s, s.index("Ann")) == ""


def test_learning_headings_said_between_people() -> None:
    assert says_learned("what teams told each other")
    assert says_learned("reflections agreed by the group")
    assert not says_learned("what teams told the board they will do next")


def _claims(tmp_path: Path, extractor: Any, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    claims = extractor(read_document(path, kind=kind))
    return claims, {(r.rel, r.source[1], r.target[1]) for r in claims.relations}


@pytest.mark.slow
def test_joined_on_the_day_and_an_invited_speaker(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _claims(tmp_path, extractor, "w.txt", CO_DESIGN, DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Oluwole Banjo-Reid", "Gráinne McAlinden", "Hamid Sarwan"} <= came
    bodies = {t for rel, s, t in rels if rel == Rel.WORKS_AT and s == "Tendai Chikore-Ross"}
    assert bodies == {"NHS Lothian"}  # not the hospital the day was held in
    learned = {e.name for e in claims.entities if e.label == Label.LEARNING}
    assert any(s.startswith("Staff do not report racist abuse") for s in learned)
    assert not any(s.startswith("Our invited speaker") for s in learned)


@pytest.mark.slow
def test_a_note_taker_a_venue_and_a_scheme(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _claims(tmp_path, extractor, "f.md", FORUM, DocumentKind.WORKSHOP)
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    orgs = {e.name for e in claims.entities if e.label == Label.ORGANISATION}
    assert "Alison Threave" in people and "Nithsdale Volunteer Car Scheme" not in people
    assert (Rel.ATTENDED, "Alison Threave") in {(r, s) for r, s, _ in rels}
    assert "AGM" not in orgs
    assert not any(s == "Kevin Trebarrow" and "Lochside" in t for _, s, t in rels)
    learned = {e.name for e in claims.entities if e.label == Label.LEARNING}
    assert any(s.startswith("Drivers stay longer") for s in learned)


@pytest.mark.slow
def test_a_report_field_names_the_evidence(tmp_path: Path, extractor: Any) -> None:
    claims, _ = _claims(tmp_path, extractor, "r.txt", REPORT, DocumentKind.EVIDENCE)
    [title] = [e.name for e in claims.entities if e.label == Label.EVIDENCE]
    assert title.startswith(
        "Evaluation of the MMR catch-up programme for children and young people in Lothian"
    )


MINUTE = """**Highland Adaptations Working Group** · minute of meeting

# Adaptations for tenants: working group minute, 2 December 2025

*Held at Albyn House, Inverness. Present: the members listed below[^members]. Apologies were \
received from one member[^apologies].*

## 1. Welcome

The chair welcomed members.

[^members]: Matheson-Rae, Eilidh — Occupational Therapist, NHS Highland (chair); \
Rahman-Mundy, Tahmina — Adaptations Officer, Albyn Housing Society
[^apologies]: Ibekwe-Roe, Nkechi — Housing Policy Officer, The Highland Council.
"""

ABSTRACT = """# Chilblains, cold homes and foot pain in older people in Powys: a survey

Gwenno Harries-Tomos^a*^ (ORCID 0000-0002-6174-3385) · Oladipo Ayodele-Pryce^b^

^a^ Podiatry and Orthotics, Powys Teaching Health Board, Llandrindod Wells
^b^ School of Sport and Health Sciences, Cardiff Metropolitan University

**Setting:** Podiatry clinics in Powys, Wales.
"""

NOTE = """Public Health Scotland                                     R. Chaudhry-Rose
Data Note: 2025-07                                                      PHS
                                                             September 2025


      Multiple long-term conditions in Scotland by age and deprivation:
                               a data note

1.  Introduction

   Multimorbidity is the usual state of health for older adults.
"""


def test_footnotes_named_for_who_they_list_are_fields(tmp_path: Path) -> None:
    path = tmp_path / "minute.md"
    path.write_text(MINUTE, "utf-8")
    raw = read_document(path, kind=DocumentKind.WORKSHOP)
    keys = [b.key for b in raw.blocks if b.key]
    assert keys[-2:] == ["members", "apologies"]


def test_a_masthead_over_a_numbered_note_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(NOTE, "utf-8")
    raw = read_document(path, kind=DocumentKind.EVIDENCE)
    assert (
        raw.title == "Multiple long-term conditions in Scotland by age and deprivation: a data note"
    )


@pytest.mark.slow
def test_members_and_apologies_in_named_footnotes(tmp_path: Path, extractor: Any) -> None:
    _, rels = _claims(tmp_path, extractor, "m.md", MINUTE, DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Eilidh Matheson-Rae", "Tahmina Rahman-Mundy"} <= came
    assert "Nkechi Ibekwe-Roe" not in came
    assert (Rel.WORKS_AT, "Tahmina Rahman-Mundy", "Albyn Housing Society") in rels


@pytest.mark.slow
def test_authors_marked_with_letters(tmp_path: Path, extractor: Any) -> None:
    _, rels = _claims(tmp_path, extractor, "a.md", ABSTRACT, DocumentKind.EVIDENCE)
    assert {s for rel, s, _ in rels if rel == Rel.AUTHORED} == {
        "Gwenno Harries-Tomos",
        "Oladipo Ayodele-Pryce",
    }
    bodies = {(s, t) for rel, s, t in rels if rel == Rel.WORKS_AT}
    assert ("Gwenno Harries-Tomos", "Powys Teaching Health Board") in bodies
    assert ("Oladipo Ayodele-Pryce", "Cardiff Metropolitan University") in bodies
    assert not any("ORCID" in t for _, t in bodies)


NEWSLETTER = """<html><head><title>The Leaf Line | Winter 2025</title></head><body>
<table class="wrapper"><tr><td>
<h1>In this issue</h1><ul><li>Leaders' gathering at Colin Glen</li></ul>
<h2>Leaders' gathering at Colin Glen</h2>
<p>Fourteen green gym leaders met at Colin Glen.</p>
<table><tr><th>Site</th><th>Sessions</th></tr><tr><td>Colin Glen</td><td>31</td></tr></table>
<h3>What the season taught our leaders</h3>
<ul><li>New volunteers come back when a leader pairs them with a regular.</li></ul>
</td></tr></table></body></html>
"""

STEERING = """# Colin Glen Green Gym: steering group

The meeting was led by Deirdre[^1], with Tiarnan[^2] keeping time.

[^1]: Deirdre Ní Bhriain-Quinn, Green Gym Coordinator, The Conservation Volunteers.
[^2]: Tiarnan McCaffrey, Social Prescribing Link Worker, Colin Neighbourhood Partnership.
"""


def test_a_newsletter_laid_out_in_a_table_reads_as_blocks(tmp_path: Path) -> None:
    path = tmp_path / "news.html"
    path.write_text(NEWSLETTER, "utf-8")
    raw = read_document(path, kind=DocumentKind.WORKSHOP)
    kinds = {raw.text[b.start : b.end]: b.kind for b in raw.blocks}
    assert kinds["What the season taught our leaders"] == BlockKind.HEADING
    assert kinds["New volunteers come back when a leader pairs them with a regular."] == (
        BlockKind.LIST_ITEM
    )
    assert kinds["Colin Glen | 31"] == BlockKind.TABLE_ROW  # the data table inside stays one


def test_a_short_name_marked_with_its_footnote_is_the_full_name(tmp_path: Path) -> None:
    path = tmp_path / "steering.md"
    path.write_text(STEERING, "utf-8")
    raw = read_document(path, kind=DocumentKind.WORKSHOP)
    assert "led by Deirdre Ní Bhriain-Quinn, with Tiarnan McCaffrey keeping time" in raw.text


def test_names_that_are_bodies_or_addresses_and_names_that_are_not() -> None:
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.people_lines import parse_line

    gaz = load_gazetteer()

    def names(text: str) -> list[str]:
        return [entry.name for entry in parse_line(text, gaz)]

    assert names("Aneurin Bevan University Health Board · Newport East neighbourhood") == []
    assert names("Gyle Square, 1 South Gyle Crescent") == []
    assert names("Ji-woo Park, Staff Nurse, NHS Fife") == ["Ji-woo Park"]
    assert names("Alana Moffat, Social Worker, Fife Health and Social Care Partnership") == [
        "Alana Moffat"
    ]
    [kasia] = parse_line("Kasia Nowak-Evans, peer facilitator with Home-Start Wrexham", gaz)
    assert kasia.organisations == ("Home-Start Wrexham",)
