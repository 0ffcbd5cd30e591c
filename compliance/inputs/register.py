"""The national waiting-time register's BUP table for one month (Väntetider i vården,
published by SKR): every region's share of first assessments, in-depth investigations and
treatments done within 30 days, as the page's "Exportera till Excel" file (.xlsx or CSV)
or as the saved web page (.html).

What the seeds say of it (seed 001, 3.7: BUP results are reported through the register)
and the issue's description of the public page are all we know; the export's exact
layout is not in the seeds, so the table is read by what it says, not by where:

- blocks by their headings (the pack names them: "Första bedömning", "Fördjupad
  utredning", "Behandling"), in any order, a heading alone on its row or merged across it,
  each block under a header row of its own or one header row above them all;
- columns by their labels after normalising ("Landsting / region", "Andel genomförda inom
  30 dagar", "Svarsfrekvens"; case, spaces, no-break and thin spaces, punctuation);
- values with units ("50 %", "4 075 st"), decimal commas, a percent-formatted cell as the
  percent Excel shows; a figure the register hides ("–", "<5", empty, "*") is None for
  that month — never 0, never a pass;
- regions written without "Region" ("Halland", "Jämtland Härjedalen") matched to the 21
  official names (any other name is kept as written: a fictional region of the fixtures);
  "Alla regioner" is the nation;
- the month from a title row ("BUP januari 2024", "2024-01"), else the file's name, else
  ``--period``; a title and a file name that disagree are an error naming both.

Hidden sheets are never read and formulas never evaluated (``reading.tables``)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from compliance.dates import Month
from compliance.errors import InputError, Location, raise_all
from compliance.formatting import cell_place
from compliance.reading.files import Input, read_input
from compliance.reading.regions import look_alike_problem, region_name
from compliance.reading.tables import Bounds, table_sheets
from compliance.reading.yamlload import display_name

MAX_REGISTER_BYTES = 10 * 1024 * 1024
BOUNDS = Bounds(rows=2_000, columns=64, cell_chars=2_000)
NATION = "Riket"  # the row "Alla regioner"
HIDDEN = {"", "-", "–", "—", "..", "*", "x", "<5", "< 5", "–*"}

_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
_MONTH_NAMED = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{4})\b")
_MONTH_ISO = re.compile(r"\b(\d{4})[-_ ]?(0[1-9]|1[0-2])\b")
_NATION = {"alla regioner", "riket", "totalt", "samtliga regioner"}
# column labels, normalised, by what they hold; the first label found in a header wins
_COLUMNS = {
    "region": ("landsting region", "region", "landsting"),
    "share": ("andel genomförda inom 30 dagar", "andel inom 30 dagar"),
    "response": ("svarsfrekvens",),
}


def normalised(text: str) -> str:
    """A label as compared: NFKC (no-break and thin spaces are spaces), case folded,
    soft hyphens dropped, punctuation as space, one space between words."""
    text = unicodedata.normalize("NFKC", text).replace("\u00ad", "").casefold()
    return " ".join(re.sub(r"[^\w%<]+", " ", text).split())


@dataclass(frozen=True)
class Figure:
    """One month's share for one region and measure: None when the register hides it
    (then ``shown`` says how: "<5", "–")."""

    value: float | None
    place: str  # "bup-2024-03.xlsx, rad 7, kolumn B"
    shown: str = ""


@dataclass(frozen=True)
class RegisterMonth:
    file: str
    sha256: str
    month: Month
    # region (official name, or NATION) → measure (the pack's field) → its share
    shares: dict[str, dict[str, Figure]] = field(default_factory=dict)
    # region → measure → the block's response rate (Svarsfrekvens), as shown
    response: dict[str, dict[str, float | None]] = field(default_factory=dict)
    illustrative: bool = False  # the file's title says its figures are made up


def read_register(source: Input, blocks: dict[str, str],
                  period: Month | None = None) -> RegisterMonth:
    """The BUP table in ``source``; ``blocks`` maps each measure (a field of the pack's
    series) to its block's heading in the table."""
    name = display_name(source)
    data = read_input(source, MAX_REGISTER_BYTES, name)
    if source.suffix.lower() in (".html", ".htm"):
        rows: list[tuple[int, list[Any]]] = list(enumerate(_html_rows(data, name), start=1))
        percent: frozenset[tuple[int, int]] = frozenset()
    else:
        sheets = table_sheets(data, name, source.suffix, BOUNDS, details=True).sheets
        sheet = next(iter(sheets), None)
        rows = list(sheet.rows) if sheet else []
        percent = sheet.percent if sheet else frozenset()
    month = _month(rows, name, source, period)
    titles = " ".join(str(cell) for _, cells in rows[:10] for cell in cells if cell)
    found = RegisterMonth(name, hashlib.sha256(data).hexdigest(), month,
                          illustrative="illustrativ" in titles.casefold())
    _read_blocks(rows, percent, blocks, found, name)
    return found


def _month(rows: list[tuple[int, list[Any]]], name: str, source: Input,
           period: Month | None) -> Month:
    titled: Month | None = None
    for _, cells in rows[:10]:
        text = " ".join(str(cell) for cell in cells if cell not in (None, ""))
        titled = _month_in(normalised(text))
        if titled:
            break
    named = _month_in(normalised(source.name.rsplit(".", 1)[0].replace("_", " ")))
    if titled and named and titled != named:
        raise InputError(f"titeln säger {titled.label()} men filnamnet {named.label()}; "
                         "rätta det ena, eller ange månaden med --period", Location(name))
    month = titled or named or period
    if month is None:
        raise InputError("månaden framgår varken av tabellens rubrik eller av filnamnet; "
                         "ange den med --period ÅÅÅÅ-MM", Location(name))
    if period is not None and month != period:
        raise InputError(f"--period {period} men filen gäller {month.label()}", Location(name))
    return month


def _month_in(text: str) -> Month | None:
    if match := _MONTH_NAMED.search(text):
        return Month(int(match.group(2)), _MONTHS.index(match.group(1)) + 1)
    if match := _MONTH_ISO.search(text):
        return Month(int(match.group(1)), int(match.group(2)))
    return None


def _read_blocks(rows: list[tuple[int, list[Any]]], percent: frozenset[tuple[int, int]],
                 blocks: dict[str, str], found: RegisterMonth, name: str) -> None:
    headings = {normalised(label): measure for measure, label in blocks.items()}
    measure: str | None = None
    columns: dict[str, int] = {}
    seen: dict[tuple[str, str], int] = {}
    problems: list[InputError] = []
    for line, cells in rows:
        texts = [normalised(str(cell)) if cell is not None else "" for cell in cells]
        filled = [text for text in texts if text]
        heading = _heading(filled, headings)
        if heading is not None:  # a block starts; a header above it serves it too
            measure = heading
            continue
        header = _header(texts)
        if header:
            columns = header
            continue
        if measure is None or not filled or "region" not in columns:
            continue
        region = _region(cells, columns["region"], line, name, problems)
        if region is None:
            continue
        if (region, measure) in seen:
            problems.append(InputError(
                f"{region} står två gånger i blocket {blocks[measure]} (rad "
                f"{seen[region, measure]} och {line})", Location(name, line)))
            continue
        seen[region, measure] = line
        place = f"{name}, {cell_place(line, columns['share'] + 1)}"
        share = _share(cells, columns["share"], (line, columns["share"] + 1) in percent,
                       place, problems)
        found.shares.setdefault(region, {})[measure] = share
        if "response" in columns:
            rate = _share(cells, columns["response"],
                          (line, columns["response"] + 1) in percent, place, problems)
            found.response.setdefault(region, {})[measure] = rate.value
    missing = [label for measure_, label in blocks.items()
               if not any(measure_ in row for row in found.shares.values())]
    if missing:
        problems.append(InputError("tabellen saknar blocken " + ", ".join(missing) +
                                   " (rubrik, kolumnen \"Landsting / region\" och \"Andel "
                                   "genomförda inom 30 dagar\")", Location(name)))
    raise_all(problems)


def _heading(filled: list[str], headings: dict[str, str]) -> str | None:
    """The measure whose block starts on this row: its heading alone on the row (or
    repeated across merged cells)."""
    if not filled or len(set(filled)) != 1:
        return None
    return headings.get(filled[0])


def _header(texts: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for key, labels in _COLUMNS.items():
        for label in labels:
            index = next((i for i, text in enumerate(texts) if text == label), None)
            if index is not None:
                found[key] = index
                break
    return found if "region" in found and "share" in found else {}


def _region(cells: list[Any], index: int, line: int, name: str,
            problems: list[InputError]) -> str | None:
    raw = " ".join(str(cells[index]).split()) if index < len(cells) and cells[index] else ""
    if not raw:
        return None
    if (problem := look_alike_problem(raw)) is not None:
        problems.append(InputError(problem, Location(name, line)))
        return None
    if normalised(raw) in _NATION:
        return NATION
    return region_name(raw)  # one of the 21 by its official name, or as written


def _share(cells: list[Any], index: int, percent_cell: bool, place: str,
           problems: list[InputError]) -> Figure:
    raw = cells[index] if index < len(cells) else None
    if isinstance(raw, bool):
        raw = str(raw)
    if isinstance(raw, int | float):
        value = float(raw) * 100 if percent_cell else float(raw)
        return _bounded(value, place, str(raw), problems)
    text = unicodedata.normalize("NFKC", str(raw or "")).strip()
    if text.casefold() in HIDDEN or text.startswith("<"):
        return Figure(None, place, text or "tomt")
    number = re.sub(r"\s+", "", text.removesuffix("%").removesuffix("st").strip())
    try:
        return _bounded(float(number.replace(",", ".")), place, text, problems)
    except ValueError:
        problems.append(InputError(f"'{text}' är ingen andel i procent", Location(place)))
        return Figure(None, place, text)


def _bounded(value: float, place: str, shown: str, problems: list[InputError]) -> Figure:
    if not 0 <= value <= 100:
        problems.append(InputError(f"andelen {shown} ligger utanför 0–100 %", Location(place)))
        return Figure(None, place, shown)
    return Figure(round(value, 1), place, shown)


class _Tables(HTMLParser):
    """The rows of a saved web page: each table row's cells, and each heading (h1–h6,
    a caption) as a row of its own, in document order. Scripts and styles are skipped."""

    _HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "caption", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._text: list[str] | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") or tag in self._HEADINGS:
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th") and self._row is not None and self._text is not None:
            self._row.append(" ".join("".join(self._text).split()))
            self._text = None
        elif tag in self._HEADINGS and self._text is not None:
            self.rows.append([" ".join("".join(self._text).split())])
            self._text = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._text is not None and not self._skip:
            self._text.append(data)


def _html_rows(data: bytes, name: str) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    parser = _Tables()
    parser.feed(text)
    parser.close()
    if len(parser.rows) > BOUNDS.rows:
        raise InputError(f"sidan har för många rader (över {BOUNDS.rows})", Location(name))
    return parser.rows
