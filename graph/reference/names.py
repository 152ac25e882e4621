"""Name normalisation shared by extraction and resolution.

>>> clean_person("Dr. Aileen Murray's")
'Aileen Murray'
>>> clean_person("Murray, Aileen")
'Aileen Murray'
>>> clean_org("the King's Fund's")
"King's Fund"
>>> PersonName.parse("A. Murray").initials_only
True
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graph.errors import ConfigError
from graph.model import fold

DATA_DIR = Path(__file__).parent / "data"


@lru_cache(maxsize=2)
def name_words(path: Path = DATA_DIR / "name_words.csv") -> dict[str, frozenset[str]]:
    """kind -> words of graph/reference/data/name_words.csv (titles, post-nominals, particles,
    role heads and words, organisation heads, programme heads, list labels...).

    Post-nominals keep their written case ("PhD", "MS"); every other kind is lower case.

    >>> "FRCPsych" in name_words()["post-nominal"], "director" in name_words()["role-head"]
    (True, True)
    """
    found: dict[str, set[str]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                word, kind = row["word"].strip(), row["kind"].strip()
                found.setdefault(kind, set()).add(word if kind == "post-nominal" else word.lower())
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: name word list missing") from e
    return {kind: frozenset(words) for kind, words in found.items()}


TITLES = frozenset(
    form for word in name_words()["title"] for form in (word, f"{word}.")
)  # lower case, with and without a full stop
# the titles that stand before a person's name ("Dr", "Cllr", "Dame"), without a full stop
BARE_TITLES = frozenset(t.rstrip(".") for t in TITLES)  # "dr" for "dr." and "dr"
PERSON_TITLES = frozenset(t.rstrip(".") for t in TITLES) - {"the", "nurse", "sister", "lady"}
# a regular expression for one of them before a name: "Dr ", "Prof. ", "Cllr "
TITLE_BEFORE = (
    "(?:(?:"
    + "|".join(sorted((t.capitalize() for t in PERSON_TITLES), key=lambda t: (-len(t), t)))
    + r")\.?\s+)"
)
POST_NOMINALS = name_words()["post-nominal"]  # as written: "OBE", "PhD", "FRCPsych", "MSP"
# a degree's or a college's letters in mixed case, shaped like "MCOptom", "FRCOphth", "BCh":
# a capital, a second capital, and lower case later (an acronym in capitals may be a body)
DEGREE_CLASSES = frozenset({"Hons", "Hon", "Oxon", "Cantab", "Dist"})  # "BSc (Hons)"
_QUALIFICATION = re.compile(  # "BSc", "MCOptom", "PGCert", "BSc(Hons)"
    r"(?:[BMDF]|PG)[A-Z][A-Za-z]*[a-z][A-Za-z]*"
    rf"(?:\((?:{'|'.join(sorted(DEGREE_CLASSES))})\.?\))?"
)


def is_post_nominal(word: str) -> bool:
    """Letters after a name: a known post-nominal, or one shaped like a qualification.

    >>> is_post_nominal("OBE"), is_post_nominal("MCOptom"), is_post_nominal("McDonald")
    (True, True, False)
    >>> is_post_nominal("NHS"), is_post_nominal("MacLeod"), is_post_nominal("BCh")
    (False, False, True)
    """
    return word in POST_NOMINALS or qualification(word)


def marked_person(text: str) -> bool:
    """A line holding only a person's name that a title before it or letters after it mark
    as one (an author's name set as a heading on a title page).

    >>> marked_person("Kofi Boateng-Ashworth MSc"), marked_person("Professor Ann Dodd FFPH")
    (True, True)
    >>> marked_person("Executive Summary"), marked_person("Dr Ann Bell, PhD, RN")
    (False, True)
    >>> marked_person("Key Findings 2024"), marked_person("Dr Who Cares About Housing Now")
    (False, False)
    """
    words = text.replace(",", " ").split()
    marked = False
    while words and is_post_nominal(words[-1]):
        words.pop()
        marked = True
    if words and words[0].lower().rstrip(".") in PERSON_TITLES:
        words.pop(0)
        marked = True
    return marked and 2 <= len(words) <= 4 and all(capitalised(w) for w in words)


def qualification(word: str) -> bool:
    """Letters in mixed case shaped like a degree's or a college's ("BSc", "MCOptom"), not
    initials in capitals ("Murray AM" cites Murray, A. M.)."""
    return _QUALIFICATION.fullmatch(word) is not None


PARTICLES = name_words()["particle"]  # lower-case words inside a name: "van der", "ní", "ap"
FOLDED_PARTICLES = frozenset(fold(p) for p in PARTICLES)
# the particles that open a surname even when capitalised ("Van der Berg", "De Souza"); not
# "Al", "An", "Bin" or "Ap", which are given names or initials too
SURNAME_PARTICLES = frozenset({"van", "von", "der", "de", "da", "di", "le", "la", "mac"})
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")  # a UK postcode: an address


def capitalised(word: str) -> bool:
    """A word set in title case, not all capitals: "Rooney", "McCann", not "NHS" or "the".

    >>> capitalised("Rooney"), capitalised("NHS"), capitalised("the"), capitalised("")
    (True, False, False, False)
    """
    return bool(word) and word[0].isupper() and not word.isupper()


_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = ' \t\n,.;:()[]"“”‘’-–—·•|⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§'  # footnote marks too: "Gill²"


def strip_possessive(text: str) -> str:
    text = text.strip()
    if text.endswith(("'s", "’s")):
        return text[:-2].rstrip()
    if text.endswith(("s'", "s’")):
        return text[:-1]
    return text


def clean_span_text(text: str) -> str:
    """Collapse white space, strip edge punctuation, a leading article and a trailing 's."""
    text = _SPACE.sub(" ", text).strip(_EDGE_PUNCT)
    if text[:4].lower() == "the ":
        text = text[4:]
    return strip_possessive(text).strip(_EDGE_PUNCT)


def names_an_organisation(name: str) -> bool:
    """Whether a name can be an organisation's: it has letters ("25" from a minute number
    "43/25" has none) and is not made only of heading, date or room words ("Lessons",
    "Dyddiad" (Welsh: date), "Ystafell Gynadledda" (conference room), "Boardroom").

    >>> [names_an_organisation(n) for n in ("25", "Lessons", "Ystafell Gynadledda", "NHS 24")]
    [False, False, False, True]
    >>> names_an_organisation("Nov 14"), names_an_organisation("14 November 2025")
    (False, False)
    """
    words = [fold(w) for w in name.split() if not _NUMBER.fullmatch(w.strip(".,"))]
    if not any(c.isalpha() for c in name) or not words:
        return False
    kinds = name_words()
    plain = kinds.get("not-name", frozenset()) | kinds.get("venue", frozenset())
    return not all(w in plain for w in words)


_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?")  # "14", "3rd", "2025": a date's, a room's
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NOT_IN_NAMES = re.compile(r"[\d%@#&+=/\\|<>{}\[\]~^$€£*:;]")


def names_a_person(name: str) -> bool:
    """Whether a name can be a person's: it has letters and no digit or symbol that no
    person's name has ("Cumulative %" from a table's header, "Ward 7", "A&E").

    >>> [names_a_person(n) for n in ("Ann O'Neill-Kerr", "Dr J. Smith", "Cumulative %", "A&E")]
    [True, True, False, False]
    >>> names_a_person("Ann Bell1*"), names_a_person("Ward 7 Sister")
    (True, False)
    >>> names_a_person("Ann Bell (Age UK North Yorkshire & Darlington)")
    True
    >>> names_a_person("Larkspur Mother"), names_a_person("Lead")
    (False, False)
    """
    core = _BRACKETED.sub(" ", name)  # "Ann Bell (Age UK North Yorkshire & Darlington)"
    core = core.strip(_EDGE_PUNCT + "0123456789")  # footnote marks at its ends: "Ann Bell1*"
    last = core.split()[-1].lower() if core.split() else ""
    words = name_words()
    if last in words["not-name"] and last not in words["also-surname"]:
        return False  # "Larkspur Mother" (of "… Mother and Baby Unit"): no person's name
    if len(core.split()) == 1 and last in words["role-head"]:
        return False  # "Lead" of "Nurse Practitioner and Nurse Lead": a post, no one's name
    return any(c.isalpha() for c in core) and not _NOT_IN_NAMES.search(core)


def clean_org(text: str) -> str:
    """An organisation's name without a leading article or an added possessive; a name whose
    own last word ends in 's keeps it.

    >>> clean_org("Barnardo’s"), clean_org("St Mungo's"), clean_org("NHS 24's")
    ('Barnardo’s', "St Mungo's", 'NHS 24')
    """
    cleaned = clean_span_text(text)
    whole = _SPACE.sub(" ", text).strip(_EDGE_PUNCT.replace("’", "").replace("'", ""))
    if whole[:4].lower() == "the ":
        whole = whole[4:]
    if whole != cleaned and fold(whole) in own_possessive_names():
        return whole
    return cleaned


@lru_cache(maxsize=1)
def own_possessive_names(path: Path = DATA_DIR / "organisations.csv") -> frozenset[str]:
    """Folded organisation names and aliases whose own last word ends in 's ("Barnardo's")."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: organisations missing") from e
    forms = (
        form.strip()
        for row in rows
        for form in (row["name"], *(row.get("aliases") or "").split(";"))
    )
    return frozenset(fold(f) for f in forms if f.endswith(("'s", "’s")))


def clean_person(text: str) -> str:
    """Drop titles, honours and possessives; turn "Surname, Given" into "Given Surname"."""
    text = clean_span_text(text)
    if text.count(",") == 1:
        left, right = (part.strip() for part in text.split(","))
        if left and right and " " not in left and right.split()[0] not in POST_NOMINALS:
            text = f"{right} {left}"
    tokens = [t for t in text.split() if t]
    while tokens and tokens[0].lower().rstrip(".") in BARE_TITLES:
        tokens.pop(0)
    while tokens and is_post_nominal(tokens[-1].strip(".,")):
        tokens.pop()
    return " ".join(tokens).strip(_EDGE_PUNCT)


def initials_fit(letters: str, name: str) -> bool:
    """Whether `letters` are the initials of `name`.

    >>> initials_fit("KS", "Kiran Sandhu"), initials_fit("GMcA", "Gerard McAlinden")
    (True, True)
    >>> initials_fit("SEO", "Siân Ellis-Owen"), initials_fit("SE", "Siân Ellis-Owen")
    (True, True)
    >>> initials_fit("CEO", "Jane Smith"), initials_fit("NHS", "Nia Hughes")
    (False, False)
    >>> initials_fit("UBM", "Úna Breslin-Magee"), initials_fit("CNB", "Caoimhe Nic Giolla Bhríde")
    (True, True)
    """
    capitals = "".join(c for c in letters if c.isupper())
    words = [w for w in _unaccented(name).split() if w[:1].isupper()]
    if len(capitals) < 2 or len(words) < 2:
        return False
    parts = [p for w in words for p in w.split("-") if p[:1].isupper()]
    firsts = "".join(w[0] for w in words)
    return capitals in {
        firsts,
        "".join(p[0] for p in parts),
        words[0][0] + words[-1][0],
        "".join(c for w in words for c in w if c.isupper()),
    } or _skipping(capitals, "".join(p[0] for p in parts))


def _unaccented(text: str) -> str:
    """ "Úna Breslin-Magee" -> "Una Breslin-Magee": initials are written without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _skipping(capitals: str, firsts: str) -> bool:
    """Whether the letters take the first and last word's initial and some between, in order
    ("CNB" of "Caoimhe Nic Giolla Bhríde": a surname's inner word left out)."""
    if len(capitals) < 3 or capitals[0] != firsts[:1] or capitals[-1] != firsts[-1:]:
        return False
    rest = iter(firsts[1:-1])
    return all(c in rest for c in capitals[1:-1])


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split for matching: given names (or initials) and surname."""

    given: tuple[str, ...]  # folded
    surname: str  # folded

    @classmethod
    def parse(cls, name: str) -> PersonName:
        tokens = clean_person(name).replace(".", ". ").split()
        folded = [fold(t) for t in tokens]
        folded = [t for t in folded if t]
        if not folded:
            return cls((), "")
        # keep particles with the surname: "van der Berg", "de Souza", "Mac an t-Saoir"
        surname_parts = [folded.pop()]
        while folded and folded[-1] in SURNAME_PARTICLES:
            surname_parts.insert(0, folded.pop())
        return cls(tuple(folded), " ".join(surname_parts))

    @property
    def initials_only(self) -> bool:
        return bool(self.given) and all(len(g) == 1 for g in self.given)

    @property
    def first_initial(self) -> str:
        return self.given[0][0] if self.given else ""

    @property
    def is_full(self) -> bool:
        return bool(self.given) and not self.initials_only


_NATION_SHAPES = (  # kinds of public body that exist in one nation only
    (re.compile(r"\bNHS Foundation Trust$|\bIntegrated Care Board$", re.I), "England"),
    (re.compile(r"\b(?:University|Teaching) Health Board$", re.I), "Wales"),
    (re.compile(r"\b(?:Health and Social Care|HSC) Trust$", re.I), "Northern Ireland"),
    (re.compile(r"\bHealth and Social Care Partnership$", re.I), "Scotland"),
)


def nation_by_shape(name: str) -> str:
    """The nation of a local NHS body its name alone says, for one no list knows: a foundation
    trust or an integrated care board is English, a university or teaching health board
    Welsh, an HSC trust in Northern Ireland, a health and social care partnership Scottish.

    >>> nation_by_shape("Gloucestershire Hospitals NHS Foundation Trust")
    'England'
    >>> nation_by_shape("Public Health Wales NHS Trust"), nation_by_shape("Age UK")
    ('', '')
    """
    name = name.strip()
    return next((nation for shape, nation in _NATION_SHAPES if shape.search(name)), "")


_LETTER_WORD = re.compile(r",?\s+([A-Z][A-Za-z]{1,7})\b(?![\w'’-])")


def past_letters(text: str, end: int) -> int:
    """Where the letters after the name ending at `end` end: a run of capitalised words that
    opens with a post-nominal ("RGN ENP", "MCSP", "FRCS"), or `end` itself.

    >>> s = "Sister Jo Bell RGN ENP, Lead Nurse, who chaired"
    >>> s[past_letters(s, 14):]
    ', Lead Nurse, who chaired'
    >>> past_letters("Jo Bell Lead Nurse chaired", 7)
    7
    """
    found = _LETTER_WORD.match(text, end)
    if found is None or not is_post_nominal(found.group(1)):
        return end
    while found is not None and (found.group(1).isupper() or is_post_nominal(found.group(1))):
        end = found.end()
        found = _LETTER_WORD.match(text, end)
    return end
