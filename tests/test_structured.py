"""Notes exported as YAML and saved as text (ingest.readers.structured): read as headings,
"Key: value" lines and lists, so the usual section meanings apply; aliases are never
expanded and anything that is not a mapping of notes is read as plain text."""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_document
from ingest.types import BlockKind
from tests.test_layout import learned

NOTES = """# Notes from the team wiki, exported as YAML.
meeting: Practice circle - session 3
date: 2025-02-19
where: Rothes Halls, Glenrothes, Fife
host: {name: Kirsten Lumsden, role: Partnership Coordinator, org: Fife Council}
attended:
  - {name: Rachel Boyd, role: Domestic Abuse Advocate, org: Fife Women's Aid}
apologies: [Graeme Tosh (Police Scotland)]
learned:
  - Naming the perpetrator's pattern of behaviour changed how the team talked about the family.
actions:
  - {owner: KL, what: Book the trainer for the March session}
"""


def test_yaml_notes_read_as_sections(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, "utf-8")
    raw = read_document(path)
    lines = [(b.kind, raw.text[b.start : b.end]) for b in raw.blocks]
    assert raw.title == "Practice circle - session 3"
    assert (BlockKind.METADATA, "Date: 2025-02-19") in lines
    assert (
        BlockKind.METADATA,
        "Host: Kirsten Lumsden, Partnership Coordinator, Fife Council",
    ) in lines
    assert (BlockKind.LIST_ITEM, "Rachel Boyd, Domestic Abuse Advocate, Fife Women's Aid") in lines
    assert learned(raw) == [
        "Naming the perpetrator's pattern of behaviour changed how the team talked about the "
        "family."
    ]


def test_yaml_with_aliases_is_read_as_plain_text(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
    bomb += "c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c]\n"
    path = tmp_path / "bomb.txt"
    path.write_text(bomb, "utf-8")
    raw = read_document(path)
    assert "*c" in raw.text and len(raw.text) < 2 * len(bomb)  # as written, not expanded


def test_prose_with_a_few_labels_is_not_yaml(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes\n\nDate: 3 May\nVenue: Leeds\n\nWe met: it went well.\n", "utf-8")
    raw = read_document(path)
    assert raw.title == "Minutes"


def test_yaml_nested_too_deep_is_read_as_plain_text(tmp_path: Path) -> None:
    """PyYAML builds nested values by recursion: 5,000 levels are never handed to it."""
    deep = "meeting: x\ndate: 2025\nwhere: y\nhost: z\nnotes: " + "{a: " * 5000 + "1" + "}" * 5000
    path = tmp_path / "deep.txt"
    path.write_text(deep, "utf-8")
    raw = read_document(path)
    assert not any(b.kind is BlockKind.HEADING for b in raw.blocks)
    assert "{a: {a:" in raw.text  # as written


def test_a_yaml_text_over_the_size_bound_is_read_as_plain_text(tmp_path: Path) -> None:
    from ingest.readers.structured import MAX_CHARS

    big = NOTES + "".join(f"note{i}: {'word ' * 20}\n" for i in range(MAX_CHARS // 100))
    assert len(big) > MAX_CHARS
    path = tmp_path / "big.txt"
    path.write_text(big, "utf-8")
    raw = read_document(path)
    assert raw.title != "Practice circle - session 3"  # not read as a mapping
    assert "Practice circle - session 3" in raw.text
