"""Steps for the text report: lines not doubled, lists whole with --alla, numbers kept on
one line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from helpers import FIXTURES, Run, cli, invoke
from pytest_bdd import parsers, then, when
from steps_submission import Draft


@then(parsers.parse('texten nämner "{text}" en gång per regel som har en plats i dokumentet'))
def once_per_rule(run: Run, text: str) -> None:
    form = FIXTURES / "formular" / "region-halland-2024.docx"
    result = cli(["check", str(form), "--as-of", "2024-10-01", "--format", "json"])
    placed = [v for v in json.loads(result.stdout)["verdicts"] if v["found_in"]]
    assert placed  # the form's answers have places: else this test proves nothing
    assert run.output.count(text) == len(placed), (run.output.count(text), len(placed))


@when(parsers.parse("hela underlaget skrivs i terminalen per {as_of}"))
def judged_complete(draft: Draft, run: Run, tmp_path: Path, as_of: str) -> None:
    run.input = draft.write(tmp_path)
    invoke(run, ["check", str(run.input), "--as-of", as_of, "--alla"])


MONTHS = ("Januari", "Februari", "Mars", "April", "Maj", "Juni", "Juli", "Augusti",
          "September", "Oktober", "November", "December")


def _every_month(output: str, text: str) -> bool:
    plain = " ".join(output.replace("\u00a0", " ").replace("\u202f", " ").split())
    return all(f"{month} 2024: {text}" in plain for month in MONTHS)


@then(parsers.parse('utskriften nämner "{text}" för varje månad 2024'))
def every_month(run: Run, text: str) -> None:
    assert _every_month(run.output, text), run.output


@then(parsers.parse('utskriften nämner inte "{text}" för varje månad 2024'))
def not_every_month(run: Run, text: str) -> None:
    assert not _every_month(run.output, text), run.output


# a line that ends in a number, and the next that goes on with its digits or unit
_BROKEN = re.compile(r"\d[ \u00a0\u202f]*\n[ │]*(\d{3}\b|kr\b|%|mnkr\b)")


@then("inget tal eller belopp bryts över två rader i utskriften")
def numbers_whole(run: Run) -> None:
    assert run.exit_code in (0, 1), run.stderr
    assert not _BROKEN.search(run.output), _BROKEN.search(run.output)


@then("utskriften skriver beloppen med hårda mellanslag")
def hard_spaces(run: Run) -> None:
    amounts = re.findall(r"\d{1,3}(?:\u202f\d{3})+\u00a0kr", run.output)
    assert amounts, run.output


@then(parsers.parse('felmeddelandet säger inte "{text}"'))
def error_lacks(run: Run, text: str) -> None:
    assert text not in run.stderr, run.stderr


def _descriptions(node: object) -> list[str]:
    if isinstance(node, dict):
        found = [node["description"]] if isinstance(node.get("description"), str) else []
        return found + [text for value in node.values() for text in _descriptions(value)]
    if isinstance(node, list):
        return [text for value in node for text in _descriptions(value)]
    return []


@then("varje beskrivning i schemat är på svenska")
def schema_in_swedish(run: Run) -> None:
    from helpers import english_in
    texts = _descriptions(json.loads(run.output))
    assert len(texts) > 30, len(texts)
    english = [text for text in texts if english_in(text)]
    assert not english, english


@then(parsers.parse('schemats beskrivning av "{key}" i "{definition}" är "{text}"'))
def schema_description(run: Run, key: str, definition: str, text: str) -> None:
    schema = json.loads(run.output)
    assert schema["$defs"][definition]["properties"][key]["description"] == text


@then(parsers.parse('avsnittet om pengar i utskriften nämner "{text}" och inget regel-id'))
def money_without_ids(run: Run, text: str) -> None:
    start = run.output.index("Pengar som står på spel")
    section = run.output[start:]
    end = re.search(r"\n\n(?!•|-|  )", section[30:])  # up to the next paragraph
    section = section[:30 + end.start()] if end else section
    plain = " ".join(section.replace("\\", "").split())
    assert text in plain, plain
    assert not re.search(r"\b(OT24|GNV23)-", plain), plain
