"""Footnote marks set as superscripts (a web page's <sup>, Pandoc's ^2^, a PDF's smaller raised
text), written as superscript characters so that a mark is never read as part of a name or a
word: "Gillian Hext" + raised "b" is "Gillian Hextᵇ", not "Gillian Hextb"."""

from __future__ import annotations

import re

SUP_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUP_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"  # (no "q": Unicode has none) a letter's mark
SUPERSCRIPT = str.maketrans(  # footnote marks as marks: digits and letters
    "0123456789abcdefghijklmnoprstuvwxyz", SUP_DIGITS + SUP_LETTERS
)
_DIGITS_UP = str.maketrans("0123456789", SUP_DIGITS)
_LETTER_MARKS = re.compile(r"\s*[a-pr-z](?:\s*,\s*[a-pr-z])*\s*[*†‡]?\s*")
MARKS = re.compile(r"\s*[\da-z](?:\s*,\s*[\da-z]){0,5}\s*[*†‡]?\s*|\s*[*†‡]{1,3}\s*")


def superscript(text: str) -> str:
    """Text set as a superscript, as marks: digits always ("²,³"), letters when they are
    letter marks ("a", "a,b", "b*"), never a word's ending ("1<sup>st</sup>" stays "st").

    >>> superscript("2,3"), superscript("a,b"), superscript("st")
    ('²,³', 'ᵃ,ᵇ', 'st')
    """
    return text.translate(SUPERSCRIPT if _LETTER_MARKS.fullmatch(text) else _DIGITS_UP)
