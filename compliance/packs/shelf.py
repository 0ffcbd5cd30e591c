"""The packs one run can use: the user's own folder (``--packs`` or ``COMPLIANCE_PACKS``),
searched first, and the packs that come with the tool. Every reader that looks a pack up
gets it from here, so a folder given once reaches every path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from compliance.errors import InputError
from compliance.packs.loader import available_packs, find_pack
from compliance.packs.pack import RulePack


@dataclass(frozen=True)
class Shelf:
    folder: Path | None = None  # the user's own packs; None: the bundled ones only

    def __post_init__(self) -> None:
        if self.folder is not None and not self.folder.is_dir():
            raise InputError(f"--packs/COMPLIANCE_PACKS: katalogen '{self.folder}' finns inte")

    def find(self, pack_id: str) -> RulePack:
        return find_pack(pack_id, self.folder)

    def ids(self) -> list[str]:
        return available_packs(self.folder)

    def packs(self) -> list[RulePack]:
        return [self.find(pack_id) for pack_id in self.ids()]

    def with_word_forms(self) -> list[RulePack]:
        """The packs whose form can be read from a filled Word form."""
        return [pack for pack in self.packs()
                if pack.meta.form_source and pack.meta.form_source.docx]

    def with_exports(self) -> list[RulePack]:
        """The packs that describe a survey export (one region per row)."""
        return [pack for pack in self.packs() if pack.meta.survey_export is not None]
