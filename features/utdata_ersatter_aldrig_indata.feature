# language: sv
Egenskap: En rapportfil ersätter aldrig något som kommandot läste
  -o vägrar varje fil som kommandot har läst, också regelpaketens filer, och också när
  målet är en symbolisk eller hård länk till en sådan fil (samma enhet och inod), även med
  --force. Filen som vägrades är oförändrad.

  Bakgrund:
    Givet en kopia av de medföljande regelpaketen
    Och en symbolisk länk "{tmp}/lank.yaml" till "{rules}/okad-tillganglighet-2024/pack.yaml"
    Och en hård länk "{tmp}/hard.yaml" till "{rules}/okad-tillganglighet-2024/3.7-bup.yaml"

  Scenariomall: -o med --force på en fil i regelpaketet vägras
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31 --format <format> -o <mål> --force"
    Så avslutningskoden är 2
    Och felmeddelandet säger "rapporten skulle ersätta en fil som kommandot har läst"
    Och paketet "okad-tillganglighet-2024" i kopian är oförändrat

    Exempel:
      | mål                                                      | format   |
      | {rules}/okad-tillganglighet-2024/pack.yaml               | json     |
      | {rules}/okad-tillganglighet-2024/3.4-vantetidsdatabasen.yaml | text |
      | {tmp}/lank.yaml                                          | markdown |
      | {tmp}/hard.yaml                                          | html     |

  Scenario: Ett ärvt pakets filer skyddas också
    Givet paketet "ot-egen" har filen "pack.yaml" med innehållet:
      """
      id: ot-egen
      version: "1.0.0"
      title: Egen variant
      extends: okad-tillganglighet-2024
      """
    Och filen "{tmp}/egen.yaml" är Hallands inlämning för paketet "ot-egen"
    När jag kör "compliance check {tmp}/egen.yaml --packs {rules} --as-of 2024-12-31 -o {tmp}/hard.yaml --force"
    Så avslutningskoden är 2
    Och felmeddelandet säger "rapporten skulle ersätta en fil som kommandot har läst"
    Och paketet "okad-tillganglighet-2024" i kopian är oförändrat

  Scenario: En fil som kommandot inte läste ersätts med --force
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31 -o {tmp}/rapport.txt"
    Så avslutningskoden är 0
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31 -o {tmp}/rapport.txt"
    Så avslutningskoden är 2
    Och felmeddelandet säger "filen finns redan; ange --force för att skriva över den"
    När jag kör "compliance check {fixtures}/region-halland-2024.yaml --packs {rules} --as-of 2024-12-31 -o {tmp}/rapport.txt --force"
    Så avslutningskoden är 0

  Scenario: En katalog som bedöms i arbetsprocesser skyddar också paketets filer
    Givet tio inlämningar i katalogen "{tmp}/inlamningar"
    När jag kör "compliance check {tmp}/inlamningar --packs {rules} --as-of 2024-12-31 --format json -o {rules}/okad-tillganglighet-2024/pack.yaml --force"
    Så avslutningskoden är 2
    Och felmeddelandet säger "rapporten kan inte skrivas i ett regelpakets katalog (där pack.yaml finns)"
    Och paketet "okad-tillganglighet-2024" i kopian är oförändrat
    När jag kör "compliance check {tmp}/inlamningar --packs {rules} --as-of 2024-12-31 --format json -o {rules}/okad-tillganglighet-2024/ny-rapport.json"
    Så avslutningskoden är 2
    Och felmeddelandet säger "rapporten kan inte skrivas i ett regelpakets katalog"
