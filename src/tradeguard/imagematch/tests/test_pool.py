"""The matcher's worker pool never outlives the process that started it: a killed or
interrupted `tradeguard images` leaves no worker behind, and a finished run lets its
workers exit on their own (joined, not killed). Real processes (a fork inside the test
run's process, which has threads, can deadlock)."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tradeguard.common.tests.processes import kill_all, needs_proc, running, still_running

pytestmark = needs_proc

# Works on "images" that each take a minute (as a huge or hostile file can); each
# worker says when it has started one. Multiprocessing's own clean-up only reaches a
# worker between two images (its pipe to the dead parent breaks).
BUSY = """
import os, time
from pathlib import Path
from tradeguard.imagematch import batch

def slow(path):
    os.write(1, f"{os.getpid()}\\n".encode())  # one write: the two workers' lines never mix
    time.sleep(60)
    return path

for _ in batch._run(slow, [Path(str(n)) for n in range(100)], 2):
    pass
"""

FINISHED = """
import multiprocessing
from pathlib import Path
from tradeguard.imagematch import batch

pools = []
make = batch._pool
batch._pool = lambda workers: pools.append(make(workers)) or pools[-1]
assert [r for _, r in batch._run(str, [Path(str(n)) for n in range(50)], 2)][-1] == "49"
print(*[p.exitcode for p in pools[0]._pool], len(multiprocessing.active_children()))
"""


@pytest.mark.parametrize(
    "sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name
)
def test_no_worker_survives_a_stopped_matcher(sig: signal.Signals) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", BUSY], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    workers: list[int] = []
    try:
        assert parent.stdout is not None
        while len(workers) < 2:  # both busy
            line = parent.stdout.readline()
            assert line, "the matcher ended before both workers started"
            if not line.strip():
                continue
            pid = int(line)
            if pid not in workers:
                workers.append(pid)
        assert all(running(pid) for pid in workers)
        parent.send_signal(sig)
        parent.wait(timeout=60)
        assert still_running(workers, timeout=10) == set()
    finally:
        parent.kill()
        parent.wait()
        kill_all(workers)


def test_a_finished_run_closes_and_joins_its_pool() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FINISHED], capture_output=True, text=True, timeout=120, check=True
    )
    # exit code 0: each worker finished by itself, none was terminated
    assert done.stdout.split() == ["0", "0", "0"]
