# language: sv
Egenskap: Word-formulär som regionerna själva fyller i
  Regionerna fyller i Socialstyrelsens formulär på många sätt: rullistor inne i ett stycke,
  gamla formulärfält, kryssrutor, text skriven direkt i cellen. Dokumenten bär också text
  som ingen ser: dold text, spårade borttagningar och flyttar, reservinnehåll, en gammal
  kopia av ett databundet värde. Verktyget läser det en människa ser i formuläret, hittar
  frågorna på formulärets struktur och inte på exakta ord, och gissar aldrig när samma
  fråga eller två olika svar finns på två ställen. Varianterna byggs av
  fixtures/make_form_variants.py ur formulärets upplägg i seeds/001.

  Scenariomall: Svaret läses hur det än är ifyllt
    Givet formulärvarianten "<variant>"
    När formuläret bedöms per 2024-10-01
    Så regeln "<regel>" har utfallet "<utfall>"
    Och läsrapporten säger att "<fråga>" lästes ur "<hur>"

    Exempel:
      | variant                   | regel            | utfall      | fråga       | hur               |
      | inline-kontroller         | OT24-3.4-fraga-1 | uppfyllt    | 3.4 fråga 1 | innehållskontroll |
      | formularfalt-lista        | OT24-3.4-fraga-3 | ej uppfyllt | 3.4 fråga 3 | formulärfält      |
      | formularfalt-lista        | OT24-3.4-fraga-1 | uppfyllt    | 3.4 fråga 1 | formulärfält      |
      | formularfalt-text         | OT24-3.6-fraga-1 | uppfyllt    | 3.6 fråga 1 | formulärfält      |
      | formularfalt-kryss        | OT24-3.4-fraga-2 | ej uppfyllt | 3.4 fråga 2 | formulärfält      |
      | kryssrutor                | OT24-3.6-fraga-2 | ej uppfyllt | 3.6 fråga 2 | kryssruta         |
      | kryssrutor                | OT24-3.6-fraga-1 | uppfyllt    | 3.6 fråga 1 | kryssruta         |
      | skriven-text              | OT24-3.4-fraga-3 | uppfyllt    | 3.4 fråga 3 | skriven text      |
      | skriven-text              | OT24-3.4-fraga-4 | ej uppfyllt | 3.4 fråga 4 | skriven text      |
      | text-bredvid-platshallare | OT24-3.4-fraga-4 | ej uppfyllt | 3.4 fråga 4 | skriven text      |
      | databunden                | OT24-3.4-fraga-3 | ej uppfyllt | 3.4 fråga 3 | bunden XML-del    |
      | kryss-som-tecken          | OT24-3.4-fraga-4 | ej uppfyllt | 3.4 fråga 4 | kryssruta         |
      | kryss-som-tecken          | OT24-3.4-fraga-1 | uppfyllt    | 3.4 fråga 1 | kryssruta         |
      | svar-i-fragecellen        | OT24-3.4-fraga-1 | uppfyllt    | 3.4 fråga 1 | innehållskontroll |

  Scenariomall: Text som ingen ser i formuläret läses aldrig
    Givet formulärvarianten "<variant>"
    När formuläret bedöms per 2024-10-01
    Så regeln "<regel>" har utfallet "<utfall>"

    Exempel:
      | variant               | regel            | utfall      |
      | dold-text             | OT24-3.4-fraga-4 | ej uppfyllt |
      | dold-text             | OT24-3.4-fraga-3 | uppfyllt    |
      | dold-formatmall       | OT24-3.4-fraga-1 | uppfyllt    |
      | borttagen-text        | OT24-3.4-fraga-3 | ej uppfyllt |
      | borttagen-text        | OT24-3.4-fraga-1 | uppfyllt    |
      | flyttad-text          | OT24-3.4-fraga-2 | ej uppfyllt |
      | alternativt-innehall  | OT24-3.6-fraga-1 | ej uppfyllt |
      | lockande-document-xml | OT24-3.4-fraga-3 | ej uppfyllt |

  Scenariomall: Formuläret hittas på sin struktur, inte på exakta ord
    Givet formulärvarianten "<variant>"
    När formuläret bedöms per 2024-10-01
    Så regeln "OT24-3.4-fraga-1" har utfallet "uppfyllt"
    Och regeln "OT24-3.4-fraga-3" har utfallet "uppfyllt"
    Och regeln "OT24-3.6-fraga-1" har utfallet "uppfyllt"

    Exempel:
      | variant                   |
      | mjukt-bindestreck         |
      | regionernas               |
      | delade-korningar          |
      | rubriker-fetstil          |
      | rubriker-dispositionsniva |
      | rubriker-numrerade        |
      | region-i-stycke           |
      | titel-lang                |
      | titel-kort                |
      | gammal-titelegenskap      |
      | tabell-i-kontroll         |
      | rubrik-i-tabell           |
      | inre-tabell               |
      | region-fet-etikett        |
      | titel-i-sidhuvud          |
      | titel-i-logotabell        |
      | titel-utan-ar             |
      | strict-open-xml           |
      | borttaget-utkast          |
      | rubrik-med-avsnitt        |

  Scenariomall: Samma fråga eller två olika svar på två ställen är ett fel, aldrig första träffen
    Givet formulärvarianten "<variant>"
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "<meddelande>"
    Och ingen rapport skrevs

    Exempel:
      | variant            | meddelande                                                                                         |
      | dubblerad-rad      | frågan för 3.4 fråga 4 finns på två ställen i formuläret: tabell 11, rad 5 och tabell 11, rad 6    |
      | inklistrat-utkast  | frågan för 3.4 fråga 1 finns på två ställen i formuläret: tabell 11, rad 2 och tabell 12, rad 2    |
      | tva-svar-i-en-cell | tabell 11, rad 5: två olika svar på samma ställe för 3.4 fråga 4: innehållskontroll 'Ja' och skriven text 'Nej' |

  Scenariomall: Ett annat års formulär läses inte som årets
    Givet formulärvarianten "<variant>"
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "och gäller år 2025; inget regelpaket läser det formuläret"

    Exempel:
      | variant               |
      | forra-aret            |
      | ar-bara-i-inledningen |

  Scenario: Läsrapporten säger var och hur varje svar hittades, och vad som saknas
    Givet Word-formuläret "formular-utkast/region-halland-2024-halvfylld.docx"
    När formuläret bedöms per 2024-09-15
    Så läsrapporten säger att "3.4 fråga 1" är "besvarad" i "tabell 11, rad 2"
    Och läsrapporten säger att "3.4 fråga 1" lästes ur "innehållskontroll"
    Och läsrapporten säger att "3.4 fråga 4" är "obesvarad" i "tabell 11, rad 5"
    Och läsrapporten säger att "regionens namn" lästes ur "skriven text"
    Och läsrapporten säger att "Månadsrapportering till väntetidsdatabasen" är "finns inte i dokumentet"
    När formuläret importeras
    Så den importerade filen nämner "#   3.4 fråga 4: tabell 11, rad 5 (platshållare) – obesvarad"
    Och den importerade filen nämner "#   3.4 fråga 1: tabell 11, rad 2 (innehållskontroll) – besvarad"

  Scenariomall: Ett litet dokument som anger miljontals element vägras
    Givet en fil "<fil>" som är <slag>
    När formuläret bedöms per 2024-10-01
    Så avslutningskoden är 2
    Och felmeddelandet säger "<meddelande>"
    Och ingen rapport skrevs

    Exempel:
      | fil        | slag     | meddelande                                                    |
      | celler.docx | cellbomb | Word-filen är för stor eller för djupt nästlad för ett formulär |
      | djup.docx   | djup     | Word-filen kan inte läsas (XMLSyntaxError i word/document.xml) |
