# language: sv
Egenskap: Enkätens formkrav: siffror, personuppgifter och kommunernas summor
  God och nära vård 2023: sifferfrågor besvaras med 0 när svaret är noll, fritext får inte
  innehålla personuppgifter, och i kommunernas enkät ska antalen gå jämnt upp med länets
  kommuner (Halland: 6).

  Scenario: Noll skrivs som 0
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "ssk_bidrag_ht" är "0"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-numeriska-svar" har utfallet "uppfyllt"

  Scenario: En tom sifferfråga är ej uppfylld
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "ssk_bidrag_ht" är tomt
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-numeriska-svar" har utfallet "ej uppfyllt"
    Och underlaget för regeln "GNV23-numeriska-svar" nämner "Fråga 34: uppgift saknas"

  Scenariomall: Personuppgifter i fritext hittas och visas aldrig hela
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_26" är "<text>"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-inga-personuppgifter" har utfallet "ej uppfyllt"
    Och underlaget för regeln "GNV23-inga-personuppgifter" nämner "<slag>"
    Och underlaget för regeln "GNV23-inga-personuppgifter" nämner inte "<hemligt>"

    Exempel:
      | text                                     | slag              | hemligt       |
      | Patienten 19121212-1212 fick en läkare.  | personnummer      | 19121212-1212 |
      | Patienten 121212-1212 fick en läkare.    | personnummer      | 121212-1212   |
      | Samordningsnummer 701063-2391 noterat.   | samordningsnummer | 701063-2391   |
      | Skriv till anna.exempel@example.se       | e-post            | anna.exempel  |
      | Ring 070-123 45 67 för frågor            | telefon           | 123 45 67     |

  Scenariomall: Tal som liknar personuppgifter men inte är det
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_26" är "<text>"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-inga-personuppgifter" har utfallet "uppfyllt"

    Exempel:
      | text                                          |
      | Numret 19121212-1213 har fel kontrollsiffra.  |
      | Riktvärdet är 1 100 invånare per läkare 2023. |
      | Perioden 2023-01-01 till 2023-12-31.          |

  Scenariomall: Kommunernas svar på fråga 19 summerar till länets sex kommuner
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "rss_19_ej_svar" är talet <ej_svar>
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-rss-19-summa" har utfallet "<utfall>"

    Exempel:
      | ej_svar | utfall      |
      | 0       | uppfyllt    |
      | 1       | ej uppfyllt |
