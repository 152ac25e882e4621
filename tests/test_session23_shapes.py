"""Who took part, who made a piece of evidence and what it is called, in shapes read in the
twenty-third session: a key to initials drawn as a grid table, a PubMed record pasted under
the e-mail that sent it, a grant report form whose heading only names its kind, a letter
signed off after a list of open questions, a title page's verso of authors and addresses
(invented people; real bodies and places; the real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.absence_words import says_apologies
from ingest.extract.headings import role_of_heading
from ingest.extract.people_lists import parse_people_table
from ingest.extract.sections import Role
from ingest.readers.grid_tables import grid_tables
from ingest.readers.line_shapes import ends_address
from ingest.types import DocumentKind
from tests.conftest import extract_file, linked_people, write_doc

GRID = """DUNDEE WEST GP CLUSTER                          Quality huddle note 2026/01

  BOWEL SCREENING KIT RETURN HUDDLE

  Wed 21 January 2026, Lochee Health Centre, Dundee

KEY TO INITIALS
+-------+------------------------------+------------------------------------------+
| DMcK  | Dr Duncan Ferrie-Lamont      | GP Quality Cluster Lead, Lochee Health   |
|       |                              | Centre (NHS Tayside) - in the chair      |
+-------+------------------------------+------------------------------------------+
| FO-R  | Fenella Orr-Rattray          | Practice Nurse, Menzieshill Medical      |
|       |                              | Practice                                 |
+-------+------------------------------+------------------------------------------+
| (MH)  | Morven Hallyburton           | Community Link Worker, Dundee Health and |
|       |                              | Social Care Partnership - APOLOGIES      |
+-------+------------------------------+------------------------------------------+

WHERE WE ARE

DMcK opened with the cluster's bowel screening figures. FO-R said men in their fifties
answer a call from their own practice more often than a second letter.
"""


def test_a_grid_table_read_as_rows() -> None:
    run = GRID.split("\n")[7:17]
    [(rows, _lines)] = grid_tables(run)
    assert rows is not None and len(rows) == 4  # a blank header, then the three rows
    assert rows[1] == (
        "DMcK",
        "Dr Duncan Ferrie-Lamont",
        "GP Quality Cluster Lead, Lochee Health Centre (NHS Tayside) - in the chair",
    )
    gaz = load_gazetteer()
    entries = {e.name: e.organisations for _n, e in parse_people_table(None, rows[1:], gaz)}
    assert "DMcK" not in {o for orgs in entries.values() for o in orgs}  # a key, no body
    assert says_apologies("Community Link Worker, Dundee Partnership - APOLOGIES")


def test_a_key_to_initials_drawn_as_a_grid(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "huddle.txt", GRID), DocumentKind.WORKSHOP
    )
    there = linked_people(claims, Rel.ATTENDED)
    assert {"Duncan Ferrie-Lamont", "Fenella Orr-Rattray"} <= there
    assert "Morven Hallyburton" not in there  # "- APOLOGIES" at the end of her row
    assert not any(r[0] == Rel.WORKS_AT and r[2] in ("DMcK", "FO-R") for r in rels)


MEDLINE = """From: Library and Knowledge Service <library@example.org>
Subject: New paper by Trust staff - restless legs in pregnancy
Date: Mon, 26 Jan 2026 09:14:03 +0000

Dear colleagues,

A paper from our own maternity service has just appeared online. The record is
pasted below as exported from PubMed.

PMID- 99912345
OWN - NLM
DP  - 2026 Jan 22
TI  - Restless legs syndrome in pregnancy: a prospective cohort study in the
      Southern Health and Social Care Trust, Northern Ireland.
AB  - BACKGROUND: Restless legs syndrome is common in pregnancy but is rarely
      asked about in antenatal care.
FAU - Quigley-Mawhinney, Orla
AU  - Quigley-Mawhinney O
AD  - Maternity Services, Southern Health and Social Care Trust, Craigavon Area
      Hospital, Portadown, Northern Ireland, UK.
FAU - Adebola-Crothers, Funmi
AU  - Adebola-Crothers F
AD  - School of Nursing and Midwifery, Queen's University Belfast, Belfast, UK.
JT  - British journal of maternity research
"""


def test_a_pubmed_record_under_an_e_mail(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "record.txt", MEDLINE), DocumentKind.EVIDENCE
    )
    assert claims.title.startswith("Restless legs syndrome in pregnancy: a prospective cohort")
    assert linked_people(claims, Rel.AUTHORED) == {
        "Orla Quigley-Mawhinney",
        "Funmi Adebola-Crothers",
    }
    assert (Rel.WORKS_AT, "Funmi Adebola-Crothers", "Queen's University Belfast") in rels


FORM = """CHIEF SCIENTIST OFFICE · HEALTH IMPROVEMENT, PROTECTION AND SERVICES RESEARCH COMMITTEE

# End of grant report

*Form EGR-2 · completed by the principal investigator*

**Grant reference:** HIPS/24/11

**Title of project:** Living with several conditions far from hospital: a mixed-methods study
of multimorbidity in Orkney and Shetland

**Principal investigator:** Dr Isla Rendall-Flett, Senior Lecturer, University of Aberdeen

## 1. Lay summary

Many people on Scotland's northern isles live with three or more long-term conditions.
"""

BOXES = """The National Lottery Community Fund - Northern Ireland
END OF GRANT REPORT                         Exported 16/01/2026 10:42  Page 1 of 3

SECTION A - ABOUT YOUR ORGANISATION AND PROJECT

Q1  Organisation name
    Foyle Stroke Survivors Network

Q2  Project title
    Walking alongside: peer mentoring for people home from hospital after a
    stroke - end of grant report

Q3  Area served
    Derry City and Strabane District, Northern Ireland
"""


def test_a_forms_title_field_over_its_kind(tmp_path: Path, extractor: Any) -> None:
    form, _ = extract_file(extractor, write_doc(tmp_path, "egr.md", FORM), DocumentKind.EVIDENCE)
    assert form.title.startswith("Living with several conditions far from hospital")
    boxes, _ = extract_file(extractor, write_doc(tmp_path, "egr.txt", BOXES), DocumentKind.EVIDENCE)
    assert boxes.title == (
        "Walking alongside: peer mentoring for people home from hospital after a stroke - end "
        "of grant report"
    )


LETTER = """Highland Peer Mentoring Network

- 12 February 2026
- To everyone who came to the learning exchange at Eden Court, Inverness

# Peer mentoring for young people leaving care: thank you, and what we heard

Dear all,

Thank you for giving up a whole day to talk about peer mentoring for young people leaving
care in the Highlands.

## What you told us

- Young people open up to a peer mentor who has been in care themselves within weeks.

## Questions you asked that we are still working on

- Can a young person still in care be a mentor at 16?
- Who pays for mentors' travel across the Highland area?

With thanks to Highland Council's Throughcare Worker, Mhairi Sutherland-Gunn, who co-hosted
the day with me, and to NHS Highland's mental health nurse Tobi Cole-Mackinnon, who led the
safety group.

- Yours,
- Eilidh Urquhart-Bain
- Peer Mentoring Development Lead
"""


def test_a_letter_speaks_again_after_its_open_questions(tmp_path: Path, extractor: Any) -> None:
    claims, _ = extract_file(
        extractor, write_doc(tmp_path, "letter.md", LETTER), DocumentKind.WORKSHOP
    )
    assert {"Mhairi Sutherland-Gunn", "Tobi Cole-Mackinnon", "Eilidh Urquhart-Bain"} <= (
        linked_people(claims, Rel.ATTENDED)
    )


def test_an_address_ends_with_its_postcode() -> None:
    assert ends_address("Centre for Trials Research, Cardiff University, Cardiff CF14 4YS")
    assert not ends_address("Centre for Trials Research, Cardiff University")


BILINGUAL = """GWERTHUSIAD GWASANAETH · SERVICE EVALUATION

Rhyddhad diabetes math 2: blwyddyn gyntaf y gwasanaeth deiet calorïau isel

Type 2 diabetes remission: the first year of the low calorie diet service in Cwm Taf Morgannwg

Awduron / Authors: Pryderi Gwynfor-Lewis (Principal Dietitian), Cwm Taf Morgannwg University
Health Board

Crynodeb / Summary

In its first year the service took 418 referrals from 61 general practices in Wales.
"""

CALL = """From: MacInnes, Seonaidh (NHS Highland)
Subject: Notes - learning call 4 - video appointments in remote and rural practices

Morning all,

Participants (4)
  MacInnes, Seonaidh (NHS Highland)            Organiser
  Mac a' Phearsain, Ruairidh (NHS Highland)    In this meeting room
  Okonjo, Chiamaka (Argyll and Bute HSCP)
  Rankin-Munro, Eilidh (NHS Highland)          Declined - see below

Dr Eilidh Rankin-Munro declined the invite (surgery ran over) and sent apologies.

1. Dr Ruairidh Mac a' Phearsain on what works in the surgery: he books video for
   medication reviews, never for a first contact.
"""


def test_a_welsh_title_page_and_a_meeting_apps_participants(tmp_path: Path, extractor: Any) -> None:
    report, _ = extract_file(
        extractor, write_doc(tmp_path, "lcd.txt", BILINGUAL), DocumentKind.EVIDENCE
    )
    assert report.title.startswith("Type 2 diabetes remission: the first year")
    call, _ = extract_file(extractor, write_doc(tmp_path, "call.txt", CALL), DocumentKind.WORKSHOP)
    there = linked_people(call, Rel.ATTENDED)
    assert {"Seonaidh MacInnes", "Ruairidh Mac a' Phearsain", "Chiamaka Okonjo"} <= there
    assert "Eilidh Rankin-Munro" not in there
    assert not any(p.name == "Ruairidh Mac" for p in call.entities)  # no cut surname


VISIT = """# Learning visit: how Mid Antrim keeps children's toothbrushing going

Wednesday 12 March 2025 · Ballymena

**Visiting team:** Dr Fionnuala Gallagher-Roe (Specialist in Paediatric Dentistry); Bríd
Ní Mhaolagáin, oral health promoter. Pádraig Ó Cuinneagáin, dental nurse, was to come but
stayed behind for the Tuesday clinic list.

## The day

| Time | Where | Who we met |
|---|---|---|
| 10.45 | Sure Start | Seamus Tohilly, Programme Manager, and two family support workers |
| 12.00 | Braid Valley health centre | Sr Una Cleland-Moorhead, Health Visitor Team Leader |

## What we brought home

- Health visitors refer more children when they can book the dental appointment in the review.
"""

SURGERY = """CHART SURGERY No. 9, Belfast, Wed 17 Sept 2025

Hosted by Dr Deirbhile Fagan-Hume, QI Lead, Belfast Health and Social Care Trust.
Ross Farquharson-Bell, Infection Control Manager, was not present; Lorna Gaul-Reid attended
in his place and spoke for the infection prevention and control team.

[12.55] CHART 2 -- days from referral to first physio contact
  brought by: Jonathan Greerson, Physiotherapy Team Lead

BOARD MEMBERS TAKING PART

| Non-executive directors | Executive directors |
|---|---|
| Prof Adaeze Nwankwo-Price, Trust Chair | Dr Gideon Ashby-Fairbairn, Medical Director |
| Martin Ollerton, chair of the Audit Committee | Nicola Bramhope, Chief Nurse |
| Harjit Sohal-Brenner, Quality Committee | Not attending: Craig Lumbley, Chief Operating Officer |
"""


def test_who_we_met_who_brought_a_chart_and_who_did_not_come(
    tmp_path: Path, extractor: Any
) -> None:
    visit, _ = extract_file(extractor, write_doc(tmp_path, "v.md", VISIT), DocumentKind.WORKSHOP)
    there = linked_people(visit, Rel.ATTENDED)
    assert {"Seamus Tohilly", "Una Cleland-Moorhead", "Fionnuala Gallagher-Roe"} <= there
    assert "Pádraig Ó Cuinneagáin" not in there
    surgery, rels = extract_file(
        extractor, write_doc(tmp_path, "s.txt", SURGERY), DocumentKind.WORKSHOP
    )
    there = linked_people(surgery, Rel.ATTENDED)
    assert {"Jonathan Greerson", "Harjit Sohal-Brenner", "Lorna Gaul-Reid"} <= there
    assert not {"Craig Lumbley", "Ross Farquharson-Bell"} & there
    assert not any(r[0] == Rel.INTERESTED_IN and r[1] == "Ross Farquharson-Bell" for r in rels)


STORY = """<html><body><main><h1>What our control chart showed: a year of falls on Ward 9</h1>
<p>Where: Ward 9, Victoria Hospital, Kirkcaldy, NHS Fife, Scotland.</p>
<h2>What we learned</h2><ul><li>Two years of red months had been common cause variation.</li></ul>
</main>
<aside><h3>The team</h3><ul>
<li><strong>Kirsty Dalgleish-Orrock</strong> &mdash; Senior Charge Nurse, Ward 9 (project lead)</li>
<li><strong>Thandiwe Moyo-Bairden</strong> &mdash; Senior Information Analyst, NHS Fife</li>
</ul></aside></body></html>
"""


def test_a_stories_team_beside_it(tmp_path: Path, extractor: Any) -> None:
    _claims, rels = extract_file(
        extractor, write_doc(tmp_path, "story.html", STORY), DocumentKind.EVIDENCE
    )
    named = {r[1] for r in rels if r[0] in (Rel.AUTHORED, Rel.NAMED_IN)}
    assert {"Kirsty Dalgleish-Orrock", "Thandiwe Moyo-Bairden"} <= named
    assert (Rel.WORKS_AT, "Thandiwe Moyo-Bairden", "NHS Fife") in rels


def test_learning_headings_and_questions_answered() -> None:
    for heading in (
        "3. THINGS WE'D TELL A NEW MIDWIFE JOINING THE TEAM",
        "4. What the stories are teaching the panel",
        "3. What we agreed makes our MDT work",
        "What we noticed about working together",
        "3. Themes emerging from the reviews",
        "Shared reflections at the close",
    ):
        assert role_of_heading(heading) == Role.LEARNING, heading
    assert role_of_heading("The team") == Role.CONTACTS
    assert role_of_heading("Questions this brief answers") is None  # asked and answered
    assert role_of_heading("Questions we could not answer") == Role.AGENDA


BRIEF = """Public Health Agency · Health Intelligence | Brief no. 2025/07 | August 2025

# Drug-related hospital admissions in the Western Trust area, 2019/20 to 2024/25

### Questions this brief answers

**Why has the number risen?** Most of it reflects real growth in harm from illicit drug use.

**What does this mean for services?** People admitted with drug-related harm are not reliably
linked with community addiction services after discharge.

---

| Prepared by | Checked by | Signed off by |
|---|---|---|
| Dympna Gallagher-Orme, Analyst | Dr Seun Bakare-Quinn | Dr Eamon McGlinn, Public Health Agency |
"""


def test_a_briefs_sign_off_table(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "brief.md", BRIEF), DocumentKind.EVIDENCE
    )
    assert {"Dympna Gallagher-Orme", "Seun Bakare-Quinn", "Eamon McGlinn"} <= linked_people(
        claims, Rel.AUTHORED
    )
    assert (Rel.WORKS_AT, "Eamon McGlinn", "Public Health Agency") in rels
    assert any(r[0] == Rel.ADDRESSES and r[2] == "drug use" for r in rels)
