"""The Word forms kept in fixtures/ and what the reader makes of them beyond the Gherkin:
regenerating gives the same files, a pack can find answers by content-control tag (a date
picker included), and the pack's mapping is checked when the pack loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from form_support import form, make_forms, members, with_values
from helpers import FIXTURES, command

from compliance.declared.form import DocxPlace, PackMeta
from compliance.errors import InputError
from compliance.inputs.wordform import read_word_form
from compliance.packs.loader import find_pack

PACK = "okad-tillganglighet-2024"


@pytest.mark.parametrize("name", [name for name, *_ in make_forms.forms()])
def test_regenerating_gives_the_same_form(name: str) -> None:
    kept = members((FIXTURES / name).read_bytes())
    assert members(form(name)) == kept
    assert b"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-05-31T08:00:00Z" in \
        kept["docProps/core.xml"]


def test_the_zip_has_fixed_timestamps() -> None:
    import zipfile
    with zipfile.ZipFile(FIXTURES / "formular/region-halland-2024.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {(2024, 5, 31, 8, 0, 0)}


def _meta_with(**answers: DocxPlace) -> PackMeta:
    meta = find_pack(PACK).meta
    assert meta.form_source is not None and meta.form_source.docx is not None
    docx = meta.form_source.docx.model_copy(
        update={"answers": {**meta.form_source.docx.answers, **answers}})
    return meta.model_copy(update={"form_source": meta.form_source.model_copy(
        update={"docx": docx})})


def test_a_date_picker_and_a_tag_find_an_answer(tmp_path: Path) -> None:
    # a later form that asks for the sending date: the pack names the control's tag
    meta = _meta_with(redovisning_inkom=DocxPlace(tag="datum"))
    path = tmp_path / "halland.docx"
    path.write_bytes(form("formular/region-halland-2024.docx"))
    read = read_word_form(path, [(PACK, meta)])
    assert read.document.data["answers"]["redovisning_inkom"] == "2024-08-21"
    assert read.origins["answers.redovisning_inkom"].startswith("innehållskontrollen 'datum'")


def test_an_untouched_date_picker_is_unanswered(tmp_path: Path) -> None:
    meta = _meta_with(redovisning_inkom=DocxPlace(tag="datum"))
    path = tmp_path / "halvfylld.docx"
    path.write_bytes(form("formular-utkast/region-halland-2024-halvfylld.docx"))
    read = read_word_form(path, [(PACK, meta)])
    assert "redovisning_inkom" not in read.document.data["answers"]
    assert "(inte ifylld)" in read.origins["answers.redovisning_inkom"]


def test_a_missing_control_is_named(tmp_path: Path) -> None:
    meta = _meta_with(redovisning_inkom=DocxPlace(tag="inkommen"))
    path = tmp_path / "halland.docx"
    path.write_bytes(form("formular/region-halland-2024.docx"))
    with pytest.raises(InputError, match="innehållskontrollen 'inkommen' finns inte"):
        read_word_form(path, [(PACK, meta)])


def test_contact_details_are_never_read(tmp_path: Path) -> None:
    path = tmp_path / "halland.docx"
    path.write_bytes(form("formular/region-halland-2024.docx"))
    read = read_word_form(path, [(PACK, find_pack(PACK).meta)])
    text = json.dumps(read.document.data, ensure_ascii=False) + json.dumps(read.origins)
    for secret in make_forms.CONTACTS.values():
        assert secret not in text


def test_a_text_typed_over_the_placeholder_is_an_answer(tmp_path: Path) -> None:
    path = tmp_path / "halland.docx"
    path.write_bytes(with_values("formular/region-halland-2024.docx",
                                 handlingsplan_resultat="Köerna har minskat."))
    read = read_word_form(path, [(PACK, find_pack(PACK).meta)])
    assert read.document.data["answers"]["handlingsplan_resultat"] == "Köerna har minskat."


def test_the_mapping_names_only_answers_of_the_form() -> None:
    data = find_pack(PACK).meta.model_dump(by_alias=True, mode="json")
    data["form_source"]["docx"]["answers"]["okand_fraga"] = {"tag": "x"}
    with pytest.raises(ValueError, match="okand_fraga"):
        PackMeta.model_validate(data)


def test_a_place_is_a_tag_or_a_label_under_a_section() -> None:
    with pytest.raises(ValueError, match="antingen tag eller label"):
        DocxPlace(tag="a", label="b", section="3.4")
    with pytest.raises(ValueError, match="label behöver section"):
        DocxPlace(label="Finns rapporteringen")


def test_import_without_output_prints_yaml_that_loads_back(tmp_path: Path) -> None:
    code, out, err = command("import", FIXTURES / "formular/region-nordmark-2024.docx")
    assert code == 0, err
    copy = tmp_path / "nordmark.yaml"
    copy.write_text(out, encoding="utf-8")
    imported, original = (json.loads(command(
        "check", path, "--format", "json", "--as-of", "2025-01-15")[1])["verdicts"]
        for path in (copy, FIXTURES / "formular/region-nordmark-2024.docx"))
    # what the form cannot hold is ej bedömbart there for that reason; the YAML can hold it
    held = {v["rule"]: v["outcome"] for v in original if not v["not_held"]}
    assert {v["rule"]: v["outcome"] for v in imported if v["rule"] in held} == held
    assert len(held) >= 15 and all(v["outcome"] == "missing" for v in original
                                   if v["not_held"])


def test_explain_points_into_the_form() -> None:
    code, out, _ = command("explain", "OT24-3.4-fraga-3",
                           FIXTURES / "formular/region-vastmark-2024.docx", "--as-of",
                           "2024-10-01")
    assert code == 0
    assert "Ur regionens dokument: tabell 11, rad 4 – 3.4 fråga 3." in out


def test_an_answer_read_from_four_fields_is_unanswered_until_all_are_filled(
        tmp_path: Path) -> None:
    path = tmp_path / "halland.docx"
    path.write_bytes(with_values("formular/region-halland-2024.docx",
                                 **{"medel_3.5": make_forms.PLACEHOLDER}))
    read = read_word_form(path, [(PACK, find_pack(PACK).meta)])
    assert read.document.data["answers"]["medel_insatsomraden"] == make_forms.PLACEHOLDER
    assert "(3.5, inte ifylld)" in read.origins["answers.medel_insatsomraden"]
    code, out, _ = command("check", path, "--format", "json", "--as-of", "2024-10-01")
    outcome = {v["rule"]: v["outcome"] for v in json.loads(out)["verdicts"]}
    assert outcome["OT24-redovisning-beskrivningar"] == "fail"


def test_next_years_pack_reads_next_years_form_and_not_this_years(tmp_path: Path) -> None:
    import shutil

    from compliance.authoring.scaffold import new_pack
    from compliance.packs.loader import load_pack
    shutil.copytree(find_pack(PACK).directory, tmp_path / PACK)
    new_pack(load_pack(tmp_path / PACK), "okad-tillganglighet-2025", tmp_path)
    packs = [(pack.id, pack.meta) for pack in (load_pack(tmp_path / "okad-tillganglighet-2025"),
                                               load_pack(tmp_path / PACK))]
    for year in (2024, 2025):
        path = tmp_path / f"halland-{year}.docx"
        path.write_bytes(form("formular/region-halland-2024.docx", year))
        read = read_word_form(path, packs)
        assert read.pack_id == f"okad-tillganglighet-{year}"
        medel = read.document.data["answers"]["medel_insatsomraden"]
        assert medel.startswith("3.1: 2024 års medel")


def test_labels_are_compared_as_a_reader_sees_them() -> None:
    from compliance.inputs.docx_finder import MATCH
    from compliance.reading.text import label_score, label_words

    assert label_words("Rap\u00adporte\u00adringen\u00a0för patient\u2011vald, Hälso- och") \
        == ["rapporteringen", "för", "patient", "vald", "hälso", "och"]
    pack_label = label_words("Följer regionens rapportering för avvikelserna")
    form_text = label_words("Följer regionernas rapportering för avvikelserna patientvald")
    assert MATCH <= label_score(pack_label, form_text) < 1
    # one word changed of six is still the question; another question is not
    assert label_score(label_words("Myndighetsuppdrag med koppling till Nationell "
                                   "vårdförmedling"),
                       label_words("Myndighetsuppdrag med koppling till vårdplatser, "
                                   "överbeläggningar")) < MATCH
    # a year is a number, never an inflection of another year
    assert label_score(label_words("Hur har 2024 års medel använts"),
                       label_words("Hur har 2025 års medel använts")) < 1
    assert label_score([], form_text) == 0


def test_a_form_two_packs_recognise_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "halland.docx"
    path.write_bytes(form("formular/region-halland-2024.docx"))
    meta = find_pack(PACK).meta
    with pytest.raises(InputError, match="känns igen av flera regelpaket "
                                         r"\(okad-tillganglighet-2024, kopia\)"):
        read_word_form(path, [(PACK, meta), ("kopia", meta)])
