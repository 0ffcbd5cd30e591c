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
from compliance.judging.files import read_submission

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
AS_OF = dt.date(2025, 6, 1)


def _work(count: int) -> list:
    pairs = [read_submission(FIXTURES / name) for name in
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
