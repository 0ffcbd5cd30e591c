# language: sv
Egenskap: En arbetsbok som går att filtrera och summera i Excel
  Varje tabell har fryst rubrikrad, filter och kolumnbredder; datum är datum och tal är
  tal; reglernas rubriker står i matrisens kolumnhuvuden med id bredvid; summeringarna
  står under data, utanför filtret; förbehåll och antaganden har ett eget blad, och en
  katalogkörning har ett blad per region.

  Bakgrund:
    När jag kör "compliance check {fixtures} --as-of 2025-06-01 -o {tmp}/oversikt.xlsx"

  Scenario: Varje tabell har filter, bredder och fryst rubrikrad
    Så varje blad i arbetsboken "oversikt.xlsx" har en fryst rubrikrad
    Och varje blad i arbetsboken "oversikt.xlsx" utom "Sammanfattning" har filter från A1 och satta kolumnbredder

  Scenario: Summeringarna står under matrisen, utanför filtret
    Så på bladet "okad-tillganglighet-2024" i arbetsboken "oversikt.xlsx" står "Totalt ej uppfyllt" under filtrets sista rad
    Och kolumnen för "OT24-3.4-svarsfrekvens-vantande" på bladet "okad-tillganglighet-2024" i arbetsboken "oversikt.xlsx" har rubriken "Svarsfrekvensen för väntande är minst 95 % varje månad (OT24-3.4-svarsfrekvens-vantande)"

  Scenario: Datum är datum och tal är tal
    Så bladet "Sammanfattning" i arbetsboken "oversikt.xlsx" har datumet 2025-06-01 för "Bedömt per"
    Och bladet "Underlag" i arbetsboken "oversikt.xlsx" har talet 93.1 med kravet "≥ 95" för "OT24-3.4-svarsfrekvens-vantande"
    Och talet 93.1 på bladet "Underlag" i arbetsboken "oversikt.xlsx" har ett talformat med decimaler

  Scenario: Förbehåll och ett blad per region
    Så bladet "Förbehåll" i arbetsboken "oversikt.xlsx" nämner "helhetsbedömning"
    Och bladet "Förbehåll" i arbetsboken "oversikt.xlsx" nämner "80 mnkr"
    Och bladet "Region Nordmark (fiktiv)" i arbetsboken "oversikt.xlsx" visar "ej uppfyllt" i rött för regeln "OT24-3.4-svarsfrekvens-vantande"
    Och bladet "Region Halland (2)" i arbetsboken "oversikt.xlsx" visar "uppfyllt" i grönt för regeln "OT24-3.4-svarsfrekvens-vantande"
