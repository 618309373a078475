"""Finding Old Style / New Style dates in text and wikitext."""
