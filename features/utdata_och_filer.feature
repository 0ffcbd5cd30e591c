# language: sv
Egenskap: Rapporter och filer som data inte kan förfalska
  Regionens namn, anteckningar och fritext kommer från filer som andra skrivit. En rapport
  visar dem som text i varje format: de kan inte skapa tabellrader, dölja resultat, starta
  en formel i ett kalkylark eller styra terminalen. En katalog bedöms fil för fil, och en
  rapportfil ersätter aldrig det som bedöms.

  Scenario: En formel i ett regionnamn blir text i CSV-översikten
    Givet filen "katalog/a.yaml" är exemplet "region-vastmark-2024.yaml" med regionen "=HYPERLINK(1)"
    Och filen "katalog/b.yaml" är exemplet "region-halland-2024.yaml" med regionen "@SUMMA(A1)"
    När jag kör "compliance check {tmp}/katalog --as-of 2025-06-01 --format csv"
    Så avslutningskoden är 1
    Och ingen cell i CSV-utskriften börjar som en formel
    Och utskriften innehåller "'=HYPERLINK(1)"

  Scenario: Markdown och HTML i ett regionnamn visas som text i Markdown-rapporten
    Givet filen "a.yaml" är exemplet "region-vastmark-2024.yaml" med regionen "Region <!-- | falsk | rad | <b>x</b>"
    När jag kör "compliance check {tmp}/a.yaml --as-of 2025-06-01 --format markdown"
    Så avslutningskoden är 1
    Och utskriften innehåller inte "<!--"
    Och utskriften innehåller inte "<b>"
    Och utskriften innehåller "# Region &lt;!-- \| falsk \| rad \| &lt;b>x&lt;/b>"

  Scenario: HTML i ett regionnamn visas som text i HTML-rapporten
    Givet filen "a.yaml" är exemplet "region-vastmark-2024.yaml" med regionen "Region <script>x</script> <!--"
    När jag kör "compliance check {tmp}/a.yaml --as-of 2025-06-01 --format html"
    Så avslutningskoden är 1
    Och utskriften innehåller inte "<script>"
    Och utskriften innehåller "Region &lt;script&gt;x&lt;/script&gt; &lt;!--"

  Scenario: Märkspråk för terminalen i ett regionnamn skrivs ut som det står
    Givet filen "a.yaml" är exemplet "region-vastmark-2024.yaml" med regionen "Region [/] [bold red]Nord"
    När jag kör "compliance check {tmp}/a.yaml --as-of 2025-06-01"
    Så avslutningskoden är 1
    Och utskriften innehåller "Region [/] [bold red]Nord"

  Scenariomall: En enhetslogg kan inte anges för en hel katalog
    En enhetslogg gäller en region; verktyget gissar inte vilken utan vägrar, i stället
    för att tyst strunta i filen. (Undantag, attester och tillägg anger sin region: se
    nationell_korning_med_undantag.feature.)
    Givet filen "katalog/a.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    När jag kör "compliance check {tmp}/katalog <flagga> {fixtures}/<fil> --as-of 2025-06-01"
    Så avslutningskoden är 2
    Och utskriften är tom
    Och felmeddelandet säger "<flagga> gäller en regions inlämning och kan inte anges för en katalog; bedöm den regionens fil för sig med <flagga>"

    Exempel:
      | flagga         | fil                           |
      | --log          | enhetslogg-nordmark-2024.csv  |

  Scenariomall: En fil till --waivers eller --log som inte finns är alltid ett fel
    Givet filen "katalog/a.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    När jag kör "compliance <kommando> {tmp}/<mål> <flagga> {tmp}/finns-inte.yaml --as-of 2025-06-01"
    Så avslutningskoden är 2
    Och utskriften är tom
    Och felmeddelandet säger "finns-inte.yaml"
    Och felmeddelandet säger "finns inte"

    Exempel:
      | kommando | mål           | flagga    |
      | check    | katalog       | --waivers |
      | check    | katalog       | --log     |
      | check    | katalog/a.yaml | --waivers |
      | check    | katalog/a.yaml | --log     |
      | status   | katalog/a.yaml | --waivers |
      | explain OT24-3.4-fraga-1 | katalog/a.yaml | --waivers |
      | explain OT24-3.4-fraga-1 | katalog/a.yaml | --log     |

  Scenario: Två filer för samma region visas som två kolumner
    Givet filen "katalog/a.yaml" är exemplet "region-halland-2024.yaml" med regionen "Region Halland"
    Och filen "katalog/b.yaml" är exemplet "region-vastmark-2024.yaml" med regionen "Region Halland"
    När jag kör "compliance check {tmp}/katalog --as-of 2025-06-01 --format json"
    Så avslutningskoden är 1
    Och JSON-översikten visar "uppfyllt" för "Region Halland (a.yaml)" och regeln "OT24-redovisning-i-tid"
    Och JSON-översikten visar "ej uppfyllt" för "Region Halland (b.yaml)" och regeln "OT24-redovisning-i-tid"

  Scenario: En tom katalog är ett fel
    Givet en tom katalog "tom"
    När jag kör "compliance check {tmp}/tom"
    Så avslutningskoden är 2
    Och felmeddelandet säger "katalogen innehåller ingen inlämning"

  Scenario: En felstavad nyckel i en inlämning är ett fel, inte en överhoppad fil
    Givet filen "katalog/a.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    Och filen "katalog/b.yaml" är exemplet "region-halland-2024.yaml" med nyckeln "region" stavad "regoin"
    När jag kör "compliance check {tmp}/katalog --as-of 2025-06-01 --format json"
    Så avslutningskoden är 2
    Och JSON-översikten har felet "b.yaml"
    Och JSON-översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "OT24-3.4-svarsfrekvens-vantande"

  Scenario: En FIFO i katalogen rapporteras och de andra bedöms ändå
    Givet filen "katalog/a.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    Och en FIFO "katalog/ror.yaml"
    När jag kör "compliance check {tmp}/katalog --as-of 2025-06-01 --format json"
    Så avslutningskoden är 2
    Och JSON-översikten har felet "ror.yaml: filen kan inte läsas (väntade en vanlig fil men fick en namngiven rörledning (FIFO))"
    Och JSON-översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "OT24-3.4-svarsfrekvens-vantande"

  Scenario: -o som pekar på inlämningen själv skrivs aldrig, inte heller med --force
    Givet filen "inlamning.yaml" är en kopia av exemplet "region-nordmark-2024.yaml"
    När jag kör "compliance check {tmp}/inlamning.yaml --as-of 2025-06-01 --format json -o {tmp}/inlamning.yaml --force"
    Så avslutningskoden är 2
    Och felmeddelandet säger "rapporten skulle ersätta en av kommandots indatafiler"
    Och filen "inlamning.yaml" är oförändrad, exemplet "region-nordmark-2024.yaml"
