"""What a rule pack declares about the data it expects: the form, its sources (Word,
survey export) and periods. Read by the readers above it and by the pack loader."""
