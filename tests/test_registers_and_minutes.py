"""Who came, who wrote and what was learned, in shapes read this session: a register that sets
two people side by side in each row under a header repeating its columns, with a legend of
marks ("✓ / Apols"); a page's "Document information" section after its main text and its
footer's labelled fields; a document control table's "Author(s)" column; plain-text minutes
with a right-aligned "Action" column label, numbered items whose text hangs under a heading,
lettered points under a numbered one and dotted sub-items ("6.1"); a key of initials set as
a table, hyphenated initials among them; a pull quote's cite set as a block of its own; a
cover page's two bodies set wide apart (invented people; real bodies and places; real files
made by python-docx; real spaCy model for the slow tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest

from graph.model import Label, Rel
from ingest.extract.layout import Layout
from ingest.extract.listed import label_role
from ingest.extract.people_labels import present
from ingest.extract.register_marks import presence_label, repeat_width
from ingest.extract.sections import Role
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind
from tests.conftest import extract_file, write_doc

GRID = [
    ("Name", "Organisation", "✓ / Apols", "Name", "Organisation", "✓ / Apols"),
    (
        "Orlagh Devlin-Ross (Chair)",
        "Harbour Families",
        "✓",
        "Dr Cathal Breen",
        "NHSCT",
        "✓",
    ),
    (
        "Niamh Carrick-Boyd",
        "NHSCT – HV",
        "✓",
        "Siofra Lennon-Quinn",
        "Early Years",
        "Apols",
    ),
    ("Aoife Magennis", "NHSCT – Speech and Language Therapy", "Apols", "", "", ""),
]

DOC_INFO = """<html><body>
<header><nav><a href="/">Home</a> › <a href="/p">Publications</a></nav></header>
<main>
<h1>Talking tables: evaluation of drop-in sessions for parents in Inverclyde</h1>
<p>Evaluation report · Published 3 March 2026 · Download PDF (1.2 MB)</p>
<h2>What we found</h2>
<ul><li>Seven in ten children brought to a session needed advice for their parents,
not therapy.</li></ul>
</main>
<section class="docinfo">
<h2>Document information</h2>
<table>
<tr><th>Evaluation lead</th><td>Dr Morven Haldane-Shaw, Research Officer</td></tr>
<tr><th>Fieldwork and session records</th>
<td>Kirstin Rae-Dunbar (speech and language therapist, NHS Greater Glasgow and Clyde)</td></tr>
<tr><th>Version</th><td>1.0 (final)</td></tr>
</table>
</section>
<footer>
<p><b>Research team:</b> Dr Eilidh Forsyth-Kerr, Lecturer, University of Glasgow (lead).</p>
<p>&copy; Inverclyde Health and Social Care Partnership 2026 · Privacy · Cookies</p>
</footer>
</body></html>
"""

CONTROL = """# Are we seeing every two-year-old? Audit of the review at two

## Findings

- Nearly every family is offered the review, but three in ten do not have it by two and a half.

## Document control

| Version | Date | Author(s) | Change |
|---|---|---|---|
| 0.1 | 14 Nov 2025 | Nasima Choudhury-Webb, Clinical Audit Facilitator | First draft |
| 1.0 | 9 Dec 2025 | Dr Chinedu Eze-Holt, Consultant in Public Health | Findings agreed |
"""

MINUTES = """DENBIGHSHIRE COUNTY COUNCIL
Partnership Advisory Board - Minutes of Meeting

Date: Wednesday 14 January 2026

                                                        Action
1.  Welcome, apologies and introductions
    Eirian welcomed everyone and all present introduced themselves.
    Apologies were noted from two members of the board.

5.  Points of learning noted by the Board
    (a) A warm handover from a health visitor gets a family through
        the door of an early years group when a letter does not.
    (b) Welsh-medium groups keep families to the end of the block
        better than English-medium ones.

6.  Actions carried forward
    6.1  Tomas to ask childcare providers for a list of spare funded
         places by street, for the spring term.              TB
    6.2  Health visitors to offer to walk every new family to a first
         group session.                                      SL
"""

RETRO = """# Remote consulting retro

*Written up by AK from the whiteboard. The initials are explained at the bottom.*

MF asked for a retro before the practice decides on the mix for 2026. TM came from the \
health board's digital team to listen. JG-O said she converts a video call to face to face \
less often than a telephone one.

EB-R sent apologies but e-mailed comments from the patient group.

**Initials key**

| Initials | Name and role |
|---|---|
| MF | Dr Murdina Fyfe-Morrison, GP partner |
| AK | Alanna Kerr-Boyd, practice manager |
| JG-O | Jessamy Gordon-Okafor, advanced nurse practitioner |
| TM | Tamsin Moir — Digital Lead, NHS Grampian |
| EB-R | Ewart Buchan-Reid, chair of the patient participation group (sent apologies) |
"""

BULLETIN = """<html><body><main>
<h1>What a day of listening back taught our triage team</h1>
<p>The learning day was organised by Medwen Iorwerth-Price, the service's improvement
manager, after two complaints.</p>
<blockquote><p>“On the phone you lose everything you would have noticed walking into the room.”</p>
<p>— Dr Gwilym Aeron-Pugh, GP and clinical lead, GP Out of Hours</p></blockquote>
<p>“Frail people say they are fine. Their daughters don’t.”</p>
<p>— Anwen Lewis-Tanat, Consultant Nurse, Older People, who joined the afternoon session</p>
</main></body></html>
"""


def _grid(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Talking early: sharing what works for language", level=1)
    document.add_paragraph("Wednesday 11 February 2026, Harbour Families Sure Start, Larne")
    document.add_heading("Attendance", level=2)
    table = document.add_table(rows=len(GRID), cols=len(GRID[0]))
    for r, row in enumerate(GRID):
        for c, cell in enumerate(row):
            table.cell(r, c).text = cell
    document.add_heading("What we took away", level=2)
    document.add_paragraph("A questionnaire filled in on the doorstep under-reports late talking.")
    document.save(str(path))
    return path


def test_marks_labels_and_a_repeated_header_without_the_model() -> None:
    assert present("Apols") == Role.APOLOGIES and present("✓") == Role.ATTENDANCE
    assert label_role("Fieldwork and café records") == Role.AUTHORS  # part of making it
    assert label_role("Version and date") is None
    assert repeat_width(GRID[0]) == 3 and repeat_width(("Name", "Role", "Team")) == 0
    assert presence_label("✓ / Apols") and not presence_label("Organisation")


def test_minutes_column_label_numbered_heads_and_sub_items(tmp_path: Path) -> None:
    raw = read_document(write_doc(tmp_path, "m.txt", MINUTES), tmp_path, DocumentKind.WORKSHOP)
    said = [(b.kind, raw.text[b.start : b.end]) for b in raw.blocks]
    assert (BlockKind.HEADING, "Action") not in said  # the label over the owners' column
    assert (BlockKind.HEADING, "Welcome, apologies and introductions") in said
    layout = Layout.of(raw)
    learned = [
        raw.text[b.start : b.end]
        for i, b in enumerate(raw.blocks)
        if b.kind == BlockKind.LIST_ITEM and layout.role_at(i) == Role.LEARNING
    ]
    assert len(learned) == 2 and learned[0].startswith("A warm handover")
    items = [t for k, t in said if k == BlockKind.LIST_ITEM and t.startswith(("Tomas", "Health"))]
    assert len(items) == 2  # "6.1 …", "6.2 …": items of their own, not run into item 6


@pytest.mark.slow
def test_a_register_of_two_people_a_row(tmp_path: Path, extractor: Any) -> None:
    _, rels = extract_file(extractor, _grid(tmp_path / "grid.docx"), DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Orlagh Devlin-Ross", "Cathal Breen", "Niamh Carrick-Boyd"} <= came
    assert not {"Siofra Lennon-Quinn", "Aoife Magennis"} & came  # "Apols", side by side or not
    topics = {s for rel, s, _ in rels if rel == Rel.INTERESTED_IN}
    assert "Siofra Lennon-Quinn" not in topics  # her body's name, in the row saying she was away


@pytest.mark.slow
def test_document_information_footer_fields_and_control_table(
    tmp_path: Path, extractor: Any
) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "e.html", DOC_INFO), DocumentKind.EVIDENCE
    )
    wrote = {s for rel, s, _ in rels if rel == Rel.AUTHORED}
    assert {"Morven Haldane-Shaw", "Kirstin Rae-Dunbar", "Eilidh Forsyth-Kerr"} <= wrote
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Download PDF" not in people
    _, rels = extract_file(extractor, write_doc(tmp_path, "c.md", CONTROL), DocumentKind.EVIDENCE)
    wrote = {s for rel, s, _ in rels if rel == Rel.AUTHORED}
    assert {"Nasima Choudhury-Webb", "Chinedu Eze-Holt"} <= wrote


@pytest.mark.slow
def test_a_key_table_of_initials_and_pull_quote_cites(tmp_path: Path, extractor: Any) -> None:
    _, rels = extract_file(extractor, write_doc(tmp_path, "r.md", RETRO), DocumentKind.WORKSHOP)
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Murdina Fyfe-Morrison", "Alanna Kerr-Boyd", "Tamsin Moir"} <= came
    assert "Jessamy Gordon-Okafor" in came  # "JG-O said …"
    assert "Ewart Buchan-Reid" not in came
    _, rels = extract_file(
        extractor, write_doc(tmp_path, "b.html", BULLETIN), DocumentKind.WORKSHOP
    )
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Gwilym Aeron-Pugh", "Anwen Lewis-Tanat", "Medwen Iorwerth-Price"} <= came


ROTA = """GURU NANAK GURDWARA, CHAPEL STREET, LEICESTER
Heart Health Day -- debrief

Typed up from my notebook by Navdeep Kaur Sandhu-Bell (Health Trainer, Leicester City Council)

  Stall                      Volunteer                            Debrief?
  -------------------------  -----------------------------------  --------
  Welcome and forms          Amarjit Kaur Bassi-Hale               yes
                             (Sewa Coordinator, the Gurdwara)
  Langar hall talk           Bhai Sahib Gurmeet Singh Chahal       yes
                             (committee secretary)
  Leaflets                   Kulwant Kaur Lall-Sidhu (South        no -- sent
                             Asian Health Action)                  apologies

Bhai Sahib Gurmeet Singh said the talk worked better in Punjabi than in English.
"""

COVERS = """SOCIAL RESEARCH NUMBER: 21/2026
PUBLICATION DATE: 12/03/2026

Ymchwil gymdeithasol
Social research

Llywodraeth Cymru / Welsh Government


Evaluation of quiet hours in general practice for autistic adults: final report
"""

QUOTED = """                 NORTHERN IRELAND COUNCIL FOR ETHNIC MINORITIES

        "WE KEEP OUR HEADS DOWN"
        Harassment of migrant care workers in Northern Ireland: survey findings

        Research report · February 2026
"""


def test_covers_that_are_fields_banners_and_quotations(tmp_path: Path) -> None:
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.titles import document_title

    gaz = load_gazetteer()
    for name, text, title in (
        ("c.txt", COVERS, "Evaluation of quiet hours in general practice"),
        ("q.txt", QUOTED, "Harassment of migrant care workers"),
    ):
        raw = read_document(write_doc(tmp_path, name, text), tmp_path, DocumentKind.EVIDENCE)
        said, _kind = document_title(raw, gaz, Layout.of(raw).front)
        assert title.lower() in said.lower(), said


@pytest.mark.slow
def test_a_fixed_width_rota_wrapped_over_two_lines(tmp_path: Path, extractor: Any) -> None:
    claims, rels = extract_file(
        extractor, write_doc(tmp_path, "r.txt", ROTA), DocumentKind.WORKSHOP
    )
    came = {s for rel, s, _ in rels if rel == Rel.ATTENDED}
    assert {"Amarjit Kaur Bassi-Hale", "Gurmeet Singh Chahal", "Navdeep Kaur Sandhu-Bell"} <= came
    assert "Kulwant Kaur Lall-Sidhu" not in came  # "no -- sent" / "apologies", wrapped
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert "Gurmeet Singh" not in people  # the rota's "Gurmeet Singh Chahal"
    assert not any("Gurdwara" in p for p in people)
