"""The small, safe condition language of rule packs: tokenizer, parser and interpreter.

Vocabulary: fields of the subject (``svarsfrekvens``), other answers (``answers.antal``),
pack constants (``deadlines.redovisning``, ``period.start``), numbers, ``21 days``,
dates (``2024-09-30``), quoted strings, ``true``/``false``, ``+``/``-``, the comparisons
``< <= > >= == !=``, and ``and``/``or``/``not`` with parentheses. Nothing is ever
``eval``-ed: text that is not in this vocabulary is a located error in the pack.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

COMPARISONS = ("<=", ">=", "==", "!=", "<", ">")
NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}
SYMBOLS = {"<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "=", "!=": "≠"}


MAX_DAYS = 36_600  # about a hundred years: every date it reaches can be written
# the bound on submitted numbers (reading.limits.MAX_MAGNITUDE; a test holds them equal),
# repeated so that the expression language imports nothing of ours
MAX_MAGNITUDE = 10**12
# A condition is untrusted text from a pack (--packs, COMPLIANCE_PACKS): its size is
# bounded before it is parsed, so that neither the recursive parser, Python's digit limit
# nor durable-rules' ruleset compiler ever sees more than these (docs/SECURITY.md).
MAX_LENGTH = 2_000  # characters; the bundled packs' longest condition has about 90
MAX_OPERANDS = 64  # fields, values and constants in one condition
MAX_DEPTH = 16  # brackets and `not`s nested inside each other
MAX_NUMBER_CHARS = 20  # characters of one number, decimals included
MAX_DECIMALS = 4  # like a submitted value: durable-rules cannot read the exponent of 1e-05


class ExpressionError(ValueError):
    """A condition that is not in the vocabulary; ``offset`` is 0-based in the text."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class MissingValue(LookupError):
    """A field the condition needs is absent from the fact."""


@dataclass(frozen=True)
class Field:
    name: str


@dataclass(frozen=True)
class Ref:
    """The value of another answer of the same submission (``answers.NAME``)."""

    answer: str


@dataclass(frozen=True)
class Const:
    value: int | float | str | bool
    kind: str  # number, days, date, string, bool


Operand = Field | Ref | Const


@dataclass(frozen=True)
class Sum:
    terms: tuple[tuple[int, Operand], ...]  # (sign, operand)


@dataclass(frozen=True)
class Compare:
    op: str
    left: Sum
    right: Sum


@dataclass(frozen=True)
class And:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Not:
    item: Expr


Expr = Compare | And | Or | Not

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<date>\d{4}-\d{2}-\d{2})
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>"[^"\\]*"|'[^'\\]*')
  | (?P<name>[^\W\d]\w*(?:\.[^\W\d]\w*)?)
  | (?P<op><=|>=|==|!=|<|>|\+|-|\(|\))
""", re.VERBOSE)

_KEYWORDS = {"and", "or", "not", "true", "false", "days"}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    offset: int


def _tokenize(text: str) -> list[_Token]:
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"villkoret är för långt ({len(text)} tecken; högst "
                              f"{MAX_LENGTH})", 0)
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise ExpressionError(f"okänt tecken '{text[pos]}'", pos)
        kind = match.lastgroup or ""
        if kind != "ws":
            tokens.append(_Token(kind, match.group(), pos))
        pos = match.end()
    tokens.append(_Token("end", "", len(text)))
    _check_size(tokens)
    return tokens


def _check_size(tokens: list[_Token]) -> None:
    """The bounds above, on the tokens, before any parsing (which recurses per level)."""
    operands, depth, nots = 0, 0, 0
    for token in tokens:
        if token.kind == "number" and len(token.text) > MAX_NUMBER_CHARS:
            raise ExpressionError(f"talet {token.text[:20]}… är för stort (högst "
                                  f"{MAX_NUMBER_CHARS} tecken)", token.offset)
        if token.kind == "number" and len(token.text.partition(".")[2]) > MAX_DECIMALS:
            raise ExpressionError(f"talet {token.text} har för många decimaler (högst "
                                  f"{MAX_DECIMALS})", token.offset)
        if token.kind in ("number", "date", "string") or (
                token.kind == "name" and token.text not in _KEYWORDS - {"true", "false"}):
            operands += 1
            if operands > MAX_OPERANDS:
                raise ExpressionError(f"villkoret har för många led (högst {MAX_OPERANDS} "
                                      "fält och värden)", token.offset)
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        nots = nots + 1 if token.text == "not" else 0
        if depth + nots > MAX_DEPTH:
            raise ExpressionError(f"villkoret är för djupt nästlat (högst {MAX_DEPTH} nivåer "
                                  "parenteser och not)", token.offset)


class _Parser:
    def __init__(self, text: str, constants: Mapping[str, dt.date]) -> None:
        self.tokens = _tokenize(text)
        self.pos = 0
        self.constants = constants

    @property
    def token(self) -> _Token:
        return self.tokens[self.pos]

    def _take(self, text: str) -> bool:
        if self.token.text == text and self.token.kind in ("op", "name"):
            self.pos += 1
            return True
        return False

    def parse(self) -> Expr:
        expr = self._or()
        if self.token.kind != "end":
            raise ExpressionError(f"oväntat '{self.token.text}'", self.token.offset)
        return expr

    def _or(self) -> Expr:
        items = [self._and()]
        while self._take("or"):
            items.append(self._and())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def _and(self) -> Expr:
        items = [self._not()]
        while self._take("and"):
            items.append(self._not())
        return items[0] if len(items) == 1 else And(tuple(items))

    def _not(self) -> Expr:
        if self._take("not"):
            return Not(self._not())
        if self._take("("):
            expr = self._or()
            if not self._take(")"):
                raise ExpressionError("saknar ')'", self.token.offset)
            return expr
        return self._compare()

    def _compare(self) -> Compare:
        left = self._sum()
        token = self.token
        if token.text not in COMPARISONS:
            raise ExpressionError(
                f"väntade en jämförelse ({' '.join(COMPARISONS)}), fick '{token.text or 'slut'}'",
                token.offset)
        self.pos += 1
        right = self._sum()
        kinds = {_kind(op) for _, op in left.terms + right.terms} - {"field", "ref", "days"}
        if len(kinds) > 1 and not kinds <= {"number", "date"}:
            raise ExpressionError("jämför värden av olika slag", token.offset)
        return Compare(token.text, left, right)

    def _sum(self) -> Sum:
        terms = [(1, self._operand())]
        while self.token.text in ("+", "-"):
            sign = 1 if self.token.text == "+" else -1
            self.pos += 1
            terms.append((sign, self._operand()))
        if len(terms) > 1 and any(_kind(op) in ("string", "bool") for _, op in terms):
            raise ExpressionError("text och sant/falskt kan inte adderas", self.token.offset)
        return Sum(tuple(terms))

    def _operand(self) -> Operand:
        token = self.token
        self.pos += 1
        if token.kind == "number":
            value: int | float = float(token.text) if "." in token.text else int(token.text)
            if self._take("days"):
                if value > MAX_DAYS:
                    raise ExpressionError(f"{token.text} dagar är för många (högst {MAX_DAYS})",
                                          token.offset)
                return Const(value, "days")
            if value > MAX_MAGNITUDE:
                raise ExpressionError(f"talet {token.text[:30]} är för stort (högst "
                                      f"{MAX_MAGNITUDE:_})".replace("_", " "), token.offset)
            return Const(value, "number")
        if token.kind == "date":
            try:
                return Const(dt.date.fromisoformat(token.text).toordinal(), "date")
            except ValueError:
                raise ExpressionError(f"'{token.text}' är inget giltigt datum", token.offset) \
                    from None
        if token.kind == "string":
            return Const(token.text[1:-1], "string")
        if token.kind == "name" and token.text in ("true", "false"):
            return Const(token.text == "true", "bool")
        if token.kind == "name" and token.text not in _KEYWORDS:
            return self._name(token)
        raise ExpressionError(f"väntade ett fält eller värde, fick '{token.text or 'slut'}'",
                              token.offset)

    def _name(self, token: _Token) -> Operand:
        if "." not in token.text:
            return Field(token.text)
        scope, name = token.text.split(".", 1)
        if scope == "answers":
            return Ref(name)
        if token.text in self.constants:
            return Const(self.constants[token.text].toordinal(), "date")
        known = ", ".join(sorted(self.constants)) or "inga"
        raise ExpressionError(f"okänd konstant '{token.text}' (kända: {known}, answers.NAMN)",
                              token.offset)


def _kind(operand: Operand) -> str:
    if isinstance(operand, Field):
        return "field"
    if isinstance(operand, Ref):
        return "ref"
    return operand.kind


def parse(text: str, constants: Mapping[str, dt.date] | None = None) -> Expr:
    """Parse a condition; raises ExpressionError with the offset of the problem."""
    return _Parser(text, constants or {}).parse()


def negate(expr: Expr) -> Expr:
    """The condition's negation with ``not`` pushed down to the comparisons."""
    if isinstance(expr, Compare):
        return Compare(NEGATED[expr.op], expr.left, expr.right)
    if isinstance(expr, And):
        return Or(tuple(negate(item) for item in expr.items))
    if isinstance(expr, Or):
        return And(tuple(negate(item) for item in expr.items))
    return positive(expr.item)


def positive(expr: Expr) -> Expr:
    """The condition with every ``not`` pushed down to the comparisons."""
    if isinstance(expr, Not):
        return negate(expr.item)
    if isinstance(expr, And):
        return And(tuple(positive(item) for item in expr.items))
    if isinstance(expr, Or):
        return Or(tuple(positive(item) for item in expr.items))
    return expr


def comparisons(expr: Expr) -> list[Compare]:
    if isinstance(expr, Compare):
        return [expr]
    if isinstance(expr, Not):
        return comparisons(expr.item)
    return [c for item in expr.items for c in comparisons(item)]


def thresholds(expr: Expr) -> list[tuple[str, str, int | float]]:
    """(field, comparison, number) for each comparison of one field with a number in the
    condition as it must hold (``not`` pushed down), read with the field on the left:
    ``svarsfrekvens >= 95`` and ``95 <= svarsfrekvens`` both give ``("svarsfrekvens",
    ">=", 95)``."""
    found: list[tuple[str, str, int | float]] = []
    for compare in comparisons(positive(expr)):
        left, right, op = compare.left.terms, compare.right.terms, compare.op
        if len(left) == 1 and len(right) == 1 and isinstance(left[0][1], Const):
            left, right, op = right, left, FLIPPED[op]
        if len(left) == 1 and len(right) == 1 and left[0][0] == 1 and \
                isinstance(left[0][1], Field) and isinstance(right[0][1], Const) and \
                right[0][1].kind == "number" and not isinstance(right[0][1].value, bool):
            value = right[0][1].value
            assert isinstance(value, int | float)
            found.append((left[0][1].name, op, value * right[0][0]))
    return found


def fields(expr: Expr) -> list[str]:
    """The subject fields a condition reads, in order of appearance."""
    names: list[str] = []
    for compare in comparisons(expr):
        for _, operand in compare.left.terms + compare.right.terms:
            if isinstance(operand, Field) and operand.name not in names:
                names.append(operand.name)
    return names


def refs(expr: Expr) -> list[str]:
    """The other answers a condition reads."""
    names: list[str] = []
    for compare in comparisons(expr):
        for _, operand in compare.left.terms + compare.right.terms:
            if isinstance(operand, Ref) and operand.answer not in names:
                names.append(operand.answer)
    return names


def value_of(operand: Operand, fact: Mapping[str, Any], answers: Mapping[str, Any]) -> Any:
    if isinstance(operand, Const):
        return operand.value
    source, name = (fact, operand.name) if isinstance(operand, Field) else (answers, operand.answer)
    if source.get(name) is None:
        raise MissingValue(name)
    return source[name]


def sum_value(total: Sum, fact: Mapping[str, Any], answers: Mapping[str, Any]) -> Any:
    result: Any = None
    for sign, operand in total.terms:
        value = value_of(operand, fact, answers)
        result = value if result is None else result + sign * value
    return result


def holds(expr: Expr, fact: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    """Plain-Python evaluation, used for evidence wording and the benchmark's baseline."""
    if isinstance(expr, Compare):
        left, right = sum_value(expr.left, fact, answers), sum_value(expr.right, fact, answers)
        return bool(_OPS[expr.op](left, right))
    if isinstance(expr, And):
        return all(holds(item, fact, answers) for item in expr.items)
    if isinstance(expr, Or):
        return any(holds(item, fact, answers) for item in expr.items)
    return not holds(expr.item, fact, answers)


_OPS = {
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
}


# -- types: checked when a rule is compiled, so `x >= "95"` is a pack error, not a crash --
# What a field's declared type is compared as; a field of another type is not checked.
KIND_OF_TYPE = {"number": "number", "percent": "number", "decimal": "number", "date": "date",
                "yes_no": "string", "text": "string", "bool": "bool"}
KIND_WORDS = {"number": "ett tal", "date": "ett datum", "string": "en text",
              "bool": "sant/falskt"}
_ORDERED = {"number", "date"}


def _operand_kind(operand: Operand, fields_: Mapping[str, str],
                  refs_: Mapping[str, str]) -> str | None:
    if isinstance(operand, Field):
        return KIND_OF_TYPE.get(fields_.get(operand.name, ""))
    if isinstance(operand, Ref):
        return KIND_OF_TYPE.get(refs_.get(operand.answer, ""))
    return "number" if operand.kind == "days" else operand.kind


def _sum_kind(total: Sum, fields_: Mapping[str, str], refs_: Mapping[str, str]) -> str | None:
    """What a sum is: a date plus or minus days is a date, a difference of dates a number."""
    kinds = [_operand_kind(op, fields_, refs_) for _, op in total.terms]
    if None in kinds:
        return None  # an undeclared field: reported on its own
    dates = sum(1 for kind in kinds if kind == "date")
    if len(kinds) > 1 and dates == 2 and len(kinds) == 2:
        return "number"
    if len(kinds) > 1 and dates == 1 and all(k in ("date", "number") for k in kinds):
        return "date"
    return kinds[0] if len(set(kinds)) == 1 else "mixed"


def type_problems(expr: Expr, fields_: Mapping[str, str],
                  refs_: Mapping[str, str] | None = None) -> list[str]:
    """Comparisons whose sides cannot be compared: a number with a text, a date with a
    number, text or sant/falskt with ``<``. ``fields_`` and ``refs_`` map a field or an
    answer to its declared type (``percent``, ``date``, ``yes_no``, ``bool``…)."""
    found = []
    for compare in comparisons(expr):
        left = _sum_kind(compare.left, fields_, refs_ or {})
        right = _sum_kind(compare.right, fields_, refs_ or {})
        if left is None or right is None:
            continue
        if "mixed" in (left, right):
            found.append("villkoret adderar värden av olika slag (t.ex. ett datum och en text)")
        elif left != right:
            found.append(f"villkoret jämför {KIND_WORDS[left]} med {KIND_WORDS[right]} "
                         f"({SYMBOLS[compare.op]}); skriv värdet som {KIND_WORDS[left]}"
                         + (" (utan citattecken)" if right == "string" else ""))
        elif left not in _ORDERED and compare.op not in ("==", "!="):
            found.append(f"{KIND_WORDS[left]} kan bara jämföras med == eller !=, inte "
                         f"{compare.op}")
    return found
