"""A structure-aware fuzzer for the Word-form reader: real forms (the replica of seed 001's
form, filled with Halland's answers and two of them Nej) are mutated the way documents
are changed and damaged – text hidden, rows and paragraphs moved, duplicated or deleted,
runs split, attributes corrupted, invisible decoys saying Ja put beside a Nej – and read
and judged through the real path (read, validate, evaluate).

The invariant: a question whose visible answer is Nej is never judged *uppfyllt*; and any
document ends in a report or a Swedish ``InputError``, never another exception. No
mutation can make text visible that was not (nothing is unwrapped or un-hidden), so a Ja
the reader finds for those questions can only come from text a person cannot see.

How many forms: COMPLIANCE_WORD_FUZZ_EXAMPLES (200 unless set)."""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import zipfile
from functools import cache
from pathlib import Path

from form_support import make_forms, members
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from compliance.errors import InputError
from compliance.judging.evaluate import evaluate
from compliance.results.verdict import Outcome
from compliance.workspace.workspace import Workspace

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EXAMPLES = int(os.environ.get("COMPLIANCE_WORD_FUZZ_EXAMPLES", "200"))
# the questions answered Nej in the base form, and the rules that pass only on Ja
NEJ = {"vtdb_avvikelser": "OT24-3.4-fraga-3", "handlingsplan_kort_lang": "OT24-3.6-fraga-1"}
KINDS = ("hide", "move", "duplicate", "delete", "split", "corrupt", "decoy", "cover")
DECOYS = (f'<w:r xmlns:w="{W}"><w:rPr><w:vanish/></w:rPr><w:t>Ja</w:t></w:r>',
          f'<w:del xmlns:w="{W}" w:id="90" w:author="x"><w:r><w:delText>Ja</w:delText></w:r>'
          "</w:del>",
          f'<w:moveFrom xmlns:w="{W}" w:id="91" w:author="x"><w:r><w:t>Ja</w:t></w:r>'
          "</w:moveFrom>",
          f'<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-'
          f'compatibility/2006" xmlns:w="{W}"><mc:Choice Requires="w14"/><mc:Fallback>'
          "<w:r><w:t>Ja</w:t></w:r></mc:Fallback></mc:AlternateContent>")
# attributes whose damage changes structure, never what is hidden or deleted
CORRUPTIBLE = ("gridSpan", "gridBefore", "pStyle", "outlineLvl", "numId", "ilvl", "fldCharType",
               "tag", "alias", "id")
JUNK = ("", "x", "-1", "99999999", "0", "Heading1", "separate", "end")


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


@cache
def _base() -> dict[str, bytes]:
    values = dict(next(values for path, values, *_ in make_forms.forms()
                       if path == "formular/region-halland-2024.docx"))
    values.update(dict.fromkeys(NEJ, "Nej"))
    return members(bytes(make_forms.to_bytes(make_forms.build(values))))


def _pick(elements: list[etree._Element], seed: int) -> etree._Element | None:
    return elements[seed % len(elements)] if elements else None


def _nej_cells(root: etree._Element) -> list[etree._Element]:
    return [sdt.getparent() for sdt in root.iter(_w("sdt"))
            if sdt.find(f"{_w('sdtPr')}/{_w('tag')}") is not None and
            sdt.find(f"{_w('sdtPr')}/{_w('tag')}").get(_w("val")) in NEJ]


def mutate(root: etree._Element, kind: str, seed: int) -> None:
    """One change to the document, chosen by ``kind`` and placed by ``seed``."""
    body = root.find(_w("body"))
    assert body is not None
    blocks = [e for e in body if e.tag in (_w("p"), _w("tbl"))]
    rows = list(body.iter(_w("tr")))
    runs = [r for r in body.iter(_w("r")) if r.find(_w("t")) is not None]
    if seed % 3 == 0:  # a third of the changes hit the cells answered Nej
        runs = [r for cell in _nej_cells(root) for r in cell.iter(_w("r"))
                if r.find(_w("t")) is not None]
    if kind == "hide" and (run := _pick(runs, seed // 3)) is not None:
        props = run.find(_w("rPr"))
        if props is None:
            props = etree.Element(_w("rPr"))
            run.insert(0, props)
        etree.SubElement(props, _w("vanish"))
    elif kind == "move" and len(blocks) > 1:
        moving = _pick(blocks + rows, seed)
        assert moving is not None
        if moving.tag == _w("tr"):
            target = _pick(rows, seed // 7)
            if target is not None and target is not moving:
                target.addnext(moving)
        else:
            target = _pick(blocks, seed // 7)
            if target is not None and target is not moving:
                target.addprevious(moving)
    elif kind == "duplicate" and (element := _pick(blocks + rows, seed)) is not None:
        element.addnext(copy.deepcopy(element))
    elif kind == "delete":
        element = _pick(runs if seed % 3 == 0 else
                        blocks + rows + runs + list(body.iter(_w("sdt"))), seed // 3)
        if element is not None and element.getparent() is not None:
            element.getparent().remove(element)
    elif kind == "split" and (run := _pick(runs, seed)) is not None:
        text = run.find(_w("t"))
        if text is not None and text.text and len(text.text) > 1:
            cut = 1 + seed % (len(text.text) - 1)
            second = copy.deepcopy(run)
            second.find(_w("t")).text = text.text[cut:]  # type: ignore[union-attr]
            text.text = text.text[:cut]
            run.addnext(second)
    elif kind == "corrupt":
        named = [(e, a) for e in body.iter() for a in e.attrib
                 if a.split("}")[-1] in CORRUPTIBLE]
        if named:
            element, attribute = named[seed % len(named)]
            element.set(attribute, JUNK[seed // len(named) % len(JUNK)])
    elif kind in ("decoy", "cover") and (cell := _pick(_nej_cells(root), seed)) is not None:
        if kind == "cover":  # the Nej hidden: the cell shows nothing, only the decoy is left
            for run in cell.iter(_w("r")):
                props = run.find(_w("rPr"))
                if props is None:
                    props = etree.Element(_w("rPr"))
                    run.insert(0, props)
                etree.SubElement(props, _w("vanish"))
        paragraphs = list(cell.iter(_w("p")))
        if paragraphs:
            paragraph = paragraphs[seed // 3 % len(paragraphs)]
            paragraph.append(etree.fromstring(DECOYS[seed % len(DECOYS)]))


def _form(changes: list[tuple[str, int]]) -> bytes:
    parts = dict(_base())
    root = etree.fromstring(parts["word/document.xml"])
    for kind, seed in changes:
        mutate(root, kind, seed)
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True,
                                                encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


CHANGES = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 400)), min_size=1,
                   max_size=6)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(changes=CHANGES)
def test_a_visible_nej_is_never_met(changes: list[tuple[str, int]], tmp_path: Path) -> None:
    path = tmp_path / "formular.docx"
    path.write_bytes(_form(changes))
    try:
        pack, submission = Workspace().read(path)
    except InputError as error:
        assert error.message, changes
        return
    verdicts = {v.rule: v.outcome for v in evaluate(pack, submission,
                                                    dt.date(2024, 10, 1)).verdicts}
    for key, rule in NEJ.items():
        assert verdicts[rule] != Outcome.PASS, (key, submission.answers.get(key), changes)


def test_the_base_form_reads_nej_and_the_fuzzer_can_fail(tmp_path: Path) -> None:
    """Unmutated, both questions fail; with a decoy made visible (the mutation the fuzzer
    never makes) the reader sees a second answer, so the invariant is not vacuous."""
    path = tmp_path / "formular.docx"
    path.write_bytes(_form([]))
    pack, submission = Workspace().read(path)
    verdicts = {v.rule: v.outcome for v in evaluate(pack, submission,
                                                    dt.date(2024, 10, 1)).verdicts}
    assert {verdicts[rule] for rule in NEJ.values()} == {Outcome.FAIL}
    parts = dict(_base())
    document = parts["word/document.xml"]
    start = document.index(b'w:val="vtdb_avvikelser"')
    end = document.index(b">Nej<", start)
    parts["word/document.xml"] = document[:end] + b">Ja<" + document[end + 5:]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    path.write_bytes(out.getvalue())
    pack, submission = Workspace().read(path)
    assert submission.answers["vtdb_avvikelser"] == "ja"
