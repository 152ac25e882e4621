"""The Lab's questions: who to connect, what evidence, what was learned, which organisations,
profiles, paths and search. `Questions(backend)` answers them over either store."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from query.backend import QueryBackend
from query.connect import connect, organisations
from query.evidence import EvidenceQuestions
from query.explore import path, profile, search
from query.scope import Context
from query.types import (
    Boundary,
    ConnectAnswer,
    EvidenceAnswer,
    LearningAnswer,
    OrganisationsAnswer,
    PathAnswer,
    Profile,
    SearchAnswer,
)


class Questions:
    """Every question over one backend; caches (names, vocabulary, TF-IDF) live as long as it."""

    def __init__(self, backend: QueryBackend) -> None:
        self.ctx = Context(backend)

    @cached_property
    def _evidence(self) -> EvidenceQuestions:
        return EvidenceQuestions(self.ctx)

    def connect(
        self,
        asked: str,
        across: Boundary | None = None,
        from_person: str | None = None,
        nation: str | None = None,
        limit: int = 10,
    ) -> ConnectAnswer:
        return connect(self.ctx, asked, across, from_person, nation, limit)

    def evidence(self, asked: str, nation: str | None = None, limit: int = 10) -> EvidenceAnswer:
        return self._evidence.evidence(asked, nation, limit)

    def learning(self, asked: str, not_from: str | None = None, limit: int = 10) -> LearningAnswer:
        return self._evidence.learning(asked, not_from, limit)

    def organisations(
        self,
        asked: str,
        across: Boundary | None = None,
        from_person: str | None = None,
        nation: str | None = None,
        limit: int = 20,
    ) -> OrganisationsAnswer:
        return organisations(self.ctx, asked, across, from_person, nation, limit)

    def profile(self, name: str) -> Profile:
        return profile(self.ctx, name)

    def path(self, a: str, b: str, limit: int = 3) -> PathAnswer:
        return path(self.ctx, a, b, limit)

    def search(self, text: str, limit: int = 10) -> SearchAnswer:
        return search(self.ctx, text, limit)


def scope_keys(graph: Any, asked: str | None) -> set[str] | None:
    """The topic and challenge keys in scope of a CHALLENGE_OR_TOPIC (`Resolved.in_scope`), for
    the analytics over a derived graph; None (no topic): the whole graph."""
    if asked is None:
        return None
    from query.backends.embedded import EmbeddedBackend

    return Context(EmbeddedBackend(graph)).topic_scope(asked).in_scope


def questions_for(store: Any) -> Questions:
    """The questions over a store, answered by its own backend (query.backends.backend_for)."""
    from query.backends import backend_for

    return Questions(backend_for(store))


__all__ = ["Questions", "questions_for", "scope_keys"]
