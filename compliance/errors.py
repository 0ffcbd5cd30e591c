"""The one exception type for problems in a user's input, with where they are."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in an input file; line and column are 1-based as editors show them."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
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
