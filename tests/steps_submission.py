"""Steps that build a submission: start from a fixture, change answers and months."""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES
from pytest_bdd import given, parsers
from ruamel.yaml import YAML


class Draft:
    """A submission being written for a scenario, as plain YAML data."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.text: str | None = None  # raw text overrides data (for malformed input)

    def write(self, directory: Path, name: str = "inlamning.yaml") -> Path:
        path = directory / name
        if self.text is not None:
            path.write_text(self.text, encoding="utf-8")
        else:
            out = io.StringIO()
            YAML(typ="safe", pure=True).dump(self.data, out)
            path.write_text(out.getvalue(), encoding="utf-8")
        return path


@pytest.fixture
def draft() -> Draft:
    return Draft()


def _number(text: str) -> Any:
    try:
        return float(text.replace(",", ".")) if "," in text or "." in text else int(text)
    except ValueError:
        return text


@given(parsers.parse('en inlämning byggd på "{fixture}"'))
def based_on(draft: Draft, fixture: str) -> None:
    with (FIXTURES / fixture).open(encoding="utf-8") as handle:
        draft.data = copy.deepcopy(YAML(typ="safe", pure=True).load(handle))


@given(parsers.parse('månaden "{month}" i serien "{series}" har {field} {value}'))
def month_value(draft: Draft, month: str, series: str, field: str, value: str) -> None:
    draft.data.setdefault("series", {}).setdefault(series, {}).setdefault(month, {})[field] = \
        _number(value)


@given(parsers.parse('varje månad i serien "{series}" har {field} {value}'))
def every_month_value(draft: Draft, series: str, field: str, value: str) -> None:
    for row in draft.data["series"][series].values():
        row[field] = _number(value)


@given(parsers.parse('månaden "{month}" saknas i serien "{series}"'))
def month_absent(draft: Draft, month: str, series: str) -> None:
    draft.data["series"][series].pop(month, None)


@given(parsers.parse('svaret "{answer}" är "{value}"'))
def answer_is(draft: Draft, answer: str, value: str) -> None:
    draft.data.setdefault("answers", {})[answer] = value


@given(parsers.parse('svaret "{answer}" är talet {value}'))
def answer_number(draft: Draft, answer: str, value: str) -> None:
    draft.data.setdefault("answers", {})[answer] = _number(value)


@given(parsers.parse('svaret "{answer}" är en text på {count:d} tecken'))
def answer_length(draft: Draft, answer: str, count: int) -> None:
    draft.data["answers"][answer] = ("Vårdcentral " * (count // 12 + 1))[:count]


@given(parsers.parse('svaret "{answer}" är tomt'))
def answer_blank(draft: Draft, answer: str) -> None:
    draft.data.setdefault("answers", {})[answer] = ""


@given(parsers.parse('svaret "{answer}" saknas'))
def answer_absent(draft: Draft, answer: str) -> None:
    draft.data.get("answers", {}).pop(answer, None)


@given(parsers.parse('bilagan "{attachment}" saknas'))
def attachment_absent(draft: Draft, attachment: str) -> None:
    draft.data.get("attachments", {}).pop(attachment, None)


@given(parsers.parse('inlämningen har även nyckeln "{key}" med värdet "{value}"'))
def extra_key(draft: Draft, key: str, value: str) -> None:
    draft.data[key] = value


@given(parsers.parse("en inlämning med texten:"))
def raw_text(draft: Draft, docstring: str) -> None:
    draft.text = docstring + "\n"


@given(parsers.parse('bilagan "{attachment}" är "{file}" utan eget inkomstdatum'))
def attachment_without_date(draft: Draft, attachment: str, file: str) -> None:
    draft.data.setdefault("attachments", {})[attachment] = {"file": file}


@given(parsers.parse('bilagan "{attachment}" är "{file}" och kom in {received}'))
def attachment_received(draft: Draft, attachment: str, file: str, received: str) -> None:
    draft.data.setdefault("attachments", {})[attachment] = {"file": file, "received": received}
