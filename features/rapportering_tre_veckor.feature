# language: sv
Egenskap: Väntetidsdata levereras senast tre veckor efter mätmånaden
  Avsnitt 3.4 fråga 1 i Ökad tillgänglighet 2024: faktiska väntetider och väntande ska
  finnas i väntetidsdatabasen senast tre veckor efter den månad mätningen avser.
  Tre veckor räknas som 21 dagar efter månadens sista dag.

  Scenariomall: Leverans på sista dagen eller dagen efter
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "<månad>" i serien "vantetidsdatabasen" har levererad <levererad>
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-leverans-tre-veckor" har utfallet "<utfall>"
    Och underlaget för regeln "OT24-3.4-leverans-tre-veckor" nämner "<namn>: levererad <levererad>, <ord> <sista> (sista leveransdag)"

    Exempel:
      | månad   | namn          | levererad  | utfall      | ord    | sista      |
      | 2024-01 | Januari 2024  | 2024-02-21 | uppfyllt    | senast | 2024-02-21 |
      | 2024-01 | Januari 2024  | 2024-02-22 | ej uppfyllt | efter  | 2024-02-21 |
      | 2024-02 | Februari 2024 | 2024-03-21 | uppfyllt    | senast | 2024-03-21 |
      | 2024-02 | Februari 2024 | 2024-03-22 | ej uppfyllt | efter  | 2024-03-21 |
      | 2024-12 | December 2024 | 2025-01-21 | uppfyllt    | senast | 2025-01-21 |
      | 2024-12 | December 2024 | 2025-01-22 | ej uppfyllt | efter  | 2025-01-21 |

  Scenario: Skottårets februari har sista dag 21 mars
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-02" i serien "vantetidsdatabasen" har levererad 2024-03-22
    När inlämningen bedöms per 2025-06-01
    Så underlaget för regeln "OT24-3.4-leverans-tre-veckor" nämner "Februari 2024: levererad 2024-03-22, efter 2024-03-21 (sista leveransdag)"
    Och avslutningskoden är 1

  # Leveransdatumet är regionens egen uppgift om att månaden rapporterats (seeds/001,
  # avsnitt 3.4 fråga 1): saknas det efter sista dagen är leveransen inte gjord i tid,
  # precis som `status` visar "försenad".
  Scenariomall: En månad som saknas väntar före sista dagen och är ej uppfylld efter
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-11" saknas i serien "vantetidsdatabasen"
    När inlämningen bedöms per <datum>
    Så regeln "OT24-3.4-leverans-tre-veckor" har utfallet "<utfall>"
    Och underlaget för regeln "OT24-3.4-leverans-tre-veckor" nämner "November 2024: <underlag>"

    Exempel:
      | datum      | utfall      | underlag                                    |
      | 2024-12-21 | väntar      | uppgift saknas                              |
      | 2024-12-22 | ej uppfyllt | ingen uppgift om att månaden har levererats |
