"""Who took part and where they work, in shapes read this session: a web page's panel of cards
(role, a name set as a heading, organisation), a "Strand | Led by" table, notes signed off
under "Cheers, Bríd" with a signature line ending in a telephone number, a Markdown checklist
of who came with the unticked marked absent, a PDF's author line with raised letter marks, a
report's kind banner with its code and month, a body's name beside its motto, Gaelic surnames
that open with a capitalised particle, a table's caption, a semicolon list whose last entry
names a body of their own, a run-on "Present:" field with labels and own initials inside it
and no separators between people, a list whose legend says "*attended", a report's status line, the
Act it is made under, and a thesis's title page with its title over three lines in capitals
and "by" alone over the author (invented people; real bodies and places; real files made by
reportlab; real spaCy model for the slow tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from graph.reference.names import initials_fit
from ingest.extract.absence_words import says_apologies
from ingest.extract.banners import date_only, kind_banner
from ingest.extract.body_banners import bodies_banner, unit_line
from ingest.extract.people_lists import parse_people
from ingest.extract.status_lines import status_banner
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind
from tests.conftest import extract_file, linked_people, write_doc

PANEL = """<html><body><main><article>
<h1>What you told us about waiting after a mini-stroke</h1>
<p>On Wednesday 4 February 2026 we held a listening event at Antrim Civic Centre.</p>
<section class="panel">
<h2>Meet the panel</h2>
<div class="card"><p>Consultant Stroke Physician</p><h3>Dr Conall Mac Giolla Bhríde</h3>
<p>Northern Health and Social Care Trust</p></div>
<div class="card"><p>Stroke Clinical Nurse Specialist</p><h3>Orla Devine-Byrne</h3>
<p>Northern Health and Social Care Trust</p></div>
<div class="card"><p>Peer Supporter</p><h3>Maeve Cassidy-Lynn</h3>
<p>Stroke Association</p></div>
</section>
<p>Ruairí Toner-Beggs, Support Coordinator at the Stroke Association, sent his apologies; he
had helped us find people to come along.</p>
<h2>Five things that stayed with us</h2>
<ul><li>Nobody told most people why the clinic needed to see them within a day, so they did
not treat the wait as urgent.</li></ul>
<p>How long people said they waited for the clinic (show of hands, 27 people)</p>
<table><tr><th>Wait</th><th>People</th></tr><tr><td>Same or next day</td><td>9</td></tr></table>
<h2>What happens next</h2>
<ul><li>Conall to bring the driving advice card to the regional stroke network in March.</li>
</ul>
</article></main></body></html>
"""

STRANDS = """<html><body><main>
<h1>Option grids for knee osteoarthritis: what a morning with patients taught us</h1>
<p>Thursday 29 January 2026 at Musgrave Park Hospital, Belfast.</p>
<table><thead><tr><th>Strand</th><th>Led by</th></tr></thead><tbody>
<tr><td>Surgery now, later or not at all?</td><td>Dr Fergal Quinn-Arthur, Consultant
Orthopaedic Surgeon</td></tr>
<tr><td>Physio, weight and pain relief</td><td>Siobhan McCrory-Dunne (Advanced Practice
Physiotherapist)</td></tr>
</tbody></table>
<p>Pictured: Hamish Ure-Lennox, Patient Partner; Morven Baird-Shaw, Physiotherapist; and Ailsa
Drummond-Kerr, a Versus Arthritis volunteer who has waited two years.</p>
</main></body></html>
"""

SIGNED = """**Sure Start Strabane** · Little Steps baby group · session notes

# Ask the Pharmacist: nappy rash and sore bottoms

Tuesday 3 February 2026, 10.30am to 12 noon, Family Centre, Strabane

## Who came

- [x] Dermot Kearney-Roe — Community Pharmacist, Kearney's Pharmacy
- [x] Gemma Toland-Moore — Health Visitor, Western Health and Social Care Trust
- [ ] Patricia Lagan-Hume — Early Years Worker, Sure Start Strabane (apologies, staff training)

## Bits and bobs

- Next Little Steps: Tuesday 10 February, baby massage.

Cheers,
Bríd

*Bríd Mulvenna-Crean, Family Support Worker, Sure Start Strabane · 028 7138 XXXX*
"""


def test_banners_absences_and_contact_fields_without_the_model() -> None:
    gaz = load_gazetteer()
    assert kind_banner("EVIDENCE APPRAISAL REPORT - SUMMARY   EAR 061 | March 2026")
    assert not kind_banner("Patient decision aids for men choosing a treatment")
    assert date_only("March 2026") and date_only("Spring 2025") and not date_only("March on")
    assert bodies_banner("Patient and Client Council          Your Voice", gaz)
    assert not bodies_banner("Seeing the doctor on a screen: a report", gaz)
    assert says_apologies("Away this sprint") and not says_apologies("Away day: Tuesday")
    assert says_apologies("Jo Bell — Practice Nurse, Stromness Surgery (apologies, flu clinic)")
    line = "Bríd Mulvenna-Crean, Family Support Worker, Sure Start Strabane · 028 7138 XXXX"
    [entry] = parse_people(line, gaz)
    assert entry.organisations == ("Sure Start Strabane",)  # a body named for its town
    assert entry.role == "Family Support Worker"  # the telephone number ends the entry
    [entry] = parse_people("Jo Bell, GP, NHS Fife, 01592 643355", gaz)
    assert entry.organisations == ("NHS Fife",)
    found = parse_people("Jo Bell, GP, Alana Moffat", gaz)
    assert all(entry.organisations == () for entry in found)  # two words: a person's name
    line = "Lorna Ashby-Kerr BSc(Hons) OT, PGCert Driver Assessment, Senior Driving Assessor"
    [entry] = parse_people(line, gaz)  # a degree's class, more letters, no name "PGCert …"
    assert (entry.name, entry.role) == ("Lorna Ashby-Kerr", "Senior Driving Assessor")
    assert status_banner("PREPRINT - not peer reviewed. Posted 20 January 2026.")
    assert status_banner("ACTIVE TRAVEL (WALES) ACT 2013") and not status_banner("Draftsmen")
    assert unit_line("Economy and Place Directorate - Highways and Environmental Infrastructure")
    assert initials_fit("UBM", "Úna Breslin-Magee")  # initials are written without accents
    assert initials_fit("CNB", "Caoimhe Nic Giolla Bhríde") and not initials_fit("CB", "Jo Li")


def test_cards_end_their_run_of_lines(tmp_path: Path) -> None:
    raw = read_document(write_doc(tmp_path, "p.html", PANEL), tmp_path, DocumentKind.WORKSHOP)
    said = [(b.kind, raw.text[b.start : b.end]) for b in raw.blocks]
    trust = (BlockKind.PARAGRAPH, "Northern Health and Social Care Trust")
    k = said.index(trust)  # the first card's organisation, a line of its own
    assert said[k + 1] == (BlockKind.PARAGRAPH, "Stroke Clinical Nurse Specialist")
    assert (BlockKind.HEADING, "Maeve Cassidy-Lynn") in said


def test_superscript_letter_marks_in_a_pdf(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    path = tmp_path / "evaluation.pdf"
    styles = getSampleStyleSheet()
    SimpleDocTemplate(str(path)).build(
        [
            Paragraph("Seven-day clinic: a before-and-after evaluation", styles["Title"]),
            Paragraph(
                "Nadia Okoro-Penrose<super>a</super>, Gwen Trelawny<super>b</super>",
                styles["Normal"],
            ),
            Paragraph(
                "<super>a</super> Royal Cornwall Hospitals NHS Trust. <super>b</super> "
                "University of Exeter.",
                styles["Normal"],
            ),
        ]
    )
    raw = read_document(path, tmp_path, DocumentKind.EVIDENCE)
    assert "Nadia Okoro-Penroseᵃ, Gwen Trelawnyᵇ" in raw.text
    assert "ᵃ Royal Cornwall Hospitals NHS Trust" in raw.text


@pytest.mark.slow
def test_a_panel_of_cards_and_someone_elses_apologies(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "panel.html", PANEL)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Conall Mac Giolla Bhríde", "Orla Devine-Byrne", "Maeve Cassidy-Lynn"} <= came
    assert "Ruairí Toner-Beggs" not in came  # his apologies, not the last card's
    assert (Rel.WORKS_AT, "Maeve Cassidy-Lynn", "Stroke Association") in rels
    trust = "Northern Health and Social Care Trust"
    assert (Rel.WORKS_AT, "Orla Devine-Byrne", trust) in rels
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Conall Mac" not in people  # the surname opens with a particle set in capitals
    learned = {e.name for e in claims.entities if e.label == Label.LEARNING}
    assert any(text.startswith("Nobody told most people") for text in learned)
    assert not any(text.startswith("How long people said") for text in learned)  # a caption


@pytest.mark.slow
def test_leaders_column_and_a_semicolon_list(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "strands.html", STRANDS)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    assert {"Fergal Quinn-Arthur", "Siobhan McCrory-Dunne"} <= linked_people(claims, Rel.ATTENDED)
    jobs = {(r.source[1], r.target[1]) for r in claims.relations if r.rel == Rel.HAS_PROFESSION}
    assert ("Fergal Quinn-Arthur", "physiotherapist") not in jobs  # the next row's
    body = "Versus Arthritis"
    assert (Rel.WORKS_AT, "Hamish Ure-Lennox", body) not in rels  # the last entry's body
    assert (Rel.WORKS_AT, "Morven Baird-Shaw", body) not in rels


@pytest.mark.slow
def test_signed_notes_and_an_unticked_checklist(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "notes.md", SIGNED)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Dermot Kearney-Roe", "Gemma Toland-Moore", "Bríd Mulvenna-Crean"} <= came
    assert "Patricia Lagan-Hume" not in came
    assert (Rel.WORKS_AT, "Bríd Mulvenna-Crean", "Sure Start Strabane") in rels


RUN_ON = """BELFAST HEALTH AND SOCIAL CARE TRUST · SKIN REACTIONS IMPROVEMENT GROUP

Minutes of the meeting held on Thursday 20 November 2025, Radiotherapy Seminar Room

Present: Chair: Dr Saoirse Nic Giolla Phádraig (SNP), Consultant Clinical Oncologist Úna \
Treacy-Magee (UTM), Superintendent Therapeutic Radiographer Colm Ferris-Doyle (CFD), Lay \
Member, Friends of the Cancer Centre Minutes: Tracey Gillen (TG), Administrator Apologies: \
Dr Pádraic Mac Suibhne (PMS), Consultant Dermatologist

1. Welcome

SNP welcomed the group. UTM reported that the moisturiser on the formulary changed.
"""

MARKED = """SOCIAL JUSTICE COMMITTEE
7th Meeting 2025

COMMITTEE MEMBERS
*Morag Lennie
*Aileen Sharpe-Kerr
Ross Dunlevy

*attended

The Convener (Morag Lennie): Good morning. We have received apologies from Ross Dunlevy.
"""

THESIS = """


            MOTION SICKNESS IN PASSENGERS OF AUTOMATED AND
              CONVENTIONAL CARS ON SCOTTISH RURAL ROADS:
          PREVALENCE, SUSCEPTIBILITY AND SIMPLE COUNTERMEASURES


                                   by

                     Ross Dunlop-Farquhar BSc MSc


                 A thesis submitted in fulfilment of the
               requirements for the degree of Doctor of
               Philosophy (PhD), University of Strathclyde

                           Glasgow, October 2025


ABSTRACT

Motion sickness was reported by one passenger in three on rural roads in Scotland.
"""


@pytest.mark.slow
def test_a_run_on_present_field_and_a_marked_list(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "minutes.txt", RUN_ON)
    claims, rels = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Saoirse Nic Giolla Phádraig", "Úna Treacy-Magee", "Tracey Gillen"} <= came
    assert "Pádraic Mac Suibhne" not in came  # after "Apologies:" inside the same field
    bodies = {r.target[1] for r in claims.relations if r.rel == Rel.WORKS_AT}
    assert not bodies & {"SNP", "PMS", "UTM"}  # their own initials, no body
    assert (Rel.WORKS_AT, "Colm Ferris-Doyle", "Friends of the Cancer Centre") in rels
    path = write_doc(tmp_path, "marked.txt", MARKED)
    claims, _ = extract_file(extractor, path, DocumentKind.WORKSHOP)
    came = linked_people(claims, Rel.ATTENDED)
    assert {"Morag Lennie", "Aileen Sharpe-Kerr"} <= came and "Ross Dunlevy" not in came


@pytest.mark.slow
def test_a_thesis_title_page(tmp_path: Path, extractor: Any) -> None:
    path = write_doc(tmp_path, "thesis.txt", THESIS)
    claims, _ = extract_file(extractor, path, DocumentKind.EVIDENCE)
    [evidence] = [e.name for e in claims.entities if e.label == Label.EVIDENCE]
    assert evidence.lower().startswith(
        "motion sickness in passengers of automated and conventional cars on scottish rural "
        "roads: prevalence, susceptibility and simple countermeasures"
    )
    assert not evidence.rstrip(" ()0123456789").endswith(" by")
    assert "Ross Dunlop-Farquhar" in linked_people(claims, Rel.AUTHORED)
