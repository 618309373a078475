"""The words every stage reads by, generated from the language records
(:mod:`julian_gregorian.languages`): month words, markers, range words."""
