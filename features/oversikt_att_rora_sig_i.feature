# language: sv
Egenskap: En översikt man kan röra sig i
  Varje regions rapport nås från översikten (en fil med ankare), värmekartan har reglernas
  rubriker, och filer i underkataloger listas som överhoppade med skälet.

  Scenario: Varje region i översikten länkar till sin rapport i samma fil
    När jag kör "compliance check {fixtures} --as-of 2025-06-01 -o {tmp}/oversikt.html"
    Så varje region i översiktens tabeller länkar till ett avsnitt i filen som börjar med regionens rubrik
    Och värmekartan i "oversikt.html" har rubriken "Svarsfrekvensen för väntande är minst 95 % varje månad" för regeln "OT24-3.4-svarsfrekvens-vantande"
    Och regionens avsnitt för "Region Nordmark (fiktiv)" i "oversikt.html" visar "ej uppfyllt" för regeln "OT24-3.4-svarsfrekvens-vantande"

  Scenario: En underkatalog nämns med skälet
    Givet en katalog med exemplens inlämningar
    Och en underkatalog "2023" med exemplet "region-sydmark-2023.yaml"
    När katalogen bedöms per 2025-06-01
    Så översikten hoppade över "2023" med skälet "en underkatalog; bedöms inte (ange den som egen katalog)"
