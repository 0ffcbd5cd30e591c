"""Run one function over many items with memory bounded however many there are.

durable-rules 2.0.28 keeps about 1.3 MiB of every evaluation even after its ruleset is
deleted (2 100 regions in one process peaked at 2.8 GiB). So a batch of more than
``CHUNK`` items is split into chunks of ``CHUNK``, and each chunk runs in a worker process
that exits when it is done (``max_tasks_per_child=1``), giving everything it held back to the
system; as many workers run at once as this process may use cores. A batch of at most
``CHUNK`` items runs here, where starting workers would cost more than it saves.

Results come back in the order of the items. An exception raised for an item in a
worker (a located ``InputError`` among them) is raised here as it would have been in a
plain loop: the first item's, in order, that raised one. A worker that dies (killed, or
a crash inside the engine) ends the batch with an ``InputError`` rather than a hang.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import TYPE_CHECKING, TypeVar

from compliance.errors import InputError

if TYPE_CHECKING:
    import multiprocessing.context

T = TypeVar("T")
R = TypeVar("R")

# Evaluations a process may run before it is replaced: at about 1.3 MiB each, 50 keep a
# worker within some 65 MiB of what it started with.
CHUNK = 50


def cores() -> int:
    """The cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def bounded_map(func: Callable[[T], R], items: Sequence[T], chunk: int | None = None) -> list[R]:
    """``[func(item) for item in items]``, in worker processes of at most ``chunk`` (by
    default ``CHUNK``) items each when there are more; ``func`` must be a module-level
    function, and a script that calls this with many items needs the usual
    ``if __name__ == "__main__":`` guard (workers import the main module)."""
    chunk = chunk or CHUNK
    if len(items) <= chunk:
        return [func(item) for item in items]
    # imported here: a batch that fits in this process (one file) needs no workers
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    chunks = [items[start:start + chunk] for start in range(0, len(items), chunk)]
    try:
        with ProcessPoolExecutor(min(cores(), len(chunks)), mp_context=_context(func),
                                 max_tasks_per_child=1) as pool:
            return [result for part in pool.map(_run_chunk, repeat(func), chunks)
                    for result in part]
    except BrokenProcessPool:  # a worker died (killed, or a crash in the engine)
        raise InputError("en arbetsprocess avbröts oväntat; inget resultat skrevs") from None


def _run_chunk(func: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [func(item) for item in items]


def _context(func: Callable[..., object]) -> multiprocessing.context.BaseContext:
    """Workers forked from a small server process that has imported the modules once
    (``forkserver``): they start quickly, and what the parent holds (every result so far)
    is neither copied nor counted in theirs. Spawned where there is no fork (Windows)."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([func.__module__])
    return context
