# language: sv
Egenskap: Felaktig indata ger ett tydligt fel med fil, rad och kolumn
  Varje fel i en inlämning ger avslutningskod 2 och ett svenskt meddelande som pekar ut
  var felet står och vad som väntades – aldrig en stackspårning – och filen ändras inte.

  Scenariomall: Fel i en inlämning pekas ut
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: Region Test
      series:
        vantetidsdatabasen:
          <rad>
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad <r> kolumn <k> och säger "<meddelande>"
    Och inlämningsfilen är oförändrad

    Exempel:
      | rad                                         | r | k  | meddelande                                         |
      | 2024-03: {svarsfrekvens_vantande: 140}      | 5 | 39 | 140 är inte en procentsats (0–100)                 |
      | 2024-03: {svarsfrekvens_vantande: -1}       | 5 | 39 | -1 är inte en procentsats (0–100)                  |
      | 2024-03: {svarsfrekvens_vantande: hög}      | 5 | 39 | 'hög' är inte en procentsats (0–100)               |
      | 2024-03: {levererad: 2024-02-30}            | 5 | 26 | '2024-02-30' är inget giltigt datum (väntade ÅÅÅÅ-MM-DD) |
      | 2025-01: {levererad: 2025-02-10}            | 5 | 5  | månaden 2025-01 ligger utanför paketets period (2024-01–2024-12) |
      | 2024-13: {levererad: 2025-02-10}            | 5 | 5  | '2024-13' är ingen månad (väntade ÅÅÅÅ-MM)          |
      | 2024-03: {svarsfrekvens: 97}                | 5 | 15 | okänt fält 'svarsfrekvens'                         |
      | 2024-03: [97, 98]                           | 5 | 14 | väntade en mappning                                |

  Scenario: Okänd nyckel på översta nivån
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: Region Test
      svar:
        vtdb_riktlinjer: Ja
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 3 kolumn 1 och säger "okänd nyckel 'svar'"

  Scenario: Okänd fråga och fel typ på ett ja/nej-svar
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: Region Test
      answers:
        vtdb_riktlinjer: Kanske
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 4 kolumn 20 och säger "vtdb_riktlinjer: väntade Ja eller Nej, fick 'Kanske'"

  Scenario: Trasig YAML
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: [Region Test
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "ogiltig YAML"
    Och inlämningsfilen är oförändrad

  Scenario: Okänt regelpaket
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2019
      region: Region Test
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 1 kolumn 7 och säger "okänt regelpaket 'okad-tillganglighet-2019'"

  Scenario: Python-taggar i YAML konstrueras aldrig
    Givet en inlämning med texten:
      """
      pack: !!python/object/apply:os.system ["echo hej"]
      region: Region Test
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet pekar på rad 1 kolumn 7 och säger "är inte tillåten"

  Scenario: En fil som inte finns
    När filen "finns-inte.yaml" bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "filen kan inte läsas"

  Scenario: Alla fel i en fil visas på en gång
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: Region Test
      answers:
        vtdb_riktlinjer: Kanske
        okand_fraga: Ja
      series:
        vantetidsdatabasen:
          2024-03: {svarsfrekvens_vantande: 140, levererad: 2024-02-30}
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felutskriften har 4 rader, var och en med fil, rad och kolumn
    Och ett fel pekar på rad 4 kolumn 20 och säger "väntade Ja eller Nej"
    Och ett fel pekar på rad 5 kolumn 3 och säger "okänd fråga 'okand_fraga'"
    Och ett fel pekar på rad 8 kolumn 39 och säger "140 är inte en procentsats (0–100)"
    Och ett fel pekar på rad 8 kolumn 55 och säger "'2024-02-30' är inget giltigt datum"
    Och inlämningsfilen är oförändrad

  Scenariomall: En procentsats med decimalkomma läses som talet
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: Region Test
      series:
        vantetidsdatabasen:
          <rad>
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 1
    Och underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "Mars 2024: svarsfrekvensen för väntande var 93,1 %"

    Exempel:
      | rad                                            |
      | 2024-03: {svarsfrekvens_vantande: "93,1"}      |
      | 2024-03: {svarsfrekvens_vantande: '93,1'}      |
      | 2024-03: {svarsfrekvens_vantande: 93.1}        |

  Scenario: En procentsats med decimalkomma utan citattecken på en egen rad läses som talet
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: Region Test
      series:
        vantetidsdatabasen:
          2024-03:
            svarsfrekvens_vantande: 93,1
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 1
    Och underlaget för regeln "OT24-3.4-svarsfrekvens-vantande" nämner "Mars 2024: svarsfrekvensen för väntande var 93,1 %"

  Scenario: Decimalkomma utan citattecken inom {…} förklaras
    YAML läser 93,1 inom klamrar som talet 93 och en nyckel 1; verktyget gissar inte
    vilket tal som menades utan säger hur det ska skrivas.
    Givet en inlämning med texten:
      """
      pack: okad-tillganglighet-2024
      region: Region Test
      series:
        vantetidsdatabasen:
          2024-03: {svarsfrekvens_vantande: 93,1, levererad: 2024-04-10}
      """
    När inlämningen bedöms per 2025-01-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "'93,1' ser ut som ett tal med decimalkomma, som inom {…} läses som talet 93 och en nyckel '1'; skriv 93.1 eller '93,1' med citattecken"
