# language: sv
Egenskap: Är vi redo till 30 september? Tidslinje, att göra-lista och pengar
  En strateg öppnar verktyget i augusti eller september och ser varje datum i
  överenskommelsen mot dagens datum, vad som fortfarande saknas (mest brådskande först)
  och hur mycket pengar som hänger på villkoren.

  Scenariomall: Tidslinjens lägen
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När regionens läge visas per <datum>
    Så tidslinjen visar "<åtagande>" som "<läge>"

    Exempel:
      | datum      | åtagande                                             | läge                           |
      | 2024-09-18 | Redovisningen ska ha kommit in till Socialstyrelsen  | förfaller om 12 dagar          |
      | 2024-09-30 | Redovisningen ska ha kommit in till Socialstyrelsen  | klar                           |
      | 2024-09-18 | Månadsrapportering till väntetidsdatabasen: 2024-08  | klar                           |
      | 2024-09-18 | Månadsrapportering till väntetidsdatabasen: 2024-05  | klar för sent (2024-06-22)     |
      | 2024-09-18 | Månadsrapportering till väntetidsdatabasen: 2024-09  | förfaller om 33 dagar          |
      | 2025-01-05 | Månadsrapportering till väntetidsdatabasen: 2024-11  | försenad                       |
      | 2024-09-18 | Socialstyrelsen kontaktar regionen om kompletteringar | börjar om 13 dagar            |
      | 2024-10-05 | Socialstyrelsen kontaktar regionen om kompletteringar | pågår till 2024-10-21         |
      | 2024-09-18 | BUP-underlag januari–juni                            | klar                           |
      | 2024-09-18 | BUP-underlag juli–november                           | förfaller om 94 dagar          |

  Scenario: En redovisning som inte kommit in efter sista dagen är försenad
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" saknas
    När regionens läge visas per 2024-10-01
    Så tidslinjen visar "Redovisningen ska ha kommit in till Socialstyrelsen" som "försenad"

  Scenario: Att göra-listan visar det mest brådskande först
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" saknas
    Och bilagan "handlingsplan" saknas
    När regionens läge visas per 2024-09-18
    Så att göra-listan börjar med "2024-09-30" och nämner "Regionens handlingsplan för ökad tillgänglighet: uppgift saknas"
    Och att göra-listan nämner "Resultat av genomförda insatser i handlingsplanen: inte ifyllt ännu"
    Och inget på att göra-listan är "ej uppfyllt"

  Scenario: Beloppen för Region Halland med illustrativa befolkningstal
    Givet en inlämning byggd på "region-halland-2024.yaml"
    När inlämningen bedöms per 2025-02-01
    Så beloppet för "del1" är 39881517 kronor
    Och beloppet för "del2" är 39881517 kronor och läget "väntar på granskning av villkoren: OT24-3.4-fraga-5-plan, OT24-3.6-status-granskas"
    # seeds/001: augusti efter resultat januari–juni, december efter juli–november
    Och beloppet för "bup-prestation/jan-jun" är 7598684 kronor, uppskattat till 3377193 kronor
    Och beloppet för "bup-prestation/jul-nov" är 7598684 kronor, uppskattat till 4221491 kronor

  Scenario: Del 2 är i fara när redovisningen kom in för sent
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" är "2024-10-01"
    När inlämningen bedöms per 2025-02-01
    Så beloppet för "del2" är 39881517 kronor och läget "i fara: OT24-redovisning-i-tid"

  Scenario: Utan befolkningstal är beloppet okänt, inte noll
    Givet en inlämning byggd på "region-nordmark-2024.yaml"
    När inlämningen bedöms per 2025-02-01
    Så pengarna för "del2" visas som "Del 2 – villkorad av redovisningen: okänt belopp"

  Scenario: Det försenade och det som förfaller inom 30 dagar står först
    Halland i slutet av september: augustis leverans har inte kommit, redovisningen och
    kompletteringsveckorna ligger nära, leveranserna till 2025 ligger längre bort.
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-08" saknas i serien "vantetidsdatabasen"
    Och svaret "redovisning_inkom" saknas
    När regionens läge visas per 2024-09-22
    Så tidslinjens rad 1 är "Månadsrapportering till väntetidsdatabasen: 2024-08" som "försenad"
    Och tidslinjens rad 2 är "Redovisningen ska ha kommit in till Socialstyrelsen" som "förfaller om 8 dagar"
    Och tidslinjens rad 3 är "Socialstyrelsen kontaktar regionen om kompletteringar" som "börjar om 9 dagar"
    Och tidslinjens rad 4 är "Månadsrapportering till väntetidsdatabasen: 2024-09" som "förfaller om 29 dagar"
    Och tidslinjens rad 5 är "Månadsrapportering till väntetidsdatabasen: 2024-01" som "klar"

  Scenariomall: Gränsen för "inom 30 dagar"
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och svaret "redovisning_inkom" saknas
    När regionens läge visas per <datum>
    Så tidslinjens rad <rad> är "Redovisningen ska ha kommit in till Socialstyrelsen" som "förfaller om <dagar> dagar"

    Exempel:
      | datum      | dagar | rad |
      | 2024-08-31 | 30    | 2   |
      | 2024-08-30 | 31    | 11  |

  Scenario: I terminalen har grupperna rubriker i ord
    Givet en inlämning byggd på "region-halland-2024.yaml"
    Och månaden "2024-08" saknas i serien "vantetidsdatabasen"
    När regionens läge visas per 2024-09-22 i terminalen
    Så utskriften har raderna i ordningen "Försenat – borde redan vara klart", "2024-08", "Inom 30 dagar", "Redovisningen ska ha kommit in", "Övrigt, i datumordning", "2024-01"
