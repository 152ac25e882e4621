"""What each part of a document is for: its sections, and the meaning of each, read from the
heading's words and, where the heading says nothing, from what the section holds.

A section is a heading (or the document's start) and the blocks under it, up to the next
heading of the same or a higher level; a sub-section with no meaning of its own takes its
parent's ("Key findings" > "Finding 1: …"). Meanings (`Role`):

- **attendance**: who took part: present, attendees, in attendance, participants,
  delegates, who was there, (people) in the room, who's here, around the table, members
  present, joining us, facilitators,
  speakers, presenters, panel, chairs, hosts, guests, observers;
- **apologies**: apologies, absent, unable to attend, invited but did not join (named, but
  they did not take part);
- **authors**: authors, about the authors, written by, prepared by;
- **contacts**: key contacts, contact, further information, media enquiries, trustees
  (people and where they work; no part in the event);
- **acknowledgements**: acknowledgements, thanks, with thanks to (the same);
- **learning**: what we learned / learnt / heard, key findings, findings, key learning,
  lessons (learned, for others), insights, key messages, key themes, themes, reflections,
  takeaways, what worked (well), what didn't work, what went well, even better if, what the
  day taught us, learning identified, learning for practice,
  conclusions, results, what the evidence says, summary of findings;
- **actions**: actions, action points, agreed actions, next steps, follow-up, decisions
  (never learning);
- **references**: references, bibliography, further reading, sources, notes, endnotes
  (cited works: nobody there took part or wrote this document);
- **agenda**: agenda, programme, running order, timetable;
- **prose**: anything else (background, discussion, summary, methods…).

By content: a section whose heading has no meaning, or a run of list items or table rows
with none above it, where most entries are people lines (ingest.extract.people_lists) is a
**people** list; the caller decides what being listed means from the document's kind and
where the list stands (attendance in workshop notes, authors at the top of evidence).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.extract.absence_words import (
    apologies_in,
    apology_at,
    opens_with_apologies,
    says_apologies,
)
from ingest.extract.headings import (
    FINDINGS,
    HEADING_ROLES,
    Role,
    announces_learning,
    heading_parts,
    learning_strength,
    role_of_heading,
)
from ingest.readers.line_shapes import VALEDICTION
from ingest.types import Block, BlockKind, DocumentKind, RawDocument

__all__ = [  # what a heading means lives in ingest.extract.headings; importers find it here too
    "FINDINGS",
    "HEADING_ROLES",
    "NOT_NAMED",
    "Role",
    "Section",
    "announces_learning",
    "apologies_in",
    "apology_at",
    "heading_parts",
    "learning_strength",
    "opens_with_apologies",
    "recommends",
    "role_of_heading",
    "says_apologies",
    "sections",
]

# sections where naming someone says nothing of their part in the document's work
NOT_NAMED = frozenset({Role.APOLOGIES, Role.REFERENCES})


@dataclass
class Section:
    heading: int  # index of the heading block in RawDocument.blocks, -1 for the start
    level: int
    role: Role
    blocks: list[int] = field(default_factory=list)  # indexes of the blocks under it
    said: int = -1  # the heading whose words gave the section its meaning (its own or a parent's)

    def title(self, raw: RawDocument) -> str:
        if self.heading < 0:
            return ""
        block = raw.blocks[self.heading]
        return raw.text[block.start : block.end]


def sections(raw: RawDocument) -> list[Section]:
    """The document's sections in order; the start (before any heading) is one too."""
    found = [Section(-1, 0, Role.PROSE)]
    stack: list[Section] = []
    signing = 0  # short lines still to come of a signature, after "Yours sincerely,"
    for i, block in enumerate(raw.blocks):
        text = raw.text[block.start : block.end]
        if signing and len(text.split()) <= SIGNATURE_WORDS:
            signing -= 1  # "Anwen Pryce", "Regional Manager, Stroke Association"
            found[-1].blocks.append(i)
            continue
        signing = 0
        if _entry_set_as_heading(raw, block, text, found[-1]):
            found[-1].blocks.append(i)  # "IR – Iestyn Bell, Estates Manager" under "Present"
            continue
        if block.kind in (BlockKind.TITLE, BlockKind.HEADING):
            level = block.level or (0 if block.kind == BlockKind.TITLE else 1)
            while stack and stack[-1].level >= level:
                stack.pop()
            # a title names the document, not a part of it ("Insight: the services that last")
            own = role_of_heading(text) if block.kind == BlockKind.HEADING else None
            if own == Role.ACTIONS and raw.kind == DocumentKind.EVIDENCE and recommends(text):
                own = Role.LEARNING  # a report's recommendations: what its findings teach
            parent = stack[-1] if stack else None
            inherited = parent.role if parent else Role.PROSE
            said = i if own or parent is None else parent.said
            section = Section(i, level, own or inherited, said=said)
            found.append(section)
            stack.append(section)
        elif VALEDICTION.match(text):
            stack.clear()  # "Yours sincerely," ends every section: who signs comes next
            found.append(Section(i, 0, Role.AUTHORS, [i], said=i))
            signing = SIGNATURE_LINES
        else:
            found[-1].blocks.append(i)
    return [s for s in found if s.blocks or s.heading >= 0]


def _entry_set_as_heading(raw: RawDocument, block: Block, text: str, under: Section) -> bool:
    """Whether a heading is an entry of the list of people it sits in, set in heading type by
    a page's layout ("GLP – Dr Gwilym Bell, Consultant Microbiologist (Chair)" under
    "Present"): a heading that says nothing of its own and parts fields with a comma."""
    return (
        block.kind == BlockKind.HEADING
        and under.heading >= 0
        and under.role in LISTING_ROLES
        and (block.level or 1) >= (raw.blocks[under.heading].level or 1)
        and "," in text
        and role_of_heading(text) is None
    )


LISTING_ROLES = frozenset({Role.ATTENDANCE, Role.APOLOGIES, Role.AUTHORS, Role.CONTACTS})
SIGNATURE_LINES = 4  # a name, a role, an organisation, an address
SIGNATURE_WORDS = 12


def recommends(heading: str) -> bool:
    """Whether a heading heads recommendations ("4. Recommendations", "We recommend"): in a
    report, learning only while the report states no lessons of its own
    (ingest.extract.learning)."""
    return "ecommend" in heading.lower()


def text_of(raw: RawDocument, block: Block) -> str:
    return raw.text[block.start : block.end]
