"""Short forms of an organisation's name within one document, joined to the full name (and a
person's given name alone, to the one full name the document gives it: `merge_given_names`).

A document names a body in full once and then shortens it; both forms are one organisation,
under the full name:

- **the full name less its closing kind words**: "Sherwood Forest Hospitals" for "Sherwood
  Forest Hospitals Trust", "Nottingham University Hospitals" for "Nottingham University
  Hospitals NHS Trust", "Healthwatch Lancashire" for "Healthwatch Lancashire Limited", "KEMP"
  for "KEMP Hospice";
- **the first word and the head, words left out between**: "Southern Trust" for "Southern
  Health and Social Care Trust", "Betsi Cadwaladr Health Board" for "Betsi Cadwaladr
  University Health Board";
- **the full name less its opening word** (in practice its place), three words or more: "Health and
  Wellbeing Board" for "Northmoor Health & Wellbeing Board";
- **initials the document never defines**: "KHP" for "King's Health Partners", "WHO" for
  "World Health Organization" (first and last initials kept, none out of order);
- **words and initials mixed**: "Cardiff and Vale UHB" for "Cardiff and Vale University Health
  Board", "LLR ICB" for "Leicester, Leicestershire and Rutland Integrated Care Board": each word
  of the short form is a word of the full name or the initials of the next few (joiners such
  as "and" and "of" skipped), and together they cover the whole of it.

A short form joins only when exactly one full name of the document fits it, and never when
the gazetteer knows both names as different bodies.

>>> short_form_of("Sherwood Forest Hospitals", ["Sherwood Forest Hospitals Trust"])
'Sherwood Forest Hospitals Trust'
>>> short_form_of("Southern Trust", ["Southern Health and Social Care Trust"])
'Southern Health and Social Care Trust'
>>> short_form_of("NHS", ["NHS Tayside"]) is None
True
>>> short_form_of("Health and Wellbeing Board", ["Northmoor Health & Wellbeing Board"])
'Northmoor Health & Wellbeing Board'

>>> short_form_of("KHP", ["King's Health Partners", "King's College London"])
"King's Health Partners"
>>> short_form_of("Northmoor ICB", ["Northmoor Integrated Care Board", "Northmoor Council"])
'Northmoor Integrated Care Board'
>>> short_form_of("Northmoor ICB", ["Northmoor Integrated Care Board Trust"]) is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from graph.model import Label, fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import PersonName
from ingest.extract.claims import ClaimSet
from ingest.extract.name_parts import OPENING_PARTICLES, SIKH_NAMES

KIND_TAIL = frozenset(
    """nhs hsc trust foundation limited ltd cic plc hospice charity university health board
    cio""".split()
)


@functools.lru_cache(maxsize=8192)
def _words(name: str) -> tuple[str, ...]:
    """The folded words, a possessive "'s" dropped: "St Leonard" is short for "St Leonard's
    Hospice"."""
    bare = " ".join(w.removesuffix("'s").removesuffix("’s") for w in name.split())
    return tuple(fold(bare).split())


def _subsequence(short: Sequence[str], full: Sequence[str]) -> bool:
    it = iter(full)
    return all(word in it for word in short)


def _fits(short: Sequence[str], full: Sequence[str]) -> bool:
    if len(short) >= 3 and full[1:] == short:
        return True  # "the Health and Wellbeing Board" for "Northmoor Health & Wellbeing Board"
    if len(short) >= len(full) or not short or short[0] != full[0]:
        return False
    if full[: len(short)] == short:
        return all(word in KIND_TAIL for word in full[len(short) :])
    return len(short) >= 2 and short[-1] == full[-1] and _subsequence(short, full)


def _initials_fit(acronym: str, full: str) -> bool:
    """ "KHP" for "King's Health Partners", "WHO" for "World Health Organization", "MEHT" for
    "Mid Essex Hospital Services NHS Trust": the letters are initials of the name's words, in
    order, the first and the last among them."""
    words = [w for w in full.replace("’", "'").split() if w[:1].isupper() and w not in ("&",)]
    initials = "".join(w if w.isupper() and w.isalpha() else w[0] for w in words).upper()
    if len(acronym) < 3 or not initials or acronym in full.split():
        return False  # "NHS" is not short for "NHS Highland Services"
    if initials.endswith(acronym) and len(initials) > len(acronym):
        return True  # "ICB" for "NHS West Yorkshire Integrated Care Board"
    return (
        acronym[0] == initials[0]
        and acronym[-1] == initials[-1]
        and _subsequence(list(acronym), list(initials))
    )


JOINERS = frozenset({"and", "&", "of", "for", "the"})


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _mixed_fit(short: list[str], full: list[str]) -> bool:
    """Each word of `short` is the next word of `full` or the initials of its next words
    (joiners skipped), and `short` covers all of `full`: "Cardiff and Vale UHB" for
    "Cardiff and Vale University Health Board"."""
    if not short:
        return not full
    word, rest = short[0], short[1:]
    if full and fold(word) == fold(full[0]) and _mixed_fit(rest, full[1:]):
        return True
    if not _acronym(word):
        return False
    letters, k = "", 0
    while k < len(full) and len(letters) < len(word):
        if full[k].lower() not in JOINERS:
            if not full[k][:1].isupper():
                return False
            letters += full[k][0].upper()
        k += 1
    return letters == word and _mixed_fit(rest, full[k:])


def by_opening(names: Iterable[str]) -> dict[str, list[str]]:
    """Each name under its first folded word, and under its second as " word" (a short form
    drops no word but the first: "the Health and Wellbeing Board"), for `short_form_of`."""
    out: dict[str, list[str]] = {}
    for name in names:
        words = _words(name)
        for key in [*words[:1], *(" " + w for w in words[1:2])]:
            out.setdefault(key, []).append(name)
    return out


def _name_words(name: str) -> list[str]:
    return name.replace(",", " ").split()


def short_form_of(
    name: str, others: Sequence[str], opening: Mapping[str, Sequence[str]] | None = None
) -> str | None:
    """The one name among `others` that `name` is a short form of, else None; `opening` (a
    first or second word -> the names it opens or follows, from `by_opening`) looks only at
    the names that could fit, for a document of thousands of bodies."""
    words = _words(name)
    pool: Iterable[str] = others
    if opening is not None and words:
        pool = {*opening.get(words[0], ()), *opening.get(" " + words[0], ())} - {name}
    found = {fold(o): o for o in pool if _fits(words, _words(o))}
    if not found and name.isupper() and name.isalpha() and " " not in name:
        found = {fold(o): o for o in others if o != name and _initials_fit(name, o)}
    short = _name_words(name)
    if not found and len(short) >= 2 and any(_acronym(w) for w in short):
        found = {
            fold(o): o
            for o in others
            if len(_name_words(o)) > len(short) and _mixed_fit(short, _name_words(o))
        }
    return next(iter(found.values())) if len(found) == 1 else None


NAMED_IN_FULL = frozenset({"Q Improvement Lab"})  # bodies named in full whatever form a text
# uses: the Lab's own pages, and people who worked with it, write "Q Lab" for it, and its users
# look it up by its full name


def merge_short_forms(claims: ClaimSet, gaz: Gazetteer) -> None:
    """Join each organisation named by a short form to the full name the document gives (or,
    for the few bodies in NAMED_IN_FULL, to its full name whether the document gives it or not:
    "the Q Lab's work" is the Q Improvement Lab's)."""
    for entity in claims.entities(Label.ORGANISATION):
        known = gaz.org(entity.name)
        if known is not None and known.name in NAMED_IN_FULL and known.name != entity.name:
            claims.entity(Label.ORGANISATION, known.name)
            claims.merge(Label.ORGANISATION, entity.name, known.name)
    names = sorted((e.name for e in claims.entities(Label.ORGANISATION)), key=len, reverse=True)
    text = " ".join(claims.raw.text.split()).lower()
    written = [n for n in names if n.lower() in text]  # not a name only the gazetteer gives
    by_fold = {fold(n): n for n in written}
    opening = by_opening(written)
    for name in names:
        full = short_form_of(name, [n for n in written if n != name], opening)
        known = gaz.org(name)
        if full is None and known is not None and fold(known.name) != fold(name):
            # a name the gazetteer knows as another of this body's, which the document also
            # writes in full: "Macmillan" beside "Macmillan Cancer Support"
            full = by_fold.get(fold(known.name))
        if full is None:
            continue
        other = gaz.org(full)
        if known is not None and other is not None and known.name != other.name:
            continue
        claims.merge(Label.ORGANISATION, name, full)


def full_names_by_word(names: Iterable[str]) -> dict[str, str]:
    """Folded given name or surname -> the one full name among `names` with it ("" when
    several): "Ciara", and "Prys-Jenkins" after a title ("Dr Prys-Jenkins said …").

    >>> found = full_names_by_word(["Ciara Fegan", "Ciara", "Orla Kernaghan", "Orla Byrne"])
    >>> found["ciara"], found["orla"], found["fegan"]
    ('Ciara Fegan', '', 'Ciara Fegan')
    >>> full_names_by_word(["Thomas Ellis", "Ann Thomas"])["thomas"]
    ''
    >>> full_names_by_word(["S Amadi-Pollard"])
    {'amadi pollard': 'S Amadi-Pollard'}
    """
    full: dict[str, str] = {}
    for name in names:
        parsed = PersonName.parse(name)
        if parsed.given and parsed.surname:  # also "S Amadi-Pollard" in a minute's list, by
            # its surname alone later ("Dr Amadi-Pollard presented …")
            words = {parsed.given[0], parsed.surname} if parsed.is_full else {parsed.surname}
            for word in words:
                full[word] = name if full.get(word, name) == name else ""
    return full


def merge_given_names(claims: ClaimSet) -> None:
    """Join each person named by a given name (or surname) alone to the one full name of the
    document with it, wherever that full name was read ("Fegan, Ciara" in a list of who came:
    the model tags "Ciara" alone, the list parser reads Ciara Fegan). Two sharing it: left."""
    names = [person.name for person in claims.entities(Label.PERSON)]
    full = full_names_by_word(names)
    for person in claims.entities(Label.PERSON):
        if " " not in person.name and full.get(fold(person.name)):
            claims.merge(Label.PERSON, person.name, full[fold(person.name)])
        elif person.name.split()[0].lower() in OPENING_PARTICLES and (
            longer := _particle_surname(person.name, names)
        ):
            claims.merge(Label.PERSON, person.name, longer)  # "Dr Mhic Giolla Bhríde" asked …:
            # the one "Aoibheann Mhic Giolla Bhríde" of the document
        elif person.name.split()[-1] in SIKH_NAMES and (longer := _led_name(person.name, names)):
            claims.merge(Label.PERSON, person.name, longer)  # "Kuldip Singh" said …: the one
            # "Kuldip Singh Chana" of the rota (the family name after "Singh" or "Kaur" left out)


_NAME_WORD = re.compile(r"[A-Z][^\W\d_]*(?:['’-][A-Z]?[^\W\d_]+)*")  # "Chana", "Gill-Patel"


def _led_name(name: str, names: list[str]) -> str:
    """The one longer name of `names` whose first words are `name`'s ('' for none or several).

    >>> _led_name("Kuldip Singh", ["Kuldip Singh Chana", "Ann Bell"])
    'Kuldip Singh Chana'
    >>> _led_name("Ann Bell", ["Ann Bell Smith", "Ann Bell Jones"]), _led_name("Ann Bell", [
    ...     "Ann Bell,1"])
    ('', '')
    """
    words = name.split()
    longer = {
        n
        for n in names
        if n.split()[: len(words)] == words
        and len(n.split()) > len(words)
        and all(_NAME_WORD.fullmatch(w) for w in n.split()[len(words) :])
    }
    return longer.pop() if len(longer) == 1 else ""


def _particle_surname(surname: str, names: Sequence[str]) -> str:
    """The one name among `names` that is a given name before `surname`, a surname opening
    with a particle ("Mhic Giolla Bhríde", "Ó Maolagáin"); '' when none or several.

    >>> _particle_surname("Mhic Giolla Bhríde", ["Aoibheann Mhic Giolla Bhríde", "Jo Bell"])
    'Aoibheann Mhic Giolla Bhríde'
    """
    tail = " " + surname
    found = {n for n in names if n.endswith(tail) and len(n[: -len(tail)].split()) == 1}
    return found.pop() if len(found) == 1 else ""
