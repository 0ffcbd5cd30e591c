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

  Scenariomall: Ett undantag för namngivna månader döljer inte andra månader
    Ett undantag för juniavbrottet gäller juni. Saknas november också bedöms regeln på
    november; undantaget gör aldrig en brist i en annan månad till uppfyllt.
    Givet månaden "2024-06" i serien "vantetidsdatabasen" har levererad 2024-07-25
    Och <november>
    Och undantagsfilen:
      """
      - rule: OT24-3.4-leverans-tre-veckor
        subjects: ["2024-06"]
        justification: Driftstörning i väntetidsdatabasen i juli 2024.
        approved_by: Fiktiv handläggare
        date: 2024-08-01
        expires: 2025-06-30
      """
    När inlämningen bedöms per 2025-01-15 med undantagen
    Så regeln "OT24-3.4-leverans-tre-veckor" har utfallet "<utfall>"
    Och underlaget för regeln "OT24-3.4-leverans-tre-veckor" nämner "Juni 2024: levererad 2024-07-25"
    Och spårbarheten nämner undantaget "<spår>"

    Exempel:
      | november                                                       | utfall      | spår                                                   |
      | månaden "2024-11" i serien "vantetidsdatabasen" har levererad 2024-12-10 | undantag    | tillämpat för 2024-06, godkänt av Fiktiv handläggare   |
      | månaden "2024-11" saknas i serien "vantetidsdatabasen"          | ej uppfyllt | undantaget gäller 2024-06, inte 2024-11                |

  Scenario: Månaden som undantaget gäller visas som undantag i underlaget
    Givet månaden "2024-06" i serien "vantetidsdatabasen" har levererad 2024-07-25
    Och månaden "2024-11" saknas i serien "vantetidsdatabasen"
    Och undantagsfilen:
      """
      - rule: OT24-3.4-leverans-tre-veckor
        subjects: ["2024-06"]
        justification: Driftstörning i väntetidsdatabasen i juli 2024.
        approved_by: Fiktiv handläggare
        date: 2024-08-01
        expires: 2025-06-30
      """
    När inlämningen bedöms per 2025-01-15 med undantagen
    Så underlaget för regeln "OT24-3.4-leverans-tre-veckor" visar "2024-06" som "undantag"
    Och underlaget för regeln "OT24-3.4-leverans-tre-veckor" visar "2024-11" som "ej uppfyllt"
    Och avslutningskoden är 1

  Scenario: Ett undantag för en månad som regeln inte bedömer är ett fel i indata
    Givet undantagsfilen:
      """
      - rule: OT24-3.4-leverans-tre-veckor
        subjects: ["2024-13"]
        justification: Felskriven månad.
        approved_by: Fiktiv handläggare
        date: 2024-08-01
        expires: 2025-06-30
      """
    När inlämningen bedöms per 2025-01-15 med undantagen
    Så avslutningskoden är 2
    Och felmeddelandet säger "undantag.yaml:1:9: undantaget för regeln OT24-3.4-leverans-tre-veckor nämner 2024-13, som regeln inte bedömer"
