# language: sv
Egenskap: Fritextsvar är ifyllda och håller sig inom teckengränsen
  Mallens platshållartext "Klicka eller tryck här för att ange text." betyder obesvarat.
  Enkäten God och nära vård 2023 räknar tecken med mellanslag; å, ä och ö räknas som ett
  tecken även när de är skrivna som bokstav plus kombinerande tecken (NFC).

  # seeds/001, formuläret 3.6: "Resultatet av genomförda insatser (som inte beskrivits
  # tidigare)" får lämnas när resultaten redan beskrivits. Hallands platshållare där är
  # därför ett fält att granska, inte ett obesvarat krav.
  Scenario: Hallands tomma resultatfält i avsnitt 3.6 granskas i stället för att underkännas
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-fritext-besvarad" har utfallet "uppfyllt"
    Och regeln "OT24-3.6-resultat-granskas" har utfallet "att granska"
    Och underlaget för regeln "OT24-3.6-resultat-granskas" nämner "lämnat tomt, vilket formuläret tillåter"
    Och avslutningskoden är 0

  Scenario: Ett annat fritextfält med platshållaren är obesvarat
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "vtdb_ej_rapporterat" är "Klicka eller tryck här för att ange text."
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-fritext-besvarad" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-fritext-besvarad" nämner "svaret är mallens platshållartext"
    Och avslutningskoden är 1

  Scenario: En obligatorisk beskrivning som bara är platshållartext
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "bup_medel" är "  Klicka eller tryck här för att ange text. "
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-redovisning-beskrivningar" har utfallet "ej uppfyllt"

  Scenariomall: Teckengränsen 1 000 och 5 000 tecken
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "<fråga>" är en text på <antal> tecken
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-fritext-langd" har utfallet "<utfall>"

    Exempel:
      | fråga      | antal | utfall      |
      | fritext_7  | 1000  | uppfyllt    |
      | fritext_7  | 1001  | ej uppfyllt |
      | fritext_29 | 5000  | uppfyllt    |
      | fritext_29 | 5001  | ej uppfyllt |

  Scenario: Underlaget visar antal tecken mot gränsen
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_29" är en text på 5001 tecken
    När inlämningen bedöms per 2024-06-01
    Så underlaget för regeln "GNV23-fritext-langd" nämner "antal tecken var 5 001, över 5 000 (gränsen)"

  Scenario: Bokstav med kombinerande tecken räknas som ett tecken
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_7" är "Vården"
    När inlämningen bedöms per 2024-06-01
    Så underlaget för regeln "GNV23-fritext-langd" nämner "antal tecken var 6, högst 1 000 (gränsen)"
