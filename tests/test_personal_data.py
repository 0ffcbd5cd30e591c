"""Personal data as people write it: found in free-text answers, masked everywhere else
(region, note, attachment names, waivers, attestations, unit names, error messages), and
the form's own mailboxes allowed."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, RULES, command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from compliance.facts.freetext import find_personal_data

# --- the spellings people write -----------------------------------------------------------

FOUND = [
    ("19121212 1212", "personnummer"),
    ("121212–1212", "personnummer"),  # en dash
    ("121212—1212", "personnummer"),  # em dash
    ("121212\u22121212", "personnummer"),  # minus sign
    ("121212 - 1212", "personnummer"),
    ("pnr-19121212-1212", "personnummer"),
    ("pnr-121212-1212", "personnummer"),
    ("pnr:121212-1212", "personnummer"),
    ("Pnr: 19121212 1212", "personnummer"),
    ("personnr191212121212", "personnummer"),
    ("personnr. 121212-1212", "personnummer"),
    ("p-nr 121212 1212", "personnummer"),
    ("p-nr121212–1212", "personnummer"),
    ("samordningsnr 701063–2391", "samordningsnummer"),
    ("Samordningsnummer 19701063 2391", "samordningsnummer"),
    ("Ring 070-123 45 67", "telefon"),
    ("Ring +46 (0)70-123 45 67", "telefon"),
    ("Ring +46 70 123 45 67", "telefon"),
    ("Ring +46701234567", "telefon"),
    ("Ring 0046 70 123 45 67", "telefon"),
    ("Ring 070.123 45 67", "telefon"),
    ("Ring 070.123.45.67", "telefon"),
    ("Ring (08) 123 456", "telefon"),
    ("Ring (0346) 123 45", "telefon"),
    ("Ring 08-123 456 78", "telefon"),
    ("Ring 08/123 456 78", "telefon"),
    ("Ring 0701234567", "telefon"),
    ("Ring 070–123 45 67 efter 2023", "telefon"),
    ("Skriv till anna.exempel@example.se", "e-post"),
]


@pytest.mark.parametrize(("text", "kind"), FOUND)
def test_the_spellings_people_write_are_found(text: str, kind: str) -> None:
    hits = find_personal_data(text)
    assert [hit.kind for hit in hits] == [kind], text
    assert len(re.sub(r"\D", "", hits[0].masked)) <= 2, hits[0].masked  # the rest starred


NOT_FOUND = [
    "19121212-1213",  # wrong check digit
    "121212 1213",
    "pnr-121212-1213",
    "Beloppet är 1 237 500 000 kronor.",
    "Beloppet är 1 031 450 600 kr.",
    "Riktvärdet är 1 100 invånare per läkare 2023.",
    "Perioden 2023-01-01 till 2023-12-31.",
    "Senast 2024-03-31, 31.03.2024 eller 01.02.2023.",
    "Öppet kl. 08.00–17.00 och 08:00-17:00.",
    "Andelen var 54,9 % och 12.5 procent.",
    "Åren 2023 och 2024, ärende 2024-1234.",
    "Socialstyrelsens organisationsnummer 202100-5943.",
    "Postadress 106 30 Stockholm.",
    "Dnr 4.1-12345/2024",
    "Kontinuitetsindex 0,21 mot 0,22.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ordinary_figures_are_not_personal_data(text: str) -> None:
    assert find_personal_data(text) == [], text


def test_invisible_characters_and_full_width_digits_do_not_hide_a_number() -> None:
    assert [hit.kind for hit in find_personal_data("1912\u200b1212–1212")] == ["personnummer"]
    assert [hit.kind for hit in find_personal_data("１２１２１２ １２１２")] == ["personnummer"]


def test_masking_in_place_keeps_the_text_around() -> None:
    from compliance.reading.personal import mask_personal_data
    assert mask_personal_data("Region Väst, ring 070-123 45 67") == \
        "Region Väst, ring 07*-*** ** **"
    assert mask_personal_data("pnr 19121212-1212 och a.b@x.se") == \
        "pnr 19******-**** och a***@***"
    assert mask_personal_data("Region Halland 2024") == "Region Halland 2024"


# --- the form's own mailboxes --------------------------------------------------------------

def test_allowed_mailboxes_and_domains_are_not_personal_data() -> None:
    allow = ["tillganglighetsuppdraget@socialstyrelsen.se", "@myndigheten.se", "075-247 30 00"]
    text = ("Skickat till Tillganglighetsuppdraget@socialstyrelsen.se och "
            "registrator@myndigheten.se, växeln 075-247 30 00; kontakt anna@region.se")
    assert [(hit.kind, hit.masked) for hit in find_personal_data(text, allow)] == \
        [("e-post", "a***@***")]
    assert len(find_personal_data(text)) == 4


def test_the_packs_allow_socialstyrelsens_mailboxes() -> None:
    from compliance.packs.loader import load_pack
    for name in ("okad-tillganglighet-2024", "god-och-nara-vard-2023", "god-och-nara-vard-2024"):
        allowed = load_pack(RULES / name).meta.personal_data_allow
        assert "socialstyrelsen@socialstyrelsen.se" in allowed, name


def test_an_allow_list_entry_must_be_an_address_a_domain_or_a_phone_number(
        tmp_path: Path) -> None:
    import shutil
    shutil.copytree(RULES / "okad-tillganglighet-2024", tmp_path / "p")
    meta = tmp_path / "p" / "pack.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace(
        "  - 075-247 30 00\n", "  - Anna Andersson\n", 1), encoding="utf-8")
    code, out, _ = command("lint", tmp_path / "p")
    assert code == 2 and "pack.yaml:35:3" in out and "varken en e-postadress" in out, out


def test_what_is_not_detected_is_said() -> None:
    from compliance.facts.freetext import NOT_DETECTED
    assert NOT_DETECTED == "Namn på personer upptäcks inte av granskningen av personuppgifter."


# --- every free text the report can show -------------------------------------------------

def _load(name: str) -> Any:
    return YAML(typ="safe", pure=True).load((FIXTURES / name).read_text(encoding="utf-8"))


def _dump(path: Path, data: Any) -> Path:
    out = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _luhn_digit(nine: str) -> int:
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


@st.composite
def identity_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A personal identity or coordination number with a valid check digit as someone
    might write it, and its ten significant digits."""
    day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2024, 12, 31)))
    coordination = draw(st.booleans())
    date = f"{day:%y%m}{day.day + (60 if coordination else 0):02d}"
    serial = f"{draw(st.integers(0, 999)):03d}"
    tail = serial + str(_luhn_digit(date + serial))
    century = str(day.year // 100) if draw(st.booleans()) else ""
    sep = draw(st.sampled_from(["", "-", "–", "—", " ", " - ", "\u2212"]))
    prefix = draw(st.sampled_from(["", "pnr-", "pnr:", "pnr ", "personnr", "p-nr ", "Pnr: "]))
    return f"{prefix}{century}{date}{sep}{tail}", date + tail


FIELDS = ["region", "note", "attachment", "justification", "approved_by", "reason",
          "reviewer", "unit", "answer"]


def _flat(text: str) -> str:
    """A report's text with escapes undone and every separator removed, so a number
    written with any separator (or escaped by a format) is found by its digits."""
    return re.sub(r"[\s\\\-\u2010-\u2015\u2212+:]", "", html.unescape(text))


def _inputs(tmp_path: Path, field: str, written: str) -> dict[str, Path]:
    text = f"Kontakt {written} tack"
    data = _load("region-halland-2024.yaml")
    waivers = [{"rule": "OT24-redovisning-i-tid", "justification": "Beslut i nämnden.",
                "approved_by": "Fiktiv handläggare", "date": dt.date(2024, 10, 1),
                "expires": dt.date(2025, 12, 31)}]
    attestations = [{"rule": "OT24-3.4-fraga-5-plan", "decision": "ej uppfyllt",
                     "reviewer": "Fiktiv granskare", "date": dt.date(2024, 10, 10),
                     "reason": "Ingen plan."}]
    log = (FIXTURES / "enhetslogg-nordmark-2024.csv").read_text(encoding="utf-8")
    if field in ("region", "note"):
        data[field] = text
    elif field == "attachment":
        data["attachments"]["handlingsplan"]["file"] = f"plan {written}.docx"
    elif field in ("justification", "approved_by"):
        waivers[0][field] = text
    elif field in ("reason", "reviewer"):
        attestations[0][field] = text
    elif field == "unit":
        log = log.replace("Vårdcentral Hamnen", f"Hamnen {written}")
    else:
        data["answers"]["medel_insatsomraden"] = text
    log_path = tmp_path / "logg.csv"
    log_path.write_text(log, encoding="utf-8")
    return {"file": _dump(tmp_path / "inlamning.yaml", data),
            "waivers": _dump(tmp_path / "undantag.yaml", waivers),
            "attestations": _dump(tmp_path / "attester.yaml", attestations), "log": log_path}


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=identity_numbers(), field=st.sampled_from(FIELDS))
def test_an_identity_number_in_any_free_text_never_reaches_a_report(
        tmp_path: Path, number: tuple[str, str], field: str) -> None:
    written, digits = number
    paths = _inputs(tmp_path, field, written)
    for fmt in ("text", "json", "markdown", "html"):
        code, out, err = command("check", paths["file"], "--as-of", "2024-10-15",
                                 "--format", fmt, "--waivers", paths["waivers"],
                                 "--attestations", paths["attestations"],
                                 "--log", paths["log"])
        assert code in (0, 1), err
        if fmt == "json":  # with every character as written, not as \\u escapes
            out = json.dumps(json.loads(out), ensure_ascii=False)
        assert written not in out and digits not in _flat(out), (field, fmt, written)
        assert digits not in _flat(err), (field, fmt, err)


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=identity_numbers())
def test_an_identity_number_echoed_by_an_error_message_is_masked(
        tmp_path: Path, number: tuple[str, str]) -> None:
    written, digits = number
    data = _load("region-halland-2024.yaml")
    data["answers"]["redovisning_inkom"] = written  # a date answer: the error echoes it
    folder = tmp_path / "katalog"
    folder.mkdir(exist_ok=True)
    path = _dump(folder / "inlamning.yaml", data)
    code, out, err = command("check", path, "--as-of", "2024-10-15")
    assert code == 2 and "redovisning_inkom" in err, err
    assert written not in err and digits not in _flat(err), err
    for fmt in ("json", "csv"):  # CSV writes a folder's errors to stderr
        code, out, err = command("check", folder, "--as-of", "2024-10-15", "--format", fmt)
        if fmt == "json":
            out = json.dumps(json.loads(out), ensure_ascii=False)
            assert "redovisning_inkom" in out, out
        assert digits not in _flat(out) and digits not in _flat(err), (fmt, out, err)


def test_a_unit_named_with_a_phone_number_is_shown_masked(tmp_path: Path) -> None:
    log = (FIXTURES / "enhetslogg-nordmark-2024.csv").read_text(encoding="utf-8")
    log_path = tmp_path / "logg.csv"
    log_path.write_text(log.replace("Vårdcentral Hamnen", "Hamnen 070-123 45 67"),
                        encoding="utf-8")
    code, out, _ = command("check", FIXTURES / "region-nordmark-2024.yaml", "--as-of",
                           "2025-06-01", "--log", log_path, "--format", "json")
    assert code == 1
    assert "123 45 67" not in out and "Hamnen 07*-*** ** **" in out, out
