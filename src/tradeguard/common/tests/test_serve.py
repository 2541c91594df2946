"""`tradeguard serve` keeps the service up: a child that dies is started again (with a
growing pause while it keeps dying) and the web server keeps answering meanwhile;
Ctrl-C stops everything without a traceback; no process outlives the one that started
it, however that one stops. Real processes, real signals."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tradeguard.common.liveserver import ServedDatabase, base_env
from tradeguard.common.management.commands.serve import (
    Child,
    Supervisor,
    is_loopback,
    settle_base_url,
)
from tradeguard.common.tests.processes import (
    descendants,
    kill_all,
    needs_proc,
    still_running,
    wait_for_children,
)


def _pid(server, name: str) -> int:  # type: ignore[no-untyped-def]
    found = server.wait_for_log(rf"started {name}(?: again)? \(pid (\d+)\)")
    return int(found.group(1))


def _latest_pid(server, name: str) -> int:  # type: ignore[no-untyped-def]
    import re

    pids = re.findall(rf"started {name}(?: again)? \(pid (\d+)\)", server.log())
    return int(pids[-1])


def test_a_killed_worker_and_deadline_sweeper_are_restarted_while_the_site_stays_up(served):
    server = served()
    worker = _pid(server, "task worker 0")
    runner = _pid(server, "deadline sweeper")
    under_worker = descendants(worker)

    os.kill(worker, signal.SIGKILL)
    server.wait_for_log(r"task worker 0 stopped \(killed by SIGKILL\); starting it again")
    # Nothing the killed worker had started runs on (with DEBUG on, the task worker
    # used to run under Django's autoreloader, and its child ran on).
    left = still_running(under_worker, timeout=10)
    kill_all(left)
    assert left == set()
    # The site answers while the worker is down and after.
    assert server.request("GET", "/login/")[0] == 200
    server.wait_for_log(r"started task worker 0 again \(pid \d+\)")
    assert _latest_pid(server, "task worker 0") != worker

    os.kill(runner, signal.SIGKILL)
    server.wait_for_log(r"deadline sweeper stopped \(killed by SIGKILL\); starting it again")
    server.wait_for_log(r"started deadline sweeper again")
    assert server.request("GET", "/login/")[0] == 200
    assert server.proc.poll() is None

    # Ctrl-C: everything stops, cleanly.
    assert server.stop(signal.SIGINT) == 0
    log = server.log()
    assert "Traceback" not in log
    assert "serve: stopped" in log
    for pid in (_latest_pid(server, "task worker 0"), _latest_pid(server, "deadline sweeper")):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_the_web_server_is_restarted_too(served):
    server = served()
    web = _pid(server, "web server")
    os.kill(web, signal.SIGKILL)
    server.wait_for_log(r"web server stopped \(killed by SIGKILL\)")
    server.wait_for_log(r"started web server again")
    # The killed master's workers notice it is gone within a second or so and close
    # the connections they hold; on a loaded machine that can take longer, so ask until
    # the new web server answers.
    deadline = time.monotonic() + 120
    while True:
        try:
            if server.request("GET", "/login/")[0] == 200:
                break
        except OSError:
            pass
        assert time.monotonic() < deadline, server.log()
        time.sleep(0.5)


@needs_proc
def test_a_killed_serve_leaves_no_process_behind(served):
    server = served()
    _pid(server, "deadline sweeper")  # all started
    started = descendants(server.proc.pid)
    assert len(started) >= 4  # gunicorn and its workers, the task worker, the sweeper
    server.proc.kill()
    server.proc.wait()
    # gunicorn lets its workers finish their requests: a few seconds on a loaded machine
    left = still_running(started, timeout=60)
    kill_all(left)
    assert left == set()


@needs_proc
def test_a_worker_under_the_autoreloader_leaves_no_process_behind(
    served_database: ServedDatabase, tmp_path: Path
) -> None:
    """With DEBUG on, `tradeguard worker` reloads on code changes: Django's autoreloader
    runs the worker in a child process. Stopped or killed, the worker takes that child
    with it."""
    db = served_database.copy(tmp_path / "data")
    signals = (signal.SIGKILL, signal.SIGTERM, signal.SIGINT)
    with (tmp_path / "workers.log").open("wb") as log:
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "tradeguard.cli", "worker", "--worker-id", sig.name],
                env=base_env(db.data_dir, db.url),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            for sig in signals
        ]
    children: list[int] = []
    try:
        for worker in workers:
            children += wait_for_children(worker.pid, 1)
        for worker, sig in zip(workers, signals, strict=True):
            worker.send_signal(sig)
        for worker in workers:
            worker.wait(timeout=60)
        assert still_running(children, timeout=10) == set(), (tmp_path / "workers.log").read_text()
    finally:
        for worker in workers:
            worker.kill()
            worker.wait()
        kill_all(children)


class FakeProc:
    def __init__(self) -> None:
        self.code: int | None = None
        self.pid = 1

    def poll(self) -> int | None:
        return self.code


def test_backoff_doubles_while_a_child_keeps_failing_and_resets_once_it_ran_a_while() -> None:
    now = [0.0]
    started: list[float] = []

    class Fake(Child):
        def start(self, at: float) -> None:
            self.proc = FakeProc()  # type: ignore[assignment]
            self.started_at = at
            started.append(at)

    child = Fake("task worker 0", [])
    lines: list[str] = []
    supervisor = Supervisor([child], lines.append, clock=lambda: now[0])
    supervisor.start_all()
    pauses = []
    for _ in range(8):
        child.proc.code = 1  # type: ignore[union-attr]
        supervisor.tick()  # notices the exit, schedules the restart
        pauses.append(child.restart_at - now[0])
        now[0] = child.restart_at
        supervisor.tick()  # restarts it
    assert pauses == [1, 2, 4, 8, 16, 32, 60, 60]
    # It now runs for longer than STABLE_AFTER: the next failure restarts at once.
    now[0] += 120
    child.proc.code = 1  # type: ignore[union-attr]
    supervisor.tick()
    assert child.restart_at == now[0]
    assert "task worker 0 stopped (exit code 1); starting it again in 1 s" in lines


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("[::1]", True),
        ("::1", True),
        ("0.0.0.0", False),  # noqa: S104 (the value under test)
        ("192.168.1.5", False),
        ("tradeguard.example", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serve_refuses_a_public_address_with_debug_on(settings) -> None:  # type: ignore[no-untyped-def]
    from django.core.management import CommandError, call_command

    settings.DEBUG = True
    with pytest.raises(CommandError, match="DEBUG on"):
        call_command("serve", host="0.0.0.0")  # noqa: S104 (the value under test)


def test_serve_refuses_a_public_address_whose_links_would_open_on_the_readers_machine(
    settings,  # type: ignore[no-untyped-def]
) -> None:
    from django.core.management import CommandError, call_command

    settings.DEBUG = False
    settings.TRADEGUARD_BASE_URL = "http://127.0.0.1:8000"
    with pytest.raises(
        CommandError, match=re.escape("TRADEGUARD_BASE_URL is http://127.0.0.1:8000")
    ):
        call_command("serve", host="0.0.0.0")  # noqa: S104 (the value under test)


@pytest.mark.parametrize(
    ("host", "port", "expected"),
    [
        ("127.0.0.1", 9000, "http://127.0.0.1:9000"),
        ("localhost", 8000, "http://localhost:8000"),
        ("::1", 8001, "http://[::1]:8001"),
        ("[::1]", 8002, "http://[::1]:8002"),
    ],
)
def test_a_local_server_links_to_its_own_port_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch, host: str, port: int, expected: str
) -> None:
    monkeypatch.delenv("TRADEGUARD_BASE_URL", raising=False)
    settle_base_url(host, port)
    assert os.environ["TRADEGUARD_BASE_URL"] == expected

    monkeypatch.setenv("TRADEGUARD_BASE_URL", "https://tradeguard.example.com")
    settle_base_url(host, port)
    assert os.environ["TRADEGUARD_BASE_URL"] == "https://tradeguard.example.com"


def test_a_public_server_with_a_public_base_url_is_not_refused_for_it(settings) -> None:  # type: ignore[no-untyped-def]
    settings.TRADEGUARD_BASE_URL = "https://tradeguard.example.com"
    settle_base_url("0.0.0.0", 8000)  # noqa: S104 (the value under test)


def test_stop_all_kills_a_child_that_ignores_sigterm() -> None:
    code = "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', flush=True); time.sleep(60)"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.readline()
    child = Child("stubborn", [])
    child.proc = proc
    started = time.monotonic()
    Supervisor([child], lambda line: None).stop_all(grace=1.0)
    assert proc.returncode == -signal.SIGKILL
    assert time.monotonic() - started < 10
