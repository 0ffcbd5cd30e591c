# language: sv
Egenskap: Fast läkarkontakt för invånare och för boende på SäBo
  God och nära vård 2023, frågorna 22 och 24: minst 55 % av invånarna och minst 80 % av
  de boende på särskilt boende för äldre ska ha en fast läkarkontakt.

  Scenariomall: Gränserna 55 % och 80 %
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "<fråga>" är talet <andel>
    När inlämningen bedöms per 2024-06-01
    Så regeln "<regel>" har utfallet "<utfall>"

    Exempel:
      | fråga                        | andel | regel                              | utfall      |
      | fast_lakarkontakt_befolkning | 55.0  | GNV23-fast-lakarkontakt-befolkning | uppfyllt    |
      | fast_lakarkontakt_befolkning | 54.9  | GNV23-fast-lakarkontakt-befolkning | ej uppfyllt |
      | fast_lakarkontakt_sabo       | 80.0  | GNV23-fast-lakarkontakt-sabo       | uppfyllt    |
      | fast_lakarkontakt_sabo       | 79.9  | GNV23-fast-lakarkontakt-sabo       | ej uppfyllt |

  Scenario: Hallands egna siffror 65 % och 98 % uppfyller målen
    Givet en inlämning byggd på "region-halland-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så underlaget för regeln "GNV23-fast-lakarkontakt-befolkning" nämner "svaret var 65 %, minst 55 %"
    Och underlaget för regeln "GNV23-fast-lakarkontakt-sabo" nämner "svaret var 98 %, minst 80 %"

  Scenario: Utan förra årets index kan ökningen inte bedömas
    Givet en inlämning byggd på "region-halland-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-kontinuitet-okar" har utfallet "ej bedömbart"
    Och avslutningskoden är 0

  Scenariomall: Kontinuitetsindex ska öka
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "kontinuitetsindex_foregaende_ar" är talet <förra>
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-kontinuitet-okar" har utfallet "<utfall>"

    Exempel:
      | förra | utfall      |
      | 0.17  | uppfyllt    |
      | 0.18  | ej uppfyllt |
