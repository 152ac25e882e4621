"""What a heading's words mean: the vocabulary of section meanings (`Role`) and the rules
that read a heading, a lead-in line or a line of a list for one (ingest.extract.sections
describes the meanings and reads a document's sections with them)."""

from __future__ import annotations

import re
from enum import StrEnum

from graph.model import fold


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
        "attended",
        "attended by",
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
        "learned",
        "learnt",
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
        "actions from",
        "actions arising",
        "actions agreed",
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
    Role.AGENDA: (  # what was planned or asked, never what was learned
        "questions from the room",
        "questions",
        "questions we still have",
        "open questions",
        "parked",
        "parking lot",
        "agenda",
        "programme",
        "program",
        "running order",
        "timetable",
        "schedule",
    ),
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
    r"|^what (?:\w+ ){1,3}(?:found|noticed|discovered)(?: out)?(?: when| after| in|$)"
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
    r"(?:were|was|are|included|identified|emerged)\b[^.:]{0,40}:$"
    r"|\bwhat came out of (?:the|today|this|our|it)\b.{0,40}:$",  # "… what came out of today:"
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
