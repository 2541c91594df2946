import os
import threading
from collections.abc import Callable, Iterable
from typing import Any

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")

from tradeguard.common.limits import BodyLimitMiddleware
from tradeguard.signals.model import warm_in_background


class WarmOnFirstRequest:
    """Trains the scam-signal model in the background once per serving process, when that
    process answers its first request, so that the first message posted does not train
    it inside its transaction.

    Not at import: gunicorn ``--preload`` imports this module in its master and then
    forks the workers, and a fork while the training thread imports scikit-learn hands
    each worker import locks held by a thread it does not have, so its first use of those
    modules waits forever (one API fuzzer run saw a request hang so)."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self._warmed_in: int | None = None
        self._lock = threading.Lock()

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        if self._warmed_in != os.getpid():
            with self._lock:
                if self._warmed_in != os.getpid():
                    self._warmed_in = os.getpid()
                    warm_in_background()
        return self.app(environ, start_response)


# Request bodies over their endpoint's cap are refused before they are read.
application = WarmOnFirstRequest(BodyLimitMiddleware(get_wsgi_application()))
