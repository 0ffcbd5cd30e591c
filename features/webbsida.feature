# language: sv
Egenskap: Strategens besök på webbsidan
  En strateg i regionen har inte Python och ingen terminal, bara en webbläsare. Hon väljer
  regionens ifyllda Word-formulär på sidan som regionens IT driver, ser först vad som
  saknas innan redovisningen ska in, och laddar ner rapporten som Excel-fil till sin
  avdelning. Sidan sparar ingenting och svarar på svenska också när dokumentet inte går att
  läsa (Överenskommelsen om ökad tillgänglighet 2024, redovisningsformulärets avsnitt 3.4
  och 3.6, seed 001).

  Bakgrund:
    Givet att webbsidan är igång

  Scenario: Formuläret på svenska, utan skript
    När strategen öppnar webbsidan
    Så har sidan ett fält "Dokument" för en fil och ett fält "Bedöm per datum"
    Och sidan har inga skript och hämtar ingenting utifrån

  Scenario: Ladda upp ett halvfyllt formulär och se först vad som saknas
    När strategen laddar upp "formular-utkast/region-halland-2024-halvfylld.docx" bedömt per 2024-10-01
    Så svarar sidan med status 200
    Och står "Att åtgärda" före tabellen med alla regler
    Och under "Att åtgärda" står "Redovisningen har kommit in till Socialstyrelsen senast 30 september 2024" som "ej bedömbart"
    Och under "Att åtgärda" står "Fritextfrågorna är besvarade (inte tomma, inte mallens platshållartext)" som "ej uppfyllt"

  Scenario: Ladda ner samma bedömning som Excel-fil
    När strategen laddar upp "formular-utkast/region-halland-2024-halvfylld.docx" bedömt per 2024-10-01
    Och strategen trycker på "Excel (.xlsx)"
    Så är svaret en Excel-arbetsbok som heter "rapport.xlsx"
    Och arbetsboken ger regeln "OT24-redovisning-i-tid" utfallet "ej bedömbart"
    Och arbetsboken ger regeln "OT24-fritext-besvarad" utfallet "ej uppfyllt"

  Scenario: Det som formuläret saknar läggs till som komplettering
    När strategen laddar upp "formular/region-halland-2024.docx" bedömt per 2024-10-01 med kompletteringen
      """
      answers:
        redovisning_inkom: 2024-09-27
      """
    Så svarar sidan med status 200
    Och står regeln "Redovisningen har kommit in till Socialstyrelsen senast 30 september 2024" som "uppfyllt"

  Scenario: Tidslinjen och vad som saknas
    När strategen laddar upp "region-halland-2024.yaml" bedömt per 2024-10-01
    Och strategen trycker på "Tidslinje och vad som saknas"
    Så svarar sidan med status 200
    Och sidan visar "Månadsrapportering till väntetidsdatabasen"

  Scenario: Ett Word-dokument i det gamla formatet
    När strategen laddar upp en fil "redovisning.doc" i Words gamla format bedömt per 2024-10-01
    Så svarar sidan med status 422
    Och sidan visar "fel: redovisning.doc: dokumentet är i Words gamla format (.doc)"
    Och sidan har en länk tillbaka till formuläret

  Scenario: En fil över gränsen
    När strategen laddar upp en fil på 5 MiB
    Så svarar sidan med status 413
    Och sidan visar "En granskning får vara högst 4 MiB"

  Scenario: En enkätexport ger översikten med en länk per region
    När strategen laddar upp "enkatexport/enkatexport-god-och-nara-vard-2023.csv" bedömt per 2024-10-01
    Så svarar sidan med status 200
    Och sidan är den nationella översikten
    Och varje region i översikten har en länk till sin rad

  Scenario: En regions hela rapport ur enkätexporten
    När strategen laddar upp "enkatexport/enkatexport-god-och-nara-vard-2023.csv" bedömt per 2024-10-01
    Och strategen trycker på "Rapport för Region Sydmark (fiktiv)"
    Så svarar sidan med status 200
    Och sidan är rapporten för "Region Sydmark (fiktiv)"
