"""How words are compared when qkg matches a question against documents' text: lower case,
possessives dropped, plurals folded to the singular, function words left out. One rule for the
questions' text matching (query.text_scope) and for proposing topics from text
(graph.derive.proposals).

>>> terms("Menopause support for NHS staff: women's experiences at work")
['menopause', 'support', 'nhs', 'staff', 'woman', 'experience', 'work']
>>> terms("Children's oral-health and supervised toothbrushing")
['child', 'oral-health', 'supervised', 'toothbrushing']
>>> terms("menopause cafés")
['menopause', 'cafe']
"""

from __future__ import annotations

import re
import unicodedata

STOP_WORDS = frozenset(
    """a about above across after again against all almost also am among an and any are as
    at be because been before being below between both but by can could did do does doing
    done down during each either else ever every few for from further get got had has have
    having he her here hers herself him himself his how however i if in into is it its itself
    just least less let like made make many may me might more most much must my myself neither
    no nor not now of off often on once one only onto or other others otherwise our ours
    ourselves out over own per perhaps quite rather really said same says see seen shall she
    should since so some such than that the their theirs them themselves then there these they
    this those though through throughout thus to together too toward towards under until up
    upon us use used using very via was we well were what whatever when where whether which
    while who whom whose why will with within without would yet you your yours yourself
    yourselves""".split()
)
_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
_WORD_CASED = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "people": "people"}
_KEEP_S = ("ss", "us", "is", "ics", "ous", "ys")


def singular(word: str) -> str:
    """'carers' -> 'carer', 'therapies' -> 'therapy'; 'stewardship', 'diabetes' kept.

    >>> [singular(w) for w in ["carers", "therapies", "analysis", "diabetes", "services"]]
    ['carer', 'therapy', 'analysis', 'diabetes', 'service']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S) and word != "diabetes":
        return word[:-1]
    return word


_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”‘’|/–—•]+|\s-\s")


def runs(text: str) -> list[list[str]]:
    """The runs of words in `text` that could name a topic: split at punctuation, function
    words and capitalised words after the first (names of people, places and bodies).

    >>> runs("Staff at Ninewells Hospital said menopause cafés helped, and toothbrushing.")
    [['staff'], ['menopause', 'cafe', 'helped'], ['toothbrushing']]
    """
    out: list[list[str]] = []
    for segment in _BREAK.split(text):
        run: list[str] = []
        for i, raw in enumerate(_WORD_CASED.findall(segment)):
            word = raw.lower().replace("’", "'")
            proper = (raw[:1].isupper() and (i > 0 or raw.isupper())) or raw.isupper()
            if proper or word in STOP_WORDS or word.endswith("'s") or not word[:1].isalpha():
                if run:
                    out.append(run)
                run = []
                continue
            run.append(singular(_ascii(word)))
        if run:
            out.append(run)
    return out


def _ascii(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def terms(text: str) -> list[str]:
    """The words of `text` as compared: lower case, singular, no possessive or function word."""
    out = []
    for word in _WORD.findall(_ascii(text.lower().replace("’", "'"))):
        if word.endswith("'s"):
            word = word[:-2]
        word = word.strip("'")
        if word and word not in STOP_WORDS and (len(word) > 1 or word.isdigit()):
            out.append(singular(word))
    return out
