"""Steps for the HTML reports, read as a browser's tree: tables and their headers, the
outcome words, the charts' marks measured against their own axes, the audit trail."""

from __future__ import annotations

import re
from pathlib import Path

from html_tree import Element, parse
from pytest_bdd import parsers, then
from steps_packs import _expand

from compliance.reports.charts import OUTCOME_LETTERS
from compliance.results.verdict import Outcome

WORDS = {outcome.label: outcome for outcome in Outcome}


def page(rules_dir: Path, name: str) -> Element:
    return parse(Path(_expand(name, rules_dir)).read_text(encoding="utf-8"))


def chart(document: Element, title: str) -> Element:
    """The chart of that title; a chart of values its submission calls illustrative (the
    fictional regions') has the mark after it."""
    found = [svg for svg in document.all("svg") if svg.child("title").text()
             in (title, f"{title} (illustrativa värden)")]
    assert len(found) == 1, f"{len(found)} diagram med titeln {title!r}"
    svg = found[0]
    assert svg.attrs["role"] == "img" and svg.attrs["aria-labelledby"].split() == [
        svg.child("title").attrs["id"], svg.child("desc").attrs["id"]]
    return svg


def _number(text: str) -> float:
    return float(text.replace("\u00a0", "").replace(" ", "").replace("%", "").replace(",", "."))


def axis(svg: Element, vertical: bool = True) -> tuple[float, float]:
    """(pixels per unit, pixel of 0) from the chart's own tick labels and grid lines: what
    a reader measures with a ruler, independent of how the chart computed them."""
    if vertical:
        grid = [line.number("y1") for line in svg.all("line", class_="grid")]
        ticks = [_number(t.own_text()) for t in svg.all("text", class_="small")
                 if t.attrs.get("text-anchor") == "end" and re.fullmatch(r"[\d,]+", t.own_text())]
        assert len(grid) == len(ticks) >= 2, (grid, ticks)
        pairs = list(zip(ticks, grid, strict=True))
    else:
        pairs = [(_number(t.own_text()), t.number("x")) for t in svg.all("text", class_="small")
                 if re.fullmatch(r"\d+ %", t.own_text())]
    (v1, p1), (v2, p2) = pairs[0], pairs[-1]
    scale = (p2 - p1) / (v2 - v1)
    return scale, p1 - v1 * scale


def _mark(svg: Element, subject: str) -> tuple[Element, float, float]:
    marks = [m for tag in ("circle", "path", "rect") for m in svg.all(tag)
             if m.all("title") and m.one("title").text().startswith(subject)]
    assert len(marks) == 1, f"{len(marks)} markeringar för {subject!r}"
    mark = marks[0]
    if mark.tag == "circle":
        return mark, mark.number("cx"), mark.number("cy")
    if mark.tag == "rect":
        return mark, mark.number("x") + mark.number("width") / 2, mark.number("y")
    x, y = re.fullmatch(r"translate\(([\d.]+) ([\d.]+)\)", mark.attrs["transform"]).groups()
    return mark, float(x), float(y)


def _limit_at(svg: Element, x: float) -> float:
    lines = [line for line in svg.all("line", class_="limit")
             if min(line.number("x1"), line.number("x2")) <= x
             <= max(line.number("x1"), line.number("x2"))]
    assert len(lines) == 1, f"{len(lines)} gränslinjer vid x={x}"
    return lines[0].number("y1")


def _letter_at(svg: Element, x: float) -> str:
    letters = [t.own_text() for t in svg.all("text", class_="outcome")
               if abs(t.number("x") - x) < 0.5]
    assert len(letters) == 1, letters
    return letters[0]


@then(parsers.parse('i diagrammet "{title}" ligger "{subject}" på {value} % {side} linjen '
                    'för kravet {limit} %, markerad "{word}"'))
def value_against_limit(rules_dir: Path, title: str, subject: str, value: str, side: str,
                        limit: str, word: str) -> None:
    svg = chart(page(rules_dir, "{tmp}/rapport.html"), title)
    scale, zero = axis(svg)
    mark, x, y = _mark(svg, subject)
    assert abs(y - (zero + scale * _number(value))) < 0.6, (y, value)
    line = _limit_at(svg, x)
    assert abs(line - (zero + scale * _number(limit))) < 0.6, (line, limit)
    assert (y > line) if side == "under" else (y < line), (side, y, line)
    assert mark.one("title").text() == f"{subject}: {value} % – {word}"
    assert (mark.tag == "path") == (word == "ej uppfyllt")  # a cross, not only a colour
    assert _letter_at(svg, x) == OUTCOME_LETTERS[WORDS[word]]


@then(parsers.parse('i diagrammet "{title}" når stapeln för "{subject}" dag {day:d} mot '
                    'sista leveransdag dag {due:d}, markerad "{word}"'))
def delivery_against_due(rules_dir: Path, title: str, subject: str, day: int, due: int,
                         word: str) -> None:
    svg = chart(page(rules_dir, "{tmp}/rapport.html"), title)
    scale, zero = axis(svg)
    mark, x, top = _mark(svg, subject)
    assert abs(top - (zero + scale * day)) < 0.6, (top, day)
    assert abs(_limit_at(svg, x) - (zero + scale * due)) < 0.6
    assert mark.one("title").text().endswith(f"– {word}")
    assert _letter_at(svg, x) == OUTCOME_LETTERS[WORDS[word]]


@then(parsers.parse('i diagrammet "{title}" saknas värdet för "{subject}"'))
def value_missing(rules_dir: Path, title: str, subject: str) -> None:
    svg = chart(page(rules_dir, "{tmp}/rapport.html"), title)
    assert not [m for m in svg.all("circle") + svg.all("rect")
                if m.all("title") and m.one("title").text().startswith(subject)]
    assert "saknas" in [t.own_text() for t in svg.all("text")]
    assert f"{subject} saknas" in svg.child("desc").text()


@then(parsers.parse('i diagrammet "{title}" når stapeln för "{subject}" {share} % och ger '
                    '{points:d} poäng'))
def share_against_bands(rules_dir: Path, title: str, subject: str, share: str,
                        points: int) -> None:
    svg = chart(page(rules_dir, "{tmp}/rapport.html"), title)
    scale, zero = axis(svg, vertical=False)
    bar, _, _ = _mark(svg, subject)
    assert abs(bar.number("x") - zero) < 0.6
    assert abs(bar.number("width") - scale * _number(share)) < 0.6
    assert bar.one("title").text() == f"{subject}: {share} % ger {points} poäng"


@then(parsers.parse('diagrammet "{title}" har poänggränserna {limits}'))
def points_bands(rules_dir: Path, title: str, limits: str) -> None:
    svg = chart(page(rules_dir, "{tmp}/rapport.html"), title)
    scale, zero = axis(svg, vertical=False)
    expected = [(float(m), int(p)) for m, p in re.findall(r"(\d+) % \((\d+) p\)", limits)]
    lines = sorted(line.number("x1") for line in svg.all("line", class_="limit"))
    assert [round((x - zero) / scale, 1) for x in lines] == [m for m, _ in expected]
    marks = {t.own_text() for t in svg.all("text", class_="limit")}
    assert {f"{p} p" for _, p in expected} <= marks


@then(parsers.parse('diagrammet "{title}" beskriver i text "{text}"'))
def chart_text(rules_dir: Path, title: str, text: str) -> None:
    svg = chart(page(rules_dir, "{tmp}/rapport.html"), title)
    assert text in svg.child("desc").text(), svg.child("desc").text()


@then(parsers.parse('HTML-rapportens sammanfattning visar "{title}" med utfallet "{word}"'))
def summary_row(rules_dir: Path, title: str, word: str) -> None:
    document = page(rules_dir, "{tmp}/rapport.html")
    rows = [row for row in document.one("table", class_="rules").one("tbody").all("tr")
            if row.one("th").one("a").text() == title]
    assert len(rows) == 1, f"{len(rows)} rader för {title!r}"
    assert rows[0].one("span", class_="badge").text() == word
    article = [a for a in document.all("article", class_="verdict")
               if a.one("h4").text().startswith(title)]
    assert len(article) == 1 and article[0].one("h4").one("span").text() == word


@then("varje tabell i HTML-rapporten har en rubrikrad och rubriker med scope")
def tables_have_headers(rules_dir: Path) -> None:
    for name in ("{tmp}/rapport.html",):
        for table in page(rules_dir, name).all("table"):
            head = table.one("thead")
            assert head.all("th") and all(th.attrs.get("scope") == "col"
                                          for th in head.all("th"))
            for row in table.one("tbody").all("tr"):
                assert all(th.attrs.get("scope") == "row" for th in row.all("th"))


@then("varje underlag i HTML-rapporten har sitt utfall i ord")
def evidence_words(rules_dir: Path) -> None:
    items = [li for ul in page(rules_dir, "{tmp}/rapport.html").all("ul", class_="evidence")
             for li in ul.all("li")]
    assert items
    for item in items:
        badge = item.children[0]
        assert isinstance(badge, Element) and badge.tag == "span", item
        outcome = WORDS[badge.text()]
        assert badge.attrs["class"].split() == ["badge", outcome.value]


@then(parsers.parse('HTML-rapportens underlag visar "{word}" vid "{text}"'))
def evidence_item(rules_dir: Path, word: str, text: str) -> None:
    items = [li.text() for li in page(rules_dir, "{tmp}/rapport.html").all("li")]
    assert f"{word} {text}" in items, [i for i in items if text in i]


@then(parsers.parse('HTML-rapportens spårbarhet nämner "{text}"'))
def trail_mentions(rules_dir: Path, text: str) -> None:
    trails = page(rules_dir, "{tmp}/rapport.html").all("section", class_="audit")
    assert trails and all(text in trail.text() for trail in trails), text


@then(parsers.parse('värmekartan för "{pack}" har {rows:d} regioner och {rules:d} regler'))
def heat_map_size(rules_dir: Path, pack: str, rows: int, rules: int) -> None:
    svg = _heat_map(rules_dir, pack)
    assert len(svg.all("rect")) == rows * rules
    numbers = [t.own_text() for t in svg.all("text", class_="small") if "=" not in t.own_text()
               and "key" not in t.attrs.get("class", "").split()]
    assert numbers == [str(n) for n in range(1, rules + 1)]
    keys = [t.own_text() for t in svg.all("text", class_="key")]  # each number's rule title
    assert [key.split(".")[0] for key in keys] == numbers


def _heat_map(rules_dir: Path, pack: str) -> Element:
    maps = [svg for svg in page(rules_dir, "{tmp}/rapport.html").all("svg")
            if svg.child("title").text().startswith("Utfall per region och regel")
            and svg.child("title").text().endswith(f"({pack})")]
    assert len(maps) == 1, len(maps)
    return maps[0]


@then(parsers.parse('värmekartans ruta för "{region}" och regel {number:d} i "{pack}" visar '
                    '"{letters}" och "{word}"'))
def heat_map_cell(rules_dir: Path, region: str, number: int, pack: str, letters: str,
                  word: str) -> None:
    svg = _heat_map(rules_dir, pack)
    cells = [rect for rect in svg.all("rect")
             if rect.one("title").text().startswith(f"{region}, regel {number}. ")
             and rect.one("title").text().endswith(f": {word}")]
    assert len(cells) == 1, f"{len(cells)} rutor"
    cell = cells[0]
    assert cell.attrs["class"].split() == ["o", WORDS[word].value]
    middle = cell.number("x") + cell.number("width") / 2
    texts = [t.own_text() for t in svg.all("text", class_="outcome")
             if abs(t.number("x") - middle) < 0.6
             and cell.number("y") < t.number("y") < cell.number("y") + cell.number("height")]
    assert texts == [letters] == [OUTCOME_LETTERS[WORDS[word]]]


def _count(table: Element, row_title: str, word: str) -> int:
    heads = [th.text() for th in table.one("thead").all("th")]
    rows = [tr for tr in table.one("tbody").all("tr")
            if tr.one("th").text().startswith(row_title)]
    assert len(rows) == 1, f"{len(rows)} rader för {row_title!r}"
    cells = [c.text() for c in rows[0].children if isinstance(c, Element)]
    return int(cells[heads.index(word)])


@then(parsers.parse('HTML-översikten räknar {count:d} regioner med "{word}" för regeln '
                    '"{title}"'))
def per_rule_total(rules_dir: Path, count: int, word: str, title: str) -> None:
    tables = page(rules_dir, "{tmp}/rapport.html").all("table", class_="totals")
    found = [t for t in tables if "rules" in t.attrs["class"].split()
             and any(tr.one("th").text().startswith(title) for tr in t.one("tbody").all("tr"))]
    assert len(found) == 1
    assert _count(found[0], title, word) == count


@then(parsers.parse('HTML-översikten räknar {count:d} regler med "{word}" för "{region}" i '
                    '"{pack}"'))
def per_region_total(rules_dir: Path, count: int, word: str, region: str, pack: str) -> None:
    section = page(rules_dir, "{tmp}/rapport.html").one("section", id=pack)
    assert _count(section.one("table", class_="regions"), region, word) == count
