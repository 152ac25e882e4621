"""Who took part in a workshop, read from its prose: a person the notes say spoke, presented,
led or asked something at it ("Ms Carlin presented the evaluation", "Dr McAteer asked
whether …", "Deborah Nicholson, Registered Manager at Hensingham House, who co-led the
pilot with me and will talk after the break"). Lists of who came are read elsewhere
(ingest.extract.people_blocks); this covers notes that name people only as they act.

Only in workshop notes, and not where the notes send apologies or cite someone's work.
"""

from __future__ import annotations

import functools
import re

from graph.model import fold
from graph.reference.names import TITLE_BEFORE, past_letters
from ingest.extract.name_parts import ROLE_HEADS

SPEAKING = frozenset(  # a part that leads something at the workshop
    "speaker speakers presenter presenters chair co-chair chairs facilitator facilitators host "
    "panellist panelist keynote lead convenor convener moderator".split()
)
_LEADING = {  # a verb saying someone led a part -> that part
    "presented": "presenter",
    "present": "presenter",
    "spoke": "speaker",
    "speak": "speaker",
    "talked": "speaker",
    "talk": "speaker",
    "gave": "speaker",
    "led": "lead",
    "lead": "lead",
    "facilitated": "facilitator",
    "facilitate": "facilitator",
    "chaired": "chair",
    "moderated": "moderator",
    "convened": "convenor",
    "ran": "lead",
    "delivered": "lead",
    "hosted": "host",
    "opened": "host",
    "welcomed": "host",
}

_ACTING = re.compile(  # "Jo Bell, Discharge Coordinator (chairing)": the part, in brackets
    r"\((?:co-?)?(chairing|facilitating|presenting|hosting|leading|speaking|convening|"
    r"moderating|in\s+the\s+chair|chair|facilitator|presenter|host|speaker)\)",
    re.IGNORECASE,
)
_ACTING_PART = {  # a participle in brackets -> its part (a part's own noun: `speaking`)
    "chairing": "chair",
    "facilitating": "facilitator",
    "presenting": "presenter",
    "hosting": "host",
    "leading": "lead",
    "speaking": "speaker",
    "convening": "convenor",
    "moderating": "moderator",
}


def acting_aside(text: str) -> str:
    """The part a bracketed aside in a people list's entry says the person had ("(chairing)",
    "(in the chair)"); '' for none.

    >>> acting_aside("Jo Bell, Coordinator (chairing)"), acting_aside("Jo Bell (GP)")
    ('chair', '')
    >>> acting_aside("Jo Bell (chair)"), acting_aside("Jo Bell (in the chair)")
    ('chair', 'chair')
    >>> acting_aside("Jo Bell (facilitator)"), acting_aside("Jo Bell (host)")
    ('facilitator', 'host')
    """
    found = _ACTING.search(text)
    if found is None:
        return ""
    said = found.group(1).lower()
    return _ACTING_PART.get(said) or speaking(said)  # "(chair)", "(in the chair)": 'chair'


_CO = re.compile(r"^co-?")  # "co-led", "cofacilitated": the part its verb names, shared


def _part_of(verb: str) -> str:
    """The part a verb says someone led ('lead', 'chair', …; '' for none), its "co-" or "co"
    passed over ("co-chaired", "coran").

    >>> _part_of("co-chaired"), _part_of("coran"), _part_of("convened"), _part_of("asked")
    ('chair', 'lead', 'convenor', '')
    """
    return _LEADING.get(verb) or _LEADING.get(_CO.sub("", verb), "")


_ACTED = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*,?\s*)?"  # "Ms Carlin (Discharge Coordinator)", "A (…), welcomed"
    r"(?:,[^,.;:]{2,120},\s*|,[^,.;:()]{2,120}\([^()]{1,80}\)\s*,?\s*"  # "A, Psychologist
    # (Western Trust) chaired"
    r"|\s*[—–]\s*[^—–.;:]{2,120}?\s*[—–]\s*|\s+-\s+[^.;:]{2,120}?\s+-\s+"
    r"|\s+(?:from|of|at)\s+[^,.;:]{2,120},\s*(?=who\b))?"
    # "Deborah Nicholson, Registered Manager at …,", "Dr A — Consultant, NHS Highland —",
    # "Jo Bell from the Trust's diabetes education team, who ran …"
    r"(?:\s*(?:from|of|at|with)\s+(?:the\s+)?[^,.;:]{2,50}?\s+"
    r"(?=\w+ed\b|spoke|gave|ran|led|(?:was|were)\s+with\s+us))?"
    r"(?:and\s+(?:(?:I|we|me)\s+|" + TITLE_BEFORE + r"?"
    r"(?:[A-Z][\w'’-]+(?:\s+|(?=,))){1,2}"
    r"(?:\([^()]{0,80}\)\s*|,[^,.;:]{2,90},\s*)?)(?:both\s+)?)?"  # "A and I led", "A (GP) and
    # B (OT) pitched", "A, Adviser at …, and B, Connector at …, joined"
    r"(?:,\s*)?(?:who\s+(?:also\s+|then\s+)?(?:will\s+)?)?(?:also\s+|then\s+)?"
    r"(?:co-?led|led|ran|hosted|joined|attended|took\s+part|took\s+questions|pitched|"
    r"took\s+the\s+chair|"
    r"co-?(?:facilitated|chaired|hosted|presented|ran)|"
    r"presented|facilitated|chaired|opened|welcomed|described|explained|showed|brought|"
    r"outlined|summari[sz]ed|shared|spoke|talked|asked|said|noted|suggested|raised|proposed|"
    r"added|reflected|highlighted|thanked|gave|told|talk|present|speak|lead|facilitate|"
    r"introduced|demonstrated|updated|reported|responded|replied|agreed|came|answered|"
    r"delivered|listened|observed|did(?!\s+not\b|n['’]t)|"
    r"held\s+(?:the|a|an|this|our)\s+(?:[\w-]+\s+)?(?:debrief|session|meeting|huddle|"
    r"workshop|clinic|discussion|circle)|"  # "held the debrief with the students"
    r"popped\s+in|dropped\s+in|turned\s+up|(?:was|were)\s+(?:also\s+)?with\s+us|"
    r"spent\s+(?:the|a|an|two|three)\s+(?:\w+\s+)?(?:morning|afternoon|day|days|evening|hours?|"
    r"session))\b",  # "A, our Dental Nurse Lead, and I spent the morning with you"
    re.IGNORECASE,
)
REACH = 1_000  # no phrase that says who took part runs longer before a name
CITED = re.compile(  # a citation: "Bell (2019) said", "as Bell et al. showed", "in her 2019 study"
    r"^\s*(?:\(|,\s*)?(?:19|20)\d\d\b|\bet al\b"
    r"|\bin (?:her|his|their) (?:(?:19|20)\d\d\s+)?(?:book|paper|study|report|article)\b"
    r"|\b(?:according to|as)\s+\S+(?:\s+\S+)?\s+(?:\(\s*)?(?:19|20)\d\d\b"
)


def speaking(role: str) -> str:
    """'speaker', 'chair', 'facilitator'… when a role says the person led a part ("Guest
    speaker", "our speakers"), else ''.

    >>> speaking("Guest speaker"), speaking("Practice Nurse")
    ('speaker', '')
    """
    words = set(fold(role).replace("-", " ").split()) | {fold(role)}
    found = sorted(words & SPEAKING)
    return found[0].removesuffix("s") if found else ""  # "our speakers": each a speaker


_POST_LEAD = re.compile(  # "Team Lead", "Clinical Lead": a post; not "Session Lead"
    r"\b(?!(?:Session|Workshop|Table|Event|Day|Group|Walk)\b)[A-Z][a-z]+\s+Lead\b"
)


def part_in_post(role: str) -> str:
    """The part a listed person's role says they led, as `speaking`, but not the "Lead" of a
    job title ("Physiotherapy Team Lead", "Clinical Lead for Falls": a post, not a part of the
    session; "Session Lead" is one).

    >>> part_in_post("Physiotherapy Team Lead"), part_in_post("Session lead, NHS Fife")
    ('', 'lead')
    >>> part_in_post("Guest speaker, Team Lead")
    'speaker'
    """
    return speaking(_POST_LEAD.sub(" ", role))


def acted_as(text: str, end: int) -> str | None:
    """Whether the person named just before `end` in `text` (a sentence) is said to act at
    the workshop, as the part the verb says they led ('presenter', 'lead', …; '' for a part
    that led nothing: "asked", "said"); None when they are not said to act, or are cited.

    >>> acted_as("Ms Carlin presented the evaluation.", 9), acted_as("Jo Bell asked why.", 7)
    ('presenter', '')
    >>> acted_as("Jo Bell, our Nurse Lead, and I spent the morning with you.", 7)
    ''
    >>> acted_as("Thanks to Deb Nash, Manager at Hill House, who co-led it with me.", 18)
    'lead'
    >>> acted_as("As Jo Bell said in her 2019 study, peers help.", 10) is None
    True
    >>> acted_as("We wrote to Jo Bell about the room.", 19) is None
    True
    >>> acted_as("Gethin Morgan, a peer volunteer who did the programme in 2023, told us more.", 13)
    ''
    >>> acted_as("Her registrar Dr Farhan Qureshi from the same practice talked us through it.", 31)
    'speaker'
    >>> acted_as("At the close Eilidh and I presented together.", 19)
    'presenter'
    >>> acted_as("and to Jo Bell from the Trust's education team, who ran a taster;", 14)
    'lead'
    >>> acted_as("Jo Bell (2019) said peers help.", 7), acted_as("Jo Bell et al. said so.", 7)
    (None, None)
    >>> acted_as("Jo Bell, a Nurse with NHS Fife, did the opening talk.", 7)
    ''
    >>> acted_as("Jo Bell delivered the session.", 7), acted_as("Jo Bell did not come.", 7)
    ('lead', None)
    >>> acted_as("Orla ran it with Jo Bell, a dietitian, who co-facilitated.", 24)
    'facilitator'
    >>> acted_as("The Association's Health Champion, Jo Bell, opened the circle.", 42)
    'host'
    >>> acted_as("Dr Jo Bell — Consultant Psychiatrist, NHS Highland — talked about it.", 10)
    'speaker'
    >>> acted_as("Third, Jo Bell, a Rehabilitation Worker, showed us how.", 14)
    ''
    >>> acted_as("Dr Jo Bell (Senior Lecturer) held the debrief with the students.", 10)
    ''
    >>> acted_as("Sister Jo Bell RGN ENP, Lead Nurse, who chaired, welcomed Ann Lee.", 14)
    'chair'
    """
    found = _ACTED.match(text, past_letters(text, end))
    if found is None or cited(text, end):
        return None
    return _part_of(found.group(0).split()[-1].lower())


def cited(text: str, end: int) -> bool:
    """Whether the sentence cites the work of the person named just before `end` ("Bell
    (2019) said", "as Bell et al. showed") rather than saying what they did.

    >>> cited("Jo Bell (2019) said peers help.", 7), cited("Jo Bell said peers help.", 7)
    (True, False)
    """
    return bool(CITED.search(text[end : end + REACH])) or _cites(text)


@functools.lru_cache(maxsize=256)
def _cites(sentence: str) -> bool:  # asked once per sentence, not once per name in it
    return CITED.search(sentence) is not None


def ending(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """`pattern` (which ends with `$`) found ending at `start`, read over the REACH characters
    before it: a sentence that lists thousands of names is not re-read from its start for each
    (`^` still matches only where the sentence starts)."""
    return pattern.search(text, max(0, start - REACH), start)


_REPORTED = re.compile(  # the name's own clause reports what someone said
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:,[^,.;]{0,80},\s*)?(?:said|says|told|tells|explained|noted|"
    r"reported|added|described|mentioned|pointed\s+out|warned|felt|thought|asked)\b",
    re.IGNORECASE,
)
_SELF = re.compile(r"\s*(?:that\s+)?(?:he|she|they|i)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;.!?|]|\b(?:but|while|whereas)\b")  # "|": a table's next cell
_NEW_SUBJECT = re.compile(r"\s+(?:[A-Z]|(?:he|she|they|we|i|it|her|his|their)\b)")


def absent_before(sentence: str, name_end: int, absence: int, named_before: bool = False) -> bool:
    """Whether the person whose name ends at `name_end` in `sentence` is the one an absence
    said at `absence` is about: the name comes first, in the same clause ("Helen Carbery is no
    longer able to speak; her session will be covered by Nadia Karim": Helen, not Nadia).

    >>> s = "Helen Carbery is no longer able to speak; Nadia Karim will cover it."
    >>> absent_before(s, 13, 17), absent_before(s, 54, 17)
    (True, False)
    >>> s = "Jo Bell said numbers fell when most dads could not come."
    >>> s, t = s, "Jo Bell said she could not come."
    >>> absent_before(s, 7, s.index("could not")), absent_before(t, 7, t.index("could not"))
    (False, True)
    >>> s, t = "Dr Bell signed up but was bleeped and did not come.", "Jo came but Ann did not."
    >>> absent_before(s, 7, s.index("did not")), absent_before(t, 2, t.index("did not"))
    (True, False)

    A reporter's "she" is the person named before them, when someone is (`named_before`):
    "Ann Bell -- crossed through; Jo says she was called back" is about Ann, not Jo.

    >>> s = "Ann Bell -- crossed through; Jo says she was called back to the ward."
    >>> absent_before(s, 31, s.index("called"), named_before=True)
    False
    """
    if not 0 <= name_end <= absence:
        return False
    between = sentence[name_end:absence]
    reported = _REPORTED.match(between)
    if reported and (named_before or not _SELF.match(between, reported.end())):
        return False  # "Bethan said the numbers fell when most dads could not come": not her
        # (but "Jo Bell said she could not come")
    for found in _CLAUSE_BREAK.finditer(between):
        if found.group(0)[0].isalpha() and not _NEW_SUBJECT.match(between, found.end()):
            continue  # "Dr Bell signed up but was bleeped …": the same person goes on
        return False
    return True


_ACTED_BY = re.compile(  # "The day was chaired by Dr", "and facilitated by", "hosted by our"
    r"(?<!\bto\sbe\s)\b(?P<verb>chaired|co-chaired|facilitated|co-facilitated|led|co-led|hosted|opened|"
    r"presented|introduced|moderated|convened|run|delivered|organised|organized|given|brought)"
    r"(?:\s+(?:tonight|today|this\s+(?:week|time|morning|afternoon|evening)|again|jointly|"
    r"as\s+always|as\s+usual))?\s+by:?\s+"  # "brought by: A, Ward Manager" (a chart's)
    r"(?:(?:the|our|their|a|an)\s+(?:(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*,?|"
    r"[^.;:]{0,140}?,)\s+)?"  # "by the Coordinator from the Partnership (CYPSP), Damian"
    r"(?:(?:me|us)\s*\(\s*)?(?:(?:Sister|Matron|Nurse)\s+)?"  # "led by Sister Ann Bell"
    + TITLE_BEFORE
    + "?$",  # "Led tonight by me (Orlaith Devanney, …)"
    re.IGNORECASE,
)
_NOTED_BY = re.compile(  # the notes of the day, taken by one who was there
    r"(?:\bnotes?\b[^.;]{0,80}?\b(?:taken|typed|written|kept|made|recorded|jotted)\b[^.;]{0,80}?"
    r"|\b(?:written|typed)\s+up\s+(?:(?:from|on|at|in)\s+[^.;]{0,40}?\s+)?|\bwrite-?\s?up\s+"
    r"|\bnotes?\s+)"  # "· written up by Jo …, "Typed up from my notebook by Jo (…)",
    # Manager", "notes by A, Coordinator"
    r"\bby\s+(?:(?:the|our|their)\s+[^.;:,]{1,80}?,\s+)?"  # "by the health board's Patient
    + TITLE_BEFORE  # Information Manager, Owain …"
    + "?$",
    re.IGNORECASE,
)
_BY_PART = {
    "run": "lead",
    "delivered": "speaker",
    "organised": "",
    "organized": "",
    "given": "lead",
    "brought": "",  # a case or a chart to a surgery: there, with it
}


_ROLE_BEFORE = re.compile(  # "3 Skin and sun: guest Dr Hamish Lennox, …", "with speaker Jo Bell"
    r"(?:^|[\s:(,;])(?P<part>guest\s+speaker|guest|speaker|facilitator|co-facilitator|"
    r"presenter|tutor|trainer|panellist|panelist|moderator)\s+" + TITLE_BEFORE + "?$",
    re.IGNORECASE,
)


_PART_AT_IT = re.compile(  # "Medical adviser for the event: Dr Isla Bell", "Steward on the
    # day - Jo Bell": a part the label says someone had at the event itself
    r"(?:^|[.;:!?]\s+)(?P<part>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3})\s+(?:for|at|on)\s+(?:the|this|"
    r"our)\s+(?:event|day|walk|session|evening|night|meeting|workshop|visit|run|ride|course)"
    r"\s*(?::|\s[–—-])\s*" + TITLE_BEFORE + "?$",
    re.IGNORECASE,
)
_PARTS_LISTED = re.compile(  # "Hosts were: A (…) on X; Dr B, …, on Y; and C", "Speakers: A, B"
    # (a sentence that opens with the label, or thanks them: "Huge thanks to our speakers: …")
    r"(?:^\W*|\bthanks?\s+to\s+)(?:(?:the|our|table)\s+)?"
    r"(?P<part>hosts|speakers|chairs|co-chairs|facilitators|presenters|panellists|panelists)"
    r"(?:\s+(?:were|are|was|included|on\s+the\s+day))?\s*:[^.:]{0,400}$",
    re.IGNORECASE,
)


def acted_by(text: str, start: int) -> str | None:
    """The part a workshop's prose says the person named from `start` led, in the passive
    ("The day was chaired by Dr Ann Bell, …, and facilitated by Bo Li"): 'chair',
    'facilitator', …; None when no such phrase leads to the name.

    >>> s = "The day was chaired by Dr Ann Bell, Consultant, and facilitated by Bo Li."
    >>> acted_by(s, 26), acted_by(s, 67), acted_by("A report by Jo Bell.", 12)
    ('chair', 'facilitator', None)
    >>> acted_by("3 Skin and sun: guest Dr Hamish Lennox, Dermatologist", 25)
    'speaker'
    >>> acted_by("Co-facilitated by the Coordinator from the Partnership (CYPSP), Jo Bell", 64)
    'facilitator'
    >>> acted_by("The evening was co-chaired by a GP, Dr Ben Hale of Earlham Road Surgery.", 39)
    'chair'
    >>> acted_by("Workshop held at the hall · written up by Ann Bell, Manager", 42)
    ''
    >>> acted_by("Written up by the health board's Information Manager, Jo Bell.", 54)
    ''
    >>> acted_by("The debrief was led by Sister Ann Bell, who runs Ward 3", 30)
    'lead'
    >>> acted_by("Supervision was given by Dr Ann Bell CPsychol, Psychologist", 28)
    'lead'
    >>> acted_by("This slot was to be given by Dr Ann Bell, who was unable to travel", 33) is None
    True
    >>> acted_by("Led tonight by me (Ann Bell, music therapist).", 19)
    'lead'
    >>> acted_by("Medical adviser for the event: Dr Isla Bell, GP", 34), acted_by(
    ...     "Plans for the day: Ann Bell", 19)
    ('', None)
    >>> acted_by("Hosts were: Ann Bell (Voluntary Norfolk) on housing; and Bo Li", 60)
    'host'
    """
    found = ending(_ACTED_BY, text, start)
    if found is None and ending(_NOTED_BY, text, start):
        return ""  # "Notes taken on the walk (…) by Heledd Prosser": there, keeping the notes
    if found is None:
        role = ending(_ROLE_BEFORE, text, start)
        at_it = ending(_PART_AT_IT, text, start) if role is None else None
        if at_it and at_it.group("part").split()[-1].lower() in ROLE_HEADS:
            return speaking(at_it.group("part"))  # there, in the part the label names
        if role is None and (listed := ending(_PARTS_LISTED, text, start)):
            return speaking(listed.group("part").lower().removesuffix("s")) or "speaker"
        return (speaking(role.group("part")) or "speaker") if role else None
    verb = found.group("verb").lower()
    if verb in _BY_PART:
        return _BY_PART[verb]
    return _part_of(verb) or speaking(verb.removesuffix("d"))


_AMONG_US = re.compile(  # "There were eight of us on the walk, including", "we were joined by"
    r"(?:\bof\s+us\b|\bthere\s+were\s+\w+|\bwe\s+were\s+(?:\w+\s+)?joined\s+by)"
    r"[^.;:]{0,60}?(?:\bincluding|\bamong\s+them|\bby)?\s*" + TITLE_BEFORE + "?$"
    r"|\bof\s+us\b[^.;:]{0,40}:[^.;:]{0,300}$"  # "Six of us did: mammographers A and B, …, and C"
    r"|\b(?:with|alongside|joining)\s+(?:her|him|them|us|me)\s+(?:were|was)\b[^.;:]{0,300}$"
    r"|\b(?:everyone|everybody|all|those|people)\s+who\s+(?:came|attended|joined|took\s+part|"
    r"were\s+there)\b[^.:;]{0,60}:[^.]{0,600}$"  # "Everyone who came and gave the morning to
    # it: occupational therapists A and B (…); C from …"
    r"|(?:^\W*|\b(?:were|was|and|then)\s+(?:also\s+)?)joined\s+(?:[\w-]+\s+){0,4}?by\b"
    r"[^.;:]{0,300}$"  # "Joined on the day by Dr A (…), Security Manager B and C of the Council"
    r"|\b(?:a?round|at|in)\s+the\s+(?:table|tables|room|circle|call)\s+(?:were|was|sat)\b"
    r"[^.]{0,400}$",  # "Around the table were the advisors; Dr A, …, who …; B, …"
    # "With her were A, Coordinator at …, who has …, and B (…), who came to …"
    re.IGNORECASE,
)


def among_us(text: str, start: int) -> bool:
    """Whether the person named from `start` is one of those a sentence of workshop notes
    counts as there ("There were eight of us on the walk, including Gemma Lunn (…)").

    >>> s = "There were eight of us on the walk, including Gemma Lunn (OT)."
    >>> among_us(s, 46), among_us("We cited Jo Bell.", 9)
    (True, False)
    >>> s = "Six of us did: mammographer Ann Bell, Jo Cole from the office, and Dr Bo Li."
    >>> among_us(s, 28), among_us(s, 38), among_us(s, 70)
    (True, True, True)
    >>> s = "With her were Ciaran Mull, Coordinator at the council, and Pat Gorm (PHA)."
    >>> among_us(s, 14), among_us(s, 60), among_us("Bo Li walked with her.", 0)
    (True, True, False)
    >>> s = "Joined on the day by Dr Ann Bell (GP), Manager Jo Cole and Bo Li of the Council."
    >>> among_us(s, 24), among_us(s, 48), among_us(s, 59), among_us("Bo Li joined the board.", 0)
    (True, True, True, False)
    >>> s = "Everyone who came and gave the morning to it: therapists Ann Bell and Bo Li (OT)."
    >>> among_us(s, s.index("Ann")), among_us(s, s.index("Bo"))
    (True, True)
    >>> s = "Around the table were the advisors; Dr Ann Bell, GP, who refers many; Bo Li, Tutor."
    >>> among_us(s, 39), among_us(s, 71), among_us("Dr Ann Bell sat at the table.", 3)
    (True, True, False)
    """
    return ending(_AMONG_US, text, start) is not None
