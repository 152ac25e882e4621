"""Which of Wales's two languages a short text is written in, for documents that say everything
twice: a Welsh body's bilingual title page ("Rhyddhad diabetes math 2: blwyddyn gyntaf …" over
"Type 2 diabetes remission: the first year …"), a table with a Welsh column beside the English.
Told by common words that only one of the two languages uses.
"""

from __future__ import annotations

import itertools
import re

from ingest.types import RawDocument

_WELSH = frozenset(
    """yn y yr gyda mae roedd bod ddim ein eich sy'n wedi hefyd mewn i'r o'r a'r ac ar gan
    heb dros rhwng trwy wrth yng ym eu hyn hon hwn rhai pob sut pam ble pwy gwasanaeth
    gwasanaethau iechyd gofal cymdeithasol adroddiad blwyddyn cyntaf gyntaf math cymru
    nghymru gwerthusiad ymgysylltu ymchwil crynodeb cyflwyniad canfyddiadau argymhellion pobl
    plant cymuned cymunedau ni chi nhw fe fo""".split()
)
_ENGLISH = frozenset(
    """the and to of in is are was were for with that this it on by be people their they we
    our from at not more""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def in_welsh(text: str) -> bool:
    """Whether a text is in Welsh: two or more words only Welsh uses, none only English does.

    >>> in_welsh("Rhyddhad diabetes math 2: blwyddyn gyntaf y gwasanaeth deiet calorïau isel")
    True
    >>> in_welsh("Type 2 diabetes remission: the first year of the low calorie diet service")
    False
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    welsh = sum(w in _WELSH for w in words)
    return welsh >= 2 and not any(w in _ENGLISH for w in words)


TRANSLATION_CHARS = 200  # an English title set under the Welsh is a line, not a paragraph
SEARCH_BLOCKS = 16  # the top of a document, where its title page is


def english_beside(raw: RawDocument, title: str) -> str:
    """The English of a title written in Welsh, when the title page sets it on the line under
    the Welsh ("Rhyddhad diabetes math 2: …" / "Type 2 diabetes remission: …"); the title
    itself otherwise."""
    if not in_welsh(title):
        return title
    said = " ".join(title.split())
    blocks = raw.blocks[:SEARCH_BLOCKS]
    for block, below in itertools.pairwise(blocks):
        if " ".join(raw.text[block.start : block.end].split()) != said:
            continue
        line = " ".join(raw.text[below.start : below.end].split())
        if (
            len(line) <= TRANSLATION_CHARS
            and len(line.split()) >= MIN_TITLE_WORDS
            and not line.endswith(".")
            and not in_welsh(line)
        ):
            return line
        break
    return title


MIN_TITLE_WORDS = 3
