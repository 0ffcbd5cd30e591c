# language: sv
Egenskap: Tidslinjen i alla format och som kalender
  Strategen delar tidslinjen: som HTML, Markdown, CSV eller JSON, och som en kalender
  (RFC 5545) med en händelse per datum, påminnelser 14 och 3 dagar före, och samma UID
  från körning till körning så att en ny import uppdaterar händelserna. Kalendern tar
  med Socialstyrelsens bedömningsdatum och utbetalningsdatumet för Del 1 (seeds/001).

  Scenariomall: Varje format visar varje åtagandes läge
    När jag kör "compliance status {fixtures}/region-<region>.yaml --as-of <datum> -o {tmp}/status.<ändelse>"
    Så tidslinjen i filen "status.<ändelse>" visar "Redovisningen ska ha kommit in till Socialstyrelsen" som "<läge>"

    Exempel:
      | region        | datum      | ändelse | läge                       |
      | halland-2024  | 2024-09-01 | html    | förfaller om 29 dagar      |
      | halland-2024  | 2024-09-01 | md      | förfaller om 29 dagar      |
      | halland-2024  | 2024-09-01 | csv     | förfaller om 29 dagar      |
      | halland-2024  | 2024-09-01 | json    | förfaller om 29 dagar      |
      | halland-2024  | 2024-10-15 | html    | klar                       |
      | halland-2024  | 2024-10-15 | md      | klar                       |
      | vastmark-2024 | 2024-10-15 | html    | klar för sent (2024-10-01) |
      | vastmark-2024 | 2024-10-15 | md      | klar för sent (2024-10-01) |
      | vastmark-2024 | 2024-10-15 | csv     | klar för sent (2024-10-01) |
      | vastmark-2024 | 2024-09-30 | xlsx    | förfaller i dag            |
      | vastmark-2024 | 2024-10-01 | xlsx    | klar för sent (2024-10-01) |

  Scenario: Kalendern har en händelse per datum med två påminnelser
    När jag kör "compliance status {fixtures}/region-halland-2024.yaml --as-of 2024-09-01 --format ics -o {tmp}/datum.ics"
    Så avslutningskoden är 0
    Och kalendern "datum.ics" är giltig enligt RFC 5545 och har en händelse per rad i tidslinjen
    Och kalendern "datum.ics" har händelsen "Redovisningen ska ha kommit in till Socialstyrelsen" den 2024-09-30 med påminnelser 14 och 3 dagar före
    Och kalendern "datum.ics" har händelsen "Socialstyrelsen redovisar om villkoren för Del 2 är uppfyllda" den 2024-11-15 med påminnelser 14 och 3 dagar före
    Och kalendern "datum.ics" har händelsen "Del 1 betalas ut (senast)" den 2024-12-01 med påminnelser 14 och 3 dagar före
    Och kalendern "datum.ics" har händelsen "Månadsrapportering till väntetidsdatabasen: 2024-01" den 2024-02-21 utan påminnelser

  Scenario: En ny körning ger samma UID, så att importen uppdaterar händelserna
    När jag kör "compliance status {fixtures}/region-halland-2024.yaml --as-of 2024-09-01 -o {tmp}/a.ics"
    Och jag kör "compliance status {fixtures}/region-halland-2024.yaml --as-of 2024-10-15 -o {tmp}/b.ics"
    Så kalendrarna "a.ics" och "b.ics" har samma UID för samma händelser, och "b.ics" är stämplad senare

  Scenario: Kalendern går inte att skriva för en hel rapport
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --format ics"
    Så avslutningskoden är 2
    Och felmeddelandet säger "--format ics går inte för en inlämning"
