# language: sv
Egenskap: Kommandoraden för skript och skal
  Ett skript i en byggkedja vill bara ha avslutningskoden, en människa vill veta vilken
  version hon kör och få kommandona kompletterade med tabb.

  Scenario: --version visar verktygets version
    När jag kör "compliance --version"
    Så avslutningskoden är 0
    Och utskriften är verktygets version

  Scenariomall: --quiet skriver ingen rapport men ger samma avslutningskod
    När jag kör "compliance <kommando> {fixtures}/<fil> --as-of 2024-10-15 --quiet"
    Så avslutningskoden är <kod>
    Och utskriften är tom

    Exempel:
      | kommando | fil                       | kod |
      | check    | region-halland-2024.yaml  | 0   |
      | check    | region-nordmark-2024.yaml | 1   |
      | status   | region-nordmark-2024.yaml | 1   |

  Scenario: --quiet för en katalog ger avslutningskoden för hela katalogen
    När jag kör "compliance check {fixtures} --as-of 2024-10-15 -q"
    Så avslutningskoden är 1
    Och utskriften är tom

  Scenario: --quiet tystar inte fel
    När jag kör "compliance check {tmp}/finns-inte.yaml --quiet"
    Så avslutningskoden är 2
    Och utskriften är tom
    Och felmeddelandet säger "finns-inte.yaml: filen kan inte läsas (filen finns inte)"

  Scenariomall: Skriptet för tabbkomplettering finns för vanliga skal
    När jag kör "compliance completion <skal>"
    Så avslutningskoden är 0
    Och utskriften innehåller "_COMPLIANCE_COMPLETE"

    Exempel:
      | skal       |
      | bash       |
      | zsh        |
      | fish       |

  Scenariomall: Tabb kompletterar kommandon och flaggor
    När skalet bash ber om komplettering av "<skrivet>"
    Så förslagen innehåller "<förslag>"

    Exempel:
      | skrivet                   | förslag  |
      | compliance ch             | check    |
      | compliance check --wai    | --waivers |
      | compliance pack n         | new      |
