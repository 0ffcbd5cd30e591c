# language: sv
Egenskap: Det som ska ha kommit in bedöms mot sin sista dag, lika i check och status
  seeds/001 (Socialstyrelsens PM, Bakgrund och Del 2): redovisningen ska ha kommit in
  senast den 30 september 2024 och handlingsplanen ska bifogas redovisningen. En bilaga
  som kommer senare är inte bifogad i tid, och det som regionen ska ha gjort men inte
  har någon uppgift om är efter sista dagen inte gjort – i rapporten och i tidslinjen.

  Scenariomall: Handlingsplanen bedöms mot samma sista dag som redovisningen
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och bilagan "handlingsplan" är "plan.docx" och kom in <inkom>
    När inlämningen bedöms per 2025-06-01
    Så regeln "OT24-handlingsplan-bifogad" har utfallet "<utfall>"
    Och läget för utbetalningen "del2" är "<pengar>"

    Exempel:
      | inkom      | utfall      | pengar                                  |
      | 2024-09-30 | uppfyllt    | väntar på granskning av villkoren: OT24-3.4-fraga-5-plan, OT24-3.6-status-granskas |
      | 2024-10-05 | ej uppfyllt | i fara: OT24-handlingsplan-bifogad      |

  Scenariomall: En bilaga utan eget datum kom in med redovisningen
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" är "<redovisningen>"
    Och bilagan "handlingsplan" är "plan.docx" utan eget inkomstdatum
    När inlämningen bedöms per 2024-11-01
    Så regeln "OT24-handlingsplan-bifogad" har utfallet "<utfall>"

    Exempel:
      | redovisningen | utfall      |
      | 2024-09-30    | uppfyllt    |
      | 2024-10-01    | ej uppfyllt |

  Scenario: En redovisning utan uppgift om att den kommit in är försenad i båda vyerna
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" saknas
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-redovisning-i-tid" har utfallet "ej uppfyllt"
    Och underlaget för regeln "OT24-redovisning-i-tid" nämner "ingen uppgift om att redovisningen har kommit in"
    När regionens läge visas per 2024-10-01
    Så tidslinjen visar "Redovisningen ska ha kommit in" som "försenad"

  Scenario: Före sista dagen väntar det som ännu inte kommit in
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" saknas
    Och bilagan "handlingsplan" saknas
    När inlämningen bedöms per 2024-09-30
    Så regeln "OT24-redovisning-i-tid" har utfallet "väntar"
    Och regeln "OT24-handlingsplan-bifogad" har utfallet "väntar"
