"""The topic routes: the vocabulary, phrases of the documents proposed as topics, and a
curator's accepting or rejecting them (recorded as `qkg topics accept` / `reject` do)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field

from api.problems import responses
from api.routes_store import DecisionOut
from api.security import ReadRole, WriteRole

router = APIRouter(prefix="/api/topics", tags=["topics"], responses=responses(401, 403, 422))


class TopicOut(BaseModel):
    name: str
    status: Literal["vocabulary", "accepted"]
    broader: list[str]
    aliases: list[str]


class ProposalOut(BaseModel):
    phrase: str
    documents: int = Field(description="documents that use it")
    occurrences: int
    example: str = Field(description="a passage that uses it")


class TopicDecisionIn(BaseModel):
    phrase: str = Field(min_length=1, max_length=200)
    decision: Literal["accept", "reject"]
    broader: str = Field(default="", max_length=200, description="accept under this topic")
    note: str = Field(default="", max_length=500)


def _store(request: Request) -> Any:
    return request.app.state.service.store()


@router.get("")
def topics(_role: ReadRole, request: Request) -> list[TopicOut]:
    """Every topic: the vocabulary and the phrases accepted as topics."""
    from graph.derive.open_topics import topic_list

    return [TopicOut.model_validate(asdict(t)) for t in topic_list(_store(request).graph())]


@router.get("/proposed")
def proposed(
    _role: ReadRole,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=100)] = 30,
) -> list[ProposalOut]:
    """Phrases the documents use that the vocabulary lacks, most used first."""
    from graph.derive.open_topics import proposals

    store = _store(request)
    found = proposals(store.graph(), store.decisions(), limit)
    return [ProposalOut.model_validate(asdict(p)) for p in found]


@router.post("/decisions", responses=responses(400, 404, 503))
def decide(_role: WriteRole, request: Request, body: TopicDecisionIn) -> DecisionOut:
    """Accept a phrase as a topic (optionally under a broader one) or reject it."""
    from graph.stores.decisions import decide_topic

    with request.app.state.service.writing() as store:
        ruling = decide_topic(
            store, body.phrase, body.decision == "accept", body.broader, body.note
        )
    return DecisionOut.model_validate(ruling.to_dict())
