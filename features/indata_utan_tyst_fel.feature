# language: sv
Egenskap: Indata som ser tom, dubblerad eller felaktig ut ger aldrig "uppfyllt"
  Ett svar av bara osynliga tecken är obesvarat, två nycklar som ser likadana ut är en
  dubblett, en enhet får bara en rad per månad i loggen och en tom cell är ett fel – inte
  ett "nej". En fil som inte är en vanlig fil läses aldrig. Det som saknas, är dubblerat
  eller ogiltigt blir aldrig "uppfyllt".

  Scenario: Ett fritextsvar av bara osynliga tecken är inte besvarat
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "vtdb_ej_rapporterat" består bara av osynliga tecken
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-ej-rapporterat" har inte utfallet "uppfyllt"

  Scenario: Ett ja/nej-svar av bara osynliga tecken är obesvarat, inte ett fel i filen
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "vtdb_riktlinjer" består bara av osynliga tecken
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-fraga-2" har utfallet "ej bedömbart"

  Scenario: Mallens platshållartext med ett osynligt tecken i är fortfarande platshållaren
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "vtdb_ej_rapporterat" är mallens platshållartext med ett osynligt tecken
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-3.4-ej-rapporterat" har utfallet "ej uppfyllt"

  Scenario: En bilaga vars filnamn bara är osynliga tecken är inte bifogad
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och bilagan "handlingsplan" har ett filnamn av osynliga tecken
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-handlingsplan-bifogad" har inte utfallet "uppfyllt"

  Scenariomall: En månad som ser likadan ut som en annan är en dubblett, aldrig en ersättare
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-03" i serien "vantetidsdatabasen" har svarsfrekvens_vantande 93,1
    Och serien "vantetidsdatabasen" har även nyckeln "<nyckel>" med svarsfrekvens_vantande 99
    När inlämningen bedöms per 2025-06-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "dubblett: '2024-03' finns redan på rad"
    Och inlämningsfilen är oförändrad

    Exempel:
      | nyckel                                 |
      | 2024-03\n                              |
      | \uff12\uff10\uff12\uff14-\uff10\uff13  |
      | \u200b2024-03                          |

  Scenario: Samma enhet två gånger för samma månad i loggen pekas ut med båda raderna
    Givet en logg med raderna:
      """
      E1,Enhet 1,2024-03,ja,nej,ja,2024-04-10
      E2,Enhet 2,2024-03,ja,ja,ja,2024-04-10
      E1,Enhet 1,2024-03,ja,ja,ja,2024-04-10
      """
    Och en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01 med den loggen
    Så avslutningskoden är 2
    Och felmeddelandet säger "logg.csv:4:1: kolumn unit_id: dubblett: enheten 'E1' för 2024-03 finns redan på rad 2"

  Scenariomall: En tom obligatorisk cell i loggen är ett fel, inte ett nej
    Givet en logg med raden "<rad>"
    Och en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01 med den loggen
    Så avslutningskoden är 2
    Och felmeddelandet säger "logg.csv:2:<kolumn>: kolumn <namn>: cellen är tom"

    Exempel:
      | rad                                  | kolumn | namn             |
      | E1,Enhet 1,2024-03,,ja,ja,2024-04-10 | 4      | expected         |
      | E1,Enhet 1,2024-03,ja,,ja,2024-04-10 | 5      | reported_waiting |
      | ,Enhet 1,2024-03,ja,ja,ja,2024-04-10 | 1      | unit_id          |

  Scenario: En leverans daterad år 1 är ett fel, inte en leverans i tid
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-03" i serien "vantetidsdatabasen" har levererad 0001-04-10
    När inlämningen bedöms per 2025-06-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "levererad: datumet 0001-04-10 ligger utanför rimliga datum"

  Scenario: En namngiven rörledning som inlämning läses aldrig
    Givet filen "inlamning.yaml" är en namngiven rörledning (FIFO)
    När filen "inlamning.yaml" bedöms per 2025-06-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "namngiven rörledning"
