"""Readable terminal output for the questions' answers (the --json output is the models as-is)."""

from __future__ import annotations

from rich.console import Console

from query.types import (
    ConnectAnswer,
    EvidenceAnswer,
    LearningAnswer,
    OrganisationsAnswer,
    PathAnswer,
    Profile,
    Quote,
    Scope,
    SearchAnswer,
    Step,
)


def _scope(scope: Scope) -> str:
    head = f"the challenge “{scope.challenge}”" if scope.challenge else f"“{scope.asked}”"
    same = [t.topic for t in scope.topics if t.relation == "same"]
    narrower = [t.topic for t in scope.topics if t.relation == "narrower"]
    broader = [t.topic for t in scope.topics if t.relation == "broader"]
    parts = [f"topics: {', '.join(same)}"] if same else []
    if narrower:
        parts.append(f"narrower: {', '.join(narrower)}")
    if broader:
        parts.append(f"broader: {', '.join(broader)}")
    return f"{head} ({'; '.join(parts)})" if parts else head


def _quote(out: Console, quote: Quote | None, indent: str = "     ") -> None:
    if quote is not None and quote.text:
        text = quote.text if len(quote.text) <= 220 else quote.text[:217] + "…"
        out.print(f"{indent}“{text}” — {quote.document}", markup=False, style="dim")


def _steps(steps: list[Step]) -> str:
    if not steps:
        return ""
    parts = [steps[0].source]
    for step in steps:
        rel = step.relationship
        arrow = f"<-{rel[1:]}-" if rel.startswith("~") else f"-{rel}->"
        parts.append(f"{arrow} {step.target}")
    return " ".join(parts)


def connect(out: Console, answer: ConnectAnswer) -> None:
    where = ""
    if answer.across:
        sides = ", ".join(answer.origin_side) or "unknown"
        where = f" across {answer.across} from {answer.origin} ({sides})"
    out.print(f"Who to connect on {_scope(answer.scope)}{where}", markup=False, style="bold")
    if not answer.results:
        out.print("  nobody found", markup=False)
    for i, hit in enumerate(answer.results, start=1):
        card = hit.person
        facts = " · ".join(
            x
            for x in [
                ", ".join(card.roles[:1] + card.organisations[:2]),
                ", ".join(card.nations),
                ", ".join(card.professions),
                ", ".join(card.sectors),
            ]
            if x
        )
        out.print(f"{i:>2}. {card.name} — {facts}  [score {hit.score:g}]", markup=False)
        out.print(f"    why: {hit.why}", markup=False)
        if hit.path:
            out.print(f"    path: {_steps(hit.path)}", markup=False)
        for reason in hit.reasons[:2]:
            for quote in reason.quotes[:1]:
                _quote(out, quote)
    notes = []
    if answer.withheld_no_consent:
        notes.append(
            f"{answer.withheld_no_consent} withheld: no consent to be contacted (or unknown)"
        )
    if answer.excluded_same_side:
        notes.append(
            f"{answer.excluded_same_side} on the same side of the {answer.across} boundary"
        )
    if answer.excluded_unknown_side:
        notes.append(f"{answer.excluded_unknown_side} whose {answer.across} is unknown")
    if notes:
        out.print("  not shown: " + "; ".join(notes), markup=False, style="italic")


def evidence(out: Console, answer: EvidenceAnswer) -> None:
    where = f" for {answer.nation}" if answer.nation else ""
    out.print(f"Evidence on {_scope(answer.scope)}{where}", markup=False, style="bold")
    if not answer.results:
        out.print("  no evidence found", markup=False)
    for i, item in enumerate(answer.results, start=1):
        meta = ", ".join(
            x for x in [item.publisher, str(item.year or ""), " & ".join(item.nations)] if x
        )
        out.print(
            f"{i:>2}. {item.title} ({meta})  [score {item.score:.2f}: topics "
            f"{item.topic_score:.2f}, text {item.text_score:.2f}, "
            f"recency {item.recency_score:.2f}]",
            markup=False,
        )
        if item.topics:
            out.print("    on: " + ", ".join(t.topic for t in item.topics), markup=False)
        _quote(out, next((q for q in item.quotes if q.start > 0), None))
    coverage = ", ".join(f"{n} {c}" for n, c in answer.coverage.items())
    out.print(f"  coverage by nation: {coverage}", markup=False)
    gaps = ", ".join(answer.gaps) if answer.gaps else "none: every nation has some evidence"
    out.print(f"  gaps: {gaps}", markup=False, style="bold")


def learning(out: Console, answer: LearningAnswer) -> None:
    where = f" outside {answer.not_from}" if answer.not_from else ""
    out.print(f"What was learned on {_scope(answer.scope)}{where}", markup=False, style="bold")
    if not answer.results:
        out.print("  nothing recorded", markup=False)
    for i, item in enumerate(answer.results, start=1):
        where = ", ".join(item.places + [n for n in item.nations if n not in item.places])
        out.print(f"{i:>2}. {item.statement}", markup=False)
        out.print(
            f"    — {item.source} ({', '.join(x for x in [where, item.date] if x)})",
            markup=False,
            style="dim",
        )
    if answer.excluded_from_nation:
        out.print(
            f"  not shown: {answer.excluded_from_nation} recorded in {answer.not_from}",
            markup=False,
            style="italic",
        )


def organisations(out: Console, answer: OrganisationsAnswer) -> None:
    where = f" across {answer.across} from {answer.origin}" if answer.across else ""
    out.print(f"Organisations active on {_scope(answer.scope)}{where}", markup=False, style="bold")
    if not answer.results:
        out.print("  none found", markup=False)
    for i, org in enumerate(answer.results, start=1):
        facts = " · ".join(x for x in [", ".join(org.nations), ", ".join(org.sectors)] if x)
        out.print(f"{i:>2}. {org.name} — {facts}  [score {org.score:g}]", markup=False)
        if org.people or org.people_withheld:
            more = f" (+{org.people_withheld} without consent)" if org.people_withheld else ""
            out.print(f"    people: {', '.join(org.people) or '—'}{more}", markup=False)
        if org.evidence:
            out.print(f"    evidence: {'; '.join(org.evidence)}", markup=False)
    for title, groups in (("by nation", answer.by_nation), ("by sector", answer.by_sector)):
        line = "; ".join(f"{k}: {len(v)}" for k, v in sorted(groups.items()))
        if line:
            out.print(f"  {title}: {line}", markup=False)


def profile(out: Console, answer: Profile) -> None:
    out.print(f"{answer.name} ({answer.label})", markup=False, style="bold")
    if answer.aliases:
        out.print(f"  also written: {', '.join(answer.aliases)}", markup=False)
    card = answer.card
    if card is not None:
        for label, values in (
            ("roles", card.roles),
            ("organisations", card.organisations),
            ("professions", card.professions),
        ):
            if values:
                out.print(f"  {label}: {', '.join(values)}", markup=False)
        consent = {True: "yes", False: "no", None: "unknown"}[card.consent]
        out.print(f"  consent to be contacted: {consent}", markup=False)
    if answer.email:
        out.print(f"  email: {answer.email}", markup=False)
    for label, values in (
        ("nations", answer.nations),
        ("sectors", answer.sectors),
        ("topics", answer.topics),
        ("documents", answer.documents),
    ):
        if values:
            out.print(f"  {label}: {', '.join(values)}", markup=False)
    if answer.connections:
        out.print("  connections:", markup=False)
        for c in answer.connections:
            arrow = f"-{c.relationship}->" if c.direction == "out" else f"<-{c.relationship}-"
            out.print(f"    {arrow} {c.name} ({c.label})", markup=False)
    for quote in answer.quotes[:3]:
        _quote(out, quote, indent="  ")


def path(out: Console, answer: PathAnswer) -> None:
    out.print(f"How {answer.source} and {answer.target} are connected", markup=False, style="bold")
    if not answer.paths:
        out.print("  they are the same", markup=False)
    for i, steps in enumerate(answer.paths, start=1):
        out.print(f"{i:>2}. {_steps(steps)}", markup=False)
        for step in steps:
            _quote(out, step.quote)


def search(out: Console, answer: SearchAnswer) -> None:
    if not answer.results:
        out.print(f"nothing matches “{answer.text}”", markup=False)
    for hit in answer.results:
        matched = f"  (matched “{hit.matched}”)" if hit.matched.lower() != hit.name.lower() else ""
        out.print(f"{hit.score:>5.1f}  {hit.label:<12} {hit.name}{matched}", markup=False)
