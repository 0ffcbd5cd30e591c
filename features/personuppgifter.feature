# language: sv
Egenskap: Personuppgifter visas aldrig hela, hur de än är skrivna
  Personnummer, samordningsnummer, telefonnummer och e-postadresser skrivs på många sätt:
  med mellanslag eller tankstreck, med "pnr" framför, med parenteser och punkter. Ett
  fritextsvar med personuppgifter är ett fynd som visar uppgiften maskerad; i regionens
  namn, anteckningen och annan text som rapporten visar maskeras uppgiften där den står.
  Formulärets egna funktionsbrevlådor är inga personuppgifter. Namn på personer upptäcks
  inte.

  Scenariomall: Personnummer och telefonnummer som människor skriver dem hittas i fritext
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_26" är "<text>"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-inga-personuppgifter" har utfallet "ej uppfyllt"
    Och underlaget för regeln "GNV23-inga-personuppgifter" nämner "<maskerat>"
    Och underlaget för regeln "GNV23-inga-personuppgifter" nämner inte "<hemligt>"
    Och underlaget för regeln "GNV23-inga-personuppgifter" nämner "Namn på personer upptäcks inte"

    Exempel:
      | text                                        | maskerat                          | hemligt        |
      | Patienten 19121212 1212 fick en läkare.     | personnummer 19****** ****        | 1212 1212      |
      | Patienten 121212–1212 fick en läkare.       | personnummer 12****–****          | 121212–1212    |
      | Patienten, pnr-19121212-1212, fick en tid.  | personnummer 19******-****        | 19121212-1212  |
      | Patienten (p-nr 121212 1212) fick en tid.   | personnummer 12**** ****          | 121212 1212    |
      | Samordningsnr: 701063 – 2391 är noterat.    | samordningsnummer 70**** – ****   | 701063 – 2391  |
      | Ring +46 (0)70-123 45 67 för frågor.        | telefon +4* (*)**-*** ** **       | 123 45 67      |
      | Ring 070.123 45 67 för frågor.              | telefon 07*.*** ** **             | 123 45 67      |
      | Ring (08) 123 456 för frågor.               | telefon (0*) *** ***              | 123 456        |

  Scenariomall: Belopp, år, datum och procent är inga personuppgifter
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_26" är "<text>"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-inga-personuppgifter" har utfallet "uppfyllt"

    Exempel:
      | text                                                   |
      | Regionen fick 1 237 500 000 kronor 2023.               |
      | Beslutet togs 2023-06-15 och gäller 01.07.2023.        |
      | Andelen steg från 54,9 % till 61,2 % mellan 2022 och 2023. |
      | Mottagningen har öppet 08.00–17.00.                    |

  Scenariomall: Socialstyrelsens funktionsbrevlådor i ett svar är inga personuppgifter
    Givet en inlämning byggd på "region-halland-2023.yaml"
    Och svaret "fritext_26" är "<text>"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-inga-personuppgifter" har utfallet "<utfall>"

    Exempel:
      | text                                                             | utfall      |
      | Svaren på fråga 29 skickades till omstallningen@socialstyrelsen.se. | uppfyllt    |
      | Frågor om enkäten gick till Enkat@Socialstyrelsen.se.             | uppfyllt    |
      | Frågor gick till anna.andersson@socialstyrelsen.se.               | ej uppfyllt |

  Scenariomall: Ett telefonnummer i regionens namn maskeras i varje format
    Givet filen "a.yaml" är exemplet "region-vastmark-2024.yaml" med regionen "Region Väst, ring 070-123 45 67"
    När jag kör "compliance check {tmp}/a.yaml --as-of 2025-06-01 --format <format>"
    Så avslutningskoden är 1
    Och utskriften innehåller inte "123 45 67"
    Och utskriften innehåller "<maskerat>"

    Exempel:
      | format   | maskerat                         |
      | text     | Region Väst, ring 07*-*** ** **  |
      | json     | Region Väst, ring 07*-*** ** **  |
      | markdown | Region Väst, ring 07\*-\*\*\*    |
      | html     | Region Väst, ring 07*-*** ** **  |

  Scenariomall: Ett telefonnummer i anteckningen maskeras i varje format
    Givet filen "a.yaml" är exemplet "region-vastmark-2024.yaml" med anteckningen "Kontakt: Anna, 070-123 45 67"
    När jag kör "compliance check {tmp}/a.yaml --as-of 2025-06-01 --format <format>"
    Så avslutningskoden är 1
    Och utskriften innehåller inte "123 45 67"
    Och utskriften innehåller "Kontakt: Anna, 07"

    Exempel:
      | format   |
      | text     |
      | json     |
      | markdown |
      | html     |

  Scenario: Ett telefonnummer i regionens namn maskeras i CSV-översikten
    Givet filen "katalog/a.yaml" är exemplet "region-vastmark-2024.yaml" med regionen "Region Väst, ring 070-123 45 67"
    När jag kör "compliance check {tmp}/katalog --as-of 2025-06-01 --format csv"
    Så avslutningskoden är 1
    Och utskriften innehåller inte "123 45 67"
    Och utskriften innehåller "Region Väst, ring 07*-*** ** **"

  Scenario: Ett felmeddelande som återger indata visar inget personnummer
    Givet en inlämning byggd på "region-vastmark-2024.yaml"
    Och svaret "redovisning_inkom" är "19121212–1212"
    När inlämningen bedöms per 2025-06-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "19******–****"

  # Issue "Verdicts an auditor can sign", item 8: the report says what is not detected.
  Scenario: Rapporten säger att namn på personer inte upptäcks
    Givet en inlämning byggd på "region-halland-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-inga-personuppgifter" har utfallet "uppfyllt"
    Och underlaget för regeln "GNV23-inga-personuppgifter" nämner "namn på personer upptäcks inte"
