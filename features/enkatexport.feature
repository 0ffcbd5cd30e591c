# language: sv
Egenskap: Den nationella enkätexporten ger översikten direkt
  Socialstyrelsen exporterar webbenkäten God och nära vård med en rad per region och en
  kolumn per fråga. Paketet anger vilka kolumner som hör till vilka frågor (på
  frågenumret, inte rubrikens ordalydelse), så att översikten över alla regioner kan
  tas fram direkt ur exporten utan att någon skriver om svaren som YAML. En tom cell är
  en obesvarad fråga – aldrig uppfyllt – och en export som inte går att knyta till
  paketet ger ett tydligt fel.

  Scenario: Den nationella översikten ur exporten
    När den medföljande enkätexporten ".xlsx" bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så översikten har regionerna "Region Halland, Region Sydmark (fiktiv), Region Östmark (fiktiv), Region Mellanmark (fiktiv), Region Fjällmark (fiktiv)"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "ej uppfyllt" för "Region Sydmark (fiktiv)" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "uppfyllt" för "Region Fjällmark (fiktiv)" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "ej uppfyllt" för "Region Sydmark (fiktiv)" och regeln "GNV23-inga-personuppgifter"
    Och utskriften innehåller inte "19121212-1212"

  Scenario: Samma översikt ur exporten sparad som CSV
    När den medföljande enkätexporten ".csv" bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-rss-19-summa"
    Och översikten visar "ej uppfyllt" för "Region Sydmark (fiktiv)" och regeln "GNV23-rss-19-summa"

  Scenariomall: Gränsen 55 % läses ur cellen, med decimalkomma som i svenska Excel
    Givet enkätexporten där "Region Halland" har "<andel>" under "22."
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så översikten visar "<utfall>" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-befolkning"

    Exempel:
      | andel | utfall      |
      | 54,9  | ej uppfyllt |
      | 55    | uppfyllt    |
      | 55,0  | uppfyllt    |

  Scenariomall: En rubrik med annan ordalydelse hittas på frågenumret
    Givet enkätexporten där rubriken som börjar "22." lyder "<rubrik>"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-befolkning"

    Exempel:
      | rubrik                                      |
      | Fråga 22                                    |
      | FRÅGA 22: Fast läkarkontakt den 31 december |
      | 22 Andel invånare med fast läkarkontakt     |

  Scenario: En tom svarscell är en obesvarad fråga, aldrig uppfyllt
    Givet enkätexporten där "Region Halland" har lämnat cellen under "22." tom
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så översikten visar "ej bedömbart" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-sabo"

  Scenario: En kolumn som saknas pekas ut med sin fråga
    Givet enkätexporten utan kolumnen som börjar "22."
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och felmeddelandet säger "kolumnen för fråga 22 (Andel av befolkningen med fast namngiven läkarkontakt 31 december) saknas i rubrikraden"
    Och inlämningsfilen är oförändrad

  Scenario: En rad utan regionnamn pekas ut och de andra regionerna bedöms ändå
    Givet enkätexporten där "Region Östmark (fiktiv)" har lämnat cellen under "Region" tom
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och översikten har felet "export.csv:4:3: raden har svar men inget regionnamn i kolumn C"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-fast-lakarkontakt-befolkning"

  Scenario: Ett svar som inte är ett tal pekas ut med rad, kolumn och fråga
    Givet enkätexporten där "Region Halland" har "sextiofem" under "22."
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och översikten har felet "export.csv:2:13: rad 2, kolumn M – fråga 22: fast_lakarkontakt_befolkning: 'sextiofem' är inte en procentsats (0–100)"

  Scenario: En export från ett annat år säger vilket paket den passar
    Givet enkätexporten där enkätens namn är "Uppföljning God och nära vård 2024"
    När enkätexporten bedöms per 2025-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 2 kolumn 2 och säger "raden gäller enkäten 'Uppföljning God och nära vård 2024', men paketet god-och-nara-vard-2023 väntar 'God och nära vård 2023'; exporten passar god-och-nara-vard-2024"

  Scenario: Ett paket utan enkätexport
    Givet enkätexporten ur exemplen som CSV
    När enkätexporten bedöms per 2024-06-01 med paketet "okad-tillganglighet-2024"
    Så avslutningskoden är 2
    Och felmeddelandet säger "paketet okad-tillganglighet-2024 beskriver ingen enkätexport; paket med enkätexport: god-och-nara-vard-2023, god-och-nara-vard-2024"

  Scenario: Utan paket säger felet vilka paket exporten kan gälla
    Givet enkätexporten ur exemplen som CSV
    När enkätexporten bedöms per 2024-06-01 utan paket
    Så avslutningskoden är 2
    Och felmeddelandet säger "ange vilket paket exporten gäller med --pack (exporten passar god-och-nara-vard-2023)"

  Scenario: En trasig Excel-fil ger ett fel, aldrig en stackspårning
    Givet en trasig Excel-fil "export.xlsx"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och felmeddelandet säger "Excel-filen kan inte läsas"
    Och inlämningsfilen är oförändrad

  Scenario: Importen skriver en inlämning per region med var varje svar stod
    Givet enkätexporten ur exemplen som CSV
    När enkätexporten importeras med paketet "god-och-nara-vard-2023" till katalogen "inlamningar"
    Så avslutningskoden är 0
    Och katalogen "inlamningar" har filerna "region-halland.yaml, region-sydmark-fiktiv.yaml, region-ostmark-fiktiv.yaml, region-mellanmark-fiktiv.yaml, region-fjallmark-fiktiv.yaml"
    Och filen "region-halland.yaml" i katalogen "inlamningar" innehåller "rad 2, kolumn M – fråga 22"
    Och filen "region-mellanmark-fiktiv.yaml" i katalogen "inlamningar" innehåller "rad 5, kolumn M – fråga 22 (obesvarad)"

  Scenario: En import av en export med fel skriver ingenting
    Givet enkätexporten där "Region Fjällmark (fiktiv)" har "i mars" under "Inskickad"
    När enkätexporten importeras med paketet "god-och-nara-vard-2023" till katalogen "inlamningar"
    Så avslutningskoden är 2
    Och felmeddelandet säger "rad 6, kolumn E – 'Inskickad': enkat_inkom: 'i mars' är inget giltigt datum"
    Och katalogen "inlamningar" finns inte

  Scenario: En enkätexport i en katalog bedöms tillsammans med inlämningarna
    Givet en katalog med enkätexporten, inlämningen "region-halland-2024.yaml" och enhetsloggen
    När katalogen bedöms per 2025-06-01
    Så översikten har paketen "god-och-nara-vard-2023, okad-tillganglighet-2024"
    Och översikten visar "ej uppfyllt" för "Region Sydmark (fiktiv)" och regeln "GNV23-fast-lakarkontakt-befolkning"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "OT24-3.4-svarsfrekvens-vantande"
    Och översikten hoppade över "enhetslogg-nordmark-2024.csv"
