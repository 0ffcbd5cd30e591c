"""The HTML reporter per rule outcome: every verdict of the example submissions appears in
the summary, in its detail and in the overview's heat map with the outcome the judging
side gave it, in words; the tables and charts are well-formed; the README's chart is
the one the reporter draws today."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from helpers import FIXTURES, ROOT
from html_tree import Element, parse

from compliance.reports import html
from compliance.reports.charts import OUTCOME_LETTERS, threshold_chart
from compliance.reports.target import Target
from compliance.results.verdict import Outcome, Report
from compliance.workspace.workspace import Workspace

CASES = [("region-nordmark-2024.yaml", "2025-02-01", "undantag-nordmark-2024.yaml"),
         ("region-halland-2024.yaml", "2024-10-01", None),
         ("region-halland-2023.yaml", "2025-06-01", None),
         ("region-sydmark-2023.yaml", "2024-06-01", None),
         ("region-vastmark-2024.yaml", "2025-06-01", None)]
DOC_CHART = ROOT / "docs" / "svarsfrekvens-nordmark.svg"


def _judged(name: str, as_of: str, waivers: str | None) -> Report:
    return Workspace(dt.date.fromisoformat(as_of), waivers=FIXTURES / waivers if waivers
                     else None).check_document(FIXTURES / name)


def test_the_examples_cover_every_outcome() -> None:
    seen = {v.outcome for case in CASES for v in _judged(*case).verdicts}
    assert seen == set(Outcome)


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_every_verdict_shows_its_own_outcome_in_words(case: tuple[str, str, str | None]) -> None:
    report = _judged(*case)
    document = parse(html.render(report, Target()))
    rows = document.one("table", class_="rules").one("tbody").all("tr")
    assert len(rows) == len(report.verdicts)
    for verdict, row in zip(report.verdicts, rows, strict=True):
        assert row.one("th").one("a").text() == verdict.title
        assert row.one("span", class_="badge").text() == verdict.outcome.label
        article = document.one("article", id=verdict.rule)
        assert article.one("h4").one("span").text() == verdict.outcome.label
        items = article.all("li")
        assert [li.child("span").text() for li in items] == \
            [item.outcome.label for item in verdict.evidence]
    counts = {row.one("th").text(): int(row.one("td").text())
              for row in document.one("table", class_="counts").one("tbody").all("tr")}
    assert counts == {o.label: n for o, n in report.counts().items() if n}


def test_the_overview_shows_each_regions_outcome_per_rule() -> None:
    overview = Workspace(dt.date(2025, 6, 1)).check(FIXTURES)
    document = parse(html.render(overview, Target()))
    for pack_id, reports in overview.by_pack().items():
        section = document.one("section", id=pack_id)
        cells = {rect.child("title").text() for rect in section.all("rect")}
        expected = {f"{report.region}, regel {number}. {verdict.title}: {verdict.outcome.label}"
                    for report in reports
                    for number, verdict in enumerate(report.verdicts, start=1)}
        assert cells == expected
        letters = [t.own_text() for t in section.all("text", class_="outcome")]
        assert letters == [OUTCOME_LETTERS[v.outcome] for r in reports for v in r.verdicts]
        regions = section.one("table", class_="regions")
        heads = [th.text() for th in regions.one("thead").all("th")]
        for report, row in zip(reports, regions.one("tbody").all("tr"), strict=True):
            shown = [td.text() for td in row.all("td")]
            for outcome, count in report.counts().items():
                if outcome.label in heads:
                    assert shown[heads.index(outcome.label) - 1] == str(count)
            assert shown[-1] == ("brister" if report.exit_code else "inga brister")
        rules = section.one("table", class_="rules")
        heads = [th.text() for th in rules.one("thead").all("th")]
        for number, row in enumerate(rules.one("tbody").all("tr"), start=1):
            cells = [c.text() for c in row.children if isinstance(c, Element)]
            assert cells[1].startswith(reports[0].verdicts[number - 1].title)
            for outcome in Outcome:
                if outcome.label in heads:
                    regions_with = sum(1 for r in reports
                                       if r.verdicts[number - 1].outcome is outcome)
                    assert cells[heads.index(outcome.label)] == str(regions_with)


def _tables(document: Element) -> None:
    for table in document.all("table"):
        assert table.one("thead").all("th")
        assert all(th.attrs.get("scope") == "col" for th in table.one("thead").all("th"))
        for row in table.one("tbody").all("tr"):
            assert all(th.attrs.get("scope") == "row" for th in row.all("th"))


def test_tables_have_header_rows_and_scopes() -> None:
    _tables(parse(html.render(_judged(*CASES[0]), Target())))
    _tables(parse(html.render(Workspace(dt.date(2025, 6, 1)).check(FIXTURES), Target())))


def test_every_chart_has_a_title_and_a_text_alternative() -> None:
    document = parse(html.render(_judged(*CASES[0]), Target()))
    charts = document.all("svg")
    assert len(charts) == 4
    for svg in charts:
        title, desc = svg.child("title"), svg.child("desc")
        assert svg.attrs["role"] == "img"
        assert svg.attrs["aria-labelledby"] == f"{title.attrs['id']} {desc.attrs['id']}"
        assert len(desc.text()) > 100
    ids = [e.attrs["id"] for e in document.iter() if "id" in e.attrs]
    assert len(ids) == len(set(ids))


def test_text_in_charts_is_escaped(tmp_path: Path) -> None:
    report = _judged(*CASES[0])
    verdicts = list(report.verdicts)
    index = next(i for i, v in enumerate(verdicts) if v.rule == "OT24-3.4-svarsfrekvens-vantande")
    verdicts[index] = replace(verdicts[index], title="<script>x</script>\x1b[2J<!--")
    text = html.render(replace(report, verdicts=tuple(verdicts)), Target())
    assert "<script>" not in text and "<!--" not in text and "\x1b" not in text
    assert "&lt;script&gt;x&lt;/script&gt;\ufffd[2J&lt;!--" in text


def _doc_chart() -> str:
    report = _judged(*CASES[0])
    verdict = next(v for v in report.verdicts if v.rule == "OT24-3.4-svarsfrekvens-vantande")
    return html.standalone_svg(threshold_chart(verdict))


def test_the_readme_shows_the_chart_the_reporter_draws() -> None:
    assert DOC_CHART.read_text(encoding="utf-8") == _doc_chart(), \
        "regenerate: python tests/test_html_report.py"
    assert DOC_CHART.name in (ROOT / "README.md").read_text(encoding="utf-8")


if __name__ == "__main__":  # rewrite the README's chart after a deliberate change
    sys.path.insert(0, str(Path(__file__).parent))
    DOC_CHART.write_text(_doc_chart(), encoding="utf-8")
