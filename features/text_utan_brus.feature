# language: sv
Egenskap: Textrapporten utan dubbla rader, med allt på begäran och tal i ett stycke
  Varje regel nämner var i regionens dokument svaret stod en gång, inte två. Långa listor
  kortas med "… och N till" och en hänvisning till --alla, som visar allt. Ett tal eller
  belopp ("7 598 684 kr", "93,1 %") bryts aldrig över två rader.

  Scenario: Platsen i Word-formuläret nämns en gång per regel
    När jag kör "compliance check {fixtures}/formular/region-halland-2024.docx --as-of 2024-10-01"
    Så texten nämner "Ur regionens dokument" en gång per regel som har en plats i dokumentet

  Scenario: Långa listor kortas med en hänvisning, och --alla visar allt
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och varje månad i serien "vantetidsdatabasen" har svarsfrekvens_vantande 90
    När inlämningen bedöms per 2025-06-01 med rapport i terminalen
    Så utskriften innehåller "… och 6 till (visa alla med --alla)"
    Och utskriften nämner inte "svarsfrekvensen för väntande var 90 %" för varje månad 2024
    När hela underlaget skrivs i terminalen per 2025-06-01
    Så utskriften innehåller inte "och 6 till"
    Och utskriften nämner "svarsfrekvensen för väntande var 90 %" för varje månad 2024

  Scenario: Tal och belopp bryts aldrig över två rader
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2025-06-01" i ett fönster med 44 kolumner
    Så inget tal eller belopp bryts över två rader i utskriften
    Och utskriften skriver beloppen med hårda mellanslag

  Scenariomall: Pengarna nämner villkoren med rubrik, inte med regel-id
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 <tillval>"
    Så avsnittet om pengar i utskriften nämner "Svaret om data som inte rapporteras ger en plan för att de ska ingå" och inget regel-id

    Exempel:
      | tillval           |
      |                   |
      | --format markdown |
