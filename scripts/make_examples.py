"""Render the example evidence sources to real .docx and .pdf files.

Each file in scripts/example-sources/*.md is Markdown-ish text with YAML front matter:

    ---
    output: 2023-his-peer-support-rapid-review.pdf   # .pdf or .docx, written to examples/evidence/
    title: ...
    authors: [Eilidh Grant, Tomasz Nowak]
    date: 2023-06-07                                  # becomes the file's creation date
    publisher: Healthcare Improvement Scotland
    nation: Scotland
    subject: ...
    keywords: [peer support, ...]
    ---
    # Title
    Paragraph lines (joined until a blank line), ## Heading, ### Subheading,
    - bullets, | table | rows |, and **bold** inline.

Output is deterministic: document metadata carries the publication date rather than the
time of the run, docx zip entries get a fixed timestamp and PDFs are built with reportlab's
invariant mode, so rerunning produces identical bytes.

Run:  cd /work/main && uv run python scripts/make_examples.py
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import os
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
import yaml
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "example-sources"
OUTPUT = ROOT / "examples" / "evidence"
CREATOR = "qkg scripts/make_examples.py"
ZIP_TIME = (2024, 1, 1, 0, 0, 0)  # fixed timestamp for every member of a .docx
_BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass
class Block:
    """One block of the body: title, heading (level 1/2), para, bullet or table."""

    kind: str
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Source:
    path: Path
    meta: dict[str, Any]
    blocks: list[Block]

    @property
    def output(self) -> Path:
        return OUTPUT / str(self.meta["output"])

    @property
    def authors(self) -> list[str]:
        return [str(a) for a in self.meta.get("authors") or []]

    @property
    def date(self) -> dt.datetime:
        day = self.meta["date"]
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        return dt.datetime(day.year, day.month, day.day, 12, 0, 0)

    @property
    def keywords(self) -> str:
        value = self.meta.get("keywords") or []
        return ", ".join(value) if isinstance(value, list) else str(value)


def load(path: Path) -> Source:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    if not match:
        raise SystemExit(f"{path}: no front matter")
    meta = yaml.safe_load(match.group(1))
    for key in ("output", "title", "authors", "date", "publisher"):
        if not meta.get(key):
            raise SystemExit(f"{path}: front matter lacks {key!r}")
    return Source(path, meta, parse_body(match.group(2)))


def parse_body(body: str) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", " ".join(para)))
            para.clear()

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("#"):
            flush()
            hashes, _, text = line.partition(" ")
            level = len(hashes)
            blocks.append(Block("title" if level == 1 else "heading", text.strip(), level - 1))
        elif line.startswith("- "):
            flush()
            blocks.append(Block("bullet", line[2:].strip()))
        elif line.startswith("|"):
            flush()
            cells = [c.strip() for c in line.strip("|").split("|")]
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
        elif re.match(r"^[A-Z][A-Za-z ]{1,20}: ", line) and not para:
            blocks.append(Block("para", line))  # "Authors: ..." style lines stay separate
        else:
            para.append(line)
    flush()
    return blocks


# ---------------------------------------------------------------------- docx


def write_docx(src: Source) -> bytes:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for block in src.blocks:
        if block.kind == "title":
            document.add_heading(block.text, level=0)
        elif block.kind == "heading":
            document.add_heading(block.text, level=block.level)
        elif block.kind == "bullet":
            _docx_runs(document.add_paragraph(style="List Bullet"), block.text)
        elif block.kind == "table":
            table = document.add_table(rows=0, cols=len(block.rows[0]), style="Table Grid")
            for i, cells in enumerate(block.rows):
                row = table.add_row().cells
                for cell, text in zip(row, cells, strict=False):
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = i == 0
        else:
            _docx_runs(document.add_paragraph(), block.text)
    props = document.core_properties
    props.title = str(src.meta["title"])
    props.author = "; ".join(src.authors)
    props.last_modified_by = src.authors[0]
    props.subject = str(src.meta.get("subject") or "")
    props.keywords = src.keywords
    props.category = "evidence"
    props.comments = f"Published by {src.meta['publisher']}. Invented example for qkg."
    props.created = src.date
    props.modified = src.date
    props.last_printed = src.date
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue())


def _docx_runs(paragraph: Any, text: str) -> None:
    for i, part in enumerate(_BOLD.split(text)):
        if part:
            paragraph.add_run(part).bold = i % 2 == 1


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and permissions so its bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()


# ----------------------------------------------------------------------- pdf


def _pdf_styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle(
        "Body",
        parent=base["BodyText"],
        fontName="Helvetica",
        fontSize=10,
        leading=13.5,
        spaceAfter=6,
    )
    return {
        "title": ParagraphStyle(
            "DocTitle",
            parent=base["Title"],
            fontName="Helvetica-Bold",
            fontSize=17,
            leading=21,
            alignment=0,
            spaceAfter=10,
        ),
        "heading1": ParagraphStyle(
            "H1",
            parent=base["Heading2"],
            fontName="Helvetica-Bold",
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "heading2": ParagraphStyle(
            "H2",
            parent=base["Heading3"],
            fontName="Helvetica-Bold",
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "para": body,
        "bullet": ParagraphStyle(
            "Bullet", parent=body, leftIndent=14, bulletIndent=2, spaceAfter=3
        ),
        "cell": ParagraphStyle("Cell", parent=body, spaceAfter=0),
    }


def _markup(text: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", escape(text))


def write_pdf(src: Source) -> bytes:
    styles = _pdf_styles()
    story: list[Any] = []
    for block in src.blocks:
        if block.kind == "title":
            story.append(Paragraph(_markup(block.text), styles["title"]))
        elif block.kind == "heading":
            story.append(Paragraph(_markup(block.text), styles[f"heading{block.level}"]))
        elif block.kind == "bullet":
            story.append(Paragraph(_markup(block.text), styles["bullet"], bulletText="-"))
        elif block.kind == "table":
            data = [[Paragraph(_markup(c), styles["cell"]) for c in row] for row in block.rows]
            table = Table(data, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.extend([table, Spacer(1, 8)])
        else:
            story.append(Paragraph(_markup(block.text), styles["para"]))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=str(src.meta["title"]),
        author="; ".join(src.authors),
        subject=str(src.meta.get("subject") or ""),
        keywords=src.keywords,
        creator=CREATOR,
        invariant=1,
    )
    # reportlab's invariant mode takes its timestamp from SOURCE_DATE_EPOCH when it is set,
    # so the PDF's creation date is the publication date and stays the same on every run.
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(src.date.timetuple()))
    try:
        doc.build(story)
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
    return buffer.getvalue()


# ---------------------------------------------------------------------- main


WRITERS = {".docx": write_docx, ".pdf": write_pdf}


def main() -> int:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    sources = sorted(SOURCES.glob("*.md"))
    if not sources:
        print(f"no sources in {SOURCES}", file=sys.stderr)
        return 1
    for path in sources:
        src = load(path)
        writer = WRITERS.get(src.output.suffix)
        if writer is None:
            raise SystemExit(f"{path}: output must end in .docx or .pdf, not {src.output.name}")
        data = writer(src)
        changed = not src.output.exists() or src.output.read_bytes() != data
        if changed:
            src.output.write_bytes(data)
        print(f"{'wrote' if changed else 'unchanged'} {src.output.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
