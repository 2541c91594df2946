"""The web server trains the scam-signal model as it starts (tradeguard/wsgi.py), in a
background thread, so that the first message posted after a start does not train it
inside its transaction (holding the case's lock, and SQLite's write lock, meanwhile)."""

from __future__ import annotations

from tradeguard.signals import model


def test_the_warm_up_trains_the_model_the_detector_then_uses() -> None:
    model._models.cache_clear()
    thread = model.warm_in_background()
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert model._models.cache_info().currsize == 1
    trained = model._models()
    assert model._models.cache_info().hits >= 1  # the detector's call found it ready
    assert trained is model._models()
