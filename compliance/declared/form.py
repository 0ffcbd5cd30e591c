"""What a pack declares about the data it expects: its form, dates and sources."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, field_validator, model_validator

from compliance.dates import Month, months_between
from compliance.reading.personal import find_personal_data
from compliance.reading.strict import BUILT, Strict

ValueType = Literal["yes_no", "text", "number", "percent", "decimal", "date"]

class Payment(Strict):
    """A payment of the agreement: its amount, distribution key and the rules it rests on."""

    id: str
    title: str
    amount_msek: float = Field(gt=0)
    key: Literal["total", "age_0_18"]
    paid: str
    conditions: list[str] = []
    points_rule: str | None = None
    assumption: str | None = None
    information: str | None = None  # what the seed says beside the amount, shown as it is


class Funds(Strict):
    """The agreement's stated totals: the payments to the regions must add up to them."""

    regions_msek: float = Field(gt=0)  # what the regions are allotted in all
    total_msek: float | None = Field(default=None, gt=0)  # the whole agreement


class DocumentRef(Strict):
    title: str
    seed: str | None = None  # file in shared/seeds the text was read from


class Deadline(Strict):
    date: dt.date
    title: str
    done_by: str | None = None  # a date answer that records when it was met
    missing: str | None = None  # what a report says when done_by is not on record


class Window(Strict):
    from_: dt.date = Field(alias="from")
    to: dt.date
    title: str
    awaited: bool = False  # something that is not the region's to do (a payment month)


class Period(Strict):
    start: dt.date
    end: dt.date


class AnswerSpec(Strict):
    type: ValueType
    title: str
    section: str | None = None
    question: str | None = None
    max_length: int | None = Field(default=None, gt=0)
    placeholder: str | None = None  # the template's filler text that means "not answered"
    # the survey's own option beside a number, share or index ("Andelen kan inte
    # uppskattas"): a valid answer that gives no value
    cannot_estimate: str | None = None
    # how the answer may be given outside the form ("i wordformat till Socialstyrelsen"):
    # a blank is then for a person to check, not a missing answer
    sent_separately: str | None = None

    def says_cannot_estimate(self, raw: object) -> bool:
        """Whether ``raw`` is this question's "kan inte uppskattas" option, as its label or
        as the words "kan inte uppskattas"."""
        if self.cannot_estimate is None or not isinstance(raw, str):
            return False
        said = " ".join(raw.casefold().replace("\u00a0", " ").split()).rstrip(".")
        return said in (CANNOT_ESTIMATE, " ".join(self.cannot_estimate.casefold().split()))


CANNOT_ESTIMATE = "kan inte uppskattas"  # how a submission writes the option in short


class FieldSpec(Strict):
    type: ValueType
    label: str


class MonthRange(Strict):
    from_: str = Field(alias="from")
    to: str

    @field_validator("from_", "to")
    @classmethod
    def _month(cls, value: str) -> str:
        Month.parse(value)
        return value


class UnitLogSpec(Strict):
    """How a unit-level log fills this series: a response rate per field, and the
    delivery date."""

    delivered: str
    rates: dict[str, Literal["reported_waiting", "reported_actual"]]
    assumption: str  # how a rate is computed from the log: a definition the pack states


class SeriesSpec(Strict):
    title: str
    per: Literal["month"] = "month"
    expected: MonthRange
    due_days_after_month: int | None = Field(default=None, ge=0)
    fields: dict[str, FieldSpec]
    unit_log: UnitLogSpec | None = None
    # field → the heading of its block in the national register's table (BUP: "Första
    # bedömning"); such a series can be filled from the register's files (--register)
    from_register: dict[str, str] | None = None
    # the answer the register's own response rate ("Svarsfrekvens") is set beside (its
    # definition differs: shown, never merged)
    register_response: str | None = None

    @property
    def delivery_field(self) -> str | None:
        """The field that records when a month was delivered: the first date field."""
        return next((name for name, spec in self.fields.items() if spec.type == "date"), None)

    def expected_months(self) -> list[Month]:
        return months_between(Month.parse(self.expected.from_), Month.parse(self.expected.to))


class AttachmentSpec(Strict):
    title: str
    # a date answer: an attachment without a receipt date of its own came in with it
    arrives_with: str | None = None


class Form(Strict):
    answers: dict[str, AnswerSpec] = {}
    series: dict[str, SeriesSpec] = {}
    attachments: dict[str, AttachmentSpec] = {}


class DocxPlace(Strict):
    """Where one value stands in a Word form: a content control by its tag or title, or
    the table cell beside (``right``) or under (``below``) a label under a section heading
    (a paragraph label's answer follows its colon or stands in the next paragraph)."""

    tag: str | None = None  # a content control's tag (w:tag) or title (w:alias)
    section: str | None = None  # the heading the table stands under: its first words
    label: str | None = None  # the first words of the label cell
    answer: Literal["right", "below"] = "right"

    @model_validator(mode="after")
    def _one_way(self) -> DocxPlace:
        if (self.tag is None) == (self.label is None):
            raise ValueError("ange antingen tag eller label (med section)")
        if self.label is not None and self.section is None:
            raise ValueError("label behöver section: rubriken som tabellen står under")
        return self


class DocxRecognise(Strict):
    """How the form is told from others: words of its title and the year it speaks of,
    matched separately ("ÖK 2024 tillgänglighet" and "Ökad tillgänglighet inom hälso- och
    sjukvården 2024" are the same form)."""

    # alternatives: a title line is the form's when it has every word of one of them
    title: list[str] = Field(min_length=1)
    year: int = Field(ge=1900, le=2100)  # the first year in that line, or of "2024 års medel"


class DocxSource(Strict):
    """How a pack reads its form from the Word file regions fill in: which title marks the
    form, where the region's name stands, and where each answer does (several places are
    read as one answer, in order). Labels are the first words of the form's question,
    compared without case, punctuation or hyphenation, a changed or inflected word
    tolerated; a section is the start of its heading ("3.4")."""

    recognise: DocxRecognise
    region: DocxPlace
    answers: dict[str, DocxPlace | list[DocxPlace]] = {}
    # the form's own texts that are no answer (prompts such as "Resultatet av genomförda
    # insatser"): with the labels above, a cell or paragraph showing one is never read as
    # an answer, so an answer is found beside or under its label however the form is laid out
    prompts: list[str] = []
    # form entries the Word form does not hold (receipt dates, register data): the import
    # writes them as commented slots to fill in
    not_in_form: list[str] = []


class FormSource(Strict):
    """The documents a region fills in, and how the pack's form entries are found there."""

    docx: DocxSource | None = None


class ExportColumn(Strict):
    """How one answer's column is found in a survey export: by question number (the
    form's, unless given here) and, where one question has several columns, the option
    that ends the header; or, for a column without a number, by its header."""

    question: str | None = None
    # one of the question's options, found anywhere in the header after the number: "Ja"
    # matches "RSS 17 – Ja", not "RSS 17 – Nej"; the longest option or synonym found in a
    # header decides which option's column it is
    option: str | None = None
    synonyms: list[str] = []  # the option as the survey writes it ("Inte lämnat svar")
    header: list[str] = []  # whole headers, compared without case and extra spaces
    optional: bool = False  # the column may be absent: then every region leaves it unanswered


class ExportMark(Strict):
    """The column that says which survey a row answers, and the text it must contain;
    without that column, a title row above the header may name the survey."""

    header: list[str] = Field(min_length=1)
    contains: str = Field(min_length=1)


class ExportSubfields(Strict):
    """Labels of the columns a survey tool writes for one question's parts ("22. … –
    Andel i procent", "22. … – Kommentar"): which one holds the value, which are read by
    no rule. The "kan inte uppskattas" column is named by the answer's ``cannot_estimate``."""

    value: list[str] = []
    ignore: list[str] = []


class SurveyExport(Strict):
    """A national export of the survey: one row per region, one column per question."""

    title: str
    # headers of the column naming the region; the first row that has one is the header
    region: list[str] = Field(min_length=1)
    survey: ExportMark | None = None
    subfields: ExportSubfields = ExportSubfields()
    columns: dict[str, ExportColumn] = Field(min_length=1)


def question_key(question: str) -> str:
    """A question number as compared: "Fråga 7a", "7 a" and "7A" are all "7a"."""
    text = question.casefold().replace("fråga", "").replace("fr.", "")
    return "".join(char for char in text if char.isalnum())


class PackMeta(Strict):
    """The contents of ``pack.yaml``."""

    model_config = BUILT

    id: str
    version: str
    title: str
    extends: str | None = None  # the pack this one builds on
    review: str | None = None  # values not yet checked against the agreement; reported
    decision: str | None = None  # who decides, and that these verdicts only support it
    period: Period
    sources: dict[str, DocumentRef]
    deadlines: dict[str, Deadline] = {}
    windows: dict[str, Window] = {}
    placeholder: str | None = None  # default filler text of the form's free-text fields
    form: Form
    form_source: FormSource | None = None  # how the form is read from a region's documents
    payments: list[Payment] = []
    funds: Funds | None = None  # the stated totals the payments reconcile to
    known: str | None = None  # what the seeds say of the agreement itself, beside guesses
    # e-mail addresses (registrator@myndighet.se), whole domains (@myndighet.se) or phone
    # numbers (075-247 30 00) that a free-text answer may name without it being personal
    # data: the form's own functional mailboxes and switchboard
    personal_data_allow: list[str] = []
    survey_export: SurveyExport | None = None  # how a national export's columns map to answers

    def export_problems(self) -> list[tuple[str, str]]:
        """(column key, message) for every survey-export column that names no form answer
        or cannot be told apart from another."""
        if self.survey_export is None:
            return []
        found: list[tuple[str, str]] = []
        seen: dict[tuple[str, str], str] = {}
        for key, column in self.survey_export.columns.items():
            spec = self.form.answers.get(key)
            if spec is None:
                found.append((key, f"'{key}' är ingen fråga i paketets formulär (form.answers)"))
                continue
            question = column.question or spec.question
            if question is None and not column.header:
                found.append((key, f"'{key}' har inget frågenummer; ange question eller header"))
            if column.option is None and column.synonyms:
                found.append((key, f"'{key}' har synonyms men inget option"))
            labels = [column.option, *column.synonyms] if column.option else [""]
            for label in labels if question is not None else []:
                place = (question_key(str(question)), " ".join(label.casefold().split()))
                if seen.get(place, key) != key:
                    found.append((key, f"'{key}' och '{seen[place]}' hittar samma kolumn (fråga "
                                       f"{question}); skilj dem åt med option"))
                    break
                seen[place] = key
        return found

    @field_validator("personal_data_allow")
    @classmethod
    def _allow(cls, value: list[str]) -> list[str]:
        for entry in value:
            domain = entry.strip().startswith("@") and find_personal_data("x" + entry.strip())
            kinds = [hit.kind for hit in find_personal_data(entry)]
            if not domain and kinds not in (["e-post"], ["telefon"]):
                raise ValueError(f"'{entry}' är varken en e-postadress (namn@domän.se), en "
                                 "hel domän (@domän.se) eller ett telefonnummer")
        return [entry.strip() for entry in value]

    @model_validator(mode="after")
    def _form_source(self) -> PackMeta:
        docx = self.form_source.docx if self.form_source else None
        if docx is not None:
            unknown = sorted((set(docx.answers) | set(docx.not_in_form)) - set(self.form.answers))
            if unknown:
                raise ValueError(f"form_source.docx nämner svar som formuläret inte har: "
                                 f"{', '.join(unknown)}")
        return self

    @model_validator(mode="after")
    def _funds(self) -> PackMeta:
        if self.funds is not None and self.payments:
            paid = sum(payment.amount_msek for payment in self.payments)
            if abs(paid - self.funds.regions_msek) > 1e-6:
                raise ValueError(f"utbetalningarna summerar till {paid:g} mnkr, inte till "
                                 f"funds.regions_msek {self.funds.regions_msek:g}")
        return self

    def constants(self) -> dict[str, dt.date]:
        """Dates a rule condition may name, e.g. ``deadlines.redovisning``."""
        named = {f"deadlines.{key}": deadline.date for key, deadline in self.deadlines.items()}
        named.update({"period.start": self.period.start, "period.end": self.period.end})
        return named
