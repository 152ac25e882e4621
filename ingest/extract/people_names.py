"""Names in people lists: a line as tokens with character offsets, and the person's name that
starts at a token. Pure Python, no spaCy; `people_lists` uses it for every line shape.

A name is optional titles ("Dr", "Professor", "Cllr", "The Rt Hon"), then given names or
initials, particles and a surname ("Aileen Murray", "A. Murray", "J. K. Lewis", "R Ellison",
"Áine Ní Bhriain", "Seán Mac an tSaoir", "Pieter van der Berg", "Chidi Ndubuisi-Okoroezi"),
or the citation form "Smith J" / "Jones AB", or capitals "AILEEN MURRAY"; then post-nominals
("OBE", "FRCP", "PhD", "MSP", also after a comma) and footnote marks (¹ ², * † ‡, or digits
glued on: "Pascoe1,3"). "Murray, Aileen" (surname, comma, a known given name or initials) is
read surname first. A title and a surname alone ("Dr Patel") give the surname.

>>> from graph.reference.gazetteer import load_gazetteer
>>> gaz = load_gazetteer()
>>> toks = tokenize("Prof. Áine Ní Bhriain OBE¹, NHS Fife")
>>> m = match_name(toks, 0, len(toks), gaz)
>>> m.name, m.strength, m.marks, toks[m.end].text
('Áine Ní Bhriain', 'strong', ('¹',), ',')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import (
    DEGREE_CLASSES,
    PARTICLES,
    POST_NOMINALS,
    is_post_nominal,
    name_words,
    qualification,
)
from ingest.extract.name_bodies import (
    ADDRESS_ENDS,
    BODY_TAIL,
    address_after,
    opens_body,
    placed_body,
)
from ingest.readers.marks import SUP_LETTERS  # a letter's mark: "Gwenno Harries-Tanakaᵃ"

WORDS = name_words()
Notes = tuple[str, ...]  # the organisations an affiliation footnote names
SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰" + SUP_LETTERS, "1234567890abcdefghijklmnoprstuvwxyz")
_SUP = "¹²³⁴⁵⁶⁷⁸⁹⁰" + SUP_LETTERS
_MARKS = _SUP + "*†‡§¶"
_W = rf"[^\W_{_SUP}]"  # a letter or a digit, never a superscript
_TOKEN = re.compile(
    rf"(?P<contact>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)"
    rf"|(?P<mark>[{_MARKS}]+(?:,[{_MARKS}]+)*)"
    rf"|(?P<word>(?:{_W}\.){{2,}}|{_W}(?:{_W}|['’.\-](?={_W}))*['’]?\.?)"
    rf"|(?P<gap>\n|\t|[ ]{{3,}})"  # line breaks, tabs and wide gaps separate like commas
    rf"|(?P<punct>\S)"
)
_OTHER_DASHES = frozenset("‒―−‐‑")
_GLUED_MARK = re.compile(r"(.*[a-zà-ÿ'’])(\d{1,2})")
_ABBREVIATIONS = frozenset({"dr", "prof", "st", "mr", "mrs", "ms", "mx", "rev", "revd", "cllr"})
BLOCKING = (
    WORDS["not-name"]
    | WORDS["org-head"]
    | WORDS["org-head-weak"]
    | WORDS["programme-head"]
    | WORDS["role-head"]
    | WORDS["prose"]
    | {word for word in WORDS["metadata-label"] if " " not in word}
    | {"copyright"}
) - WORDS["also-surname"]
TITLES = WORDS["title"]
STOPS_NAME = frozenset(
    {",", ";", ":", "(", ")", "[", "]", "–", "—", "-", "|", "/", "&", ".", "\n", "·"}
)

LINKS = frozenset({"and", "from", "at", "of", "with", "representing"})


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    kind: str  # "word" | "mark" | "punct" | "contact"


SAINTS = frozenset({"St", "St.", "Saint", "ST", "SAINT"})
BODY_ENDS = WORDS["org-head"] | WORDS["org-unit"]


def tokenize(text: str) -> list[Tok]:
    """Words (with their own ' - . inside), marks, punctuation and e-mail/web addresses."""
    toks: list[Tok] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "punct"
        start, end, value = match.start(), match.end(), match.group()
        if kind == "gap":  # a signature block's lines, a table row pasted as text
            toks.append(Tok("\n", start, end, "punct"))
            continue
        if kind == "word" and value.endswith(".") and not _keeps_stop(value):
            toks.append(Tok(value[:-1], start, end - 1, "word"))
            toks.append(Tok(".", end - 1, end, "punct"))
            continue
        glued = _GLUED_MARK.fullmatch(value) if kind == "word" else None
        if glued and not any(ch.isdigit() for ch in glued.group(1)):
            cut = start + len(glued.group(1))
            toks.append(Tok(glued.group(1), start, cut, "word"))
            toks.append(Tok(glued.group(2), cut, end, "mark"))
            continue
        if (  # "Nwankwo1,3": the ",3" glued to a mark belongs to it
            kind == "word"
            and value.isdigit()
            and len(toks) >= 2
            and toks[-1].text == ","
            and toks[-2].kind == "mark"
            and toks[-1].start == toks[-2].end
            and toks[-1].end == start
        ):
            mark = toks[-2]
            toks[-2:] = [Tok(text[mark.start : end], mark.start, end, "mark")]
            continue
        if kind == "punct" and value in _OTHER_DASHES:
            value = "–"  # figure dash, horizontal bar, minus sign, hyphen: read as a dash
        toks.append(Tok(value, start, end, kind))
    return toks


def _keeps_stop(word: str) -> bool:
    """ "J." "J.K." "Dr." keep their full stop; "Lewis." at a line's end does not."""
    body = word.rstrip(".")
    return len(body) == 1 or "." in body or body.lower() in _ABBREVIATIONS


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int  # token index of the first title or name token
    end: int  # token index after the name, its post-nominals and marks
    name: str  # cleaned: "Aileen Murray", "J Smith" (citation), "Patel" (title + surname)
    name_start: int  # character offsets of the name itself
    name_end: int
    strength: str  # "strong" | "weak" | "citation"
    marks: tuple[str, ...] = ()
    implicit: bool = False  # an organisation or role follows with no separator


@lru_cache(maxsize=65536)
def folded(text: str) -> str:
    return fold(text)


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """ "init" (J, J., J.K.), "upper" (MURRAY, AB), "cap" (Murray, O'Neill, tSaoir), "part"
    (van, de, an) or "other"."""
    letters = word.replace(".", "")
    if not letters or any(ch.isdigit() for ch in word):
        return "other"
    if letters.isalpha() and letters.isupper() and (len(letters) == 1 or "." in word):
        return "init"
    if word.lower() in PARTICLES and word.islower():
        return "part"
    body = word.replace("'", "").replace("’", "").replace("-", "")
    if not body.isalpha():
        return "other"
    if word.isupper():
        return "upper"
    if word[0].isupper() or re.match(r"[tnhb]-?[A-ZÁÉÍÓÚ]", word):
        return "cap"
    return "other"


def _title_at(toks: list[Tok], i: int, end: int) -> bool:
    t = toks[i]
    low = t.text.lower().rstrip(".")
    if t.kind != "word" or low not in TITLES or not t.text[0].isupper():
        return False
    return low != "the" or (i + 1 < end and toks[i + 1].text.lower().rstrip(".") in TITLES)


def match_name(
    toks: list[Tok],
    i: int,
    end: int,
    gaz: Gazetteer,
    footnotes: Mapping[str, Notes] | None = None,
    starts_affiliation: Callable[[int], bool] | None = None,
) -> NameMatch | None:
    """The name that starts at token i (titles included), or None.

    `starts_affiliation(k)` says whether an organisation or a role starts at token k: it lets
    "Matthew Roberts Lancashire and South Cumbria NHS Foundation Trust" end the name at the
    organisation when nothing separates them.
    """
    j = i
    while j < end and _title_at(toks, j, end):
        j += 1
    titled = j > i
    run = _run(toks, j, end, gaz, titled)
    if not run or not _plain(toks, run, titled):
        return _inverted(toks, j, end, gaz) if not titled else None
    if any(shape(toks[k].text) == "part" for k in run[1:]):
        inverted = None if titled else _inverted(toks, j, end, gaz)
        if inverted is not None and inverted.end > run[-1] + 1:  # "Mac a' Phearsain, Ruairidh":
            return inverted  # a surname of particles before a comma and a given name
    implicit = False
    after = run[-1] + 1

    def bounded(k: int) -> bool:
        return k >= end or _boundary(toks, k, end) or _is_mark(toks[k], footnotes)

    if len(run) >= 3 or not bounded(after):
        shortest = 1 if titled else 2
        for cut in range(shortest, len(run) + 1):
            at = run[cut] if cut < len(run) else after
            if at < end and starts_affiliation is not None and starts_affiliation(at):
                run, implicit = run[:cut], True
                break
        if not implicit and not bounded(after):
            return None
        if implicit and not _plain(toks, run, titled):
            return None
    k = run[-1] + 1
    while not implicit and k < end:  # post-nominals, also after a comma: "Murray, OBE"
        if is_post_nominal(toks[k].text):
            k += 1
        elif (
            k + 2 < end
            and toks[k].text == "("
            and toks[k + 2].text == ")"
            and (
                toks[k + 1].text.rstrip(".") in DEGREE_CLASSES and is_post_nominal(toks[k - 1].text)
            )
        ):  # "BSc (Hons)": the class of the degree before it
            k += 3
        elif (
            k > run[-1] + 1
            and toks[k].text.isupper()
            and len(toks[k].text) <= 4
            and (k + 1 >= end or toks[k + 1].text == ",")
        ):  # "BSc(Hons) OT,": capitals after letters and before the comma are letters too
            k += 1
        elif (
            toks[k].text == ","
            and k + 1 < end
            and is_post_nominal(toks[k + 1].text)
            and (k + 2 >= end or toks[k + 2].kind != "word" or toks[k + 2].text in POST_NOMINALS)
        ):  # not ", MS Nurse Specialist": a role that opens with the letters of one
            k += 2
        else:
            break
    marks: list[str] = []
    while not implicit and k < end and _is_mark(toks[k], footnotes):
        marks.append(toks[k].text)
        k += 1
    return _validated(toks, run, i, k, titled, tuple(marks), implicit, gaz)


def _run(toks: list[Tok], j: int, end: int, gaz: Gazetteer, titled: bool) -> list[int]:
    run: list[int] = []
    caps = False
    k = j
    while k < end and len(run) < 6:
        t = toks[k]
        if t.kind != "word":
            break
        kind = shape(t.text)
        low = t.text.lower()
        if (kind in ("cap", "upper") and low in BLOCKING) or qualification(t.text):
            break  # (a degree's letters after the name end it: "Patrick Keaveney BSc MCOptom";
            # no name opens with them: "PGCert Driver Assessment")
        if (kind in ("cap", "init") and not caps) or (
            kind == "part" and run and _particle_leads(toks, k, end)
        ):
            run.append(k)
        elif kind == "upper" and len(run) == 1 and len(t.text) <= 3 and not caps:
            if t.text in POST_NOMINALS and (titled or len(t.text) > 2):
                break  # "Dr Murray OBE"; but "Murray AM" is a citation
            run.append(k)  # citation initials: "Jones AB"
        elif kind == "upper" and not run and titled and len(t.text) <= 3:
            run.append(k)  # "Mr AB Jones"
        elif kind == "upper" and (caps or (not run and folded(t.text) in gaz.given_names)):
            caps = True
            run.append(k)
        else:
            break
        k += 1
    return run


def _particle_leads(toks: list[Tok], k: int, end: int) -> bool:
    while k < end and toks[k].kind == "word" and shape(toks[k].text) == "part":
        k += 1
    return k < end and toks[k].kind == "word" and shape(toks[k].text) == "cap"


def _plain(toks: list[Tok], run: list[int], titled: bool) -> bool:
    """A surname at the end (or the citation form), enough tokens, no initials-only name."""
    shapes = [shape(toks[k].text) for k in run]
    if _citation(toks, run):
        return True
    if shapes[-1] not in ("cap", "upper") or len(toks[run[-1]].text) < 2:
        return False
    if shapes[-1] == "upper" and len(run) >= 2 and shapes[0] == "cap":
        return False  # "Jones AB" is handled as a citation; "Smith NHS" is not a name
    return len(run) >= (1 if titled else 2)


def _citation(toks: list[Tok], run: list[int]) -> bool:
    shapes = [shape(toks[k].text) for k in run]
    return (
        len(run) >= 2
        and shapes[0] == "cap"
        and all(
            s in ("init", "upper") and len(toks[k].text) <= 3
            for s, k in zip(shapes[1:], run[1:], strict=True)
        )
    )


def _boundary(toks: list[Tok], k: int, end: int) -> bool:
    t = toks[k]
    if t.kind in ("mark", "contact") or t.text in STOPS_NAME or t.text in POST_NOMINALS:
        return True
    low = t.text.lower()
    return low in LINKS or (  # "Lynn Harker  Email: ..."
        low in WORDS["metadata-label"] and k + 1 < end and toks[k + 1].text == ":"
    )


def _is_mark(tok: Tok, footnotes: Mapping[str, Notes] | None) -> bool:
    if tok.kind == "mark":
        return True
    return footnotes is not None and tok.text.isdigit() and tok.text in footnotes


def _validated(
    toks: list[Tok],
    run: list[int],
    start: int,
    end: int,
    titled: bool,
    marks: tuple[str, ...],
    implicit: bool,
    gaz: Gazetteer,
) -> NameMatch | None:
    words = [toks[k].text for k in run]
    if any(
        w.lower() in WORDS["not-name"] and w.lower() not in WORDS["also-surname"] for w in words
    ):
        return None
    citation = _citation(toks, run)
    caps = all(shape(w) == "upper" for w in words)
    if caps:
        words = [w.title() for w in words]
    text = " ".join(words)
    if citation:
        text = " ".join([*words[1:], words[0]])
    if _not_a_person(text, gaz) or _opens_body(toks, run, gaz):
        return None
    first = words[0] if not citation else ""
    if titled or caps:
        strength = "strong"
    elif citation:
        strength = "citation"
    elif shape(first) == "init":
        strength = "strong" if "." in first or first not in ("A", "I") else "weak"
    elif folded(first.split("-")[0]) in gaz.given_names or folded(first) in gaz.given_names:
        strength = "strong"
    else:
        strength = "weak"
    if words[0] in SAINTS:
        return None  # "St George's, University of London": a saint names a body, not a person
    if (
        strength == "weak"
        and (
            folded(text) in gaz.org_openings  # "Cwm Taf Morgannwg, Wales": a body's first words
            or implicit
            or any(w.lower() in WORDS["role-word"] or gaz.nation(w) for w in words)
            or words[-1].lower() in WORDS["role-head"]  # "Scrub Nurse": a post, not a name
            or words[-1].lower() in BODY_ENDS  # "London School (of Hygiene …)": a body's name
            or placed_body(words, gaz)  # "Home-Start Wrexham"
            or words[-1].lower() in ADDRESS_ENDS
            or address_after([t.text for t in toks[run[-1] + 1 : run[-1] + 4]])
        )
    ):
        return None  # a name with nothing after it to tell where it ends must be a known one
    first_tok, last_tok = toks[run[0]], toks[run[-1]]
    return NameMatch(start, end, text, first_tok.start, last_tok.end, strength, marks, implicit)


def _opens_body(toks: list[Tok], run: list[int], gaz: Gazetteer) -> bool:
    """Whether the name opens the name of a body the gazetteer knows (see `opens_body`)."""
    last = run[-1]
    tail = []
    for k in range(last + 1, min(len(toks), last + BODY_TAIL + 1)):
        if toks[k].kind != "word":
            break
        tail.append(toks[k].text)
    return opens_body(" ".join([*(toks[k].text for k in run), *tail]), len(run), gaz)


def _not_a_person(text: str, gaz: Gazetteer) -> bool:
    key = folded(text)
    return bool(
        gaz.org(text)
        or gaz.place(text)
        or gaz.nation(text)
        or gaz.profession(text)
        or key in gaz.programme_folds
        or gaz.is_stopped(text, "PERSON")
    )


def _inverted(toks: list[Tok], j: int, end: int, gaz: Gazetteer) -> NameMatch | None:
    """ "Murray, Aileen", "van der Berg, Anna", "Smith, J.", and a surname set in capitals
    before a known given name ("SIDDIQUE-ROWE, Kamal", a log's surname-first list): surname,
    comma, given name."""
    k = j
    while k < end and toks[k].kind == "word" and shape(toks[k].text) == "part":
        k += 1
    if k >= end or toks[k].kind != "word" or shape(toks[k].text) not in ("cap", "upper"):
        return None
    capitals = shape(toks[k].text) == "upper"
    if capitals and (len(toks[k].text) < 3 or k + 2 >= end):
        return None  # "AB, Jane": initials, not a surname
    surname_end = k + 1
    while (  # "Mac a' Phearsain, Ruairidh": a particle and a word more of the surname
        surname_end + 1 < end
        and shape(toks[surname_end].text) == "part"
        and shape(toks[surname_end + 1].text) == "cap"
    ):
        surname_end += 2
    if surname_end + 1 >= end or toks[surname_end].text != ",":
        return None
    g = surname_end + 1
    first = toks[g]
    given = shape(first.text) == "cap" and folded(first.text) in gaz.given_names
    if first.kind != "word" or not (given or (shape(first.text) == "init" and not capitals)):
        return None
    stop = g + 1
    while (
        stop < end
        and stop < g + 3
        and toks[stop].kind == "word"
        and (shape(toks[stop].text) == "init" or (given and shape(toks[stop].text) == "cap"))
    ):
        stop += 1
    if stop < end and not _boundary(toks, stop, end):
        return None
    surname = " ".join(_capitalised(t.text) if capitals else t.text for t in toks[j:surname_end])
    given_names = " ".join(t.text for t in toks[g:stop])
    if toks[k].text.lower() in BLOCKING or _not_a_person(surname, gaz):
        return None
    return NameMatch(
        j,
        stop,
        f"{given_names} {surname}",
        toks[j].start,
        toks[stop - 1].end,
        "strong" if given else "citation",
    )


def _capitalised(word: str) -> str:
    """A surname set in capitals as it is written in a sentence: "SIDDIQUE-ROWE" ->
    "Siddique-Rowe", "O'HAGAN" -> "O'Hagan"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word.lower())


def mark_keys(marks: tuple[str, ...], footnotes: Mapping[str, Notes]) -> list[str]:
    """The footnote keys a name's marks point to: "¹,³" -> ["1", "3"], "*†" -> ["*", "†"]."""
    keys: list[str] = []
    for mark in marks:
        for piece in mark.split(","):
            plain = piece.translate(SUPERSCRIPTS)
            if plain in footnotes or not plain:
                keys.append(plain)
            else:
                keys.extend(piece_char.translate(SUPERSCRIPTS) for piece_char in piece)
    return [k for k in keys if k in footnotes]
