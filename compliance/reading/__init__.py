"""Format-free reading primitives: safe file opening, zip bounds, YAML with positions,
tables, text normalisation, the personal-data scan, values and validation. Imports nothing
above ``errors``, ``dates`` and ``formatting``."""
