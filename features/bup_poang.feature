# language: sv
Egenskap: BUP-prestationspoäng per utbetalningsperiod
  Avsnitt 3.7: 450 mnkr fördelas efter prestation mot 30-dagarsgränsen för första
  bedömning, utredning och behandling; augusti efter januari–juni, december efter
  juli–november. Poängtabellen står inte i underlaget och är ett antagande i paketet.

  Scenario: Full poäng när varje andel är minst 90 %
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och varje månad i serien "bup" har forsta_besok 90
    Och varje månad i serien "bup" har utredning 95
    Och varje månad i serien "bup" har behandling 100
    När inlämningen bedöms per 2025-01-31
    Så regeln "OT24-3.7-bup-poang" har utfallet "poäng"
    Och underlaget för regeln "OT24-3.7-bup-poang" nämner "januari–juni: första bedömning 90,0 % ger 3 poäng"
    Och regeln "OT24-3.7-bup-poang" är markerad som antagande

  Scenario: Hallands illustrativa andelar ger 4 av 9 poäng för januari–juni
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2025-01-31
    Så regeln "OT24-3.7-bup-poang" har utfallet "poäng"
    Och underlaget för regeln "OT24-3.7-bup-poang" nämner "sammanlagt 4 av 9 poäng (utbetalning augusti 2024)"

  Scenariomall: En saknad månad väntar före periodens sista dag och är sedan ej bedömbar
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och varje månad i serien "bup" har forsta_besok 92
    Och varje månad i serien "bup" har utredning 91
    Och varje månad i serien "bup" har behandling 93
    Och månaden "2024-11" saknas i serien "bup"
    När inlämningen bedöms per <datum>
    Så regeln "OT24-3.7-bup-poang" har utfallet "<utfall>"
    Och underlaget för regeln "OT24-3.7-bup-poang" nämner "juli–november: första bedömning saknar månader"

    Exempel:
      | datum      | utfall       |
      | 2024-12-21 | väntar       |
      | 2024-12-22 | ej bedömbart |
