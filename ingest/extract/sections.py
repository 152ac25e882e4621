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

import re
from dataclasses import dataclass, field
from enum import StrEnum

from graph.model import fold
from ingest.types import Block, BlockKind, DocumentKind, RawDocument


class Role(StrEnum):
    ATTENDANCE = "attendance"
    APOLOGIES = "apologies"
    AUTHORS = "authors"
    CONTACTS = "contacts"
    ACKNOWLEDGEMENTS = "acknowledgements"
    LEARNING = "learning"
    ACTIONS = "actions"
    REFERENCES = "references"
    AGENDA = "agenda"
    PEOPLE = "people"
    PROSE = "prose"


# learning headings that report findings, against those that say what was learned outright
# (all of them are learning headings: HEADING_ROLES below takes them in)
FEEDBACK = frozenset(  # a retro's or an event's feedback: learning, said less plainly
    {
        "what went well",
        "even better if",
        "what didnt go well",
        "what did not go well",
        "what could be better",
        "what worked well",
        "what worked",
        "what didnt work",
    }
)
FINDINGS = frozenset(
    {
        "key findings",
        "findings",
        "main findings",
        "summary of findings",
        "conclusions",
        "conclusion",
        "results",
        "what the evidence says",
        "what we know",
        "key points",
        "themes",
        "key themes",
        "emerging themes",
        "themes from the discussion",
        "what we heard",
        "what we found",
        "what people told us",
        "what you told us",
        "main points",
        "in brief",
        "at a glance",
        "what the figures tell us",
        "what the data tell us",
        "what the data shows",
        "what the numbers tell us",
        "barriers",
        "enablers",
        "what went well",
        "what could be better",
        "even better if",
        "what got in the way",
        "what helped",
    }
)


HEADING_ROLES: dict[Role, tuple[str, ...]] = {
    Role.ATTENDANCE: (
        "present",
        "attendance list",
        "attendee list",
        "list of attendees",
        "participant list",
        "participants list",
        "list of participants",
        "attendees",
        "attendance",
        "in attendance",
        "attending",
        "participants",
        "delegates",
        "who was there",
        "who came",
        "who attended",
        "people in the room",
        "in the room",
        "who was in the room",
        "whos here",
        "who is here",
        "who was here",
        "around the table",
        "who joined",
        "members present",
        "those present",
        "joining us",
        "facilitators",
        "facilitator",
        "facilitated by",
        "speakers",
        "speaker",
        "presenters",
        "presenter",
        "panel",
        "panellists",
        "panelists",
        "chair",
        "chairs",
        "co chairs",
        "co chair",
        "chaired by",
        "hosts",
        "host",
        "hosted by",
        "guests",
        "observers",
        "also present",
        "contributors",
        "who took part",
        "taking part",
        "attendee list",
        "participant list",
        "list of attendees",
        "list of participants",
        "our speakers",
        "the panel",
    ),
    Role.APOLOGIES: (
        "apologies",
        "apologies received",
        "apologies for absence",
        "absent",
        "not present",
        "unable to attend",
        "sent apologies",
        "invited did not join",
        "did not join",
        "did not attend",
        "could not attend",
        "could not make it",
    ),
    Role.AUTHORS: (
        "reporting officer",
        "report by",
        "report author",
        "lead author",
        "presented by",
        "paper by",
        "authors",
        "author",
        "about the authors",
        "about the author",
        "written by",
        "prepared by",
        "typed up by",
        "written up by",
        "notes by",
        "notes taken by",
        "minutes taken by",
        "minuted by",
        "report authors",
        "authorship",
        "by",
    ),
    Role.CONTACTS: (
        "lead director",
        "executive lead",
        "sponsor",
        "executive sponsor",
        "responsible director",
        "key contacts",
        "key contact",
        "contacts",
        "contact",
        "contact us",
        "further information",
        "for more information",
        "media enquiries",
        "press enquiries",
        "trustees",
        "board of trustees",
        "project team",
        "our team",
        "the team",
        "steering group",
        "advisory group",
        "who we are",
    ),
    Role.ACKNOWLEDGEMENTS: (
        "acknowledgements",
        "acknowledgments",
        "thanks",
        "with thanks",
        "with thanks to",
        "thank you",
        "we would like to thank",
    ),
    Role.LEARNING: (
        "what we learned",
        "what we learnt",
        "what we are learning",
        "what were learning",
        "what we have learned",
        "what weve learned",
        "what we have learnt",
        "key learning",
        "learning",
        "learning points",
        "key learning points",
        "lessons",
        "lesson",
        "lesson learned",
        "lesson learnt",
        "lessons learned log",
        "lessons learned",
        "lessons learnt",
        "lessons for others",
        "key lessons",
        "insights",
        "key insights",
        "key messages",
        "reflections",
        "takeaways",
        "key takeaways",
        "learning identified",
        "learning for practice",
        "learning for others",
        "learning for services",
        "take home messages",
        "what worked",
        "what worked well",
        "what didnt work",
        "what did not work",
        *sorted(FINDINGS),
    ),
    Role.ACTIONS: (
        "actions",
        "action points",
        "action log",
        "agreed actions",
        "next steps",
        "who does what",
        "who will do what",
        "follow up",
        "follow-up",
        "to do",
        "decisions",
        "decisions and actions",
        "actions agreed",
        "recommendations",
        "next",
        "what next",
        "whats next",
    ),
    Role.REFERENCES: (
        "references",
        "bibliography",
        "further reading",
        "sources",
        "endnotes",
        "footnotes",
        "citations",
        "reference list",
    ),
    Role.AGENDA: ("agenda", "programme", "program", "running order", "timetable", "schedule"),
}
_WORD_TO_ROLE = {form: role for role, forms in HEADING_ROLES.items() for form in forms}
_BY_LENGTH = sorted(_WORD_TO_ROLE.items(), key=lambda fr: -len(fr[0]))
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)\s*$")  # "Attendees (6)", "(that we didn't in July)"
_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[a-z]\)|[ivx]+\.)\s+", re.IGNORECASE)


_TOLD = re.compile(r"\b(?:said|told|found)\b")


def heading_parts(text: str) -> list[str]:
    """A heading's parts, numbering dropped: "3. Reflections: what we are learning" ->
    ["Reflections", "what we are learning"] (also " – " and " | ")."""
    text = _ASIDE.sub("", _NUMBERING.sub("", text.strip())).rstrip(":. ")
    return re.split(r"\s*(?::|\s[–—/-]\s|\|)\s*", text)


def learning_strength(heading: str, report: bool = False) -> float:
    """How plainly a learning heading says its statements are learning: 1.0 for "What we
    learned", "Lessons", "Key insights"; 0.85 for findings, results, themes, what was heard,
    and for whatever a report (`report`) gives as learning: its findings.

    >>> learning_strength("What we learned"), learning_strength("3. Results")
    (1.0, 0.85)
    >>> learning_strength("Key messages", report=True)
    0.85
    """
    parts = heading_parts(heading)
    reported = any(  # "Column: What went well this month?" reports; "What we learned" says
        fold(p) in FINDINGS
        or fold(p) in FEEDBACK  # how the day itself went: "What went well", "Even better if"
        or any(fold(p).startswith(f + " ") for f in FINDINGS)
        or _TOLD.search(fold(p))  # "What pharmacies said", "What members told us"
        for p in parts
    )
    return 0.85 if report or reported else 1.0


_LEARNED_HEADING = re.compile(  # a heading that asks or says what was learned, in any words:
    # "What did the group learn?", "What the panel said we learned from the day",
    # "What have we learned?", "Lessons from the pilot", "What surprised us", "Three things
    # that struck us", "What should we carry forward?", "If we did it again", "If you started
    # again, what would you do differently?", "So what?", "What it means for us", "Insight"
    r"\b(?:what\b.{0,40}\blearn(?:ed|t|ing)?|(?:we|i|you|they|group|panel|participants|"
    r"teams?|staff|people|attendees)\s+(?:have\s+|has\s+|had\s+|are\s+)?learn(?:ed|t|ing)\b"
    r"|lessons?\s+(?:from|for|learn(?:ed|t)|we)\b"
    r"|(?:what|things?|that)\b.{0,30}\b(?:surprised|struck|stood out to)\s+(?:us|me|them)\b"
    r"|\bif\s+(?:we|you|i|they)\b.{0,30}\b(?:again|differently|over)\b"
    r"|\b(?:would|should|could|will)\s+(?:we|you|i|they)\b.{0,25}\b(?:differently|carry "
    r"forward|keep doing|change next time)\b"
    r"|^so what\b|^what (?:it|this|that|these) means?\b|^implications?\b"
    r"|^what\b.{0,30}\b(?:said|told (?:us|me|them|the \w+))$"
    r"|^what (?:it|they|the(?: \w+){1,3}) found$"
    r"|^what\b.{0,30}\btaught\s+(?:us|me|them)\b|^take[ -]?aways?\b"
    r"|\b(?:would|wish to|want to|to|id|wed|we d|i d)\s+pass\s+on\b|^pass(?:ing)?\s+on$"
    r"|\b(?:tips?|advice)\s+(?:for|to)\s+others\b"
    r"|^what\b.{0,40}\b(?:take|took)\s+(?:away\s+)?from\s+(?:this|it|that|these|the\s+\w+|"
    r"\w+s\s+(?:story|visit|talk|experience|account))\b"
    r"|^(?:key |main |our )?(?:insight|take[ -]?(?:home|away)s?(?: messages?| points?)?)$)",
    re.IGNORECASE,
)


_APOLOGY = re.compile(
    r"\b(?:sent|send|sends|gave|offered|with)\s+(?:their\s+|his\s+|her\s+|my\s+)?apologies\b"
    r"|^\W*apologies\b|\bapologies\s+(?:from|received|were)\b"
    r"|\bunable to (?:attend|join|make it)\b|\b(?:couldn['’]t|could not|can['’]t|cannot)\s+"
    r"(?:make it|attend|join)\b",
    re.IGNORECASE,
)


def says_apologies(text: str) -> bool:
    """Whether a line says its people sent apologies, whatever list it stands in: "In the
    margin: sent apologies — Dan Metcalfe", "Ciara sent apologies", "Apologies from Jo".

    >>> says_apologies("sent apologies — Dan Metcalfe"), says_apologies("Jo Bell, GP")
    (True, False)
    """
    return bool(_APOLOGY.search(text))


_ANNOUNCED = re.compile(
    r"\b(?:following|these|two|three|four|five|some|key|main|our)\s+(?:\w+\s+){0,2}?"
    r"(?:learning(?:\s+points?)?|lessons?|insights?|take-?aways?|points of learning)\s*:$"
    r"|\b(?:learning(?:\s+points?)?|lessons?(?:\s+learned)?|insights?|take-?aways?)\s+"
    r"(?:were|was|are|included|identified|emerged)\b[^.:]{0,40}:$",
    re.IGNORECASE,
)


def announces_learning(text: str) -> bool:
    """Whether a line leads in to learning listed under it: "The Forum noted the following
    learning:", "Three lessons stood out for us:", "Key insights were as follows:".

    >>> announces_learning("The Forum noted the following learning:")
    True
    >>> announces_learning("The Forum noted the following:"), announces_learning("Learning:")
    (False, False)
    """
    return bool(_ANNOUNCED.search(text.strip()))


def role_of_heading(text: str) -> Role | None:
    """The meaning a heading's words give its section, if any.

    >>> role_of_heading("3. What we learned:"), role_of_heading("Apologies for absence")
    (<Role.LEARNING: 'learning'>, <Role.APOLOGIES: 'apologies'>)
    >>> role_of_heading("Reflections: what we are learning")
    <Role.LEARNING: 'learning'>
    >>> role_of_heading("Background") is None
    True
    >>> role_of_heading("Section C: What did the group learn?"), role_of_heading(
    ...     "What the panel said we learned from the day")
    (<Role.LEARNING: 'learning'>, <Role.LEARNING: 'learning'>)
    >>> role_of_heading("Learning disabilities: what we learned about annual checks")
    <Role.LEARNING: 'learning'>
    >>> role_of_heading("Learning set meeting"), role_of_heading("Learning disability nurses")
    (None, None)
    """
    if announces_learning(text):  # a lead-in set as a heading: "The following learning:"
        return Role.LEARNING
    parts = heading_parts(text)
    for part in parts:  # "Reflections: what we are learning", "Notes – what worked"
        words = fold(part)
        if not words:
            continue
        if words in _WORD_TO_ROLE:
            return _WORD_TO_ROLE[words]
        for form, role in _BY_LENGTH:
            if len(form.split()) >= 2 and (
                words.startswith(form + " ") or words.endswith(" " + form)
            ):
                return role
        if _LEARNED_HEADING.search(words) and "disabilit" not in words:
            return Role.LEARNING
    return None


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
        if block.kind in (BlockKind.TITLE, BlockKind.HEADING):
            level = block.level or (0 if block.kind == BlockKind.TITLE else 1)
            while stack and stack[-1].level >= level:
                stack.pop()
            # a title names the document, not a part of it ("Insight: the services that last")
            own = role_of_heading(text) if block.kind == BlockKind.HEADING else None
            if own == Role.ACTIONS and raw.kind == DocumentKind.EVIDENCE and "ecommend" in text:
                own = Role.LEARNING  # a report's recommendations: what its findings teach
            parent = stack[-1] if stack else None
            inherited = parent.role if parent else Role.PROSE
            said = i if own or parent is None else parent.said
            section = Section(i, level, own or inherited, said=said)
            found.append(section)
            stack.append(section)
        elif _CLOSING.match(text):
            stack.clear()  # "Yours sincerely," ends every section: who signs comes next
            found.append(Section(i, 0, Role.AUTHORS, [i], said=i))
            signing = SIGNATURE_LINES
        else:
            found[-1].blocks.append(i)
    return [s for s in found if s.blocks or s.heading >= 0]


SIGNATURE_LINES = 4  # a name, a role, an organisation, an address
SIGNATURE_WORDS = 12
_CLOSING = re.compile(  # a letter's or an e-mail's closing formula, on a line of its own
    r"\s*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm|warmest|with\s+best)\s+"
    r"(?:regards|wishes)|regards|many\s+thanks|with\s+thanks|cofion(?:\s+cynnes)?)\s*[,.!]?\s*$",
    re.IGNORECASE,
)


def text_of(raw: RawDocument, block: Block) -> str:
    return raw.text[block.start : block.end]
