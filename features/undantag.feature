# language: sv
Egenskap: Undantag med motivering, beslutsfattare och slutdatum
  En granskare kan ge en fil med godkända undantag. En regel med ett gällande undantag
  visas som "undantag" med motiveringen, visar fortfarande vad underlaget säger och
  påverkar inte avslutningskoden. Ett undantag som gått ut tillämpas inte.

  Bakgrund:
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och bilagan "handlingsplan" saknas
    Och svaret "handlingsplan_resultat" är "Kortare köer till operation."

  Scenariomall: Ett undantag gäller till och med sitt slutdatum
    Givet undantagsfilen:
      """
      - rule: OT24-handlingsplan-bifogad
        justification: Planen lämnades i e-tjänsten.
        approved_by: Fiktiv handläggare
        date: 2024-10-02
        expires: <slut>
      """
    När inlämningen bedöms per 2024-10-15 med undantagen
    Så regeln "OT24-handlingsplan-bifogad" har utfallet "<utfall>"
    Och avslutningskoden är <kod>
    Och spårbarheten nämner undantaget "<spår>"

    Exempel:
      | slut       | utfall      | kod | spår                                         |
      | 2024-10-15 | undantag    | 0   | tillämpat, godkänt av Fiktiv handläggare     |
      | 2024-10-14 | ej uppfyllt | 1   | gick ut 2024-10-14 och tillämpas inte        |

  Scenario: Ett tillämpat undantag visar vad underlaget säger
    Givet undantagsfilen:
      """
      - rule: OT24-handlingsplan-bifogad
        justification: Planen lämnades i e-tjänsten.
        approved_by: Fiktiv handläggare
        date: 2024-10-02
        expires: 2025-06-30
      """
    När inlämningen bedöms per 2024-10-15 med undantagen
    Så regeln "OT24-handlingsplan-bifogad" har utfallet "undantag"
    Och underlaget visar utan undantaget "ej uppfyllt" för regeln "OT24-handlingsplan-bifogad"
    Och underlaget för regeln "OT24-handlingsplan-bifogad" nämner "ingen uppgift om att bilagan har kommit in"

  Scenario: Ett undantag för en okänd regel är ett fel i indata
    Givet undantagsfilen:
      """
      - rule: OT24-finns-inte
        justification: Test.
        approved_by: Fiktiv handläggare
        date: 2024-10-02
        expires: 2025-06-30
      """
    När inlämningen bedöms per 2024-10-15 med undantagen
    Så avslutningskoden är 2
    Och felmeddelandet säger "undantag.yaml:1:9: undantaget gäller regeln 'OT24-finns-inte', som inte finns i paketet"
