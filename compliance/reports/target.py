"""What every reporter renders and where to: the one render signature's types."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from compliance.results.diff import PackDiff
from compliance.results.overview import Overview
from compliance.results.readiness import Readiness
from compliance.results.reportdiff import ReportDiff
from compliance.results.verdict import Report

Result = Report | Overview | Readiness | PackDiff | ReportDiff


@dataclass(frozen=True)
class Target:
    """Where the text goes: its width in columns (None: the renderer's default), whether
    it may carry colour (a terminal), and whether lists are shown whole."""

    width: int | None = None
    color: bool = False
    complete: bool = False  # every line of evidence, never "… och 6 till" (--alla)
    diarienummer: str | None = None  # a PDF's registry number, on every page
    handlaggare: str | None = None  # and the officer handling the case


@dataclass(frozen=True)
class Format:
    """A report format: its name for ``--format``, its renderer and what it renders.
    A binary format (a spreadsheet) renders bytes and is written to files only."""

    name: str
    render: Callable[[Any, Target], str | bytes]  # render(result, target) -> text or bytes
    renders: tuple[type, ...]
    binary: bool = False
    overview_evidence: bool = False  # shows the evidence of each region in an overview
    # the same text as ``render``, in pieces written one after the other, so that a long
    # overview (21 000 regions) is never held whole
    stream: Callable[[Any, Target], Iterable[str]] | None = None

    def can_render(self, result: Result) -> bool:
        return isinstance(result, self.renders)

    def pieces(self, result: Result, target: Target) -> Iterable[str | bytes]:
        """What ``render`` gives, in the pieces it is written in."""
        if self.stream is not None:
            return self.stream(result, target)
        return (self.render(result, target),)
