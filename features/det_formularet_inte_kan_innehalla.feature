# language: sv
Egenskap: Det ett Word-formulär inte kan innehålla är inte regionens fel
  Redovisningsformuläret (seeds/001, avsnitten 3.1–3.7) har ingen plats för datumet då
  redovisningen kom in, för månadsleveranserna till väntetidsdatabasen eller för den bifogade
  handlingsplanen. Det som formuläret inte kan bära bedöms "ej bedömbart – finns inte i
  Word-formuläret", aldrig "ej uppfyllt"; tidslinjen kallar det inte försenat, och Del 2 kan
  då inte bedömas ur dokumentet i stället för att vara i fara. Strategen kan lägga till det
  som saknas i ett tillägg (--supplement), och varje bedömning säger var uppgifterna stod.

  Scenario: Hallands ifyllda formulär per 1 oktober har inget "ej uppfyllt"
    När jag kör "compliance check {fixtures}/formular/region-halland-2024.docx --as-of 2024-10-01 --format json"
    Så avslutningskoden är 1
    Och i JSON-rapporten har ingen regel utfallet "ej uppfyllt"
    Och i JSON-rapporten har regeln "OT24-3.4-leverans-tre-veckor" utfallet "ej bedömbart"
    Och i JSON-rapporten säger regeln "OT24-3.4-leverans-tre-veckor" "finns inte i Word-formuläret"
    Och i JSON-rapporten har regeln "OT24-redovisning-i-tid" utfallet "ej bedömbart"
    Och i JSON-rapporten har regeln "OT24-handlingsplan-bifogad" utfallet "ej bedömbart"
    Och i JSON-rapporten har regeln "OT24-3.4-fraga-1" utfallet "uppfyllt"
    Och i JSON-rapporten är läget för "Del 2" "not_judgeable"

  Scenario: Tidslinjen kallar inte det formuläret saknar försenat
    När jag kör "compliance status {fixtures}/formular/region-halland-2024.docx --as-of 2024-10-01"
    Så utskriften innehåller inte "försenad"
    Och utskriften innehåller "finns inte i dokumentet"

  Scenario: Ett halvfyllt formulär i september: formulärets egna luckor först på att göra-listan
    När jag kör "compliance status {fixtures}/formular-utkast/region-halland-2024-halvfylld.docx --as-of 2024-09-15 --format json"
    Så att göra-listan i JSON börjar med formulärets egna luckor och slutar med det formuläret inte kan innehålla

  Scenario: Ett tillägg ger det formuläret inte kan innehålla, och bedömningen säger var det stod
    Givet filen "tillagg.yaml" med innehållet:
      """
      answers:
        redovisning_inkom: 2024-09-27
      attachments:
        handlingsplan: {file: handlingsplan-2024.pdf, received: 2024-09-27}
      """
    När jag kör "compliance check {fixtures}/formular/region-halland-2024.docx --supplement {tmp}/tillagg.yaml --as-of 2024-10-01 --format json"
    Så i JSON-rapporten har regeln "OT24-redovisning-i-tid" utfallet "uppfyllt"
    Och i JSON-rapporten säger regeln "OT24-redovisning-i-tid" "tillagg.yaml, rad 2"
    Och i JSON-rapporten har regeln "OT24-handlingsplan-bifogad" utfallet "uppfyllt"
    Och i JSON-rapporten har regeln "OT24-3.4-leverans-tre-veckor" utfallet "ej bedömbart"

  Scenariomall: Ett tillägg som kom in för sent är ej uppfyllt (dag 30 mot dag 31)
    Givet filen "tillagg.yaml" med innehållet:
      """
      answers:
        redovisning_inkom: <inkom>
      """
    När jag kör "compliance check {fixtures}/formular/region-halland-2024.docx --supplement {tmp}/tillagg.yaml --as-of 2024-10-15 --format json"
    Så i JSON-rapporten har regeln "OT24-redovisning-i-tid" utfallet "<utfall>"

    Exempel:
      | inkom      | utfall      |
      | 2024-09-30 | uppfyllt    |
      | 2024-10-01 | ej uppfyllt |

  Scenario: Ett tillägg som säger emot formuläret är ett fel som nämner båda ställena
    Givet filen "tillagg.yaml" med innehållet:
      """
      answers:
        vtdb_svarsfrekvens: Nej
      """
    När jag kör "compliance check {fixtures}/formular/region-halland-2024.docx --supplement {tmp}/tillagg.yaml --as-of 2024-10-01"
    Så avslutningskoden är 2
    Och felmeddelandet säger "tillagg.yaml:2:"
    Och felmeddelandet säger "står redan i tabell 11, rad 5"

  Scenario: Ett tillägg för en annan region avvisas
    Givet filen "tillagg.yaml" med innehållet:
      """
      region: Region Nordmark (fiktiv)
      answers:
        redovisning_inkom: 2024-09-27
      """
    När jag kör "compliance check {fixtures}/formular/region-halland-2024.docx --supplement {tmp}/tillagg.yaml --as-of 2024-10-01"
    Så avslutningskoden är 2
    Och felmeddelandet säger "tillägget gäller region 'Region Nordmark (fiktiv)', men dokumentet 'Region Halland'"
