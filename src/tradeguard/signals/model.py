"""A learned second opinion on scam messages: pure functions (no Django, no I/O but
reading the labelled sets shipped in `data/`).

A logistic regression over character n-grams (1-4, inside word boundaries, both
languages), with the context as tokens (paid or not; the supplier's message or a buyer's
report), trained on every labelled set in `data/*.jsonl` the first time a process needs
it (about two seconds on this 2-core machine; then cached for the life of the process).
Each web server process trains it in a background thread when it answers its first
request (`warm_in_background`, from `tradeguard/wsgi.py`), so that the first message
posted does not wait for it inside its transaction.

The rules in `rules.py` explain what they find (the words, the rule); the model judges
the message as a whole:

- a rule's finding stands unless the model is confident the message is benign
  (probability below `VETO`): a warning or a quote that happens to use the words;
- when no rule fires and the model is confident it is a scam (at least `ADD`), it
  finds one signal of the kind its second classifier names, with the sentence it scores
  highest as the evidence.

Deterministic: the same data gives the same model (fixed data order, deterministic
solvers).
Measured in docs/benchmarks.md ("Scam signals"); retrained whenever the data changes.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
# A rule's finding is dropped below this probability; the model alone finds a signal
# from this one up.
VETO = 0.2
ADD = 0.8
_C = 10.0


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _document(text: str, *, paid: bool, reported: bool) -> str:
    # The context as words the n-grams see: the same demand reads differently before
    # and after payment, and in a buyer's report.
    return f"{'[paid]' if paid else '[unpaid]'} {'[report]' if reported else '[supplier]'} {text}"


def labelled_rows() -> list[dict[str, Any]]:
    """Every labelled set in `data/`, each row checked as the benchmark checks it."""
    from tradeguard.signals.evaluate import load

    return [row for path in sorted(DATA.glob("*.jsonl")) for row in load(path)]


@cache
def _models() -> tuple[Any, Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    rows = labelled_rows()
    documents = [
        _document(r["text"], paid=bool(r["paid"]), reported=r["author"] == "buyer") for r in rows
    ]
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, preprocessor=_normal, min_df=2
    )
    features = vectorizer.fit_transform(documents)
    scam = LogisticRegression(C=_C, class_weight="balanced", solver="liblinear", max_iter=5000)
    scam.fit(features, [r["label"] == "scam" for r in rows])
    scams = [i for i, r in enumerate(rows) if r["label"] == "scam"]
    # Which kind: only the order matters, and a linear SVM learns it in a fraction of the
    # time a multinomial logistic regression takes (0.2 s against 5.7 s here).
    kind = LinearSVC(C=1.0, class_weight="balanced")
    kind.fit(features[scams], [rows[i]["kind"] for i in scams])
    return vectorizer, scam, kind


def warm_in_background() -> threading.Thread:
    """Train the models in a daemon thread now, rather than at the first message."""
    thread = threading.Thread(target=_models, name="signals-model-warm-up", daemon=True)
    thread.start()
    return thread


def judge(text: str, *, paid: bool, reported: bool) -> tuple[float, str]:
    """The model's probability that the message is a scam signal, and the kind it would
    be, read from one transform of the message."""
    vectorizer, scam, kind = _models()
    features = vectorizer.transform([_document(text, paid=paid, reported=reported)])
    p = float(scam.predict_proba(features)[0][list(scam.classes_).index(True)])
    return p, str(kind.classes_[kind.decision_function(features)[0].argmax()])


def probability(text: str, *, paid: bool, reported: bool) -> float:
    """The model's probability that the message is a scam signal."""
    return judge(text, paid=paid, reported=reported)[0]


def likeliest(texts: list[str], *, paid: bool, reported: bool) -> int:
    """The index of the text (a sentence) the model scores highest."""
    vectorizer, scam, _kind = _models()
    features = vectorizer.transform([_document(t, paid=paid, reported=reported) for t in texts])
    column = list(scam.classes_).index(True)
    scores = scam.predict_proba(features)[:, column]
    return int(scores.argmax())
