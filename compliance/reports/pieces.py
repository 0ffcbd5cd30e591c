"""A long report's text in pieces of a useful size: a renderer that streams (an overview
of 21 000 regions) hands out many small strings, and the file is written a piece at a
time, so that the whole text is never held at once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

PIECE = 1 << 16  # characters


def joined(parts: Iterable[str], size: int = PIECE) -> Iterator[str]:
    """``parts`` joined into pieces of at least ``size`` characters (the last may be
    shorter); ``"".join`` of the pieces is ``"".join(parts)``."""
    held: list[str] = []
    length = 0
    for part in parts:
        held.append(part)
        length += len(part)
        if length >= size:
            yield "".join(held)
            held, length = [], 0
    if held:
        yield "".join(held)
