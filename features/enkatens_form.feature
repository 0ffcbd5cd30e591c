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

  # Enkäten erbjuder "Andelen/Indextal/Antal kan inte uppskattas" bredvid varje andel,
  # indextal och antal (seeds/002, fråga 22, 24, 25 och 33–37). Det är ett giltigt svar:
  # frågan är besvarad, men det finns inget värde att pröva ett mål mot.
  Scenariomall: "Kan inte uppskattas" är ett giltigt svar som inte kan bedömas mot målet
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "<svar>" är "<text>"
    När inlämningen bedöms per 2024-06-01
    Så regeln "<regel>" har utfallet "ej bedömbart"
    Och underlaget för regeln "<regel>" nämner "<alternativ>"
    Och underlaget för regeln "<regel>" nämner "enkätens eget svarsalternativ; ett giltigt svar, men utan värde kan <vad> inte bedömas"

    Exempel:
      | svar                         | text                        | regel                              | alternativ                   | vad   |
      | fast_lakarkontakt_befolkning | kan inte uppskattas         | GNV23-fast-lakarkontakt-befolkning | Andelen kan inte uppskattas  | målet |
      | fast_lakarkontakt_sabo       | Andelen kan inte uppskattas | GNV23-fast-lakarkontakt-sabo       | Andelen kan inte uppskattas  | målet |
      | kontinuitetsindex            | Kan inte uppskattas.        | GNV23-kontinuitet-okar             | Indextal kan inte uppskattas | indikatorn |

  Scenario: "Antal kan inte uppskattas" besvarar sifferfrågan; 0 krävs bara utan det
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "ssk_bidrag_ht" är "Antal kan inte uppskattas"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-numeriska-svar" har utfallet "uppfyllt"
    Och underlaget för regeln "GNV23-numeriska-svar" nämner "Fråga 34: besvarad med"
    Och underlaget för regeln "GNV23-numeriska-svar" nämner "Antal kan inte uppskattas"

  Scenario: En fråga utan alternativet kan inte besvaras med det
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "rss_17_ja" är "kan inte uppskattas"
    När inlämningen bedöms per 2024-06-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "rss_17_ja"

  # Svaren på fråga 29 och 41 får i stället skickas i wordformat till Socialstyrelsen
  # (seeds/002, enkätens inledning): tomma i enkäten är de något en person kontrollerar.
  Scenariomall: Fråga 29 och 41 som står tomma är att granska, inte obesvarade
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "<svar>" <hur>
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-fritext-langd" har utfallet "att granska"
    Och underlaget för regeln "GNV23-fritext-langd" nämner "Fråga <fråga>: inte besvarad i enkäten; svaret får i stället lämnas i wordformat till Socialstyrelsen"
    Och avslutningskoden är 0

    Exempel:
      | svar       | hur      | fråga |
      | fritext_29 | saknas   | 29    |
      | fritext_41 | är tomt  | 41    |

  Scenario: En annan fritext som saknas är fortfarande ej bedömbar
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_26" saknas
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-fritext-langd" har utfallet "ej bedömbart"
