"""The one entry every way in goes through (``Workspace``) and the table of document
kinds it reads (``documents``)."""
