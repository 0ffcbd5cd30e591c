# language: sv
Egenskap: Rapporten går att skriva ut i varje terminal och till varje mottagare
  En svensk Windows-dator skriver en omdirigerad rapport i kodningen cp1252; en terminal
  kan ange vilken bredd som helst i COLUMNS; ett rör kan stängas och en disk bli full.
  Tecken som kodningen inte har ersätts synligt med '?', bredden hålls inom rimliga
  gränser, och ett skrivfel är en svensk rad som börjar med "fel:" och avslutningskod 2,
  aldrig "internt fel".

  Scenariomall: En rapport omdirigerad till en fil i cp1252
    När jag kör "compliance <kommando> {fixtures}/region-halland-2024.yaml --as-of 2024-12-31 <flaggor>" i en egen process med standardutdata till en fil i kodningen cp1252
    Så avslutningskoden är 0
    Och filen går att läsa i cp1252 och innehåller "Region Halland"
    Och filen innehåller "?" där ett tecken saknas i cp1252
    Och felutskriften är tom

    Exempel:
      | kommando | flaggor           |
      | check    | --format text     |
      | check    | --format markdown |
      | check    | --format csv      |
      | status   | --format text     |

  Scenariomall: Vilken bredd COLUMNS än anger blir rapporten läsbar
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-12-31" i en egen process med COLUMNS=<bredd>
    Så avslutningskoden är 0
    Och utskriften innehåller "Region Halland"
    Och utskriften innehåller "OT24-3.4-svarsfrekvens-vantande"
    Och ingen rad i utskriften är längre än 1000 tecken

    Exempel:
      | bredd         |
      | 0             |
      | 1             |
      | -5            |
      | 99999999999   |
      | abc           |
      | 40            |

  Scenariomall: Ett skrivfel på standardutdata är en rad och avslutningskod 2
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-12-31 --format json" i en egen process med <mottagare>
    Så avslutningskoden är 2
    Och felutskriften är en enda rad som säger "fel: utdata kunde inte skrivas (<varför>)"

    Exempel:
      | mottagare                                     | varför                      |
      | standardutdata till /dev/full                 | disken är full              |
      | standardutdata stängd                         | standardutdata är stängd    |
      | standardutdata till ett rör som redan stängts | mottagaren har stängt röret |
