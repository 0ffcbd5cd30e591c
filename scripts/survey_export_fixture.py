"""Write the bundled survey exports of God och nära vård 2023, as .xlsx and as CSV.

    python scripts/survey_export_fixture.py [--out DIR]   (default: fixtures/enkatexport/)

One row per region, one column per question, as a national export of the web survey
(seed 002) might look: Region Halland's answers from ``fixtures/region-halland-2023.yaml``,
the fictional Region Sydmark from ``fixtures/region-sydmark-2023.yaml`` and a few more
fictional regions made up here. Headers are worded in several ways ("7a. …", "Fråga 11a –
…") and the export has columns the pack does not read (a respondent id, a contact person,
a question no rule judges). Deterministic: the same files byte for byte on every run
(openpyxl's timestamps and the zip entries' dates are fixed), which a test checks. Needs
openpyxl (the test extra).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compliance.judging.files import read_submission  # noqa: E402
from compliance.packs.loader import find_pack  # noqa: E402

PACK = "god-och-nara-vard-2023"
STEM = "enkatexport-god-och-nara-vard-2023"
SURVEY = "Uppföljning God och nära vård 2023"
FIXED = dt.datetime(2024, 4, 2, 9, 0, 0)  # the export's date, written into the .xlsx
ZIP_DATE = (2024, 4, 2, 9, 0, 0)

# Question 7a and 11a are headed as the survey tool might word them differently.
WORDING = {"fritext_7": "7a. Beskriv förändringar i ersättningsmodellen till primärvården",
           "fritext_11": "Fråga 11a – Andra insatser än ekonomiska resurser"}
UNUSED = "5. Har regionen en beslutad plan för omställningen? (Ja/Nej)"

# Fictional regions made up for the export (never real ones): one that meets every goal,
# one that leaves question 22 and a free text empty, one with Swedish decimal commas.
INVENTED: list[tuple[str, dict[str, Any]]] = [
    ("Region Östmark (fiktiv)", {
        "enkat_inkom": dt.date(2024, 3, 15),
        "fritext_7": "Ersättningen för hembesök har höjts och en målrelaterad ersättning för "
                     "kontinuitet har införts.",
        "fritext_11": "Gemensam kompetensplan med kommunerna.",
        "fritext_19a": "Listning på namngiven läkare för alla invånare över 75 år.",
        "fritext_26": "Mobila vårdteam, digitala vårdmöten och samverkan med kommunerna.",
        "fritext_29": "Primärvården samordnar vården för personer med stora behov.",
        "fritext_41": "Schemaläggning med inflytande och tid för handledning.",
        "fast_lakarkontakt_befolkning": 71.5, "fast_lakarkontakt_sabo": 96,
        "kontinuitetsindex": 0.24, "kontinuitetsindex_foregaende_ar": 0.22,
        "ssk_bidrag_vt": 4, "ssk_bidrag_ht": 5, "ssk_grundlon_vt": 10, "ssk_grundlon_ht": 12,
        "rss_kommuner_i_lanet": 8, "rss_17_ja": 6, "rss_17_nej": 2, "rss_17_ej_svar": 0,
        "rss_19_ja": 5, "rss_19_nej": 2, "rss_19_kan_inte_bedomas": 1, "rss_19_ej_svar": 0,
        "rss_20_ja": 4, "rss_20_nej": 3, "rss_20_kan_inte_bedomas": 1, "rss_20_ej_svar": 0}),
    ("Region Mellanmark (fiktiv)", {
        "enkat_inkom": dt.date(2024, 3, 29),
        "fritext_7": "Inga förändringar under året.",
        "fritext_11": "Regionen har inte genomfört några andra insatser.",
        "fritext_19a": "Rekrytering av specialister i allmänmedicin.",
        "fritext_26": "Vårdcentraler på landsbygden har fått förstärkt bemanning.",
        "fritext_29": "Arbetet har påbörjats.",
        "fast_lakarkontakt_sabo": 88,
        "kontinuitetsindex": 0.15, "kontinuitetsindex_foregaende_ar": 0.15,
        "ssk_bidrag_vt": 0, "ssk_bidrag_ht": 0, "ssk_grundlon_vt": 1, "ssk_grundlon_ht": 2,
        "rss_kommuner_i_lanet": 5, "rss_17_ja": 1, "rss_17_nej": 3, "rss_17_ej_svar": 1,
        "rss_19_ja": 2, "rss_19_nej": 2, "rss_19_kan_inte_bedomas": 1, "rss_19_ej_svar": 0,
        "rss_20_ja": 2, "rss_20_nej": 2, "rss_20_kan_inte_bedomas": 0, "rss_20_ej_svar": 1}),
    ("Region Fjällmark (fiktiv)", {
        "enkat_inkom": dt.date(2024, 3, 30),
        "fritext_7": "Glesbygdstillägg per listad invånare i kommuner med lång resväg.",
        "fritext_11": "Utbildning i nära vård för alla chefer.",
        "fritext_19a": "Distansbesök hos fast läkare i glesbygd.",
        "fritext_26": "Vårdcentraler med utökade öppettider och ambulerande sjuksköterskor.",
        "fritext_29": "Gemensam vårdplanering med kommunerna.",
        "fritext_41": "Bostäder för nyanställda i glesbygd.",
        "fast_lakarkontakt_befolkning": 55.0, "fast_lakarkontakt_sabo": 80.0,
        "kontinuitetsindex": 0.205, "kontinuitetsindex_foregaende_ar": 0.2,
        "ssk_bidrag_vt": 1, "ssk_bidrag_ht": 1, "ssk_grundlon_vt": 2, "ssk_grundlon_ht": 3,
        "rss_kommuner_i_lanet": 4, "rss_17_ja": 4, "rss_17_nej": 0, "rss_17_ej_svar": 0,
        "rss_19_ja": 3, "rss_19_nej": 1, "rss_19_kan_inte_bedomas": 0, "rss_19_ej_svar": 0,
        "rss_20_ja": 3, "rss_20_nej": 0, "rss_20_kan_inte_bedomas": 1, "rss_20_ej_svar": 0}),
]


def regions() -> list[tuple[str, dict[str, Any]]]:
    """(region, answers) in the export's order: the two YAML fixtures, then the invented."""
    read = [read_submission(ROOT / "fixtures" / f"region-{name}-2023.yaml")[1]
            for name in ("halland", "sydmark")]
    return [(s.region, dict(s.answers)) for s in read] + INVENTED


def headers() -> list[tuple[str, str]]:
    """(answer key, or @-name of another column; header) for every column of the export."""
    meta = find_pack(PACK).meta
    assert meta.survey_export is not None
    columns = [("@id", "Respondent-id"), ("@survey", "Enkät"), ("@region", "Region"),
               ("@contact", "Kontaktperson")]
    for key, column in meta.survey_export.columns.items():
        answer = meta.form.answers[key]
        if column.header:
            header = column.header[0]
        elif key in WORDING:
            header = WORDING[key]
        elif column.option:
            header = f"{answer.question}. {answer.title.split(': ', 1)[-1]} – {column.option}"
        else:
            header = f"{answer.question}. {answer.title}"
        columns.append((key, header))
        if key == "fritext_41":
            columns.append(("@unused", UNUSED))
    return columns


def rows() -> list[list[Any]]:
    """The header and one row per region, values as the survey tool would export them."""
    columns = headers()
    table: list[list[Any]] = [[header for _, header in columns]]
    for number, (region, answers) in enumerate(regions(), start=1):
        # a contact person the pack never reads: fictional, and not copied anywhere
        other = {"@id": f"R{number:03d}", "@survey": SURVEY, "@region": region,
                 "@contact": f"kontakt{number}@example.se", "@unused": "Ja"}
        row: list[Any] = []
        for key, _ in columns:
            value = other[key] if key in other else answers.get(key)
            if isinstance(value, dt.date):  # the survey tool stamps the submission time
                value = dt.datetime.combine(value, dt.time(14, 5))
            row.append(value)
        table.append(row)
    return table


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")  # Swedish Excel writes a decimal comma
    return str(value)


def csv_bytes(table: list[list[Any]]) -> bytes:
    """As Swedish Excel saves "CSV UTF-8": a BOM, semicolons, CRLF, decimal commas."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    for row in table:
        writer.writerow([_csv_cell(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(table: list[list[Any]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Export"
    for row in table:
        sheet.append(row)
    book.properties.created = FIXED
    book.properties.creator = "survey_export_fixture.py"
    raw = io.BytesIO()
    book.save(raw)
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with its save time and every entry's date fixed."""
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" +
                                 stamp.encode(), content)
            entry = zipfile.ZipInfo(info.filename, ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


def write(directory: Path) -> list[Path]:
    table = rows()
    written = []
    for suffix, data in ((".xlsx", xlsx_bytes(table)), (".csv", csv_bytes(table))):
        path = directory / f"{STEM}{suffix}"
        path.write_bytes(data)
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "fixtures" / "enkatexport")
    for path in write(parser.parse_args().out):
        print(f"skrev {path}")


if __name__ == "__main__":
    main()
