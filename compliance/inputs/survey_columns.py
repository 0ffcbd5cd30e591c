"""Which column of a survey export holds which answer, by the pack's ``survey_export``.

Columns are found on the question number at the start of their header, so "7a. Beskriv …",
"Fråga 7a" and "7A" are the same question and "7" is another; a number written last
("Beskriv … (fråga 7a)") counts too. A question with several
columns is told apart by what follows the number:

- an option of the question (RSS 17 "Ja, har påbörjat insatser, ange antal" and "Inte
  lämnat svar, ange antal"), found anywhere in the header, the longest of the question's
  options and synonyms found deciding (so "Nej, har inte påbörjat insatser" is not "Ja");
- a sub-field the survey writes as a column of its own: the value ("Andel i procent"),
  the question's "kan inte uppskattas" box, and a comment that no rule reads.

Two columns left for one answer are an error naming both, never the first one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from compliance.declared.form import (
    CANNOT_ESTIMATE,
    ExportColumn,
    PackMeta,
    SurveyExport,
    question_key,
)
from compliance.errors import InputError, Location
from compliance.formatting import column_letters
from compliance.reading.text import ascii_digits, visible

# "7a. …", "Fråga 7a", "Fr. 7a", "RSS 17 …", "RSS fråga 17", "Fråga RSS 17": the number
# ends where the next character is no letter or digit ("7ab" and "71" are not "7")
_NUMBER = re.compile(r"^(?:fråga\s*(?:nr\.?\s*)?|fr\.?\s*|nr\.?\s*)?(?P<rss>rss\s*(?:fråga\s*)?)?"
                     r"(?P<number>\d{1,3}\s?[a-zåäö]?)(?![\wåäö])")


# the number last, as some tools and people write it: "Andel … (fråga 22)", "… – fr. 7a"
_NUMBER_LAST = re.compile(r"[\s(\[–-]*(?:fråga\s*(?:nr\.?\s*)?|fr\.?\s*)(?P<rss>rss\s*)?"
                          r"(?P<number>\d{1,3}\s?[a-zåäö]?)[)\]]?[\s.:]*$")


def _question(header: str) -> tuple[str, str] | None:
    """(the question number, what the header says besides) of a normalised header that
    names a question first or last, else None."""
    match = _NUMBER.match(header)
    if match is not None:
        return (match["rss"] or "") + match["number"], header[match.end():]
    match = _NUMBER_LAST.search(header)
    if match is not None and match.start() > 0:
        return (match["rss"] or "") + match["number"], " " + header[:match.start()]
    return None


def normal(text: str) -> str:
    """A header as compared: case folded, spaces collapsed, ASCII digits."""
    return " ".join(ascii_digits(visible(text)).casefold().split())


def cell_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return visible(str(cell))


@dataclass(frozen=True)
class ExportTable:
    """The export's header and the rows below it that hold anything."""

    file: str
    sha256: str
    header_line: int
    headers: list[str]  # as written, invisible characters removed
    rows: list[tuple[int, list[Any]]]  # (row in the sheet, cells)
    sheet: str | None = None  # the sheet read, for an .xlsx
    hidden: tuple[str, ...] = ()  # hidden sheets, never read
    percent: frozenset[tuple[int, int]] = frozenset()  # (row, column from 1) shown as %
    titles: tuple[tuple[int, str], ...] = ()  # (row, text) of the rows above the header
    csv: bool = True  # a CSV's rows are as long as written; a sheet's are a grid
    formulas: frozenset[tuple[int, int]] = frozenset()  # (row, column) of formula results

    @cached_property
    def normal(self) -> list[str]:
        """The headers as compared: case folded, spaces collapsed, ASCII digits."""
        return [normal(header) for header in self.headers]


@dataclass(frozen=True)
class ExportColumns:
    region: int  # 0-based index of each column
    survey: int | None
    answers: dict[str, int]  # answer key → column; optional columns that are absent left out
    what: dict[str, str]  # answer key → what its header is, "fråga 7a" or the header
    cannot_estimate: dict[str, int]  # answer key → its "kan inte uppskattas" column


def numbered(header: str) -> bool:
    """Whether a header starts with a question number ("22.", "Fråga 7a", "RSS 17")."""
    return _question(normal(header)) is not None


def by_header(table: ExportTable, headers: list[str]) -> list[int]:
    wanted = {normal(header).rstrip(":.") for header in headers}
    return [index for index, header in enumerate(table.normal)
            if header.rstrip(":.") in wanted]


def _contains(text: str, label: str) -> bool:
    return re.search(rf"(?<![\wåäö]){re.escape(normal(label))}(?![\wåäö])", text) is not None


def _rest(table: ExportTable, index: int, question: str) -> str | None:
    """What follows the number in the column's header, if it is headed ``question``."""
    found = _question(table.normal[index])
    if found is None or question_key(found[0]) != question_key(question):
        return None
    return found[1]


def by_question(table: ExportTable, question: str, option: str | None,
                labels: dict[str, list[str]] | None = None) -> list[int]:
    """The columns headed with ``question`` and, if given, whose longest option label
    (``labels``: each option of the question → its labels) is ``option``'s."""
    found = []
    for index in range(len(table.normal)):
        rest = _rest(table, index, question)
        if rest is None:
            continue
        if option is None or _option_of(rest, labels or {option: [option]}) == option:
            found.append(index)
    return found


def _option_of(rest: str, labels: dict[str, list[str]]) -> str | None:
    """The option whose longest label is found in ``rest``; None if none or a tie."""
    best: list[tuple[int, str]] = sorted(
        ((len(normal(label)), option) for option, names in labels.items() for label in names
         if _contains(rest, label)), reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0] and best[0][1] != best[1][1]):
        return None
    return best[0][1]


def one(table: ExportTable, found: list[int], what: str) -> int | None:
    if len(found) > 1:
        shown = " och ".join(f"{column_letters(i + 1)} ('{table.headers[i][:40]}')"
                             for i in found[:3])
        raise InputError(f"{what} finns i flera kolumner: {shown}; exporten ska ha en kolumn "
                         "per svar", Location(table.file, table.header_line, found[1] + 1))
    return found[0] if found else None


def spec_of(meta: PackMeta, file: str) -> SurveyExport:
    if meta.survey_export is None:
        raise InputError(f"paketet {meta.id} beskriver ingen enkätexport (survey_export i "
                         "pack.yaml)", Location(file))
    return meta.survey_export


def _option_labels(spec: SurveyExport, meta: PackMeta, question: str) -> dict[str, list[str]]:
    """Every option the pack declares for ``question``, with its synonyms."""
    labels: dict[str, list[str]] = {}
    for key, column in spec.columns.items():
        asked = column.question or meta.form.answers[key].question
        if column.option and asked and question_key(asked) == question_key(question):
            labels.setdefault(column.option, []).extend([column.option, *column.synonyms])
    return labels


def _parts(table: ExportTable, spec: SurveyExport, meta: PackMeta, key: str,
           column: ExportColumn) -> tuple[list[int], list[int]]:
    """(the value's candidate columns, the "kan inte uppskattas" columns) of an answer."""
    answer = meta.form.answers[key]
    found = by_header(table, column.header)
    question = column.question or answer.question
    if question is None:
        return found, []
    labels = _option_labels(spec, meta, question) if column.option else None
    numbered = by_question(table, question, column.option, labels)
    estimate_labels = [CANNOT_ESTIMATE, *([answer.cannot_estimate] if answer.cannot_estimate
                                          else [])]
    estimate = [i for i in numbered
                if any(_contains(_rest(table, i, question) or "", label)
                       for label in estimate_labels)]
    values = [i for i in numbered if i not in estimate]
    if len(values) > 1:  # sub-field columns: the comment is read by no rule
        kept = [i for i in values if not any(_contains(_rest(table, i, question) or "", label)
                                             for label in spec.subfields.ignore)]
        values = kept or values
    if len(values) > 1:
        labelled = [i for i in values if any(_contains(_rest(table, i, question) or "", label)
                                             for label in spec.subfields.value)]
        values = labelled or values
    return sorted({*found, *values}), estimate


def map_columns(table: ExportTable, meta: PackMeta) -> ExportColumns:
    """Each answer's column, or a located error naming the question that is missing or
    found in more than one column."""
    spec = spec_of(meta, table.file)
    where = Location(table.file, table.header_line)
    region = one(table, by_header(table, spec.region), "regionens namn")
    if region is None:
        sheet = f" (bladet '{table.sheet}')" if table.sheet else ""
        raise InputError(f"kolumnen med regionens namn ({' / '.join(spec.region)}) saknas i "
                         f"rubrikraden{sheet}", where)
    survey = None
    if spec.survey is not None:
        survey = one(table, by_header(table, spec.survey.header), "enkätens namn")
    answers: dict[str, int] = {}
    what: dict[str, str] = {}
    estimates: dict[str, int] = {}
    claimed = {region: "regionens namn"} | ({survey: "enkätens namn"} if survey is not None
                                            else {})
    for key, column in spec.columns.items():
        what[key] = _what(meta, key, column)
        values, estimate = _parts(table, spec, meta, key, column)
        index = one(table, values, what[key])
        box = one(table, estimate, f"{what[key]} ({meta.form.answers[key].cannot_estimate})")
        if index is None:
            if column.optional:
                continue
            title = meta.form.answers[key].title
            raise InputError(f"kolumnen för {what[key]} ({title}) saknas i rubrikraden", where)
        for taken in (index, box):
            if taken is None:
                continue
            if taken in claimed:
                raise InputError(f"kolumn {column_letters(taken + 1)} "
                                 f"('{table.headers[taken][:40]}') passar både "
                                 f"{claimed[taken]} och {what[key]}",
                                 Location(table.file, table.header_line, taken + 1))
            claimed[taken] = what[key]
        answers[key] = index
        if box is not None:
            estimates[key] = box
    return ExportColumns(region, survey, answers, what, estimates)


def _what(meta: PackMeta, key: str, column: ExportColumn) -> str:
    question = column.question or meta.form.answers[key].question
    if question is None:
        return f"'{column.header[0]}'"
    return f"fråga {question}" + (f" ({column.option})" if column.option else "")
