# language: sv
Egenskap: Varje mening en revisor kan skriva under
  Det verktyget skriver ska hålla mot underlaget: pengar som går ihop med de angivna
  summorna, Del 2 bedömd på det som finns när Socialstyrelsen bedömer, mål som kallas mål,
  undantag som följer med hela vägen och förbehåll i varje format.

  # seeds/001, Socialstyrelsens PM (Inledning och uppföljningsuppdraget): myndigheten ska
  # senast 15 november 2024 redovisa om villkoren för den andra utbetalningen är uppfyllda.
  # Registermånader som förfaller senare kan inte avgöra Del 2.
  Scenariomall: Påståendena i 3.4 bedöms på de månader som finns på beslutsdagen
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per <dag>
    Så regeln "<regel>" har utfallet "uppfyllt"
    Och underlaget för regeln "<regel>" nämner "januari–september 2024"
    Och underlaget för regeln "<regel>" nämner "2024-11-15, när Socialstyrelsen redovisar om villkoren för Del 2"
    Och läget för utbetalningen "del2" är "väntar på granskning av villkoren: OT24-3.4-fraga-5-plan, OT24-3.6-status-granskas"

    Exempel:
      | dag        | regel                     |
      | 2024-11-15 | OT24-3.4-fraga-1-underlag |
      | 2024-11-15 | OT24-3.4-fraga-4-underlag |
      | 2024-12-31 | OT24-3.4-fraga-4-underlag |

  # seeds/001, Socialstyrelsens PM: bedömningen 15 november; september förfaller 21 oktober.
  Scenario: Ett påstående som väntar efter sin egen tidsgräns säger varför
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-4-underlag" har utfallet "väntar"
    Och underlaget för regeln "OT24-3.4-fraga-4-underlag" nämner "September 2024"
    Och underlaget för regeln "OT24-3.4-fraga-4-underlag" nämner "2024-11-15, när Socialstyrelsen redovisar om villkoren för Del 2"

  # seeds/001: PM:et (bedömningen senast 15 november 2024) och utbetalningsmodellen (Del 1
  # senast 1 december 2024; BUP-medlen i augusti och december).
  Scenario: Läget visar Socialstyrelsens bedömning och utbetalningarna
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När regionens läge visas per 2024-10-01
    Så tidslinjen visar "Socialstyrelsen redovisar om villkoren för Del 2" som "om 45 dagar"
    Och tidslinjen visar "Del 1 betalas ut" som "om 61 dagar"
    Och tidslinjen visar "BUP-medel efter januari–juni" som "passerad"
    Och tidslinjen visar "BUP-medel efter juli–november" som "börjar om 61 dagar"

  # seeds/001, utbetalningsmodellen: Del 1 1 237,5 mnkr, Del 2 1 237,5 mnkr och BUP 450 mnkr,
  # tillsammans de 2 925 mnkr som Bakgrunden säger att regionerna tilldelas.
  Scenario: Del 1 räknas från den angivna summan, uppdelningen visas som information
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så beloppet för "del1" är 39881517 kronor
    Och utbetalningen "del1" har informationen "40 + 1 197 + 80"
    Och utbetalningen "del1" har antagandet "befolkningsstorlek"
    Och utbetalningen "del1" har antagandet "80 miljarder"
    Och pengarna går ihop: "1 237,5 + 1 237,5 + 450 = 2 925 mnkr"

  # seeds/001, beslutsunderlaget (Ekonomiska konsekvenser): en godkänd redovisning är ett
  # villkor för att ta del av medlen; utbetalningsmodellen knyter redovisningen till Del 2.
  Scenario: Del 1 kallas inte villkorslös
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så läget för utbetalningen "del1" är "inget villkor i utbetalningsmodellen"
    Och utbetalningen "del1" har informationen "godkänd redovisning"

  # seeds/001, 3.4 fråga 5 och 3.6: om svaret ger en plan och om arbetet beskrivs avgör
  # Socialstyrelsen när den läser svaren; inget datum avgör det. Ett villkor vars
  # tidsgräns inte kommit och ett villkor som väntar på en granskare är olika saker att göra.
  Scenariomall: En utbetalning som väntar skiljer villkor som inte förfallit från villkor att granska
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per <dag>
    Så läget för utbetalningen "del2" är "<läge>"

    Exempel:
      | dag        | läge |
      | 2024-10-01 | väntar på villkoren: OT24-3.4-fraga-1-underlag, OT24-3.4-fraga-4-underlag; på granskning av villkoren: OT24-3.4-fraga-5-plan, OT24-3.6-status-granskas |
      | 2024-11-15 | väntar på granskning av villkoren: OT24-3.4-fraga-5-plan, OT24-3.6-status-granskas |

  # seeds/001, 3.4 fråga 1 (senast tre veckor efter mätmånaden); undantaget för maj i
  # fixtures/undantag-nordmark-2024.yaml.
  Scenario: Ett undantag för en månad följer med till räkningen, påståendet och Del 2
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    Och undantagen i exemplet "undantag-nordmark-2024.yaml"
    När inlämningen bedöms per 2024-12-01 med undantagen
    Så sammanfattningen för regeln "OT24-3.4-leverans-tre-veckor" nämner "1 undantag"
    Och sammanfattningen för regeln "OT24-3.4-leverans-tre-veckor" nämner inte "1 ej uppfyllt"
    Och regeln "OT24-3.4-fraga-1-underlag" har utfallet "uppfyllt"
    Och underlaget för regeln "OT24-3.4-fraga-1-underlag" nämner "undantag"
    Och läget för utbetalningen "del2" är "i fara: OT24-3.4-fraga-4-underlag"

  # seeds/004 (revisionsrapporten): 55 % är överenskommelsens mål för Sveriges invånare.
  Scenario: Ett mål som inte nås är under målet, och målet är nationellt
    Givet en inlämning byggd på "region-sydmark-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så underlaget för regeln "GNV23-fast-lakarkontakt-befolkning" nämner "under målet 55 %"
    Och underlaget för regeln "GNV23-fast-lakarkontakt-befolkning" nämner inte "kravet"
    Och regeln "GNV23-fast-lakarkontakt-befolkning" har antagandet "per region"

  # seeds/001, utbetalningsmodellen: 450 mnkr fördelas efter uppfyllnadsgraden.
  Scenario: BUP-poängen är en indikator som ger underlag för BUP-medlen, inget villkor
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-12-31 med rapport i terminalen
    Så utskriften nämner, oavsett radbrytningar, "Underlag för: BUP – 450 mnkr"
    Och utskriften nämner inte, oavsett radbrytningar, "Villkor för: BUP"

  # seeds/001 är Hallands ifyllda formulär; en annan region citerar formuläret, inte Halland.
  Scenario: En fiktiv region citerar formuläret, inte Hallands redovisning
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2024-10-01 med rapport i terminalen
    Så utskriften nämner, oavsett radbrytningar, "Källa: Redovisningsformulär Ökad tillgänglighet 2024"
    Och utskriften nämner inte, oavsett radbrytningar, "Region Hallands"

  # seeds/001, 3.4 fråga 4: en svarsfrekvens per månad, tolv månader om året.
  Scenario: Med en enhetslogg räknas ett år som tolv månader
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-06-01 med loggen "enhetslogg-nordmark-2024.csv"
    Så sammanfattningen för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "12 månader"
    Och sammanfattningen för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "skiljer sig från enhetsloggen"

  Scenario: En dag är en dag
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När regionens läge visas per 2024-12-20
    Så tidslinjen visar "Månadsrapportering till väntetidsdatabasen: 2024-11" som "förfaller om 1 dag"

  Scenariomall: Förklaringen nämner frågan, inte fältets id
    När jag kör "compliance explain <regel> {fixtures}/region-halland-2024.yaml --as-of 2024-10-01"
    Så utskriften nämner, oavsett radbrytningar, "<fråga>"
    Och utskriften nämner inte, oavsett radbrytningar, "<id>"

    Exempel:
      | regel                     | fråga        | id                  |
      | OT24-3.4-fraga-4          | 3.4 fråga 4  | vtdb_svarsfrekvens  |
      | OT24-3.4-fraga-4-underlag | 3.4 fråga 4  | vtdb_svarsfrekvens  |
      | OT24-fritext-besvarad     | 3.4 fråga 5  | vtdb_ej_rapporterat |
      | OT24-3.6-fraga-1          | 3.6 fråga 1  | handlingsplan_      |

  # seeds/001 gäller 2024: före periodens början kan inget svar finnas.
  Scenario: Före perioden är inget uppfyllt
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2023-06-01
    Så ingen regel har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-1" har utfallet "väntar"

  # seeds/004 (revisionsrapporten): 2024 års överenskommelse om nära vård är ett större
  # utvecklingsområde och omfattar 3 430,25 mnkr; resten av paketet är ärvt från 2023.
  Scenario: Det ogranskade paketet för 2024 skiljer det kända från det gissade
    Givet en inlämning byggd på "region-halland-2023.yaml" för paketet "god-och-nara-vard-2024"
    När inlämningen bedöms per 2025-06-01
    Så rapporten noterar "3 430,25 mnkr"
    Och rapporten noterar "ett större utvecklingsområde"
    Och regeln "GNV23-enkat-i-tid" har antagandet "inte kontrollerade mot 2024 års överenskommelse"

  Scenario: Förklaringen av 2024 års enkätdatum säger samma datum överallt
    När jag kör "compliance explain GNV23-enkat-i-tid --pack god-och-nara-vard-2024"
    Så utskriften nämner, oavsett radbrytningar, "2025-03-31"
    Och utskriften nämner inte, oavsett radbrytningar, "2024-03-31"
    Och utskriften nämner inte, oavsett radbrytningar, "31 mars 2024"

  Scenario: Lint varnar för GRANSKA-markeringar och --strict underkänner varningar
    Givet en kopia av de medföljande regelpaketen
    När jag kör "compliance lint --strict {rules}/god-och-nara-vard-2024"
    Så avslutningskoden är 1
    Och utskriften nämner, oavsett radbrytningar, "GRANSKA"
    Och utskriften nämner inte, oavsett radbrytningar, "granskade, 0 anmärkningar"

  # seeds/001: utbetalningsmodellen (pengarna) och PM:et (Socialstyrelsens
  # helhetsbedömning); exemplets månadsvärden är illustrativa och fritexterna sammanfattningar.
  Scenariomall: Varje textformat bär förbehållen
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format <format>"
    Så utskriften nämner, oavsett radbrytningar, "helhetsbedömning"
    Och utskriften nämner, oavsett radbrytningar, "illustrativa"
    Och utskriften nämner, oavsett radbrytningar, "sammanfattningar med våra ord"
    Och utskriften nämner, oavsett radbrytningar, "Antagande"
    Och utskriften nämner, oavsett radbrytningar, "Del 1 – engångsutbetalning till regionerna"

    Exempel:
      | format   |
      | text     |
      | json     |
      | markdown |
      | html     |
      | csv      |
      | junit    |

  # Exemplens Word-formulär och enkätexport är byggda ur våra sammanfattningar av seeds/001
  # och seeds/002. De säger det själva, som en regions egen fil aldrig gör: formuläret i
  # sin egenskap Kommentarer, exporten i sin rubrikrad. Rapporten för det vidare med
  # dokumentets ord, och lägger aldrig till det där dokumentet inte säger det.
  Scenariomall: Ett exempelformulär som säger att texterna är sammanfattningar bär det i varje format
    När jag kör "compliance check {fixtures}/formular/region-halland-2024.docx --as-of 2024-10-01 --format <format>"
    Så utskriften nämner, oavsett radbrytningar, "sammanfattningar med våra ord"
    Och utskriften nämner, oavsett radbrytningar, "illustrativa"

    Exempel:
      | format   |
      | text     |
      | json     |
      | markdown |
      | html     |
      | csv      |
      | junit    |

  Scenariomall: En exempelexport som säger att texterna är sammanfattningar bär det i regionens rapport
    När jag kör "compliance check {fixtures}/enkatexport/enkatexport-god-och-nara-vard-2023.<typ> --pack god-och-nara-vard-2023 --region 'Region Halland' --as-of 2024-10-01 --format <format>"
    Så utskriften nämner, oavsett radbrytningar, "sammanfattningar med våra ord"
    Och utskriften nämner, oavsett radbrytningar, "illustrativa"

    Exempel:
      | typ  | format   |
      | csv  | text     |
      | xlsx | json     |
      | csv  | markdown |
      | xlsx | csv      |

  Scenario: Ett formulär som inte säger något om sig självt får ingen anmärkning om sammanfattningar
    Givet Word-formuläret "formular/region-halland-2024.docx" med svaret "Ja" i "vtdb_riktlinjer"
    När formuläret bedöms per 2024-10-01
    Så utskriften nämner inte, oavsett radbrytningar, "sammanfattningar"
    Och utskriften nämner inte, oavsett radbrytningar, "illustrativa"
    Och utskriften nämner inte, oavsett radbrytningar, "Kommentarer"

  Scenario: En export utan rubrikrad får ingen anmärkning om sammanfattningar
    Givet enkätexporten ur exemplen som CSV
    När enkätexporten bedöms per 2024-10-01 med paketet "god-och-nara-vard-2023" för regionen "Region Halland"
    Så utskriften nämner inte, oavsett radbrytningar, "sammanfattningar"
    Och utskriften nämner inte, oavsett radbrytningar, "illustrativa"

  # seeds/001 (PM:et: Socialstyrelsens helhetsbedömning) och exemplens egna anteckningar om
  # illustrativa värden: en nationell översikt läses av den som aldrig öppnar en regions
  # rapport, så förbehållen står i översikten också, en gång per regelpaket. (JUnit har
  # en testsvit per region, med regionens förbehåll: se scenariot om varje textformat.)
  Scenariomall: En översikt bär förbehållen för sina regelpaket
    När jag kör "compliance check {fixtures} --as-of 2024-12-31 --format <format>"
    Så utskriften nämner, oavsett radbrytningar, "helhetsbedömning"
    Och utskriften nämner, oavsett radbrytningar, "anger själva att värdena är illustrativa"
    Och utskriften nämner, oavsett radbrytningar, "Antagande"

    Exempel:
      | format |
      | text   |
      | json   |
      | csv    |
      | html   |

  Scenario: En översikt av filer som inte kallar sig illustrativa säger inget om det
    Givet registerfiler för januari–juni där "Halland" har andelarna 95, 95 och 95 procent
    När jag kör "compliance check --register {tmp}/register --pack okad-tillganglighet-2024 --as-of 2024-08-01"
    Så utskriften nämner inte, oavsett radbrytningar, "illustrativa"
    Och utskriften nämner, oavsett radbrytningar, "Antagande"

  Scenario: Excel-arbetsboken bär förbehållen
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format xlsx -o {tmp}/halland.xlsx"
    Så arbetsboken "halland.xlsx" nämner "helhetsbedömning"
    Och arbetsboken "halland.xlsx" nämner "illustrativa"
    Och arbetsboken "halland.xlsx" nämner "sammanfattningar med våra ord"
    Och arbetsboken "halland.xlsx" nämner "Antagande"
    Och arbetsboken "halland.xlsx" nämner "Del 1 – engångsutbetalning till regionerna"

  Scenario: Diagram över illustrativa värden är märkta
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --as-of 2024-10-01 --format html"
    Så utskriften nämner, oavsett radbrytningar, "Illustrativa värden"
    Och utskriften nämner, oavsett radbrytningar, "(illustrativa värden)</title>"

  # seeds/004 ger bara överenskommelsens omfattning för 2024; paketet är ärvt och ogranskat.
  Scenariomall: En översikt märker det ogranskade paketet
    Givet filen "kat/halland-2024.yaml" är exemplet "region-halland-2023.yaml" för paketet "god-och-nara-vard-2024"
    När jag kör "compliance check {tmp}/kat --as-of 2025-06-01 --format <format>"
    Så utskriften nämner, oavsett radbrytningar, "inte granskat"

    Exempel:
      | format   |
      | text     |
      | json     |
      | html     |
      | csv      |
      | junit    |

  # seeds/001, 3.6: "Resultatet av genomförda insatser (som inte beskrivits tidigare)" får
  # lämnas; tomt, utelämnat och Words platshållare betyder då samma sak.
  Scenariomall: Ett svar som formuläret låter regionen lämna betyder samma sak hur det lämnas
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och <svaret>
    När inlämningen bedöms per 2024-10-01
    Så regeln "OT24-3.6-resultat-granskas" har utfallet "att granska"
    Och underlaget för regeln "OT24-3.6-resultat-granskas" nämner "lämnat tomt, vilket formuläret tillåter"

    Exempel:
      | svaret                                                                       |
      | svaret "handlingsplan_resultat" saknas                                       |
      | svaret "handlingsplan_resultat" är tomt                                      |
      | svaret "handlingsplan_resultat" är "Klicka eller tryck här för att ange text." |

  # seeds/001, 3.4 fråga 5: Halland ger en plan (arbete pågår) bara för specialisttandvården;
  # för de privata vårdgivarna säger svaret bara att de inte rapporteras.
  Scenario: Sammanfattningen av 3.4 fråga 5 lägger inte till en plan som regionen inte gav
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så underlaget för regeln "OT24-3.4-fraga-5-plan" nämner "specialisttandvården"
    Och underlaget för regeln "OT24-3.4-fraga-5-plan" nämner inte "vårdavtal rapporteras inte ännu; arbete pågår"
    Och rapporten noterar "sammanfattningar med våra ord"

  # seeds/002, frågorna 7a, 11a, 26 och 41: regionens egna svar, räknade i tecken.
  Scenariomall: Teckenantalen i rapporten är regionens egna svars
    Givet en inlämning byggd på "region-halland-2023.yaml"
    När inlämningen bedöms per 2024-06-01
    Så underlaget för regeln "GNV23-fritext-langd" nämner "<fråga>: antal tecken var <antal>,"
    Och rapporten noterar "teckenantalen är regionens egna svars"

    Exempel:
      | fråga     | antal |
      | Fråga 7a  | 982   |
      | Fråga 11a | 859   |
      | Fråga 26  | 99    |
      | Fråga 41  | 221   |

  # seeds/001, 3.6: formulärets fråga om medlen, frågorna 1–3, "Ev. kommentar" och
  # beskrivningen av insatsen i 3.6 – där status och revidering kan stå.
  Scenario: Granskningen av 3.6 visar formulärets fråga och alla svar där status kan stå
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2024-10-01
    Så underlaget för regeln "OT24-3.6-status-granskas" nämner "Hur har 2024 års medel använts och kommer att användas för arbetet med den regionala handlingsplanen?"
    Och underlaget för regeln "OT24-3.6-status-granskas" nämner "3.6 fråga 3, Handlingsplanen har uppdaterats sedan versionen från mars 2024: Nej"
    Och underlaget för regeln "OT24-3.6-status-granskas" nämner "Ev. kommentar till frågorna om handlingsplanen"
    Och underlaget för regeln "OT24-3.6-status-granskas" nämner "produktions- och kapacitetsplanering"
    Och underlaget för regeln "OT24-3.6-status-granskas" nämner inte "fortlöper, revidering och status"

  # seeds/001: redovisningen senast 30 september 2024; före dess kan fältet fyllas i.
  Scenariomall: Före tidsgränsen väntar ett fält som får lämnas, hur det än är lämnat
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och <svaret>
    När inlämningen bedöms per 2024-09-15
    Så regeln "OT24-3.6-resultat-granskas" har utfallet "väntar"

    Exempel:
      | svaret                                                                       |
      | svaret "handlingsplan_resultat" saknas                                       |
      | svaret "handlingsplan_resultat" är tomt                                      |
      | svaret "handlingsplan_resultat" är "Klicka eller tryck här för att ange text." |
