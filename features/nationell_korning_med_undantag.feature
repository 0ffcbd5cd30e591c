# language: sv
Egenskap: En nationell körning med undantag och attester
  En granskare bedömer en hel katalog (eller en enkätexport) med en fil med undantag och
  en fil med attester för flera regioner. Varje post anger sin region och gäller bara den
  regionens inlämning i det paket som har regeln. En post som ingen bedömd region
  motsvarar är ett fel som nämner posten; den blir aldrig tyst oanvänd.

  Bakgrund:
    Givet en katalog med exemplens inlämningar

  Scenario: Undantag och attest hamnar hos den region de namnger
    Givet posterna i "undantag.yaml":
      """
      - rule: OT24-handlingsplan-bifogad
        region: Region Nordmark (fiktiv)
        justification: Planen lämnades i e-tjänsten.
        approved_by: Fiktiv handläggare
        date: 2024-10-03
        expires: 2025-12-31
      """
    Och posterna i "attester.yaml":
      """
      - rule: OT24-3.4-fraga-5-plan
        region: region halland
        decision: ej uppfyllt
        reviewer: Fiktiv granskare
        date: 2024-10-10
        reason: Ingen plan för de privata vårdgivarna.
      """
    När katalogen bedöms per 2024-10-15 med "--waivers undantag.yaml --attestations attester.yaml"
    Så översikten visar "undantag" för "Region Nordmark (fiktiv)" och regeln "OT24-handlingsplan-bifogad"
    Och översikten visar "ej uppfyllt" för "Region Västmark (fiktiv)" och regeln "OT24-handlingsplan-bifogad"
    Och översikten visar "ej uppfyllt" för "Region Halland" och regeln "OT24-3.4-fraga-5-plan"
    Och översikten visar "att granska" för "Region Nordmark (fiktiv)" och regeln "OT24-3.4-fraga-5-plan"
    Och översikten har inga fel

  Scenario: Utan posterna visas regionernas utfall som de är
    När katalogen bedöms per 2024-10-15
    Så översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "OT24-handlingsplan-bifogad"
    Och översikten visar "att granska" för "Region Halland" och regeln "OT24-3.4-fraga-5-plan"

  Scenariomall: En post som ingen bedömd region motsvarar är ett fel som nämner den
    Givet posterna i "undantag.yaml":
      """
      - rule: <regel>
        region: <region>
        justification: Test.
        approved_by: Fiktiv handläggare
        date: 2024-10-03
        expires: 2025-12-31
      """
    När katalogen bedöms per 2024-10-15 med "--waivers undantag.yaml"
    Så avslutningskoden är 2
    Och översikten har felet "undantag.yaml:1:9: --waivers: posten för <region>, regeln <regel>, gäller ingen bedömd region"

    Exempel:
      | region                   | regel                          |
      | Region Ostmark           | OT24-handlingsplan-bifogad     |
      | Region Nordmark (fiktiv) | GNV23-enkat-i-tid             |

  Scenario: En post utan region kan inte placeras i en katalog
    Givet posterna i "undantag.yaml":
      """
      - rule: OT24-handlingsplan-bifogad
        justification: Test.
        approved_by: Fiktiv handläggare
        date: 2024-10-03
        expires: 2025-12-31
      """
    När katalogen bedöms per 2024-10-15 med "--waivers undantag.yaml"
    Så avslutningskoden är 2
    Och felmeddelandet säger "undantag.yaml:1:9: --waivers: posten för regeln OT24-handlingsplan-bifogad anger ingen region"

  Scenario: En regions egen körning med den nationella filen tar bara regionens poster
    Givet posterna i "undantag.yaml":
      """
      - rule: OT24-handlingsplan-bifogad
        region: Region Nordmark (fiktiv)
        justification: Planen lämnades i e-tjänsten.
        approved_by: Fiktiv handläggare
        date: 2024-10-03
        expires: 2025-12-31
      - rule: OT24-handlingsplan-bifogad
        region: Region Västmark (fiktiv)
        justification: Test.
        approved_by: Fiktiv handläggare
        date: 2024-10-03
        expires: 2025-12-31
      """
    När filen "region-nordmark-2024.yaml" i katalogen bedöms per 2024-10-15 med "--waivers undantag.yaml"
    Så regeln "OT24-handlingsplan-bifogad" har utfallet "undantag"
    Och spårbarheten nämner undantaget "tillämpat, godkänt av Fiktiv handläggare"
    Och spårbarheten har 1 undantag

  Scenario: En fil där ingen post gäller regionen är ett fel
    Givet posterna i "undantag.yaml":
      """
      - rule: OT24-handlingsplan-bifogad
        region: Region Västmark (fiktiv)
        justification: Test.
        approved_by: Fiktiv handläggare
        date: 2024-10-03
        expires: 2025-12-31
      """
    När filen "region-nordmark-2024.yaml" i katalogen bedöms per 2024-10-15 med "--waivers undantag.yaml"
    Så avslutningskoden är 2
    Och felmeddelandet säger "ingen post i filen gäller Region Nordmark (fiktiv)"

  Scenario: Ett tillägg i en katalog hamnar hos regionen det namnger
    Givet posterna i "tillagg.yaml":
      """
      region: Region Nordmark (fiktiv)
      attachments:
        handlingsplan: {file: handlingsplan.pdf, received: 2024-09-27}
      """
    När katalogen bedöms per 2025-06-01 med "--supplement tillagg.yaml"
    Så översikten visar "uppfyllt" för "Region Nordmark (fiktiv)" och regeln "OT24-handlingsplan-bifogad"
    Och översikten visar "ej uppfyllt" för "Region Västmark (fiktiv)" och regeln "OT24-handlingsplan-bifogad"
    Och översikten har inga fel

  Scenario: Ett tillägg för en region som inte finns, eller utan region, är ett fel
    Givet posterna i "tillagg.yaml":
      """
      region: Region Ostmark
      attachments:
        handlingsplan: {file: handlingsplan.pdf, received: 2024-09-27}
      """
    Och posterna i "utan-region.yaml":
      """
      attachments:
        handlingsplan: {file: handlingsplan.pdf, received: 2024-09-27}
      """
    När katalogen bedöms per 2025-06-01 med "--supplement tillagg.yaml"
    Så avslutningskoden är 2
    Och översikten har felet "--supplement: tillägget för Region Ostmark gäller ingen bedömd region"
    När katalogen bedöms per 2025-06-01 med "--supplement utan-region.yaml"
    Så avslutningskoden är 2
    Och felmeddelandet säger "--supplement: tillägget anger ingen region"
