"""Stage 2, read: around each anchor, the text is read into drafts (the shortcut for the
commonest shape, wikitext templates, tables, and windows normalised, tokenized and
matched against the shapes)."""
