"""The 21 Swedish regions by their official names, the short names people write for them,
and names that only look like one of them.

A survey export or a register may say "Halland", "Region Halland", "Hallands län" or
"Västra Götaland"; all of them mean one region, named here as the region calls itself.
A name that is no region's (the fictional "Region Nordmark (fiktiv)" of the examples) is
kept as written.
A name spelt with a letter of another alphabet that looks Latin (Cyrillic а, е, о, р, с;
Greek ο, α …) is neither: it is reported, naming both spellings, because a person cannot
see the difference and two rows for one region would otherwise pass as two regions.
"""

from __future__ import annotations

import re
import unicodedata

REGIONS = (
    "Region Stockholm", "Region Uppsala", "Region Sörmland", "Region Östergötland",
    "Region Jönköpings län", "Region Kronoberg", "Region Kalmar län", "Region Gotland",
    "Region Blekinge", "Region Skåne", "Region Halland", "Västra Götalandsregionen",
    "Region Värmland", "Region Örebro län", "Region Västmanland", "Region Dalarna",
    "Region Gävleborg", "Region Västernorrland", "Region Jämtland Härjedalen",
    "Region Västerbotten", "Region Norrbotten",
)

# Names people write that the rules below do not derive from the official one.
_OTHER_NAMES = {
    "Västra Götalandsregionen": ("Västra Götaland", "Region Västra Götaland", "VGR"),
    "Region Sörmland": ("Södermanland",),
    "Region Jämtland Härjedalen": ("Jämtland",),
}
# Each region by its county, as a survey tool may name the organisation that answered
# ("Hallands län"): a region and its county cover the same land.
_COUNTIES = {
    "Region Stockholm": "Stockholms län", "Region Uppsala": "Uppsala län",
    "Region Sörmland": "Södermanlands län", "Region Östergötland": "Östergötlands län",
    "Region Jönköpings län": "Jönköpings län", "Region Kronoberg": "Kronobergs län",
    "Region Kalmar län": "Kalmar län", "Region Gotland": "Gotlands län",
    "Region Blekinge": "Blekinge län", "Region Skåne": "Skåne län",
    "Region Halland": "Hallands län", "Västra Götalandsregionen": "Västra Götalands län",
    "Region Värmland": "Värmlands län", "Region Örebro län": "Örebro län",
    "Region Västmanland": "Västmanlands län", "Region Dalarna": "Dalarnas län",
    "Region Gävleborg": "Gävleborgs län", "Region Västernorrland": "Västernorrlands län",
    "Region Jämtland Härjedalen": "Jämtlands län", "Region Västerbotten":
    "Västerbottens län", "Region Norrbotten": "Norrbottens län",
}

# Letters of other alphabets that a reader takes for Latin ones (after NFD, so that a
# Cyrillic О with a combining diaeresis is read as Ö).
_LOOK_ALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "к": "k", "м": "m",
    "т": "t", "н": "h", "в": "b",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D",
    # Greek
    "ο": "o", "α": "a", "ρ": "p", "ν": "v", "ι": "i", "κ": "k", "τ": "t", "υ": "u",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_SCRIPTS = {"CYRILLIC": "kyrilliskt", "GREEK": "grekiskt", "FULLWIDTH": "helbrett",
            "MATHEMATICAL": "matematiskt"}


def _key(name: str) -> str:
    """A name as compared: NFC, case folded, dashes and spaces as one space."""
    text = unicodedata.normalize("NFC", name).casefold()
    return " ".join(re.sub(r"[-‐‑–—_]", " ", text).split())


def _names() -> dict[str, str]:
    found: dict[str, str] = {}
    for official in REGIONS:
        short = official.removeprefix("Region ")
        names = [official, short, *_OTHER_NAMES.get(official, ())]
        if short.endswith(" län"):
            names.append(short.removesuffix(" län"))
        for name in names:
            found[_key(name)] = official
            found[_key(f"Region {name}")] = official
        found[_key(_COUNTIES[official])] = official
    return found


_BY_NAME = _names()


def official_name(name: str) -> str | None:
    """The official name of the region ``name`` means ("Halland" → "Region Halland"),
    or None when it names none of the 21."""
    return _BY_NAME.get(_key(name))


def region_name(name: str) -> str:
    """The official name when ``name`` means one of the 21 regions, else ``name``."""
    return official_name(name) or name


def latin_spelling(name: str) -> str:
    """``name`` with every look-alike letter of another alphabet read as the Latin one."""
    decomposed = unicodedata.normalize("NFKD", name).translate(_LOOK_ALIKES)
    return unicodedata.normalize("NFC", decomposed)


def look_alike_problem(name: str) -> str | None:
    """Why ``name`` cannot be taken as written: it holds letters of another alphabet that
    look like Latin ones. The message names both spellings; None if the name is plain."""
    name = " ".join(name.split())  # a no-break space is a space, not a letter
    latin = latin_spelling(name)
    if latin == unicodedata.normalize("NFC", name):
        return None
    letters = sorted({char for char in unicodedata.normalize("NFD", name)
                      if latin_spelling(char) != char and not unicodedata.combining(char)})
    shown = ", ".join(f"{_SCRIPTS.get(unicodedata.name(char, '').split(' ')[0], 'annat')} "
                      f"'{char}'" for char in letters)
    meant = official_name(latin) or latin
    return (f"regionnamnet '{name}' har bokstäver ur ett annat alfabet som ser ut som "
            f"latinska ({shown}); med latinska bokstäver står det '{meant}'")
