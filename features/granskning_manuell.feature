# language: sv
Egenskap: Krav som bara en människa kan bedöma granskas och attesteras
  Om ett svar ger en plan, eller om en text beskriver status och revidering, kan ingen
  regel avgöra. Rapporten listar sådana svar som "att granska" med texten att läsa och
  vad granskaren ska leta efter; en attest (granskare, datum, skäl, ev. slutdatum) avgör
  dem, med samma spårbarhet som undantag.

  # seeds/001, avsnitt 3.4 fråga 5: vilka data som inte rapporteras och planen för dem.
  # Hallands svar nämner specialisttandvården och vissa privata vårdgivare.
  Scenario: Hallands svar om data som inte rapporteras listas att granska, med texten
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-5-plan" har utfallet "att granska"
    Och underlaget för regeln "OT24-3.4-fraga-5-plan" nämner "Inom specialisttandvården är det svårt"
    Och underlaget för regeln "OT24-3.4-fraga-5-plan" nämner "Ger svaret en plan"
    Och läget för utbetalningen "del2" är "väntar på villkoren: OT24-3.4-fraga-1-underlag, OT24-3.4-fraga-4-underlag; på granskning av villkoren: OT24-3.4-fraga-5-plan, OT24-3.6-status-granskas"

  Scenario: En granskares attest avgör kravet och syns i spårbarheten
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och attestfilen:
      """
      - rule: OT24-3.4-fraga-5-plan
        decision: ej uppfyllt
        reviewer: Fiktiv granskare
        date: 2024-10-10
        reason: Ingen plan för de privata vårdgivarna.
      """
    När inlämningen bedöms per 2024-10-15 med attesterna
    Så regeln "OT24-3.4-fraga-5-plan" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-3.4-fraga-5-plan" nämner "ej uppfyllt enligt granskning av Fiktiv granskare 2024-10-10: Ingen plan för de privata vårdgivarna."
    Och spårbarheten nämner granskningen "granskat av Fiktiv granskare 2024-10-10"
    Och läget för utbetalningen "del2" är "i fara: OT24-3.4-fraga-5-plan"
    Och avslutningskoden är 1

  Scenariomall: En attest gäller bara från sitt datum och till sitt slutdatum
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och attestfilen:
      """
      - rule: OT24-3.6-status-granskas
        decision: uppfyllt
        reviewer: Fiktiv granskare
        date: 2024-10-10
        reason: Status och revidering beskrivs.
        expires: 2024-12-31
      """
    När inlämningen bedöms per <datum> med attesterna
    Så regeln "OT24-3.6-status-granskas" har utfallet "<utfall>"
    Och spårbarheten nämner granskningen "<spår>"

    Exempel:
      | datum      | utfall      | spår                     |
      | 2024-10-09 | att granska | efter bedömningsdatumet  |
      | 2024-10-10 | uppfyllt    | granskat av              |
      | 2024-12-31 | uppfyllt    | granskat av              |
      | 2025-01-01 | att granska | gick ut 2024-12-31       |

  Scenario: En attest för en regel som inte granskas manuellt är ett fel
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och attestfilen:
      """
      - rule: OT24-3.4-fraga-1
        decision: uppfyllt
        reviewer: Fiktiv granskare
        date: 2024-10-10
        reason: Ser bra ut.
      """
    När inlämningen bedöms per 2024-10-15 med attesterna
    Så avslutningskoden är 2
    Och felmeddelandet säger "inte är en regel för manuell granskning"

  # seeds/001, Regionernas redovisning: en fråga får besvaras med en hänvisning till
  # redovisningen för 2023 om frågan fanns då.
  Scenario: Ett svar som hänvisar till 2023 års redovisning räknas som besvarat och granskas
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "bup_medel" är "Se Region Hallands redovisning för 2023, avsnitt om BUP."
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-redovisning-beskrivningar" har utfallet "uppfyllt"
    Och regeln "OT24-hanvisning-tidigare-ar" har utfallet "att granska"
