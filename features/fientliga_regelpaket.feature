# language: sv
Egenskap: Ett regelpaket från --packs är indata som inte är betrodd
  Ett paket som någon annan har skrivit kan vara fientligt. Villkorens storlek, antalet
  siffror i ett tal och längden på en kedja av paket som ärver av varandra har gränser som
  prövas innan villkoret tolkas; lint och check använder samma gränser och ger samma
  lokaliserade fel, aldrig "internt fel".

  Bakgrund:
    Givet en kopia av de medföljande regelpaketen

  Scenariomall: Ett för stort villkor är ett fel med plats i både check och lint
    Givet regeln "OT24-3.4-svarsfrekvens-vantande" har villkoret <villkor>
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31"
    Så avslutningskoden är 2
    Och felmeddelandet säger "3.4-vantetidsdatabasen.yaml:14:12: regel OT24-3.4-svarsfrekvens-vantande: villkoret kan inte tolkas"
    Och felmeddelandet säger "<fel>"
    När jag kör "compliance lint {rules}/okad-tillganglighet-2024"
    Så avslutningskoden är 2
    Och utskriften innehåller "<fel>"

    Exempel:
      | villkor                                        | fel                                  |
      | inom 5000 parenteser                           | för långt (10028 tecken; högst 2000) |
      | inom 17 parenteser                             | för djupt nästlat (högst 16 nivåer   |
      | efter not 5000 gånger                          | för långt                            |
      | efter not 17 gånger                            | för djupt nästlat                    |
      | med talet 95 skrivet med 5001 siffror          | för långt                            |
      | med talet 95 skrivet med 21 siffror            | är för stort (högst 20 tecken)       |
      | med talet 95 skrivet med 5 decimaler           | har för många decimaler (högst 4)    |
      | upprepat 20000 gånger med or                   | för långt                            |
      | upprepat 33 gånger med or                      | för många led (högst 64              |
      | med 64 termer i summan                         | för många led (högst 64              |

  Scenariomall: Ett villkor precis vid gränserna fungerar i både lint och check
    Givet regeln "OT24-3.4-svarsfrekvens-vantande" har villkoret <villkor>
    När jag kör "compliance lint {rules}/okad-tillganglighet-2024"
    Så avslutningskoden är 1
    Och utskriften innehåller "varning: paketet har samma id och version (1.0.0) som ett medföljande paket"
    Och utskriften innehåller "1 paket granskade, 1 anmärkning"
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31 --format json"
    Så avslutningskoden är 0

    Exempel:
      | villkor                                |
      | inom 16 parenteser                     |
      | efter not 16 gånger                    |
      | upprepat 32 gånger med or              |
      | med talet 95 skrivet med 4 decimaler   |

  Scenario: En för lång kedja av extends är ett fel i lint och check
    Givet en kedja av 20 egna paket där vart och ett ärver nästa och det sista ärver "okad-tillganglighet-2024"
    När jag kör "compliance lint {tmp}/kedja/p0"
    Så avslutningskoden är 2
    Och utskriften innehåller "extends: kedjan av paket som ärver av varandra är för lång (högst 20 nivåer)"
    När jag kör "compliance check {tmp}/kedja-inlamning.yaml --packs {tmp}/kedja --as-of 2024-12-31"
    Så avslutningskoden är 2
    Och felmeddelandet säger "p19/pack.yaml:2:10: extends: kedjan av paket som ärver av varandra är för lång"

  Scenario: 19 paket i en kedja går bra
    Givet en kedja av 19 egna paket där vart och ett ärver nästa och det sista ärver "okad-tillganglighet-2024"
    När jag kör "compliance lint {tmp}/kedja/p0"
    Så avslutningskoden är 0

  Scenariomall: Ett eget paket som ersätter ett medföljande nämns i rapportens spårbarhet
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31 --format <format>"
    Så avslutningskoden är 0
    Och utskriften innehåller "OBS: regelpaketet okad-tillganglighet-2024 v1.0.0 kommer från"
    Och utskriften innehåller "ersätter det medföljande paketet med samma id (v1.0.0)"

    Exempel:
      | format   |
      | markdown |
      | html     |
      | junit    |

  Scenario: Textrapporten nämner ersättningen i sin spårbarhet
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31" i en egen process med COLUMNS=400
    Så avslutningskoden är 0
    Och utskriften innehåller "OBS: regelpaketet okad-tillganglighet-2024 v1.0.0 kommer från {rules}/okad-tillganglighet-2024 (innehåll sha256:"

  Scenario: JSON-rapporten säger varifrån paketet kom och vad det innehåller
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31 --format json"
    Så JSON-rapportens paket ersätter det medföljande från "{rules}/okad-tillganglighet-2024" med version "1.0.0"
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-12-31 --format json"
    Så JSON-rapportens paket ersätter inget medföljande paket

  Scenariomall: Räkning med bara konstanter i ett villkor bedöms, aldrig tyst "ej bedömbart"
    durable-rules matchar ingenting när en räkneoperation har en konstant på båda sidor;
    konstanterna läggs därför ihop innan villkoret når motorn. Hallands januari har
    svarsfrekvensen 97,8 % för väntande och 96,9 % för faktisk väntetid.
    Givet regeln "OT24-3.4-svarsfrekvens-vantande" har villkoret "<villkor>"
    När Hallands inlämning bedöms med de kopierade paketen per 2024-12-31
    Så underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" visar "2024-01" som "<januari>"

    Exempel:
      | villkor                                                     | januari     |
      | svarsfrekvens_vantande >= 95 + 0                            | uppfyllt    |
      | svarsfrekvens_vantande >= 99 + 0                            | ej uppfyllt |
      | svarsfrekvens_vantande >= 100 - 5                           | uppfyllt    |
      | svarsfrekvens_vantande - 5 >= 92.8                          | uppfyllt    |
      | svarsfrekvens_vantande - 5 >= 92.9                          | ej uppfyllt |
      | svarsfrekvens_vantande >= 0 - svarsfrekvens_genomford + 194 | uppfyllt    |
      | svarsfrekvens_vantande >= 0 - svarsfrekvens_genomford + 195 | ej uppfyllt |
