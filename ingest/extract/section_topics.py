"""What each part of a document is about.

A heading's topics are those it names and those named by the headings above it. A part whose
headings name none is about what its own prose names most: an item of a bulletin, newsletter or
digest ("COMMUNITY LISTENING PROGRAMME IN STRABANE" over a paragraph about suicide prevention)
is about its topic, not about the topics of the items beside it. A document whose parts are
about different topics is a *collection*: its statements take the topics of their own part and
of its title, not those of every other part.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.extract.claims import Ref
from ingest.extract.layout import Layout
from ingest.extract.sections import Role, heading_parts
from ingest.extract.titles import a_letter
from ingest.types import BlockKind

MAX_FOUND = 2  # a part naming more topics than this, each as often, is about none of them
LEAD_WORDS = 15  # a paragraph this long is prose, not a byline or a caption
MIN_BLOCKS = 2  # quotable blocks a part needs before its prose says what it is about


@dataclass
class SectionTopics:
    named: dict[int, list[Ref]]  # heading -> the topics it names
    found: dict[int, list[Ref]] = field(default_factory=dict)  # heading -> found in its prose
    collection: bool = False
    items: list[int] = field(default_factory=list)  # top-level parts with subjects of their own

    def of_block(self, layout: Layout, i: int) -> list[Ref]:
        """The topics of block i's part: named by its headings, or found in its prose."""
        out: list[Ref] = []
        if i < 0:
            return out
        for h in _chain(layout, i):
            for topic in self.named.get(h, []) + self.found.get(h, []):
                if topic not in out:
                    out.append(topic)
        return out


def _chain(layout: Layout, i: int) -> Iterable[int]:
    """Block i's headings, nearest first (block i itself when it is one)."""
    blocks = layout.raw.blocks
    h = i if blocks[i].kind in (BlockKind.HEADING, BlockKind.TITLE) else layout.heading_of[i]
    seen: set[int] = set()
    while 0 <= h < len(blocks) and h not in seen:
        seen.add(h)
        yield h
        h = blocks[h].section


CHAPTERS = frozenset(  # a report's own chapters, never items of a collection
    """abstract introduction background methods method methodology approach discussion
    summary overview context aims objectives limitations appendix annex glossary foreword
    preface contents conclusion conclusions results findings references acknowledgements
    recommendations achievements performance plans governance financial reference activities
    """.split()  # (the last seven: an annual report's own parts, a trustees' report's)
)
RECORD_PARTS = frozenset(  # parts that keep the document's own record, not its subject
    {
        "document control",
        "document information",
        "document details",
        "document history",
        "version control",
        "version history",
        "revision history",
        "change log",
        "change history",
        "amendment history",
        "distribution",
        "distribution list",
        "circulation",
        "contents",
        "table of contents",
        "glossary",
        "abbreviations",
        "glossary of terms",
        "alternative formats",
        "copyright",
    }
)


def about_the_document(heading: str) -> bool:
    """Whether a heading opens a part that keeps the document's own record ("Document
    control", "Version history"): the topics of its rows (an author's "Consultant in
    Palliative Medicine") are not what the document or the part is about.

    >>> about_the_document("Document control"), about_the_document("2. Version history")
    (True, True)
    >>> about_the_document("Controlling infection")
    False
    """
    parts = heading_parts(heading)
    return bool(parts) and " ".join(parts[0].lower().split()) in RECORD_PARTS


_SUBSECTION = re.compile(r"^\s*\d{1,2}\.\d{1,2}\b")  # "4.2 The market now": one report
ITEM_WORDS = 3  # an item's heading names it in at least this many words


def _names_an_item(heading: str) -> bool:
    """Whether a heading names an item of its own ("B12 Befriending by phone in Derry"),
    not a chapter of a report ("1. Introduction", "Executive summary").

    >>> _names_an_item("Item 2. Infant feeding support by video call"), _names_an_item(
    ...     "2. Methods and data")
    (True, False)
    >>> _names_an_item("4.4 Messages to the market"), _names_an_item("Plans for future periods")
    (False, False)
    >>> _names_an_item("How we did it"), _names_an_item("What people told us")
    (False, False)
    >>> _names_an_item("How Fife cut its waits for falls clinics")
    True
    >>> _names_an_item("About this case study")
    False
    """
    if _SUBSECTION.match(heading):
        return False
    words = heading_parts(heading)[0].lower().split() if heading.strip() else []
    if words[:1] and words[0] in ASKING and words[1:2] and words[1] in OWN_VOICE:
        return False  # a plain-English report's chapter: "How we did it", "What people told us"
    if words[:1] == ["about"] and words[1:2] and words[1] in OWN_VOICE | {"us", "the"}:
        return False  # the document's own credits: "About this case study", "About the authors"
    return len(words) >= ITEM_WORDS and not any(w.strip(".,:") in CHAPTERS for w in words[:2])


ASKING = frozenset("what how why who where when which".split())
OWN_VOICE = frozenset(  # "What we found", "What this report is about", "What happens next"
    "we i you they our this these it people us the happens next needs to".split()
)


def _opening(layout: Layout, h: int) -> int:
    """The lead of the part under heading h: its first paragraph of LEAD_WORDS words or more
    before any sub-heading (after a byline), where an item says what it is about; -1: none."""
    for i in range(h + 1, len(layout.raw.blocks)):
        block = layout.raw.blocks[i]
        if block.kind in (BlockKind.HEADING, BlockKind.TITLE):
            break
        if block.kind == BlockKind.PARAGRAPH and len(layout.text(i).split()) >= LEAD_WORDS:
            return i
    return -1


def section_topics(
    layout: Layout,
    named: dict[int, list[Ref]],
    mentions: Iterable[tuple[Ref, int, int]],
    methods: frozenset[str] = frozenset(),
) -> SectionTopics:
    """The parts' topics, given the topics each heading names, the (topic, block, sentence
    start) of every mention in prose, and the names of the topics that are ways of studying
    (a heading naming only those still leaves its part's subject to be found)."""
    out = SectionTopics({h: list(ts) for h, ts in named.items()})
    blocks = layout.raw.blocks
    sentences: dict[int, dict[Ref, set[int]]] = defaultdict(lambda: defaultdict(set))
    lead: dict[int, list[Ref]] = defaultdict(list)  # heading -> topics of its opening prose
    for topic, i, sentence in mentions:
        if topic[1] in methods:
            continue
        for h in _chain(layout, i):
            sentences[h][topic].add(sentence)
        h = layout.heading_of[i]
        if h >= 0 and i == _opening(layout, h) and topic not in lead[h]:
            lead[h].append(topic)
    quotable: Counter[int] = Counter()  # a part's blocks of text (a labelled paragraph too)
    prose: set[int] = set()  # parts with a paragraph: not only a list of contents
    for i in range(len(blocks)):
        if layout.quotable(i):
            for h in _chain(layout, i):
                quotable[h] += 1
                if blocks[i].kind != BlockKind.LIST_ITEM:
                    prose.add(h)
    for h, block in enumerate(blocks):
        if block.kind != BlockKind.HEADING or layout.role[h] != Role.PROSE:
            continue
        if about_the_document(layout.text(h)):
            continue  # "Document control": the document's record, whoever's job says what
        above = list(_chain(layout, h))[1:]
        if quotable[h] < MIN_BLOCKS or any(
            out.found.get(a) or any(t[1] not in methods for t in out.named.get(a, []))
            for a in above
        ):
            continue  # a part of a part: the larger part says what it is about
        new = [t for t in lead[h] if t not in out.named.get(h, [])]
        found = set(new) if len(new) <= MAX_FOUND else set()
        counts = {topic: len(at) for topic, at in sentences[h].items()}
        if counts and not any(t[1] not in methods for t in out.named.get(h, [])):
            most = max(counts.values())  # a heading naming nothing: what its prose names most
            top = [topic for topic, n in counts.items() if n == most]
            found.update(top if len(top) <= MAX_FOUND else ())
        found.difference_update(out.named.get(h, []))  # named already
        if found:
            out.found[h] = sorted(found)
        subject = [t for t in out.named.get(h, []) if t[1] not in methods] + sorted(found)
        if subject and h in prose and _names_an_item(layout.text(h)):
            out.items.append(h)  # a part with a subject of its own and prose to say it
    parts = {
        tuple(sorted(out.named.get(h, []) + out.found.get(h, [])))
        for h, block in enumerate(blocks)
        if block.kind == BlockKind.HEADING and (out.named.get(h) or out.found.get(h))
    }
    out.collection = len(parts) >= 2
    if any(_a_reports_chapter(layout.text(h)) for h in _top_headings(layout)) or a_letter(
        layout.raw
    ):
        out.items = []  # "1. Summary … 4. Recommendations", or a letter's parts: one item
    return out


REPORT_CHAPTERS = CHAPTERS - frozenset(  # chapters only one report has: the front and back
    # matter ("Introduction", "Contents", "Foreword") may frame a bulletin or abstract book too
    """abstract introduction approach overview context aims objectives limitations appendix
    annex glossary foreword preface contents references acknowledgements""".split()
) | {"plan", "steps"}  # "Action plan 2025/26", "Next steps": what one report's body commits to


def _a_reports_chapter(heading: str) -> bool:
    """'1. Summary', '4. Recommendations', 'Executive summary', 'Action plan 2025/26': a
    chapter of one report.

    >>> _a_reports_chapter("4. Recommendations"), _a_reports_chapter("B12 Befriending in Derry")
    (True, False)
    """
    words = [w.strip(".,:;()").lower() for w in heading_parts(heading)[0].split()]
    words = [w for w in words if w and not any(c.isdigit() for c in w)]  # "2025/26" too
    return 0 < len(words) <= 2 and words[-1] in REPORT_CHAPTERS


def _top_headings(layout: Layout) -> list[int]:
    """The headings of the document's top-level parts (its title's children)."""
    blocks = layout.raw.blocks
    levels = [b.level for b in blocks if b.kind == BlockKind.HEADING]
    top = min(levels, default=0)
    return [h for h, b in enumerate(blocks) if b.kind == BlockKind.HEADING and b.level == top]
