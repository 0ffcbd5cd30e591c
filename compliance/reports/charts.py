"""Charts drawn from verdicts, as plain geometry that a template turns into inline SVG.

Every mark takes its outcome from the evidence it draws (a reporter never judges a value
against its limit again) and carries it as a letter or word as well as a colour. Each chart
has a text alternative that names every value it draws.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from compliance.formatting import format_number
from compliance.results.verdict import Evidence, Outcome, Plot, PointsBand, Report, Verdict

# Short forms of the outcome words, for cells and axes too small for the words; every
# chart and table that uses them prints this key next to them.
OUTCOME_LETTERS = {
    Outcome.PASS: "U",
    Outcome.FAIL: "EU",
    Outcome.MISSING: "EB",
    Outcome.PENDING: "V",
    Outcome.WAIVED: "UN",
    Outcome.GRADED: "P",
    Outcome.REVIEW: "AG",
}
_OPERATOR_WORDS = {">=": "minst", ">": "över", "<=": "senast", "<": "före"}
_NUMBER_WORDS = {">=": "minst", ">": "över", "<=": "högst", "<": "under"}


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str  # CSS class: axis, grid, limit, value


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    outcome: Outcome
    tip: str  # the mark's tooltip (an SVG <title>)


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    outcome: Outcome
    tip: str

    @property
    def cross(self) -> bool:
        """A failing value is a cross, any other a circle: shape as well as colour."""
        return self.outcome is Outcome.FAIL


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "middle"  # start, middle, end
    kind: str = ""  # CSS class: small, strong, outcome


@dataclass(frozen=True)
class Chart:
    """One figure: its title, its text alternative and what to draw in a width × height
    coordinate system."""

    title: str
    alternative: str  # every value the chart draws, in words
    caption: str
    width: int
    height: int
    lines: list[Line] = field(default_factory=list)
    paths: list[list[tuple[float, float]]] = field(default_factory=list)  # value lines
    boxes: list[Box] = field(default_factory=list)
    dots: list[Dot] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    letters: tuple[Outcome, ...] = ()  # the outcome letters used, for the key

    @property
    def key(self) -> str:
        """The letters this chart uses, in words: "U = uppfyllt · EU = ej uppfyllt"."""
        return " · ".join(f"{OUTCOME_LETTERS[o]} = {o.label}" for o in self.letters)


def _number(value: float, unit: str = "") -> str:
    return f"{format_number(round(value, 1))}{' ' + unit if unit else ''}"


def _short(subject: str) -> str:
    """An axis label: "Mars 2024" → "mar"; other subjects as they are."""
    word = subject.split(" ")[0]
    return word[:3].lower() if subject[-4:].isdigit() else subject


def _ticks(low: float, high: float, most: int = 6) -> list[float]:
    span = high - low
    step = next(s for s in (0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000,
                            math.inf) if span / s <= most)
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


def _used(outcomes: list[Outcome]) -> tuple[Outcome, ...]:
    return tuple(o for o in Outcome if o in outcomes)


# -- a value per month against its limit (response rates) ---------------------------------
def threshold_chart(verdict: Verdict) -> Chart:
    """Each subject's value as a dot on a line, the limit as a dashed line; dots that fail
    are crosses, and every subject's outcome letter stands under its name."""
    items = [(e, e.plot) for e in verdict.evidence if e.plot is not None]
    first = items[0][1]
    unit = first.unit
    numbers = [float(m.value) for _, m in items if isinstance(m.value, float | int)]
    limits = [float(m.limit) for _, m in items if isinstance(m.limit, float | int)]
    low = min(numbers + limits) - 1
    high = max(numbers + limits) + 0.5
    if unit == "%":
        high = min(100.0, high) if max(numbers + limits) <= 100 else high
    ticks = _ticks(low, high)
    low, high = min(low, ticks[0]), max(high, ticks[-1])
    width, height = 520, 250
    left, right, top, bottom = 46, 14, 26, 58
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(items)

    def y_of(value: float) -> float:
        return round(top + plot_h * (high - value) / (high - low), 1)

    chart = Chart(verdict.title, "", verdict.summary, width, height)
    for tick in ticks:
        chart.lines.append(Line(left, y_of(tick), width - right, y_of(tick), "grid"))
        chart.labels.append(Label(left - 6, y_of(tick) + 4, _number(tick), "end", "small"))
    chart.labels.append(Label(left - 6, top - 10, unit, "end", "small"))
    chart.lines.append(Line(left, top + plot_h, width - right, top + plot_h, "axis"))
    path: list[tuple[float, float]] = []
    words = []
    gaps: list[tuple[int, str]] = []
    for index, (evidence, measure) in enumerate(items):
        x = round(left + slot * (index + 0.5), 1)
        if isinstance(measure.limit, float | int):
            y = y_of(float(measure.limit))
            chart.lines.append(Line(round(x - slot / 2, 1), y, round(x + slot / 2, 1), y,
                                    "limit"))
        chart.labels.append(Label(x, top + plot_h + 16, _short(measure.subject)))
        chart.labels.append(Label(x, top + plot_h + 32, OUTCOME_LETTERS[evidence.outcome],
                                  kind=f"outcome {evidence.outcome.value}"))
        value = measure.value
        if isinstance(value, float | int):
            y = y_of(float(value))
            path.append((x, y))
            tip = f"{measure.subject}: {_number(value, unit)} – {evidence.outcome.label}"
            chart.dots.append(Dot(x, y, evidence.outcome, tip))
            if evidence.outcome is not Outcome.PASS:
                chart.labels.append(Label(x + 8, y + 4, _number(value), "start", "strong"))
            words.append(f"{measure.subject} {_number(value, unit)}, {evidence.outcome.label}")
        else:
            if path:
                chart.paths.append(path)
            path = []
            gaps.append((index, _absent(evidence.outcome)))
            words.append(f"{measure.subject} {_absent(evidence.outcome)}, "
                         f"{evidence.outcome.label}")
    _gap_labels(chart, gaps, left, slot, top + plot_h - 8)
    if path:
        chart.paths.append(path)
    limit = _limit_words(first, unit)
    if len(set(limits)) == 1:
        chart.labels.append(Label(width - right, y_of(limits[0]) - 5, limit, "end", "limit"))
    return _finished(chart, f"{first.label.capitalize()} per "
                            f"{'månad' if first.start or _monthly(items) else 'svar'} mot "
                            f"{limit}: " + "; ".join(words) + ".",
                     [e.outcome for e, _ in items], (left, height - 6))


def _absent(outcome: Outcome) -> str:
    """What a subject without a value is: not yet due (väntar) or missing (saknas)."""
    return Outcome.PENDING.label if outcome is Outcome.PENDING else "saknas"


def _gap_labels(chart: Chart, gaps: list[tuple[int, str]], left: float, slot: float,
                y: float) -> None:
    """One word over each run of neighbouring subjects without a value ("väntar" over
    September–December), centred on the run, so that words never overlap; a run too
    narrow for its word gets a dash (the outcome letters below and the text alternative
    still say it)."""
    runs: list[tuple[int, int, str]] = []
    for index, word in gaps:
        if runs and runs[-1][1] == index - 1 and runs[-1][2] == word:
            runs[-1] = (runs[-1][0], index, word)
        else:
            runs.append((index, index, word))
    for first, last, word in runs:
        room = slot * (last - first + 1)
        text = word if room >= 6 * len(word) + 2 else "–"  # 11px letters: about 6 wide
        chart.labels.append(Label(round(left + slot * (first + last + 1) / 2, 1), y, text,
                                  kind="small"))


def _monthly(items: list[tuple[Evidence, Plot]]) -> bool:
    return all(m.subject[-4:].isdigit() for _, m in items)


def _limit_words(measure: Plot, unit: str) -> str:
    if not isinstance(measure.limit, float | int):
        return measure.limit_label
    return (f"{measure.limit_label} {_NUMBER_WORDS[measure.op]} "
            f"{_number(float(measure.limit), unit)}")


def _finished(chart: Chart, alternative: str, outcomes: list[Outcome],
              key_at: tuple[float, float] | None = None) -> Chart:
    """The chart with its text alternative and, at ``key_at``, the key to its letters."""
    done = Chart(chart.title, alternative, chart.caption, chart.width, chart.height,
                 chart.lines, chart.paths, chart.boxes, chart.dots, chart.labels,
                 _used(outcomes))
    if key_at:
        done.labels.append(Label(key_at[0], key_at[1], done.key, "start", "small"))
    return done


# -- a date per month against its due day (deliveries) ------------------------------------
def _day(date: float | dt.date | None, start: dt.date | None) -> int | None:
    return (date - start).days if isinstance(date, dt.date) and start else None


def delivery_chart(verdict: Verdict) -> Chart:
    """Each month's delivery as a bar of days after the month's end, the due day as a
    dashed mark; late bars carry their day and an outcome letter like every other bar."""
    items = [(e, e.plot) for e in verdict.evidence if e.plot is not None]
    days = [_day(m.value, m.start) for _, m in items]
    dues = [_day(m.limit, m.start) for _, m in items]
    known = [d for d in days + dues if d is not None]
    high: float = max(known + [1]) + 3
    ticks = _ticks(0, high, 5)
    high = max(high, ticks[-1])
    width, height = 520, 250
    left, right, top, bottom = 46, 14, 26, 58
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(items)

    def y_of(value: float) -> float:
        return round(top + plot_h * (high - value) / high, 1)

    first = items[0][1]
    chart = Chart(verdict.title, "", verdict.summary, width, height)
    for tick in ticks:
        chart.lines.append(Line(left, y_of(tick), width - right, y_of(tick), "grid"))
        chart.labels.append(Label(left - 6, y_of(tick) + 4, _number(tick), "end", "small"))
    chart.labels.append(Label(left - 6, top - 10, "dag", "end", "small"))
    words = []
    gaps: list[tuple[int, str]] = []
    for index, ((evidence, measure), day, due) in enumerate(zip(items, days, dues,
                                                                strict=True)):
        x = left + slot * index
        middle = round(x + slot / 2, 1)
        if due is not None:
            chart.lines.append(Line(round(x + 2, 1), y_of(due), round(x + slot - 2, 1),
                                    y_of(due), "limit"))
        due_words = f"{measure.limit_label} dag {due}" if due is not None else \
            f"{measure.limit_label} okänd"
        if day is not None:
            tip = (f"{measure.subject}: {measure.label} dag {day} efter månadens slut, "
                   f"{due_words} – {evidence.outcome.label}")
            chart.boxes.append(Box(round(x + slot * 0.2, 1), y_of(day), round(slot * 0.6, 1),
                                   round(y_of(0) - y_of(day), 1), evidence.outcome, tip))
            chart.labels.append(Label(middle, y_of(day) - 4, str(day),
                                      kind="strong" if evidence.outcome is not Outcome.PASS
                                      else "small"))
            words.append(f"{measure.subject} dag {day} ({due_words}), "
                         f"{evidence.outcome.label}")
        else:
            gaps.append((index, _absent(evidence.outcome)))
            words.append(f"{measure.subject} {_absent(evidence.outcome)} ({due_words}), "
                         f"{evidence.outcome.label}")
        chart.labels.append(Label(middle, top + plot_h + 16, _short(measure.subject)))
        chart.labels.append(Label(middle, top + plot_h + 32, OUTCOME_LETTERS[evidence.outcome],
                                  kind=f"outcome {evidence.outcome.value}"))
    _gap_labels(chart, gaps, left, slot, top + plot_h - 8)
    chart.lines.append(Line(left, top + plot_h, width - right, top + plot_h, "axis"))
    if len(set(dues)) == 1 and dues[0] is not None:
        chart.labels.append(Label(width - right, y_of(dues[0]) - 5,
                                  f"{first.limit_label}: dag {dues[0]}", "end", "limit"))
    return _finished(chart, f"Dag för {first.label} räknat från månadens "
                            "slut, mot sista dag: " + "; ".join(words) + ".",
                     [e.outcome for e, _ in items], (left, height - 6))


# -- points periods: shares against the bands of the points table ------------------------
def points_chart(verdict: Verdict) -> Chart:
    """Each period's shares as bars on 0–100 %, the table's band limits as dashed lines
    marked with the points they give, each bar labelled with its share and points."""
    periods = [e for e in verdict.evidence if e.score is not None and e.score.parts]
    rows = sum(len(e.score.parts) + 1 for e in periods if e.score)
    width, left, right, top, row = 520, 150, 96, 34, 22
    height = top + rows * row + 30
    plot_w = width - left - right

    def x_of(share: float) -> float:
        return round(left + plot_w * max(0.0, min(100.0, share)) / 100, 1)

    chart = Chart(verdict.title, "", verdict.summary, width, height)
    bottom = top + rows * row
    bands: tuple[PointsBand, ...] = ()
    y = float(top)
    words = []
    for evidence in periods:
        score = evidence.score
        assert score is not None
        bands = bands or score.bands
        got = f"{score.points} av {score.maximum} poäng" if score.points is not None \
            else evidence.outcome.label
        chart.labels.append(Label(4, y + 15, f"{score.period}: {got}", "start", "strong"))
        chart.labels.append(Label(width - 4, y + 15, f"{evidence.outcome.label}", "end",
                                  f"outcome {evidence.outcome.value}"))
        y += row
        parts = []
        for part in score.parts:
            chart.labels.append(Label(left - 6, y + 15, part.label, "end"))
            if part.share is None:
                chart.labels.append(Label(left + 4, y + 15, "saknar månader", "start", "small"))
                parts.append(f"{part.label} saknar månader")
            else:
                tip = f"{score.period}, {part.label}: {_number(part.share, '%')} ger " \
                      f"{part.points} poäng"
                chart.boxes.append(Box(left, y + 4, round(x_of(part.share) - left, 1), row - 8,
                                       evidence.outcome, tip))
                chart.labels.append(Label(width - 4, y + 15,
                                          f"{_number(part.share, '%')} → {part.points} p",
                                          "end", "small"))
                parts.append(f"{part.label} {_number(part.share, '%')} ger {part.points} "
                             "poäng")
            y += row
        words.append(f"{score.period} ({got}): " + ", ".join(parts))
    for band in bands:
        if band.min > 0:
            chart.lines.append(Line(x_of(band.min), top - 4, x_of(band.min), bottom, "limit"))
            chart.labels.append(Label(x_of(band.min), top - 8, f"{band.points} p",
                                      kind="limit"))
    chart.lines.append(Line(left, bottom, left + plot_w, bottom, "axis"))
    for tick in (0, 25, 50, 75, 100):
        chart.labels.append(Label(x_of(tick), bottom + 16, f"{tick} %", kind="small"))
    table = ", ".join(f"minst {_number(b.min, '%')} ger {b.points} poäng" for b in bands)
    return _finished(chart, "Periodens medelandel per mått mot "
                            f"poängtabellen ({table}): " + "; ".join(words) + ".",
                     [e.outcome for e in periods])


def region_charts(report: Report) -> list[Chart]:
    """The charts a region's verdicts give: values per month against a percentage limit,
    deliveries against their due day, and points periods against their table."""
    charts = []
    for verdict in report.verdicts:
        measures = [e.plot for e in verdict.evidence if e.plot is not None]
        if len(measures) >= 2 and all(m.unit == "%" for m in measures):
            charts.append(threshold_chart(verdict))
        elif len(measures) >= 2 and all(m.start is not None for m in measures):
            charts.append(delivery_chart(verdict))
        elif any(e.score is not None and e.score.parts for e in verdict.evidence):
            charts.append(points_chart(verdict))
    return charts


# -- the country: regions × rules ----------------------------------------------------------
HEAT_MAP_TITLE = 90  # characters of a rule's title in the heat map's key


def heat_map(title: str, regions: list[str], rules: list[str],
             cells: dict[str, dict[str, Outcome]],
             titles: dict[str, str] | None = None) -> Chart:
    """One row per region, one numbered column per rule, each cell coloured and lettered
    by its outcome; below the grid each number's rule title (and id), so the map reads on
    its own, printed too; each cell's tooltip names its rule."""
    titles = titles or {}
    cell_w, cell_h, top, line_h = 36, 22, 30, 14
    left = max(120, min(320, 8 + 7 * max((len(r) for r in regions), default=0)))
    grid_bottom = top + cell_h * len(regions)
    named = [rule for rule in rules if rule in titles]
    width = max(left + cell_w * len(rules) + 10, 560 if named else 0)
    height = grid_bottom + 26 + (line_h * len(named) + 8 if named else 0)
    chart = Chart(title, "", "", width, height)
    for line, rule in enumerate(named):
        text = titles[rule] if len(titles[rule]) <= HEAT_MAP_TITLE else \
            titles[rule][:HEAT_MAP_TITLE - 1] + "…"
        chart.labels.append(Label(8, grid_bottom + 22 + line_h * line,
                                  f"{rules.index(rule) + 1}. {text} ({rule})", "start",
                                  "small key"))
    for column, _ in enumerate(rules):
        chart.labels.append(Label(left + cell_w * (column + 0.5), top - 10, str(column + 1),
                                  kind="small"))
    used: list[Outcome] = []
    words = []
    for line, region in enumerate(regions):
        y = top + cell_h * line
        chart.labels.append(Label(left - 8, y + 15, region, "end"))
        found: dict[Outcome, list[str]] = {}
        for column, rule in enumerate(rules):
            outcome = cells[region].get(rule)
            if outcome is None:
                continue
            used.append(outcome)
            found.setdefault(outcome, []).append(str(column + 1))
            x = left + cell_w * column
            name = f"{column + 1}. {titles[rule]}" if rule in titles else f"{column + 1}"
            chart.boxes.append(Box(x + 1, y + 1, cell_w - 2, cell_h - 2, outcome,
                                   f"{region}, regel {name}: {outcome.label}"))
            chart.labels.append(Label(x + cell_w / 2, y + 15, OUTCOME_LETTERS[outcome],
                                      kind=f"outcome {outcome.value}"))
        words.append(f"{region}: " + "; ".join(
            f"{len(found[outcome])} {outcome.label}" + (
                "" if outcome is Outcome.PASS else f" (regel {', '.join(found[outcome])})")
            for outcome in Outcome if outcome in found))
    return _finished(chart, f"{len(regions)} regioner × {len(rules)} regler. "
                            + ". ".join(words) + ".", used, (8, height - 6))
