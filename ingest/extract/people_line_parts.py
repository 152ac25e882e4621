"""The pieces of a people line the parser in ingest.extract.people_lines reads past: a leading
bullet or number, the brackets each token sits in, contact details that end an entry, the
part a person took set after their affiliation, and a label's plural role for each person.
"""

from __future__ import annotations

from ingest.extract.people_names import WORDS, Tok

BULLETS = frozenset({"-", "*", "•", "·", "–", "—", "▪", "○", "►", ">", "◦", "‣"})
CONTACT_LABELS = frozenset(
    {"email", "e-mail", "tel", "telephone", "phone", "mobile", "web", "website"}
)
PART_WORDS = 3  # a part taken, after a person's affiliation: "case presenter"


def part_after(toks: list[Tok], depth: list[int], a: int, b: int) -> int:
    """Where an affiliation ends before the part its person took, set after a comma in
    lower case ("Audiologist (Powys Teaching Health Board), case presenter")."""
    comma = next(
        (k for k in range(b - 1, a, -1) if toks[k].text == "," and depth[k] == 0),
        -1,
    )
    part = toks[comma + 1 : b] if comma > a else []
    named = comma > a and (toks[comma - 1].text == ")" or toks[comma - 1].text.istitle())
    if (  # after a name ("… Health Board), case presenter"), not a role in lower case
        named
        and 0 < len(part) <= PART_WORDS
        and all(t.text.isalpha() and t.text.islower() for t in part)
    ):
        return comma
    return b


def contact_details(toks: list[Tok], i: int, b: int) -> int:
    """Where "Email: …", "Tel: …" begin: contact details end the entry."""
    for k in range(i, b - 1):
        low = toks[k].text.lower()
        if low in CONTACT_LABELS and toks[k + 1].text == ":":
            return k
    return b


def singular_role(role: str) -> str:
    """A label's role for each person it names: "Co-chairs" -> "Co-chair"."""
    head = role.rsplit(" ", 1)[-1]
    if head.endswith("s") and head[:-1].lower() in WORDS["role-head"]:
        return role[:-1]
    return role


def depths(toks: list[Tok]) -> list[int]:
    depths, depth = [], 0
    for t in toks:
        if t.text in (")", "]"):
            depth = max(depth - 1, 0)
        depths.append(depth)
        if t.text in ("(", "["):
            depth += 1
    return depths


def skip_bullet(toks: list[Tok]) -> int:
    """Tokens of a leading bullet: "-", "•", "*", "3.", "3)", "a)", "(iv)"."""
    if len(toks) < 2:
        return 0
    first, second = toks[0], toks[1]
    if first.text in BULLETS or (first.kind == "mark" and first.text == "*"):
        return 1
    if first.text.rstrip(".").isdigit() and first.text.endswith("."):
        return 1  # "3." kept whole by the tokenizer
    numbered = first.text.isdigit() or (len(first.text) == 1 and first.text.islower())
    if numbered and second.text in (".", ")"):
        return 2
    if first.text == "(" and len(toks) > 3 and toks[2].text == ")" and len(second.text) <= 3:
        return 3
    return 0
