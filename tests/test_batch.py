"""Many submissions judged in worker processes give exactly what a plain loop gives:
the same reports in the same order, and the first item's error, located, as the loop
would have raised it."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from compliance.errors import InputError, Location
from compliance.judging import batch
from compliance.judging.evaluate import evaluate, evaluate_many
from compliance.workspace.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
AS_OF = dt.date(2025, 6, 1)


def _work(count: int) -> list:
    pairs = [Workspace().read(FIXTURES / name) for name in
             ("region-halland-2024.yaml", "region-nordmark-2024.yaml", "region-halland-2023.yaml")]
    return [(pack, replace(submission, region=f"Region {index}"))
            for index, (pack, submission) in enumerate(pairs[i % 3] for i in range(count))]


def test_evaluate_many_in_workers_equals_the_loop() -> None:
    work = _work(batch.CHUNK * 2 + 7)  # three chunks, in worker processes
    assert evaluate_many(work, AS_OF) == [evaluate(pack, sub, AS_OF) for pack, sub in work]


def test_the_first_error_in_order_is_raised_as_in_a_loop() -> None:
    work = _work(batch.CHUNK * 2 + 7)
    okad, god = work[0][0], work[2][0]
    # one submission in the second chunk and one in the third given the other pack: two
    # different messages, and the loop meets the second chunk's first
    second_chunk = next(i for i in range(batch.CHUNK, 2 * batch.CHUNK) if work[i][0] is okad)
    third_chunk = next(i for i in range(2 * batch.CHUNK, len(work)) if work[i][0] is god)
    work[second_chunk] = (god, work[second_chunk][1])
    work[third_chunk] = (okad, work[third_chunk][1])
    with pytest.raises(InputError) as in_loop:
        [evaluate(pack, sub, AS_OF) for pack, sub in work]
    with pytest.raises(InputError) as in_workers:
        evaluate_many(work, AS_OF)
    assert str(in_workers.value) == str(in_loop.value)
    assert "inte 'god-och-nara-vard-2023'" in str(in_loop.value)


def test_a_located_error_keeps_its_location_across_processes() -> None:
    error = InputError("okänd nyckel 'svar'", Location("trasig.yaml", 3, 1))
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.location, str(copy)) == \
        (error.message, error.location, "trasig.yaml:3:1: okänd nyckel 'svar'")


def _pid_of(item: int) -> tuple[int, int]:
    import os
    return item, os.getpid()


def _judge_or_fail(item: int) -> int:
    if item in (5, 30):  # one in each of two chunks: the first chunk's comes first
        raise InputError(f"fel i post {item}", Location("korg.yaml", item))
    return item * 2


def _die_at(item: int) -> int:
    import os
    if item == 25:
        os._exit(9)  # as if killed, or crashed inside the engine
    return item


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "cores", lambda: 2)


@pytest.mark.usefixtures("two_cores")
def test_a_country_runs_in_one_worker_per_core_in_order() -> None:
    import os
    done = batch.bounded_map(_pid_of, list(range(42)))  # 21 regions × 2 packs
    assert [item for item, _ in done] == list(range(42))
    workers = {pid for _, pid in done}
    assert len(workers) == 2 and os.getpid() not in workers


@pytest.mark.usefixtures("two_cores")
def test_a_handful_runs_here() -> None:
    import os
    assert {pid for _, pid in batch.bounded_map(_pid_of, list(range(batch.ALONE_UP_TO)))} \
        == {os.getpid()}


@pytest.mark.usefixtures("two_cores")
@pytest.mark.parametrize("count", [42, batch.CHUNK * 2 + 7])  # one round; several
def test_the_first_error_in_order_comes_back_from_a_worker(count: int) -> None:
    with pytest.raises(InputError) as raised:
        batch.bounded_map(_judge_or_fail, list(range(count)))
    assert str(raised.value) == "korg.yaml:5: fel i post 5"


@pytest.mark.usefixtures("two_cores")
@pytest.mark.parametrize("count", [42, batch.CHUNK * 2 + 7])
def test_a_worker_that_dies_ends_the_batch_with_an_error(count: int) -> None:
    with pytest.raises(InputError, match="arbetsprocess avbröts"):
        batch.bounded_map(_die_at, list(range(count)))


def test_reports_from_workers_share_their_texts() -> None:
    report = evaluate(*_work(1)[0], AS_OF)
    first, second = (pickle.loads(pickle.dumps(report)) for _ in range(2))
    assert first == report
    assert first.verdicts[0].title is second.verdicts[0].title
    assert first.verdicts[0].evidence[0].text is second.verdicts[0].evidence[0].text


def test_many_cores_get_no_worker_for_less_than_a_handful(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "cores", lambda: 64)
    done = batch.bounded_map(_pid_of, list(range(42)))
    assert [item for item, _ in done] == list(range(42))
    assert len({pid for _, pid in done}) == -(-42 // batch.ALONE_UP_TO)
