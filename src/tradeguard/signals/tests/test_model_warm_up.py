"""The web server trains the scam-signal model in the background (tradeguard/wsgi.py), so
that the first message posted after a start does not train it inside its transaction
(holding the case's lock, and SQLite's write lock, meanwhile); and it does so in each
serving process at its first request, never at import, where gunicorn ``--preload``
would fork its workers in the middle of the training."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

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


def test_the_app_warms_once_per_process_at_its_first_request_not_at_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tradeguard import wsgi

    started: list[int] = []
    monkeypatch.setattr(wsgi, "warm_in_background", lambda: started.append(os.getpid()))
    app = wsgi.WarmOnFirstRequest(lambda environ, start_response: [b"ok"])
    assert started == []  # building the app starts nothing
    assert app({}, lambda *a: None) == [b"ok"]
    app({}, lambda *a: None)
    assert started == [os.getpid()]  # one training per process


# A master that imports the app and forks at once, as gunicorn --preload does; the child
# then answers a request and uses the model. With the training started at import, the
# fork caught it inside scikit-learn's imports and the child waited forever.
PRELOADED_MASTER = textwrap.dedent(
    """
    import os, signal, sys
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")
    from tradeguard import wsgi
    from tradeguard.signals import model
    wsgi.application.app = lambda environ, start_response: [b"ok"]
    for _ in range(3):
        pid = os.fork()
        if pid == 0:
            signal.alarm(60)
            wsgi.application({}, lambda *a: None)
            model.probability("please pay to my personal account", paid=False, reported=False)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        if status != 0:
            sys.exit(f"a forked worker did not finish (status {status})")
    """
)


def test_workers_forked_from_a_preloading_master_can_use_the_model() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PRELOADED_MASTER],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
