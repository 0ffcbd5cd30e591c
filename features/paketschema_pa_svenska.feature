# language: sv
Egenskap: Paketschemats hjälptexter på svenska
  Regelteamet skriver paketens YAML i en editor som visar schemats hjälptexter; de är på
  svenska, som allt en användare läser.

  Scenario: Schemat för regelpaket beskriver sina delar på svenska
    När jag kör "compliance schema pack"
    Så avslutningskoden är 0
    Och varje beskrivning i schemat är på svenska
    Och schemats beskrivning av "severity" i "RequireSpec" är "villkor, krav, mål eller indikator."
