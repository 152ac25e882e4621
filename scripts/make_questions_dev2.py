"""Build the .docx and .pdf documents of the dev2 split in bench/questions, and check the split.

dev2 holds documents in layouts that the dev and test splits do not have (see the section
"The dev2 split" of bench/questions/LAYOUTS.md). Its binaries are built from sources in
bench/questions/sources/dev2/{workshops,evidence}/NAME.src, in the markup of
scripts/make_questions.py, extended for the new layouts:

    @format docx | pdf | pdf-lo   as in make_questions.py
    @page slides                  PDF: landscape A4, one slide a page (!pagebreak), "Slide n" footer
    @page columns2 | columns3     PDF: a full-width title block, then the text in 2 or 3 columns
                                  (!columns ends the title block); columns3 is a landscape poster
    @page landscape               docx (and pdf-lo): landscape section
    !p TEXT        a plain paragraph kept exactly as typed (a typed "- " dash is not a list)
    !box TEXT      a shaded box (pull quote, call-out); in docx a shaded one-cell table
    !notes TEXT    speaker notes under a slide (small grey text after a rule)
    !table tiles   the next table is a row of figures ("stat tiles"): big numbers, shaded cells
    !columns       (columns layouts) the title block ends here
    other markup as in make_questions.py: = ~ == === - + > | !center !right !small !pagebreak
    !spacer !table plain, **bold** and ^{superscript}

The .txt, .md and .html documents are written by hand.

Usage:
    uv run python scripts/make_questions_dev2.py build [--only NAME]
    uv run python scripts/make_questions_dev2.py check
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_questions import (  # the helpers of the dev/test builder
    QDIR,
    pieces,
    rl_markup,
    running,
    squash,
    strip_title,
    text_of,
)

SPLIT = "dev2"
BASE = QDIR / SPLIT
SRC = QDIR / "sources" / SPLIT
FORMATS = ("txt", "md", "docx", "pdf", "html")
OLD_LAYOUTS = {
    "formal-minutes",
    "concise-minutes",
    "live-blog",
    "event-blog-post",
    "facilitator-notes",
    "what-we-heard",
    "email-summary",
    "conference-session",
    "learning-set-notes",
    "academic-report",
    "agency-report",
    "think-tank-report",
    "briefing-paper",
    "evidence-outline",
    "case-study",
    "press-release",
    "board-paper",
}
NATIONS = ("England", "Northern Ireland", "Scotland", "Wales")

# What counts as evidence "on" the topic of each evidence question, for the gap check: the
# vocabulary's labels (graph/reference/data/topics.ttl) or, for the open topics, the words.
TOPIC_WORDS = {
    "x01": r"social prescrib|link worker|community referral|green prescrib|arts on prescription",
    "x02": r"learning disabilit|learning disabled|intellectual disabilit|learning difficult",
    "x03": r"suicid",
    "x04": r"cancer|oncolog|chemotherapy|radiotherapy",
    "x05": r"delirium",
    "x06": r"vaccin|immunis",
}


@dataclass
class Block:
    kind: str
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    style: str = "header"  # tables: header | plain | tiles


@dataclass
class Source:
    path: Path
    fmt: str = ""
    page: str = ""
    blocks: list[Block] = field(default_factory=list)
    header: str = ""
    footer: str = ""
    author: str = ""
    date: str = ""

    @property
    def target(self) -> Path:
        rel = self.path.relative_to(SRC).with_suffix("")
        ext = "docx" if self.fmt == "docx" else "pdf"
        return BASE / rel.parent / f"{rel.name}.{ext}"


SINGLE = (
    ("=== ", "h2"),
    ("== ", "h1"),
    ("= ", "title"),
    ("~ ", "subtitle"),
    ("> ", "quote"),
    ("!center ", "center"),
    ("!right ", "right"),
    ("!small ", "small"),
    ("!p ", "plain"),
    ("!box ", "box"),
    ("!notes ", "notes"),
)


def parse(path: Path) -> Source:
    src = Source(path=path)
    para: list[str] = []
    table: list[list[str]] = []
    style_next = "header"

    def flush() -> None:
        nonlocal style_next
        if para:
            src.blocks.append(Block("p", " ".join(para)))
            para.clear()
        if table:
            src.blocks.append(Block("table", rows=[r[:] for r in table], style=style_next))
            table.clear()
            style_next = "header"

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
        if line in ("!table plain", "!table tiles"):
            flush()
            style_next = line.split()[1]
            continue
        for prefix, kind in SINGLE:
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
            elif line in ("!pagebreak", "!spacer", "!columns"):
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
    if src.page not in ("", "slides", "columns2", "columns3", "landscape"):
        raise SystemExit(f"{path}: unknown @page {src.page}")
    return src


# ---------------------------------------------------------------- docx


def shade(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def write_docx(src: Source, out: Path) -> None:
    import datetime as dt

    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    props = doc.core_properties
    props.author = src.author or "Q Improvement Lab evaluation corpus"
    props.title = re.sub(
        r"\^\{.*?\}|\*\*", "", next((b.text for b in src.blocks if b.kind == "title"), "")
    )
    stamp = dt.datetime.fromisoformat(src.date or "2024-01-01")
    props.created = props.modified = stamp
    props.last_modified_by = props.author
    section = doc.sections[0]
    if src.page == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    for text, part in ((src.header, section.header), (src.footer, section.footer)):
        if text:
            running(part.paragraphs[0], text)

    def fill(par, text: str, size: float | None = None, grey: bool = False) -> None:
        for style, chunk in pieces(text):
            run = par.add_run(chunk)
            run.bold = style == "b" or None
            run.font.superscript = style == "sup" or None
            if size:
                run.font.size = Pt(size)
            if grey:
                run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

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
            table.style = "Light Grid Accent 1" if b.style == "header" else "Table Grid"
            for i, row in enumerate(b.rows):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=False):
                    cell.text = ""
                    fill(cell.paragraphs[0], value)
                    if b.style == "tiles":
                        shade(cell, "DDE6F0")
                        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if i == 0 and b.style == "header":
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif b.kind == "box":
            table = doc.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            cell = table.rows[0].cells[0]
            shade(cell, "F2EEDB")
            cell.text = ""
            fill(cell.paragraphs[0], b.text)
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
        elif b.kind == "notes":
            fill(doc.add_paragraph(), b.text, size=9, grey=True)
        elif b.kind == "pagebreak":
            doc.add_page_break()
        elif b.kind == "spacer":
            doc.add_paragraph()
        elif b.kind == "columns":
            continue
        else:  # p, plain
            fill(doc.add_paragraph(), b.text)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)


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


# ---------------------------------------------------------------- pdf (reportlab)


def write_pdf(src: Source, out: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        HRFlowable,
        ListFlowable,
        ListItem,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    slides = src.page == "slides"
    ncols = {"columns2": 2, "columns3": 3}.get(src.page, 1)
    pagesize = landscape(A4) if slides or ncols == 3 else A4
    scale = 1.45 if slides else (0.9 if ncols == 3 else 1.0)
    ss = getSampleStyleSheet()

    def sized(name: str, parent, size: float, **kw) -> ParagraphStyle:
        return ParagraphStyle(
            name, parent=parent, fontSize=size * scale, leading=size * scale * 1.3, **kw
        )

    body = sized("body", ss["BodyText"], 10.5, fontName="Helvetica", spaceAfter=6)
    styles = {
        "title": sized("t", ss["Title"], 22, fontName="Helvetica-Bold", alignment=0, spaceAfter=10),
        "subtitle": sized(
            "st",
            body,
            14,
            fontName="Helvetica",
            textColor=colors.HexColor("#444444"),
            spaceAfter=12,
        ),
        "h1": sized(
            "h1", ss["Heading1"], 15, fontName="Helvetica-Bold", spaceBefore=10, spaceAfter=6
        ),
        "h2": sized(
            "h2", ss["Heading2"], 12, fontName="Helvetica-Bold", spaceBefore=8, spaceAfter=4
        ),
        "p": body,
        "plain": body,
        "quote": ParagraphStyle(
            "q", parent=body, leftIndent=18, rightIndent=18, fontName="Helvetica-Oblique"
        ),
        "center": ParagraphStyle("c", parent=body, alignment=TA_CENTER),
        "right": ParagraphStyle("r", parent=body, alignment=TA_RIGHT),
        "small": sized("s", body, 8),
        "notes": sized(
            "n", body, 7.5, textColor=colors.HexColor("#555555"), fontName="Helvetica-Oblique"
        ),
        "box": sized("b", body, 11, fontName="Helvetica-Oblique"),
        "cell": sized("cell", body, 9, spaceAfter=0),
        "tile": sized("tile", body, 9, alignment=TA_CENTER, spaceAfter=0),
    }
    margin = 15 * mm if ncols == 3 else 20 * mm
    width = pagesize[0] - 2 * margin
    gap = 8 * mm
    colw = (width - gap * (ncols - 1)) / ncols
    flow_width = colw if ncols > 1 else width

    story: list = []
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
            cols = max(len(r) for r in b.rows)
            cell = styles["tile"] if b.style == "tiles" else styles["cell"]
            data = []
            for row in b.rows:
                cells = []
                for c in row:
                    text = rl_markup(c)
                    if b.style == "tiles":
                        text = re.sub(
                            r"<b>(.*?)</b>",
                            lambda m: f'<font size="{20 * scale:.0f}"><b>{m.group(1)}</b></font>',
                            text,
                        )
                    cells.append(Paragraph(text, cell))
                data.append(cells)
            table = Table(
                data,
                colWidths=[flow_width / cols] * cols,
                repeatRows=1 if b.style == "header" else 0,
            )
            cmds = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            if b.style == "header":
                cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
            if b.style == "tiles":
                cmds = [
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#dde6f0")),
                    ("GRID", (0, 0), (-1, -1), 3, colors.white),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            table.setStyle(TableStyle(cmds))
            story.extend([table, Spacer(1, 8)])
        elif b.kind == "box":
            box = Table([[Paragraph(rl_markup(b.text), styles["box"])]], colWidths=[flow_width])
            box.setStyle(
                TableStyle(
                    [
                        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2eedb")),
                        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#b8a96a")),
                        ("LEFTPADDING", (0, 0), (-1, -1), 10),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                    ]
                )
            )
            story.extend([box, Spacer(1, 8)])
        elif b.kind == "notes":
            story.append(Spacer(1, 10))
            story.append(HRFlowable(width="100%", color=colors.HexColor("#999999")))
            story.append(Paragraph(rl_markup(b.text), styles["notes"]))
        elif b.kind == "pagebreak":
            story.append(PageBreak())
        elif b.kind == "spacer":
            story.append(Spacer(1, 14))
        elif b.kind == "columns":
            if ncols > 1:
                story.extend([NextPageTemplate("later"), FrameBreak()])
        else:
            story.append(Paragraph(rl_markup(b.text), styles[b.kind]))

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        if src.header:
            canvas.drawString(margin, pagesize[1] - 12 * mm, src.header.format(page=doc.page))
        if src.footer:
            canvas.drawString(margin, 10 * mm, src.footer.format(page=doc.page))
        label = f"Slide {doc.page}" if slides else str(doc.page)
        canvas.drawRightString(pagesize[0] - margin, 10 * mm, label)
        canvas.restoreState()

    top, bottom = 20 * mm, 18 * mm
    height = pagesize[1] - top - bottom
    full = Frame(margin, bottom, width, height, id="full")
    templates = [PageTemplate("later", [full], onPage=decorate)]
    if ncols > 1:
        head = 62 * mm if ncols == 2 else 42 * mm
        below = height - head
        first = [Frame(margin, bottom + below, width, head, id="head")] + [
            Frame(margin + i * (colw + gap), bottom, colw, below, id=f"c{i}") for i in range(ncols)
        ]
        later = [
            Frame(margin + i * (colw + gap), bottom, colw, height, id=f"l{i}") for i in range(ncols)
        ]
        templates = [
            PageTemplate("first", first, onPage=decorate),
            PageTemplate("later", later, onPage=decorate),
        ]
    out.parent.mkdir(parents=True, exist_ok=True)
    title = next((b.text for b in src.blocks if b.kind == "title"), "")
    doc = BaseDocTemplate(
        str(out),
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        title=re.sub(r"\^\{.*?\}|\*\*", "", title),
        author=src.author,
        invariant=1,
    )
    doc.addPageTemplates(templates)
    doc.build(story)


def build(only: str | None) -> None:
    for path in sorted(SRC.rglob("*.src")):
        if only and only not in path.name:
            continue
        src = parse(path)
        writer = {"docx": write_docx, "pdf": write_pdf, "pdf-lo": write_pdf_lo}[src.fmt]
        writer(src, src.target)
        print(f"built {src.target.relative_to(QDIR.parent.parent)}")


# ---------------------------------------------------------------- check


def check() -> int:
    import yaml

    problems: list[str] = []
    docs = sorted(p for p in BASE.rglob("*") if p.suffix[1:] in FORMATS)
    texts: dict[Path, str] = {}
    for p in docs:
        try:
            texts[p] = text_of(p)
        except Exception as exc:  # report every unreadable file
            problems.append(f"{p}: does not read back ({exc})")
            continue
        if len(texts[p].strip()) < 400:
            problems.append(f"{p}: only {len(texts[p].strip())} characters read back")
    for path in sorted(SRC.rglob("*.src")):
        target = parse(path).target
        if not target.exists():
            problems.append(f"{path.name}: its binary {target.name} is missing")
    corpus = squash("\n".join(texts.values()))
    formats = {f: sum(1 for p in docs if p.suffix == f".{f}") for f in FORMATS}
    kinds = {k: sum(1 for p in docs if p.parent.name == k) for k in ("workshops", "evidence")}
    print(f"{SPLIT}: {len(docs)} documents, {kinds}, {formats}")
    for f, n in formats.items():
        if not n:
            problems.append(f"{SPLIT}: no .{f} document")

    directory = list(csv.DictReader((BASE / "directory.csv").open(encoding="utf-8")))
    names = {strip_title(r["name"]) for r in directory}
    for r in directory:
        if squash(strip_title(r["name"])) not in corpus:
            problems.append(f"directory name {r['name']!r} is in no document")
        if r["consent"] not in ("yes", "no", ""):
            problems.append(f"directory: consent of {r['name']!r} is {r['consent']!r}")

    rows = [
        r
        for r in csv.DictReader((QDIR / "manifest.csv").open(encoding="utf-8"))
        if r["split"] == SPLIT
    ]
    listed = {(r["kind"], r["file"]) for r in rows}
    on_disk = {(p.parent.name, p.name) for p in docs}
    for item in sorted(on_disk - listed):
        problems.append(f"manifest.csv lacks {item}")
    for item in sorted(listed - on_disk):
        problems.append(f"manifest.csv lists a missing file {item}")
    layouts: dict[str, list[str]] = {}
    for r in rows:
        layouts.setdefault(r["layout"], []).append(Path(r["file"]).suffix[1:])
        if r["layout"] in OLD_LAYOUTS:
            problems.append(f"{r['file']}: layout {r['layout']} is not new")
    print(f"layouts: {len(layouts)}")
    for layout, exts in sorted(layouts.items()):
        print(f"  {layout:24} {'+'.join(sorted(exts))}")

    answers = yaml.safe_load((BASE / "answers.yaml").read_text(encoding="utf-8"))
    counts: dict[str, int] = {}
    for item in answers:
        counts[item["kind"]] = counts.get(item["kind"], 0) + 1
        people = list(item.get("expect", [])) + list(item.get("forbid", []))
        if item["kind"] == "connect":
            if item.get("from"):
                people.append(item["from"])
                if item["from"] not in names:
                    problems.append(f"{item['id']}: asker not in the directory")
            for n in item.get("expect", []):
                row = [r for r in directory if strip_title(r["name"]) == n]
                if not row or all(r["consent"] != "yes" for r in row):
                    problems.append(f"{item['id']}: expected {n} lacks consent yes")
            for n in people:
                if squash(strip_title(n)) not in corpus:
                    problems.append(f"{item['id']}: {n!r} is in no document")
        elif item["kind"] == "affiliation":
            for n in (item["person"], item["organisation"]):
                if squash(strip_title(n)) not in corpus:
                    problems.append(f"{item['id']}: {n!r} is in no document")
        elif item["kind"] in ("evidence", "learning"):
            for phrase in item.get("expect", []) + item.get("forbid", []):
                if squash(phrase) not in corpus:
                    problems.append(f"{item['id']}: {phrase!r} is in no document")
        if item["kind"] == "evidence":
            problems.extend(check_gaps(item, rows, texts))
    print(f"{SPLIT}: answers {counts}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


def check_gaps(item: dict, rows: list[dict], texts: dict[Path, str]) -> list[str]:
    """The planted gaps are the nations that no evidence naming the topic covers."""
    words = TOPIC_WORDS.get(item["id"])
    if not words:
        return [f"{item['id']}: no topic words for the gap check"]
    covered: set[str] = set()
    for r in rows:
        if r["kind"] != "evidence":
            continue
        text = texts.get(BASE / "evidence" / r["file"], "")
        if re.search(words, text, re.IGNORECASE):
            covered.update(n.strip() for n in r["nations"].split(";"))
    gaps = {n for n in NATIONS if n not in covered}
    if gaps != set(item["gaps"]):
        return [f"{item['id']}: gaps should be {sorted(gaps)}, not {sorted(item['gaps'])}"]
    return []


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
