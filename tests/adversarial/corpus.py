"""A hostile corpus written at test time with real tools (issue #14): forged and bomb zips,
huge tables and page counts, pathological markdown, HTML and YAML, huge texts and CSVs,
binary junk under document suffixes and odd file names, beside a few good files.

`write_corpus(dir)` returns the cases: file name -> what is expected of it
("error": refused in one line; "either": stored, or refused in one line)."""

from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path

GOOD_NOTE = (
    "Workshop notes: peer support in Fife\n\n"
    "Facilitated by Orla Quenby. Attendees: Tamsin Vell, Idris Carrow.\n\n"
    "Tamsin Vell described the peer support group in Kirkcaldy and the waiting lists.\n"
)
GOOD_EVIDENCE = (
    "Evidence summary: community link workers\n\n"
    "Authors: Marguerite Ashdown; Bram Oyelaran\n\n"
    "Marguerite Ashdown found that link workers in Dundee reduced GP visits for loneliness.\n"
)
GOOD = {"good-workshop-note.md": GOOD_NOTE, "good-evidence.txt": GOOD_EVIDENCE}

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOC_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
    '.org/wordprocessingml/2006/main"><w:body>'
)


def _docx_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        for name, data in members.items():
            z.writestr(name, data)


def zip_bomb_docx(path: Path, inflated: int = 1 << 30) -> None:
    """A .docx of about 1 MB whose document.xml inflates to `inflated` bytes (1 GB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        with z.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(_DOC_HEAD.encode())
            chunk = b"<w:p/>" * (1 << 17)  # 768 KB
            written = 0
            while written < inflated:
                out.write(chunk)
                written += len(chunk)


def lying_sizes_docx(path: Path) -> None:
    """A .docx whose central directory says document.xml inflates to 200 bytes (it is 200 MB)."""
    body = _DOC_HEAD.encode() + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 6_000_000
    _docx_zip(path, {"word/document.xml": body})
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    n_entries, _size, cd_start = struct.unpack("<HII", data[at + 10 : at + 20])
    pos = cd_start
    for _ in range(n_entries):
        name_len, extra_len, comment_len = struct.unpack("<HHH", data[pos + 28 : pos + 34])
        name = bytes(data[pos + 46 : pos + 46 + name_len])
        if name == b"word/document.xml":
            data[pos + 24 : pos + 28] = struct.pack("<I", 200)  # uncompressed size: a lie
        pos += 46 + name_len + extra_len + comment_len
    path.write_bytes(bytes(data))


def many_members_docx(path: Path, n: int = 20_000) -> None:
    members = {f"word/media/m{i}.xml": b"<a/>" for i in range(n)}
    members["word/document.xml"] = _DOC_HEAD.encode() + b"</w:body></w:document>"
    _docx_zip(path, members)


def nested_zip_docx(path: Path, depth: int = 30) -> None:
    """A .docx whose document.xml is a zip in a zip ... (depth levels), each a small bomb."""
    inner = zlib.compress(b"\0" * (1 << 20))
    for level in range(depth):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(f"level{level}.zip", inner)
            z.writestr(f"pad{level}.bin", b"\0" * (1 << 20))
        inner = buf.getvalue()
    _docx_zip(path, {"word/document.xml": inner, "word/nested.zip": inner})


def huge_table_docx(path: Path, rows: int = 30_000, cols: int = 10) -> None:
    """A real python-docx document with one table of rows x cols cells."""
    import docx

    document = docx.Document()
    document.add_paragraph("Workshop notes with a huge table")
    table = document.add_table(rows=1, cols=cols)
    for i, cell in enumerate(table.rows[0].cells):
        cell.text = f"cell {i} Fife peer support"
    row = table.rows[0]._tr
    parent = row.getparent()
    for _ in range(rows - 1):
        parent.append(deepcopy(row))
    document.save(str(path))


def huge_page_count_pdf(path: Path, pages: int = 5000) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=72, height=72)
    with path.open("wb") as f:
        writer.write(f)


def lying_page_count_pdf(path: Path) -> None:
    """A hand-written PDF whose page tree claims a billion pages and loops on itself."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1000000000 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1e30 1e30] /Contents 4 0 R >>",
        b"<< /Length 999999999 >>\nstream\nBT /F1 12 Tf (hi) Tj ET\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


def truncated_pdf(path: Path) -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i in range(50):
        c.drawString(72, 720, f"Workshop page {i} Fife")
        c.showPage()
    c.save()
    data = buf.getvalue()
    path.write_bytes(data[: len(data) // 2])


def _text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


PROSE = "Tamsin Vell met the peer support group in Kirkcaldy to talk about waiting lists. "
_GIVEN = "Ailsa Bronwen Ciaran Deepa Emeka Fergus Gwen Hamish Ifeoma Jude Kasia Lowri".split()
_FAMILY = "Abernethy Bevan Chaudhry Doherty Ellis Fraser Griffiths Hughes Iqbal Kerr".split()


def _names(n: int) -> list[str]:
    """n invented names, "Given Family", in turn."""
    return [
        f"{_GIVEN[i % len(_GIVEN)]} {_FAMILY[(i // len(_GIVEN)) % len(_FAMILY)]}" for i in range(n)
    ]


# Dense with names in one sentence or paragraph: every rule that reads a sentence (or a block)
# once per name in it must stay linear (a 68,000-word paragraph of names took 385 s once).
NAMES_LINE = "Present: " + ", ".join(f"{n} (NHS Fife)" for n in _names(1500)) + "\n"
NAMES_PARAGRAPH = " ".join(
    f"{n} of NHS Fife said a peer support group helped an older person in Fife."
    for n in _names(1500)
)

# The shapes that say who took part, each stretched to thousands of names or nodes: footnotes
# named for a list, a run-in "Joined on the day by …", a "Speakers · A — Role · B — …" box,
# letter marks after names, and layout tables (many, and nested thousands deep).
_MANY = _names(1500)
MANY_FOOTNOTES = (
    "# Workshop notes\n\n"
    + " ".join(f"Point {i}[^n{i}]." for i in range(2500))
    + "\n\n"
    + "".join(f"[^n{i}]: {_MANY[i % 1500]} (NHS Fife), peer support lead\n" for i in range(2500))
    + "[^present]: "
    + "; ".join(f"{n} (NHS Fife)" for n in _MANY)
    + "\n"
)
LONG_FOOTNOTE_LABEL = (
    f"# Notes\n\nText[^{'a' * 100_000}].\n\n[^{'a' * 100_000}]: x\n\n[^members]: "
    + ", ".join(_MANY)
    + "\n"
)
JOINED_BY = (
    "Workshop notes: peer support\n\nJoined on the day by "
    + ", ".join(f"Dr {n} (NHS Fife)" for n in _MANY)
    + " and Ailsa Kerr.\n"
)
SPEAKERS_BOX = "Workshop notes: peer support\n\nSpeakers · " + " · ".join(
    f"{n} — Lead, NHS Fife" for n in _MANY
)
LETTER_MARKS = (
    "<html><body><h1>Evidence review</h1><p>"
    + ", ".join(f"{n}<sup>{chr(97 + i % 26)}</sup>" for i, n in enumerate(_MANY))
    + "</p>"
    + "".join(f"<p><sup>{chr(97 + i % 26)}</sup> NHS Fife</p>" for i in range(1500))
    + "</body></html>"
)
NESTED_TABLES = (
    "<html><body>"
    + "<table><tr><td>" * 5000
    + "Present: Ailsa Abernethy (NHS Fife)"
    + "</td></tr></table>" * 5000
    + "</body></html>"
)
LAYOUT_TABLES = (
    "<html><body><h1>Workshop notes</h1>"
    + "".join(
        f"<table><tr><td>{_MANY[i % 1500]}</td><td>Chair, NHS Fife</td></tr>"
        "<tr><td colspan=2>Present</td></tr></table>"
        for i in range(2500)
    )
    + "</body></html>"
)

# The shapes read in the eighteenth session, stretched: a register of two people a row under
# a repeated header with a long legend above it, a key of 1,500 initials and handles used
# thousands of times, minutes of 2,000 numbered items with hanging bodies and sub-items, and a
# page whose footer and "Document information" section hold 2,000 labelled fields each.
REGISTER_GRID = (
    "# Workshop notes\n\n"
    + "; ".join(f"{chr(65 + i % 26)}{i} = attended" for i in range(1500))
    + "\n\n| Name | Organisation | ✓ / Apols | Name | Organisation | ✓ / Apols |\n"
    + "|---|---|---|---|---|---|\n"
    + "".join(
        f"| {_MANY[i % 1500]} | NHS Fife | ✓ | {_MANY[(i + 1) % 1500]} | NHS Fife | Apols |\n"
        for i in range(0, 3000, 2)
    )
)
KEYS = (
    "# Retro notes\n\n"
    + " ".join(f"{''.join(w[0] for w in n.split())} said the board helped." for n in _MANY * 2)
    + "\n\n| Initials | Name and role |\n|---|---|\n"
    + "".join(f"| {''.join(w[0] for w in n.split())} | {n}, Lead |\n" for n in _MANY)
    + "".join(f"| @{n.split()[0].lower()}.{i} | {n} | Lead |\n" for i, n in enumerate(_MANY))
)
NUMBERED_MINUTES = "MINUTES\n\n" + "".join(
    f"{i}.  Item {i} heading\n    {_MANY[i % 1500]} welcomed everyone and all present spoke.\n"
    f"    {i}.1  {_MANY[(i + 7) % 1500]} to write to the board, by March.\n\n"
    for i in range(1, 2001)
)
FIELDS_PAGE = (
    "<html><body><main><h1>Evaluation</h1><p>Text.</p></main><section><h2>Document "
    "information</h2><table>"
    + "".join(
        f"<tr><th>Evaluation lead {i}</th><td>{_MANY[i % 1500]}, Lead</td></tr>"
        for i in range(2000)
    )
    + "</table></section><footer>"
    + "".join(f"<p><b>Research team:</b> {_MANY[i % 1500]}, Lead</p>" for i in range(2000))
    + "</footer></body></html>"
)

# The shapes read in the nineteenth session, stretched: a checklist of 2,000 ticked and
# unticked entries under a legend, 2,000 names each keyed by its own initials run on in one
# field, a page of 2,000 cards (role, name heading, organisation) and a signature after them.
_INITIALS = ["".join(w[0] for w in n.split()) for n in _MANY]
CHECKLIST = (
    "# Workshop notes\n\nNames marked * attended; [x] ticked were there, [ ] sent apologies.\n\n"
    + "".join(
        f"- [{'x' if i % 3 else ' '}] {_MANY[i % 1500]}{'*' if i % 2 else ''}, Lead, NHS Fife\n"
        for i in range(2000)
    )
)
OWN_INITIALLED = (
    "Workshop notes: peer support\n\nAttendees: "
    + ", ".join(f"Dr {n} ({_INITIALS[i % 1500]})" for i, n in enumerate(_MANY + _MANY[:500]))
    + "\n\n"
    + " ".join(f"{_INITIALS[i]} said the board helped." for i in range(1500))
    + "\n"
)
CARDS = (
    "<html><body><h1>Workshop: peer support</h1><section><h2>Who was there</h2>"
    + "".join(
        f"<div class=card><p>Peer support lead</p><h3>{_MANY[i % 1500]}</h3><p>NHS Fife</p></div>"
        for i in range(2000)
    )
    + "</section><p>Cheers,</p><p>Ailsa Kerr, Lead, NHS Fife</p></body></html>"
)

# The shapes read in the twentieth session, stretched: a roll call of 2,000 lines with dot
# leaders and entries run on, and a letter signed above a "cc:" list of 2,000 people.
ROLL_CALL = "ON THE CALL\n" + "".join(
    f"  Site {i} . . . . . . . {_MANY[i % 1500]}, Nurse (chairing) Dr {_MANY[(i + 3) % 1500]}, GP\n"
    for i in range(2000)
)
CC_LETTER = (
    "<html><body><main><h1>Peer visit letter</h1><p>Thank you for having us.</p>"
    "<p>With best wishes,</p><ul><li>Dr Ailsa Kerr BDS</li><li>Principal Dentist</li>"
    "<li>cc:</li>"
    + "".join(f"<li>{_MANY[i % 1500]}, Dental Nurse, NHS Fife</li>" for i in range(2000))
    + "</ul></main></body></html>"
)

# The shapes read in the twenty-first session, stretched: a sign-in sheet of 2,000 settings,
# each set in over its people set in deeper, and a key to initials of 2,000 rows in columns
# with no header whose last row leaves a cell empty (each row could open a table).
GROUPED = (
    "WHO CAME (grouped by setting)\n\n"
    + "".join(
        f"  Ysgol Bryn {i}\n      {_MANY[i % 1500]} (Teacher)\n      {_MANY[(i + 7) % 1500]}"
        " (ALNCo)\n"
        for i in range(2000)
    )
    + "\nWHY WE MET\nTo talk about settling in.\n"
)
INITIALS_KEY = (
    "PEOPLE\n\n"
    + "".join(f"  A{i:04d}   {_MANY[i % 1500]:<24}  Nurse, NHS Fife\n" for i in range(2000))
    + "  Z0000   Zia Last\n\nNOTES\nWe met.\n"
)

# The shapes read in the twenty-second session, stretched: 2,000 bodies each with its person
# in brackets after a role and a note, between middle dots in one paragraph run in from a
# label with an aside; a transcript of 2,000 numbered speakers each saying who they are.
BODIES = (
    "# Clubs\n\n**Clubs represented** (first-aider in brackets): "
    + " · ".join(
        f"Club {i} Robins (first-aider: {_MANY[i % 1500]}, who couldn't come)" for i in range(2000)
    )
    + ".\n\n## What we did\n\nWe practised.\n"
)
SPEAKERS = "Transcript: voice memo\n\n" + "".join(
    f"[00:{i // 60 % 60:02d}:{i % 60:02d}] SPEAKER {i}: Hi, {_MANY[i % 1500]}, I'm a nurse at NHS"
    " Fife. We saw more people this year.\n\n"
    for i in range(2000)
)

# The readers of the twenty-third session, stretched: a key of 2,000 initials drawn as a grid
# table, each row wrapped over two lines; a PubMed record of 1,500 authors, each with an
# affiliation, under the e-mail that pasted it (within the MEDLINE reader's 200,000 characters;
# a longer one is read as plain lines).
GRID_KEY = (
    "KEY TO INITIALS\n"
    + "".join(
        f"+-------+--------------------------+----------------------+\n"
        f"| A{i:04d} | {_MANY[i % 1500]:<24} | Practice Nurse,      |\n"
        f"|       |                          | NHS Tayside          |\n"
        for i in range(2000)
    )
    + "+-------+--------------------------+----------------------+\n\nWe met.\n"
)
MEDLINE_AUTHORS = (
    "Subject: a new paper\n\nDear all, the record is below.\n\nPMID- 1\n"
    "TI  - Peer support in Fife: a cohort study of 1,500 authors\n"
    + "".join(
        f"FAU - {_MANY[i % 1500].split()[-1]}, {_MANY[i % 1500].split()[0]}\n"
        f"AD  - School of Medicine, University of St Andrews, St Andrews,\n"
        f"      Scotland.\n"
        for i in range(1500)
    )
    + "AB  - We followed people for a year.\n"
)

# name -> (expectation, writer)
CASES: dict[str, tuple[str, Callable[[Path], None]]] = {
    "bomb-1gb.docx": ("error", zip_bomb_docx),
    "lying-central-directory.docx": ("error", lying_sizes_docx),
    "twenty-thousand-members.docx": ("error", many_members_docx),
    "nested-zips.docx": ("error", nested_zip_docx),
    "huge-table.docx": ("either", huge_table_docx),
    "five-thousand-pages.pdf": ("error", huge_page_count_pdf),
    "lying-page-count.pdf": ("either", lying_page_count_pdf),
    "truncated.pdf": ("either", truncated_pdf),
    "stars.md": ("either", lambda p: _text(p, "*" * 100_000 + "\n")),
    "pipes.md": ("either", lambda p: _text(p, "|" * 100_000 + "\n" + "|-" * 50_000 + "\n")),
    "dashes.md": ("either", lambda p: _text(p, "-" * 100_000 + "\n")),
    "nested-lists.md": ("either", lambda p: _text(p, "- " * 10_000 + "deep\n")),
    "nested-quotes.md": ("either", lambda p: _text(p, "> " * 10_000 + "deep\n")),
    "billion-laughs.md": (
        "error",
        lambda p: _text(
            p,
            "---\na: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
            + "".join(
                f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n"
                for i in range(8)
            )
            + "---\nWorkshop notes.\n",
        ),
    ),
    "nested-100k.html": (
        "either",
        lambda p: _text(p, "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000),
    ),
    "three-million-chars.txt": (
        "either",
        lambda p: _text(p, (PROSE * 12 + "\n\n") * (3_000_000 // (len(PROSE) * 12 + 2))),
    ),
    "five-million-one-line.txt": (
        "either",
        lambda p: _text(p, ("word " * 1_000_000)[:5_000_000]),
    ),
    "names-in-one-line.txt": ("either", lambda p: _text(p, NAMES_LINE)),
    "names-paragraph-no-breaks.txt": ("either", lambda p: _text(p, NAMES_PARAGRAPH)),
    "million-columns.csv": (
        "either",
        lambda p: _text(p, ",".join(f"c{i}" for i in range(1_000_000)) + "\nx\n"),
    ),
    "fifty-mb-row.csv": ("error", lambda p: _text(p, "name,org\n" + "a" * (50 << 20) + ",b\n")),
    "unclosed-quote.csv": (
        "either",
        lambda p: _text(p, 'name,organisation\n"Idris Carrow,Fife\n' + "x,y\n" * 50_000),
    ),
    "nul-bytes.csv": ("either", lambda p: p.write_bytes(b"name,org\n\0\0,\0x\n" * 10_000)),
    "webvtt-100k-cues.txt": (  # a transcript over the prose limit, its tags left open
        "either",
        lambda p: _text(
            p,
            "WEBVTT\n\n"
            + "\n\n".join(
                f"{k}\n00:00:01.000 --> 00:00:02.000\n<v Ann {k}>hi" for k in range(100_000)
            ),
        ),
    ),
    "ris-no-end.txt": (
        "either",
        lambda p: _text(p, "TY  - RPRT\nAB  - start\n" + "      more words\n" * 200_000),
    ),
    "column-bomb.txt": (  # 20,000 column labels over rows that keep to them
        "either",
        lambda p: _text(
            p,
            "\n".join(
                ["  ".join(f"C{k:05d}" for k in range(20_000))]
                + ["  ".join(["ab".ljust(6)] * 20_000)] * 10
            ),
        ),
    ),
    "many-footnotes.md": ("either", lambda p: _text(p, MANY_FOOTNOTES)),
    "long-footnote-label.md": ("either", lambda p: _text(p, LONG_FOOTNOTE_LABEL)),
    "joined-by-1500.txt": ("either", lambda p: _text(p, JOINED_BY)),
    "speakers-box-1500.txt": ("either", lambda p: _text(p, SPEAKERS_BOX)),
    "letter-marks.html": ("either", lambda p: _text(p, LETTER_MARKS)),
    "nested-tables.html": ("either", lambda p: _text(p, NESTED_TABLES)),
    "layout-tables.html": ("either", lambda p: _text(p, LAYOUT_TABLES)),
    "register-grid-1500.md": ("either", lambda p: _text(p, REGISTER_GRID)),
    "keys-1500.md": ("either", lambda p: _text(p, KEYS)),
    "numbered-minutes-2000.txt": ("either", lambda p: _text(p, NUMBERED_MINUTES)),
    "fields-page-2000.html": ("either", lambda p: _text(p, FIELDS_PAGE)),
    "checklist-2000.md": ("either", lambda p: _text(p, CHECKLIST)),
    "own-initialled-2000.txt": ("either", lambda p: _text(p, OWN_INITIALLED)),
    "cards-2000.html": ("either", lambda p: _text(p, CARDS)),
    "roll-call-2000.txt": ("either", lambda p: _text(p, ROLL_CALL)),
    "cc-letter-2000.html": ("either", lambda p: _text(p, CC_LETTER)),
    "grouped-sign-in-2000.txt": ("either", lambda p: _text(p, GROUPED)),
    "initials-key-2000.txt": ("either", lambda p: _text(p, INITIALS_KEY)),
    "bodies-brackets-2000.md": ("either", lambda p: _text(p, BODIES)),
    "numbered-speakers-2000.txt": ("either", lambda p: _text(p, SPEAKERS)),
    "grid-key-2000.txt": ("either", lambda p: _text(p, GRID_KEY)),
    "medline-authors-1500.txt": ("either", lambda p: _text(p, MEDLINE_AUTHORS)),
    "junk.txt": ("either", lambda p: p.write_bytes(os.urandom(200_000))),
    "junk.md": ("either", lambda p: p.write_bytes(os.urandom(200_000))),
    "junk.docx": ("error", lambda p: p.write_bytes(os.urandom(200_000))),
    "junk.pdf": ("error", lambda p: p.write_bytes(os.urandom(200_000))),
    "line\nbreak.txt": ("either", lambda p: _text(p, GOOD_NOTE)),
    "-leading-dash.txt": ("either", lambda p: _text(p, GOOD_NOTE)),
    "with  spaces .txt": ("either", lambda p: _text(p, GOOD_NOTE)),
    "rtl-\u202egnp.txt": ("either", lambda p: _text(p, GOOD_NOTE)),
    ("l" * 251 + ".txt"): ("either", lambda p: _text(p, GOOD_NOTE)),  # 255 bytes: the fs limit
}


def write_case(directory: Path, name: str) -> Path | None:
    """Write one case into `directory`; None when the file system refuses its name."""
    path = directory / name
    try:
        CASES[name][1](path)
    except OSError:
        return None
    return path


def write_good(directory: Path) -> list[Path]:
    paths = []
    for name, text in GOOD.items():
        (directory / name).write_text(text, encoding="utf-8")
        paths.append(directory / name)
    return paths
