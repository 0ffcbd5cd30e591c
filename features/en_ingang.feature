# language: sv
Egenskap: En ingång för varje kommando, varje sorts dokument och varje inställning
  Ett paket i en egen katalog (--packs eller COMPLIANCE_PACKS) ska nå varje sätt att bedöma:
  en inlämning, en katalog och en enkätexport. Vilken sorts dokument en fil är avgörs på ett
  ställe, av innehållet och filändelsen, och samma fil får samma besked ensam som i en katalog.
  En PDF eller en annan fil som inte kan läsas får ett svenskt besked om vad man gör i stället,
  och en katalog säger vilka filer den hoppade över och varför.

  Scenario: Ett eget paket når en enkätexport
    Givet ett eget paket "egen-enkat-2023" i katalogen "paket" som är en kopia av "god-och-nara-vard-2023"
    Och filen "export.csv" är enkätexporten "enkatexport-god-och-nara-vard-2023.csv"
    När jag kör "compliance check {tmp}/export.csv --pack egen-enkat-2023 --packs {tmp}/paket --as-of 2024-06-01 --format json"
    Så JSON-översikten har paketet "egen-enkat-2023" med 5 regioner

  Scenario: Ett eget paket når en katalog
    Givet ett eget paket "egen-ot-2024" i katalogen "paket" som är en kopia av "okad-tillganglighet-2024"
    Och filen "inlamningar/nordmark.yaml" är exemplet "region-nordmark-2024.yaml" med paketet "egen-ot-2024"
    När jag kör "compliance check {tmp}/inlamningar --packs {tmp}/paket --as-of 2025-06-01 --format json"
    Så JSON-översikten har paketet "egen-ot-2024" med 1 regioner
    Och JSON-översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "OT24-3.4-svarsfrekvens-vantande"

  Scenario: Ett eget paket i COMPLIANCE_PACKS når en enkätexport
    Givet ett eget paket "egen-enkat-2023" i katalogen "paket" som är en kopia av "god-och-nara-vard-2023"
    Och filen "export.xlsx" är enkätexporten "enkatexport-god-och-nara-vard-2023.xlsx"
    Och miljövariabeln COMPLIANCE_PACKS är "{tmp}/paket"
    När jag kör "compliance check {tmp}/export.xlsx --pack egen-enkat-2023 --region 'Region Halland' --as-of 2024-06-01 --format json"
    Så avslutningskoden är 0

  Scenariomall: Ett dokument som inte kan läsas får ett besked om vad man gör i stället
    Givet filen "<fil>" är <sort>
    När jag kör "compliance check {tmp}/<fil> --as-of 2024-10-01"
    Så avslutningskoden är 2
    Och felmeddelandet säger "<besked>"
    Och varken utskriften eller felmeddelandet innehåller engelska

    Exempel:
      | fil              | sort                          | besked                                                          |
      | formular.pdf     | en PDF                        | PDF kan inte läsas; spara formuläret som Word-dokument (.docx)  |
      | formular.docx    | en PDF                        | PDF kan inte läsas; spara formuläret som Word-dokument (.docx)  |
      | formular.odt     | ett OpenDocument-dokument     | OpenDocument-filer (.odt, .ods) kan inte läsas                  |
      | skannad.png      | en bild                       | en bild kan inte läsas                                          |
      | region.txt       | en kopia av "region-nordmark-2024.yaml" | okänd filtyp; en inlämning är en YAML- eller JSON-fil |
      | formular.yaml    | en PDF                        | PDF kan inte läsas                                              |

  Scenario: Ett Word-formulär med fel filändelse läses efter sitt innehåll
    Givet filen "formular.doc" är Word-formuläret "region-nordmark-2024.docx"
    När jag kör "compliance check {tmp}/formular.doc --as-of 2025-01-15 --format json"
    Så avslutningskoden är 1
    Och i JSON-rapporten har regeln "OT24-3.4-fraga-4" utfallet "uppfyllt"
    Och i JSON-rapporten säger regeln "OT24-3.4-fraga-4" "tabell 11, rad 5 – 3.4 fråga 4"

  Scenario: En katalog säger vilka filer den hoppade över och varför, med samma besked som för filen ensam
    Givet filen "katalog/nordmark.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    Och filen "katalog/formular.pdf" är en PDF
    Och filen "katalog/region.txt" är en kopia av "region-nordmark-2024.yaml"
    Och en underkatalog "katalog/arkiv"
    När jag kör "compliance check {tmp}/katalog --as-of 2025-06-01 --format json"
    Så JSON-översikten hoppade över "formular.pdf" eftersom "PDF kan inte läsas; spara formuläret som Word-dokument (.docx)"
    Och JSON-översikten hoppade över "region.txt" eftersom "okänd filtyp"
    Och JSON-översikten hoppade över "arkiv" eftersom "en underkatalog"
    Och JSON-översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "OT24-3.4-svarsfrekvens-vantande"
