"""The evidence texts' TF-IDF model scores a question as scikit-learn's own TfidfVectorizer
does (the independent reference), from the arrays the embedded store keeps."""

from __future__ import annotations

import numpy as np
import pytest

from graph.derive.tfidf import TfidfModel, fit, stop_words

TEXTS = {
    "evidence:b": "Peer support for carers in Fife. Carers said peer support helped them most.",
    "evidence:a": "Social prescribing and loneliness in Wales: a mixed-methods evaluation.",
    "evidence:c": "The the and of. Peer-led groups; peer mentors; mentoring schemes in the NHS.",
    "evidence:d": "Café-based conversations about mental health (Ceredigion, 2023).",
}
ASKED = [
    "peer support for carers",
    "peer peer peer support",
    "loneliness in Wales and social prescribing",
    "mental health cafés",
    "the and of",
    "nothing here matches",
    "",
]


@pytest.mark.filterwarnings("ignore:Your stop_words may be inconsistent")
@pytest.mark.parametrize("asked", ASKED)
def test_tfidf_similarities_match_scikit_learn(asked: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer  # a second of imports

    keys = sorted(TEXTS)
    reference = TfidfVectorizer(stop_words=sorted(stop_words()), sublinear_tf=True, min_df=1)
    matrix = reference.fit_transform([TEXTS[k] for k in keys])
    expected = (matrix @ reference.transform([asked]).T).toarray().ravel()
    model = fit(TEXTS)
    assert model.keys == keys
    np.testing.assert_allclose(model.similarities(asked), expected, rtol=1e-12, atol=1e-15)
    kept = TfidfModel.from_bytes(model.to_bytes())  # as the embedded store keeps it
    assert np.array_equal(kept.similarities(asked), model.similarities(asked))


def test_tfidf_of_no_texts_or_no_words_scores_nothing() -> None:
    for texts in ({}, {"evidence:a": "the and of"}):
        model = TfidfModel.from_bytes(fit(texts).to_bytes())
        assert list(model.similarities("peer support")) == [0.0] * len(texts)
