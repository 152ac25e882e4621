"""The readers' bounds: zip bombs with lying headers, linear parsing of hostile input, YAML
aliases and size, the per-file time budget. Each ends in a one-line ReadError naming the file."""

from __future__ import annotations

import io
import struct
import time
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from graph.errors import ReadError
from ingest.readers import ReadLimits, read_document
from ingest.readers import base as readers_base
from ingest.readers.webvtt import vtt_blocks

MB = 1024 * 1024


def read_error(path: Path, **kwargs: object) -> str:
    with pytest.raises(ReadError) as info:
        read_document(path, **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return info.value.reason


def forge_size(data: bytes, member: str, size: int) -> bytes:
    """The zip with the uncompressed size of `member` rewritten in its local header and its
    central directory entry; the compressed data and its CRC are left as they are."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(member).header_offset
        position = archive.start_dir
    struct.pack_into("<I", out, local + 22, size)
    while (position := out.find(b"PK\x01\x02", position)) >= 0:
        name_length = struct.unpack_from("<H", out, position + 28)[0]
        if out[position + 46 : position + 46 + name_length] == member.encode():
            struct.pack_into("<I", out, position + 24, size)
        position += 4
    return bytes(out)


def lying_docx(path: Path, padding: int) -> Path:
    """A real .docx whose document.xml carries `padding` bytes of comment, stated as 2 KB."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    rebuilt = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = content.replace(b"<w:body>", b"<w:body><!--" + b" " * padding + b"-->")
            target.writestr(info.filename, content)
    path.write_bytes(forge_size(rebuilt.getvalue(), "word/document.xml", 2048))
    return path


def test_blocks_limits_zip_bomb_with_lying_headers(tmp_path: Path) -> None:
    path = lying_docx(tmp_path / "liar.docx", 60 * MB)
    assert path.stat().st_size < 1 * MB
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size == 2048  # the lie
    started = time.perf_counter()
    reason = read_error(path)
    assert reason == (
        "refused: looks like a zip bomb (word/document.xml inflates past its stated size)"
    )
    assert time.perf_counter() - started < 10  # the per-file budget; a hang would be far longer


def test_blocks_limits_zip_member_shorter_than_stated(tmp_path: Path) -> None:
    path = lying_docx(tmp_path / "short.docx", 0)
    with zipfile.ZipFile(path) as archive:
        real = archive.getinfo("word/document.xml").compress_size  # any size it does not have
    path.write_bytes(forge_size(path.read_bytes(), "word/document.xml", 50_000 + real))
    reason = read_error(path)
    assert reason == "not a valid .docx (word/document.xml is shorter than stated)"


@pytest.mark.parametrize("char", ["*", "|", "-", "_", "[", "`", "<", "&"])
@pytest.mark.parametrize("pattern", ["{c}", "a{c}", "{c} "])
def test_blocks_limits_markdown_long_lines_are_linear(
    tmp_path: Path, char: str, pattern: str
) -> None:
    path = tmp_path / "line.md"
    unit = pattern.format(c=char)
    path.write_text("# Title\n\n" + unit * (200_000 // len(unit)) + "\n\nText after.\n")
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 10  # the per-file budget; a hang would be far longer
    assert doc.text.endswith("Text after.")


@pytest.mark.slow
@pytest.mark.parametrize("tags", ["<div>", "<ul><li>", "<blockquote>", "<span>", "<table><tr><td>"])
def test_blocks_limits_html_nested_100000_deep(tmp_path: Path, tags: str) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body><p>Top.</p>" + tags * 100_000 + "Deep text.</body></html>")
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 10  # the per-file budget; a hang would be far longer
    assert doc.text.startswith("Top.") and doc.text.endswith("Deep text.")
    assert doc.warnings == [f"{path}: elements nested over 512 deep were flattened"]


@pytest.mark.parametrize("libyaml", [True, False])
def test_blocks_limits_yaml_aliases_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, libyaml: bool
) -> None:
    monkeypatch.setattr(yaml, "__with_libyaml__", libyaml and yaml.__with_libyaml__)
    levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 9):
        previous = chr(ord("a") + n - 1)
        levels.append(
            f"{chr(ord('a') + n)}: &{chr(ord('a') + n)} [{', '.join(['*' + previous] * 9)}]"
        )
    path = tmp_path / "laughs.md"
    path.write_text("---\n" + "\n".join(levels) + "\n---\nBody.\n")
    started = time.perf_counter()
    reason = read_error(path)
    assert reason == "invalid front matter: aliases (*name) are not allowed (line 3)"
    assert time.perf_counter() - started < 1


def test_blocks_limits_front_matter_size(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text("---\nnotes: " + "x" * 70_000 + "\n---\nBody.\n")
    assert read_error(path) == "front matter too large (68.4 KB > limit 64.0 KB)"
    small = ReadLimits(max_front_matter_bytes=10)
    path.write_text("---\ntitle: Leeds workshop\n---\nBody.\n")
    assert read_error(path, limits=small) == "front matter too large (22 bytes > limit 10 bytes)"
    path.write_text("title:: Falls\nnotes:: " + "x" * 70_000 + "\n\n- Body.\n")  # an outliner's
    assert read_error(path) == "front matter too large (68.4 KB > limit 64.0 KB)"  # properties


def _docx(path: Path) -> None:
    document = docx.Document()
    for i in range(40):
        document.add_paragraph(f"Paragraph {i} of the notes.")
    document.save(str(path))


def _pdf(path: Path) -> None:
    body = getSampleStyleSheet()["BodyText"]
    words = "abcdefghijklmnopqrstuvwxyz"
    story = [x for w in words[:15] for x in (Paragraph(f"Section {w} text.", body), PageBreak())]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.csv", "a.docx", "a.pdf"])
def test_blocks_limits_time_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = tmp_path / name
    if name.endswith(".docx"):
        _docx(path)
    elif name.endswith(".pdf"):
        _pdf(path)
    elif name.endswith(".csv"):
        path.write_text("name\n" + "".join(f"Person {i}\n" for i in range(40)))
    else:
        path.write_text("".join(f"<p>Paragraph {i}.</p>\n\n" for i in range(40)))
    assert read_document(path).text  # readable in time
    ticks = iter(range(10_000))
    monkeypatch.setattr(readers_base, "CLOCK", lambda: float(next(ticks)))  # a second a call
    reason = read_error(path, limits=ReadLimits(max_seconds=10))
    assert reason == "took too long (over 10 s); stopped"


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.docx"])
def test_blocks_limits_text_budget_stops_the_reader_early(tmp_path: Path, name: str) -> None:
    """A reader stops once the text it has built is over the limit, not after reading all of
    it: a file of 40 paragraphs under a 200-character limit is refused with one line."""
    path = tmp_path / name
    if name.endswith(".docx"):
        _docx(path)
    else:
        path.write_text("".join(f"<p>Paragraph {i} of the notes.</p>\n\n" for i in range(40)))
    reason = read_error(path, limits=ReadLimits(max_chars=200))
    assert reason == "too much text (over the limit of 200 characters)"


def test_blocks_limits_a_long_webvtt_is_still_a_transcript(tmp_path: Path) -> None:
    """However long, a text opening "WEBVTT" is read as cues (linear), never line by line as
    prose: 60,000 cues with their voice tags left open are read, then refused by the limit
    for notes in one line, with the speakers' names taken from the tags."""
    cues = "\n\n".join(
        f"{k}\n00:00:01.000 --> 00:00:02.000\n<v Ann Rowe>hi {k}" for k in range(60_000)
    )
    path = tmp_path / "call.txt"
    path.write_text("WEBVTT\n\n" + cues)
    blocks = vtt_blocks(path.read_text()) or []
    assert sum(text == "Ann Rowe" for _kind, text, _level in blocks) == 60_000
    reason = read_error(path)
    assert reason.startswith("too much text for notes or evidence (")
    small = tmp_path / "short.txt"
    small.write_text("WEBVTT\n\n" + cues[:2000])
    assert "Ann Rowe\n\nhi 3" in read_document(small).text


def test_blocks_limits_csv_lines_in_plain_text(tmp_path: Path) -> None:
    """CSV lines pasted into a .txt are read as a table, however hostile: 20,000 fields on a
    line, a quoted field over the csv module's size limit, an unclosed quote (all within the
    500,000-character limit for notes). Nothing is refused or lost; an unreadable line stays
    a line of text."""
    wide = ",".join(f"f{i}" for i in range(20_000))
    huge = '"What we learned","sticky","' + "x" * 140_000 + '"'
    text = "\n".join(
        ["Board export", "", wide, wide, "", huge, "", '"open,"quote,"here', "The end."]
    )
    path = tmp_path / "board.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    rows = [b for b in doc.blocks if b.kind.value == "table_row"]
    assert len(rows) == 2 and len(rows[0].cells) == 20_000  # the wide lines: one table
    assert "x" * 1000 in doc.text  # the over-long field's lines are kept, as text
    assert "The end." in doc.text


def test_blocks_limits_two_column_records_are_linear(tmp_path: Path) -> None:
    """Thousands of "Key   value" lines at hundreds of value columns, then many lines of
    notes in the same run: the record reader looks each line's one gap up, never every
    column for every line, and every record line is read as one."""
    lines = [f"Key{k:04d}{' ' * (3 + k % 300)}value {k}" for k in range(2000)]
    lines += ["A line of notes, no record."] * 5_000  # the same run: every line is looked at
    path = tmp_path / "records.txt"
    path.write_text("Records\n\n" + "\n".join(lines) + "\n\nText after.\n", "utf-8")
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 10  # the per-file budget; quadratic would be far longer
    keys = [b.key for b in doc.blocks if b.key.startswith("Key")]
    assert len(keys) == 2000 and keys[:2] == ["Key0000", "Key0001"]
    assert doc.text.endswith("Text after.")


def test_blocks_limits_new_text_tables_hostile(tmp_path: Path) -> None:
    """The text reader's newer tables under hostile input: rows under a bare CSV header with
    a quoted field over the csv module's size limit and an unclosed quote; a "rule" of 20,000
    dash groups over 1,500 short lines (as a table every line would pad out to every column:
    it is read as text); a real fixed-width table of 200 columns. Read at once, nothing
    refused, the text after them kept."""
    over = '1,Who is here,"' + "x" * 132_000 + '"'
    csv_run = ["note_id,frame,text", '2,Actions,"Book the room"', over, '3,"open,quote', "4,a,b"]
    rule = "  ".join(["---"] * 20_000)
    bomb = ["Name", rule] + ["  ".join(["abc"] * 20)] * 1_500
    wide = ["  ".join(["Col"] * 200), "  ".join(["---"] * 200)] + ["  ".join(["abc"] * 200)] * 60
    text = "\n".join(["Board export", "", *csv_run, "", *bomb, "", *wide, "", "The end."])
    path = tmp_path / "export.txt"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 10  # the per-file budget
    rows = [b for b in doc.blocks if b.kind.value == "table_row"]
    assert rows[0].cells == ("note_id", "frame", "text")  # the CSV header and its first row
    assert rows[1].cells == ("2", "Actions", "Book the room")
    assert not any(len(b.cells) == 20_000 for b in rows)  # the bomb: no table
    assert sum(len(b.cells) == 200 for b in rows) == 61  # the real one: header and rows
    assert "x" * 1000 in doc.text and doc.text.endswith("The end.")


def test_blocks_limits_new_text_readers_hostile(tmp_path: Path) -> None:
    """The stop's new text readers under hostile input, each read within the per-file budget,
    nothing refused and the text after them kept: a table set out in columns with 5,000
    column labels over rows of the same shape (a column is found by bisection, never by a
    scan of every column for every cell); a bar-drawn table of 5,000 cells a row; a WebVTT
    transcript of 2,000 cues, half of whose voice tags run on past any name (kept as text),
    its last cue "The end."; a reference in RIS
    whose value runs on over 20,000 lines and has no end-of-record line (read as text)."""
    labels = [f"C{k}" for k in range(5_000)]
    header = "  ".join(labels)
    row = "  ".join("ab".ljust(len(label)) for label in labels)
    bars = [" | ".join(["Name"] * 5_000), "+".join(["-----"] * 5_000)]
    bars += [" | ".join(["ab"] * 5_000)] * 8
    cues = "\n\n".join(
        f"{k}\n00:00:01.000 --> 00:00:02.000\n<v {'Ann Bell' if k % 2 else 'x' * 150}>Hi {k}."
        for k in range(2_000)
    )
    ris = "TY  - RPRT\nAB  - start\n" + "\n".join(["      more words"] * 20_000) + "\n"
    files = {
        "columns.txt": "\n".join(["Sign-in", "", header, *[row] * 8, "", "The end."]),
        "bars.txt": "\n".join(["Sign-in", "", *bars, "", "The end."]),
        "cues.txt": "WEBVTT\n\n" + cues + "\n\n2000\n00:00:03.000 --> 00:00:04.000\nThe end.",
        "ris.txt": ris + "\nThe end.",
    }
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        doc = read_document(path)
        assert time.perf_counter() - started < 10, name  # the per-file budget
        assert doc.text.rstrip().endswith(("The end.", "The end")), (name, doc.text[-80:])
    columns = read_document(tmp_path / "columns.txt")
    assert sum(len(b.cells) == 5_000 for b in columns.blocks) == 9  # the header and 8 rows
    cues_doc = read_document(tmp_path / "cues.txt")
    assert cues_doc.title == "Transcript" and "<v Ann Bell>" not in cues_doc.text
    assert sum(cues_doc.text[b.start : b.end] == "Ann Bell" for b in cues_doc.blocks) == 1_000


def test_blocks_limits_registers_cells_and_fields_are_linear(tmp_path: Path) -> None:
    """The sixth session's line forms under hostile input: long runs of spaces where a dot
    leader, a spreadsheet cell's bar or a field's dot may follow (a pattern that let its
    spaces be tried from every start would take minutes), and a register of 5,000 dotted
    rows. Read within the per-file budget, the register read as a table, the text after it
    kept."""
    spaces = " " * 200_000
    lines = [
        "Dr Ann Bell" + spaces + "present",  # no leader after the spaces
        "A1  Title" + spaces + "no bar",
        "A2  Title" + spaces + "| B2  Costs",
        "Date: 2 May" + spaces + "Hosts: none",
    ]
    register = [
        f"  ST{k % 3}  Dr Ann Bell{k} ...... Surgery {k} ...... present" for k in range(5_000)
    ]
    path = tmp_path / "register.txt"
    path.write_text(
        "Register\n\n" + "\n\n".join(lines) + "\n\n" + "\n".join(register) + "\n\nThe end.\n"
    )
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 10  # the per-file budget; quadratic would be far longer
    rows = [b for b in doc.blocks if b.kind.value == "table_row"]
    assert len(rows) == 5_000 and rows[0].cells == ("ST0", "Dr Ann Bell0", "Surgery 0", "present")
    assert "A2  Title: Costs" not in doc.text and "Title: Costs" in doc.text.replace(spaces, "")
    assert doc.text.endswith("The end.")


def test_blocks_limits_side_boxes_and_indented_entries_are_linear(tmp_path: Path) -> None:
    """The seventh session's read paths under hostile input: a page with 5,000 sidebars of
    fields and 5,000 footers of nested credits outside its article (each read once, in the
    per-file budget), and plain text with 8,000 entries set in under a label and a "Key:"
    value hung under itself after 100,000 spaces (under the prose size limit). The text after
    each is kept."""
    aside = (
        "<aside><p><strong>Analysis by</strong><br>Ann Bell</p>"
        "<p><b>Setting</b><br>Wales</p></aside>"
    )
    footer = "<footer><div><div><p>Analysis: Bo Li, Fellow</p></div></div><p>Privacy</p></footer>"
    page = tmp_path / "boxes.html"
    page.write_text(
        "<html><body><article><h1>A note</h1><p>Body.</p></article>"
        + (aside + footer) * 5_000
        + "<aside><p>The end.</p></aside></body></html>"
    )
    started = time.perf_counter()
    doc = read_document(page)
    assert time.perf_counter() - started < 10  # the per-file budget
    assert doc.text.count("Analysis: Bo Li, Fellow") == 5_000  # each credit once, not per div
    assert doc.text.count("Analysis by: Ann Bell") == 5_000 and "Privacy" not in doc.text
    entries = "\n".join(f"  Ann Bell{k} (AB) - Nurse, NHS Wales" for k in range(8_000))
    hung = "Round the circle:  " + "A" * 60 + "\n" + " " * 100_000 + "Devlin (Chaplain)"
    text = tmp_path / "entries.txt"
    text.write_text(f"Notes\n\nOn the call\n{entries}\n\n{hung}\n\nThe end.\n")
    started = time.perf_counter()
    doc = read_document(text)
    assert time.perf_counter() - started < 10
    items = [b for b in doc.blocks if b.kind.value == "list_item"]
    assert len(items) == 8_000 and doc.text.endswith("The end.")


def test_blocks_limits_columned_values_keys_and_fields_are_linear(tmp_path: Path) -> None:
    """The twelfth session's line forms under hostile input (as much as the text limit lets
    one file hold): a record value in two cells wrapped over 4,000 lines of its role column,
    a run of 100,000 spaces inside such a value, a key to initials of 2,000 rows with no
    header, and a banner with 3,000 bar-parted fields. Read within the per-file budget, each
    read as what it is, the text after kept."""
    spaces = " " * 100_000
    record = [
        "Published:   12 August 2025",
        "Coverage:    Northern Ireland",
        "Prepared by: Ann Bell         Statistician, Information",
        *["                              Analysis Directorate,"] * 4_000,
        "Status:      Final",
    ]
    roles = ("Consultant Cardiologist (chair)", "Cardiology Nurse Specialist, RACPC", "Lead")
    key = [f"  AB{k:04d}   {f'Dr Ann Bell{k}':<20}{roles[k % 3]}" for k in range(2_000)]
    fields = "Care Quality Commission" + "".join(f" | Field{k}: v" for k in range(3_000))
    parts = [
        "\n".join(record),
        "Data:        PHS\nPrepared by: Bo Li" + spaces + "GP\nStatus:      Final",
        "KEY TO INITIALS\n\n" + "\n".join(key),
        fields,
        "The end.",
    ]
    path = tmp_path / "columns.txt"
    path.write_text("Columns\n\n" + "\n\n".join(parts) + "\n", "utf-8")
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 10  # the per-file budget; quadratic would be far longer
    fields = [b for b in doc.blocks if b.kind.value == "metadata"]
    prepared = [doc.text[b.start : b.end] for b in fields if b.key == "Prepared by"]
    assert prepared[0].startswith("Prepared by: Ann Bell, Statistician, Information Analysis")
    assert prepared[1] == "Prepared by: Bo Li, GP"  # the run of spaces parts its two cells
    assert "Field2999" in {b.key for b in fields}
    rows = [b for b in doc.blocks if b.kind.value == "table_row"]
    assert len(rows) == 2_000 and not any(b.header for b in rows)
    assert doc.text.endswith("The end.")


def test_blocks_limits_people_lines_with_dots_and_colons_are_linear() -> None:
    """A "people line" of 10,000 middle dots, or of 10,000 colons each followed by words, is
    read within seconds, as prose (too long for a list): the dotted-entries and absence-note
    readers look only so far."""
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.people_lists import parse_people

    gaz = load_gazetteer()
    dotted = " · ".join(f"Dr Ann Bell{k}, GP" for k in range(10_000))
    colons = "Dr Ann Bell, GP" + "".join(f": note {k}" for k in range(10_000))
    started = time.perf_counter()
    assert parse_people(dotted, gaz) == []
    assert parse_people(colons, gaz) == []
    assert time.perf_counter() - started < 5


@pytest.mark.slow
def test_blocks_limits_this_sessions_people_forms_stay_linear(
    tmp_path: Path, extractor: Any
) -> None:
    """A "with" line of 10,000 people, a papers' key line naming 3,000 inspectors, and 3,000
    speakers each written about by given name under a name line are read within the budget:
    the "with" reader looks only so far, the key line is read near each person, not whole."""
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.people_lists import parse_people

    with_line = ", with ".join(f"Ann Bell{k} (GP, NHS Fife)" for k in range(10_000))
    started = time.perf_counter()
    assert parse_people(with_line, load_gazetteer()) == []  # too long for a list
    inspectors = " and ".join(f"Ann Bellamy-Rowe{k}" for k in range(3_000))
    bios = "\n\n".join(
        f"Saoirse Quinlan{k}\nSaoirse is Head of Improvement at the Public Health Agency."
        for k in range(3_000)
    )
    path = tmp_path / "report.txt"
    path.write_text(f"RQIA Inspection Report\n\nInspectors: {inspectors}\n\n{bios}\n", "utf-8")
    claims = extractor(read_document(path))
    assert time.perf_counter() - started < 120  # linear; quadratic would take far longer
    assert claims.entities


def test_blocks_limits_sign_offs_cost_each_person_a_few_bisections() -> None:
    """A text of 20,000 "Name, Chair" lines with no blank line, and a last line of 20,000
    names: who signs it off is found per person without scanning or copying the rest of the
    text (a scan per person was quadratic); none of them signs, and a real sign-off still does."""
    import spacy

    from ingest.extract.host_lists import SignOffs

    names = [f"Ann Bell{k}" for k in range(20_000)]
    text = "Board list\n" + "\n".join(f"{n}, Chair" for n in names) + "\n" + ", ".join(names)
    text += "\n\nLowenna Treloar-Binns, Chair\nHealthwatch Cornwall"
    doc = spacy.blank("en").make_doc(text)
    is_role = {"chair"}.__contains__
    people, at = [], 0
    for name in [*names, *names, "Lowenna Treloar-Binns"]:
        at = text.index(name, at)
        people.append(doc.char_span(at, at + len(name)))
        at += len(name)
    started = time.perf_counter()
    offs = SignOffs(text)
    found = [offs.signed(person, is_role) for person in people]
    assert time.perf_counter() - started < 30  # linear; quadratic would take far longer
    assert found[:-1] == [None] * (len(people) - 1)
    assert found[-1] is not None and found[-1].text == "Healthwatch Cornwall"


def test_blocks_limits_spaced_bar_rows_and_declarations_are_bounded(tmp_path: Path) -> None:
    """A typed register of 7,000 bar-parted lines set apart by blank lines, and a line of
    5,000 bars (under the reader's 500,000 characters), read in one pass (each line is looked
    at once); a declaration cell of 190,000 characters is read no further than MAX_VALUE."""
    from graph.reference.gazetteer import load_gazetteer
    from ingest.extract.interests import MAX_VALUE, declared_bodies
    from ingest.types import BlockKind

    rows = "\n\n".join(f"Ann Bell{k} | Chair | Trustee, Age UK Fife; Unison" for k in range(7_000))
    bars = " | ".join(["x"] * 5_000)
    path = tmp_path / "register.txt"
    path.write_text(
        f"Register of interests\n\nName | Role | Interests\n\n{rows}\n\n{bars}\n", "utf-8"
    )
    started = time.perf_counter()
    raw = read_document(path)
    assert time.perf_counter() - started < 60  # linear; a rescan per line would take far longer
    table = [b for b in raw.blocks if b.kind == BlockKind.TABLE_ROW]
    assert table and table[0].header and len(table) >= 2
    gaz = load_gazetteer()
    long_value = "Trustee, Age UK Fife; " + "member, Unison; " * 12_000
    started = time.perf_counter()
    assert declared_bodies(long_value, gaz) == declared_bodies(long_value[:MAX_VALUE], gaz)
    assert time.perf_counter() - started < 10


def test_blocks_limits_toml_front_matter(tmp_path: Path) -> None:
    """Hugo's TOML front matter is bounded and reported like YAML: one line naming the
    problem, fast, whatever its size, errors or nesting."""
    path = tmp_path / "big.md"
    path.write_text('+++\nnotes = "' + "x" * 70_000 + '"\n+++\nBody.\n')
    assert read_error(path) == "front matter too large (68.4 KB > limit 64.0 KB)"
    path.write_text('+++\ntitle = ["unclosed\n+++\nBody.\n')
    reason = read_error(path)
    assert reason.startswith("invalid front matter: ") and "\n" not in reason
    path.write_text("+++\na = " + "[" * 50_000 + "]" * 50_000 + "\n+++\nBody.\n")
    started = time.perf_counter()
    reason = read_error(path, limits=ReadLimits(max_front_matter_bytes=200_000))
    assert reason.startswith("invalid front matter: ") and "\n" not in reason
    assert time.perf_counter() - started < 2
    path.write_text("+++\ntitle = 'no closing fence'\n\nBody.\n")  # text, not front matter
    assert read_document(path).metadata == {}


def test_blocks_limits_org_mode(tmp_path: Path) -> None:
    """Org notes with a heading of a million stars, 2,000 nested levels, a drawer never
    closed and 10,000 tasks are read in linear time, their text kept."""
    deep = "".join(f"{'*' * level} Part {level}\n" for level in range(1, 2_001))
    tasks = "".join(f"** TODO Ann Bell-Reid: task {n}\n" for n in range(10_000))
    path = tmp_path / "notes.txt"
    path.write_text(
        "#+TITLE: Falls huddle\n\n"
        + "*" * 1_000_000
        + " Stars\n"
        + deep
        + "* Drawer\n:PROPERTIES:\n:LOCATION: Room 2\n"
        + tasks
    )
    started = time.perf_counter()
    doc = read_document(path)
    assert time.perf_counter() - started < 5
    assert doc.title == "Falls huddle" and "Part 2000" in doc.text and "task 9999" in doc.text
