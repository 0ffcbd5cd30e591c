"""The one exception type for problems in a user's input, with where they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in an input file; line and column are 1-based as editors show them. A
    document without lines (a Word form) names the place in words: "tabell 4, rad 2"."""

    file: str
    line: int | None = None
    column: int | None = None
    place: str | None = None

    def __str__(self) -> str:
        if self.place is not None:
            return f"{self.file}: {self.place}"
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class InputError(Exception):
    """Invalid input (pack, submission, usage); the CLI prints it and exits with 2."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __reduce__(self) -> tuple[type[InputError], tuple[str, Location | None]]:
        """Message and location survive pickling (an error raised in a worker process)."""
        return InputError, (self.message, self.location)

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"

    @property
    def all(self) -> tuple[InputError, ...]:
        """Each problem on its own (one here; every one an InputErrors holds)."""
        return (self,)


class InputErrors(InputError):
    """Every problem found in one input, each at its place, so a user fixes them in one
    go; shown one per line."""

    def __init__(self, errors: Sequence[InputError]) -> None:
        found = tuple(each for error in errors for each in error.all)
        super().__init__(found[0].message, found[0].location)
        self.errors = found

    @property
    def all(self) -> tuple[InputError, ...]:
        return self.errors

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


def raise_all(errors: Sequence[InputError]) -> None:
    """Raise the problems found, if any: one as itself, several together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputErrors(errors)
