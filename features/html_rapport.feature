# language: sv
Egenskap: HTML-rapporten som en granskare kan läsa, skriva ut och lita på
  En granskare läser HTML-rapporten på skärmen eller på papper, kanske i gråskala eller
  med nedsatt färgseende. Varje utfall står därför i ord, aldrig bara som en färg;
  sammanfattningen visar reglernas titlar; tabellerna har rubriker som en skärmläsare kan
  följa; diagrammen ritas ur bedömningarna, med sina värden i text. Översikten för landet
  visar summor per regel och per region, en värmekarta med bokstäver och hela
  spårbarheten: undantag, antaganden, källor och att Socialstyrelsens helhetsbedömning
  avgör.

  Scenariomall: Sammanfattningen visar regelns titel och utfallet i ord
    När jag kör "compliance check {fixtures}/<fil> --as-of <datum> <tillval> --format html -o {tmp}/rapport.html"
    Så HTML-rapportens sammanfattning visar "<titel>" med utfallet "<utfall>"

    Exempel:
      | fil                       | datum      | tillval                                              | titel                                                                                     | utfall       |
      | region-nordmark-2024.yaml | 2025-02-01 |                                                      | Svar Ja på att data finns i väntetidsdatabasen inom tre veckor                            | uppfyllt     |
      | region-nordmark-2024.yaml | 2025-02-01 |                                                      | Svarsfrekvensen för väntande är minst 95 % varje månad                                    | ej uppfyllt  |
      | region-halland-2023.yaml  | 2025-06-01 |                                                      | Kontinuitetsindex till läkare har ökat jämfört med året innan                             | ej bedömbart |
      | region-halland-2024.yaml  | 2024-10-01 |                                                      | Väntetidsdata för varje månad levereras senast tre veckor efter månadens slut             | väntar       |
      | region-nordmark-2024.yaml | 2025-02-01 | --waivers {fixtures}/undantag-nordmark-2024.yaml     | Handlingsplanen är bifogad redovisningen                                                  | undantag     |
      | region-nordmark-2024.yaml | 2025-02-01 |                                                      | BUP – prestationspoäng för andel inom 30 dagar (första bedömning, utredning, behandling)  | poäng        |
      | region-nordmark-2024.yaml | 2025-02-01 |                                                      | Svaret om data som inte rapporteras ger en plan för att de ska ingå                       | att granska  |

  Scenario: Varje underlag och varje tabell går att läsa utan färg
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 --format html -o {tmp}/rapport.html"
    Så varje underlag i HTML-rapporten har sitt utfall i ord
    Och HTML-rapportens underlag visar "ej uppfyllt" vid "Mars 2024: svarsfrekvensen för väntande var 93,1 %, under kravet 95 %"
    Och varje tabell i HTML-rapporten har en rubrikrad och rubriker med scope

  Scenario: Svarsfrekvensen per månad mot 95-procentslinjen
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 --format html -o {tmp}/rapport.html"
    Så i diagrammet "Svarsfrekvensen för väntande är minst 95 % varje månad" ligger "Mars 2024" på 93,1 % under linjen för kravet 95 %, markerad "ej uppfyllt"
    Och i diagrammet "Svarsfrekvensen för väntande är minst 95 % varje månad" ligger "Februari 2024" på 97,5 % över linjen för kravet 95 %, markerad "uppfyllt"
    Och i diagrammet "Svarsfrekvensen för faktisk väntetid är minst 95 % varje månad" ligger "Mars 2024" på 94,9 % under linjen för kravet 95 %, markerad "ej uppfyllt"
    Och i diagrammet "Svarsfrekvensen för väntande är minst 95 % varje månad" saknas värdet för "November 2024"
    Och diagrammet "Svarsfrekvensen för väntande är minst 95 % varje månad" beskriver i text "Mars 2024 93,1 %, ej uppfyllt"

  Scenario: Leveransdagen per månad mot sista leveransdag
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 --format html -o {tmp}/rapport.html"
    Så i diagrammet "Väntetidsdata för varje månad levereras senast tre veckor efter månadens slut" når stapeln för "Maj 2024" dag 22 mot sista leveransdag dag 21, markerad "ej uppfyllt"
    Och i diagrammet "Väntetidsdata för varje månad levereras senast tre veckor efter månadens slut" når stapeln för "Januari 2024" dag 14 mot sista leveransdag dag 21, markerad "uppfyllt"
    Och diagrammet "Väntetidsdata för varje månad levereras senast tre veckor efter månadens slut" beskriver i text "November 2024 saknas (sista leveransdag dag 21), ej uppfyllt"

  Scenario: BUP-andelarna mot poängtabellens gränser
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 --format html -o {tmp}/rapport.html"
    Så i diagrammet "BUP – prestationspoäng för andel inom 30 dagar (första bedömning, utredning, behandling)" når stapeln för "januari–juni, första bedömning" 79,8 % och ger 2 poäng
    Och i diagrammet "BUP – prestationspoäng för andel inom 30 dagar (första bedömning, utredning, behandling)" når stapeln för "januari–juni, fördjupad utredning" 64,7 % och ger 1 poäng
    Och diagrammet "BUP – prestationspoäng för andel inom 30 dagar (första bedömning, utredning, behandling)" har poänggränserna 60 % (1 p), 75 % (2 p), 90 % (3 p)

  Scenario: Regionens spårbarhet: undantag, antaganden, källor och vem som beslutar
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 --waivers {fixtures}/undantag-nordmark-2024.yaml --format html -o {tmp}/rapport.html"
    Så HTML-rapportens spårbarhet nämner "Undantag: OT24-handlingsplan-bifogad: tillämpat"
    Och HTML-rapportens spårbarhet nämner "⚠ Antagande: Poängtabellen"
    Och HTML-rapportens spårbarhet nämner "Socialstyrelsen gör en helhetsbedömning"
    Och HTML-rapportens spårbarhet nämner "Redovisningsformulär Ökad tillgänglighet 2024"
    Och HTML-rapportens spårbarhet nämner "region-nordmark-2024.yaml"

  Scenario: Översikten för landet: värmekarta, summor per regel och region, spårbarhet
    När jag kör "compliance check {fixtures} --as-of 2025-06-01 --format html -o {tmp}/rapport.html"
    Så värmekartan för "okad-tillganglighet-2024" har 3 regioner och 23 regler
    Och värmekartans ruta för "Region Nordmark (fiktiv)" och regel 1 i "okad-tillganglighet-2024" visar "EU" och "ej uppfyllt"
    Och värmekartans ruta för "Region Halland" och regel 1 i "okad-tillganglighet-2024" visar "U" och "uppfyllt"
    Och HTML-översikten räknar 1 regioner med "ej uppfyllt" för regeln "Väntetidsdata för varje månad levereras senast tre veckor efter månadens slut"
    Och HTML-översikten räknar 2 regioner med "uppfyllt" för regeln "Väntetidsdata för varje månad levereras senast tre veckor efter månadens slut"
    Och HTML-översikten räknar 0 regler med "ej uppfyllt" för "Region Halland" i "okad-tillganglighet-2024"
    Och varje tabell i HTML-rapporten har en rubrikrad och rubriker med scope
    Och HTML-rapportens spårbarhet nämner "Socialstyrelsen"
    Och HTML-rapportens spårbarhet nämner "⚠ Antagande"
