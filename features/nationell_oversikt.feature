# language: sv
Egenskap: Nationell översikt över alla inlämningar i en katalog
  En granskare bedömer varje inlämning i en katalog på en gång och får en matris med
  regioner och regler per regelpaket. Filer som inte är inlämningar hoppas över med en
  notering, och en trasig inlämning stoppar inte de andra.

  Scenario: De medföljande exemplen som översikt
    När katalogen "fixtures" bedöms per 2025-06-01
    Så översikten har paketen "god-och-nara-vard-2023, okad-tillganglighet-2024"
    Och översikten visar "ej uppfyllt" för "Region Nordmark (fiktiv)" och regeln "OT24-3.4-svarsfrekvens-vantande"
    Och översikten visar "uppfyllt" för "Region Halland" och regeln "OT24-3.4-svarsfrekvens-vantande"
    Och översikten hoppade över "undantag-nordmark-2024.yaml"

  Scenario: En trasig inlämning rapporteras och de andra bedöms ändå
    Givet en katalog med exemplen och en trasig inlämning "trasig.yaml"
    När katalogen bedöms per 2025-06-01
    Så avslutningskoden är 2
    Och översikten har felet "trasig.yaml:3:1: okänd nyckel 'svar'"
    Och översikten har paketen "god-och-nara-vard-2023, okad-tillganglighet-2024"

  Scenario: En katalog med fler inlämningar än en process bedömer ger samma översikt
    Givet en katalog med 120 kopior av exemplens inlämningar
    När katalogen bedöms per 2025-06-01
    Så översikten har 120 regioner
    Och översikten är tecken för tecken densamma som när allt bedöms i en enda process

  Scenario: Varje region i en lång katalogs översikt är bedömd som när dess fil bedöms ensam
    Översikten behåller bara det den visar av varje rapport, medan arbetsprocesserna
    skickar tillbaka dem; ingen region får därför låna en annan regions utfall.
    Givet en katalog med 120 kopior av exemplens inlämningar
    När katalogen bedöms per 2024-10-01
    Så översikten har 120 regioner
    Och varje region i översikten har samma utfall, poäng och avslutningskod som när dess fil bedöms ensam
