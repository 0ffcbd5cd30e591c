# language: sv
Egenskap: Redovisningen kommer in senast 30 september 2024 med handlingsplanen bifogad
  Villkoret för den andra utbetalningen (Del 2) i Ökad tillgänglighet 2024.

  Scenariomall: Inkommen på sista dagen eller dagen efter
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" är "<inkom>"
    När inlämningen bedöms per 2024-11-01
    Så regeln "OT24-redovisning-i-tid" har utfallet "<utfall>"
    Och underlaget för regeln "OT24-redovisning-i-tid" nämner "svaret <inkom>, <jämförelse> 2024-09-30"

    Exempel:
      | inkom      | utfall      | jämförelse |
      | 2024-09-30 | uppfyllt    | senast     |
      | 2024-10-01 | ej uppfyllt | efter      |

  Scenario: En fullständig redovisning i tid ger avslutningskod 0
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "handlingsplan_resultat" är "Väntetiderna till operation har minskat."
    När inlämningen bedöms per 2024-11-01
    Så avslutningskoden är 0

  # seeds/001 (Bakgrund; Del 2): redovisningen ska ha kommit in senast 30 september 2024.
  # Utan uppgift om att den kommit in är villkoret efter den dagen inte uppfyllt.
  Scenariomall: Före sista dagen väntar en redovisning som inte kommit in
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" saknas
    När inlämningen bedöms per <datum>
    Så regeln "OT24-redovisning-i-tid" har utfallet "<utfall>"

    Exempel:
      | datum      | utfall       |
      | 2024-09-15 | väntar       |
      | 2024-09-30 | väntar       |
      | 2024-10-01 | ej uppfyllt  |

  Scenario: Handlingsplanen saknas efter sista dagen
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och bilagan "handlingsplan" saknas
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-handlingsplan-bifogad" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-handlingsplan-bifogad" nämner "ingen uppgift om att bilagan har kommit in"

  Scenario: Handlingsplanen saknas före sista dagen
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och bilagan "handlingsplan" saknas
    När inlämningen bedöms per 2024-09-01
    Så regeln "OT24-handlingsplan-bifogad" har utfallet "väntar"

  Scenario: Ett Nej före sista dagen väntar i stället för att underkännas
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "vtdb_riktlinjer" är "Nej"
    När inlämningen bedöms per 2024-09-01
    Så regeln "OT24-3.4-fraga-2" har utfallet "väntar"
    Och underlaget för regeln "OT24-3.4-fraga-2" nämner "svaret är Nej, inte Ja"
