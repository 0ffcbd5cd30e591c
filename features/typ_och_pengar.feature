# language: sv
Egenskap: Typen och pengarna följer underlaget
  Ett villkor är bara det som en seed knyter pengar till, och det säger vilken
  utbetalning det gäller. Mål, krav och information är annat. Bedömningarna är underlag
  för Socialstyrelsens helhetsbedömning, inte beslutet.

  # seeds/001, utbetalningsmodellen "Del 2": redovisning enligt anvisningarna senast
  # 30 september 2024. Ett motsagt Ja i 3.4 sätter Del 2 i fara.
  Scenario: Ett Ja som underlaget motsäger sätter Del 2 i fara
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-03-01
    Så regeln "OT24-3.4-fraga-4-underlag" har utfallet "ej uppfyllt"
    Och regeln "OT24-3.4-fraga-4-underlag" är villkor för "Del 2 – villkorad av redovisningen"
    Och läget för utbetalningen "del2" är "i fara: OT24-handlingsplan-bifogad, OT24-3.4-fraga-1-underlag, OT24-3.4-fraga-4-underlag"

  # seeds/001, Socialstyrelsens PM: en helhetsbedömning av regionens samlade arbete.
  Scenario: Rapporten säger att beslutet är Socialstyrelsens helhetsbedömning
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så rapporten säger vem som beslutar: "helhetsbedömning"

  # seeds/004 kallar 55 % och 80 % överenskommelsens mål; ingen seed knyter pengar till dem.
  Scenariomall: Fast läkarkontakt är ett mål, inte ett villkor
    Givet en inlämning byggd på "region-halland-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så regeln "<regel>" har typen "mål"

    Exempel:
      | regel                              |
      | GNV23-fast-lakarkontakt-befolkning |
      | GNV23-fast-lakarkontakt-sabo       |

  # seeds/002, fråga 25: målet "Öka kontinuiteten och relationsskapande" anger ingen tröskel.
  Scenario: Att Ko05L ska öka är vår läsning och märks som antagande
    Givet en inlämning byggd på "region-halland-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-kontinuitet-okar" är markerad som antagande

  # Ingen seed knyter någon utbetalning till God och nära vård-enkäten.
  Scenario: Enkäten i tid är ett krav
    Givet en inlämning byggd på "region-halland-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så regeln "GNV23-enkat-i-tid" har typen "krav"
