"""Turns and posts: who said or posted each part of a transcript, a chat log or a wall of
posts. One family of layouts, read by the shape of a turn's opening, whatever the tool:

- a caption cue, then the speaker's name on its own line (Teams, WebVTT):
  "0:00:06.210 --> 0:00:41.880" / "Rhodri Vaughan" / what they said;
- a time, then "From NAME to Everyone:" (a Zoom chat export): "10:01:30 From Isla Ross to
  Everyone:";
- a time, then "NAME:" (an edited transcript): "[00:00:05] KIRSTY DUTHIE: …", or a date and
  a time (a WhatsApp export): "[13/05/2025, 07:52] Ciara Byrne: …", "13/05/2025, 07:52 - …";
- a first name, then the person in full in brackets the first time they speak (a round robin,
  an edited Q&A): "CAOIMHE (Dr Caoimhe Breslin, GP partner, Lisnaharney Surgery):" over what
  they said, or "SINÉAD (Sinéad Tohill, practice nurse) asked whether …";
- a post and its byline (a Padlet or Miro export): "Post — Dewi Harcombe · 5 Nov 2024 14:02 …";
- a poster's name over a line that is only the time (a digest of a Teams channel, a forum
  export): "Dr Ann Bell  (GP, NHS Fife)" / "Wed 18 June 09:12" / the message; a message that
  sends apologies ("Sorry to miss Tuesday's huddle") is no post of someone who took part.

In workshop notes everyone who speaks or posts took part (ingest.extract.structure); a
statement in a turn or post starts after its opening, so the byline is never learning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import TITLE_BEFORE
from ingest.extract.absence_words import says_apologies
from ingest.extract.people_affiliations import person_shaped
from ingest.extract.people_line_parts import SPEAKER_LABEL
from ingest.extract.people_lines import PersonEntry
from ingest.extract.people_lists import parse_people
from ingest.readers.lines import CHAT_DATE, is_stamp
from ingest.types import BlockKind, RawDocument

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_DATED = re.compile(rf"^\s*[\[(]?{CHAT_DATE}")
CUE = re.compile(rf"^\s*[\[(]?(?:{CHAT_DATE})?{_TIME}[\])]?(?:\s*-->\s*{_TIME})?(?:\s+-(?=\s))?\s*")
CHAT = re.compile(r"^From\s+(?P<name>[^:\n]{2,80}?)\s+to\s+[^:\n]{1,40}:\s*")
SPEAKER = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}):\s*")
POST = re.compile(
    r"^(?:Post|Comment|Reply|Note|Card)\s*[—–-]\s*(?P<name>[^·|\n]{2,60}?)\s*[·|]\s*"
    r"(?:[\w ,]*?\d{1,2}:\d{2}\s*)?"
)
INTRODUCED = re.compile(  # "CAOIMHE (Dr Caoimhe Breslin, GP, …):", "Sinéad (Sinéad …) asked"
    r"^\s*(?P<label>[A-Z][\w'’-]+)\s*\(\s*(?:"
    + TITLE_BEFORE
    + r")?(?P<name>(?P<given>[A-Z][\w'’-]+)"
    r"[^()]{2,200}?)\)\s*:?\s*"
)
NOBODY = frozenset({"anonymous", "everyone", "host", "guest", "unknown", "no name"})


@dataclass(frozen=True, slots=True)
class Turn:
    name: str  # as written: "Dr Fiona Carmichael (PHS)", "KIRSTY DUTHIE"
    start: int  # the name's span in RawDocument.text
    end: int
    said: int  # where what they said or posted starts
    post: bool = False  # a post on a wall (took part), not a turn of speech (spoke)


def opening(text: str) -> tuple[str, int, int, int] | None:
    """(name, name start, name end, where the words start) of a line that opens a turn or a
    post, or None.

    >>> opening("10:01:30 From Isla Ross to Everyone:")[0]
    'Isla Ross'
    >>> opening("[00:00:05] KIRSTY DUTHIE: Welcome to the episode.")[0]
    'KIRSTY DUTHIE'
    >>> opening("Post — Dewi Harcombe · 5 Nov 2024 14:02 4AT done on admission")[::3]
    ('Dewi Harcombe', 40)
    >>> opening("Apologies: Jo Bloggs") is None, opening("Key learning: trust matters") is None
    (True, True)
    >>> opening("CAOIMHE (Dr Caoimhe Breslin, GP partner, Lisnaharney Surgery): We")[::3]
    ('Caoimhe Breslin, GP partner, Lisnaharney Surgery', 63)
    >>> opening("NHS (National Health Service): the body") is None
    True
    >>> opening("[13/05/2025, 07:52] Ann Bell: Running late")[0], opening(
    ...     "13/05/2025, 07:52 - Ann Bell: Running late")[0]
    ('Ann Bell', 'Ann Bell')
    """
    post = POST.match(text)
    if post:
        return post["name"], post.start("name"), post.end("name"), post.end()
    introduced = INTRODUCED.match(text)
    if introduced and fold(introduced["label"]) == fold(introduced["given"]):
        return (
            introduced["name"],
            introduced.start("name"),
            introduced.end("name"),
            introduced.end(),
        )
    cue = CUE.match(text)
    if not cue or cue.end() == 0:
        return None
    rest = text[cue.end() :]
    numbered = NUMBERED.match(rest)
    if numbered:  # "SPEAKER 3: … Lachlan Bell, I'm a specialty doctor …": who they say they are
        who = self_introduced(rest[numbered.end() :])
        if who is None:
            return None
        at = cue.end() + numbered.end()
        return who[0], at + who[1], at + who[2], at
    found = CHAT.match(rest) or SPEAKER.match(rest)
    if not found:
        return None
    at = cue.end()
    return found["name"], at + found.start("name"), at + found.end("name"), at + found.end()


NUMBERED = re.compile(rf"^{SPEAKER_LABEL}:\s*", re.IGNORECASE)  # "SPEAKER 3:", "P2:"
_NAME = r"(?:Dr\s+|Professor\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|ap|ab|de|van|Ó|Ní|Mac))*"
_INTRO = re.compile(  # "For the transcript, I'm Fraser Bell, optometric adviser with NHS …"
    rf"\b(?:I['’]m|I\s+am|[Mm]y\s+name(?:['’]s|\s+is))\s+(?P<name>{_NAME})(?P<said>,[^.;?!]*)?"
)
_NAMED_FIRST = re.compile(  # "Hi, Catriona Bell, I'm an optometrist at …", "Zainab Ross, community
    # pharmacist, Nairn."
    rf"(?:(?:Hi|Hello|Hiya|Morning|Evening|Yes|Right|Yeah)\b[,!]?\s+)?(?P<name>{_NAME}),\s+"
    r"(?P<said>(?:I['’]m|I\s+am)\s+[^.;?!]*|[a-z][^.;?!]*)"
)
_A = re.compile(r"^,?\s*(?:(?:and\s+)?I['’]m|I\s+am)?\s*(?:a|an|the)?\s+")
INTRO_CHARS = 400  # a speaker says who they are within the opening of their turn


def self_introduced(words: str) -> tuple[str, int, int] | None:
    """(the person as a list entry, name start, name end) a turn's speaker says they are,
    in its opening sentences; None when they do not say.

    >>> self_introduced("Right. For the transcript, I'm Fraser Bell, optometric adviser with NHS"
    ...     " Highland, and this is the second evening.")[0]
    'Fraser Bell, optometric adviser with NHS Highland'
    >>> self_introduced("Can I come in? Lachlan Urquhart-Bell, I'm a specialty doctor at Raigmore.")
    ('Lachlan Urquhart-Bell, specialty doctor at Raigmore', 15, 36)
    >>> self_introduced("I think the clinic works.") is None
    True
    """
    head = words[:INTRO_CHARS]
    found = _INTRO.search(head)
    if found is None:
        found = next(
            (
                m
                for start in (0, *(m.end() for m in re.finditer(r"[.?!]\s+", head)))
                if (m := _NAMED_FIRST.match(head, start)) is not None
            ),
            None,
        )
    if found is None or len(found["name"].split()) < 2:
        return None
    said = re.split(r",\s+and\b|\s+and\s+this\b", found["said"] or "")[0]
    said = _A.sub("", said).strip(" ,")
    entry = f"{found['name']}, {said}" if said else found["name"]
    return entry, found.start("name"), found.end("name")


def turns(raw: RawDocument) -> list[Turn]:
    """Every turn or post of the document, with the name it is under ("Anonymous" too)."""
    found: list[Turn] = []
    blocks = raw.blocks
    for i, block in enumerate(blocks):
        text = raw.text[block.start : block.end]
        if _posted(raw, i):
            message = blocks[i + 2] if i + 2 < len(blocks) else blocks[i + 1]
            if not says_apologies(raw.text[message.start : message.end]):
                found.append(Turn(text.strip(), block.start, block.end, message.start, True))
            continue
        opened = opening(text)
        if opened is not None:
            name, a, b, said = opened
            post = bool(POST.match(text) or _DATED.match(text))  # a chat's message: a post
            found.append(Turn(name, block.start + a, block.start + b, block.start + said, post))
            continue
        cue = CUE.fullmatch(text.strip() + " ") if "-->" in text else None
        if cue and i + 1 < len(blocks):  # a caption cue alone, the speaker's name below it
            nxt = blocks[i + 1]
            name = raw.text[nxt.start : nxt.end].strip()
            if 1 < len(name.split()) <= 5 and not name.endswith((".", "?", "!", ":")):
                after = blocks[i + 2].start if i + 2 < len(blocks) else nxt.end
                found.append(Turn(name, nxt.start, nxt.start + len(name), after))
    return found


def _posted(raw: RawDocument, i: int) -> bool:
    """Whether block i is a heading over a line that is only a time (ingest.readers.lines)."""
    blocks = raw.blocks
    if blocks[i].kind != BlockKind.HEADING or i + 1 >= len(blocks):
        return False
    return is_stamp(raw.text[blocks[i + 1].start : blocks[i + 1].end])


def said_from(raw: RawDocument) -> dict[int, int]:
    """Block start -> where its words start, for the blocks that open with a byline."""
    starts = [b.start for b in raw.blocks]
    out: dict[int, int] = {}
    for turn in turns(raw):
        i = bisect_right(starts, turn.start) - 1
        if i >= 0 and turn.said < raw.blocks[i].end:  # the words are in the same block
            out[starts[i]] = turn.said
    return out


def speakers(raw: RawDocument, gaz: Gazetteer) -> list[tuple[Turn, PersonEntry]]:
    """(first turn, person entry) for each person who speaks or posts: a name in capitals
    ("KIRSTY DUTHIE") is read in title case; "Dr Fiona Carmichael (PHS)" keeps its
    organisation; a turn of speech makes the role "speaker" when none is given."""
    out: list[tuple[Turn, PersonEntry]] = []
    every = turns(raw)
    seen: set[str] = {t.name.lower() for t in every if _sorry_to_miss(raw, t)}
    for turn in every:
        if turn.name.strip().lower() in NOBODY:
            continue
        name = turn.name.title() if turn.name.isupper() else " ".join(turn.name.split())
        entries = _entry(name, gaz)
        if not entries and person_shaped(name):  # where a byline stands, a name is a person's
            entries = [PersonEntry(name, name_end=len(name))]
        for entry in entries:
            if entry.name.lower() in seen or name.lower() in seen:
                continue
            seen.add(entry.name.lower())
            role = entry.role or ("" if turn.post else "speaker")
            out.append((turn, replace(entry, role=role, start=0, end=len(name))))
    return out


def _entry(name: str, gaz: Gazetteer) -> list[PersonEntry]:
    """The person a turn opens with, read as a people list's entry; an aside after the last
    comma ("Dermot Kearney -- Digital Lead, Digital Health and Care NI, here for the region")
    is let go, up to two of them."""
    for _ in range(3):
        entries = parse_people(name, gaz)[:1]
        if entries or ", " not in name:
            return entries
        name = name.rsplit(", ", 1)[0]
    return []


_SELF = re.compile(r"\b(?:I|I['’](?:ll|m|ve|d)|me|my)\b")


def _sorry_to_miss(raw: RawDocument, turn: Turn) -> bool:
    """Whether someone's turn says in the first person that they cannot come ("So sorry
    everyone, car won't start. I'll have to miss today"): no turn of theirs is taking part."""
    end = raw.text.find("\n", turn.said)
    words = raw.text[turn.said : end if end >= 0 else len(raw.text)]
    return bool(_SELF.search(words)) and says_apologies(words)
