# language: sv
Egenskap: Kommandoraden talar svenska, också när den rättar användaren
  Den som läser hjälpen eller skriver fel på kommandoraden ska få svenska besked, inte
  kommandoradsbibliotekets engelska ("Usage:", "Missing argument", "No such option"). Ett
  användningsfel är en rad "fel: …" med avslutningskod 2, och hjälpen visar hur man gör
  rätt (issue 11 punkt 10: inga engelska texter där en användare läser).

  Scenario: Hjälpen för check är svensk
    När jag kör "compliance check --help"
    Så avslutningskoden är 0
    Och utskriften innehåller "Användning:"
    Och utskriften innehåller "Visa den här hjälpen och avsluta."
    Och varken utskriften eller felmeddelandet innehåller engelska

  Scenariomall: Ett användningsfel får ett svenskt besked och kod 2
    När jag kör "<kommando>"
    Så avslutningskoden är 2
    Och felmeddelandet säger "fel: <besked>"
    Och felmeddelandet säger "Användning:"
    Och varken utskriften eller felmeddelandet innehåller engelska

    Exempel:
      | kommando                                              | besked                                    |
      | compliance chek                                       | okänt kommando 'chek' (menade du check    |
      | compliance check                                      | argumentet FIL saknas                     |
      | compliance check {fixtures}/region-halland-2024.yaml --formt json | okänd flagga --formt (menade du --force eller --format? |
      | compliance check {fixtures}/region-halland-2024.yaml extra | för många argument: extra            |
      | compliance schema tabell                              | ogiltigt värde för argumentet SCHEMA (välj pack, submission eller report) |
      | compliance pack diff                                  | argumentet TIDIGARE saknas                |

  Scenario: En flagga utan värde sist på raden
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --format"
    Så avslutningskoden är 2
    Och felmeddelandet säger "fel: flaggan --format behöver ett värde"
    Och varken utskriften eller felmeddelandet innehåller engelska
