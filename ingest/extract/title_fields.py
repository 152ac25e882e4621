"""The labels that say a field or a heading names the document itself (used by
ingest.extract.titles): "Title:", "Report title:", a form's "1. Project title" box, a
"REPORT:" field naming the work, and the headlines that only list a newsletter's items ("In
this issue"); the heading a site's trail over it names, and where a page starts under its
breadcrumb."""

from __future__ import annotations

import re

from graph.model import fold
from ingest.extract.banners import breadcrumb
from ingest.types import Block, BlockKind, RawDocument

TITLE_FIELDS = frozenset(  # "Subject: …", a newsroom script's "STORY : …", "Report title: …"
    {
        "subject",
        "re",
        "title",
        "headline",
        "story",
        "report title",
        "study title",
        "project title",
        "document title",
        "paper title",
    }
)
WORK_FIELDS = frozenset(  # a field naming the work itself: "REPORT: Evaluation of …"
    "report study evaluation review audit paper publication document".split()
)
WORK_TITLE_WORDS = 4  # fewer words name a person ("Report: Ann Bell") or a state ("Draft")
PERSON_TITLES = frozenset({"job", "role", "post", "position", "personal"})  # a person's


def title_field(label: str) -> bool:
    """Whether a field's label says its value is the document's title: "Subject", "Title",
    any "… title" but a person's ("Search title", "Report title"; not "Job title"), "Title of
    the report"."""
    words = label.lower().split()
    if " ".join(words) in TITLE_FIELDS:
        return True
    if not words or len(words) > 4 or words[0] in SHORT_TITLES:
        return False  # a study's "Short title": its acronym, beside its full title
    if words[0] in FULL_TITLES and words[1:3] == ["title", "of"]:
        return True  # "Full title of study"
    return (words[-1] == "title" and words[0] not in PERSON_TITLES) or words[:2] == ["title", "of"]


SHORT_TITLES = frozenset({"short", "acronym", "running"})
FULL_TITLES = frozenset({"full", "official", "scientific", "public"})


_CONTENTS = re.compile(
    r"(?:in\s+this\s+(?:issue|edition|newsletter|bulletin|update|month)|(?:table\s+of\s+)?contents"
    r"|this\s+(?:issue|edition|month)|inside(?:\s+this\s+issue)?)\W*",
    re.IGNORECASE,
)


def contents_label(text: str) -> bool:
    """A newsletter's list of its items set as its headline: "In this issue", "Contents"."""
    return _CONTENTS.fullmatch(text.strip()) is not None


_TRAIL_STEP = re.compile(r"\s+[/›»>|]\s+")
TRAIL_REACH = 3  # blocks under a trail that may hold the heading it names


def named_by_trail(raw: RawDocument, blocks: list[Block], search: int) -> int:
    """Where the heading is that a site's trail over it ends on ("All reports / Minority ethnic
    communities' experience …" over that heading): the page's title starts there, whatever
    site section heads the page above the trail ("Reports library"); -1 for none."""
    for n, block in enumerate(blocks[:search]):  # (the first `search` blocks)
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.TITLE):
            continue
        steps = _TRAIL_STEP.split(raw.text[block.start : block.end].strip())
        if len(steps) < 2 or len(steps[-1].split()) < WORK_TITLE_WORDS:
            continue
        for k, below in enumerate(blocks[n + 1 : n + 1 + TRAIL_REACH], start=n + 1):
            text = " ".join(raw.text[below.start : below.end].split())
            if below.kind in (BlockKind.HEADING, BlockKind.TITLE) and fold(text) == fold(steps[-1]):
                return k
    return -1


SITE_HEAD_LINES, SITE_HEAD_WORDS = 3, 8  # a site's name and menu over its breadcrumb trail


def under_trail(raw: RawDocument, blocks: list[Block]) -> int:
    """Where a page's own lines start under the breadcrumb trail at its top ("UKRI Gateway to
    Research" / "Home > Projects > ES/X003417/1" / the project's title): the short lines over
    a trail are the site's header, never the page's title; -1 for a page with no trail there.
    """
    for n, block in enumerate(blocks[: SITE_HEAD_LINES + 1]):
        text = " ".join(raw.text[block.start : block.end].split())
        if n and breadcrumb(text):
            return n + 1 if n + 1 < len(blocks) else -1
        if len(text.split()) > SITE_HEAD_WORDS or text.endswith((".", "?", "!")):
            return -1
    return -1
