"""Steps for the strategist's readiness view and the money at stake."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import Run, invoke
from pytest_bdd import parsers, then, when
from steps_submission import Draft


@when(parsers.parse("regionens läge visas per {as_of}"))
def status_shown(draft: Draft, run: Run, tmp_path: Path, as_of: str) -> None:
    run.input = draft.write(tmp_path)
    invoke(run, ["status", str(run.input), "--format", "json", "--as-of", as_of])
    run.report = json.loads(run.output)


@then(parsers.parse('tidslinjen visar "{title}" som "{state}"'))
def timeline_state(run: Run, title: str, state: str) -> None:
    matches = [item for item in run.report["timeline"] if item["title"].startswith(title)]
    assert [item["state_text"] for item in matches] == [state], matches


@then(parsers.parse('att göra-listan börjar med "{due}" och nämner "{text}"'))
def checklist_first(run: Run, due: str, text: str) -> None:
    missing = run.report["missing"]
    assert missing[0]["due"] == due, missing[:3]
    assert any(text in item["text"] for item in missing), missing


@then(parsers.parse('att göra-listan nämner "{text}"'))
def checklist_mentions(run: Run, text: str) -> None:
    assert any(text in item["text"] for item in run.report["missing"])


@then(parsers.parse('inget på att göra-listan är "{label}"'))
def checklist_without(run: Run, label: str) -> None:
    from helpers import LABELS
    assert all(item["outcome"] != LABELS[label] for item in run.report["missing"])


def _money(run: Run, payment: str) -> dict[str, Any]:
    return next(m for m in run.report["money"] if m["payment"] == payment)


@then(parsers.parse('beloppet för "{payment}" är {amount:d} kronor'))
def money_amount(run: Run, payment: str, amount: int) -> None:
    assert _money(run, payment)["amount_sek"] == amount


@then(parsers.parse('beloppet för "{payment}" är {amount:d} kronor och läget "{state}"'))
def money_state(run: Run, payment: str, amount: int, state: str) -> None:
    line = _money(run, payment)
    assert (line["amount_sek"], line["state_text"]) == (amount, state), line


@then(parsers.parse('beloppet för "{payment}" är {amount:d} kronor, uppskattat till '
                    '{estimate:d} kronor'))
def money_estimate(run: Run, payment: str, amount: int, estimate: int) -> None:
    line = _money(run, payment)
    assert (line["amount_sek"], line["estimate_sek"]) == (amount, estimate), line
    assert line["assumption"]


@then(parsers.parse('pengarna för "{payment}" visas som "{text}"'))
def money_text(run: Run, payment: str, text: str) -> None:
    assert _money(run, payment)["text"].startswith(text)


@then(parsers.parse('läget för utbetalningen "{payment}" är "{state}"'))
def payment_state(run: Run, payment: str, state: str) -> None:
    assert _money(run, payment)["state_text"] == state, _money(run, payment)


@then(parsers.parse('utbetalningen "{payment}" har antagandet "{text}"'))
def payment_assumption(run: Run, payment: str, text: str) -> None:
    assert text in (_money(run, payment)["assumption"] or ""), _money(run, payment)


@when(parsers.parse("regionens läge visas per {as_of} i terminalen"))
def status_in_terminal(draft: Draft, run: Run, tmp_path: Path, as_of: str) -> None:
    run.input = draft.write(tmp_path)
    invoke(run, ["status", str(run.input), "--as-of", as_of])


@then(parsers.parse('tidslinjens rad {row:d} är "{title}" som "{state}"'))
def timeline_row(run: Run, row: int, title: str, state: str) -> None:
    item = run.report["timeline"][row - 1]
    assert item["title"].startswith(title) and item["state_text"] == state, \
        [(i["title"], i["state_text"]) for i in run.report["timeline"][:row + 2]]


@then(parsers.parse("utskriften har raderna i ordningen {texts}"))
def output_in_order(run: Run, texts: str) -> None:
    wanted = [text.strip().strip('"') for text in texts.split('", "')]
    lines = run.output.splitlines()
    positions = [next((i for i, line in enumerate(lines) if text in line), -1)
                 for text in wanted]
    assert -1 not in positions and positions == sorted(positions), (positions, run.output)
