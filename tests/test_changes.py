"""A draft reads with its tracked changes accepted and its comments hidden
(ingest.readers.changes): real Word files made by python-docx with w:ins and w:del runs,
and changes typed into the text of an exported copy."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ingest.readers import read_document
from ingest.types import BlockKind


def _tracked(parent: object, tag: str, words: str) -> None:
    change = OxmlElement(tag)
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Jo Whitehurst")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    text.text = words
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(text)
    change.append(run)
    parent._p.append(change)  # type: ignore[attr-defined]


def test_a_word_drafts_insertions_are_read_and_its_deletions_are_not(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("What we learned", level=1)
    point = document.add_paragraph("Mothers opened up to peer supporters", style="List Bullet")
    _tracked(point, "w:ins", " who had been through it themselves.")
    _tracked(point, "w:del", " and to health visitors.")
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0].paragraphs[0]
    cell.add_run("Clinic in Hanley")
    _tracked(cell, "w:ins", " from April")
    path = tmp_path / "draft.docx"
    document.save(str(path))
    raw = read_document(path)
    item = next(b for b in raw.blocks if b.kind is BlockKind.LIST_ITEM)
    assert raw.text[item.start : item.end] == (
        "Mothers opened up to peer supporters who had been through it themselves."
    )
    assert "health visitors" not in raw.text
    row = next(b for b in raw.blocks if b.kind is BlockKind.TABLE_ROW)
    assert row.cells == ("Clinic in Hanley from April",)


def test_changes_typed_into_an_exported_copy_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Pathway workshop\n\n"
        "Apologies: [Deleted by Jo Whitehurst: Amira Haddad] Colin Bates\n\n"
        "## What we learned\n\n"
        "- Mothers were first asked how they felt at the six-week check.\n"
        "- [Deleted by Priya Raman: We need a new referral form.]\n"
        "- [Inserted by Jo Whitehurst: Two mothers from the peer group joined us.]\n\n"
        "[Comment JW2 — Jo Whitehurst: I've moved the referral form point to actions.]\n",
        "utf-8",
    )
    raw = read_document(path)
    items = [raw.text[b.start : b.end] for b in raw.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        "Mothers were first asked how they felt at the six-week check.",
        "Two mothers from the peer group joined us.",
    ]
    assert "Amira" not in raw.text and "referral form" not in raw.text
