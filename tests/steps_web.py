"""Steps for the strategist's visit to the web page: `compliance serve` running as its own
process (tests/web_server.py), spoken to over HTTP as a browser would, pages read as a
browser's tree (tests/html_tree.py)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from html_tree import Element, parse
from pytest_bdd import given, parsers, then, when
from web_server import Answer, Server, running

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LIMIT_MIB = 4  # the test server's upload limit (--max-mib)
OLD_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # a Compound File header: .doc


@pytest.fixture(scope="session")
def web_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server for the session's web tests, with a small upload limit."""
    with running(tmp_path_factory.mktemp("webb"), "--max-mib", str(LIMIT_MIB),
                 "--workers", "2") as server:
        yield server


@pytest.fixture
def visit() -> dict[str, Any]:
    """What the strategist sent and got back: the last answer, and its page."""
    return {}


def _page(visit: dict[str, Any]) -> Element:
    answer: Answer = visit["answer"]
    return parse(answer.text)


@given("att webbsidan är igång", target_fixture="server")
def server_running(web_server: Server) -> Server:
    assert web_server.get("/halsa").status == 200
    return web_server


@when("strategen öppnar webbsidan")
def opens_page(server: Server, visit: dict[str, Any]) -> None:
    visit["answer"] = server.get("/")


@when(parsers.parse('strategen laddar upp "{name}" bedömt per {as_of}'))
def uploads(server: Server, visit: dict[str, Any], name: str, as_of: str) -> None:
    path = FIXTURES / name
    visit["answer"] = server.post([("dokument", path.name, path.read_bytes())],
                                  {"per": as_of})


@when(parsers.parse('strategen laddar upp "{name}" bedömt per {as_of} med kompletteringen'))
def uploads_with_supplement(server: Server, visit: dict[str, Any], name: str, as_of: str,
                            docstring: str) -> None:
    path = FIXTURES / name
    visit["answer"] = server.post([("dokument", path.name, path.read_bytes()),
                                   ("komplettering", "tillagg.yaml", docstring.encode())],
                                  {"per": as_of})


@when(parsers.parse('strategen laddar upp en fil "{name}" i Words gamla format bedömt per '
                    '{as_of}'))
def uploads_old_word(server: Server, visit: dict[str, Any], name: str, as_of: str) -> None:
    visit["answer"] = server.post([("dokument", name, OLD_WORD)], {"per": as_of})


@when(parsers.parse("strategen laddar upp en fil på {size:d} MiB"))
def uploads_large(server: Server, visit: dict[str, Any], size: int) -> None:
    visit["answer"] = server.post([("dokument", "stor.yaml", b"#" * (size * 1024 * 1024))],
                                  {"per": "2024-10-01"})


@when(parsers.parse('strategen trycker på "{label}"'))
def presses(server: Server, visit: dict[str, Any], label: str) -> None:
    """Submit the page's form with the button labelled ``label``: its hidden fields and
    the button's own name and value, as the browser sends them."""
    page = _page(visit)
    buttons = [(form, button) for form in page.all("form") for button in form.all("button")
               if button.text() == label]
    assert len(buttons) == 1, f"{len(buttons)} knappar {label!r}"
    form, button = buttons[0]
    fields = {i.attrs["name"]: i.attrs["value"] for i in form.all("input", type="hidden")}
    if "name" in button.attrs:
        fields[button.attrs["name"]] = button.attrs["value"]
    assert form.attrs["action"] == "/granska" and form.attrs["method"] == "post"
    visit["answer"] = server.post([], fields)


@then(parsers.parse("svarar sidan med status {status:d}"))
def status_is(visit: dict[str, Any], status: int) -> None:
    assert visit["answer"].status == status, visit["answer"].text[:2000]


@then(parsers.parse('har sidan ett fält "{document}" för en fil och ett fält "{date}"'))
def form_fields(visit: dict[str, Any], document: str, date: str) -> None:
    page = _page(visit)
    assert page.one("html").attrs["lang"] == "sv"
    labels = {label.text(): label.attrs["for"] for label in page.all("label")}
    assert page.one("input", id=labels[document]).attrs["type"] == "file"
    assert page.one("input", id=labels[document]).attrs["name"] == "dokument"
    assert page.one("input", id=labels[date]).attrs["name"] == "per"
    form = page.one("form")
    assert form.attrs["enctype"] == "multipart/form-data"


@then("sidan har inga skript och hämtar ingenting utifrån")
def no_scripts(visit: dict[str, Any]) -> None:
    page = _page(visit)
    assert not page.all("script") and not page.all("link") and not page.all("img")
    assert "http" not in visit["answer"].text
    assert "script-src" not in visit["answer"].headers["content-security-policy"]


def _rule_titles(page: Element) -> list[str]:
    return [a.text() for a in page.all("a") if a.attrs.get("href", "").startswith("#OT")]


@then(parsers.parse('står "{heading}" före tabellen med alla regler'))
def first_what_is_missing(visit: dict[str, Any], heading: str) -> None:
    text = _page(visit).text()
    assert heading in text and "Alla regler" in text
    assert text.index(heading) < text.index("Alla regler")


@then(parsers.parse('under "{heading}" står "{title}" som "{outcome}"'))
def listed_to_fix(visit: dict[str, Any], heading: str, title: str, outcome: str) -> None:
    page = _page(visit)
    block = next(div for div in page.all("div", class_="blocking")
                 if div.one("h3").text() == heading)
    items = {li.one("a").text(): li.one("span", class_="badge").text() for li in block.all("li")}
    assert items.get(title) == outcome, items


@then(parsers.parse('står regeln "{title}" som "{outcome}"'))
def rule_outcome(visit: dict[str, Any], title: str, outcome: str) -> None:
    page = _page(visit)
    table = page.one("table", class_="rules")
    rows = {row.one("th").one("a").text(): row.one("span", class_="badge").text()
            for row in table.one("tbody").all("tr")}
    assert rows.get(title) == outcome, rows


@then(parsers.parse('sidan visar "{text}"'))
def page_shows(visit: dict[str, Any], text: str) -> None:
    assert text in _page(visit).text(), _page(visit).text()[:3000]


@then("sidan har en länk tillbaka till formuläret")
def link_back(visit: dict[str, Any]) -> None:
    assert [a for a in _page(visit).all("a") if a.attrs.get("href") == "/"
            and "Tillbaka" in a.text()]


@then(parsers.parse('är svaret en Excel-arbetsbok som heter "{name}"'))
def is_workbook(visit: dict[str, Any], name: str) -> None:
    answer: Answer = visit["answer"]
    assert answer.status == 200, answer.body[:2000]
    assert answer.headers["content-disposition"] == f'attachment; filename="{name}"'
    assert answer.headers["content-type"].startswith("application/vnd.openxmlformats")
    visit["workbook"] = openpyxl.load_workbook(io.BytesIO(answer.body), read_only=True)


@then(parsers.parse('arbetsboken ger regeln "{rule}" utfallet "{outcome}"'))
def workbook_outcome(visit: dict[str, Any], rule: str, outcome: str) -> None:
    sheet = visit["workbook"].worksheets[1]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    found = {row[header.index("Regel")]: row[header.index("Utfall")] for row in rows[1:]}
    assert found.get(rule) == outcome, found


@then("sidan är den nationella översikten")
def is_overview(visit: dict[str, Any]) -> None:
    assert _page(visit).all("h1")[0].text().startswith("Nationell översikt")  # then each region


@then("varje region i översikten har en länk till sin rad")
def region_links(visit: dict[str, Any]) -> None:
    page = _page(visit)
    rows = {row.one("th").text(): row.attrs.get("id") for row in
            page.one("table", class_="regions").one("tbody").all("tr")}
    links = {a.text(): a.attrs["href"] for a in page.one("ul", class_="web-regions").all("a")}
    assert len(rows) >= 2 and set(links) == set(rows), (links, rows)
    for region, href in links.items():
        assert href == f"#{rows[region]}", (region, href)
        assert re.fullmatch(r"#[\w-]+", href)


@then(parsers.parse('sidan är rapporten för "{region}"'))
def is_region_report(visit: dict[str, Any], region: str) -> None:
    page = _page(visit)
    assert page.one("h1").text().startswith(f"{region} – "), page.one("h1").text()
    assert page.all("table", class_="rules")
