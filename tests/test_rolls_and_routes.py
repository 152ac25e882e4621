"""Who took part, who wrote and what was learned, in shapes read in the twentieth session: a
telephone call's roll call by site with dot leaders, its entries wrapped and run on, "(chairing)"
in brackets and "COULD NOT DIAL IN:"; a report's authors set as headings with their
post-nominals over their role lines; a partnership's members in columns by sector; a part at the
event given as a label ("Medical adviser for the event: …"); "led by Sister …"; a byline whose
second author is followed by ", where she is …"; a route between two places that the model takes
for a person; an address on a quay; an e-mail's subject over a briefing's own title; headings
saying what the cases "tell us" and which actions are "carried forward"; a letter signed off
above its "cc:" list; a note vault's [[wikilinks]]; labels set in the margin ("PRESENT  …");
an "Organisation | Attended | Sent apologies" grid; a rota whose slots join two people with
"+"; a programme's "WITH" column (invented people; real bodies and places; real spaCy model
for the slow tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from graph.reference.names import marked_person
from ingest.extract.absence_words import says_apologies
from ingest.extract.headings import role_of_heading
from ingest.extract.learning_heads import says_learned
from ingest.extract.list_cues import leader_parts
from ingest.extract.sections import Role
from ingest.extract.took_part import acted_by, acting_aside
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind
from tests.conftest import extract_file, linked_people, write_doc

CALL = """SOUTH EASTERN HEALTH AND SOCIAL CARE TRUST
Falls and frailty liaison call -- monthly teleconference
Note no. 4        Tuesday 3 March 2026        10:00 to 11:00

ON THE CALL (roll call by site, as answered)
  Ulster Hospital . . . . . . . Maura Keenan-Doyle, Frailty Nurse
                                Specialist (chairing)
                                Dr Kofi Mensah-Quinn, Consultant
                                Geriatrician
  Downe Hospital  . . . . . . . Ciara Magennis-Roe, Senior
                                Physiotherapist Declan Ferris-Hood,
                                Social Worker
  Minutes . . . . . . . . . . . Aoife Tully-Grant (admin)

COULD NOT DIAL IN: Padraig Lavery-Boyd, Falls Prevention, SEHSCT

##################################################################
3. WHAT THE FALLS FIGURES TELL US
##################################################################
  * Most falls on the wards happen in the first 48 hours after a move between wards, so
    the falls check has to be repeated at every move, not only on admission.
  * Patients who wear their own shoes fall less than those in hospital slipper socks.

4. ACTIONS CARRIED FORWARD
  4.1  MKD to add a shoe question to the ward admission checklist by the April call.
"""

TITLE_PAGE = """# Home visits by pharmacists after a fall: an evaluation in Fife

## Dr Rhona Baillie-Kerr PhD

Senior Lecturer, School of Medicine, University of St Andrews

## Tunde Adebayo-Lyle MSc

Public Health Analyst, Fife Council

## Professor Elspeth Marr-Dunbar FFPH

Professor of Pharmacy Practice, University of St Andrews

Commissioned by NHS Fife

June 2025

## Summary

Pharmacists visited 212 people at home within a week of a fall.
"""

PARTNERS = """# Community Planning Partnership: Healthy Lives Group

Monday 2 February 2026 · Omagh

| Statutory partners | Community and voluntary partners |
|---|---|
| Cllr Eimear Doak-Rooney (FODC) – Chair | Bronagh Tierney-Moss (Omagh Forum) |
| Gareth Lyle-Hanna, Health Improvement Officer (WHSCT) | Niamh Corr-Devlin (Omagh Men's Shed) |

## 1. Welcome

The Chair welcomed everyone.
"""

WALK = """# Coast to coast charity cycle: first aid debrief

The route ran from Glen Lyon to Fort William over two days. Debrief led by Sister Morven
Duthie-Gray, who ran the first aid tent. Medical adviser for the event: Dr Ishbel
Rintoul-Hay, GP, NHS Highland.

## What we learned

- Riders who stopped at the first aid tent early in the day finished more often than those
  who pressed on with a sore knee.
"""

BRIEFING = """Subject: Research briefing 2026/02 -- falls in care homes (plain text version)

This is the plain text version of our briefing for people who get it by e-mail.

#####################################################################
  RESEARCH BRIEFING 2026/02  |  MARCH 2026
  Falls among care home residents in the Western Isles: a survey of
  staff and residents
#####################################################################

KEY POINTS
  >> Most falls happened at night.

This briefing was written by Dr Calum Maciver-Ross, Research Fellow at the University of the
Highlands and Islands, and Seonag Morrison-Hay of Age Scotland, where she is Policy Officer.
Contact: social research, Health Directorate, Victoria Quay, Edinburgh.
"""


LETTER = """<html><body><main><h1>Peer visit letter: what two practices learned</h1>
<p>Dear Ravi, and the team at Mill Lane,</p>
<p>Thank you for having us. Ngozi Ekwueme-Hart, our Dental Nurse Lead, and I spent the morning
with you, looking at how instruments move through the decontamination room.</p>
<h2>What we both came away knowing</h2>
<ul><li>A one-way route through the decontamination room matters more than its size.</li></ul>
<h2>Questions for the local dental committee</h2>
<ul><li>Could the committee fund a second ultrasonic bath?</li></ul>
<p>With best wishes and thanks again,</p>
<ul><li>Dr Parminder Kaur Gill BDS</li><li>Principal Dentist, Abbey Street Dental Practice</li>
<li>cc:</li><li>Dr Ruth Oyelowo-Kane, Consultant in Dental Public Health, NHS England</li></ul>
</main></body></html>
"""

VAULT = """---
title: "Readiness workshop: memory clinic capacity"
date: 2026-01-20
attendees:
  - "[[Dr Iwan Gwyther-Rees]] (consultant psychiatrist, CAVUHB)"
  - "[[Nia Brython-Lloyd]] (dementia adviser, Alzheimer's Society Cymru)"
apologies:
  - "[[Dr Huw Tregaron]] (neurologist, clinic clash)"
---

# Memory clinic readiness

Met with [[Nia Brython-Lloyd|Nia]] to plan the clinic.
"""

SIDE = """DUNDEE DENTAL HOSPITAL - EMERGENCY DENTAL TRIAGE
Call review debrief: urgent calls, January 2026

PRESENT  Dr Fraser Lennox-Crae, consultant in dental public health
           (chair)
         Morven Haldane-Dow, dental nurse, triage lead
         Dr Ifeanyi Okoro-Lamb, dental core trainee

APOLOGIES  Euan Tosh-Milne, dental practice adviser

1. THE SAMPLE
   Morven pulled 120 calls from January.
"""

GRID = """<html><body><main><h1>Ambulance handover improvement workshop</h1>
<table><tr><th>Organisation</th><th>Attended</th><th>Sent apologies</th></tr>
<tr><td>Northern Health and Social Care Trust</td><td>Dr Fionn Mac Aodha (Consultant); Orla
Devlin-Greer (Nurse Manager)</td><td>Sister Eimear Lagan (Acute Medical Unit)</td></tr>
<tr><td>Apologies</td><td>Dr Ross Kinnear, GP</td><td>–</td></tr>
</table></main></body></html>
"""

ROTA = """HEALTH INFORMATION WEEK - ASK US ABOUT YOUR LETTER DESKS
Debrief note, Inverness Library

......................................................................
THE ROTA
......................................................................

 DAY / TIME       BRANCH        ON THE DESK
 Mon 10-12        Inverness     Catriona Munro-Bain (HLH) + Ishbel Gunn-Ross (NHSH)
 Tue 2-4          Nairn         Ishbel Gunn-Ross (NHSH)

PROGRAMME
---------------------------------------------------------------------------
TIME   SESSION                               WITH
13.00  Welcome: why the desks                Fiona Tulloch-Grant, Library
                                             Manager, High Life Highland
13.20  What people asked about               Dr Ewan Sinclair-Ross, GP,
                                             Culloden Medical Practice
14.00  Tea
14.20  What we carry forward                 Everyone; facilitated by
                                             Marsaili Nic a' Phì, Adviser,
                                             NHS Highland
---------------------------------------------------------------------------
"""


def test_cues_without_the_model() -> None:
    gaz = load_gazetteer()
    assert says_apologies("COULD NOT DIAL IN: Padraig Lavery-Boyd")
    assert says_apologies("Jo couldn't log on") and not says_apologies("Jo logged on at ten")
    assert marked_person("Tunde Adebayo-Lyle MSc") and marked_person("Dr Rhona Baillie-Kerr")
    assert not marked_person("Executive Summary") and not marked_person("Key Findings 2024")
    assert role_of_heading("Statutory partners") == Role.ATTENDANCE
    assert role_of_heading("Delivery partners") is None
    assert role_of_heading("4. ACTIONS CARRIED FORWARD") == Role.ACTIONS
    assert says_learned("what the falls figures tell us")
    assert says_learned("what the day changed in our thinking")
    assert acting_aside("Maura Keenan-Doyle, Nurse (chairing)") == "chair"
    assert acted_by("Medical adviser for the event: Dr Ishbel Rintoul-Hay", 34) == ""
    assert acted_by("Plans for the day: Ann Bell", 19) is None  # no part anyone had
    line = "Downe Hospital . . . Ciara Magennis-Roe, Senior Physiotherapist Declan Ferris-Hood, SW"
    assert [p for _, p in leader_parts(line, gaz) or []] == [
        "Ciara Magennis-Roe, Senior Physiotherapist",
        "Declan Ferris-Hood, SW",
    ]
    assert leader_parts("Ms C. Magennis .... Physiotherapist, SEHSCT", gaz) is None


def test_rules_of_hashes_end_a_paragraph(tmp_path: Path) -> None:
    raw = read_document(write_doc(tmp_path, "b.txt", BRIEFING), tmp_path, DocumentKind.EVIDENCE)
    said = [raw.text[b.start : b.end] for b in raw.blocks]
    assert not any("####" in text for text in said)
    assert raw.blocks[0].kind == BlockKind.METADATA  # the e-mail's subject: not the title


@pytest.mark.slow
def test_a_roll_call_by_site(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "call.txt", CALL)
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    on_call = {"Maura Keenan-Doyle", "Kofi Mensah-Quinn", "Ciara Magennis-Roe"}
    assert on_call | {"Declan Ferris-Hood", "Aoife Tully-Grant"} <= came
    assert "Padraig Lavery-Boyd" not in came
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Falls Prevention" not in people
    chair = {r.source[1]: r for r in claims.relations if r.rel == Rel.ATTENDED}
    assert chair["Maura Keenan-Doyle"].props.get("role") == "chair"
    learned = {e.name for e in claims.entities if e.label == Label.LEARNING}
    assert any(text.startswith("Most falls on the wards") for text in learned)
    assert not any(text.startswith("MKD to add") for text in learned)  # an action


@pytest.mark.slow
def test_authors_set_as_headings(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "evaluation.md", TITLE_PAGE)
    claims, rels = extract_file(extractor, path, DocumentKind.EVIDENCE)
    authors = {"Rhona Baillie-Kerr", "Tunde Adebayo-Lyle", "Elspeth Marr-Dunbar"}
    assert authors <= linked_people(claims, Rel.AUTHORED)
    assert (Rel.WORKS_AT, "Tunde Adebayo-Lyle", "Fife Council") in rels


@pytest.mark.slow
def test_members_in_columns_by_sector(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "partners.md", PARTNERS)
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Eimear Doak-Rooney", "Gareth Lyle-Hanna", "Bronagh Tierney-Moss"} <= came


@pytest.mark.slow
def test_parts_at_the_event_and_a_route(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "walk.md", WALK)
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert {"Morven Duthie-Gray", "Ishbel Rintoul-Hay"} <= linked_people(claims, Rel.ATTENDED)
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Glen Lyon" not in people  # one end of the route, a place


@pytest.mark.slow
def test_a_briefing_sent_by_e_mail(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "briefing.txt", BRIEFING)
    claims, rels = extract_file(extractor, path, DocumentKind.EVIDENCE)
    [evidence] = [e for e in claims.entities if e.label == Label.EVIDENCE]
    assert evidence.name.startswith("Falls among care home residents in the Western Isles")
    assert {"Calum Maciver-Ross", "Seonag Morrison-Hay"} <= linked_people(claims, Rel.AUTHORED)
    assert (Rel.WORKS_AT, "Seonag Morrison-Hay", "Age Scotland") in rels
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Victoria Quay" not in people


@pytest.mark.slow
def test_a_letter_signed_above_its_copies(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "letter.html", LETTER)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Parminder Kaur Gill", "Ngozi Ekwueme-Hart"} <= came
    assert "Ruth Oyelowo-Kane" not in came  # copied in, not there
    assert (Rel.WORKS_AT, "Ruth Oyelowo-Kane", "NHS England") in rels


@pytest.mark.slow
def test_a_note_vaults_links(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "vault.md", VAULT)
    raw = read_document(path, tmp_path, DocumentKind.WORKSHOP)
    assert "[[" not in raw.text and "Met with Nia to plan" in raw.text
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Iwan Gwyther-Rees", "Nia Brython-Lloyd"} <= came
    assert "Huw Tregaron" not in came


@pytest.mark.slow
def test_labels_in_the_margin(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "side.txt", SIDE)
    raw = read_document(path, tmp_path, DocumentKind.WORKSHOP)
    fields = [b.key for b in raw.blocks if b.kind == BlockKind.METADATA]
    assert "PRESENT" in fields and "APOLOGIES" in fields
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Fraser Lennox-Crae", "Morven Haldane-Dow", "Ifeanyi Okoro-Lamb"} <= came
    assert "Euan Tosh-Milne" not in came


@pytest.mark.slow
def test_an_organisation_grid(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "grid.html", GRID)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Fionn Mac Aodha", "Orla Devlin-Greer"} <= came
    assert "Eimear Lagan" not in came and "Ross Kinnear" not in came  # apologies, both ways
    trust = "Northern Health and Social Care Trust"
    assert (Rel.WORKS_AT, "Orla Devlin-Greer", trust) in rels


@pytest.mark.slow
def test_a_rota_and_a_programme(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "rota.txt", ROTA)
    claims, _rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Catriona Munro-Bain", "Ishbel Gunn-Ross", "Fiona Tulloch-Grant"} <= came
    assert "Ewan Sinclair-Ross" in came
