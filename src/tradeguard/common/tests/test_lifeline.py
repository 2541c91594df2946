"""A child stops when its parent dies, even when the parent is killed outright: through
the kernel on Linux, through a thread that watches os.getppid() elsewhere."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from tradeguard.common.tests.processes import kill_all, needs_proc, running, still_running

pytestmark = needs_proc

FORKING_PARENT = """
import os, sys, time
from tradeguard.common.lifeline import die_with_parent
parent = os.getpid()
if os.fork() == 0:
    die_with_parent(parent, poll=0.05, use_kernel={use_kernel})
    print("child", os.getpid(), flush=True)
    time.sleep(120)
    os._exit(0)
time.sleep(120)
"""


@pytest.mark.parametrize("use_kernel", [True, False], ids=["prctl", "getppid-watch"])
def test_a_child_stops_when_its_parent_is_killed(use_kernel: bool) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", FORKING_PARENT.format(use_kernel=use_kernel)],
        stdout=subprocess.PIPE,
        text=True,
    )
    child = 0
    try:
        assert parent.stdout is not None
        word, pid = parent.stdout.readline().split()
        assert word == "child"
        child = int(pid)
        assert running(child)
        parent.kill()
        parent.wait()
        assert still_running([child], timeout=10) == set()
    finally:
        parent.kill()
        parent.wait()
        kill_all([child] if child else [])


def test_a_process_whose_parent_is_already_gone_stops_at_once() -> None:
    # The pid given is not this process's parent: as if the parent had died before the
    # child asked to be told.
    script = (
        "import os, time\n"
        "from tradeguard.common.lifeline import die_with_parent\n"
        "die_with_parent(os.getppid() + 1_000_000)\n"
        "time.sleep(60)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert done.returncode == -signal.SIGTERM


def test_the_parent_pid_is_read_from_the_environment_and_not_passed_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tradeguard.common import lifeline

    armed: list[int] = []
    monkeypatch.setattr(lifeline, "die_with_parent", armed.append)
    environ = {lifeline.PARENT_ENV: str(os.getppid()), "OTHER": "1"}
    lifeline.die_with_parent_from_env(environ)
    assert armed == [os.getppid()]
    assert environ == {"OTHER": "1"}
    lifeline.die_with_parent_from_env(environ)  # unset: nothing to watch
    assert armed == [os.getppid()]
