"""Read a region's filled Word form (.docx): find each answer the pack declares
(``form_source.docx``) by the form's structure and say how it was found.

The form is recognised by the words of its title and the year it speaks of
(``docx_title``); a form two packs recognise is an error. An answer is found under a
section heading (``docx_layout``), beside or under a label that matches the pack's after
normalising and with a changed or inflected word tolerated (``reading.text.label_score``),
in a table cell or a paragraph; or in a content control by its tag or title. What the
place shows is read as a person sees it (``docx_text``, ``docx_answers``). A question
found in two places, or two different answers shown in one place, is an error naming
both: never first-wins. The form's contact table (names, telephone numbers, e-mail
addresses) is never read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from compliance.declared.form import AnswerSpec, DocxPlace, DocxSource, PackMeta
from compliance.errors import InputError, Location
from compliance.inputs.docx_answers import Cell, read_cell
from compliance.inputs.docx_finder import Finder
from compliance.inputs.docx_layout import Layout, Numbering, Styles
from compliance.inputs.docx_package import MAX_FILE_BYTES, open_package
from compliance.inputs.docx_text import Reader, W
from compliance.inputs.docx_title import not_recognised, recognised, title_lines
from compliance.reading.files import Input, read_input
from compliance.reading.limits import MAX_SAID
from compliance.reading.yamlload import Document, display_name
from compliance.results.reading import ReadingLine


@dataclass
class WordForm:
    """A form as read: the submission's data with where each value stood."""

    pack_id: str
    document: Document  # data (pack, region, answers) with the place of each value
    origins: dict[str, str] = field(default_factory=dict)  # "answers.X" → its place
    reading: list[ReadingLine] = field(default_factory=list)
    # the document's own comment (its properties' "Kommentarer"), in its words: where a
    # document made for examples says that its answers are illustrative or summaries
    comments: str = ""


def answer_name(key: str, spec: AnswerSpec) -> str:
    """An answer as a reader of the form names it: "3.4 fråga 1", or its section and title."""
    if spec.section and spec.question:
        return f"{spec.section} fråga {spec.question}"
    return f"{spec.section} {spec.title}" if spec.section else spec.title


def read_word_form(path: Input, packs: list[tuple[str, PackMeta]]) -> WordForm:
    """The answers of the Word form at ``path``, read as the pack whose form it is
    declares; ``packs`` are the (id, meta) of every pack that reads Word forms."""
    name = display_name(path)
    raw = read_input(path, MAX_FILE_BYTES, name)
    package = open_package(raw, name)
    body = package.document.find(f"{W}body")
    if body is None:
        raise InputError("Word-filen har ingen dokumenttext (w:body saknas)", Location(name))
    styles = Styles(package.styles)
    hidden = styles.hidden()
    placeholder = next((meta.placeholder for _, meta in packs if meta.placeholder), None)
    reader = Reader(hidden, package.custom, placeholder)
    layout = Layout(body, reader, styles, Numbering(package.numbering))
    lines = title_lines(layout, package.title, [reader.text(paragraph) for header in
                                                package.headers
                                                for paragraph in header.iter(f"{W}p")])
    matches = [(pack_id, meta) for pack_id, meta in packs
               if meta.form_source and meta.form_source.docx and
               recognised(layout, lines, meta.form_source.docx)]
    if not matches:
        raise not_recognised(packs, lines, layout, name)
    if len(matches) > 1:
        raise InputError(f"formuläret känns igen av flera regelpaket "
                         f"({', '.join(pack_id for pack_id, _ in matches)}); ändra "
                         "paketens recognise (titelns ord och år) så att ett känner igen det",
                         Location(name))
    pack_id, meta = matches[0]
    assert meta.form_source is not None and meta.form_source.docx is not None
    source = meta.form_source.docx
    form = _read_answers(pack_id, meta, source, Finder(layout, name, body, source), reader,
                         name, raw)
    return replace(form, comments=" ".join(package.comments.split())[:MAX_SAID])


def _read_answers(pack_id: str, meta: PackMeta, source: DocxSource, finder: Finder,
                  reader: Reader, name: str, raw: bytes) -> WordForm:
    place = finder.find(source.region, "regionens namn")
    region = read_cell(reader, place, False, "regionens namn", name)
    places: dict[tuple[str | int, ...], str] = {("region",): f"{place.where} – regionens namn"}
    if region.unanswered:
        raise InputError(f"{place.where}: regionens namn är inte ifyllt i formuläret",
                         Location(name))
    for key, spec_place in source.answers.items():  # a missing heading first: it explains
        for part in spec_place if isinstance(spec_place, list) else [spec_place]:
            if part.section is not None and not finder.extents(part.section):
                raise InputError(f"hittar inte avsnittet {part.section} i formuläret (behövs "
                                 f"för {answer_name(key, meta.form.answers[key])})",
                                 Location(name))
    answers: dict[str, Any] = {}
    origins: dict[str, str] = {"region": places[("region",)]}
    reading = [ReadingLine("region", "regionens namn", "answered", place.where, region.how)]
    for key, spec_place in source.answers.items():
        spec = meta.form.answers[key]
        label = answer_name(key, spec)
        parts = spec_place if isinstance(spec_place, list) else [spec_place]
        found = [(finder.find(part, label, spec.type == "yes_no"), part) for part in parts]
        cells = [(read_cell(reader, where, spec.type == "yes_no", label, name), where, part)
                 for where, part in found]
        origins[f"answers.{key}"] = "; ".join(
            where.where + _note(part.section if len(parts) > 1 else None, cell.unanswered)
            for cell, where, part in cells) + f" – {label}"
        places[("answers", key)] = origins[f"answers.{key}"]
        unanswered = any(cell.unanswered for cell, _, _ in cells)
        reading.append(ReadingLine(
            key, label, "unanswered" if unanswered else "answered",
            "; ".join(where.where for _, where, _ in cells),
            tuple(dict.fromkeys(how for cell, _, _ in cells for how in cell.how))))
        value = _value(spec, [(cell, part) for cell, _, part in cells],
                       meta.placeholder or "Klicka eller tryck här för att ange text.")
        if value is not None:
            answers[key] = value
    reading += [ReadingLine(key, answer_name(key, spec), "not_in_document")
                for key, spec in meta.form.answers.items() if key not in source.answers]
    reading += [ReadingLine(key, series.title, "not_in_document")
                for key, series in meta.form.series.items()]
    reading += [ReadingLine(key, attachment.title, "not_in_document")
                for key, attachment in meta.form.attachments.items()]
    data = {"pack": pack_id, "region": region.text, "answers": answers}
    document = Document(name, data, places=places, sha256=hashlib.sha256(raw).hexdigest())
    return WordForm(pack_id, document, origins, reading)


def _note(section: str | None, unanswered: bool) -> str:
    words = [word for word in (section, "inte ifylld" if unanswered else None) if word]
    return f" ({', '.join(words)})" if words else ""


def _value(spec: AnswerSpec, cells: list[tuple[Cell, DocxPlace]], placeholder: str) -> Any:
    """An answer as a YAML submission would hold it: unanswered text is the form's
    placeholder (judged as unanswered), an unanswered choice, date or number is absent;
    an answer read from several places is answered only when all of them are."""
    if any(cell.unanswered for cell, _ in cells):
        return (spec.placeholder or placeholder) if spec.type == "text" else None
    if spec.type == "date" and len(cells) == 1 and cells[0][0].date is not None:
        return cells[0][0].date.isoformat()
    if len(cells) == 1:
        return cells[0][0].text
    return "\n\n".join(f"{part.section}: {cell.text}" for cell, part in cells)
