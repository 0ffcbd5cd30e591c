# language: sv
Egenskap: -o väljer rapportens format efter filens ändelse, och en körning skriver flera
  En rapport som skrivs till "rapport.html" ska vara HTML även utan --format; en ändelse
  som säger ett annat format än --format vägras i stället för att skriva fel sorts fil;
  -o kan anges flera gånger, och kommandot säger vad det skrev.

  Scenariomall: Ändelsen väljer formatet
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 -o {tmp}/rapport.<ändelse>"
    Så avslutningskoden är 1
    Och filen "rapport.<ändelse>" är en rapport i formatet <format>
    Och felmeddelandet säger "skrev"

    Exempel:
      | ändelse | format   |
      | html    | html     |
      | json    | json     |
      | md      | markdown |
      | csv     | csv      |
      | xml     | junit    |
      | xlsx    | xlsx     |
      | txt     | text     |

  Scenario: En körning skriver flera format
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 -o {tmp}/r.html -o {tmp}/r.json"
    Så avslutningskoden är 1
    Och filen "r.html" är en rapport i formatet html
    Och filen "r.json" är en rapport i formatet json
    Och JSON-filen "r.json" visar "ej uppfyllt" för regeln "OT24-3.4-svarsfrekvens-vantande"
    Och felmeddelandet säger "r.html (html)"
    Och felmeddelandet säger "r.json (json)"

  Scenario: En ändelse som motsäger --format vägras och ingen fil skrivs
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 --format json -o {tmp}/rapport.html"
    Så avslutningskoden är 2
    Och felmeddelandet säger "-o rapport.html: ändelsen .html betyder formatet html, men --format är json"
    Och filen "rapport.html" finns inte

  Scenario: En okänd ändelse skrivs i formatet --format anger
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 --format json -o {tmp}/rapport.utdata"
    Så filen "rapport.utdata" är en rapport i formatet json

  Scenario: status skrivs till fil i format efter ändelsen
    När jag kör "compliance status {fixtures}/region-halland-2024.yaml --as-of 2024-09-01 -o {tmp}/status.json"
    Så avslutningskoden är 0
    Och filen "status.json" är en rapport i formatet json
