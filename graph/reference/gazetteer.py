"""Reads the gazetteers in graph/reference/data: nations, places, organisations, professions,
sectors, programmes, given names, a stop list and the SKOS topic vocabulary (with rdflib).

The files are plain CSV and Turtle so a person can read and extend them; see
graph/reference/data/README.md.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from graph.errors import ConfigError
from graph.model import fold

# the vocabulary's collection of ways of studying or improving, not subjects (topics.ttl)
METHODS_IRI = "https://w3id.org/qkg/topic/methods"

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data"


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split(";") if part.strip())


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)
    except FileNotFoundError as e:
        raise ConfigError(f"{path}: gazetteer file missing") from e


@dataclass(frozen=True, slots=True)
class NationEntry:
    name: str
    adjectives: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    nation: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    acronym: str
    aliases: tuple[str, ...]
    nation: str
    sector: str
    kind: str


@dataclass(frozen=True, slots=True)
class ProfessionEntry:
    name: str
    aliases: tuple[str, ...]
    sector: str


@dataclass(frozen=True, slots=True)
class TopicEntry:
    iri: str
    label: str
    alt_labels: tuple[str, ...]
    broader: tuple[str, ...]  # IRIs
    definition: str = ""
    method: bool = False  # a way of studying or improving (evaluation), not a subject
    # how texts say it without naming it ("leaving hospital"): matched, never shown (SKOS)
    hidden_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ChallengeEntry:
    id: str
    title: str
    aliases: tuple[str, ...]
    topics: tuple[str, ...]  # topic prefLabels


@dataclass
class Gazetteer:
    nations: list[NationEntry]
    governments: dict[str, str]  # government name -> nation
    places: list[PlaceEntry]
    ambiguous_places: frozenset[str]  # folded names
    organisations: list[OrgEntry]
    programmes: list[str]  # names and aliases
    professions: list[ProfessionEntry]
    sectors: dict[str, tuple[str, ...]]  # name -> aliases
    topics: list[TopicEntry]
    challenges: list[ChallengeEntry]
    given_names: frozenset[str]  # folded
    stoplist: dict[str, frozenset[str]]  # folded text -> labels it must never get ("*" = all)
    # lookups, built in __post_init__
    org_by_fold: dict[str, OrgEntry] = field(default_factory=dict, init=False, repr=False)
    place_by_fold: dict[str, PlaceEntry] = field(default_factory=dict, init=False, repr=False)
    nation_by_fold: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    profession_by_fold: dict[str, ProfessionEntry] = field(
        default_factory=dict, init=False, repr=False
    )
    topic_by_iri: dict[str, TopicEntry] = field(default_factory=dict, init=False, repr=False)
    topic_by_label: dict[str, TopicEntry] = field(default_factory=dict, init=False, repr=False)
    sector_by_fold: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    programme_folds: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        for org in self.organisations:
            for form in (org.name, *org.aliases):
                self.org_by_fold.setdefault(fold(form), org)
                self.org_by_fold.setdefault(fold(_strip_the(form)), org)
            if org.acronym:
                self.org_by_fold.setdefault(fold(org.acronym), org)
        for place in self.places:
            for form in (place.name, *place.aliases):
                self.place_by_fold.setdefault(fold(form), place)
        for nation in self.nations:
            for form in (nation.name, *nation.aliases, *nation.adjectives):
                self.nation_by_fold[fold(_strip_the(form))] = nation.name
        for prof in self.professions:
            for form in (prof.name, *prof.aliases):
                self.profession_by_fold.setdefault(fold(form), prof)
        for topic in self.topics:
            self.topic_by_iri[topic.iri] = topic
            self.topic_by_label[topic.label.lower()] = topic
        for name, aliases in self.sectors.items():
            for form in (name, *aliases):
                self.sector_by_fold.setdefault(fold(form), name)
        self.programme_folds = frozenset(fold(p) for p in self.programmes)

    def org(self, name: str) -> OrgEntry | None:
        return self.org_by_fold.get(fold(_strip_the(name)))

    @cached_property
    def org_openings(self) -> frozenset[str]:
        """The first two or more words (folded) of the bodies' names and aliases, short of
        the whole name: "cwm taf morgannwg" of "Cwm Taf Morgannwg University Health Board"
        (a name shaped like a person's that is a body's first words is no one's)."""
        out: set[str] = set()
        for org in self.organisations:
            for name in (org.name, *org.aliases):
                words = fold(name).split()
                out.update(" ".join(words[:k]) for k in range(2, len(words)))
        return frozenset(out)

    @cached_property
    def government_by_fold(self) -> dict[str, str]:
        """Folded government name -> its nation."""
        return {fold(name): nation for name, nation in self.governments.items()}

    def government(self, name: str) -> str | None:
        """The nation of a government the list knows by this name, in any case ("LLYWODRAETH
        CYMRU"); None for any other name."""
        return self.government_by_fold.get(fold(name))

    def place(self, name: str) -> PlaceEntry | None:
        return self.place_by_fold.get(fold(_strip_the(name)))

    def nation(self, name: str) -> str | None:
        return self.nation_by_fold.get(fold(_strip_the(name)))

    def given_name(self, word: str) -> bool:
        """Whether `word` is a given name the list knows, in any case and accents."""
        return fold(word) in self.given_names

    def profession(self, name: str) -> ProfessionEntry | None:
        return self.profession_by_fold.get(fold(name))

    def sector(self, name: str) -> str | None:
        return self.sector_by_fold.get(fold(name))

    def topic(self, label: str) -> TopicEntry | None:
        return self.topic_by_label.get(label.lower())

    def topic_ancestors(self, iri: str) -> list[str]:
        """Every broader topic IRI, nearest first, without repeats."""
        seen: list[str] = []
        frontier = list(self.topic_by_iri[iri].broader) if iri in self.topic_by_iri else []
        while frontier:
            current = frontier.pop(0)
            if current in seen or current not in self.topic_by_iri:
                continue
            seen.append(current)
            frontier.extend(self.topic_by_iri[current].broader)
        return seen

    def is_stopped(self, text: str, label: str) -> bool:
        labels = self.stoplist.get(fold(text))
        return bool(labels) and ("*" in labels or label in labels)  # type: ignore[operator]


def _strip_the(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def read_topics(path: Path) -> list[TopicEntry]:
    """Read a SKOS vocabulary: concepts with prefLabel, altLabels, hiddenLabels, broader (or
    inverse narrower)."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF, SKOS

    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as e:  # rdflib raises many parser-specific types
        raise ConfigError(f"{path}: not valid Turtle ({type(e).__name__}: {e})") from e
    broader: dict[str, set[str]] = {}
    for child, parent in graph.subject_objects(SKOS.broader):
        broader.setdefault(str(child), set()).add(str(parent))
    for parent, child in graph.subject_objects(SKOS.narrower):
        broader.setdefault(str(child), set()).add(str(parent))
    methods = {str(m) for m in graph.objects(URIRef(METHODS_IRI), SKOS.member)}
    topics = []
    for concept in sorted(set(graph.subjects(RDF.type, SKOS.Concept)), key=str):
        labels = [lit for lit in graph.objects(concept, SKOS.prefLabel)]
        english = [str(lit) for lit in labels if getattr(lit, "language", None) in ("en", None)]
        if not english:
            log.warning("%s: concept %s has no English prefLabel; skipped", path, concept)
            continue
        alts = sorted({str(lit) for lit in graph.objects(concept, SKOS.altLabel)})
        hidden = sorted({str(lit) for lit in graph.objects(concept, SKOS.hiddenLabel)})
        definition = next((str(d) for d in graph.objects(concept, SKOS.definition)), "")
        topics.append(
            TopicEntry(
                iri=str(concept),
                label=english[0],
                alt_labels=tuple(alts),
                broader=tuple(sorted(broader.get(str(concept), ()))),
                definition=definition,
                method=str(concept) in methods,
                hidden_labels=tuple(hidden),
            )
        )
    return topics


@lru_cache(maxsize=1)
def place_names_by_first_word(data_dir: Path = DATA_DIR) -> dict[str, tuple[str, ...]]:
    """The nation and place names of more than one word (with their aliases), by their
    first word: what a line ending on "Northern" may go on with ("Ireland"). Read from the
    CSV files alone, for readers that need no gazetteer."""
    by_first: dict[str, set[str]] = {}
    for path in ("nations.csv", "places.csv"):
        for row in _rows(data_dir / path):
            for name in (row["name"], *_split(row.get("aliases"))):
                words = name.split()
                if len(words) > 1:
                    by_first.setdefault(words[0], set()).add(name)
    return {first: tuple(sorted(names)) for first, names in by_first.items()}


def _optional_rows(path: Path) -> Iterator[dict[str, str]]:
    if path.exists():
        yield from _rows(path)


@lru_cache(maxsize=4)
def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Load every gazetteer file once per process."""
    nations = [
        NationEntry(r["name"], _split(r.get("adjectives")), _split(r.get("aliases")))
        for r in _rows(data_dir / "nations.csv")
    ]
    governments = {
        r["name"]: r["nation"] for r in _optional_rows(data_dir / "nation_governments.csv")
    }
    places = [
        PlaceEntry(r["name"], r["nation"], r.get("kind", ""), _split(r.get("aliases")))
        for r in _rows(data_dir / "places.csv")
    ]
    ambiguous = frozenset(
        fold(r["name"]) for r in _optional_rows(data_dir / "ambiguous_places.csv")
    )
    organisations = [
        OrgEntry(
            r["name"],
            (r.get("acronym") or "").strip(),
            _split(r.get("aliases")),
            r.get("nation", ""),
            r.get("sector", ""),
            r.get("kind", ""),
        )
        for r in _rows(data_dir / "organisations.csv")
    ]
    programmes: list[str] = []
    for r in _optional_rows(data_dir / "programmes.csv"):
        programmes.extend([r["name"], *_split(r.get("aliases"))])
    professions = [
        ProfessionEntry(r["name"], _split(r.get("aliases")), r.get("sector", ""))
        for r in _rows(data_dir / "professions.csv")
    ]
    sectors = {r["name"]: _split(r.get("aliases")) for r in _rows(data_dir / "sectors.csv")}
    challenges = [
        ChallengeEntry(r["id"], r["title"], _split(r.get("aliases")), _split(r.get("topics")))
        for r in _optional_rows(data_dir / "challenges.csv")
    ]
    given_path = data_dir / "given_names.txt"
    given = (
        frozenset(fold(line) for line in given_path.read_text("utf-8").splitlines() if line.strip())
        if given_path.exists()
        else frozenset()
    )
    stop: dict[str, set[str]] = {}
    for r in _optional_rows(data_dir / "stoplist.csv"):
        stop.setdefault(fold(r["text"]), set()).add((r.get("label") or "*").strip() or "*")
    return Gazetteer(
        nations=nations,
        governments=governments,
        places=places,
        ambiguous_places=ambiguous,
        organisations=organisations,
        programmes=programmes,
        professions=professions,
        sectors=sectors,
        topics=read_topics(data_dir / "topics.ttl"),
        challenges=challenges,
        given_names=given,
        stoplist={k: frozenset(v) for k, v in stop.items()},
    )
