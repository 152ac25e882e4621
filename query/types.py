"""The typed answers of the questions. The CLI's --json and the API return these as they are,
so every field here is part of a stable schema: add fields, never rename or remove them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Boundary = Literal["nation", "profession", "organisation", "sector"]
TopicRelation = Literal["same", "narrower", "broader", "challenge", "text"]


class Quote(BaseModel):
    """A source sentence: the document it is in and where."""

    document: str
    text: str
    start: int = 0
    end: int = 0
    extractor: str = ""


class TopicMatch(BaseModel):
    """A topic the question covers, and how it relates to what was asked."""

    topic: str
    relation: TopicRelation = "same"
    weight: float = 1.0


class Scope(BaseModel):
    """What a CHALLENGE_OR_TOPIC argument resolved to."""

    asked: str
    challenge: str | None = None
    topics: list[TopicMatch] = Field(default_factory=list)
    note: str = ""  # how parts naming no topic were matched in the documents' text


class Step(BaseModel):
    """One hop of an explained path: from -[relationship]-> to, with its best source quote."""

    source: str
    relationship: str
    target: str
    quote: Quote | None = None


class PersonCard(BaseModel):
    name: str
    roles: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    nations: list[str] = Field(default_factory=list)
    professions: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    consent: bool | None = None


class Reason(BaseModel):
    """One piece of why: a link from a person or organisation to a topic in scope."""

    kind: str  # wrote, spoke at, listed expertise, contributed to, said about, attended,
    # published, works with
    via: str  # the evidence, workshop, challenge or topic the link runs through
    topic: str
    weight: float
    quotes: list[Quote] = Field(default_factory=list)


class Connection(BaseModel):
    person: PersonCard
    score: float
    shared_topics: list[TopicMatch]
    why: str
    reasons: list[Reason]
    path: list[Step] = Field(default_factory=list)


class ConnectAnswer(BaseModel):
    scope: Scope
    across: Boundary | None
    origin: str | None  # the person or nation the boundary is crossed from
    origin_side: list[str] = Field(default_factory=list)  # the origin's nations/professions/...
    results: list[Connection]
    withheld_no_consent: int = 0  # matching people not recommended: no consent or unknown
    excluded_same_side: int = 0  # matching people on the origin's side of the boundary
    excluded_unknown_side: int = 0  # matching people whose side of the boundary is unknown


class EvidenceItem(BaseModel):
    title: str
    year: int | None = None
    publisher: str = ""
    authors: list[str] = Field(default_factory=list)
    nations: list[str] = Field(default_factory=list)
    document: str = ""
    score: float
    topic_score: float
    text_score: float
    recency_score: float
    topics: list[TopicMatch] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class EvidenceAnswer(BaseModel):
    scope: Scope
    nation: str | None = None
    results: list[EvidenceItem]
    coverage: dict[str, int]  # nation -> evidence items on the question
    gaps: list[str]  # the four nations with no evidence on the question


class LearningItem(BaseModel):
    statement: str
    source: str  # the workshop or evidence it was recorded in
    source_kind: str
    date: str = ""
    places: list[str] = Field(default_factory=list)
    nations: list[str] = Field(default_factory=list)
    topics: list[TopicMatch] = Field(default_factory=list)
    score: float
    quote: Quote | None = None


class LearningAnswer(BaseModel):
    scope: Scope
    not_from: str | None = None
    results: list[LearningItem]
    excluded_from_nation: int = 0


class OrganisationItem(BaseModel):
    name: str
    nations: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    score: float
    people: list[str] = Field(default_factory=list)  # consenting people only
    people_withheld: int = 0
    evidence: list[str] = Field(default_factory=list)
    reasons: list[Reason] = Field(default_factory=list)


class OrganisationsAnswer(BaseModel):
    scope: Scope
    across: Boundary | None = None
    origin: str | None = None
    results: list[OrganisationItem]
    by_nation: dict[str, list[str]]
    by_sector: dict[str, list[str]]


class Neighbour(BaseModel):
    relationship: str
    direction: Literal["out", "in"]
    label: str
    name: str
    documents: list[str] = Field(default_factory=list)


class Profile(BaseModel):
    label: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    card: PersonCard | None = None
    email: str | None = None  # shown only with consent
    topics: list[str] = Field(default_factory=list)
    nations: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)
    connections: list[Neighbour] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)


class PathAnswer(BaseModel):
    source: str
    target: str
    paths: list[list[Step]]


class SearchHit(BaseModel):
    label: str
    name: str
    score: float
    matched: str  # the name or alias that matched


class SearchAnswer(BaseModel):
    text: str
    results: list[SearchHit]
