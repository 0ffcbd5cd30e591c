# language: sv
Egenskap: Rapporten för en strateg i terminalen
  Rapporten visar en rad per regel med utfall på svenska, allvarlighet, underlaget och
  en sammanfattning, och säger när ett värde bygger på ett antagande.

  Scenario: Hallands redovisning 2024 i terminalen
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01 med rapport i terminalen
    Så avslutningskoden är 0
    Och rapporten visar "att granska"
    Och rapporten visar "Sammanfattning:"
    Och rapporten visar "Antagande"
    Och rapporten visar "Region Halland"
