# language: sv
Egenskap: Regionens påståenden prövas mot underlaget
  En granskare ser var regionens egna svar inte stöds av dess data. Svarar regionen Ja
  på att svarsfrekvensen är minst 95 % varje månad (3.4 fråga 4) men månadsdata visar
  något annat, är påståendet ej uppfyllt med båda sidorna i underlaget. Ett Nej där
  data visar att villkoret håller redovisas som indikator.

  Scenariomall: Ja på fråga 4 mot svarsfrekvensen i mars
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-03" i serien "vantetidsdatabasen" har svarsfrekvens_vantande <andel>
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-fraga-4-underlag" har utfallet "<utfall>"
    Och underlaget för regeln "OT24-3.4-fraga-4-underlag" nämner "<underlag>"

    Exempel:
      | andel | utfall      | underlag                                                                      |
      | 95.0  | uppfyllt    | Regionen svarade Ja; underlaget visar att villkoret är uppfyllt                |
      | 94.9  | ej uppfyllt | Regionen svarade Ja; underlaget visar Mars 2024: svarsfrekvensen för väntande var 94,9 %, under kravet 95 % |

  Scenario: Nej trots att underlaget visar att villkoret håller
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "vtdb_svarsfrekvens" är "Nej"
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-fraga-4-underlag" har utfallet "ej uppfyllt"
    Och regeln "OT24-3.4-fraga-4-underlag" har typen "indikator"
    Och underlaget för regeln "OT24-3.4-fraga-4-underlag" nämner "Regionen svarade Nej; underlaget visar att villkoret är uppfyllt"

  Scenario: Den fiktiva Region Nordmark påstår leverans i tid men maj kom dag 22
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-fraga-1-underlag" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-3.4-fraga-1-underlag" nämner "Regionen svarade Ja; underlaget visar Maj 2024: levererad 2024-06-22, efter 2024-06-21 (sista leveransdag)"

  Scenario: Utan månadsdata kan påståendet inte prövas
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-08" saknas i serien "vantetidsdatabasen"
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-fraga-4-underlag" har utfallet "ej bedömbart"
