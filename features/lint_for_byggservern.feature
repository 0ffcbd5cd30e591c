# language: sv
Egenskap: lint för byggservern och för regelteamet
  compliance lint skriver anmärkningar som GitHub Actions visar på rätt rad (--format
  github) eller som JSON, och en enskild varning kan tystas i YAML-filen med ett skäl
  (# lint-tyst: skälet). Ett fel kan aldrig tystas.

  Scenariomall: En oanvänd fråga som anmärkning i GitHub, i JSON och som text
    Givet en kopia av de medföljande regelpaketen
    Och paketet "okad-tillganglighet-2024" i kopian har versionen "1.0.1"
    Och i "okad-tillganglighet-2024/pack.yaml" står raden "    extra_datum: {type: date, title: Extra datum}" efter raden "  answers:"
    När jag kör "compliance lint {rules}/okad-tillganglighet-2024 --format <format>"
    Så avslutningskoden är 1
    Och utskriften innehåller "<rad>"

    Exempel:
      | format | rad                                                                                                                    |
      | github | ::warning file={rules}/okad-tillganglighet-2024/pack.yaml,line=59,col=5::answers.extra_datum används inte av någon regel |
      | json   | "message": "answers.extra_datum används inte av någon regel"                                                            |
      | text   | okad-tillganglighet-2024/pack.yaml:59:5: varning: answers.extra_datum används inte av någon regel                       |

  Scenariomall: En varning tystas med ett skäl, aldrig utan
    Givet en kopia av de medföljande regelpaketen
    Och paketet "okad-tillganglighet-2024" i kopian har versionen "1.0.1"
    Och i "okad-tillganglighet-2024/pack.yaml" står raden "    extra_datum: {type: date, title: Extra datum}  <kommentar>" efter raden "  answers:"
    När jag kör "compliance lint {rules}/okad-tillganglighet-2024"
    Så avslutningskoden är <kod>
    Och utskriften innehåller "<rad>"

    Exempel:
      | kommentar                                  | kod | rad                                          |
      | # lint-tyst: läses av regionens uppföljning | 0   | 1 paket granskade, 0 anmärkningar, 1 tystade |
      | # lint-tyst:                                | 1   | 1 paket granskade, 1 anmärkning              |

  Scenario: Ett fel i ett paket blir en felanmärkning i GitHub
    Givet en kopia av de medföljande regelpaketen
    Och paketet "okad-tillganglighet-2024" har filen "extra.yaml" med innehållet:
      """
      - id: EXTRA-1
        title: Extra regel
        severity: krav
        source: {document: ot24}
        each: vantetidsdatabasen
        require: svarsfrekvens >= 95
      """
    När jag kör "compliance lint {rules}/okad-tillganglighet-2024 --format github"
    Så avslutningskoden är 2
    Och utskriften innehåller "::error file={rules}/okad-tillganglighet-2024/extra.yaml,line=6,col=12::regel EXTRA-1: fältet 'svarsfrekvens' finns inte"
