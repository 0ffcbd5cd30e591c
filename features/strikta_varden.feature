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
