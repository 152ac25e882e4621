"""Who took part or wrote, said in shapes read this session: a round robin whose speakers are
named in full in brackets the first time ("CAOIMHE (Dr Caoimhe Breslin, GP partner, …):"),
quotations attributed after a dash or in square brackets, initials keyed once at the foot
and used in the prose ("Facilitated by NK and TB"), initials set before names as avatars, a
thank-you that says what each person did, a row "Apologies: …" set across two side-by-side
lists, a document's citation of itself ("How to cite this report"), a web page's footer
crediting its review, names ending in "Kaur" or "Singh" before a family name, a building's
name before its street address, and a topic's acronym ("AI") read as written (invented
people; real bodies and places; real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.privacy.names import NAME_MASK
from graph.privacy.withhold import Rewriter
from ingest.extract.people_lists import parse_people
from ingest.extract.sections import Role, role_of_heading
from ingest.extract.turns import opening
from ingest.readers import read_document
from ingest.readers.htmlsides import _CREDIT
from ingest.types import DocumentKind

ROUND_ROBIN = """AI scribe learning set -- session 3 -- notes of the round robin

When:   Tuesday 3 February 2026, 13:00-14:15
Where:  Federation office, Lisburn Road, Belfast
Facilitator: Una McStravick, Royal College of General Practitioners

CAOIMHE (Dr Caoimhe Breslin, GP partner, Lisnaharney Surgery):
  We have had the scribe running in four surgeries since November.

DERMOT (Dermot Kearney -- Digital Lead, Digital Health and Care Northern
Ireland, here for the region):
  The regional advice is due in March.

WHAT WE'D TELL ANOTHER PRACTICE

  * Patients accept an AI scribe far more readily when the receptionist mentions it.
"""

WRITE_UP = """# Bottle feeding co-design session with parents

*Saturday 17 January 2026 · Family Hub, Manningham, Bradford · written up by TB*

Facilitated by NK and TB (names at the end). Eleven parents came.

> "The minute I was given three choices and asked which felt right, I relaxed."
> — Meleri Ifans-Roberts, patient panel member, Aberystwyth

"Half my calls are from people asking where their grant has got to." [Ken Bagnall, Age UK \
North Staffordshire]

"The NHS will last as long as there are folk left with faith to fight for it."
— Aneurin Bevan

Thank you to Gurpreet Kaur Dhillon from Bradford Teaching Hospitals NHS Foundation Trust's \
diabetes education team, who ran a twenty-minute taster of the course.

## Who was in the huddle

RI Rachel Imrie, Health Visitor, Renfrewshire Health and Social Care Partnership

**Names in this write-up**
NK — Nasreen Khaliq-Rahman, Infant Feeding Lead, Bradford District Care NHS Foundation Trust
TB — Tom Birtwhistle, Parent Engagement Officer, Better Start Bradford
"""

REGISTER = """# Bowel care learning huddle: Ty Gwyn Care Home

| Name | Role | Organisation | 8 Jan | 5 Feb |
|---|---|---|---|---|
| Bethan Marsh-Wilcox | Care Home Nurse Lead | Aneurin Bevan University Health Board | ✗ | ✓ |
| Nerys Pask | Dietitian | Aneurin Bevan University Health Board | ✓ | ✗ |

## What we learned

- Bowel charts kept by night staff found more residents at risk than day charts did.
"""

PANEL = """<html><body><h1>Minutes of the adaptations panel, 11 February 2026</h1>
<p>Held at the Housing Executive Area Office, Craigavon.</p>
<table>
<tr><th>Members</th><th>In attendance</th></tr>
<tr><td>Gerard Mallon-Hughes, Occupational Therapy Lead, Southern HSC Trust</td>
<td>Lynsey Cordner, Grants Officer (NIHE)</td></tr>
<tr><td colspan="2">Apologies: Colette Magorrian, Occupational Therapist, Southern HSC
Trust</td></tr>
</table>
<h2>Points of learning</h2>
<p>Delays mostly come from steps done one after another that could be done at once.</p>
</body></html>"""

REPORT = """<html><body><main>
<h1>Nowhere of my own: sofa surfing among 16 to 24 year olds in Greater Manchester</h1>
<p>Research report · Published 18 November 2025</p>
<h2>Key findings</h2>
<ul><li>One in six young people surveyed had sofa surfed in the last year.</li></ul>
<h2>How to cite this report</h2>
<p>Owusu, A., Brierley, C. and Holroyd, J. (2025) Nowhere of my own: sofa surfing among 16 to
24 year olds in Greater Manchester. London: Centrepoint.</p>
<h2>Further reading</h2>
<p>Fenwick, R. and Moss, T. (2019) Hidden homelessness in Leeds. Leeds: Shelter.</p>
<h2>About the authors</h2>
<p>Dr Abena Owusu leads the research team at Centrepoint. Callum Brierley is a research
officer there. Professor Janet Holroyd, of the University of Salford, advised on the survey
design. Rhys Fenwick kindly read a draft.</p>
<p>Centrepoint is a registered charity. Central House, 25 Camperdown Street, London.</p>
</main>
<footer><p>This review was carried out by Ishbel NicLeòid-Grant, Regional Clinical
Effectiveness Lead, Scottish Ambulance Service.</p></footer>
</body></html>"""


MINUTES = """COMMUNITY PHARMACY DERBYSHIRE
Committee Meeting - Wednesday 14 January 2026

Present: Harjinder Bassi-Rowe, Chair (HBR); Gillian Ashworth-Pyke (GAP) - Chief Officer

M26/004  HORMONE REPLACEMENT THERAPY SUPPLY
         HBR welcomed the guests. COL (Okafor Pharmacy, Chesterfield) said his team rang
         three wholesalers per item. Chidi Okafor-Lane (COL) agreed to pilot the template.
"""

THREAD = """<html><body><article>
<h1>Thread: long COVID peer day, Inverness</h1>
<p>Huge thanks to our speakers: @DrJamieFraser (GP with a special interest in long COVID, NHS
Highland) and Helen Baxter from Chest Heart and Stroke Scotland.</p>
<section><h2>Replies</h2>
<p><strong>Dr Jamie Fraser</strong> @DrJamieFraser · Replying to @ciarabyrnephysio</p>
<p>Brilliant day.</p></section></article></body></html>"""

FIGURES = """# HRT in Lothian, 2023 to 2025: prescribing and switching

Director of Public Health Annual Report 2025 · Cwm Taf Morgannwg · Part two

## Findings

| Year | Women switched to another product | Women who stopped HRT within 6 months of a switch |
|---|---|---|
| 2023 | 4,180 | 11% |
| 2024 | 7,350 | 14% |

- Women switched two or more times were almost twice as likely to stop HRT.
"""


MAILED = """From:    Care Home Pharmacy Team, NHS Lothian
Date:    Tue 17 Feb 2026 09:12
Subject: Full report - laxative review in our care homes

Dear colleagues,

Here is the full report of our review.

==================================================================
LAXATIVE PRESCRIBING AND CONSTIPATION IN LOTHIAN CARE HOMES: A
PHARMACIST-LED REVIEW
==================================================================

IN BRIEF
  - 412 residents in 14 care homes reviewed
"""

BOXED = """+------------------------------------------------------------------+
| RESEARCH SUMMARY                 Cwm Taf Morgannwg University    |
| Crynodeb ymchwil                 Health Board                    |
+------------------------------------------------------------------+

 Evaluation of community self-management courses in Cwm Taf Morgannwg, 2024-25

# Healthy Homes, Healthy Tenants

New tenants visited in their first months kept their tenancy more often than other tenants.
"""


def _claims(tmp_path: Path, extractor: Any, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    claims = extractor(read_document(path, kind=kind))
    return claims, {(r.rel, r.source[1], r.target[1]) for r in claims.relations}


def test_shapes_read_without_the_model() -> None:
    opened = opening("CAOIMHE (Dr Caoimhe Breslin, GP partner, Lisnaharney Surgery): We")
    assert opened is not None and opened[0].startswith("Caoimhe Breslin")
    assert opening("NHS (National Health Service): the body") is None  # no name of the label
    assert _CREDIT.match("This review was carried out by Ishbel NicLeòid-Grant, Lead")
    assert not _CREDIT.match("Our thanks to Ruaridh Macphail of the Community Council")
    assert role_of_heading("Points of agreement") == Role.LEARNING  # a roundtable's consensus
    assert role_of_heading("Points for agreement") is None  # a decision asked for
    assert role_of_heading("Three things we'll remember") == Role.LEARNING
    assert role_of_heading("Points of learning for the panel") == Role.LEARNING  # not its members
    assert role_of_heading("Members of the panel") == Role.ATTENDANCE
    assert role_of_heading("Changes agreed for term 3") == Role.ACTIONS  # decoys beside learning
    assert role_of_heading("To raise with the Trust's Long Term Conditions Board") == Role.AGENDA


def test_a_withheld_name_run_together_in_a_handle_is_masked() -> None:
    rewrite = Rewriter({"jamie fraser"}, set(), {}, True).text_rewrite()
    said = rewrite("Huge thanks to our speakers: @DrJamieFraser (GP) and JamieFraser again")
    assert "Jamie" not in said and "Fraser" not in said and said.count(NAME_MASK) == 2
    assert rewrite("Posted by @HelenBaxter") == "Posted by @HelenBaxter"  # not withheld


def test_a_key_entry_is_no_body() -> None:
    from graph.reference.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    [tom] = parse_people("TB — Tom Bell, Parent Engagement Officer, NHS Fife", gaz)
    assert (tom.name, tom.organisations) == ("Tom Bell", ("NHS Fife",))
    [ann] = parse_people("NHS Fife — Ann Bell, GP", gaz)  # letters that are no initials
    assert ann.organisations == ("NHS Fife",)


@pytest.mark.slow
def test_round_robin_speakers_took_part(tmp_path: Path, extractor: Any) -> None:
    _, rels = _claims(tmp_path, extractor, "r.txt", ROUND_ROBIN, DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Caoimhe Breslin", "Dermot Kearney", "Una McStravick"} <= came
    works = {(s, t) for rel, s, t in rels if rel == Rel.WORKS_AT}
    assert ("Dermot Kearney", "Digital Health and Care Northern Ireland") in works
    topics = {t for rel, _, t in rels if rel == Rel.ADDRESSES}
    assert "artificial intelligence" in topics  # "AI scribe": the acronym, as written


@pytest.mark.slow
def test_keys_quotes_thanks_and_avatars(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _claims(tmp_path, extractor, "w.md", WRITE_UP, DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Nasreen Khaliq-Rahman", "Tom Birtwhistle"} <= came  # "Facilitated by NK and TB"
    assert {"Meleri Ifans-Roberts", "Ken Bagnall"} <= came  # quoted, with a role or body
    assert "Aneurin Bevan" not in came  # a name alone under a quote may quote anyone
    assert "Gurpreet Kaur Dhillon" in came  # thanked for what she did on the day
    assert "Rachel Imrie" in came
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    orgs = {e.name for e in claims.entities if e.label == Label.ORGANISATION}
    assert "RI Rachel Imrie" not in people and "RI" not in orgs and "TB" not in orgs
    assert "Gurpreet Kaur" not in people


@pytest.mark.slow
def test_an_apologies_row_across_side_by_side_lists(tmp_path: Path, extractor: Any) -> None:
    _, rels = _claims(tmp_path, extractor, "p.html", PANEL, DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Gerard Mallon-Hughes", "Lynsey Cordner"} <= came
    assert "Colette Magorrian" not in came
    _, rels = _claims(tmp_path, extractor, "g.md", REGISTER, DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert "Bethan Marsh-Wilcox" in came and "Nerys Pask" not in came  # the last date's marks


@pytest.mark.slow
def test_own_citation_and_footer_credit_name_the_authors(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _claims(tmp_path, extractor, "e.html", REPORT, DocumentKind.EVIDENCE)
    wrote = {s for rel, s, _ in rels if rel == Rel.AUTHORED}
    assert {"Abena Owusu", "Callum Brierley", "Janet Holroyd", "Ishbel NicLeòid-Grant"} <= wrote
    assert "Rhys Fenwick" not in wrote  # a citation of another work names no author here
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Central House" not in people  # a building before its street address


@pytest.mark.slow
def test_initials_in_brackets_and_handles(tmp_path: Path, extractor: Any) -> None:
    claims, rels = _claims(tmp_path, extractor, "m.txt", MINUTES, DocumentKind.WORKSHOP)
    orgs = {e.name for e in claims.entities if e.label == Label.ORGANISATION}
    assert not {"HBR", "GAP", "COL"} & orgs  # a name's own initials are no body
    assert (Rel.WORKS_AT, "Chidi Okafor-Lane", "Okafor Pharmacy") in rels  # "COL (Okafor …)"
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Harjinder Bassi-Rowe", "Gillian Ashworth-Pyke", "Chidi Okafor-Lane"} <= came
    _, rels = _claims(tmp_path, extractor, "t.html", THREAD, DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Jamie Fraser", "Helen Baxter"} <= came  # thanked as speakers; the handle is his


@pytest.mark.slow
def test_a_header_over_figures_and_a_body_in_a_banner(tmp_path: Path, extractor: Any) -> None:
    claims, _ = _claims(tmp_path, extractor, "f.md", FIGURES, DocumentKind.EVIDENCE)
    learned = {e.name for e in claims.entities if e.label == Label.LEARNING}
    assert not any(s.startswith("Women switched to another product") for s in learned)
    assert any(s.startswith("Women switched two or more times") for s in learned)
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Cwm Taf Morgannwg" not in people


@pytest.mark.slow
def test_a_report_sent_by_mail_a_text_box_and_a_plural(tmp_path: Path, extractor: Any) -> None:
    claims, _ = _claims(tmp_path, extractor, "m.txt", MAILED, DocumentKind.EVIDENCE)
    [title] = [e.name for e in claims.entities if e.label == Label.EVIDENCE]
    assert title.startswith("Laxative prescribing and constipation in Lothian care homes: a ")
    claims, _ = _claims(tmp_path, extractor, "b.txt", BOXED, DocumentKind.EVIDENCE)
    [title] = [e.name for e in claims.entities if e.label == Label.EVIDENCE]
    assert title.startswith("Evaluation of community self-management courses")
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Healthy Tenants" not in people  # a plural the text also writes in lower case
