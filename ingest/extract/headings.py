"""What a heading's words mean: the vocabulary of section meanings (`Role`) and the rules
that read a heading, a lead-in line or a line of a list for one (ingest.extract.sections
describes the meanings and reads a document's sections with them)."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.model import fold
from ingest.extract.heading_vocab import FEEDBACK, FINDINGS, HEADING_ROLES, Role
from ingest.extract.learning_heads import LEARNING_FOR, says_learned

__all__ = [
    "FEEDBACK",
    "FINDINGS",
    "HEADING_ROLES",
    "Role",
    "announces_learning",
    "heading_parts",
    "learning_strength",
    "role_of_heading",
]


_WORD_TO_ROLE = {form: role for role, forms in HEADING_ROLES.items() for form in forms}
_BY_LENGTH = sorted(_WORD_TO_ROLE.items(), key=lambda fr: -len(fr[0]))
_PHRASES = [(form, role) for form, role in _BY_LENGTH if " " in form]  # of two words or more
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)\s*$")  # "Attendees (6)", "(that we didn't in July)"
_NUMBERING = re.compile(  # "3.", "2.1", "3a.", "b)", "iv."
    r"^(?:\d+(?:\.\d+)*[a-z]?\.?|[a-z]\)|[ivx]+\.)\s+", re.IGNORECASE
)


GLOSS_WORDS = 3  # a closing bracket of this many words glosses a heading: one more part
_TOLD = re.compile(r"\b(?:said|told|found|heard)\b|\b(?:showed|shows|show|shown)$")  # "What the
# review showed": what it reports (not "What the week showed us": what was learned)


def heading_parts(text: str) -> list[str]:
    """A heading's parts, numbering dropped: "3. Reflections: what we are learning" ->
    ["Reflections", "what we are learning"] (also " – " and " | "); a closing gloss in
    brackets of GLOSS_WORDS or more is a part of its own, the last."""
    text = _NUMBERING.sub("", text.strip()).rstrip(":. ")
    aside = _ASIDE.search(text)
    head = text[: aside.start()] if aside else text
    parts = re.split(r"\s*(?::|\s[–—/-]\s|\|)\s*", head.rstrip(":. "))
    gloss = aside.group().strip(" ()") if aside else ""
    if len(gloss.split()) >= GLOSS_WORDS:  # last: "WHAT WE TAKE ON (what we learned from …)"
        parts.append(gloss)  # (not a word or two: "Iestyn Rowlands – … (Chair)")
    elif _WORD_TO_ROLE.get(fold(gloss)) in GLOSSED:  # "Points for the service (learning)"
        parts.insert(0, gloss)
    return parts


GLOSSED = frozenset({Role.LEARNING, Role.ACTIONS})  # what a one-word gloss may say a section is


def learning_strength(heading: str, report: bool = False) -> float:
    """How plainly a learning heading says its statements are learning: 1.0 for "What we
    learned", "Lessons", "Key insights"; 0.85 for findings, results, themes, what was heard,
    and for whatever a report (`report`) gives as learning: its findings.

    >>> learning_strength("What we learned"), learning_strength("3. Results")
    (1.0, 0.85)
    >>> learning_strength("Key messages", report=True), learning_strength("What it showed")
    (0.85, 0.85)
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


# "Staff attending", "Clubs represented" (not "Groups under-represented")
_PRESENT_END = re.compile(
    r"(?<!\bunder)(?<!\bover)(?<!\bnot)\s(?:present|attending|in attendance|represented)$"
)
_MADE_HEADING = re.compile(  # who made the document or the work it reports (folded)
    r"^who\s+(?:wrote|authored|developed|produced|created|designed|compiled|prepared|"
    r"drafted)\s+(?:this|the|it|these|our)\b"  # ("Who built it": a workshop's own people)
)
_KEPT_AWAY = re.compile(  # a heading saying its people did not come, in any words (folded)
    r"^(?:(?:sadly|also|regrettably)\s+)?(?:(?:could|can|did|would)\s*(?:n t|nt|not)|"
    r"couldnt|cant|didnt|wasnt able to|werent able to|unable to|not able to)\s+"
    r"(?:join|attend|come|make|be\s+(?:there|with|here))\b"
    r"|^not\s+(?:with\s+us|present|here|there|(?:at|in|on)\s+the\s+(?:\w+[\s-]+)?\w+)$"
)
_BUT_NOT = re.compile(  # expected, but did not come (folded)
    r"^(?:\w+\s+){1,3}but\s+(?:not\b|did\s*(?:n t|nt|not)\b|could\s*(?:n t|nt|not)\b|"
    r"unable\b|absent\b|sent\s+apologies\b)"
)
_WROTE_IN = re.compile(  # who sent words instead of coming (folded)
    r"^(?:written|e ?mailed|emailed)\s+(?:contributions?|comments|submissions?|updates?)\b"
    r"|^(?:sent|submitted)\s+(?:in\s+)?(?:written\s+)?(?:comments|contributions?|updates?)\b"
)
_CAME_HEADING = re.compile(  # who took part, in any words: "On the call (9)", "Who was in the
    # set", "Members of the group", "Convenors", "Dialled in", "Joined online"
    r"^(?:who\s+(?:was|were|is|are)\s+)?(?:on|in|a?round)\s+the\s+(?:\w+\s+)?(?:call|line|room|zoom|"
    r"meeting|session|huddle|set|group|circle)$"
    r"|^who\s+(?:was|were)\s+(?:in|at|on)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:set|group|call|"
    r"room|meeting|session|workshop|event|huddle|circle|panel|day|tables?)$"
    r"|^who\s+(?:was|were)\s+at\s+(?:the|our|this|last)\s+(?:\w+\s+){0,2}\w+$"  # "Who was at
    # the debrief", "Who was at the tables": at an event, whatever it is called
    r"|^(?:set\s+|group\s+|panel\s+|circle\s+)?members(?:\s+(?:of|in)\s+the\s+\w+)?$"
    r"|^(?:(?:statutory|community|voluntary|third|public|private|independent|lay|elected|"
    r"co-?opted|board|committee|partnership|sector|and|&)\s+){1,4}(?:members|partners|"
    r"representatives)$"  # a partnership's classes of member: "Statutory partners"
    r"|^who\s+(?:actually|really|in\s+fact|finally)\s+(?:came|attended|joined|turned\s+up)"
    r"|^who\s+(?!wrote\b|authored\b|needed\b|funded\b|published\b|helped\b|supported\b|"
    r"sponsored\b|commissioned\b|reviewed\b)(?:\w+ed|drew|came|went|"
    r"spoke|ran|led|made|met|sat|gave|took\s+part)(?:\s+(?:the|this|our|a)\b)?(?:\s+\w+){0,2}$"
    r"|^at\s+the\s+(?:workshop|meeting|session|event|day|huddle|call|roundtable)$"
    r"|^(?!(?:what|how|why|when|where|which|who)\b)(?:\w+\s+){1,5}(?:spoke|presented|talked)"
    r"(?:\s+(?:first|next|then|briefly|too|also))?$"  # "Two of the mentors spoke: A, …"
    r"|^(?:co-?\s*)?conv[eo]n[eo]rs?$|^organi[sz]ers?$|^(?:joined|dialled in|dialed in|"
    r"joined online|online|on zoom|on teams)$"
    r"|^(?:about\s+)?(?:our\s+|the\s+)?(?:speaker|presenter|panellist|panelist|facilitator|"
    r"contributor|guest)s?\s*(?:biographies|biography|bios?|profiles?)?$",  # "Speaker biographies"
    re.IGNORECASE,
)


_ANNOUNCED = re.compile(
    r"\b(?:following|these|two|three|four|five|some|key|main|our)\s+(?:\w+\s+){0,2}?"
    r"(?:learning(?:\s+points?)?|lessons?|insights?|take-?aways?|points of learning)"
    r"(?:\s+(?:from|for|of|on)\b[^.:]{0,100})?\s*:$"  # "Three lessons from the huddle, …:"
    r"|\b(?:learning(?:\s+points?)?|lessons?(?:\s+learned)?|insights?|take-?aways?)\s+"
    r"(?:were|was|are|included|identified|emerged)\b[^.:]{0,40}:$"
    r"|\bwhat came out of (?:the|today|this|our|it)\b.{0,40}:$"  # "… what came out of today:"
    r"|\b(?:points?\s+of\s+learning|learning\s+points?|lessons?(?:\s+learn[et]d?)?)\s+"
    r"(?:agreed|noted|identified|recorded|drawn|captured)\b[^.:]{0,60}:$"  # "Points of
    # learning agreed by the council:"
    r"|\b(?:took|drew|noted|agreed|identified|highlighted|shared|learned|learnt|"
    r"had\s+learned|had\s+learnt|have\s+learned|has\s+learned)\s+(?:as\s+)?(?:the\s+following|"
    r"the\s+(?:two|three|four|five)|two|three|four|five|several|some|these|key)\s+(?:\w+\s+){0,2}?"
    r"(?:points?|things|lessons?|messages?|learning(?:\s+points?)?|takeaways?)\b[^.:]{0,80}"
    r"\s*[:–—-]$"  # "Governors took three points from the item:"
    r"|\b(?:things?|points?|lessons?)\b[^.:]{0,60}\btaught\s+(?:us|me|them)\s*[:–—-]$"
    r"|\b(?:our|the|my)\s+(?:key\s+)?(?:learning|lessons?|takeaways?)\s+(?:from|for|of)\b"
    r"[^.:]{0,60}(?:[:–—-]|👇|⬇️?)\s*$"  # "Here's what I wrote up as our learning from today 👇"
    r"|\bwhat\s+(?:\w+\s+){0,3}?(?:had\s+|have\s+|has\s+)?(?:learned|learnt)\b[^:]{0,120}:$",
    # "… the room named what it had learned. These are the points the group agreed to keep:"
    re.IGNORECASE,
)


def announces_learning(text: str) -> bool:
    """Whether a line leads in to learning listed under it: "The Forum noted the following
    learning:", "Three lessons stood out for us:", "Key insights were as follows:".

    >>> announces_learning("The Forum noted the following learning:")
    True
    >>> announces_learning("Three lessons from Tuesday's huddle, for anyone who missed it:")
    True
    >>> announces_learning("5.4 Governors took three points from the item:")
    True
    >>> announces_learning("Outcome: Agreed as the three things the first year taught us -")
    True
    >>> announces_learning("Here's what I wrote up as our learning from today 👇")
    True
    >>> announces_learning("the Chair said that the Committee had learned three things from "
    ...     "the evidence:")
    True
    >>> announces_learning("4.3 The Chair asked for a record. Points of learning agreed by "
    ...     "the council:")
    True
    >>> announces_learning("The Forum noted the following:"), announces_learning("Learning:")
    (False, False)
    """
    return bool(_ANNOUNCED.search(text.strip()))


@lru_cache(maxsize=4096)  # the same headings recur across documents
def role_of_heading(text: str) -> Role | None:
    """The meaning a heading's words give its section, if any.

    >>> role_of_heading("3. What we learned:"), role_of_heading("Apologies for absence")
    (<Role.LEARNING: 'learning'>, <Role.APOLOGIES: 'apologies'>)
    >>> role_of_heading("Reflections: what we are learning")
    <Role.LEARNING: 'learning'>
    >>> role_of_heading("Background") is None, role_of_heading("Lessons identified")
    (True, <Role.LEARNING: 'learning'>)
    >>> role_of_heading("Section C: What did the group learn?"), role_of_heading(
    ...     "What the panel said we learned from the day")
    (<Role.LEARNING: 'learning'>, <Role.LEARNING: 'learning'>)
    >>> role_of_heading("Learning disabilities: what we learned about annual checks")
    <Role.LEARNING: 'learning'>
    >>> role_of_heading("Learning set meeting"), role_of_heading("Learning disability nurses")
    (None, None)
    >>> [role_of_heading(h).value for h in ("What Leah is taking away", "With hindsight",
    ...     "3. Points the Committee drew from the evidence", "Reflections from the tables",
    ...     "What the group wanted other services to know:", "WHAT WE'RE CARRYING FORWARD")]
    ['learning', 'learning', 'learning', 'learning', 'learning', 'learning']
    >>> role_of_heading("Items carried forward"), role_of_heading("What we want to know")
    (None, None)
    >>> [role_of_heading(h).value for h in ("On the call (9):", "Who was in the set",
    ...     "Members of the group", "Convenors", "Dialled in")]
    ['attendance', 'attendance', 'attendance', 'attendance', 'attendance']
    >>> [role_of_heading(h).value for h in ("Statutory partners", "Elected members",
    ...     "Community and voluntary partners")]
    ['attendance', 'attendance', 'attendance']
    >>> role_of_heading("Delivery partners"), role_of_heading("Partners")
    (None, None)
    >>> role_of_heading("Two of the mentors spoke").value
    'attendance'
    >>> role_of_heading("What the panel presented") is None
    True
    >>> role_of_heading("On the agenda"), role_of_heading("Who was in the news")
    (None, None)
    >>> role_of_heading("Who was at the debrief"), role_of_heading("WHO WAS AT THE TABLES")
    (<Role.ATTENDANCE: 'attendance'>, <Role.ATTENDANCE: 'attendance'>)
    >>> role_of_heading("Speaker biographies"), role_of_heading("About our speakers")
    (<Role.ATTENDANCE: 'attendance'>, <Role.ATTENDANCE: 'attendance'>)
    >>> [role_of_heading(h).value for h in ("What we'd say to another team",
    ...     "Three things to take away", "3. What this story asks of us",
    ...     "Three things I took away:")]
    ['learning', 'learning', 'learning', 'learning']
    >>> [role_of_heading(h).value for h in ("What we are taking home", "What the outer circle "
    ...     "heard", "What people said they would take back to their teams")]
    ['learning', 'learning', 'learning']
    >>> [role_of_heading(h).value for h in ("Learning from the session", "What we will take "
    ...     "into the pilot", "Learning the forum noted from the neonatal pilot:")]
    ['learning', 'learning', 'learning']
    >>> role_of_heading("What the panel wants the health board to understand").value
    'learning'
    >>> [role_of_heading(h).value for h in ("4. Learning points for the group", "Aha moments",
    ...     "Learning the chair summed up at the end of the call", "Learning we kept hearing")]
    ['learning', 'learning', 'learning', 'learning']
    >>> [role_of_heading(h).value for h in ("6. Points of learning agreed by the network",
    ...     "What the deep dive taught the committee", "Reflections the Board took away")]
    ['learning', 'learning', 'learning']
    >>> role_of_heading("Learning from Northern Ireland"), role_of_heading("Learning set")
    (None, None)
    >>> role_of_heading("Project team present"), role_of_heading("Staff attending")
    (<Role.ATTENDANCE: 'attendance'>, <Role.ATTENDANCE: 'attendance'>)
    >>> role_of_heading("Clubs represented"), role_of_heading("Groups under-represented")
    (<Role.ATTENDANCE: 'attendance'>, None)
    >>> role_of_heading("Names on the sheet"), role_of_heading("Not signed in")
    (<Role.ATTENDANCE: 'attendance'>, <Role.APOLOGIES: 'apologies'>)
    >>> role_of_heading("Learning for the team"), role_of_heading("WHAT I'M TAKING FROM THIS WEEK")
    (<Role.LEARNING: 'learning'>, <Role.LEARNING: 'learning'>)
    >>> role_of_heading("Themes from the debrief"), role_of_heading("Themes from Wales")
    (<Role.LEARNING: 'learning'>, None)
    >>> [role_of_heading(h).value for h in ("Patterns across this month's cases",
    ...     "Practice points we are taking back to caseloads",
    ...     "What the last two years of lupus pregnancies taught us")]
    ['learning', 'learning', 'learning']
    >>> role_of_heading("2. The story in brief"), role_of_heading("In brief")
    (None, <Role.LEARNING: 'learning'>)
    >>> role_of_heading("THINGS I'VE LEARNED THIS MONTH"), role_of_heading("Things we've learnt")
    (<Role.LEARNING: 'learning'>, <Role.LEARNING: 'learning'>)
    >>> [role_of_heading(h).value for h in ("What the week showed us", "Reflection statements",
    ...     "Reflections the room offered", "Key teaching points from this session",
    ...     "Learning across the block", "Learning we are taking back to practice")]
    ['learning', 'learning', 'learning', 'learning', 'learning', 'learning']
    >>> [role_of_heading(h).value for h in ("Things I'm holding on to", "Things to hold on to",
    ...     "Points we kept", "Things we're taking forward",
    ...     "Things we're taking back to our teams")]
    ['learning', 'learning', 'learning', 'learning', 'learning']
    >>> [role_of_heading(h).value for h in ("3. WHAT THE LIST IS TELLING US",
    ...     "Blue hat: what the session concluded")]
    ['learning', 'learning']
    >>> [role_of_heading(h).value for h in ("3. What champions said is working",
    ...     "What's working, what's not", "What works well")]
    ['learning', 'learning', 'learning']
    >>> role_of_heading("What the network works on"), role_of_heading("Working group")
    (None, None)
    >>> role_of_heading("Things to do next"), role_of_heading("Things we are holding back")
    (None, None)
    >>> role_of_heading("What the audit showed"), role_of_heading("Learning set meeting")
    (<Role.LEARNING: 'learning'>, None)
    >>> role_of_heading("Also in the room for the debrief"), role_of_heading("Apologies tonight")
    (<Role.ATTENDANCE: 'attendance'>, <Role.APOLOGIES: 'apologies'>)
    >>> role_of_heading("4. ACTIONS CARRIED FORWARD")
    <Role.ACTIONS: 'actions'>
    >>> role_of_heading("4. Ward actions"), role_of_heading("What the PREM told the ward team")
    (<Role.ACTIONS: 'actions'>, <Role.LEARNING: 'learning'>)
    >>> role_of_heading("GUESTS FOR ITEM 2"), role_of_heading("Attending for items 3 and 4 only")
    (<Role.ATTENDANCE: 'attendance'>, <Role.ATTENDANCE: 'attendance'>)
    >>> role_of_heading("The team on the day"), role_of_heading("The team")
    (<Role.ATTENDANCE: 'attendance'>, <Role.CONTACTS: 'contacts'>)
    >>> role_of_heading("Points for the tinnitus service (learning)")
    <Role.LEARNING: 'learning'>
    """
    if announces_learning(text):  # a lead-in set as a heading: "The following learning:"
        return Role.LEARNING
    parts = heading_parts(text)
    for part in parts:  # "Reflections: what we are learning", "Notes – what worked"
        words = fold(part)
        if not words:
            continue
        when = _ON_THE_DAY.search(words)  # "The team on the day", "Hosts tonight": who was there
        if when and words[: when.start()] in _WORD_TO_ROLE:
            said = _WORD_TO_ROLE[words[: when.start()]]
            if said in (Role.ATTENDANCE, Role.CONTACTS, Role.APOLOGIES):
                return Role.APOLOGIES if said == Role.APOLOGIES else Role.ATTENDANCE
        if when and _PLACED.fullmatch(words[: when.start()]):  # "On the rope today": who was
            return Role.ATTENDANCE  # there, said of one day (not "On the agenda today")
        if words.startswith("not ") and _WORD_TO_ROLE.get(words[4:]) == Role.ATTENDANCE:
            return Role.APOLOGIES  # "Not signed in", "Not present": the others
        if words in _WORD_TO_ROLE:
            return _WORD_TO_ROLE[words]
        if _BUT_NOT.match(words) or _WROTE_IN.match(words):  # "Listed but not present",
            return Role.APOLOGIES  # "Written contributions": not there in person
        if _AROUND.fullmatch(words):  # "Around the chart", "Round the fire": who sat there
            return Role.ATTENDANCE
        if _PRESENT_END.search(words):  # "Project team present", "Staff attending"
            return Role.ATTENDANCE
        if _TOLD_HEADING.search(words):  # "What the hopes and fears told the team"
            return Role.LEARNING
        if _ASKED.match(words):  # "Questions we didn't get to": asked, not learned
            return Role.AGENDA
        for form, role in _PHRASES:  # "Key findings from …"
            if words.startswith(form + " "):
                return role
        if LEARNING_FOR.match(words):  # "Learning for the team" is no team
            return Role.LEARNING
        for form, role in _PHRASES:  # "Our key findings"; "The story in brief" is no summary
            if (
                words.endswith(" " + form)
                and not form.startswith(("in ", "at ", "what "))
                and not words.startswith("what ")  # "What the vote day taught the steering
                # group": a question about them, never a list of them
                and not _ADDRESSED.search(words[: -len(form)])  # "… for the panel": to them
                and not says_learned(words)  # "Things we'd tell a new midwife joining the team"
            ):
                return role
        if _DONE_BY.fullmatch(words):  # "Ward actions", "Our next steps": what is to be done
            return Role.ACTIONS
        if says_learned(words) and "disabilit" not in words:
            return Role.LEARNING
        if _MADE_HEADING.search(words):  # "Who developed this", "Who wrote this report"
            return Role.AUTHORS
        if _KEPT_AWAY.search(words):  # "Couldn't join", "Could not be with us", "Can't make it"
            return Role.APOLOGIES
        if _CAME_HEADING.search(words):
            return Role.ATTENDANCE
        trimmed = _QUALIFIED.sub("", words)  # "Also in the room for the debrief"
        if trimmed != words and _WORD_TO_ROLE.get(trimmed) in (Role.ATTENDANCE, Role.APOLOGIES):
            return _WORD_TO_ROLE[trimmed]
    return None


_ADDRESSED = re.compile(r"\w\s+(?:for|to|from|by)\s$")  # words addressed to its end ("Points
# of learning for the panel"); "For the team" alone still names the team
_DONE_BY = re.compile(  # a short heading naming whose actions: "Ward actions", "Team tasks",
    # or when they stand: "Actions carried forward"
    r"(?:\w+\s+){1,2}(?:actions|action\s+points|tasks|next\s+steps|to\s+dos?)"
    r"|(?:\w+\s+){0,2}(?:actions|action\s+points|tasks)\s+(?:carried|brought|rolled)\s+"
    r"(?:forward|over)"
)
_PLACED = re.compile(  # somewhere in the room, said of a day: "on the rope", "around the table"
    r"(?:on|in|at|around|round)\s+the\s+(?!agenda\b|programme\b|menu\b|list\b|table of\b)"
    r"\w+(?:\s+\w+)?"
)
_TOLD_HEADING = re.compile(  # what something told its readers, ending on them (before "…
    r"^what\b.{0,40}\b(?:told|tells|telling|showed|shows|taught|teaches|teaching)\s+"
    r"(?:the\s+)?\w+"
    r"(?:\s+team)?$"
)  # the team" is read as a team's contacts; "… told the ward team")
_ASKED = re.compile(
    r"^(?:(?:unanswered|open|remaining|outstanding|audience|more|other|further)\s+)?"
    r"questions\b(?!\s+(?:and\s+answers|answered|(?:this|the|our)\s+(?:\w+\s+)?answers)\b)"
)
_AROUND = re.compile(  # gathered round something in the room, not a tour of places
    r"a?round\s+the\s+(?!(?:country|countries|nations?|regions?|world|uk|globe|houses|"
    r"clock|year|corner|edges)\b)\w+"
)
_ON_THE_DAY = re.compile(
    r"\s+(?:today|tonight|this\s+(?:week|time|evening|morning|afternoon)|on\s+the\s+day"
    r"|(?:only\s+)?(?:for|on|at)\s+items?\s+\d+(?:\s*(?:and|to|&|,)?\s*\d+)*(?:\s+only)?)$"
)  # "Guests for item 2", "In attendance for items 3 and 4 only": who was there, for a part
_QUALIFIED = re.compile(  # "also …", "… for the debrief", "… tonight": who, said of one meeting
    r"^(?:also|and)\s+|\s+(?:for|at|during)\s+(?:the|this|our|that)\s+\w+(?:\s+\w+)?$|"
    + _ON_THE_DAY.pattern
)
