"""qkg's spaCy components, registered as factories. Each takes the gazetteer it is given in
its config (a `@misc` registry reference), so a pipeline built with `ingest.extract.nlp.load_nlp(
gazetteer)` uses that gazetteer in every component; the default is the packaged one.

- `qkg_block_sentences`: a sentence starts at every block the reader found.
- `qkg_gazetteer` (`gazetteer_matcher`): gazetteer matches into `doc.spans["qkg_gaz"]`.
- `qkg_entities` (`entity_cleaning`): merges the model's entities with the gazetteer matches,
  cleans and checks them, and sets `doc.ents` to PERSON / ORG / NATION / PLACE; topics and
  professions go to `doc.spans["qkg_topics"]` and `doc.spans["qkg_professions"]`.
- `qkg_affiliations` (`affiliations`): person -> organisation rules into
  `doc._.qkg_affiliations`.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from graph.reference.gazetteer import Gazetteer, load_gazetteer

PACKAGED = "qkg.packaged_gazetteer.v1"
DEFAULT_CONFIG = {"gazetteer": {"@misc": PACKAGED}}


@registry.misc(PACKAGED)
def packaged_gazetteer() -> Gazetteer:
    return load_gazetteer()


def gazetteer_ref(gazetteer: Gazetteer | None) -> dict[str, Any]:
    """The component config that hands `gazetteer` (None: the packaged one) to a factory.

    spaCy configs hold no live objects, so a given gazetteer is registered under a name of its
    own and the config refers to it; the pipeline's config then says which one it was built with.
    """
    if gazetteer is None:
        return DEFAULT_CONFIG
    name = f"qkg.gazetteer.{id(gazetteer):x}.v1"
    if name not in registry.misc:
        registry.misc.register(name, func=lambda: gazetteer)
    return {"gazetteer": {"@misc": name}}


BLOCK_STARTS = "qkg_block_starts"  # Doc.user_data key: the character offsets blocks start at


@Language.component("qkg_block_sentences")
def block_sentences(doc: Doc) -> Doc:
    """A sentence starts at every block (ingest.types.Block) the reader found, so no
    sentence runs from a heading, a list item or a table row into the next."""
    starts = doc.user_data.get(BLOCK_STARTS)
    if starts and len(doc):
        offsets = doc.to_array(IDX).tolist()  # (a Token object per token costs more)
        for i in range(1, len(offsets)):
            if offsets[i] in starts:
                doc[i].is_sent_start = True
    _cut_long_sentences(doc)
    return doc


MAX_SENTENCE_TOKENS = 400  # longer is a run of list or table text, not a sentence


def _cut_long_sentences(doc: Doc) -> None:
    """A sentence of more than MAX_SENTENCE_TOKENS tokens (a paragraph of hundreds of names,
    a line without stops) is cut after its last comma or semicolon within that length, or at
    the length when it has none: every rule that reads a sentence once per name in it then
    stays linear in the document's length."""
    begun = 0
    last_break = -1
    for token in doc[1:] if len(doc) > MAX_SENTENCE_TOKENS else ():
        i = token.i
        if token.is_sent_start:
            begun, last_break = i, -1
        elif i - begun >= MAX_SENTENCE_TOKENS:
            cut = last_break + 1 if last_break > begun + MAX_SENTENCE_TOKENS // 2 else i
            doc[cut].is_sent_start = True
            begun, last_break = cut, -1
        if token.text in (",", ";"):
            last_break = i


@Language.factory("qkg_gazetteer", default_config=DEFAULT_CONFIG)
def make_gazetteer_matcher(nlp: Language, name: str, gazetteer: Gazetteer) -> Any:
    from ingest.extract.gazetteer_matcher import GazetteerMatcher

    return GazetteerMatcher(nlp, gazetteer)


@Language.factory("qkg_entities", default_config=DEFAULT_CONFIG)
def make_entity_merger(nlp: Language, name: str, gazetteer: Gazetteer) -> Any:
    from ingest.extract.entity_cleaning import EntityMerger

    return EntityMerger(gazetteer)


@Language.factory("qkg_affiliations", default_config=DEFAULT_CONFIG)
def make_affiliations(nlp: Language, name: str, gazetteer: Gazetteer) -> Any:
    from ingest.extract.affiliations import AffiliationFinder

    return AffiliationFinder(gazetteer)
