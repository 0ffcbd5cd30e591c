# language: sv
Egenskap: Rapporter i terminalen, i Excel och i byggservrar
  En granskare läser rapporten i ett terminalfönster på 80 kolumner eller i en fil, en
  handläggare öppnar den i svenska Excel och ett regelteam låter sin byggserver läsa den.
  Regel-id:n kapas aldrig, sammanfattningen kommer först, och varje format visar varje
  regels eget utfall.

  Scenario: Regionens rapport på 80 kolumner: hela id:n och sammanfattningen först
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-06-01" i ett fönster med 80 kolumner
    Så avslutningskoden är 1
    Och varje regel-id i "region-nordmark-2024.yaml" står helt i utskriften
    Och ingen rad i utskriften är bredare än 80 tecken
    Och "Sammanfattning:" står före "OT24-3.4-fraga-1" i utskriften
    Och utskriften innehåller "ej uppfyllt · krav · OT24-3.4-svarsfrekvens-vantande"

  Scenario: Den nationella översikten på 80 kolumner: regioner som rader och totaler
    När jag kör "compliance check {fixtures} --as-of 2025-06-01" i ett fönster med 80 kolumner
    Så avslutningskoden är 1
    Och varje regel-id i "region-halland-2024.yaml, region-halland-2023.yaml" står helt i utskriften
    Och ingen rad i utskriften är bredare än 80 tecken
    Och "Nationell översikt" står före "Totalt" i utskriften
    Och utskriften har en rad som börjar med "Region Halland" och slutar med siffror
    Och utskriften innehåller "ej uppfyllt: Region Nordmark (fiktiv)"

  Scenario: Rapporten skickad genom en pipe kapar inga id:n
    När jag kör "compliance check {fixtures}/region-sydmark-2023.yaml --as-of 2025-06-01" i ett fönster med 40 kolumner
    Så varje regel-id i "region-sydmark-2023.yaml" står helt i utskriften

  Scenario: CSV för svenska Excel med mätvärde, krav och enhet
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-06-01 --format csv"
    Så CSV-utskriften har byte order mark, semikolon och svenska rubriker
    Och CSV-raden för regeln "OT24-3.4-svarsfrekvens-vantande" och underlaget "Mars 2024" har värdet "93,1", kravet "≥ 95" och enheten "%"

  Scenario: CSV-översikten för svenska Excel
    När jag kör "compliance check {fixtures} --as-of 2025-06-01 --format csv"
    Så CSV-utskriften har byte order mark, semikolon och svenska rubriker
    Och utskriften innehåller "okad-tillganglighet-2024;Region Västmark (fiktiv);OT24-3.4-fraga-3;"

  Scenario: En Excel-fil skrivs bara till en fil
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-06-01 --format xlsx"
    Så avslutningskoden är 2
    Och felmeddelandet säger "--format xlsx skriver en binär fil som inte kan visas i terminalen; ange en fil med -o"
    Och ingenting skrevs till standard ut

  Scenario: Regionens rapport som Excel-arbetsbok
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-06-01 --format xlsx -o {tmp}/nordmark.xlsx"
    Så avslutningskoden är 1
    Och arbetsboken "nordmark.xlsx" har bladen "Sammanfattning, okad-tillganglighet-2024, Underlag, Källor, Förbehåll"
    Och varje blad i arbetsboken "nordmark.xlsx" har en fryst rubrikrad
    Och bladet "okad-tillganglighet-2024" i arbetsboken "nordmark.xlsx" visar "ej uppfyllt" i rött för regeln "OT24-3.4-svarsfrekvens-vantande"
    Och bladet "okad-tillganglighet-2024" i arbetsboken "nordmark.xlsx" visar "uppfyllt" i grönt för regeln "OT24-3.4-fraga-1"
    Och bladet "Underlag" i arbetsboken "nordmark.xlsx" har talet 93.1 med kravet "≥ 95" för "OT24-3.4-svarsfrekvens-vantande"

  Scenario: Den nationella översikten som Excel-arbetsbok
    När jag kör "compliance check {fixtures} --as-of 2025-06-01 --format xlsx -o {tmp}/oversikt.xlsx"
    Så avslutningskoden är 1
    Och arbetsboken "oversikt.xlsx" har bladen "Sammanfattning, god-och-nara-vard-2023, okad-tillganglighet-2024, Region Halland, Region Halland (2), Region Nordmark (fiktiv), Region Sydmark (fiktiv), Region Västmark (fiktiv), Underlag, Källor, Förbehåll"
    Och bladet "okad-tillganglighet-2024" i arbetsboken "oversikt.xlsx" visar "ej uppfyllt" i rött för regionen "Region Nordmark (fiktiv)" och regeln "OT24-3.4-leverans-tre-veckor"
    Och bladet "okad-tillganglighet-2024" i arbetsboken "oversikt.xlsx" visar "uppfyllt" i grönt för regionen "Region Halland" och regeln "OT24-3.4-leverans-tre-veckor"

  Scenario: JUnit för byggservern: villkor och krav fäller, mål gör det inte
    När jag kör "compliance check {fixtures}/region-sydmark-2023.yaml --as-of 2025-06-01 --format junit"
    Så avslutningskoden är 1
    Och JUnit-rapporten har ett testfall per regel i "region-sydmark-2023.yaml"
    Och JUnit-rapporten har ett fel för regeln "GNV23-rss-19-summa"
    Och JUnit-rapporten har inget fel för regeln "GNV23-fast-lakarkontakt-befolkning"
    Och JUnit-rapporten har inget fel för regeln "GNV23-rss-17-summa"

  Scenario: JSON-rapportens schema
    När jag kör "compliance schema report"
    Så avslutningskoden är 0
    Och utskriften är ett JSON Schema som godkänner JSON-rapporten för "region-nordmark-2024.yaml"
