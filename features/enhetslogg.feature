# language: sv
Egenskap: Svarsfrekvens och leveransdatum räknas fram ur enheternas rapporteringslogg
  En logg med en rad per enhet och månad (förväntad att rapportera, rapporterat för
  väntande och för faktisk väntetid, leveransdatum) ger månadens svarsfrekvens och
  leveransdatum. En enhet som inte förväntas rapportera räknas inte. I en månad som
  inte når 95 % nämns de enheter som inte rapporterat.

  Scenario: Mars i Region Nordmarks logg: 17 av 19 förväntade enheter rapporterade väntande
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01 med loggen "enhetslogg-nordmark-2024.csv"
    Så regeln "OT24-3.4-svarsfrekvens-vantande" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "Mars 2024: svarsfrekvensen för väntande var 89,4 %, under kravet 95 % (ej rapporterat: Vårdcentral Hamnen, Privat vårdgivare Norrsken AB; regionen angav 93,1 %, enhetsloggen ger 89,4 %)"
    Och underlaget för regeln "OT24-3.4-svarsfrekvens-genomford" nämner "Mars 2024: svarsfrekvensen för faktisk väntetid var 94,7 %, under kravet 95 % (ej rapporterat: Privat vårdgivare Norrsken AB; regionen angav 94,9 %, enhetsloggen ger 94,7 %)"
    Och underlaget för regeln "OT24-3.4-leverans-tre-veckor" nämner "Maj 2024: levererad 2024-06-22, efter 2024-06-21 (sista leveransdag)"

  Scenario: Samma logg som Excel-fil ger samma bedömning
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01 med loggen "enhetslogg-nordmark-2024.csv" som Excel
    Så underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "Mars 2024: svarsfrekvensen för väntande var 89,4 %, under kravet 95 %"
    Och regeln "OT24-3.4-svarsfrekvens-vantande" har utfallet "ej uppfyllt"

  Scenario: Många enheter som saknas nämns med några namn och sedan ett antal
    Givet en logg där 5 av 20 förväntade enheter inte rapporterat i "2024-04"
    Och en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01 med den loggen
    Så underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "April 2024: svarsfrekvensen för väntande var 75 %, under kravet 95 % (ej rapporterat: Enhet 1, Enhet 2, Enhet 3 och 2 till; regionen angav 97,9 %, enhetsloggen ger 75 %)"

  Scenariomall: En felaktig rad pekas ut med rad och kolumn
    Givet en logg med raden "<rad>"
    Och en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01 med den loggen
    Så avslutningskoden är 2
    Och felmeddelandet säger "logg.csv:2:<kolumn>: kolumn <namn>: <meddelande>"

    Exempel:
      | rad                                        | kolumn | namn             | meddelande                          |
      | E1,Enhet 1,2024-03,kanske,ja,ja,2024-04-10 | 4      | expected         | väntade ja eller nej, fick 'kanske' |
      | E1,Enhet 1,2024-13,ja,ja,ja,2024-04-10     | 3      | month            | '2024-13' är ingen månad            |
      | E1,Enhet 1,2025-03,ja,ja,ja,2025-04-10     | 3      | month            | månaden 2025-03 ligger utanför      |
      | E1,Enhet 1,2024-03,ja,ja,ja,2024-02-30     | 7      | delivered        | '2024-02-30' är inget giltigt datum |

  Scenariomall: Regionens egen siffra som skiljer sig från loggen är ett fynd att granska
    Månaden bedöms på enhetsloggen. Att regionen angav något annat är ett eget fynd i
    underlaget ("att granska"): det gör aldrig en brist till uppfyllt och aldrig en
    regel uppfylld som annars hade varit det utan att någon ser skillnaden.
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-03" i serien "vantetidsdatabasen" har svarsfrekvens_vantande <angiven>
    Och en logg med raden "E1,Enhet 1,2024-03,ja,<rapporterat>,ja,2024-04-14"
    När inlämningen bedöms per 2025-06-01 med den loggen
    Så regeln "OT24-3.4-svarsfrekvens-vantande" har utfallet "<utfall>"
    Och underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "Mars 2024: svarsfrekvensen för väntande var <loggen>"
    Och underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "Mars 2024: regionens egen uppgift stämmer inte med enhetsloggen (<fält>: regionen angav <angiven_text>, enhetsloggen ger <loggen>); månaden bedöms på enhetsloggen och skillnaden behöver förklaras"

    Exempel:
      | angiven | rapporterat | utfall      | loggen | angiven_text | fält                               |
      | 98.1    | ja          | att granska | 100 %  | 98,1 %       | svarsfrekvensen för väntande |
      | 93.1    | ja          | att granska | 100 %  | 93,1 %       | svarsfrekvensen för väntande |
      | 98.1    | nej         | ej uppfyllt | 0 %    | 98,1 %       | svarsfrekvensen för väntande |

  Scenario: Samma siffra i regionens uppgift och i loggen är inget fynd
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-03" i serien "vantetidsdatabasen" har svarsfrekvens_vantande 100
    Och månaden "2024-03" i serien "vantetidsdatabasen" har svarsfrekvens_genomford 100
    Och en logg med raden "E1,Enhet 1,2024-03,ja,ja,ja,2024-04-14"
    När inlämningen bedöms per 2025-06-01 med den loggen
    Så regeln "OT24-3.4-svarsfrekvens-vantande" har utfallet "uppfyllt"
    Och underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner inte "stämmer inte med enhetsloggen"
