# language: sv
Egenskap: Vad har ändrats mellan två körningar?
  compliance diff jämför två JSON-rapporter (eller översikter) eller två inlämningar: nya
  brister, åtgärdade, ändrade utfall och ändrade månadsvärden ("Mars: 93,1 → 95,4 %").
  Regler paras ihop på id och annars på rubrik (nästa års paket byter id men behåller
  rubriken). Avslutningskoden är 1 bara när ett villkor eller krav blir ej uppfyllt eller
  ej bedömbart, annars 0.

  Bakgrund:
    Givet filen "fore.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    Och filen "efter.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    Och i filen "efter.yaml" står "svarsfrekvens_vantande: 95.4" i stället för "svarsfrekvens_vantande: 93.1"

  Scenariomall: En åtgärdad månad i alla format
    När jag kör "compliance diff {tmp}/fore.yaml {tmp}/efter.yaml --as-of 2024-06-01 -o {tmp}/skillnad.<ändelse>"
    Så avslutningskoden är 0
    Och filen "skillnad.<ändelse>" är en rapport i formatet <format>
    Och filen "skillnad.<ändelse>" visar regeln "OT24-3.4-svarsfrekvens-vantande" under "Åtgärdade" med "ej uppfyllt → väntar"
    Och filen "skillnad.<ändelse>" nämner "Mars: 93,1 → 95,4 %"

    Exempel:
      | ändelse | format   |
      | txt     | text     |
      | md      | markdown |
      | html    | html     |
      | json    | json     |

  Scenario: En ny brist i ett krav ger avslutningskod 1
    När jag kör "compliance diff {tmp}/efter.yaml {tmp}/fore.yaml --as-of 2024-06-01"
    Så avslutningskoden är 1
    Och utskriften innehåller "Nya brister"
    Och utskriften innehåller "Mars: 95,4 → 93,1 %"

  Scenario: Samma underlag ger inga skillnader och avslutningskod 0
    När jag kör "compliance diff {tmp}/fore.yaml {fixtures}/region-nordmark-2024.yaml --as-of 2024-06-01"
    Så avslutningskoden är 0
    Och utskriften innehåller "Inga skillnader."

  Scenario: Två JSON-rapporter, där nästa års paket bytt regelns id men inte rubriken
    Givet JSON-rapporten "i-fjol.json" för exemplet "region-nordmark-2024.yaml" per 2025-02-01
    Och JSON-rapporten "i-ar.json" för exemplet "region-nordmark-2024.yaml" per 2025-02-01
    Och i filen "i-ar.json" står "OT25-3.4-svarsfrekvens-vantande" i stället för "OT24-3.4-svarsfrekvens-vantande"
    Och i filen "i-ar.json" står "95.4" i stället för "93.1"
    När jag kör "compliance diff {tmp}/i-fjol.json {tmp}/i-ar.json"
    Så avslutningskoden är 0
    Och utskriften innehåller "(OT25-3.4-svarsfrekvens-vantande, tidigare OT24-3.4-svarsfrekvens-vantande, krav): ej uppfyllt → ej uppfyllt"
    Och utskriften innehåller "Mars: 93,1 → 95,4 %"
    Och utskriften innehåller inte "utgår"

  Scenario: Två nationella översikter
    Givet en katalog med exemplens inlämningar
    När jag kör "compliance check {tmp}/inlamningar --as-of 2024-06-01 -o {tmp}/juni.json"
    Och jag kör "compliance check {tmp}/inlamningar --as-of 2025-02-01 -o {tmp}/februari.json"
    Och jag kör "compliance diff {tmp}/juni.json {tmp}/februari.json"
    Så avslutningskoden är 1
    Och utskriften innehåller "Region Nordmark (fiktiv): Handlingsplanen är bifogad redovisningen (OT24-handlingsplan-bifogad, villkor): väntar → ej uppfyllt"

  Scenario: En statusfil kan inte jämföras
    När jag kör "compliance status {fixtures}/region-halland-2024.yaml --as-of 2024-09-01 -o {tmp}/status.json"
    Och jag kör "compliance diff {tmp}/status.json {tmp}/status.json"
    Så avslutningskoden är 2
    Och felmeddelandet säger "en JSON-fil av slaget 'status' kan inte jämföras"
