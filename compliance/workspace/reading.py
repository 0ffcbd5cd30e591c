"""One region's submission from its document: the YAML reader, the Word-form reader (with
what a Word form cannot hold), and what the user adds beside it — a supplement (YAML with
the answers, months or attachments the document lacks) and a unit log."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compliance.dates import Month
from compliance.errors import InputError, Location, raise_all
from compliance.formatting import format_value
from compliance.inputs.models import Submission
from compliance.inputs.submission import read_envelope, validate_submission
from compliance.packs.pack import RulePack
from compliance.packs.shelf import Shelf
from compliance.reading.files import Input
from compliance.reading.yamlload import Document, display_name, load_file

if TYPE_CHECKING:
    from compliance.inputs.register import RegisterMonth

WORD_FORM = "Word-formuläret"


def read_yaml(source: Input, shelf: Shelf) -> tuple[RulePack, Submission]:
    """A submission written as YAML (or JSON): the pack it names, and its values validated
    against that pack's form, every problem at its line and column."""
    return from_document(load_file(source), shelf)


def from_document(doc: Document, shelf: Shelf) -> tuple[RulePack, Submission]:
    envelope = read_envelope(doc)
    try:
        pack = shelf.find(envelope.pack)
    except InputError as exc:
        if exc.location is None:
            raise InputError(exc.message, doc.location(("pack",))) from None
        raise
    return pack, validate_submission(doc, envelope, pack.meta.form, pack.meta.period)


def read_word(source: Input, shelf: Shelf) -> tuple[RulePack, Submission]:
    """A filled Word form as a submission: read as the pack whose form it is declares,
    validated against that pack's form like a YAML file, each answer with its place, and
    each form entry a Word form cannot hold marked as such (never the region's failure)."""
    from compliance.inputs.wordform import read_word_form

    packs = shelf.with_word_forms()
    form = read_word_form(source, [(pack.id, pack.meta) for pack in packs])
    pack = next(pack for pack in packs if pack.id == form.pack_id)
    submission = validate_submission(form.document, read_envelope(form.document),
                                     pack.meta.form, pack.meta.period)
    docx = pack.meta.form_source.docx if pack.meta.form_source else None
    meta_form = pack.meta.form
    not_held = {f"answers.{key}": spec.title for key, spec in meta_form.answers.items()
                if docx is None or key not in docx.answers}
    not_held |= {f"series.{key}": spec.title for key, spec in meta_form.series.items()}
    not_held |= {f"attachments.{key}": spec.title
                 for key, spec in meta_form.attachments.items()}
    # the document's own comment first: a form made as an example says there that its
    # answers are illustrative or its texts summaries, and the report must say so too
    said = f"Dokumentets egen kommentar (egenskapen Kommentarer): \"{form.comments}\"" \
        if form.comments else ""
    held = ("Läst ur Word-formuläret. Formuläret kan inte innehålla: " +
            "; ".join(not_held.values()) + ". Det bedöms som ej bedömbart (finns inte i "
            "formuläret), inte som ej uppfyllt; lägg till det med --supplement (en YAML-fil) "
            "eller --log, eller skriv en YAML-fil med compliance import.") if not_held else ""
    note = " ".join(part for part in (said, held) if part) or None
    return pack, dataclasses.replace(submission, origins=form.origins, note=note,
                                     not_held=not_held, document=WORD_FORM,
                                     reading=tuple(form.reading))


def import_word(source: Input, shelf: Shelf) -> str:
    from compliance.judging.imports import submission_yaml

    pack, submission = read_word(source, shelf)
    name, digest = submission.source or (display_name(source), "")
    return submission_yaml(pack, submission, name, digest)


def with_log(pack: RulePack, submission: Submission, log: Input,
             progress: Any = None) -> Submission:
    """The submission with a unit-level log's monthly rates and delivery dates in the
    register series."""
    series = [s for s in pack.meta.form.series.values() if s.unit_log]
    if not series:
        raise InputError(f"--log: paketet {pack.id} har ingen serie som fylls från en "
                         "enhetslogg; utelämna --log", Location(display_name(log)))
    from compliance.inputs.unitlog import apply_log, read_log

    months = series[0].expected_months()
    name = next(key for key, spec in pack.meta.form.series.items() if spec is series[0])
    applied = apply_log(submission, pack.meta.form, read_log(log, months, progress))
    return _held(applied, {f"series.{name}": display_name(log)})


def with_supplement(pack: RulePack, submission: Submission, source: Input) -> Submission:
    """The submission with what a supplement adds: answers, months and attachments the
    region's document lacks. A supplement may name its pack and region (they must be the
    submission's); a value the document already gives differently is an error naming both
    places, never silently replaced."""
    doc = load_file(source)
    if not isinstance(doc.data, dict):
        raise InputError("ett tillägg ska vara en YAML-mappning med answers, series eller "
                         "attachments", doc.location())
    data = {"pack": submission.pack_id, "region": submission.region, **doc.data}
    doc = dataclasses.replace(doc, data=data)
    envelope = read_envelope(doc)
    name = display_name(source)
    problems = []
    for key, given, mine in (("pack", envelope.pack, submission.pack_id),
                             ("region", envelope.region, submission.region)):
        if given != mine:
            problems.append(InputError(f"tillägget gäller {key} '{given}', men dokumentet "
                                       f"'{mine}'", doc.location((key,))))
    raise_all(problems)
    extra = validate_submission(doc, envelope, pack.meta.form, pack.meta.period)
    answers = dict(submission.answers)
    origins = dict(submission.origins)
    for key, value in extra.answers.items():
        here = doc.location(("answers", key))
        if submission.answers.get(key) is not None and submission.answers[key] != value:
            where = submission.origins.get(f"answers.{key}", "dokumentet")
            problems.append(InputError(f"svaret '{key}' står redan i {where} med ett annat "
                                       "värde; ta bort det ur tillägget eller rätta dokumentet",
                                       here))
        answers[key] = value
        origins[f"answers.{key}"] = _place(here)
    series = {key: dict(months) for key, months in submission.series.items()}
    for key, months in extra.series.items():
        series.setdefault(key, {}).update(months)
        origins[f"series.{key}"] = name
    attachments = {**submission.attachments, **extra.attachments}
    origins |= {f"attachments.{key}": name for key in extra.attachments}
    raise_all(problems)
    supplied = {f"answers.{key}" for key in extra.answers} | \
        {f"series.{key}" for key in extra.series} | \
        {f"attachments.{key}" for key in extra.attachments}
    inputs = (*submission.extra_inputs, (name, doc.sha256)) if doc.sha256 else \
        submission.extra_inputs
    merged = dataclasses.replace(submission, answers=answers, series=series,
                                 attachments=attachments, origins=origins,
                                 extra_inputs=inputs)
    return _held(merged, dict.fromkeys(supplied, name))


def _place(location: Location) -> str:
    return f"{location.file}, rad {location.line}" if location.line else location.file


def _held(submission: Submission, supplied: dict[str, str]) -> Submission:
    """The submission with ``supplied`` entries no longer counted as absent from it."""
    left = {key: title for key, title in submission.not_held.items() if key not in supplied}
    return dataclasses.replace(submission, not_held=left) if left != submission.not_held \
        else submission


def register_series(pack: RulePack) -> tuple[str, dict[str, str]]:
    """The series the register's table fills, and each field's block heading."""
    for name, spec in pack.meta.form.series.items():
        if spec.from_register:
            return name, spec.from_register
    raise InputError(f"--register: paketet {pack.id} har ingen serie som fylls från "
                     "väntetidsregistret; utelämna --register")


def with_register(pack: RulePack, submission: Submission,
                  months: list[RegisterMonth]) -> Submission:
    """The submission with the register's monthly shares in the series it fills: the
    register decides; a figure it hides leaves the month without a value (ej bedömbart,
    never 0), and a figure the region gave differently is kept beside it as a
    disagreement for a person to look into."""
    name, blocks = register_series(pack)
    expected = set(pack.meta.form.series[name].expected_months())
    series = {month: dict(row) for month, row in submission.series.get(name, {}).items()}
    notes = dict(submission.notes)
    disagreements = dict(submission.disagreements)
    problems = []
    for read in months:
        row = next((row for name, row in read.shares.items()
                    if bare_region(name) == bare_region(submission.region)), None)
        if row is None:
            problems.append(InputError(f"registret har ingen rad för {submission.region}",
                                       Location(read.file)))
            continue
        if read.month not in expected:
            continue  # a month the pack does not judge (e.g. December for BUP)
        values = series.setdefault(read.month, {})
        for field_name in blocks:
            figure = row.get(field_name)
            key = (name, str(read.month), field_name)
            value = figure.value if figure is not None else None
            given = values.get(field_name)
            said = f"ur registret ({figure.place if figure else read.file})"
            if figure is not None and figure.value is None:
                said = f"registret visar ingen siffra ({figure.shown}; {figure.place})"
            if given is not None and given != value:
                disagreements[key] = (given, value)
            notes[key] = said
            values[field_name] = value
    raise_all(problems)
    files = ", ".join(f"{read.file} ({read.month.label()})" for read in months)
    note = f"BUP-andelarna är väntetidsregistrets: {files}."
    if any(read.illustrative for read in months):
        note += (" Registerfilerna anger själva att siffrorna är illustrativa, inte "
                 "registrets: poängen visar hur regeln räknar, inte regionens resultat.")
    response = _response_beside(pack, name, submission, months)
    if response:
        note += f" {response}"
    return _held(dataclasses.replace(
        submission, series={**submission.series, name: series}, notes=notes,
        disagreements=disagreements,
        note=f"{submission.note} {note}" if submission.note else note,
        extra_inputs=(*submission.extra_inputs, *((read.file, read.sha256) for read in months))),
        {f"series.{name}": "registret"})


def read_registers(pack: RulePack, sources: tuple[Input, ...],
                   period: Month | None) -> list[RegisterMonth]:
    """Every register file given (a folder: every table in it), each month once."""
    from compliance.inputs.register import read_register

    _, blocks = register_series(pack)
    files: list[Input] = []
    for source in sources:
        if isinstance(source, Path) and source.is_dir():
            files += sorted(path for path in source.iterdir() if path.is_file() and
                            path.suffix.lower() in (".xlsx", ".csv", ".html", ".htm"))
        else:
            files.append(source)
    months: dict[Month, RegisterMonth] = {}
    problems = []
    for source in files:
        read = read_register(source, blocks, period)
        if read.month in months:
            problems.append(InputError(f"{read.month.label()} står redan i "
                                       f"{months[read.month].file}", Location(read.file)))
        months[read.month] = read
    raise_all(problems)
    return [months[month] for month in sorted(months)]


def bare_region(region: str) -> str:
    """A region's name as the register may write it: without "Region" in front."""
    return " ".join(region.removeprefix("Region ").casefold().split())


def _response_beside(pack: RulePack, series: str, submission: Submission,
                     months: list[RegisterMonth]) -> str:
    """The register's own response rate for the region, set beside the answer the pack
    names (3.4 fråga 4): the lowest month and block, and that the two are defined
    differently, so neither is read as the other."""
    spec = pack.meta.form.series[series]
    answer = spec.register_response
    if answer is None or answer not in pack.meta.form.answers:
        return ""
    rates = [(rate, read.month, field_name) for read in months
             for name, row in read.response.items()
             if bare_region(name) == bare_region(submission.region)
             for field_name, rate in row.items() if rate is not None]
    if not rates:
        return ""
    rate, month, field_name = min(rates, key=lambda item: item[0])
    said = submission.answers.get(answer)
    title = pack.meta.form.answers[answer].title
    what = spec.fields[field_name].label or field_name
    return (f"Registrets svarsfrekvens för BUP var som lägst {format_value('percent', rate)} "
            f"({month.label()}, {what}); regionen svarade "
            f"{'inget' if said is None else str(said).capitalize()} på \"{title}\". "
            "Registrets svarsfrekvens gäller bara BUP-kontakterna i tabellen, frågan all "
            "rapportering till "
            "väntetidsdatabasen: de visas bredvid varandra och vägs inte samman.")
