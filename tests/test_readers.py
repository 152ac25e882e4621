"""Tests for ingest.readers: every format, the safety limits, discover() and read_all()."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from graph.errors import ReadError
from ingest.readers import (
    SUPPORTED_SUFFIXES,
    ReadLimits,
    Skipped,
    discover,
    read_all,
    read_document,
)
from ingest.readers import core as readers_core
from ingest.types import DirectoryRow, DocumentKind, KindSource

MB = 1024 * 1024


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def make_pdf(lines: list[str], info: dict[str, str] | None = None) -> bytes:
    """A minimal one-page text PDF (Helvetica, one Tj per line) with correct xref offsets."""
    ops = "".join(f"({line}) Tj T*\n" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td 14 TL\n{ops}ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if info:
        objects.append("<< " + " ".join(f"/{k} ({v})" for k, v in info.items()) + " >>")
    out, offsets = io.BytesIO(b"%PDF-1.4\n"), []
    out.seek(0, io.SEEK_END)
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode())
    info_ref = f" /Info {len(objects)} 0 R" if info else ""
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R{info_ref} >>\n"
    out.write(f"{trailer}startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_docx(path: Path, title: str = "Spreading improvement") -> Path:
    document = docx.Document()
    props = document.core_properties
    props.title = title
    props.author = "Ann Smith; Bo Jones"
    props.keywords = "spread, scale"
    document.add_heading("Background", level=1)
    document.add_paragraph("The Lab met to discuss frailty.")
    document.add_paragraph("")
    table = document.add_table(rows=2, cols=2)
    for (row, col), value in {(0, 0): "Name", (0, 1): "Role", (1, 0): "Siân", (1, 1): "GP"}.items():
        table.cell(row, col).text = value
    document.add_paragraph("Closing remarks.")
    document.save(str(path))
    return path


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def read_error(path: Path, **kwargs: Any) -> str:
    with pytest.raises(ReadError) as info:
        read_document(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return info.value.reason


def test_readers_txt_happy_path(tmp_path: Path) -> None:
    path = write(tmp_path / "docs" / "frailty.txt", "Frailty in Wales\n\nA study of care.\n")
    doc = read_document(path, root=tmp_path)
    assert (doc.doc_id, doc.fmt, doc.title) == ("docs/frailty.txt", "txt", "Frailty in Wales")
    assert doc.text == "Frailty in Wales\n\nA study of care."
    assert (doc.kind, doc.kind_source) == (DocumentKind.EVIDENCE, KindSource.GUESS)
    assert len(doc.content_hash) == 64 and doc.rows == [] and doc.warnings == []


def test_readers_txt_long_first_line_uses_stem_and_doc_id_without_root(tmp_path: Path) -> None:
    path = write(tmp_path / "care_home-study.txt", "x" * 200 + "\nmore\n")
    doc = read_document(path)
    assert (doc.title, doc.doc_id) == ("Care home study", "care_home-study.txt")
    assert read_document(path, root=tmp_path / "elsewhere").doc_id == "care_home-study.txt"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "cp1252"])
def test_readers_text_encodings_are_decoded(tmp_path: Path, encoding: str) -> None:
    text = "Notes from Siân, Zoë and Renée’s café — it cost £300.\n\nGwenllïan was there."
    path = write(tmp_path / "cafe.txt", text.encode(encoding))
    doc = read_document(path)
    assert doc.text == text and doc.title == text.splitlines()[0]
    assert doc.warnings == ([f"{path}: decoded as cp1252"] if encoding == "cp1252" else [])


def test_readers_binary_with_txt_suffix_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert read_error(path) == "not valid text (binary or unknown encoding)"


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.csv", "empty.html"])
def test_readers_empty_and_whitespace_files_are_errors(
    tmp_path: Path, name: str, content: bytes
) -> None:
    assert read_error(write(tmp_path / name, content)) == "empty file"


def test_readers_limits_size_and_chars(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 100)
    too_large = read_error(path, limits=ReadLimits(max_bytes=100))
    assert too_large == "too large (500 bytes > limit 100 bytes)"
    assert read_error(path, limits=ReadLimits(max_chars=50)).startswith("too much text (499 ")


def test_readers_unsupported_and_missing_files(tmp_path: Path) -> None:
    assert read_error(write(tmp_path / "sheet.xlsx", b"PK")) == "unsupported format .xlsx"
    assert read_error(tmp_path / "gone.txt") == "no such file"


def test_readers_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "hidden")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert read_error(path) == "cannot read (permission denied)"


FRONT_MATTER_MD = """---
title: Frailty workshop, Cardiff
date: 2024-03-05
attendees: [Ann Smith, Bo Jones]
nation: Wales
---
# Heading that is not the title

Body text.
"""

MESSY_MD = """# Spreading *good* practice

Intro with **bold**, _emphasis_, `code` and a [link](https://example.org).
Second line of the same paragraph.

## What we heard
- first point
* second point
1. numbered point

> quoted words

---
snake_case_name stays
"""


def test_readers_markdown_front_matter_dates_and_attendees(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "cardiff.md", FRONT_MATTER_MD))
    assert doc.title == "Frailty workshop, Cardiff" and doc.fmt == "md"
    assert doc.metadata == {
        "title": "Frailty workshop, Cardiff",
        "date": "2024-03-05",
        "attendees": ["Ann Smith", "Bo Jones"],
        "nation": "Wales",
    }
    assert doc.text == "Heading that is not the title\n\nBody text."
    assert (doc.kind, doc.kind_source) == (DocumentKind.WORKSHOP, KindSource.GUESS)


def test_readers_markdown_cleaning(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "spread.markdown", MESSY_MD))
    assert doc.fmt == "md" and doc.title == "Spreading good practice"
    assert doc.text == (
        "Spreading good practice\n\n"
        "Intro with bold, emphasis, code and a link. Second line of the same paragraph.\n\n"
        "What we heard\n\n"
        "first point\n\nsecond point\n\nnumbered point\n\n"  # three lists in CommonMark
        "quoted words\n\n"
        "snake_case_name stays"
    )


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("title: [unclosed\n", "invalid front matter: "),
        ("- just\n- a list\n", "invalid front matter: expected key: value pairs, got a list"),
    ],
)
def test_readers_markdown_bad_front_matter(tmp_path: Path, front: str, expected: str) -> None:
    reason = read_error(write(tmp_path / "bad.md", f"---\n{front}---\nBody\n"))
    assert reason.startswith(expected)


@pytest.mark.parametrize(
    ("name", "content", "flag", "expected"),
    [
        ("report.md", "---\nkind: Case-study\n---\nText", None, ("evidence", "front matter")),
        ("any.md", "---\nkind: workshop notes\n---\nText", None, ("workshop", "front matter")),
        ("any.md", "---\nkind: workshop\n---\nText", DocumentKind.EVIDENCE, ("evidence", "flag")),
        ("visit-to-leeds.txt", "Leeds\n\nText", None, ("workshop", "guess")),
        ("leeds.txt", "Leeds\n\nAttendees:\nAnn Smith\n", None, ("workshop", "guess")),
        ("leeds.txt", "Prevention of falls\n\nA study.", None, ("evidence", "guess")),
        ("people.csv", "name\nAnn\n", None, ("directory", "guess")),
        ("people.csv", "name\nAnn\n", DocumentKind.DIRECTORY, ("directory", "flag")),
    ],
)
def test_readers_kind_flag_front_matter_and_guess(
    tmp_path: Path, name: str, content: str, flag: DocumentKind | None, expected: tuple[str, str]
) -> None:
    doc = read_document(write(tmp_path / name, content), kind=flag)
    assert (doc.kind.value, doc.kind_source.value) == expected


def test_readers_invalid_kind_is_an_error(tmp_path: Path) -> None:
    reason = read_error(write(tmp_path / "x.md", "---\nkind: poem\n---\nText\n"))
    assert reason.startswith("invalid kind 'poem' in front matter (expected workshop, evidence")
    csv_path = write(tmp_path / "people.csv", "name\nAnn\n")
    assert "people directory" in read_error(csv_path, kind=DocumentKind.WORKSHOP)
    assert "only .csv" in read_error(tmp_path / "x.md", kind=DocumentKind.DIRECTORY)


def test_readers_docx_headings_tables_and_core_properties(tmp_path: Path) -> None:
    doc = read_document(make_docx(tmp_path / "spread.docx"))
    assert doc.fmt == "docx" and doc.title == "Spreading improvement"
    assert doc.text.split("\n\n") == [
        "Background",
        "The Lab met to discuss frailty.",
        "Name | Role\nSiân | GP",
        "Closing remarks.",
    ]
    assert doc.metadata["authors"] == ["Ann Smith", "Bo Jones"]
    assert doc.metadata["keywords"] == "spread, scale"
    assert len(doc.metadata["date"]) == 10  # ISO date of creation
    assert (doc.kind, doc.kind_source) == (DocumentKind.EVIDENCE, KindSource.GUESS)


def test_readers_docx_title_falls_back_to_first_heading(tmp_path: Path) -> None:
    assert read_document(make_docx(tmp_path / "untitled.docx", title="")).title == "Background"


def test_readers_docx_zip_checks(tmp_path: Path) -> None:
    bomb = make_zip(tmp_path / "bomb.docx", {"word/document.xml": bytes(50 * MB)})
    assert bomb.stat().st_size < 1 * MB
    reason = read_error(bomb, limits=ReadLimits(max_docx_uncompressed=10 * MB))
    assert reason == "refused: looks like a zip bomb (50.0 MB uncompressed)"
    ratio_bomb = make_zip(tmp_path / "ratio.docx", {"word/document.xml": bytes(2 * MB)})
    assert read_error(ratio_bomb).startswith("refused: looks like a zip bomb")
    not_zip = write(tmp_path / "fake.docx", "this is plain text, not a zip")
    assert read_error(not_zip) == "not a valid .docx (not a zip archive)"
    no_main = make_zip(tmp_path / "nomain.docx", {"word/other.xml": b"<x/>"})
    assert read_error(no_main) == "not a valid .docx (no word/document.xml)"


def test_readers_pdf_text_dehyphenation_and_metadata(tmp_path: Path) -> None:
    lines = ["Quality improve-", "ment in COVID-", "19 wards", "Second line"]
    info = {"Title": "Ward report", "Author": "Ann Smith", "CreationDate": "D:20240305120000Z"}
    path = write(tmp_path / "ward.pdf", make_pdf(lines, info))
    assert "improve-" in PdfReader(path).pages[0].extract_text()
    doc = read_document(path)
    assert doc.fmt == "pdf" and doc.title == "Ward report"
    # wrapped lines join (a hyphen at a line end repaired); a short line after them stands apart
    assert doc.text == "Quality improvement in COVID-19 wards\n\nSecond line"
    assert doc.metadata == {"title": "Ward report", "authors": ["Ann Smith"], "date": "2024-03-05"}


def test_readers_pdf_title_from_first_line_without_info(tmp_path: Path) -> None:
    # (a next line starting in lower case would continue the first one)
    doc = read_document(write(tmp_path / "p.pdf", make_pdf(["Falls audit", "Body text."])))
    assert doc.title == "Falls audit" and doc.metadata == {}


def test_readers_pdf_errors(tmp_path: Path) -> None:
    good = make_pdf(["Secret text"])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(good)))
    writer.encrypt(user_password="s3cret", owner_password="owner")
    encrypted = io.BytesIO()
    writer.write(encrypted)
    assert read_error(write(tmp_path / "enc.pdf", encrypted.getvalue())) == "encrypted PDF"
    corrupt = write(tmp_path / "corrupt.pdf", b"%PDF-1.4\nthis is not really a pdf\n")
    assert read_error(corrupt).startswith("not a valid PDF (")
    blank = write(tmp_path / "scan.pdf", make_pdf([]))
    assert read_error(blank) == "no extractable text (scanned PDF?)"
    pages = read_error(write(tmp_path / "long.pdf", good), limits=ReadLimits(max_pdf_pages=0))
    assert pages == "too many pages (1 > limit 0)"


PAGE = """<!doctype html><html><head>
<title>Frailty in Wales | Q Lab</title>
<meta name="description" content="What we learned">
<meta name="citation_author" content="Smith, Ann"><meta name="citation_author" content="Bo Jones">
<meta name="DCTERMS.date" content="2024-03-05"><meta name="qkg.kind" content="report">
<meta name="viewport" content="width=device-width"><style>p {color: red}</style>
</head><body><header><h1>Site banner</h1></header><nav><a href="/">Home</a></nav>
<p>Outside main</p>
<main><h2>Key   findings</h2><p>Care <b>home</b>
   staff<br>lead change.</p><ul><li>One</li> <li>Two</li></ul>
<table><tr><th>Who</th><th>Where</th></tr><tr><td>Ann</td><td>Cardiff</td></tr></table>
<script>var x = 1;</script><aside>See <a href="/f">Falls prevention in Powys</a></aside>
<form>Sign up</form></main>
<footer>Copyright</footer></body></html>"""


def test_readers_html_boilerplate_removal_and_meta(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "page.htm", PAGE))
    assert doc.fmt == "html" and doc.title == "Frailty in Wales | Q Lab"
    assert doc.text == (
        "Key findings\n\nCare home staff lead change.\n\nOne\nTwo\n\nWho | Where\nAnn | Cardiff"
    )
    assert doc.metadata == {
        "description": "What we learned",
        "citation_author": ["Smith, Ann", "Bo Jones"],
        "dcterms.date": "2024-03-05",
        "qkg.kind": "report",
        "site": "Q Lab",  # the <title>'s last part: the site the page is on
    }
    assert (doc.kind, doc.kind_source) == (DocumentKind.EVIDENCE, KindSource.FRONT_MATTER)


def test_readers_html_an_articles_box_of_key_messages_is_content(tmp_path: Path) -> None:
    page = (
        "<html><body><aside><p>Sign up to our newsletter</p></aside><main><article>"
        "<h1>Sanctuary in Wales</h1><aside class='key-messages'><h2>Key messages</h2>"
        "<ul><li>Refugees first learn how services work in peer groups.</li></ul></aside>"
        "<p>We looked at 23 studies.</p><aside><a href='/a'>Related: asylum and health</a>"
        "</aside></article></main></body></html>"
    )
    doc = read_document(write(tmp_path / "page.html", page))
    assert "Refugees first learn how services work in peer groups." in doc.text
    assert "newsletter" not in doc.text and "Related" not in doc.text


def test_readers_html_charset_and_h1_title(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><h1>Café</h1><p>Zoë</p>'
    doc = read_document(write(tmp_path / "p.html", html.encode("cp1252")))
    assert (doc.title, doc.text, doc.warnings) == ("Café", "Café\n\nZoë", [])


DIRECTORY_CSV = """Full_Name;Job  Title;Organization;Country;E-mail;OK to contact;Phone
Ann Smith;Nurse;NHS Wales;Wales;ann@nhs.wales;Yes;0123
Smith, Bo;GP;;England;;declined;
;Manager;Trust;;;;
Cy Patel;Lead;Trust;;cy.example.org;y;
Di Ng;Lead;Trust;;;maybe;
Ed Yu;Lead

Fay Li;Chair;Board;Scotland;;;
"""


def test_readers_csv_directory_synonyms_consent_and_bad_rows(tmp_path: Path) -> None:
    path = write(tmp_path / "people.csv", DIRECTORY_CSV)
    doc = read_document(path)
    assert (doc.fmt, doc.kind, doc.kind_source) == ("csv", DocumentKind.DIRECTORY, KindSource.GUESS)
    assert doc.rows == [
        DirectoryRow(2, "Ann Smith", "Nurse", "NHS Wales", "", "", "Wales", "ann@nhs.wales", True),
        DirectoryRow(3, "Smith, Bo", "GP", "", "", "", "England", "", False),
        DirectoryRow(9, "Fay Li", "Chair", "Board", "", "", "Scotland", "", None),
    ]
    assert doc.warnings == [
        f"{path}: ignored columns: Phone",
        f"{path}:4: empty name",
        f"{path}:5: email 'cy.example.org' has no '@'",
        f"{path}:6: unparseable consent value 'maybe' (expected yes/no)",
        f"{path}:7: wrong number of fields (expected 7, got 2)",
    ]
    assert doc.text.startswith("People directory: 3 people")


def test_readers_csv_comma_and_tab_delimiters(tmp_path: Path) -> None:
    comma = write(tmp_path / "a.csv", 'name,role,consent\n"Jones, Al",GP,1\n')
    assert read_document(comma).rows == [DirectoryRow(2, "Jones, Al", role="GP", consent=True)]
    tab = write(tmp_path / "b.csv", "Person\tEmployer\nAl\tNHS\n")
    assert read_document(tab).rows == [DirectoryRow(2, "Al", organisation="NHS")]


def test_readers_csv_errors(tmp_path: Path) -> None:
    no_name = write(tmp_path / "a.csv", "email,role\nx@y.z,GP\n")
    assert read_error(no_name) == "no 'name' column (found: email, role)"
    all_bad = write(tmp_path / "b.csv", "name,consent\n,yes\nAl,perhaps\n")
    assert read_error(all_bad) == "no valid rows (2 skipped)"


def test_readers_csv_cp1252_names(tmp_path: Path) -> None:
    data = "name,nation\nSiân Jones,Wales\nZoë Müller,\n".encode("cp1252")
    path = write(tmp_path / "c.csv", data)
    doc = read_document(path)
    assert [row.name for row in doc.rows] == ["Siân Jones", "Zoë Müller"]
    assert doc.warnings == [f"{path}: decoded as cp1252"]


def test_readers_discover_nested_hidden_and_unsupported(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in ["b.md", "a/z.txt", "a/b/c.PDF", ".hidden.md", ".git/x.md", "a/~$lock.docx"]:
        write(root / name, "x")
    write(root / "a" / "sheet.xlsx", "x")
    write(root / "README", "x")
    single = write(tmp_path / "single.html", "<p>x</p>")
    (root / "link").symlink_to(root / "a", target_is_directory=True)
    files, skipped = discover([root, single, tmp_path / "missing"])
    expected = [(root / name, root) for name in ("a/b/c.PDF", "a/z.txt", "b.md")]
    assert files == [*expected, (single, tmp_path)]
    supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
    assert skipped == [
        Skipped(root / "README", "a folder's README is passed over (give its path to ingest it)"),
        Skipped(root / "a/sheet.xlsx", f"unsupported format .xlsx (supported: {supported})"),
        Skipped(root / "link", "symlinked directory not followed"),
        Skipped(tmp_path / "missing", "no such file or directory"),
    ]


def test_readers_read_all_continues_past_bad_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {"good.md": "# Good\n\nText", "empty.txt": "", "bad.docx": "not a zip"}
    files |= {"people.csv": "role\nGP\n", "crash.html": "<p>x</p>", "notes.xlsx": "x"}
    for name, content in files.items():
        write(tmp_path / name, content)

    def explode(path: Path, data: bytes, limits: ReadLimits) -> None:
        raise RuntimeError("parser bug\nsecond line")

    monkeypatch.setitem(readers_core.PARSERS, "html", explode)
    report = read_all([tmp_path], limits=ReadLimits())
    assert [doc.doc_id for doc in report.documents] == ["good.md"]
    messages = sorted(str(error) for error in report.errors)
    assert messages == [
        f"{tmp_path / 'bad.docx'}: not a valid .docx (not a zip archive)",
        f"{tmp_path / 'crash.html'}: unreadable: RuntimeError: parser bug second line",
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'people.csv'}: no 'name' column (found: role)",
    ]
    assert [item.path.name for item in report.skipped] == ["notes.xlsx"]


def test_csv_with_a_million_columns_is_one_short_error_line(tmp_path: Path) -> None:
    from ingest.readers.core import read_document

    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\nx\n", encoding="utf-8")
    with pytest.raises(ReadError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "no 'name' column" in message and "and 999,980 more" in message
    assert len(message) < 500


def test_readers_html_superscript_digits_are_footnote_marks(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>Letter</h1><p>Ann Example<sup>2</sup>, Bo Sample<sup>1,3</sup></p>"
        "<p>10<sup>th</sup> report</p></body></html>"
    )
    doc = read_document(write(tmp_path / "letter.html", page))
    assert "Ann Example², Bo Sample¹,³" in doc.text and "10th report" in doc.text
