"""The pack schema's help texts in Swedish, for the rule team's editor: what each part of
a pack file is (by its model's name) and what each key means (by its name). The models'
own docstrings are English, for developers; these replace them in `compliance schema pack`."""

from __future__ import annotations

from typing import Any

DEFINITIONS = {
    "PackMeta": "Innehållet i pack.yaml: paketets id, version, period, källor, datum, "
                "formulär och utbetalningar.",
    "ExtendingPackMeta": "pack.yaml för ett paket som ärver (extends) ett tidigare års "
                         "paket: anger bara det som ändras.",
    "RuleOverride": "Ändrar en ärvd regel fält för fält, eller tar bort den med retire och "
                    "ett skäl.",
    "RequireSpec": "En regel som kräver ett villkor av varje förväntat svar, varje månad "
                   "eller bilaga.",
    "ClaimSpec": "En regel som prövar regionens Ja/Nej-svar mot underlaget.",
    "PointsSpec": "Prestationspoäng (t.ex. BUP): andelar mot en poängtabell per period.",
    "ReviewSpec": "Ett krav som bara en människa kan bedöma: listas att granska, avgörs "
                  "med en attest.",
    "AnswerSpec": "En fråga i formuläret: typ, rubrik, avsnitt och frågenummer.",
    "AttachmentSpec": "En bilaga som ska lämnas med redovisningen.",
    "SeriesSpec": "En månadsserie (t.ex. väntetidsdatabasen): vilka månader och fält som "
                  "väntas.",
    "FieldSpec": "Ett fält i en månadsserie: typ och etikett.",
    "Form": "Formuläret: de svar, månadsserier och bilagor som paketet väntar sig.",
    "FormSource": "Dokumenten regionen fyller i och hur paketet läser dem.",
    "DocxSource": "Hur paketet läser sitt formulär ur Word-filen regionen fyller i.",
    "DocxPlace": "Var ett värde står i Word-formuläret.",
    "SurveyExport": "En nationell enkätexport: en rad per region.",
    "ExportColumn": "Hur en frågas kolumn hittas i enkätexporten.",
    "ExportMark": "Kolumnen som säger vilken enkät en rad besvarar.",
    "UnitLogSpec": "Hur en enhetslogg fyller serien.",
    "Deadline": "Ett datum i överenskommelsen, och vilket svar som visar att det hölls.",
    "Window": "En period med start- och slutdatum (t.ex. kompletteringar).",
    "Period": "Överenskommelsens period.",
    "MonthRange": "De månader som väntas, från och med – till och med.",
    "Payment": "En utbetalning: belopp, fördelning, datum och villkoren den hänger på.",
    "PaymentPeriod": "En period som ger poäng för en utbetalning.",
    "Band": "Ett steg i poängtabellen: lägsta andel och poäng.",
    "SourceRef": "Var regeln står i källan: dokument, avsnitt, fråga.",
    "DocumentRef": "Ett källdokument: rubrik och seed-fil.",
    "Severity": "Vad regeln är: villkor (en utbetalning hänger på den), krav, mål eller "
                "indikator.",
    "AnswerSelector": "Alla svar av en typ, valfritt bara de som nämns.",
}

PROPERTIES = {
    "id": "Unikt id, t.ex. OT24-3.4-fraga-1 (paket: t.ex. okad-tillganglighet-2024).",
    "title": "Rubrik på svenska, som rapporten visar.",
    "version": "Paketets version, t.ex. \"1.0.0\".",
    "extends": "Id för paketet detta ärver från (förra årets).",
    "period": "Överenskommelsens period: start och end.",
    "severity": "villkor, krav, mål eller indikator.",
    "source": "Källan: document (nyckel under sources), section, question.",
    "sources": "Källdokumenten, med rubrik och seed-fil.",
    "kind": "Regelns slag: require (standard), claim, points eller review.",
    "each": "Månadsserien regeln gäller för varje förväntad månad.",
    "require": "Villkoret, t.ex. svarsfrekvens_vantande >= 95.",
    "answer": "Svaret (under form.answers) regeln läser.",
    "attachment": "Bilagan (under form.attachments) regeln läser.",
    "deadline": "Datumet (under deadlines) regeln hänger på.",
    "deadlines": "Överenskommelsens datum, med rubrik och svaret som visar att det hölls.",
    "windows": "Perioder med start och slut, t.ex. kompletteringar.",
    "form": "Formuläret: answers, series och attachments.",
    "answers": "Formulärets frågor.",
    "series": "Månadsserier, t.ex. väntetidsdatabasen.",
    "attachments": "Bilagor som ska lämnas.",
    "section": "Avsnitt i formuläret, t.ex. \"3.4\".",
    "question": "Frågans nummer i avsnittet.",
    "type": "Svarets typ: yes_no, text, number, percent, decimal eller date.",
    "fields": "Fälten varje månad har, med typ och etikett.",
    "expected": "Månaderna som väntas: from och to (ÅÅÅÅ-MM).",
    "due_days_after_month": "Dagar efter månadens slut som leveransen ska ha kommit.",
    "done_by": "Datumsvaret som visar när åtagandet hölls.",
    "missing": "Vad rapporten säger när det svaret saknas.",
    "assumption": "Ett antagande som rapporten ska visa (vår läsning, inte källans ord).",
    "decision": "Vem som fattar beslutet som bedömningarna är underlag för.",
    "payments": "Utbetalningarna och villkoren de hänger på.",
    "conditions": "Id för reglerna som är villkor för utbetalningen.",
    "paid": "När utbetalningen görs, i ord.",
    "amount_msek": "Belopp i miljoner kronor.",
    "placeholder": "Word-mallens platshållartext, som räknas som obesvarat.",
    "max_length": "Högsta antal tecken, med mellanslag.",
    "review": "Vad granskaren ska leta efter.",
    "note": "En anmärkning som rapporten visar.",
    "retire": "Skälet till att en ärvd regel utgår.",
    "personal_data_allow": "Texter som inte är personuppgifter (t.ex. en myndighets "
                           "funktionsbrevlåda).",
    "points": "Poängtabellen.",
    "periods": "Perioderna som ger poäng.",
    "label": "Etikett som rapporten visar.",
    "optional": "Får lämnas tomt.",
    "may_be_left": "Får lämnas när svaret redan beskrivits tidigare.",
}


def in_swedish(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with each definition's and each known key's description in Swedish."""
    for name, definition in schema.get("$defs", {}).items():
        if name in DEFINITIONS:
            definition["description"] = DEFINITIONS[name]
        for key, prop in definition.get("properties", {}).items():
            if key in PROPERTIES and isinstance(prop, dict):
                prop["description"] = PROPERTIES[key]
    return schema
