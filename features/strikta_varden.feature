# language: sv
Egenskap: Värden som inte kan finnas godtas aldrig
  En tidpunkt med en omöjlig tid ("2024-03-31 99:99") är ett skrivfel, inte den 31 mars.
  Ett attestbeslut eller ett undantag som gäller något regeln inte bedömer är ett fel med
  plats, aldrig något som tyst inte används.

  Scenariomall: En tidpunkt i enkätexporten läses bara om tiden finns
    Givet enkätexporten där "Region Halland" har "<inskickad>" under "Inskickad"
    När enkätexporten bedöms per 2024-06-01 med paketet "god-och-nara-vard-2023"
    Så avslutningskoden är <kod>
    Och översikten <har> felet "export.csv:2:5: rad 2, kolumn E – 'Inskickad': enkat_inkom: '<inskickad>' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD)"

    Exempel:
      | inskickad           | kod | har      |
      | 2024-03-31 99:99    | 2   | har      |
      | 2024-03-31 24:00    | 2   | har      |
      | 2024-03-31 23:60    | 2   | har      |
      | 2024-02-30 10:00    | 2   | har      |
      | 2024-03-31 23:59    | 1   | har inte |
      | 2024-03-31T00:00:00 | 1   | har inte |

  Scenariomall: En attest för ett svar som regeln inte bedömer är ett fel med plats
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och attestfilen:
      """
      - rule: OT24-3.4-fraga-5-plan
        subject: <svar>
        decision: uppfyllt
        reviewer: Fiktiv granskare
        date: 2024-10-10
        reason: Planen finns.
      """
    När inlämningen bedöms per 2024-10-15 med attesterna
    Så avslutningskoden är <kod>

    Exempel:
      | svar                 | kod |
      | vtdb_ej_rapporterad  | 2   |
      | handlingsplan_status | 2   |
      | vtdb_ej_rapporterat  | 0   |

  Scenario: Felet säger vad attesten nämner och vad regeln bedömer
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och attestfilen:
      """
      - rule: OT24-3.4-fraga-5-plan
        subject: vtdb_ej_rapporterad
        decision: uppfyllt
        reviewer: Fiktiv granskare
        date: 2024-10-10
        reason: Planen finns.
      """
    När inlämningen bedöms per 2024-10-15 med attesterna
    Så avslutningskoden är 2
    Och felmeddelandet säger "attester.yaml:1:9: attesten för regeln OT24-3.4-fraga-5-plan gäller 'vtdb_ej_rapporterad', som regeln inte bedömer (den bedömer vtdb_ej_rapporterat)"

  Scenario: Ett värde som en formel räknat fram i Excel-exporten märks i underlaget
    Exporten innehåller Excels sparade resultat av formeln, inte något verktyget räknar om;
    bedömningen visar att värdet kommer från en formel.
    Givet Excel-exporten där "Region Halland" har formeln "=60+5" med det sparade värdet 65 under "22."
    När "Region Halland" bedöms ur Excel-exporten per 2024-06-01
    Så regeln "GNV23-fast-lakarkontakt-befolkning" har utfallet "uppfyllt"
    Och regeln "GNV23-fast-lakarkontakt-befolkning" hittades i "kolumn M – fråga 22 (formel: värdet som Excel sparade, inte omräknat)"
    Och regeln "GNV23-fast-lakarkontakt-sabo" hittades inte i en formel

  Scenario: Ett värde utan formel märks inte
    Givet Excel-exporten där "Region Halland" har värdet 65 under "22."
    När "Region Halland" bedöms ur Excel-exporten per 2024-06-01
    Så regeln "GNV23-fast-lakarkontakt-befolkning" har utfallet "uppfyllt"
    Och regeln "GNV23-fast-lakarkontakt-befolkning" hittades inte i en formel
