"""Blocks per format, on files made by real tools (python-docx, reportlab) and on examples/."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ingest.readers import read_all, read_document
from ingest.types import BlockKind, RawDocument

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GROUPED = {BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.METADATA}

Shape = list[tuple[str, str]]


def shape(doc: RawDocument) -> Shape:
    return [(b.kind.value, doc.text[b.start : b.end]) for b in doc.blocks]


def check_invariants(doc: RawDocument) -> None:
    """Offsets exact, one line a block, the separators as specified, sections well formed."""
    assert doc.blocks, doc.doc_id
    position = 0
    for i, block in enumerate(doc.blocks):
        text = doc.text[block.start : block.end]
        assert text and text == text.strip() and "\n" not in text, (doc.doc_id, i, text)
        separator = doc.text[position : block.start]
        if i == 0:
            assert separator == ""
        else:
            before = doc.blocks[i - 1]
            assert separator in ("\n", "\n\n"), (doc.doc_id, i, separator)
            if separator == "\n":
                assert block.kind == before.kind and block.kind in GROUPED, (doc.doc_id, i)
        if block.section >= 0:
            parent = doc.blocks[block.section]
            assert block.section < i and parent.kind in (BlockKind.TITLE, BlockKind.HEADING)
            if block.kind in (BlockKind.TITLE, BlockKind.HEADING):
                assert parent.level < block.level
        if block.kind is BlockKind.METADATA:
            assert text.startswith(block.key + ":")
        if block.kind is BlockKind.TABLE_ROW:
            assert block.table >= 0 and block.cells
        if doc.fmt == "pdf":
            assert block.page is not None and block.page >= 1
        position = block.end
    assert position == len(doc.text)
    assert sum(b.kind is BlockKind.TITLE for b in doc.blocks) <= 1


def test_blocks_examples_invariants() -> None:
    report = read_all([EXAMPLES])
    assert not report.errors
    for doc in report.documents:
        if doc.fmt == "csv":
            assert doc.blocks == []
            continue
        check_invariants(doc)
        assert "---" not in doc.text and "attendees:" not in doc.text  # no front matter


def test_blocks_txt_site_visit_note() -> None:
    doc = read_document(EXAMPLES / "workshops" / "2023-05-17-inverness-site-visit.txt")
    kinds = shape(doc)
    assert kinds[0] == ("title", "SITE VISIT NOTE: RURAL PEER SUPPORT IN THE HIGHLANDS")
    assert [b.key for b in doc.blocks if b.kind is BlockKind.METADATA] == [
        "Date",
        "Place",
        "Challenge",
        "Note taker",
    ]
    attendees = kinds.index(("heading", "Attendees"))
    assert [k for k, _ in kinds[attendees + 1 : attendees + 7]] == ["list_item"] * 6
    assert kinds[attendees + 7] == ("heading", "PURPOSE OF THE VISIT")
    learned = next(i for i, (_, t) in enumerate(kinds) if t == "WHAT WE LEARNED")
    assert all(doc.blocks[i].section == learned for i in range(learned + 1, learned + 5))


MARKDOWN = """---
title: Frailty workshop, Cardiff
attendees: [Ann Smith]
---
# Frailty workshop, Cardiff

**Date:** 5 March 2024
**Venue:** [Cardiff Bay](https://example.org) <span>centre</span>

A *paragraph* with `code`
wrapped over two lines.

## Who came

- Ann Smith – GP
  - nested item
- Bo Jones – Nurse

| Name | Role |
| --- | --- |
| Ann | GP |
| Bo | Nurse | extra |

> A quoted line.

    an indented block

**Bold heading**

![a chart of referrals](chart.png)
"""


def test_blocks_markdown_tokens(tmp_path: Path) -> None:
    path = tmp_path / "cardiff.md"
    path.write_text(MARKDOWN)
    doc = read_document(path)
    check_invariants(doc)
    assert shape(doc) == [
        ("title", "Frailty workshop, Cardiff"),
        ("metadata", "Date: 5 March 2024"),
        ("metadata", "Venue: Cardiff Bay centre"),
        ("paragraph", "A paragraph with code wrapped over two lines."),
        ("heading", "Who came"),
        ("list_item", "Ann Smith – GP"),
        ("list_item", "nested item"),
        ("list_item", "Bo Jones – Nurse"),
        ("table_row", "Name | Role"),
        ("table_row", "Ann | GP"),
        ("table_row", "Bo | Nurse"),
        ("paragraph", "A quoted line."),
        ("paragraph", "an indented block"),
        ("heading", "Bold heading"),
        ("paragraph", "a chart of referrals"),
    ]
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [(r.header, r.cells, r.table) for r in rows] == [
        (True, ("Name", "Role"), 0),
        (False, ("Ann", "GP"), 0),
        (False, ("Bo", "Nurse"), 0),
    ]
    assert [b.level for b in doc.blocks if b.kind is BlockKind.LIST_ITEM] == [0, 1, 0]
    assert doc.blocks[4].level == 2 and doc.blocks[13].level == 3
    assert doc.warnings == [
        f"{path}: malformed table 1: a row has 3 cells, the header 2; the extra cells are dropped"
    ]


def test_blocks_markdown_title_only_when_front_matter_agrees(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: The real title\n---\n# Another heading\n\nText.\n")
    assert read_document(path).blocks[0].kind is BlockKind.HEADING
    path.write_text("# A title\n\n# A second h1\n\nText.\n")
    assert [b.kind.value for b in read_document(path).blocks] == ["title", "heading", "paragraph"]


PAGE = """<html><head><title>Page</title></head><body>
<header><p>Site banner</p></header>
<div id="cookie-banner"><p>We use cookies.</p></div>
<article><header><h1>Peer listeners</h1><p>By Gareth Lewis</p></header>
<p>Date: 5 March 2024<br>Venue: Morriston Hospital</p>
<dl><dt>Publisher</dt><dd>Improvement Cymru</dd><dt>Year:</dt><dd>2024</dd></dl>
<h2>Who came</h2>
<p>Ann Smith – GP, NHS Wales</p><p>Bo Jones – Nurse, NHS Wales</p>
<ul><li>Listeners <b>volunteer</b>.<ul><li>From every staff group.</li></ul></li>
<li>Managers help.</li></ul>
<table><thead><tr><th>Year</th><th colspan="2">Calls</th></tr></thead>
<tr><td>2023</td><td>1,340</td><td><table><tr><td>nested</td></tr></table></td></tr></table>
<pre>Line one.
Line two.</pre>
</article><footer>Copyright</footer></body></html>"""


def test_blocks_html_elements(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    doc = read_document(path)
    check_invariants(doc)
    assert shape(doc) == [
        ("title", "Peer listeners"),
        ("paragraph", "By Gareth Lewis"),
        ("metadata", "Date: 5 March 2024"),
        ("metadata", "Venue: Morriston Hospital"),
        ("metadata", "Publisher: Improvement Cymru"),
        ("metadata", "Year: 2024"),
        ("heading", "Who came"),
        ("list_item", "Ann Smith – GP, NHS Wales"),
        ("list_item", "Bo Jones – Nurse, NHS Wales"),
        ("list_item", "Listeners volunteer."),
        ("list_item", "From every staff group."),
        ("list_item", "Managers help."),
        ("table_row", "Year | Calls"),
        ("table_row", "2023 | 1,340 | nested"),
        ("paragraph", "Line one."),
        ("paragraph", "Line two."),
    ]
    items = [b.level for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [0, 0, 0, 1, 0]
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [(r.header, r.cells) for r in rows] == [
        (True, ("Year", "Calls")),
        (False, ("2023", "1,340", "nested")),
    ]
    assert [b.key for b in doc.blocks if b.kind is BlockKind.METADATA][2:] == ["Publisher", "Year"]


def test_blocks_html_bold_paragraph_heads_what_follows(tmp_path: Path) -> None:
    """A paragraph wholly in bold that reads as a heading heads the list under it (a shaded
    box's "What we learned on the night"); a bold label that leads its own text does not."""
    path = tmp_path / "news.html"
    path.write_text(
        "<body><article><h1>Carers' centre news</h1><h2>Our evening</h2>"
        "<div class='box'><p><strong>What we learned on the night</strong></p>"
        "<ul><li>Carers come back when the room is free.</li></ul></div>"
        "<p><b>Date:</b> 4 May 2026</p><p><strong>Thanks to everyone.</strong> See you soon.</p>"
        "</article></body>"
    )
    doc = read_document(path)
    check_invariants(doc)
    assert shape(doc) == [
        ("title", "Carers' centre news"),
        ("heading", "Our evening"),
        ("heading", "What we learned on the night"),
        ("list_item", "Carers come back when the room is free."),
        ("metadata", "Date: 4 May 2026"),
        ("paragraph", "Thanks to everyone. See you soon."),
    ]
    assert [b.level for b in doc.blocks if b.kind is BlockKind.HEADING] == [2, 3]


def test_blocks_html_stray_list_item_warns(tmp_path: Path) -> None:
    path = tmp_path / "stray.html"
    path.write_text("<body><li>Loose item</li><p>Text after it.</p></body>")
    doc = read_document(path)
    assert shape(doc) == [("list_item", "Loose item"), ("paragraph", "Text after it.")]
    assert doc.warnings == [f"{path}: malformed list: <li> outside <ul>/<ol>"]


def _numbered(paragraph: object, level: int) -> None:
    """Give a python-docx paragraph a w:numPr (numbering) at `level`."""
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", str(level)), ("w:numId", "1")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        num_pr.append(element)
    paragraph._p.get_or_add_pPr().append(num_pr)  # type: ignore[attr-defined]


def make_word(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Peer support in Wales", style="Title")
    document.add_paragraph("Date: 5 March 2024\nVenue: Cardiff")
    document.add_heading("Who came", level=2)
    for line in ("Ann Smith – GP, NHS Wales", "Bo Jones – Nurse, Mind Cymru"):
        document.add_paragraph(line)
    document.add_paragraph("")
    document.add_paragraph("First bullet", style="List Bullet")
    document.add_paragraph("Second level", style="List Number 2")
    _numbered(document.add_paragraph("Numbered by numPr"), 2)
    bold = document.add_paragraph()
    bold.add_run("What we learned").bold = True
    document.add_paragraph("Peer workers need supervision. They said so.")
    table = document.add_table(rows=3, cols=3)
    for col, name in enumerate(("Name", "Role", "Place")):
        table.cell(0, col).paragraphs[0].add_run(name).bold = True
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Merged"
    table.cell(1, 2).text = "Cardiff"
    table.cell(2, 0).text = "Bo"
    second = document.add_table(rows=2, cols=1)
    second.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    second.cell(0, 0).text = "Header by property"
    second.cell(1, 0).text = "Body"
    big = document.add_paragraph().add_run("Not bold, just large")
    big.font.size = Pt(20)
    document.save(str(path))
    return path


def test_blocks_docx_styles_lists_tables(tmp_path: Path) -> None:
    doc = read_document(make_word(tmp_path / "wales.docx"))
    check_invariants(doc)
    assert shape(doc) == [
        ("title", "Peer support in Wales"),
        ("metadata", "Date: 5 March 2024"),
        ("metadata", "Venue: Cardiff"),
        ("heading", "Who came"),
        ("list_item", "Ann Smith – GP, NHS Wales"),
        ("list_item", "Bo Jones – Nurse, Mind Cymru"),
        ("list_item", "First bullet"),
        ("list_item", "Second level"),
        ("list_item", "Numbered by numPr"),
        ("heading", "What we learned"),
        ("paragraph", "Peer workers need supervision. They said so."),
        ("table_row", "Name | Role | Place"),
        ("table_row", "Merged | Cardiff"),
        ("table_row", "Bo"),
        ("table_row", "Header by property"),
        ("table_row", "Body"),
        ("paragraph", "Not bold, just large"),
    ]
    lists = [b.level for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert lists == [0, 0, 0, 1, 2]
    heading = doc.blocks[9]
    assert heading.level == 3 and heading.section == 3  # one below "Who came" (2)
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [(r.table, r.header, r.cells) for r in rows] == [
        (0, True, ("Name", "Role", "Place")),
        (0, False, ("Merged", "Cardiff")),
        (0, False, ("Bo", "", "")),
        (1, True, ("Header by property",)),
        (1, False, ("Body",)),
    ]


def test_blocks_docx_malformed_table_warns_and_reads_on(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0]._tc.get_or_add_tcPr().append(OxmlElement("w:vMerge"))
    document.add_paragraph("After the table.")
    path = tmp_path / "broken.docx"
    document.save(str(path))
    doc = read_document(path)
    assert shape(doc) == [("paragraph", "Before the table."), ("paragraph", "After the table.")]
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith(f"{path}: malformed table 1 skipped (")


WORDS = "peer workers met every week on the ward and talked with people about recovery".split()
LONG = " ".join(random.Random(7).choices(WORDS, k=600))  # runs over a page break
SINCE = (
    "Since 2021 the trust has offered peer support to every adult leaving hospital, and the "
    "evaluation followed 412 people for ninety days after discharge with a matched comparison "
    "group from the same wards."
)


def make_report(path: Path) -> Path:
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story: list[object] = [
        Paragraph("Peer support after discharge", styles["Title"]),
        Paragraph("Authors: Anna Kowalski and Harriet Lowe", body),
        Paragraph("Background", styles["Heading1"]),
        Paragraph(f"{SINCE} {SINCE}", body),
        Paragraph("Methods", styles["Heading2"]),
        Paragraph("- Readmission within ninety days was lower.", body),
        Paragraph("- Meeting on the ward increased take-up.", body),
    ]
    grid = Table(
        [["Group", "People", "Readmitted"], ["Matched", "412", "14%"], ["Comparison", "388", "21%"]]
    )
    grid.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
            ]
        )
    )
    story += [grid, Spacer(1, 12)]
    story += [Table([["Name", "Role"], ["Ann Smith", "Nurse"], ["Bo Jones", "GP"]]), Spacer(1, 12)]
    story += [Paragraph(f"Findings. {LONG}.", body), PageBreak(), Paragraph("The end.", body)]

    def furniture(canvas: object, document: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(72, 810, "Newcastle University evaluation")  # type: ignore[attr-defined]
        canvas.drawString(290, 30, str(document.page))  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    SimpleDocTemplate(str(path), pagesize=A4).build(
        story, onFirstPage=furniture, onLaterPages=furniture
    )
    return path


def test_blocks_pdf_layout(tmp_path: Path) -> None:
    doc = read_document(make_report(tmp_path / "report.pdf"))
    check_invariants(doc)
    kinds = shape(doc)
    assert kinds[:5] == [
        ("title", "Peer support after discharge"),
        ("metadata", "Authors: Anna Kowalski and Harriet Lowe"),
        ("heading", "Background"),
        ("paragraph", f"{SINCE} {SINCE}"),
        ("heading", "Methods"),
    ]
    assert [b.level for b in doc.blocks[2:5:2]] == [1, 2]
    assert kinds[5:7] == [
        ("list_item", "Readmission within ninety days was lower."),
        ("list_item", "Meeting on the ward increased take-up."),
    ]
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [(r.table, r.header, r.cells) for r in rows] == [
        (0, True, ("Group", "People", "Readmitted")),
        (0, False, ("Matched", "412", "14%")),
        (0, False, ("Comparison", "388", "21%")),
        (1, False, ("Name", "Role")),
        (1, False, ("Ann Smith", "Nurse")),
        (1, False, ("Bo Jones", "GP")),
    ]
    findings = next(b for b in doc.blocks if doc.text[b.start : b.end].startswith("Findings"))
    assert doc.text[findings.start : findings.end] == f"Findings. {LONG}."  # over 2 pages
    assert findings.page == 1 and doc.blocks[-1].page == 3
    assert "Newcastle University evaluation" not in doc.text  # running header
    assert not any(doc.text[b.start : b.end].isdigit() for b in doc.blocks)  # page numbers


def test_blocks_pdf_repeated_text_and_a_table_over_a_page_break(tmp_path: Path) -> None:
    """Lines that repeat from page to page inside the text are not running headers, and a
    borderless table cut by a page break stays one table."""
    body = getSampleStyleSheet()["BodyText"]
    sentence = "Peer support workers in Wales said supervision time protects them from burnout."
    story: list[object] = [Paragraph(f"{sentence} " * 6, body) for _ in range(17)]
    rows = [["Name", "Role"], *[[f"Person {i}", "Peer worker"] for i in range(30)]]
    story += [Table(rows), Paragraph("The end.", body)]
    path = tmp_path / "repeated.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    doc = read_document(path)
    check_invariants(doc)
    assert doc.text.count(sentence) == 17 * 6
    table = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert len(table) == 31 and {b.table for b in table} == {0}
    assert len({b.page for b in table}) == 2


@pytest.mark.parametrize("name", ["page.html", "notes.md", "notes.txt"])
def test_blocks_text_formats_have_no_page(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("<p>Hello there.</p>" if name.endswith("html") else "Hello there.\n")
    assert [b.page for b in read_document(path).blocks] == [None]


def test_blocks_pdf_two_columns_keep_a_table_under_its_heading(tmp_path: Path) -> None:
    """A ruled table low in the left column of a two-column page is read after the heading
    above it, not before the page's first lines; the right column's text follows it."""
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate

    styles = getSampleStyleSheet()
    path = tmp_path / "columns.pdf"
    width, height = A4
    frames = [
        Frame(40, 40, width / 2 - 50, height - 80, id="left"),
        Frame(width / 2 + 10, 40, width / 2 - 50, height - 80, id="right"),
    ]
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate(frames=frames)])
    text = "Teams sketched ideas on their own and then the whole group voted on them."
    grid = Table(
        [["Insight", "So what?"], ["Fear kept people in", "Rebuild confidence"]],
        style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]),
    )
    story = [
        Paragraph("Design sprint notes", styles["Title"]),
        *[Paragraph(text, styles["BodyText"]) for _ in range(12)],
        Paragraph("Insights", styles["Heading2"]),
        grid,
        FrameBreak(),
        Paragraph("What we will test next", styles["Heading2"]),
        *[Paragraph("Pilot the first-night call with ten people.", styles["BodyText"])] * 4,
    ]
    doc.build(story)
    raw = read_document(path)
    texts = [raw.text[b.start : b.end] for b in raw.blocks]
    at = texts.index("Insights")
    assert texts[at + 1] == "Insight | So what?"
    assert texts.index("What we will test next") > at + 2


def test_blocks_pdf_ruled_table_cells_split_at_the_grid_not_at_gaps(tmp_path: Path) -> None:
    """Cells set tight against each other (no padding, as LibreOffice draws them) are split at
    the grid's rules, so "Theme" and "What we heard" are two cells, not "ThemeWhat we heard"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = tmp_path / "tight.pdf"
    first = stringWidth("Welsh language", "Helvetica", 10) + 1
    grid = Table(
        [["Theme", "What we heard"], ["Welsh language", "People reverted to Welsh."]],
        colWidths=[first, 160],
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    SimpleDocTemplate(str(path), pagesize=A4).build([grid])
    raw = read_document(path)
    rows = [b.cells for b in raw.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [("Theme", "What we heard"), ("Welsh language", "People reverted to Welsh.")]


def test_blocks_pdf_a_running_footers_notice_is_kept(tmp_path: Path) -> None:
    """The running footer is dropped from the text, but its copyright notice says who
    published the report and when (the PDF's own stamp may say 2000)."""
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.front_page import read_header
    from ingest.extract.layout import Layout

    def footer(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 30, f"© Public Health Wales NHS Trust 2023 · page {doc.page}")

    body = getSampleStyleSheet()["BodyText"]
    path = tmp_path / "footer.pdf"
    story = [Paragraph("Care staff notice change first. " * 30, body) for _ in range(12)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)
    raw = read_document(path)
    assert "Public Health Wales NHS Trust 2023" not in raw.text  # furniture
    assert raw.metadata["copyright"].startswith("© Public Health Wales NHS Trust 2023")
    layout = Layout.of(raw)
    header = read_header(raw, load_gazetteer(), layout.sections, layout.front)
    assert (header.publisher, header.year) == ("Public Health Wales NHS Trust", 2023)


def test_blocks_html_several_values_under_one_term(tmp_path: Path) -> None:
    """A catalogue record's term with several values (one dd each) gives each value the term
    as its key, not just the first."""
    path = tmp_path / "record.html"
    path.write_text(
        "<html><body><h1>Study 12</h1><dl><dt>Principal investigator(s)</dt>"
        "<dd>Lowe, Ann, Swansea University</dd><dd>Okafor, Bisi, Swansea University</dd>"
        "<dt>Country</dt><dd>Wales</dd></dl><p>A paragraph after.</p></body></html>"
    )
    doc = read_document(path)
    check_invariants(doc)
    assert shape(doc) == [
        ("title", "Study 12"),
        ("metadata", "Principal investigator(s): Lowe, Ann, Swansea University"),
        ("metadata", "Principal investigator(s): Okafor, Bisi, Swansea University"),
        ("metadata", "Country: Wales"),
        ("paragraph", "A paragraph after."),
    ]
