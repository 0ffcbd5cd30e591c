# language: sv
Egenskap: Diagrammen ritar väntar som väntar, och orden krockar aldrig
  En månad vars datum ännu inte kommit är "väntar" i diagrammet, inte "saknas", och ord
  över månader utan värde står ett per följd av månader, centrerat, så att de aldrig
  skrivs över varandra.

  Scenariomall: Månader utan värde i diagrammen
    När jag kör "compliance check {fixtures}/<fil> --as-of <datum> -o {tmp}/rapport.html"
    Så diagrammen i "rapport.html" skriver "<ord>" över månader utan värde och aldrig "<aldrig>"
    Och inga ord i diagrammen i "rapport.html" står över varandra

    Exempel:
      | fil                       | datum      | ord     | aldrig  |
      | region-halland-2024.yaml  | 2024-09-01 | väntar  | saknas  |
      | region-nordmark-2024.yaml | 2025-02-01 | saknas  | väntar  |
