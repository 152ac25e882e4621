"""The labels that say a field or a heading names the document itself (used by
ingest.extract.titles): "Title:", "Report title:", a form's "1. Project title" box, a
"REPORT:" field naming the work, and the headlines that only list a newsletter's items ("In
this issue")."""

from __future__ import annotations

import re

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
    if not words or len(words) > 4:
        return False
    return (words[-1] == "title" and words[0] not in PERSON_TITLES) or words[:2] == ["title", "of"]


_CONTENTS = re.compile(
    r"(?:in\s+this\s+(?:issue|edition|newsletter|bulletin|update|month)|(?:table\s+of\s+)?contents"
    r"|this\s+(?:issue|edition|month)|inside(?:\s+this\s+issue)?)\W*",
    re.IGNORECASE,
)


def contents_label(text: str) -> bool:
    """A newsletter's list of its items set as its headline: "In this issue", "Contents"."""
    return _CONTENTS.fullmatch(text.strip()) is not None
