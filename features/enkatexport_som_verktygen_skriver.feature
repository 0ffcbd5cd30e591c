# language: sv
Egenskap: Enkätexporten läses som verktygen skriver den
  Socialstyrelsens webbenkät God och nära vård 2023 (seeds/002) exporteras av olika verktyg
  och sparas på olika sätt: Excels "CSV UTF-8" och "Unicode-text" (UTF-16 med tabbar),
  gamla radslut, arbetsböcker med dolda blad eller en sammanfattning först, en kolumn per
  delfält ("Andelen kan inte uppskattas", "Andel i procent", "Kommentar") och
  svarsalternativen så som enkäten skriver dem ("Ja, har påbörjat insatser, ange antal").
  Varianterna byggs av fixtures/make_export_variants.py ur enkätens upplägg, inte ur
  läsaren. Hur exporten än är sparad ska samma svar läsas: Region Halland har 65 % på
  fråga 22, den fiktiva Nordmark 54,9 % och Sydmark har kryssat "Andelen kan inte
  uppskattas"; Nordmark har lämnat fråga 29 tom (den får skickas i wordformat).

  Scenariomall: Samma svar ur varje sätt att spara exporten
    Givet exportvarianten "<fil>"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 0
    Och översikten har regionerna "Region Halland, Region Nordmark (fiktiv), Region Sydmark (fiktiv)"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-rss-17-summa"
    Och översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "ej bedömbart" för "Region Sydmark (fiktiv)" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "uppfyllt" för "Region Sydmark (fiktiv)" och regeln "GNV23-numeriska-svar"
    Och översikten visar "att granska" för "Region Nordmark (fiktiv)" och regeln "GNV23-fritext-langd"

    Exempel:
      | fil                           |
      | utf8-bom-semikolon-crlf.csv   |
      | utf8-komma-lf.csv             |
      | unicode-text-utf16.csv        |
      | utf16-utan-bom.csv            |
      | gammal-mac-cr.csv             |
      | dolt-forsta-blad.xlsx         |
      | sammanfattning-forst.xlsx     |
      | sammanfattning-med-regioner.xlsx |
      | delfalt.csv                   |
      | delfalt.xlsx                  |
      | svarsalternativ.csv           |
      | titelrad.csv                  |
      | korta-regionnamn.csv          |
      | procentformat.xlsx            |

  Scenario: Ett dolt blad läses aldrig och rapporten säger vilket blad som lästes
    Givet exportvarianten "dolt-forsta-blad.xlsx"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023" för regionen "Halland"
    Så regeln "GNV23-rss-19-summa" har utfallet "uppfyllt"
    Och rapporten noterar "bladet 'Svar' lästes (rubrikrad 1); dolda blad lästes inte: Gammal, Mycket dolt"
    Och underlaget för regeln "GNV23-fast-lakarkontakt-befolkning" nämner "65"

  Scenario: Excels 100 % sparat som 1,0 läses som den procentsats Excel visar
    Givet exportvarianten "procentformat.xlsx"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023" för regionen "Region Nordmark (fiktiv)"
    Så regeln "GNV23-fast-lakarkontakt-befolkning" har utfallet "ej uppfyllt"
    Och underlaget för regeln "GNV23-fast-lakarkontakt-befolkning" nämner "54,9"
    Och regeln "GNV23-fast-lakarkontakt-sabo" har utfallet "uppfyllt"

  Scenario: Ett kort regionnamn knyts till regionens officiella namn
    Givet exportvarianten "korta-regionnamn.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023" för regionen "Region Halland"
    Så regeln "GNV23-fast-lakarkontakt-befolkning" har utfallet "uppfyllt"

  Scenario: En rad med en cell för lite är ett fel på raden, aldrig förskjutna svar
    Givet exportvarianten "ojamn-rad-kort.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och översikten har felet på rad 3 kolumn 29 "raden har 28 celler men rubrikraden 29; en cell saknas"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-befolkning"

  Scenario: En rad med en cell för mycket är ett fel på raden
    Givet exportvarianten "ojamn-rad-lang.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och översikten har felet på rad 4 kolumn 30 "raden har 30 celler men rubrikraden 29; cellen i kolumn AD har ingen rubrik"

  Scenario: Två rader för en region är ett fel i översikten
    Givet exportvarianten "dubbel-region.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och översikten har felet på rad 5 kolumn 3 "regionen 'Region Halland' finns redan på rad 2"

  Scenario: Två rader för en region är ett fel också för regionens egen rapport
    Givet exportvarianten "dubbel-region.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023" för regionen "Halland"
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 5 kolumn 3 och säger "regionen 'Region Halland' finns redan på rad 2; exporten ska ha en rad per region"

  Scenario: Ett regionnamn med en kyrillisk bokstav pekas ut med båda stavningarna
    Givet exportvarianten "kyrilliskt-a.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och översikten har felet på rad 2 kolumn 3 "regionnamnet 'Region Hаlland' har bokstäver ur ett annat alfabet som ser ut som latinska (kyrilliskt 'а'); med latinska bokstäver står det 'Region Halland'"

  Scenario: En titelrad för ett annat år säger vilket paket exporten passar
    Givet exportvarianten "titel-annat-ar.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och felmeddelandet säger "rubriken 'Uppföljning God och nära vård 2024' gäller enkäten för 2024, men paketet god-och-nara-vard-2023 väntar 'God och nära vård 2023'"

  Scenario: Utan enkätkolumn och titel avgör paketet som anges
    Givet exportvarianten "utan-enkatnamn.csv"
    När enkätexporten bedöms per 2024-06-01 utan paket
    Så avslutningskoden är 2
    Och felmeddelandet säger "ange vilket paket exporten gäller med --pack"

  Scenario: En trasig export stoppar aldrig resten av katalogen
    Givet en katalog med exportvarianterna "unicode-text-utf16.csv, ojamn-rad-kort.csv" och en trasig Excel-fil
    När katalogen bedöms per 2024-06-01
    Så avslutningskoden är 2
    Och översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten har felet "ojamn-rad-kort.csv:3:29: raden har 28 celler men rubrikraden 29"
    Och översikten hoppade över "trasig.xlsx"
