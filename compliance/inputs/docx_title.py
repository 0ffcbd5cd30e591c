"""Which form a Word document is: the words of its title and the year it speaks of,
matched separately ("Ökad tillgänglighet inom hälso- och sjukvården 2024" and "ÖK 2024
tillgänglighet" are the same form). The year is the first one in the first title line
that has the title's words, else the year of the form's "2024 års medel" labels – never
a year its introduction mentions, so next year's form is refused."""

from __future__ import annotations

import collections
import re

from compliance.declared.form import DocxSource, PackMeta
from compliance.errors import InputError, Location
from compliance.inputs.docx_layout import Layout
from compliance.reading.text import label_words

_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_MONEY_YEAR = re.compile(r"\b(20\d\d) års medel\b", re.IGNORECASE)


def title_lines(layout: Layout, core_title: str, headers: list[str]) -> list[str]:
    """The body's first eight lines – paragraphs, and the first row of a table (a title
    may stand in a layout table beside a logo) – then the page headers' lines, then the
    title property: a template's property may still name last year's form."""
    lines: list[str] = []
    for block in layout.blocks:
        if len(lines) >= 8:
            break
        if block.table:
            rows = layout.table_rows(block.element)
            lines += [text for _, cell in rows[0][:4]
                      if (text := layout.reader.text(cell))] if rows else []
        elif block.text:
            lines.append(block.text)
    lines += [line for line in headers if line.strip()][:8]
    return [*lines, core_title] if core_title.strip() else lines


def _has_words(line: str, phrases: list[str]) -> bool:
    words = set(label_words(line))
    return any(all(word in words for word in label_words(phrase)) for phrase in phrases)


def form_year(layout: Layout, lines: list[str], source: DocxSource) -> int | None:
    """The year the form speaks of: the first year in the first title line that has the
    title's words; when that line names none, the year of its "2024 års medel" labels
    (never a year its introduction mentions)."""
    titled = next((line for line in lines if _has_words(line, source.recognise.title)), "")
    years = _YEAR.findall(titled)
    if years:
        return int(years[0])
    texts = [layout.reader.text(block.element) for block in layout.blocks]
    counted = collections.Counter(int(y) for text in texts for y in _MONEY_YEAR.findall(text))
    return counted.most_common(1)[0][0] if counted else None


def recognised(layout: Layout, lines: list[str], source: DocxSource) -> bool:
    return any(_has_words(line, source.recognise.title) for line in lines) and \
        form_year(layout, lines, source) == source.recognise.year



def not_recognised(packs: list[tuple[str, PackMeta]], lines: list[str], layout: Layout,
                    name: str) -> InputError:
    sources = [(pack_id, meta.form_source.docx) for pack_id, meta in packs
               if meta.form_source and meta.form_source.docx]
    known = "; ".join(f"{pack_id} läser \"{', '.join(source.recognise.title)}\" år "
                      f"{source.recognise.year}" for pack_id, source in sources) or "inga"
    titled = [line for line in lines if any(_has_words(line, s.recognise.title)
                                            for _, s in sources)]
    shown = next(iter(titled or lines), "")
    looks = f"formuläret ser ut som \"{shown[:120]}\"" if shown else \
        "formuläret har ingen rubrik"
    years = {year for _, source in sources
             if (year := form_year(layout, lines, source)) is not None}
    said = f" och gäller år {min(years)}" if len(years) == 1 else ""
    return InputError(f"{looks}{said}; inget regelpaket läser det formuläret ({known})",
                      Location(name))

