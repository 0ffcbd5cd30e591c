# language: sv
Egenskap: Formulär och exporter som andra har gjort
  Regionerna och enkätverktygen gör inte dokumenten som vår kopia av formuläret. Samma
  frågor ur seeds/001 (formulärets avsnitt 3.1–3.7, Ja/nej-frågorna i 3.4 och 3.6) och
  seeds/002 (enkätens frågenummer, rutan "kan inte uppskattas") ställs upp på andra sätt:
  fråga och svar på samma rad eller svaren under frågorna, frågor som stycken med svaret
  under, hela formuläret i en tabell, ett X under Ja eller Nej; en export med frågan
  sammanslagen över sina delfält eller frågenumret sist, datum skrivna med dagen först.
  Verktyget läser det en människa ser, och vägrar med platsen när det inte går att avgöra.
  Dokumenten byggs från grunden av fixtures/make_independent_forms.py och
  fixtures/make_independent_exports.py, inte ur vår kopia.

  Scenario: Svaret står bredvid frågan fast formuläret ställer svaren under frågorna
    Givet det fristående formuläret "tabell-per-avsnitt"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.6-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-3.6-fraga-3" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och läsrapporten säger att "regionens namn" är "besvarad" i "tabell 1, rad 1"
    Och läsrapporten säger att "3.6 fråga 1" är "besvarad" i "tabell 8, rad 1"
    Och läsrapporten säger att "3.6 Resultat av genomförda insatser i handlingsplanen" är "obesvarad"

  Scenario: Ett svar i flera stycken under frågan läses helt, och en fråga utan svar är obesvarad
    Givet det fristående formuläret "fragor-som-stycken"
    När formuläret bedöms per 2024-10-01
    Så underlaget för regeln "OT24-3.4-fraga-5-plan" nämner "En plan för att den ska ingå tas fram under hösten."
    Och läsrapporten säger att "regionens namn" är "besvarad"
    Och läsrapporten säger att "3.6 Resultat av genomförda insatser i handlingsplanen" är "obesvarad"
    Och underlaget för regeln "OT24-3.6-resultat-granskas" nämner inte "Utveckla förutsättningar"

  Scenario: Hela formuläret i en tabell med avsnitten som egna rader
    Givet det fristående formuläret "ett-stort-bord"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och läsrapporten säger att "3.6 Hur regionen arbetat och ska arbeta med insatsen i 3.6 (sammanhållen produktions- och kapacitetsplanering), och resultatet" är "besvarad" i "tabell 1, rad 31"

  Scenario: Ett X under Ja eller Nej är svaret
    Givet det fristående formuläret "kryss-under-ja-nej"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och regeln "OT24-3.6-fraga-3" har utfallet "uppfyllt"

  Scenario: Ett X under både Ja och Nej avvisas med platsen
    Givet det fristående formuläret "kryss-under-bade-ja-och-nej"
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "två olika svar på samma ställe för 3.4 fråga 4: 'X' under Ja och 'X' under Nej"

  Scenario: En fråga sammanslagen över sina delfält i två rubrikrader
    Givet den fristående exporten "sammanslagna-rubriker.xlsx"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023" för regionen "Region Sydmark (fiktiv)"
    Så regeln "GNV23-fast-lakarkontakt-befolkning" har utfallet "ej uppfyllt"
    Och underlaget för regeln "GNV23-fast-lakarkontakt-befolkning" nämner "54,5"

  Scenario: Frågenumret sist i rubriken och rutan som 1 eller 0
    Givet den fristående exporten "ettor-och-nollor.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023" för regionen "Region Halland"
    Så regeln "GNV23-fast-lakarkontakt-befolkning" har utfallet "uppfyllt"
    Och underlaget för regeln "GNV23-fast-lakarkontakt-befolkning" nämner "65"

  Scenario: Datum med dagen först läses, ett datum som kan läsas på två sätt avvisas
    Givet den fristående exporten "datum-med-snedstreck.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så översikten har felet på rad 3 kolumn 3 "'03/04/2024' kan vara 2024-03-04 eller 2024-04-03"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "GNV23-enkat-i-tid"

  Scenario: Frågan och svaret i samma ruta, ett tomt svar är obesvarat
    Givet det fristående formuläret "svar-i-fragecellen"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-3" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-3.4-fraga-5-plan" nämner "Specialisttandvården rapporteras inte ännu"
    Och läsrapporten säger att "3.6 Resultat av genomförda insatser i handlingsplanen" är "obesvarad"

  Scenario: Mallens "Ja / Nej" med det ena alternativet struket
    Givet det fristående formuläret "tabell-per-avsnitt"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och regeln "OT24-3.6-fraga-3" har utfallet "uppfyllt"

  Scenario: Rutor skrivna med hakparentes är kryssrutor
    Givet det fristående formuläret "numrerade-fragor"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-myndighetsuppdrag-besvarade" har utfallet "uppfyllt"
    Och läsrapporten säger att "3.3 Deltar i myndighetsuppdraget om kompetensförsörjning och arbetsmiljö" lästes ur "kryssruta"

  Scenario: Spårade ändringar som inte godkänts, och rubriker vars formatmall inte finns i filen
    Givet det fristående formuläret "sparade-andringar"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"

  Scenario: En smal kolumn med "(ja/nej)" eller "Svar:" mellan frågan och svaret
    Givet det fristående formuläret "libreoffice"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och läsrapporten säger att "3.4 fråga 1" är "besvarad" i "tabell 6, rad 1, kolumn 3"
    Och läsrapporten säger att "3.4 fråga 5" lästes ur "formulärfält"

  Scenario: Frågor i Words numrerade lista är frågor, inte avsnittsrubriker
    Givet det fristående formuläret "fragor-som-stycken"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-myndighetsuppdrag-besvarade" har utfallet "uppfyllt"
    Och regeln "OT24-3.6-fraga-2" har utfallet "uppfyllt"
    Och läsrapporten säger att "3.6 Ev. kommentar till frågorna om handlingsplanen" är "besvarad"

  Scenario: Frågor satta som egna rubriker numrerade under avsnittet ("3.4.1 Finns …?")
    Givet det fristående formuläret "fragor-som-stycken"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-3" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-4" har utfallet "ej uppfyllt"
    Och läsrapporten säger att "3.4 fråga 1" lästes ur "skriven text"

  Scenario: En region som exporten kallar vid länets namn
    Givet den fristående exporten "fraga-nr-och-punktdatum.csv"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023" för regionen "Region Halland"
    Så regeln "GNV23-fast-lakarkontakt-befolkning" har utfallet "uppfyllt"
    Och regeln "GNV23-enkat-i-tid" har utfallet "uppfyllt"

  Scenario: Excels dagnummer utan datumformat avvisas med datumet det ser ut att vara
    Givet den fristående exporten "datum-utan-format.xlsx"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och översikten har felet på rad 2 kolumn 3 "45 379 ser ut som ett datum i Excel (2024-03-28) utan datumformat"

  Scenario: En export med en rad per svar avvisas med vad den är
    Givet en fristående export med en rad per svar
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är 2
    Och felmeddelandet säger "exporten har en rad per svar (kolumnerna för fråga och svar)"
