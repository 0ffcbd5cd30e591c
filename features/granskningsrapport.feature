# language: sv
Egenskap: En rapport som en granskare kan lita på och återskapa
  HTML-rapporten är en enda fil utan något att hämta, Markdown kan klistras in i en
  promemoria, och varje rapport anger verktygets version, regelpaketets och indatas
  SHA-256 och bedömningsdatum. explain förklarar en regel i ord.

  Scenario: HTML-rapporten har sammanfattning, antaganden och spårbarhet
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format html -o {tmp}/rapport.html"
    Så avslutningskoden är 0
    Och den skrivna filen "{tmp}/rapport.html" innehåller "<h2>Villkor för utbetalning</h2>"
    Och den skrivna filen "{tmp}/rapport.html" innehåller "⚠ Antagande: Poängtabellen"
    Och den skrivna filen "{tmp}/rapport.html" innehåller "<h2>Spårbarhet</h2>"
    Och den skrivna filen "{tmp}/rapport.html" innehåller "okad-tillganglighet-2024/3.4-vantetidsdatabasen.yaml</code> sha256"

  Scenario: Markdown för en granskningspromemoria
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-06-01 --format markdown"
    Så utskriften innehåller "# Region Nordmark (fiktiv) – Ökad tillgänglighet i hälso- och sjukvården 2024"
    Och utskriften innehåller "- Mars 2024: svarsfrekvensen för väntande var 93,1 %, under kravet 95 % (ej uppfyllt)"
    Och utskriften innehåller "## Spårbarhet"

  Scenario: Samma indata och datum ger samma JSON, byte för byte
    När jag kör "compliance check {fixtures}/region-sydmark-2023.yaml --as-of 2024-06-01 --format json -o {tmp}/a.json"
    Och jag kör "compliance check {fixtures}/region-sydmark-2023.yaml --as-of 2024-06-01 --format json -o {tmp}/b.json"
    Så filerna "{tmp}/a.json" och "{tmp}/b.json" är identiska

  Scenario: explain förklarar en regel och bedömningen av en inlämning
    När jag kör "compliance explain OT24-3.4-leverans-tre-veckor {fixtures}/region-nordmark-2024.yaml --as-of 2025-06-01"
    Så utskriften innehåller "ska gälla: levererad senast sista leveransdag."
    Och utskriften innehåller "Regeln står i"
    Och utskriften innehåller "ej uppfyllt  Maj 2024: levererad 2024-06-22, efter 2024-06-21 (sista leveransdag)"
