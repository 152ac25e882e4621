"""Who took part, who made a piece of evidence and what it is called, in shapes read in the
twenty-fourth session: a research record under its site's breadcrumb, a periodical's name
over its issue line, a kind-only title over the work's code and name, a Pandoc title block
with marked authors, Hugo's TOML front matter, an abstract book page, a group's members
listed among its notes, a table of table hosts, a sign-in pad, a contact box in a sidebar,
notes kept in Org mode (invented people; real bodies and places; the real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.banners import issue_line, numbered_kind
from ingest.extract.people_labels import present
from ingest.extract.people_lists import parse_people
from ingest.extract.sections import Role
from ingest.readers.frontmatter import split_front_matter
from ingest.types import DocumentKind
from tests.conftest import extract_file, linked_people, write_doc

RECORD = """UKRI Gateway to Research
Home > Projects > MR/Z000123/1

Dizziness in older people living on islands: the place of the local
pharmacy

Lead Research Organisation: University of the Highlands and Islands
Department Name: Division of Rural Health and Wellbeing

Abstract

Older people on Orkney and Shetland who feel dizzy rarely see a specialist. This project
asks what the island pharmacies see and do.

People
Morag Flett-Isbister (Principal Investigator)
Torquil Manson-Rendall (Co-Investigator)

Panel: Prof Ailsa Brough (chair) reviewed the proposal for the funder.
"""


def test_a_record_under_its_sites_breadcrumb(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "record.txt", RECORD), DocumentKind.EVIDENCE
    )
    assert claims.title.startswith("Dizziness in older people living on islands")
    uhi = "University of the Highlands and Islands"
    assert (Rel.WORKS_AT, "Morag Flett-Isbister", uhi) in rels  # the record's lead body
    jobs = ("UKRI", "Principal Investigator")  # the site's funder, a role: no one's body
    assert not any(r[0] == Rel.WORKS_AT and r[2] in jobs for r in rels)
    assert not any(r[0] == Rel.WORKS_AT and r[1] == "Ailsa Brough" and r[2] == uhi for r in rels)


JOURNAL = """Journal of Island Pharmacy
Volume 4, Issue 2, March 2026
Original Article

Pharmacist-led checks for dizziness in Orkney: a service evaluation

  * Inga Rendall-Scott
  * Magnus Foubister-Hay

Abstract
We reviewed 212 pharmacy consultations for dizziness in Kirkwall and Stromness.
"""


def test_a_periodicals_name_over_its_issue(tmp_path: Path, extractor: Any) -> None:
    assert issue_line("Volume 4, Issue 2, March 2026")
    assert issue_line("Service profiles | Vaccination | January 2026")
    assert not issue_line("Quality and Safety Committee, 25 March 2025 · Agenda item 4.2")
    claims, _rels = extract_file(
        extractor, write_doc(tmp_path, "article.txt", JOURNAL), DocumentKind.EVIDENCE
    )
    assert claims.title == "Pharmacist-led checks for dizziness in Orkney: a service evaluation"


NOTE = """NHS Shetland
Public Health Intelligence

EVALUATION NOTE 2026/03

Dizziness clinics in Lerwick: what the first six months show

Prepared by: Dr Brenda Tulloch-Sinclair, Consultant in Public Health
"""


def test_a_kind_and_its_number_over_the_title(tmp_path: Path, extractor: Any) -> None:
    assert numbered_kind("EVALUATION NOTE 2026/03")
    assert not numbered_kind("PPI MONITORING REPORT 2024/25")  # a year's report names it
    claims, _rels = extract_file(
        extractor, write_doc(tmp_path, "note.txt", NOTE), DocumentKind.EVIDENCE
    )
    assert "Dizziness clinics in Lerwick: what the first six months show" in claims.title


PANDOC = """% Balance classes after a fall: a regional audit
% Grainne Toland-McKee^1^; Dr Ruairi Breslin-Hughes^2^
% October 2025

^1^ Clinical Audit, Belfast Health and Social Care Trust
^2^ Falls Service, South Eastern Health and Social Care Trust

# Summary

We audited who was offered a balance class within six weeks of a fall.
"""


def test_a_pandoc_title_block_with_marked_authors(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "audit.md", PANDOC), DocumentKind.EVIDENCE
    )
    assert linked_people(claims, Rel.AUTHORED) == {"Grainne Toland-McKee", "Ruairi Breslin-Hughes"}
    assert (
        Rel.WORKS_AT,
        "Ruairi Breslin-Hughes",
        "South Eastern Health and Social Care Trust",
    ) in rels


HUGO = """+++
title = "Trauma-informed practice in a Dundee housing service"
date = 2025-11-03T09:00:00Z
authors = ["Kirsty Ogilvie-Baird", "Dr Euan Strachan-Lyall"]
affiliations = ["NHS Education for Scotland", "Dundee City Council"]
+++

{{< figure src="hero.jpg" alt="A housing officer at a front door" >}}

## Why the service started

Dundee's housing options team saw the same people return after each tenancy ended.
"""


def test_toml_front_matter_pairs_authors_with_bodies(tmp_path: Path, extractor: Any) -> None:
    meta, body = split_front_matter(Path("x.md"), HUGO, 10_000)
    assert meta["title"].startswith("Trauma-informed practice") and body.startswith("\n{{<")
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "case.md", HUGO), DocumentKind.EVIDENCE
    )
    assert claims.title == "Trauma-informed practice in a Dundee housing service"
    assert (Rel.WORKS_AT, "Euan Strachan-Lyall", "Dundee City Council") in rels
    assert not any("figure" in r[2] for r in rels)  # the site's shortcode is no text


ABSTRACT = """WELSH FALLS PREVENTION NETWORK
ANNUAL MEETING 2025 - ABSTRACT BOOK
                                                        Page 9
POSTER SESSION A: COMMUNITY SERVICES

A07

STRENGTH AND BALANCE CLASSES IN CARE HOMES: UPTAKE AND FALLS IN
THE FIRST YEAR

Eleri Prydderch-Watts(1)*, Gethin Morse-Owen(2)

(1) Falls Service, Hywel Dda University Health Board, Carmarthen
(2) School of Health and Social Care, Swansea University, Swansea

Background: Falls are common in care homes.
Results: Falls fell by a quarter in homes that ran two classes a week.
"""


def test_an_abstract_book_page_is_its_abstract(tmp_path: Path, extractor: Any) -> None:
    claims, _rels = extract_file(
        extractor, write_doc(tmp_path, "abstract.txt", ABSTRACT), DocumentKind.EVIDENCE
    )
    assert claims.title.lower() == (
        "strength and balance classes in care homes: uptake and falls in the first year"
    )
    assert linked_people(claims, Rel.AUTHORED) == {"Eleri Prydderch-Watts", "Gethin Morse-Owen"}


FOURS = """NHS FORTH VALLEY - BALANCE CLASS INSTRUCTORS' UPDATE

4 (FOURS, 4 MINUTES)

  FOUR A  Shona Baillie-Grant (Physiotherapist, Falkirk Community Hospital)
          Ewan Lockhart-Reid (Exercise Instructor, Active Stirling)
    - People stop coming when the class moves to a new hall.
    - Transport matters more than the time of day.

  FOUR B  Catriona Muir-Adams (Occupational Therapist, Stirling)
          Alan Drysdale-Kerr (Volunteer, Age Scotland)
    - Volunteers who ring before the class keep people coming.

Who covers the Stirling class when Shona is on leave?
"""


def test_a_groups_members_among_its_notes(tmp_path: Path, extractor: Any) -> None:
    gaz = load_gazetteer()
    [entry] = parse_people("FOUR A Shona Baillie-Grant (Physiotherapist, Falkirk)", gaz)
    assert entry.name == "Shona Baillie-Grant" and entry.role == "Physiotherapist"
    claims, _rels = extract_file(
        extractor, write_doc(tmp_path, "update.txt", FOURS), DocumentKind.WORKSHOP
    )
    assert linked_people(claims, Rel.ATTENDED) >= {
        "Shona Baillie-Grant",  # (a question about her leave says nothing of this day)
        "Ewan Lockhart-Reid",
        "Catriona Muir-Adams",
        "Alan Drysdale-Kerr",
    }


PAD = """# Falls huddle sign-in :wave:

## Sign in (name / role / where you work)

- Niamh Corrigan-Boyd / falls nurse / NHSCT :wave: hosting
- Dr Pearse Mallon-Quinn / GP, Antrim Health Centre / here for the second half
- Sorcha Devlin-Nash / physiotherapist / Antrim Area Hospital

## What we learned

- People who fell at night had most often got up to use the toilet.

| Name | Organisation | Here? |
| --- | --- | --- |
| Brendan Loughran-Bell | Age NI | ❌ sent apols |
| Oonagh McKeown-Rea | NHSCT | ✅ |
"""


def test_a_sign_in_pad(tmp_path: Path, extractor: Any) -> None:
    assert present("❌ sent apols") == Role.APOLOGIES and present("✅") == Role.ATTENDANCE
    claims, _rels = extract_file(
        extractor, write_doc(tmp_path, "pad.md", PAD), DocumentKind.WORKSHOP
    )
    there = linked_people(claims, Rel.ATTENDED)
    assert {"Niamh Corrigan-Boyd", "Pearse Mallon-Quinn", "Oonagh McKeown-Rea"} <= there
    assert "Brendan Loughran-Bell" not in there


EVIDENCE_PAGE = """<html><body>
<article>
<h1>Home visits after a fall: evaluation summary</h1>
<p>Organisation: Care and Repair Cymru</p>
<h2>What it found</h2>
<ul><li>People visited within a week of a fall fell again less often than those waiting.</li></ul>
</article>
<aside>
  <h3>Contact</h3>
  <p>Rhodri Pugh-Lewis<br>Development Manager<br>Care and Repair Cymru, Cardiff</p>
  <h3>Area covered</h3>
  <p>Cardiff and the Vale of Glamorgan, Wales</p>
</aside>
</body></html>
"""


def test_a_contact_box_beside_the_page(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "entry.html", EVIDENCE_PAGE), DocumentKind.EVIDENCE
    )
    assert "Rhodri Pugh-Lewis" in linked_people(claims, Rel.NAMED_IN) | linked_people(
        claims, Rel.AUTHORED
    )
    assert (Rel.WORKS_AT, "Rhodri Pugh-Lewis", "Care and Repair Cymru") in rels


BREAKFAST = """EVENT SNAPSHOT

Falls partners' breakfast

Thursday 6 November 2025, Town House, Hamilton

What the tables said

| Table and host | The question | What we heard |
| --- | --- | --- |
| Table 1 – Lorna Baird-Nimmo, Falls Coordinator, NHS Lanarkshire | Who falls? | Men living alone. |
| Table 2 – Derek Hosie-Grant, Active Living Manager, South Lanarkshire Council | Leisure? | Yes |
"""


def test_a_table_of_hosts_under_what_was_heard(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "snapshot.md", BREAKFAST), DocumentKind.WORKSHOP
    )
    assert {"Lorna Baird-Nimmo", "Derek Hosie-Grant"} <= linked_people(claims, Rel.ATTENDED)
    assert (Rel.WORKS_AT, "Derek Hosie-Grant", "South Lanarkshire Council") in rels


ORG = """#+TITLE: Falls clinic design session 2
#+AUTHOR: Fergus Niven-Drummond
#+DATE: <2025-11-20 Thu>
#+TODO: TODO WAITING | DONE

* Meeting details
:PROPERTIES:
:LOCATION: Wishaw General Hospital, seminar room 3
:END:

* Attendees                                                       :people:
- [X] Fergus Niven-Drummond, Improvement Advisor, NHS Lanarkshire (notes)
- [X] Morag Tennant-Shaw, Falls Coordinator, South Lanarkshire Council
- [ ] Gordon Rennie-Bell, Physiotherapist, NHS Lanarkshire -- apologies

* What we learned
- People phoned by a falls coordinator after a fall took up a strength
  and balance class more often than those sent a leaflet.

* Actions
** TODO Morag: phone the next 50 people on the list
"""


def test_org_mode_notes(tmp_path: Path, extractor: Any) -> None:
    claims, _rels = extract_file(
        extractor, write_doc(tmp_path, "session.txt", ORG), DocumentKind.WORKSHOP
    )
    assert claims.title == "Falls clinic design session 2"
    there = linked_people(claims, Rel.ATTENDED)
    assert {"Fergus Niven-Drummond", "Morag Tennant-Shaw"} <= there
    assert "Gordon Rennie-Bell" not in there  # unticked, and "-- apologies"
    learned = {r.source[1] for r in claims.relations if r.rel == Rel.FROM}
    assert any(s.startswith("People phoned by a falls coordinator") for s in learned)
    assert not any("phone the next 50" in s for s in learned)  # a task, no learning
