"""Child processes that stop when their parent dies, however it dies.

A parent that is killed with SIGKILL (or crashes) runs no clean-up, so its children
must notice by themselves. On Linux the kernel tells them: ``prctl(PR_SET_PDEATHSIG)``
sends a signal to the child the moment its parent exits. Elsewhere (or when prctl is
not available) a daemon thread checks ``os.getppid()`` every ``poll`` seconds: once the
parent is gone the child has been re-parented and the value changes.

Used by `tradeguard serve`'s children, by the child that Django's autoreloader starts
(`tradeguard worker` and `runserver` with DEBUG on) and by the image matcher's worker
pool. No Django imports: the image-matching engine is a pure library.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1

# A process started with this variable set to a pid stops when that process is gone
# (tradeguard.cli arms it at start-up, before Django loads).
PARENT_ENV = "TRADEGUARD_PARENT_PID"


def kernel_parent_death_signal(sig: int = signal.SIGTERM) -> bool:
    """Ask the kernel for ``sig`` when this process's parent exits (Linux only).

    Safe between fork and exec (``preexec_fn``): no thread, no allocation beyond
    ctypes. True if the kernel accepted it. Note the kernel's rule: the signal comes
    when the *thread* that forked this process exits, so fork from a long-lived thread
    (the main thread, as everywhere here)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int, sig: int, poll: float) -> None:
    while os.getppid() == parent:
        time.sleep(poll)
    with contextlib.suppress(ProcessLookupError):
        os.kill(os.getpid(), sig)


def die_with_parent(
    parent: int | None = None,
    *,
    sig: int = signal.SIGTERM,
    poll: float = 1.0,
    use_kernel: bool = True,
) -> None:
    """Send ``sig`` to this process once ``parent`` (default: the current parent) has
    exited: through the kernel on Linux, else through a watching daemon thread. If the
    parent is already gone, the signal is sent now."""
    if parent is None:
        parent = os.getppid()
    if not (use_kernel and kernel_parent_death_signal(sig)):
        threading.Thread(
            target=_watch, args=(parent, sig, poll), name="parent-watch", daemon=True
        ).start()
    if os.getppid() != parent:  # died before anyone was listening
        os.kill(os.getpid(), sig)


def die_with_parent_from_env(environ: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """``die_with_parent`` for the pid in ``TRADEGUARD_PARENT_PID``, if set; the variable
    is removed so that this process's own children do not inherit the wrong parent."""
    value = environ.pop(PARENT_ENV, "")
    if value.isdigit():
        die_with_parent(int(value))
