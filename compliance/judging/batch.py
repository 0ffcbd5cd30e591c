"""Run one function over many items on every core, with memory bounded however many.

durable-rules 2.0.28 keeps about 1.3 MiB of every evaluation even after its ruleset is
deleted (2 100 regions in one process peaked at 2.8 GiB). So a batch is split into chunks
of at most ``CHUNK`` items, and each chunk runs in a worker process that exits when it is
done, giving everything it held back to the system. As many workers run at once as this
process may use cores, and there is at least one chunk per core so that all of them work
(21 regions × 2 packs: two chunks of 21 on two cores), but no chunk of fewer than
``ALONE_UP_TO`` items while there are more. A batch of at most ``ALONE_UP_TO`` items runs
here, where starting workers would cost more than it saves.

Results come back in the order of the items, each chunk's as soon as it and those
before it are done (``bounded_results``), so that a caller may keep only what it needs of
each instead of every result of a long batch at once. An exception raised for an item in
a worker (a located ``InputError`` among them) is raised here as it would have been in a
plain loop: the first item's, in order, that raised one. A worker that dies (killed, or
a crash inside the engine) ends the batch with an ``InputError`` rather than a hang.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from typing import TYPE_CHECKING, Any, TypeVar

from compliance.errors import InputError

if TYPE_CHECKING:
    import multiprocessing.context

T = TypeVar("T")
R = TypeVar("R")

# Evaluations a process may run before it is replaced: at about 1.3 MiB each, 50 keep a
# worker within some 65 MiB of what it started with.
CHUNK = 50
ALONE_UP_TO = 8  # items judged in this process, without workers


def cores() -> int:
    """The cores this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def bounded_map(func: Callable[[T], R], items: Sequence[T], chunk: int | None = None) -> list[R]:
    """``[func(item) for item in items]``, in worker processes of at most ``chunk`` (by
    default ``CHUNK``) items each; ``func`` must be a module-level function, and a script
    that calls this with many items needs the usual ``if __name__ == "__main__":`` guard
    (workers may import the main module)."""
    return list(bounded_results(func, items, chunk))


def bounded_results(func: Callable[[T], R], items: Sequence[T],
                    chunk: int | None = None) -> Iterator[R]:
    """``bounded_map``'s results one by one, in order, a chunk's as soon as they are in:
    this process holds a chunk of results at a time, not the batch's."""
    chunk = chunk or CHUNK
    workers = cores()
    if len(items) <= ALONE_UP_TO or (workers == 1 and len(items) <= chunk):
        yield from (func(item) for item in items)
        return
    # a chunk per core, but never a worker for less than a handful (on 64 cores, a
    # country's 42 files are 6 chunks, not 42 processes)
    size = max(min(ALONE_UP_TO, chunk), min(chunk, -(-len(items) // workers)))
    chunks = [items[start:start + size] for start in range(0, len(items), size)]
    if len(chunks) <= workers and _can_fork():
        yield from _forked(func, chunks)
        return
    # imported here: a batch that runs in this process needs no pool
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(min(workers, len(chunks)), mp_context=_server(func),
                               max_tasks_per_child=1)
    try:
        for part in pool.map(_run_chunk, repeat(func), chunks):
            yield from part
    except BrokenProcessPool:  # a worker died (killed, or a crash in the engine)
        raise _died() from None
    finally:  # also when the caller stops early: the chunks not yet begun are cancelled
        pool.shutdown(cancel_futures=True)


def _died() -> InputError:
    return InputError("en arbetsprocess avbröts oväntat; inget resultat skrevs")


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()


def _forked(func: Callable[[T], R], chunks: list[Sequence[T]]) -> Iterator[R]:
    """A batch done in one round (a chunk per core, as for a country): this process is
    forked once per chunk, so the workers start at once with every module imported, and
    it holds nothing yet that forking would copy. Each worker judges its one chunk, sends
    back the results (or the first error) and exits."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    started = []
    for part in chunks:
        receiver, sender = context.Pipe(duplex=False)
        worker = context.Process(target=_serve, args=(func, part, sender), daemon=True)
        worker.start()
        sender.close()
        started.append((worker, receiver))
    try:
        for _, receiver in started:  # in order: the first chunk's error is raised first
            try:
                ok, value = receiver.recv()
            except EOFError:  # the worker died before it answered
                raise _died() from None
            if not ok:
                raise value
            yield from value
    finally:
        for worker, receiver in started:
            receiver.close()
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _serve(func: Callable[[T], R], items: Sequence[T], sender: Any) -> None:
    try:
        answer: tuple[bool, Any] = (True, _run_chunk(func, items))
    except Exception as exc:  # raised in the parent as in a plain loop
        answer = (False, exc)
    try:
        sender.send(answer)
    except Exception as exc:  # an exception that cannot be pickled: its type and text
        sender.send((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
    sender.close()


def _run_chunk(func: Callable[[T], R], items: Sequence[T]) -> list[R]:
    return [func(item) for item in items]


def _server(func: Callable[..., object]) -> multiprocessing.context.BaseContext:
    """Workers of a longer batch forked from a small server process that has imported the
    modules once (``forkserver``): they start quickly, and the results this process
    gathers (every report so far) are neither copied into nor counted in each new worker.
    Spawned where there is no fork (Windows)."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([func.__module__])
    return context
