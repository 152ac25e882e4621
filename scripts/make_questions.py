"""Build the .docx and .pdf documents of the evaluation corpus in bench/questions, and check it.

The content of every .docx and .pdf lives in a plain-text source under
bench/questions/sources/{dev,test}/{workshops,evidence}/NAME.src (the .txt, .md and .html
documents are written by hand and have no source). A source is a small line-based markup:

    @format docx | pdf | pdf-lo   docx; PDF drawn with reportlab; or docx converted by LibreOffice
    @header TEXT / @footer TEXT   running header and footer ({page} is the page number)
    @author TEXT / @date YYYY-MM-DD   document properties
    = Title        ~ Subtitle        == Heading 1        === Heading 2
    - bullet item  + numbered item   > indented quote
    | a | b |      table rows (the first row is the header unless "!table plain" precedes it)
    !center TEXT   !right TEXT       !small TEXT         !pagebreak        !spacer
    **bold** and ^{superscript} inside any line; other lines are paragraphs (a blank line
    ends a paragraph).

Usage:
    uv run python scripts/make_questions.py build [--only NAME]   # write the binaries
    uv run python scripts/make_questions.py check                 # read everything back
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QDIR = ROOT / "bench" / "questions"
SRC = QDIR / "sources"
SPLITS = ("dev", "test")
FORMATS = ("txt", "md", "docx", "pdf", "html")

INLINE = re.compile(r"(\*\*.+?\*\*|\^\{.+?\})")


@dataclass
class Block:
    kind: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    header: bool = True


@dataclass
class Source:
    path: Path
    fmt: str
    blocks: list[Block]
    header: str = ""
    footer: str = ""
    author: str = ""
    date: str = ""

    @property
    def target(self) -> Path:
        rel = self.path.relative_to(SRC).with_suffix("")
        ext = "docx" if self.fmt == "docx" else "pdf"
        return QDIR / rel.parent / f"{rel.name}.{ext}"


def parse(path: Path) -> Source:
    src = Source(path=path, fmt="", blocks=[])
    para: list[str] = []
    table: list[list[str]] = []
    plain_next = False

    def flush() -> None:
        nonlocal plain_next
        if para:
            src.blocks.append(Block("p", " ".join(para)))
            para.clear()
        if table:
            src.blocks.append(Block("table", rows=[r[:] for r in table], header=not plain_next))
            table.clear()
            plain_next = False

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("@"):
            key, _, value = line[1:].partition(" ")
            setattr(src, "fmt" if key == "format" else key, value.strip())
            continue
        if line.startswith("|"):
            if para:
                flush()
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        if table:
            flush()
        if not line.strip():
            flush()
            continue
        if line == "!table plain":
            flush()
            plain_next = True
            continue
        for prefix, kind in (
            ("=== ", "h2"),
            ("== ", "h1"),
            ("= ", "title"),
            ("~ ", "subtitle"),
            ("> ", "quote"),
            ("!center ", "center"),
            ("!right ", "right"),
            ("!small ", "small"),
        ):
            if line.startswith(prefix):
                flush()
                src.blocks.append(Block(kind, line[len(prefix) :]))
                break
        else:
            if line.startswith(("- ", "+ ")):
                flush()
                kind = "bullets" if line[0] == "-" else "numbers"
                last = src.blocks[-1] if src.blocks else None
                if last is not None and last.kind == kind:
                    last.items.append(line[2:])
                else:
                    src.blocks.append(Block(kind, items=[line[2:]]))
            elif line in ("!pagebreak", "!spacer"):
                flush()
                src.blocks.append(Block(line[1:]))
            elif (
                raw.startswith("  ")
                and src.blocks
                and src.blocks[-1].kind in ("bullets", "numbers")
                and not para
            ):
                src.blocks[-1].items[-1] += " " + line.strip()
            else:
                para.append(line.strip())
    flush()
    if src.fmt not in ("docx", "pdf", "pdf-lo"):
        raise SystemExit(f"{path}: @format must be docx, pdf or pdf-lo")
    return src


def pieces(text: str) -> list[tuple[str, str]]:
    """Split inline markup into (style, text) pieces: style is '', 'b' or 'sup'."""
    out = []
    for part in INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            out.append(("b", part[2:-2]))
        elif part.startswith("^{"):
            out.append(("sup", part[2:-1]))
        else:
            out.append(("", part))
    return out


# ---------------------------------------------------------------- docx


def running(par, text: str) -> None:
    """A running header or footer line; {page} becomes a PAGE field."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    before, sep, after = text.partition("{page}")
    par.add_run(before)
    if sep:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run = OxmlElement("w:r")
        txt = OxmlElement("w:t")
        txt.text = "1"
        run.append(txt)
        field.append(run)
        par._p.append(field)
        par.add_run(after)


def write_docx(src: Source, out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties
    props.author = src.author or "Q Improvement Lab evaluation corpus"
    props.title = next((b.text for b in src.blocks if b.kind == "title"), "")
    stamp = dt.datetime.fromisoformat(src.date or "2024-01-01")
    props.created = props.modified = stamp
    props.last_modified_by = props.author
    section = doc.sections[0]
    for text, part in ((src.header, section.header), (src.footer, section.footer)):
        if text:
            running(part.paragraphs[0], text)

    def fill(par, text: str, size: float | None = None) -> None:
        for style, chunk in pieces(text):
            run = par.add_run(chunk)
            run.bold = style == "b" or None
            run.font.superscript = style == "sup" or None
            if size:
                run.font.size = Pt(size)

    for b in src.blocks:
        if b.kind == "title":
            fill(doc.add_paragraph(style="Title"), b.text)
        elif b.kind == "subtitle":
            fill(doc.add_paragraph(style="Subtitle"), b.text)
        elif b.kind in ("h1", "h2"):
            fill(doc.add_paragraph(style="Heading 1" if b.kind == "h1" else "Heading 2"), b.text)
        elif b.kind in ("bullets", "numbers"):
            style = "List Bullet" if b.kind == "bullets" else "List Number"
            for item in b.items:
                fill(doc.add_paragraph(style=style), item)
        elif b.kind == "table":
            table = doc.add_table(rows=0, cols=max(len(r) for r in b.rows))
            table.style = "Table Grid" if not b.header else "Light Grid Accent 1"
            for i, row in enumerate(b.rows):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = ""
                    fill(cell.paragraphs[0], value)
                    if i == 0 and b.header:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif b.kind == "quote":
            fill(doc.add_paragraph(style="Quote"), b.text)
        elif b.kind in ("center", "right"):
            par = doc.add_paragraph()
            par.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER if b.kind == "center" else WD_ALIGN_PARAGRAPH.RIGHT
            )
            fill(par, b.text)
        elif b.kind == "small":
            fill(doc.add_paragraph(), b.text, size=8)
        elif b.kind == "pagebreak":
            doc.add_page_break()
        elif b.kind == "spacer":
            doc.add_paragraph()
        else:
            fill(doc.add_paragraph(), b.text)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)


# ---------------------------------------------------------------- pdf (reportlab)


def rl_markup(text: str) -> str:
    from xml.sax.saxutils import escape

    out = []
    for style, chunk in pieces(text):
        chunk = escape(chunk)
        if style == "b":
            out.append(f"<b>{chunk}</b>")
        elif style == "sup":
            out.append(f"<super>{chunk}</super>")
        else:
            out.append(chunk)
    return "".join(out)


def write_pdf(src: Source, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    ss = getSampleStyleSheet()
    body = ParagraphStyle(
        "body", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=6
    )
    styles = {
        "title": ParagraphStyle(
            "t",
            parent=ss["Title"],
            fontName="Helvetica-Bold",
            fontSize=22,
            leading=27,
            alignment=0,
            spaceAfter=10,
        ),
        "subtitle": ParagraphStyle(
            "st",
            parent=body,
            fontName="Helvetica",
            fontSize=14,
            leading=18,
            textColor=colors.HexColor("#444444"),
            spaceAfter=12,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=ss["Heading1"],
            fontName="Helvetica-Bold",
            fontSize=15,
            leading=19,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=ss["Heading2"],
            fontName="Helvetica-Bold",
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "p": body,
        "quote": ParagraphStyle(
            "q", parent=body, leftIndent=18, rightIndent=18, fontName="Helvetica-Oblique"
        ),
        "center": ParagraphStyle("c", parent=body, alignment=TA_CENTER),
        "right": ParagraphStyle("r", parent=body, alignment=TA_RIGHT),
        "small": ParagraphStyle("s", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0),
    }
    story = []
    for b in src.blocks:
        if b.kind in ("bullets", "numbers"):
            items = [ListItem(Paragraph(rl_markup(i), body), leftIndent=14) for i in b.items]
            kwargs = (
                {"bulletType": "bullet", "start": "\u2022"}
                if b.kind == "bullets"
                else {"bulletType": "1"}
            )
            story.append(ListFlowable(items, leftIndent=14, **kwargs))
        elif b.kind == "table":
            data = [[Paragraph(rl_markup(c), styles["cell"]) for c in row] for row in b.rows]
            width = A4[0] - 40 * mm
            ncols = max(len(r) for r in b.rows)
            table = Table(data, colWidths=[width / ncols] * ncols, repeatRows=1 if b.header else 0)
            cmds = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            if b.header:
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            table.setStyle(TableStyle(cmds))
            story.extend([table, Spacer(1, 8)])
        elif b.kind == "pagebreak":
            story.append(PageBreak())
        elif b.kind == "spacer":
            story.append(Spacer(1, 14))
        else:
            story.append(Paragraph(rl_markup(b.text), styles[b.kind]))

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        if src.header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, src.header.format(page=doc.page))
        if src.footer:
            canvas.drawString(20 * mm, 10 * mm, src.footer.format(page=doc.page))
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()

    out.parent.mkdir(parents=True, exist_ok=True)
    title = next((b.text for b in src.blocks if b.kind == "title"), "")
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=18 * mm,
        title=re.sub(r"\^\{.*?\}|\*\*", "", title),
        author=src.author,
        invariant=1,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)


def write_pdf_lo(src: Source, out: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print(f"  skipped {out.name}: LibreOffice is not installed (the committed PDF stays)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / f"{out.stem}.docx"
        write_docx(src, docx)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            check=True,
            capture_output=True,
        )
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(Path(tmp) / f"{out.stem}.pdf", out)


def build(only: str | None) -> None:
    for path in sorted(p for split in SPLITS for p in (SRC / split).rglob("*.src")):
        if only and only not in path.name:
            continue
        src = parse(path)
        writer = {"docx": write_docx, "pdf": write_pdf, "pdf-lo": write_pdf_lo}[src.fmt]
        writer(src, src.target)
        print(f"built {src.target.relative_to(ROOT)}")


# ---------------------------------------------------------------- check


def text_of(path: Path) -> str:
    if path.suffix == ".docx":
        from docx import Document

        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if path.suffix == ".html":
        from html.parser import HTMLParser

        class Strip(HTMLParser):
            def __init__(self) -> None:
                super().__init__()
                self.out: list[str] = []

            def handle_data(self, data: str) -> None:
                self.out.append(data)

        parser = Strip()
        parser.feed(path.read_text(encoding="utf-8"))
        return " ".join(parser.out)
    return path.read_text(encoding="utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).lower()


def check() -> int:
    import csv

    import yaml

    problems: list[str] = []
    for split in SPLITS:
        base = QDIR / split
        docs = sorted(p for p in base.rglob("*") if p.suffix[1:] in FORMATS)
        texts = {}
        for p in docs:
            try:
                texts[p] = text_of(p)
            except Exception as exc:  # report every unreadable file
                problems.append(f"{p}: does not read back ({exc})")
                continue
            if len(texts[p].strip()) < 400:
                problems.append(f"{p}: only {len(texts[p].strip())} characters read back")
        corpus = squash("\n".join(texts.values()))
        formats = {f: sum(1 for p in docs if p.suffix == f".{f}") for f in FORMATS}
        kinds = {k: sum(1 for p in docs if p.parent.name == k) for k in ("workshops", "evidence")}
        print(f"{split}: {len(docs)} documents, {kinds}, {formats}")
        for f, n in formats.items():
            if not n:
                problems.append(f"{split}: no .{f} document")
        if not (base / "directory.csv").exists() or not (base / "answers.yaml").exists():
            problems.append(f"{split}: directory.csv or answers.yaml is missing")
            continue
        directory = list(csv.DictReader((base / "directory.csv").open(encoding="utf-8")))
        names = {strip_title(r["name"]) for r in directory}
        for r in directory:
            if squash(r["name"]) not in corpus and squash(strip_title(r["name"])) not in corpus:
                problems.append(f"{split}: directory name {r['name']!r} is in no document")
        answers = yaml.safe_load((base / "answers.yaml").read_text(encoding="utf-8"))
        counts: dict[str, int] = {}
        for item in answers:
            counts[item["kind"]] = counts.get(item["kind"], 0) + 1
            people = list(item.get("expect", [])) + list(item.get("forbid", []))
            if item["kind"] == "connect":
                if item.get("from"):
                    people.append(item["from"])
                    if item["from"] not in names:
                        problems.append(f"{split} {item['id']}: asker not in the directory")
                for n in item.get("expect", []):
                    row = [r for r in directory if strip_title(r["name"]) == n]
                    if not row or all(r["consent"] != "yes" for r in row):
                        problems.append(f"{split} {item['id']}: expected {n} lacks consent yes")
                for n in people:
                    if squash(strip_title(n)) not in corpus:
                        problems.append(f"{split} {item['id']}: {n!r} is in no document")
            elif item["kind"] == "affiliation":
                for n in (item["person"], item["organisation"]):
                    if squash(strip_title(n)) not in corpus:
                        problems.append(f"{split} {item['id']}: {n!r} is in no document")
            elif item["kind"] in ("evidence", "learning"):
                for phrase in item.get("expect", []) + item.get("forbid", []):
                    if squash(phrase) not in corpus:
                        problems.append(f"{split} {item['id']}: {phrase!r} is in no document")
        print(f"{split}: answers {counts}")
    problems.extend(check_manifest())
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


def check_manifest() -> list[str]:
    """Every document is in manifest.csv; every layout and format appears in both splits."""
    import csv

    problems = []
    rows = [  # dev2 (other layouts, scripts/make_questions_dev2.py) is checked on its own
        r
        for r in csv.DictReader((QDIR / "manifest.csv").open(encoding="utf-8"))
        if r["split"] in SPLITS
    ]
    listed = {(r["split"], r["kind"], r["file"]) for r in rows}
    on_disk = {
        (split, p.parent.name, p.name)
        for split in SPLITS
        for p in (QDIR / split).rglob("*")
        if p.suffix[1:] in FORMATS
    }
    for item in sorted(on_disk - listed):
        problems.append(f"manifest.csv lacks {item}")
    for item in sorted(listed - on_disk):
        problems.append(f"manifest.csv lists a missing file {item}")
    layouts = {r["layout"] for r in rows}
    for layout in sorted(layouts):
        for split in SPLITS:
            if not any(r["layout"] == layout and r["split"] == split for r in rows):
                problems.append(f"layout {layout} is missing from {split}")
    print(f"layouts: {len(layouts)}")
    for layout in sorted(layouts):
        counts = {
            s: "+".join(
                sorted(
                    Path(r["file"]).suffix[1:]
                    for r in rows
                    if r["layout"] == layout and r["split"] == s
                )
            )
            for s in SPLITS
        }
        print(f"  {layout:20} dev {counts['dev']:20} test {counts['test']}")
    return problems


def strip_title(name: str) -> str:
    return re.sub(r"^(Dr|Prof|Professor|Cllr|Mr|Mrs|Ms)\s+", "", name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--only")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.cmd == "build":
        build(args.only)
        return 0
    return check()


if __name__ == "__main__":
    sys.exit(main())
