"""The tool's version, named in every report's audit trail."""

__version__ = "0.1.0"
