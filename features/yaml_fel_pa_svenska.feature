# language: sv
Egenskap: Syntaxfel i YAML förklaras på svenska med fil, rad och kolumn
  Ett syntaxfel i en inlämning eller ett regelpaket säger på svenska vad som är fel och
  vad som brukar orsaka det, där det sitter, aldrig YAML-parserns engelska.

  Scenario: Ett kolon i en text utan citattecken
    Givet filen "inlamning.yaml" med innehållet:
      """
      pack: okad-tillganglighet-2024
      region: Region Halland: norra
      """
    När filen "inlamning.yaml" bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 2 kolumn 23 och säger "ogiltig YAML: ett kolon på fel ställe: en text med ': ' i sig behöver citattecken"
    Och felmeddelandet säger inte "mapping values"

  Scenario: Ett indrag som inte stämmer
    Givet filen "inlamning.yaml" med innehållet:
      """
      pack: okad-tillganglighet-2024
      answers:
        vtdb_inom_tre_veckor: Ja
       vtdb_riktlinjer: Ja
      """
    När filen "inlamning.yaml" bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 4 kolumn 2 och säger "ogiltig YAML: indraget stämmer inte med raderna ovanför"

  Scenario: Ett citattecken som aldrig stängs
    Givet filen "inlamning.yaml" med innehållet:
      """
      pack: okad-tillganglighet-2024
      region: "Region Halland
      """
    När filen "inlamning.yaml" bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "ogiltig YAML: filen tar slut mitt i ett värde: ett citattecken stängs aldrig"
