# language: sv
Egenskap: BUP-poängen vilar på registrets egna siffror
  Seeds/001 avsnitt 3.7: BUP-resultaten redovisas via väntetidsdatabasen, och 450 mnkr
  fördelas efter prestationspoäng – augusti på januari–juni, december på juli–november.
  Registrets månadstabeller (Väntetider i vården, BUP: första bedömning, fördjupad utredning,
  behandling) ger varje regions andel inom 30 dagar. En siffra registret döljer gör månaden
  ej bedömbar, aldrig 0 och aldrig godkänd; en siffra regionen själv skrivit in som skiljer
  sig från registrets visas bredvid och är att granska. Poängtabellen (90/75/60 %) är
  paketets antagande, inte seedens.

  Scenariomall: Ett halvårs registerfiler ger augustiutbetalningens poäng
    Givet registerfiler för januari–juni där "Halland" har andelarna <första>, <utredning> och <behandling> procent
    När jag kör "compliance check --register {tmp}/register --pack okad-tillganglighet-2024 --region Halland --as-of 2024-08-01 --format json"
    Så regionen "Region Halland" har <poäng> av 9 poäng för januari–juni i den nationella bilden

    Exempel:
      | första | utredning | behandling | poäng |
      | 90     | 75        | 60         | 6     |
      | 89,9   | 74,9      | 59,9       | 3     |
      | 95     | 95        | 95         | 9     |
      | 10     | 20        | 30         | 0     |

  Scenario: En dold siffra gör månaden ej bedömbar, aldrig 0
    Givet registerfiler för januari–juni där "Halland" har andelarna 95, 95 och 95 procent
    Och registret döljer "Halland"s siffra för fördjupad utredning i mars med "<5"
    När jag kör "compliance check --register {tmp}/register --pack okad-tillganglighet-2024 --region Halland --as-of 2024-08-01 --format json"
    Så regionen "Region Halland" saknar poäng för januari–juni i den nationella bilden
    Och underlaget för "Region Halland" i den nationella bilden nämner "registret visar ingen siffra (<5"

  Scenario: Regionens egen siffra som skiljer sig från registrets flaggas
    Givet registerfiler för januari–juni där "Halland" har andelarna 95, 95 och 95 procent
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --register {tmp}/register --as-of 2024-08-01 --format json"
    Så i JSON-rapporten säger regeln "OT24-3.7-bup-poang" "januari 2024: regionens egen uppgift för första bedömning (78 %) stämmer inte med registrets (95 %)"
    Och i JSON-rapporten säger regeln "OT24-3.7-bup-poang" "sammanlagt 9 av 9 poäng (utbetalning augusti 2024)"

  Scenario: En registerfil utan månad i rubrik eller namn kräver --period
    Givet registerfilen "register/export.xlsx" utan månad
    När jag kör "compliance check --register {tmp}/register/export.xlsx --pack okad-tillganglighet-2024 --as-of 2024-08-01"
    Så avslutningskoden är 2
    Och felmeddelandet säger "månaden framgår varken av tabellens rubrik eller av filnamnet; ange den med --period ÅÅÅÅ-MM"

  Scenario: Den nationella bilden har varje region ur registret
    Givet registerfiler för januari–juni där "Halland" har andelarna 95, 95 och 95 procent
    När jag kör "compliance check --register {tmp}/register --pack okad-tillganglighet-2024 --as-of 2024-08-01 --format json"
    Så JSON-översikten har paketet "okad-tillganglighet-2024" med 21 regioner
    Och JSON-översiktens poäng för "Region Halland" är 9 av 9 för "augusti 2024 (januari–juni)"
    När jag kör "compliance check --register {tmp}/register --pack okad-tillganglighet-2024 --as-of 2024-08-01"
    Så utskriften innehåller "Poäng per utbetalningsperiod:"

  Scenario: Registrets svarsfrekvens visas bredvid regionens Ja på 3.4 fråga 4, aldrig sammanvägd
    Givet registerfiler för januari–juni där "Halland" har andelarna 95, 95 och 95 procent
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --register {tmp}/register --as-of 2024-08-01 --format json"
    Så JSON-rapportens anteckningar nämner "Registrets svarsfrekvens för BUP var som lägst 97 % (januari 2024, första bedömning); regionen svarade Ja på"
    Och JSON-rapportens anteckningar nämner "de visas bredvid varandra och vägs inte samman"

  Scenario: Exemplens registerfiler säger att siffrorna är påhittade, och rapporten säger det vidare
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --register {fixtures}/register --as-of 2024-12-31 --format json"
    Så JSON-rapportens anteckningar nämner "Registerfilerna anger själva att siffrorna är illustrativa, inte registrets"
    Och JSON-rapportens anteckningar nämner "fixtures/register/bup-2024-03.xlsx (mars 2024)"

  # seeds/001 avsnitt 3.7: registrets tabell för en månad har alla regioner, så samma
  # filer tjänar varje inlämning i en katalog – Word-formulär som YAML.
  Scenario: En katalog bedöms mot samma registerfiler för varje region i den
    Givet registerfiler för januari–juni för alla regioner, även de fiktiva, där "Halland" har andelarna 95, 95 och 95 procent och "Västmark (fiktiv)" har andelarna 89,9, 74,9 och 59,9 procent
    Och en katalog med Word-formulären och YAML-exemplet "region-halland-2023.yaml"
    När jag kör "compliance check {tmp}/redovisningar --register {tmp}/register --as-of 2024-08-01 --format json"
    Så JSON-översiktens poäng för "Region Halland" är 9 av 9 för "augusti 2024 (januari–juni)"
    Och JSON-översiktens poäng för "Region Västmark (fiktiv)" är 3 av 9 för "augusti 2024 (januari–juni)"
    När jag kör "compliance check {tmp}/redovisningar --register {tmp}/register --as-of 2024-08-01 --format csv"
    Så CSV-översiktens poäng för "Region Halland" är 9 av 9 för "augusti 2024 (januari–juni)"
    Och CSV-översiktens poäng för "Region Västmark (fiktiv)" är 3 av 9 för "augusti 2024 (januari–juni)"

  Scenario: Den nationella bilden som CSV har varje regions poäng per utbetalningsperiod
    Givet registerfiler för januari–juni där "Halland" har andelarna 90, 75 och 60 procent
    När jag kör "compliance check --register {tmp}/register --pack okad-tillganglighet-2024 --as-of 2024-08-01 --format csv"
    Så CSV-översiktens poäng för "Region Halland" är 6 av 9 för "augusti 2024 (januari–juni)"
    Och CSV-översikten har poäng för 21 regioner
