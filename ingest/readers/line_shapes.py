"""The shape of one line of text: whether it ends a sentence, runs on into the next, is a
heading, a line in capitals or a "Key: value" line, and how wrapped lines join. Used by the
line classifier (ingest.readers.lines) and by the readers that join lines themselves."""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.reference.gazetteer import place_names_by_first_word
from graph.reference.names import POSTCODE, name_words

MAX_HEADING_WORDS = 10
MAX_HEADING_CHARS = 80
LONG_LINE = 50  # a line this long that does not end a sentence continues into the next
_META = re.compile(r"^\s*([^\W\d_][\w'’&/().\-]*(?: [\w'’&/().\-]+){0,3}?)\s?:\s+(\S.*)$")
NOT_KEYS = frozenset(
    "he she they we i you it this that these those there here our my his her their one some "
    "many most all but and so when if as".split()
)
_JOINERS = frozenset(
    "a an the of and or nor to in into for with at by on from as that which who whose is are "
    "was were be been their its his her our your than about between not but dr mr mrs ms "
    "prof st such per via".split()
)
_KEEP_HYPHEN = frozenset(
    "self non co cross well long short mid post pre multi semi anti ex full part one two three "
    "four five face day year peer".split()
)
_SENTENCE_END = re.compile(r"[.!?…][\"'’”)\]]*$")


_POSTCODE_END = re.compile(POSTCODE.pattern + r"\W*$")


def ends_address(line: str) -> bool:
    """Whether a line ends with a postcode: an address ends there, whatever line follows
    ("…, Heath Park, Cardiff CF14 4YS" / "Sara Bell", the next author).

    >>> ends_address("Heath Park, Cardiff CF14 4YS"), ends_address("Cardiff University")
    (True, False)
    """
    return _POSTCODE_END.search(line) is not None


def ends_sentence(line: str) -> bool:
    """True when a line ends a sentence: '.', '!', '?' or '…', maybe before a quote.

    >>> ends_sentence("He said “yes.”"), ends_sentence("Tom – Designer"), ends_sentence("e.g.")
    (True, False, True)
    """
    return bool(_SENTENCE_END.search(line.rstrip()))


CHAT_DATE = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+"  # a chat export's date before its time
_OPENS_WITH_TIME = re.compile(  # "[13/05/2025, 07:52] …", "13/05/2025, 07:52 - …", "[00:00:05] …"
    rf"^\s*[\[(]?(?:{CHAT_DATE})?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?\s"
)


def opens_with_time(line: str) -> bool:
    """Whether a line opens with a time (a chat message's, a transcript's, an agenda's): it
    starts something new, never continues the line above.

    >>> opens_with_time("[13/05/2025, 07:52] Ann Bell: late"), opens_with_time("10 people")
    (True, False)
    """
    return _OPENS_WITH_TIME.match(line) is not None


_MESSAGE = re.compile(  # a bracketed time, or a date and a time
    rf"^\s*(?:\[[^\]\n]{{0,24}}\d:\d\d[^\]\n]{{0,12}}\]|{CHAT_DATE}\d)"
)


def is_message(line: str) -> bool:
    """Whether a line opens as a message of a chat export or a transcript's turn does, with a
    bracketed time or a date and time ("[13/05/2025, 07:52] Ann: …", "13/05/2025, 07:52 - …",
    "[00:00:05] KIRSTY: …"): a paragraph of its own, never an entry of a list.

    >>> is_message("[13/05/2025, 07:52] Ann Bell: late"), is_message("10:30 Coffee")
    (True, False)
    """
    return _MESSAGE.match(line) is not None


def _cut_entry(line: str, following: str) -> bool:
    """Whether a line of entries set apart by semicolons, each with its role ("A, Role, Org;
    B, …"), ends on an entry cut short in its name, which the next line carries on ("…
    (lead); Angharad" / "Tudno, Sexual Health Nurse, …").

    >>> _cut_entry("Ann Bell, GP, NHS Fife (lead); Angharad", "Tudno, Nurse, NHS Wales")
    True
    >>> _cut_entry("Ann Bell; Bo Li", "Cy Dee, GP"), _cut_entry("Ann Bell, GP", "Bo Li, GP")
    (False, False)
    """
    *entries, last = line.split(";")
    words = last.split()
    return (
        any("," in entry for entry in entries)
        and 1 <= len(words) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and _GOES_ON.match(following) is not None
    )


def _cut_name(line: str, following: str) -> bool:
    """Whether a line ends on a body's name cut before its head word, which the next line
    opens with, even set like a key ("… Gloucestershire Hospitals NHS Foundation" / "Trust:
    local summary of the national audit").

    >>> _cut_name("Outcomes at Gloucestershire Hospitals NHS Foundation", "Trust: a summary")
    True
    >>> _cut_name("Venue: Board Room", "Date: 4 June"), _cut_name("Read by the", "Trust: yes")
    (False, False)
    """
    head = following.split(":", 1)[0].strip()
    last = line.split()[-1] if line.split() else ""
    return (
        " " not in head
        and head.lower() in _ORG_HEADS
        and last[:1].isupper()
        and last.isalpha()
        and ":" not in line
    )


def _cut_place(line: str, following: str) -> bool:
    """Whether a line ends on the first word of a place or nation name that the next line
    finishes ("… under general anaesthetic in Northern" / "Ireland, 2019/20 to 2024/25").

    >>> _cut_place("Children's teeth taken out in Northern", "Ireland, 2019/20 to 2024/25")
    True
    >>> _cut_place("Chair: Ann North", "Ireland Smith – GP"), _cut_place("In Northern", "Trust")
    (False, False)
    """
    last = line.split()[-1] if line.split() else ""
    joined = f"{last} {following.lstrip()}"
    return ":" not in line and any(
        joined.startswith(name) and not joined[len(name) : len(name) + 1].isalnum()
        for name in place_names_by_first_word().get(last, ())
    )


_GIVEN_AT_END = re.compile(  # "… NHS Trust · Gareth", "(paramedic), EMAS · Prof Hannah",
    # "…, Consultant in Health Protection, and Lorcan" / "Mallon-Price, Surveillance …"
    r"(?:[·—–,;|]\s*|,\s+(?:and|&)\s+|\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Cllr|Sir|Dame)\.?\s+)"
    r"[A-Z][a-z'’]+$"
)
_SURNAME_OPENS = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?(?:\s+[—–-]\s|\s*[,(]|\s*$)")
_ROLE_HEADS = name_words()["role-head"]


def _cut_person(line: str, following: str) -> bool:
    """Whether a line of a list set in a narrow column ends on a person's given name whose
    surname opens the next ("… NHS Trust · Gareth" / "Pennington-Ali — Clinical Team Mentor"),
    or on the first word of a role the next line finishes ("Leon Dyer-Whitlock — Engagement"
    / "Officer, Healthwatch Lincolnshire").

    >>> _cut_person("Teaching Hospitals NHS Trust · Gareth", "Pennington-Ali — Mentor, EMAS")
    True
    >>> _cut_person("Leon Dyer-Whitlock — Engagement", "Officer, Healthwatch Lincolnshire")
    True
    >>> _cut_person("Why a summit", "In December 2025 crews lost hours")
    False
    >>> _cut_person("in Health Protection, and Lorcan", "Mallon-Price, Surveillance Scientist")
    True
    """
    if _GIVEN_AT_END.search(line) and _SURNAME_OPENS.match(following):
        return True
    head = following.split(",", 1)[0].split()
    last = line.split()[-1] if line.split() else ""
    return (
        len(head) == 1
        and head[0].lower() in _ROLE_HEADS
        and last[:1].isupper()
        and last.isalpha()
        and bool(re.search(r"\s[—–-]\s|,", line))
    )


_ORG_HEADS = frozenset(name_words()["org-head"])
_GOES_ON = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*[,(]")


UNWRAPPED = 1.5  # a line this many times longer than the one above was not wrapped at it


VALEDICTION = re.compile(  # a letter's or an e-mail's closing formula, on a line of its own
    # (who signs comes on the next: it carries on no sentence)
    r"\s*(?:yours\s+(?:sincerely|faithfully|truly|ever|in\s+\w+)|(?:kind|best|warm|warmest|with\s+best)\s+"
    r"(?:regards|wishes)|regards|(?:many\s+|with\s+)?thanks|cofion(?:\s+cynnes)?"
    r"|diolch(?:\s+yn\s+fawr)?)\s*[,.!]?\s*$",
    re.IGNORECASE,
)


def continues(line: str, following: str, *, loose: bool = True) -> bool:
    """True when `line` is wrapped prose that `following` continues.

    Certain signs: `following` starts in lower case, or `line` ends with a comma, a hyphen or
    a word such as "of" or "the". With `loose`, also a long line before one ending a sentence.

    >>> continues("the work of", "Healthcare Improvement Scotland")
    True
    >>> continues("Tom Hargreaves – Designer, Health Foundation", "Dr Morag Ferguson – GP")
    False
    >>> continues("Shadowed Lee Ross (Coordinator, Hull City", "Council) on four visits.")
    True
    >>> continues("Office) and, for item 6, Ann Bell (Occupational", "Therapist, NHS Fife).")
    True
    """
    line = line.rstrip()
    if not line or ends_sentence(line) or opens_with_time(following) or VALEDICTION.match(line):
        return False
    first = next((c for c in following if c.isalpha()), "")
    if first.islower() or line.endswith((",", ";", "(", "&", "/", "—", "–", "·")):
        return True  # (a dash or a middle dot ends no line but one cut there)
    if line.rfind("(") > line.rfind(")") and ")" in following.split("(")[0]:
        return True  # a bracket left open closes on the next line: "(Coordinator, Hull City" /
        # "Council) on four visits", "Office) and, for item 6, Ann Bell (Occupational" /
        # "Therapist, …)"
    if re.search(r"\w-$", line):
        return True
    if _cut_entry(line, following) or _cut_name(line, following) or _cut_place(line, following):
        return True
    if _cut_person(line, following):
        return True
    last = line.split()[-1].lower().strip("\"'“‘(")
    return last in _JOINERS or (
        loose
        and len(line) >= LONG_LINE
        and ends_sentence(following)
        and len(following) <= UNWRAPPED * len(line)  # a short line over a paragraph typed
    )  # on one line ("Cabinet Member for …, Wigan Council" / "Tom has …") is no wrap


def join_wrapped(lines: Sequence[str]) -> str:
    """Join wrapped lines with spaces, repairing words hyphenated at a line end.

    >>> join_wrapped(["Quality improve-", "ment in COVID-", "19 wards and self-", "care"])
    'Quality improvement in COVID-19 wards and self-care'
    """
    parts: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        last = parts[-1] if parts else ""
        match = re.search(r"(\w+)-$", last[-80:])
        if not parts:
            parts.append(line)
        elif match and not last.endswith("--"):
            word = match.group(1)
            lower_pair = word.isalpha() and word.islower() and line[:1].islower()
            if lower_pair and word.lower() not in _KEEP_HYPHEN:
                parts[-1] = last[:-1]
            parts.append(line)
        else:
            parts.append(" " + line)
    return "".join(parts)


_BYLINE = re.compile(r"(?:(?i:written|posted|words|report)\s+)?(?i:by)\s+[A-Z][\w'’-]+\s+[A-Z]")


def is_heading_line(line: str) -> bool:
    """A short line with no end punctuation that could be a heading.

    >>> is_heading_line("What we learned"), is_heading_line("We met in Leeds."), is_heading_line("")
    (True, False, False)
    >>> is_heading_line("© NHS Lothian 2023"), is_heading_line("- a point")
    (False, False)
    >>> is_heading_line("By Ewan Mackay, Physiotherapist")  # a byline
    False
    """
    text = line.strip()
    return (
        bool(text)
        and not _BYLINE.match(text)
        and len(text) <= MAX_HEADING_CHARS
        and len(text.split()) <= MAX_HEADING_WORDS
        and not ends_sentence(text)
        and not text.endswith((",", ";"))
        and text[0].isalnum()
        and not text[0].islower()
    )


def is_capitals(line: str) -> bool:
    """A short line written in capitals ('WHAT WE LEARNED'): a heading.

    >>> is_capitals("KEY FINDINGS"), is_capitals("NHS"), is_capitals("Key findings")
    (True, False, False)
    """
    if len(line) > MAX_HEADING_CHARS or line.rstrip().endswith(".") or line != line.upper():
        return False
    return sum(c.isalpha() for c in line) >= 4


def metadata_key(line: str) -> str:
    """The key of a "Key: value" line, else ''.

    >>> metadata_key("Note taker: Tom"), metadata_key("He said: no"), metadata_key("See: x")
    ('Note taker', '', 'See')
    >>> metadata_key("A study of peer support in Wales: the findings"), metadata_key("10:30 start")
    ('', '')
    >>> metadata_key("When:   Tuesday 17 March"), metadata_key("When we met: Tuesday")
    ('When', '')
    """
    match = _META.match(line)
    if not match:
        return ""
    key = match.group(1).strip()
    first = key.split()[0]
    clause = first.lower() in NOT_KEYS and key.lower() not in _FIELD_WORDS  # "When I arrived:"
    if not first[0].isupper() or clause or key.endswith("."):
        return ""
    return key


_SIDE_LABEL = re.compile(  # "PRESENT  Dr Ann Bell, …", "APOLOGIES  Jo Li": a label set in the
    # margin in capitals, its value two spaces or more to the right
    r"^([A-Z][A-Z'’&/-]+(?: [A-Z][A-Z'’&/-]+){0,2})\s{2,}(\S(?:(?!\s{2}).)*)$"
)


def side_label(line: str) -> tuple[str, str] | None:
    """(label, value) of a line whose label is set in the margin in capitals with its value
    to the right ("PRESENT  Dr Ann Bell, GP", "PURPOSE  To go over …"), the value in
    ordinary case and in one column; None for any other line (a table's row, a heading).

    >>> side_label("PRESENT  Dr Ann Bell, consultant (chair)")
    ('PRESENT', 'Dr Ann Bell, consultant (chair)')
    >>> side_label("TIME   SESSION   WITH"), side_label("NHS FIFE   Ann Bell   GP")
    (None, None)
    """
    found = _SIDE_LABEL.match(line)
    if found is None or not any(c.islower() for c in found.group(2)):
        return None
    return found.group(1), found.group(2).strip()


_FIELD_WORDS = frozenset({"when"})  # a clause's word that alone labels a field: "When: Tuesday"


def cell_lines(lines: Sequence[str]) -> str:
    """A table cell's lines (parted by <br> or blocks) as one text: a line that ends on a word
    and a line that opens with a capital or a digit are parts of a record, parted by a comma
    ("Rhona Kinnaird-Bell" / "Greenspace Development Officer, Dundee City Council").

    >>> cell_lines(["Rhona Bell", "Development Officer, Dundee City Council"])
    'Rhona Bell, Development Officer, Dundee City Council'
    >>> cell_lines(["Over 5 minutes on hold.", "Asked again"]), cell_lines(["Head of", "Care"])
    ('Over 5 minutes on hold. Asked again', 'Head of Care')
    """
    out = ""
    for line in lines:
        if (
            out
            and out[-1].isalnum()
            and (line[:1].isupper() or line[:1].isdigit())
            and out.split()[-1].lower() not in _RUNS_ON
        ):
            out += ","
        out = f"{out} {line}" if out else line
    return out


_RUNS_ON = frozenset("of and the for to in at with by on a an or".split())
