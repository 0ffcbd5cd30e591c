# language: sv
Egenskap: Nästa års överenskommelse med bara YAML
  Ett regelteam lägger till nästa års regelpaket: det ärver förra årets, ändrar det som
  ändrats, granskar paketet utan inlämning, jämför med förra året och kör paketets exempel.

  Bakgrund:
    Givet en kopia av de medföljande regelpaketen

  Scenario: Ett paket som ärver skärper en gräns och tar bort en regel
    Givet paketet "ot-skarpt" har filen "pack.yaml" med innehållet:
      """
      id: ot-skarpt
      version: "1.0.0"
      title: Skärpt variant
      extends: okad-tillganglighet-2024
      """
    Och paketet "ot-skarpt" har filen "regler.yaml" med innehållet:
      """
      - id: OT24-3.4-svarsfrekvens-vantande
        require: svarsfrekvens_vantande >= 97
      - id: OT24-3.6-fraga-3
        retire: Frågan ställs inte längre
      """
    När jag kör "compliance pack diff {rules}/okad-tillganglighet-2024 {rules}/ot-skarpt"
    Så utskriften innehåller "~ regel OT24-3.4-svarsfrekvens-vantande: require: svarsfrekvens_vantande >= 95 -> svarsfrekvens_vantande >= 97"
    Och utskriften innehåller "- regel OT24-3.6-fraga-3 (utgår)"

  Scenario: Nästa år skapas med datum flyttade och kommentarerna kvar
    När jag kör "compliance pack new okad-tillganglighet-2025 --from okad-tillganglighet-2024 --dir {rules}"
    Så avslutningskoden är 0
    Och filen "pack.yaml" i paketet "okad-tillganglighet-2025" innehåller "# Ökad tillgänglighet i hälso- och sjukvården 2024 – Socialstyrelsens redovisningsformulär."
    Och filen "pack.yaml" i paketet "okad-tillganglighet-2025" innehåller "extends: okad-tillganglighet-2024"
    Och filen "pack.yaml" i paketet "okad-tillganglighet-2025" innehåller "date: 2025-09-30  # GRANSKA: flyttat ett år från 2024-09-30"

  Scenario: Nästa år flyttar även kompletteringsfönster och utbetalningsdatum
    När jag kör "compliance pack new okad-tillganglighet-2025 --from okad-tillganglighet-2024 --dir {rules}"
    Så avslutningskoden är 0
    Och filen "pack.yaml" i paketet "okad-tillganglighet-2025" innehåller "from: 2025-10-01  # GRANSKA: flyttat ett år från 2024-10-01"
    Och filen "pack.yaml" i paketet "okad-tillganglighet-2025" innehåller "to: 2025-10-21 # GRANSKA: flyttat ett år från 2024-10-21"
    Och filen "pack.yaml" i paketet "okad-tillganglighet-2025" innehåller "paid: senast 2025-12-01  # GRANSKA: flyttat ett år från senast 2024-12-01"
    Och filen "pack.yaml" i paketet "okad-tillganglighet-2025" innehåller "paid: augusti (jan–jun) och december (jul–nov) 2025  # GRANSKA: flyttat ett år från augusti (jan–jun) och december (jul–nov) 2024"

  Scenariomall: Det nya paketets filer följer paketschemat
    När jag kör "compliance pack new <nytt> --from <från> --dir {rules}"
    Så varje fil i paketet "<nytt>" följer schemat från "compliance schema pack"

    Exempel:
      | nytt                     | från                     |
      | okad-tillganglighet-2025 | okad-tillganglighet-2024 |
      | god-och-nara-vard-2025   | god-och-nara-vard-2024   |
      | god-och-nara-vard-2024b  | god-och-nara-vard-2023   |

  Scenario: pack diff namnger fälten som i YAML, ett ändrat datum per rad
    När jag kör "compliance pack new okad-tillganglighet-2025 --from okad-tillganglighet-2024 --dir {rules}"
    Och jag kör "compliance pack diff {rules}/okad-tillganglighet-2024 {rules}/okad-tillganglighet-2025"
    Så utskriften innehåller "paket: windows.kompletteringar.from: 2024-10-01 -> 2025-10-01"
    Och utskriften innehåller "paket: payments[del1].paid: senast 2024-12-01 -> senast 2025-12-01"
    Och utskriften innehåller "~ regel OT24-3.7-bup-poang: periods[jan-jun].months.from: 2024-01 -> 2025-01"
    Och utskriften innehåller inte "from_"

  Scenario: Det nya paketets exempel körs och håller
    När jag kör "compliance pack new okad-tillganglighet-2025 --from okad-tillganglighet-2024 --dir {rules}"
    Och jag kör "compliance test {rules}/okad-tillganglighet-2025"
    Så avslutningskoden är 0
    Och utskriften innehåller "39 godkända, 0 underkända"

  Scenariomall: Fel i ett paket pekas ut med fil, rad och kolumn
    Givet paketet "okad-tillganglighet-2024" har filen "extra.yaml" med innehållet:
      """
      - id: EXTRA-1
        title: Extra regel
        severity: krav
        source: {document: ot24}
        each: vantetidsdatabasen
        require: <villkor>
      """
    När jag kör "compliance lint {rules}/okad-tillganglighet-2024"
    Så avslutningskoden är 2
    Och utskriften innehåller "{rules}/okad-tillganglighet-2024/extra.yaml:6:12: fel: regel EXTRA-1: <meddelande>"

    Exempel:
      | villkor                          | meddelande                                    |
      | svarsfrekvens >= 95              | fältet 'svarsfrekvens' finns inte             |
      | svarsfrekvens_vantande >>= 95    | villkoret kan inte tolkas vid tecken 25       |
      | __import__('os').system('ls')    | villkoret kan inte tolkas                     |

  Scenario: lint visar alla fel i ett paket på en gång
    Givet paketet "okad-tillganglighet-2024" har filen "extra.yaml" med innehållet:
      """
      - id: EXTRA-1
        title: Extra regel
        severity: krav
        source: {document: ot24}
        each: vantetidsdatabasen
        require: svarsfrekvens >= 95
      - id: EXTRA-2
        title: Extra regel med fel typ
        severity: viktig
        source: {document: ot24}
        each: vantetidsdatabasen
        require: svarsfrekvens_vantande >= 95
      - id: EXTRA-3
        title: Extra regel med trasigt villkor
        severity: krav
        source: {document: ot24}
        each: vantetidsdatabasen
        require: svarsfrekvens_vantande >>= 95
      """
    När jag kör "compliance lint {rules}/okad-tillganglighet-2024"
    Så avslutningskoden är 2
    Och utskriften innehåller "extra.yaml:6:12: fel: regel EXTRA-1: fältet 'svarsfrekvens' finns inte"
    Och utskriften innehåller "extra.yaml:9:13: fel: severity: 'viktig' är inte tillåtet (väntade 'villkor', 'krav', 'mål' eller 'indikator')"
    Och utskriften innehåller "extra.yaml:18:12: fel: regel EXTRA-3: villkoret kan inte tolkas vid tecken 25"
    Och utskriften innehåller "1 paket granskade, 3 anmärkningar"

  Scenario: Ett paket som ärver från ett okänt paket
    Givet paketet "ot-trasigt" har filen "pack.yaml" med innehållet:
      """
      id: ot-trasigt
      version: "1.0.0"
      extends: finns-inte-2024
      """
    När jag kör "compliance lint {rules}/ot-trasigt"
    Så avslutningskoden är 2
    Och utskriften innehåller "ot-trasigt/pack.yaml:3:10: fel: extends: okänt regelpaket 'finns-inte-2024'"

  Scenario: Ett exempel som inte håller visar förväntat mot faktiskt
    Givet paketet "god-och-nara-vard-2023" har filen "examples/fel.yaml" med innehållet:
      """
      - name: Fel förväntan
        rule: GNV23-fast-lakarkontakt-befolkning
        as_of: 2024-06-01
        given: {answers: {fast_lakarkontakt_befolkning: 65}}
        expect: fail
      """
    När jag kör "compliance test {rules}/god-och-nara-vard-2023"
    Så avslutningskoden är 1
    Och utskriften innehåller "förväntat: fail"
    Och utskriften innehåller "faktiskt:  pass"
    Och utskriften innehåller "1 underkända"

  Scenariomall: Egna paket utanför de medföljande används med --packs eller COMPLIANCE_PACKS
    Givet en tom katalog "egna"
    Och filen "inlamning-2025.yaml" med innehållet:
      """
      pack: okad-tillganglighet-2025
      region: Region Test
      answers:
        vtdb_riktlinjer: Ja
      """
    Och <hur>
    När jag kör "compliance pack new okad-tillganglighet-2025 --from okad-tillganglighet-2024 <flagga>"
    Och jag kör "compliance check {tmp}/inlamning-2025.yaml --as-of 2025-10-01 --format json <flagga>"
    Så avslutningskoden är 1
    Och utskriften innehåller "okad-tillganglighet-2025"
    När jag kör "compliance pack diff okad-tillganglighet-2024 okad-tillganglighet-2025 <flagga>"
    Så avslutningskoden är 0
    Och utskriften innehåller "paket: period.start: 2024-01-01 -> 2025-01-01"
    När jag kör "compliance explain OT24-3.4-fraga-1 --pack okad-tillganglighet-2025 <flagga>"
    Så avslutningskoden är 0

    Exempel:
      | hur                                            | flagga             |
      | miljövariabeln COMPLIANCE_PACKS är "{tmp}/egna" |                    |
      | ingen miljövariabel COMPLIANCE_PACKS           | --packs {tmp}/egna |

  Scenario: Ett eget paket som inte finns nämner --packs
    Givet filen "inlamning-2025.yaml" med innehållet:
      """
      pack: okad-tillganglighet-2025
      region: Region Test
      """
    Och ingen miljövariabel COMPLIANCE_PACKS
    När jag kör "compliance check {tmp}/inlamning-2025.yaml"
    Så avslutningskoden är 2
    Och felmeddelandet säger "okänt regelpaket 'okad-tillganglighet-2025'"
    Och felmeddelandet säger "--packs KATALOG eller COMPLIANCE_PACKS=KATALOG"

  Scenario: En paketkatalog som inte finns är ett fel
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {tmp}/finns-inte"
    Så avslutningskoden är 2
    Och felmeddelandet säger "--packs/COMPLIANCE_PACKS: katalogen"
