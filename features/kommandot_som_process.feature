# language: sv
Egenskap: Kommandot som process i skalet tappar ingenting när det avslutas
  `compliance` avslutar processen så snart rapporten är skriven och utdata tömd, utan
  tolkens egen nedstängning (den kostade lika mycket som bedömningen). Inget får gå
  förlorat: utskriften, avslutningskoden och en rapportfil som skrivs med -o är desamma
  som när samma kommando körs inne i en annan process, också när standardutdata buffras,
  är en rörledning som läsaren stänger i förtid eller inte går att skriva till.

  Scenariomall: Processen skriver samma rapport och ger samma avslutningskod
    När jag kör "compliance <kommando>" som en process <utdata>
    Så processens utskrift, felutskrift och avslutningskod är desamma som kommandots i samma process
    Och avslutningskoden är <kod>

    Exempel:
      | kommando                                                                            | utdata              | kod |
      | check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format json         | med buffrad utdata  | 0   |
      | check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format json         | med obuffrad utdata | 0   |
      | check {fixtures}/region-nordmark-2024.yaml --as-of 2025-03-01 --format text        | med buffrad utdata  | 1   |
      | check {fixtures}/region-nordmark-2024.yaml --as-of 2025-03-01 --format csv         | med buffrad utdata  | 1   |
      | check {fixtures}/finns-inte.yaml --as-of 2025-03-01 --format json                  | med buffrad utdata  | 2   |
      | check {fixtures}/formular --as-of 2024-10-01 --format json                         | med buffrad utdata  | 1   |
      | explain OT24-3.4-fraga-4-underlag                                                   | med buffrad utdata  | 0   |
      | --version                                                                           | med buffrad utdata  | 0   |

  Scenario: En rapportfil som skrivs med -o är hel
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-03-01 --format json -o {tmp}/rapport.json" som en process med buffrad utdata
    Så avslutningskoden är 1
    Och filen "rapport.json" är samma rapport som kommandot skriver i samma process
    Och inga tillfälliga filer finns kvar bredvid den

  Scenariomall: Läsaren stänger standardutdata innan den läst något
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format <format>" som en process vars utdata stängs i förtid <utdata>
    Så avslutningskoden är 2
    Och felutskriften är "fel: utdata kunde inte skrivas (mottagaren har stängt röret); rapporten är inte komplett"

    Exempel:
      | format | utdata              |
      | json   | med buffrad utdata  |
      | json   | med obuffrad utdata |
      | text   | med buffrad utdata  |

  Scenariomall: Standardutdata går inte att skriva till
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format json" som en process med utdata till en full disk <utdata>
    Så avslutningskoden är 2
    Och felutskriften är "fel: utdata kunde inte skrivas (disken är full); rapporten är inte komplett"

    Exempel:
      | utdata              |
      | med buffrad utdata  |
      | med obuffrad utdata |

  Scenariomall: Ett pydantic-tillägg laddas bara när användaren själv ber om det
    Kommandot letar inte efter pydantic-tillägg (det läser då varje installerat pakets
    ingångspunkter vid varje start), utom när användaren har satt
    PYDANTIC_DISABLE_PLUGINS själv.

    Givet ett installerat pydantic-tillägg som antecknar att det laddas
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format json" som en process med PYDANTIC_DISABLE_PLUGINS <inställning>
    Så processens utskrift, felutskrift och avslutningskod är desamma som kommandots i samma process
    Och tillägget är <laddat>

    Exempel:
      | inställning        | laddat      |
      | osatt              | inte laddat |
      | satt till ""       | laddat      |
      | satt till "annat"  | laddat      |
      | satt till "__all__" | inte laddat |
