"""ruamel.yaml's English syntax errors in Swedish, with what usually causes them: the
parser's message is the key, the line and column come with it (``yamlload``)."""

from __future__ import annotations

import re

# (the parser's problem, matched from its start; what a person reads instead)
_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), text) for pattern, text in (
        (r"mapping values are not allowed here",
         "ett kolon på fel ställe: en text med ': ' i sig behöver citattecken, och en ny "
         "nyckel behöver en egen rad"),
        (r"could not find expected ':'", "en nyckel saknar sitt kolon"),
        (r"did not find expected key", "väntade en nyckel här; stämmer indraget med raden "
                                        "ovanför?"),
        (r"did not find expected '-' indicator",
         "väntade ett nytt listelement som börjar med '-'; stämmer indraget?"),
        (r"expected <block end>, but found",
         "indraget stämmer inte med raderna ovanför (en rad är indragen för lite eller för "
         "mycket)"),
        (r"found character '\\t' that cannot start any token",
         "ett tabbtecken; YAML drar in med mellanslag, aldrig med tabb"),
        (r"found a tab character", "ett tabbtecken; YAML drar in med mellanslag, aldrig med "
                                   "tabb"),
        (r"found character '(.)' that cannot start any token",
         "tecknet '\\1' kan inte inleda ett värde; sätt värdet inom citattecken"),
        (r"found undefined alias '(.*)'", "aliaset '*\\1' syftar på ett ankare som inte finns"),
        (r"found unexpected end of stream",
         "filen tar slut mitt i ett värde: ett citattecken stängs aldrig"),
        (r"expected ',' or '\}', but got", "en mappning inom {…} saknar ',' eller '}'"),
        (r"expected ',' or '\]', but got", "en lista inom […] saknar ',' eller ']'"),
        (r"found unknown escape character", "okänd escape-sekvens efter '\\' i en text inom "
                                            "dubbla citattecken"),
        (r"expected a comment or a line break", "något står efter värdet på samma rad"),
        (r"found duplicate anchor", "samma ankare (&namn) förekommer två gånger"),
        (r"expected <document start>", "mer än ett dokument i filen, eller text före det"),
    ))


def in_swedish(problem: str) -> str:
    """The parser's problem in Swedish; one not in the table keeps its words, said to be
    the parser's."""
    for pattern, text in _PROBLEMS:
        match = pattern.match(problem)
        if match:
            return match.expand(text)
    return f"YAML-parserns meddelande: {problem}"
