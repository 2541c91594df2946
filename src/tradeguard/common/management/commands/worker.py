"""`tradeguard worker`: the task worker for the configured backend.

With TASK_BACKEND=rq it runs django-rq's worker on the Redis queues (with RQ's
scheduler, for tasks to run later, and django-tasks-rq's job class); `--batch`
becomes `--burst`. With the database backend it runs the worker below.

django-tasks-db's `db_worker` claims one task per transaction and checks the
connection twice per task: two commits and about eight round trips of bookkeeping
per task. This worker claims up to `--claim` ready tasks in one transaction
(`SELECT ... FOR UPDATE SKIP LOCKED`, so any number of workers share the queue), runs
them one by one and records each result as it finishes. Same options as `db_worker`;
tasks run exactly as there (signals, results, failures).

A worker asked to stop finishes the task it is running and hands the rest of its batch
back to the queue. With DEBUG on, the worker reloads on code changes (`--reload`, as
db_worker): Django's autoreloader then runs it in a child process, which stops when the
parent is gone however it died.
"""

from __future__ import annotations

import os
import random
import time
from argparse import ArgumentTypeError
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import close_old_connections, transaction
from django.db.utils import OperationalError
from django.utils import timezone
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.management.commands.db_worker import Worker, logger, valid_backend_name
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from tradeguard.common.lifeline import PARENT_ENV

DEFAULT_CLAIM = 10


class BatchWorker(Worker):
    def __init__(self, *, claim: int = DEFAULT_CLAIM, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.claim_size = max(1, claim)

    def _ready(self) -> Any:
        tasks = DBTaskResult.objects.ready().filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        return tasks

    def claim(self) -> list[DBTaskResult]:
        """Up to `claim_size` ready tasks, marked running for this worker, in one
        transaction. SQLite (one worker) takes one at a time, as db_worker does."""
        tasks = self._ready()
        sqlite = transaction.get_connection(tasks.db).vendor == "sqlite"
        size = 1 if sqlite else self.claim_size
        with exclusive_transaction(tasks.db):
            claimed = list(tasks.select_for_update(skip_locked=True)[:size])
            now = timezone.now()
            # One UPDATE per distinct worker history (nearly always one: tasks never
            # claimed before). bulk_update's CASE per row and field cost more Python
            # time than running the tasks.
            histories: dict[tuple[str, ...], list[DBTaskResult]] = {}
            for result in claimed:
                result.status = "RUNNING"
                result.started_at = now
                result.worker_ids = [*result.worker_ids, self.worker_id]
                histories.setdefault(tuple(result.worker_ids), []).append(result)
            for worker_ids, results in histories.items():
                DBTaskResult.objects.filter(pk__in=[r.pk for r in results]).update(
                    status="RUNNING", started_at=now, worker_ids=list(worker_ids)
                )
        return claimed

    def release(self, results: list[DBTaskResult]) -> None:
        """Hand claimed tasks that did not start back to the queue."""
        if results:
            DBTaskResult.objects.filter(
                pk__in=[r.pk for r in results], status="RUNNING", finished_at__isnull=True
            ).update(status="READY", started_at=None)

    def run(self) -> None:
        logger.info(
            "Starting worker worker_id=%s queues=%s claim=%s",
            self.worker_id,
            ",".join(self.queue_names),
            self.claim_size,
        )
        if self.startup_delay and self.interval:
            time.sleep(random.random())  # noqa: S311 (spreads the workers' first polls)
        while self.running:
            close_old_connections()
            try:
                batch = self.claim()
            except OperationalError as exc:
                if not is_locked_database_exception(exc):
                    raise
                batch = None  # a locked SQLite database: try again shortly
            for position, result in enumerate(batch or []):
                if not self.running:
                    self.release((batch or [])[position:])
                    break
                self.run_task(result)
                if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                    self.release((batch or [])[position + 1 :])
                    logger.info(
                        "Ran %d tasks on worker=%s; exiting.", self._run_tasks, self.worker_id
                    )
                    return
            if self.batch and batch == []:
                logger.info("No more tasks for worker_id=%s; exiting.", self.worker_id)
                return
            if self.running and not batch:
                time.sleep(self.interval)


class Command(DbWorkerCommand):
    help = (
        "Run a database task worker that claims ready tasks in batches (same options as "
        "db_worker, plus --claim)."
    )

    def add_arguments(self, parser: Any) -> None:
        super().add_arguments(parser)
        for action in parser._actions:  # checked in handle(): a Redis backend is fine too
            if action.dest == "backend_name":
                action.type = str
        parser.add_argument(
            "--claim",
            type=int,
            default=DEFAULT_CLAIM,
            help="Ready tasks claimed per transaction (default: %(default)s).",
        )

    def handle(  # type: ignore[override]  # adds --claim to db_worker's options
        self,
        *,
        verbosity: int,
        queue_name: str,
        interval: float,
        batch: bool,
        backend_name: str,
        startup_delay: bool,
        reload: bool,
        max_tasks: int | None,
        worker_id: str,
        exclude_queues: str,
        claim: int = DEFAULT_CLAIM,
        **options: Any,
    ) -> None:
        if settings.TASK_BACKEND == "rq":
            call_command(
                "rqworker",
                *(queue_name.split(",") if queue_name != "*" else settings.TASK_QUEUES),
                with_scheduler=True,
                job_class="django_tasks_rq.backend.Job",
                burst=batch,
                name=worker_id,
                max_jobs=max_tasks,
                verbosity=verbosity,
            )
            return
        try:
            valid_backend_name(backend_name)
        except ArgumentTypeError as exc:
            raise CommandError(str(exc)) from None
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = BatchWorker(
            claim=claim,
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded,
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            else:
                # The autoreloader runs the worker in a child process; that child stops
                # when this one is gone, even if this one was killed (tradeguard.cli).
                os.environ[PARENT_ENV] = str(os.getpid())
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
