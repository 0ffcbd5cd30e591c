# language: sv
Egenskap: Rapporten som PDF/A för diariet
  Offentliga myndigheter diarieför rapporter som PDF/A. --format pdf (eller -o rapport.pdf)
  skriver HTML-rapporten som PDF/A-2b med region, regelpaket och bedömningsdatum överst på
  varje sida, "sida x av y" nederst, och diarienummer och handläggare när de anges.
  Texten går att söka i och kopiera; den är aldrig en bild.

  Scenario: Regionens rapport som PDF/A med diarienummer
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --as-of 2025-02-01 -o {tmp}/rapport.pdf --diarienummer 2025/123 --handlaggare Fiktiv-handläggare"
    Så avslutningskoden är 1
    Och filen "rapport.pdf" är en rapport i formatet pdf
    Och PDF:en "rapport.pdf" anger sig som PDF/A-2b
    Och texten i PDF:en "rapport.pdf" innehåller "Region Nordmark (fiktiv) – okad-tillganglighet-2024 – bedömt per 2025-02-01"
    Och texten i PDF:en "rapport.pdf" innehåller "Dnr 2025/123 · Handläggare: Fiktiv-handläggare"
    Och texten i PDF:en "rapport.pdf" innehåller "sida 1 av"
    Och PDF:en "rapport.pdf" visar regeln "OT24-3.4-svarsfrekvens-vantande" som "ej uppfyllt"
    Och PDF:en "rapport.pdf" visar regeln "OT24-3.4-fraga-1" som "uppfyllt"
    Och första sidan i PDF:en "rapport.pdf" går att rita som en bild som inte är tom

  Scenario: Tidslinjen som PDF
    När jag kör "compliance status {fixtures}/region-halland-2024.yaml --as-of 2024-09-01 --format pdf -o {tmp}/tidslinje.pdf"
    Så avslutningskoden är 0
    Och PDF:en "tidslinje.pdf" anger sig som PDF/A-2b
    Och texten i PDF:en "tidslinje.pdf" innehåller "Redovisningen ska ha kommit in till Socialstyrelsen"

  Scenario: En PDF skrivs aldrig till terminalen
    När jag kör "compliance check {fixtures}/region-nordmark-2024.yaml --format pdf"
    Så avslutningskoden är 2
    Och felmeddelandet säger "--format pdf skriver en binär fil"
