# language: sv
Egenskap: Regionens ifyllda Word-formulär läses direkt
  Regionerna redovisar Ökad tillgänglighet 2024 i Socialstyrelsens Word-formulär: text i de
  blå fälten, Ja eller Nej i rullistorna ("Välj ett objekt."). Verktyget läser formuläret
  som paketet beskriver det, pekar varje bedömning till tabell och rad i formuläret, och
  bedömer det formuläret inte innehåller (inkomstdatum, registrets månadsdata, bilagan)
  som saknat – aldrig som uppfyllt.

  Scenario: Hallands ifyllda formulär bedöms som YAML-exemplet där formuläret har svaret
    Givet Word-formuläret "formular/region-halland-2024.docx"
    När formuläret bedöms per 2024-10-01
    Så varje regel som bara läser formulärets svar har samma utfall som för "region-halland-2024.yaml"
    Och ingen regel som läser det formuläret saknar är "uppfyllt"
    Och regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-1" pekar i formuläret på "tabell 11, rad 2 – 3.4 fråga 1"
    Och rapporten säger att formuläret inte innehåller "Månadsrapportering till väntetidsdatabasen"

  Scenario: Importerat och kompletterat ger formuläret exakt YAML-exemplets bedömning
    Givet Word-formuläret "formular/region-halland-2024.docx"
    När formuläret importeras
    Och den importerade filen kompletteras med det formuläret saknar ur "region-halland-2024.yaml"
    Så den importerade filen bedöms regel för regel som "region-halland-2024.yaml" per 2024-10-01
    Och den importerade filen bedöms regel för regel som "region-halland-2024.yaml" per 2024-09-15

  Scenario: Det importerade formuläret bedöms som formuläret självt
    Givet Word-formuläret "formular-utkast/region-halland-2024-halvfylld.docx"
    När formuläret importeras
    Så den importerade filen bedöms regel för regel som formuläret per 2024-09-15, utom det formuläret inte kan innehålla
    Och den importerade filen nämner "# tabell 11, rad 5 (inte ifylld) – 3.4 fråga 4"
    Och den importerade filen nämner "#     2024-01: {levererad: ÅÅÅÅ-MM-DD"
    Och den importerade filen nämner inte "Kim Testsson"

  Scenario: Ett halvfyllt formulär i mitten av september visar vad som återstår
    Givet Word-formuläret "formular-utkast/region-halland-2024-halvfylld.docx"
    När formuläret bedöms per 2024-09-15
    Så regeln "OT24-3.4-fraga-4" har utfallet "väntar"
    Och regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-redovisning-beskrivningar" har utfallet "väntar"
    Och regeln "OT24-redovisning-beskrivningar" pekar i formuläret på "tabell 9, rad 2 (3.3, inte ifylld)"
    När formulärets läge visas per 2024-09-15
    Så att göra-listan nämner "3.4 fråga 4"
    Och tidslinjen visar "Redovisningen ska ha kommit in" som "förfaller om 15 dagar"

  Scenario: Nej valt i en rullista
    Givet Word-formuläret "formular/region-vastmark-2024.docx"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-3" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-3.4-fraga-3" nämner "svaret är Nej"
    Och regeln "OT24-3.4-fraga-3" pekar i formuläret på "tabell 11, rad 4 – 3.4 fråga 3"

  Scenario: En rullista som lämnats på "Välj ett objekt." är obesvarad
    Givet Word-formuläret "formular/region-vastmark-2024.docx"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-myndighetsuppdrag-besvarade" har utfallet "ej uppfyllt"
    Och regeln "OT24-myndighetsuppdrag-besvarade" pekar i formuläret på "tabell 4, rad 2, kolumn 2 (inte ifylld) – 3.2"

  Scenario: Mallens platshållartext kvar i ett fält
    Givet Word-formuläret "formular/region-vastmark-2024.docx"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-redovisning-beskrivningar" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-redovisning-beskrivningar" nämner "mallens platshållartext"
    Och regeln "OT24-redovisning-beskrivningar" pekar i formuläret på "tabell 17, rad 2 (inte ifylld) – 3.7"

  Scenario: Kontaktpersonerna i formuläret hamnar aldrig i rapporten
    Givet Word-formuläret "formular/region-halland-2024.docx"
    När formuläret bedöms per 2024-10-01 med rapport i terminalen
    Så utskriften innehåller "Region Halland"
    Och utskriften innehåller inte "Kim Testsson"
    Och utskriften innehåller inte "010-123 45 67"
    Och utskriften innehåller inte "kim.testsson@example.se"

  Scenario: En katalog med formulär och YAML-filer ger den nationella översikten
    Givet en katalog med Word-formulären och YAML-exemplet "region-sydmark-2023.yaml"
    När katalogen bedöms per 2024-10-01
    Så översikten visar "uppfyllt" för "Region Halland" och regeln "OT24-3.4-fraga-1"
    Och översikten visar "ej uppfyllt" för "Region Västmark (fiktiv)" och regeln "OT24-3.4-fraga-3"
    Och översikten har paketen "god-och-nara-vard-2023, okad-tillganglighet-2024"
    Och översikten hoppade över "~$gion-halland-2024.docx"

  Scenario: Ett formulär från fel år
    Givet Word-formuläret "formular/region-halland-2024.docx" skrivet för år 2023
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "formuläret ser ut som"
    Och felmeddelandet säger "Redovisning av överenskommelsen om ökad tillgänglighet 2023"
    Och felmeddelandet säger "inget regelpaket läser det formuläret (okad-tillganglighet-2024 läser"

  Scenario: En tabell eller en rubrik saknas i formuläret
    Givet Word-formuläret "formular/region-halland-2024.docx" utan tabellen som börjar "Enligt överenskommelsen"
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "hittar inte frågan för 3.4 fråga 1 i formuläret: ingen tabell under rubriken 3.4 har en cell som börjar"
    Och felmeddelandet säger "Finns rapporteringen av faktiska väntetider"

  Scenario: En avsnittsrubrik saknas i formuläret
    Givet Word-formuläret "formular/region-halland-2024.docx" utan rubriken som börjar "3.7"
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "hittar inte avsnittet 3.7 i formuläret (behövs för 3.7 Hur 2024 års medel minskar väntetiderna inom BUP"

  Scenario: Ett svar i rullistan som inte är Ja eller Nej pekas ut
    Givet Word-formuläret "formular/region-halland-2024.docx" med svaret "Kanske" i "vtdb_riktlinjer"
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "tabell 11, rad 3 – 3.4 fråga 2: vtdb_riktlinjer: väntade Ja eller Nej, fick 'Kanske'"

  Scenario: Ett tomt formulär saknar regionens namn
    Givet Word-formuläret "formular-utkast/tomt-2024.docx"
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "tabell 1, rad 2: regionens namn är inte ifyllt i formuläret"

  Scenario: Ett makroaktiverat formulär (.docm) läses utan att makron körs
    Givet Word-formuläret "formular/region-halland-2024.docx" sparat som "halland.docm"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"

  Scenariomall: Dokument som inte går att läsa ger ett tydligt fel och inget skrivs
    Givet en fil "<fil>" som är <slag>
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "<meddelande>"
    Och ingen rapport skrevs

    Exempel:
      | fil           | slag      | meddelande                                          |
      | gammal.doc    | gammal    | dokumentet är i Words gamla format (.doc)           |
      | skyddad.docx  | krypterad | dokumentet är krypterat eller lösenordsskyddat      |
      | trasig.docx   | trasig    | Word-filen är skadad (ingen giltig zip-fil)         |
      | bomb.docx     | zipbomb   | Word-filen är för stor uppackad                     |
      | yaml.docx     | text      | filen är inget Word-dokument (.docx)                |
      | skratt.docx   | entitetsbomb | Word-filen kan inte läsas (XMLSyntaxError i word/document.xml) |

  Scenario: En .xlsx-fil importeras som enkätexport, inte som formulär
    Givet en fil "export.xlsx" som är text
    När formuläret importeras
    Så avslutningskoden är 2
    Och felmeddelandet säger "ange vilket paket exporten gäller med --pack"

  Scenario: Importen skriver inte över en befintlig fil
    Givet Word-formuläret "formular/region-halland-2024.docx"
    När formuläret importeras till "inlamning.yaml"
    Och formuläret importeras till "inlamning.yaml" igen
    Så avslutningskoden är 2
    Och felmeddelandet säger "filen finns redan; ange --force"
