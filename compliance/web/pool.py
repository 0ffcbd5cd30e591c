"""Checks run in a bounded pool of worker processes, so one slow document does not block
the others and memory stays bounded: durable-rules keeps about 1.3 MiB of every evaluation
(docs/ARCHITECTURE.md), so a worker exits after ``tasks_per_worker`` checks and a fresh one
takes its place. Workers are forked from multiprocessing's fork server, which imported
``worker`` once: packs compiled, modules loaded. A check that runs past the time limit, or a
reader that crashes its worker, fails that request only: the worker is killed or buried and
replaced, the others go on."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import import_module
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerProcess
from multiprocessing.util import get_temp_dir
from typing import Any, TypeVar

from compliance.web.limits import Limits
from compliance.web.request import Answer, Job

LOG = logging.getLogger("compliance.web")
T = TypeVar("T")
_CONTEXT = multiprocessing.get_context("forkserver")
WORKER = "compliance.web.worker"  # preloaded by the fork server: packs compiled, modules in


class Refused(Exception):
    """A request the pool did not finish; ``status`` and ``title`` say so in Swedish."""

    def __init__(self, status: int, title: str, text: str) -> None:
        super().__init__(title)
        self.status = status
        self.title = title
        self.text = text


@dataclass(eq=False)  # each worker is itself (hashed by identity)
class _Worker:
    process: ForkServerProcess
    conn: Connection
    done: int = 0


def _serve(conn: Connection, tasks: int) -> None:
    """A worker process's start: the fork server imported ``WORKER`` already; this app's
    process never does (it parses forms and hands bytes on, and stays small)."""
    import_module(WORKER).serve(conn, tasks)


class Pool:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._waiting = 0
        self._replacing: set[asyncio.Task[None]] = set()
        # a thread waits on each busy worker's pipe: enough for all, whatever --workers is
        self._threads = ThreadPoolExecutor(limits.workers * 2 + 2, "pool")
        self.ready = False

    async def start(self) -> None:
        """Start the fork server (it compiles the packs) and every worker."""
        _CONTEXT.set_forkserver_preload([WORKER])
        for _ in range(self.limits.workers):
            self._idle.put_nowait(await self._thread(self._spawn))
        self.ready = True

    async def close(self) -> None:
        self.ready = False
        for worker in list(self._all):
            await self._thread(self._bury, worker, True)
        self._threads.shutdown(wait=False, cancel_futures=True)
        # The fork server's socket lives in a folder under TMPDIR that multiprocessing
        # removes at exit; uvicorn ends on the signal it caught, before that, so go now.
        shutil.rmtree(get_temp_dir(), ignore_errors=True)

    async def run(self, job: Job) -> Answer:
        """The worker's answer to ``job``, or ``Refused``."""
        if self._waiting >= self.limits.waiting:
            raise Refused(503, "Tjänsten är upptagen",
                          "Många granskningar pågår just nu. Försök igen om en stund.")
        self._waiting += 1
        try:
            worker = await self._idle.get()
        finally:
            self._waiting -= 1
        try:
            answer = await asyncio.wait_for(self._ask(worker, job), self.limits.seconds)
        except TimeoutError:
            await self._replace(worker, kill=True)
            raise Refused(503, "Granskningen tog för lång tid",
                          f"Granskningen avbröts efter {self.limits.seconds:g} sekunder. "
                          "Försök igen, eller be den som driver tjänsten om en längre "
                          "tidsgräns.") from None
        except (EOFError, OSError):
            await self._replace(worker, kill=True)
            LOG.error("en arbetsprocess avslutades under en granskning (kod %s)",
                      worker.process.exitcode)
            raise Refused(500, "Dokumentet kunde inte läsas", _INTERNAL) from None
        worker.done += 1
        if worker.done >= self.limits.tasks_per_worker:  # replaced after this answer
            replacing = asyncio.create_task(self._replace(worker, kill=False))
            self._replacing.add(replacing)
            replacing.add_done_callback(self._replacing.discard)
        else:
            self._idle.put_nowait(worker)
        if answer.status == 500:
            raise Refused(500, "Dokumentet kunde inte läsas", _INTERNAL)
        return answer

    async def _ask(self, worker: _Worker, job: Job) -> Answer:
        await self._thread(worker.conn.send, job)
        answer: Answer = await self._thread(worker.conn.recv)
        return answer

    async def _replace(self, worker: _Worker, kill: bool) -> None:
        await self._thread(self._bury, worker, kill)
        self._idle.put_nowait(await self._thread(self._spawn))

    async def _thread(self, func: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._threads, func, *args)

    def _spawn(self) -> _Worker:
        ours, theirs = _CONTEXT.Pipe()
        process = _CONTEXT.Process(target=_serve, args=(theirs, self.limits.tasks_per_worker),
                                   daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._all.add(worker)
        return worker

    def _bury(self, worker: _Worker, kill: bool) -> None:
        if kill:
            with contextlib.suppress(OSError):
                worker.process.kill()
        worker.process.join(timeout=10)  # first, so a pending recv sees the end of the pipe
        worker.conn.close()
        self._all.discard(worker)


_INTERNAL = ("Dokumentet fick granskningen att avbrytas. Inget sparades. Kontrollera att "
             "filen är ett ifyllt formulär, en inlämning eller en enkätexport, och kontakta "
             "den som driver tjänsten om felet består.")
