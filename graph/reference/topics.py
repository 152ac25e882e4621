"""The topic vocabulary's one structural rule: what a topic takes in.

A topic is about itself and every topic narrower than it, at any depth ("peer support" takes
in "peer support for carers"). The questions weight them (query.scope) and the gap map counts
them (graph.analytics.gaps) by this one rule, so a topic's row in `qkg gaps` and the coverage
of `qkg evidence TOPIC` count the same evidence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def narrower_of(broader: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """{topic: its directly narrower topics} from {topic: its broader topics}.

    >>> narrower_of({"b": ["a"], "c": ["b"], "a": []})
    {'a': ['b'], 'b': ['c']}
    """
    out: dict[str, list[str]] = {}
    for key in sorted(broader):
        for parent in broader[key]:
            out.setdefault(parent, []).append(key)
    return out


def taken_in(narrower: Mapping[str, Iterable[str]], key: str) -> set[str]:
    """`key` and every topic narrower than it, at any depth (cycles are safe).

    >>> sorted(taken_in({"a": ["b"], "b": ["c", "a"]}, "a"))
    ['a', 'b', 'c']
    """
    seen = {key}
    stack = list(narrower.get(key, ()))
    while stack:
        child = stack.pop()
        if child not in seen:
            seen.add(child)
            stack.extend(narrower.get(child, ()))
    return seen


def broader_than(broader: Mapping[str, Iterable[str]], key: str) -> set[str]:
    """Every topic broader than `key`, at any depth (cycles are safe): what a mention of
    `key` is also a mention of ("anorexia" is one of eating disorders).

    >>> sorted(broader_than({"c": ["b"], "b": ["a", "g"], "a": ["c"]}, "c"))
    ['a', 'b', 'g']
    """
    seen: set[str] = set()
    stack = list(broader.get(key, ()))
    while stack:
        parent = stack.pop()
        if parent not in seen and parent != key:
            seen.add(parent)
            stack.extend(broader.get(parent, ()))
    return seen
