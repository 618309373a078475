"""Stage 3, link: drafts are joined to what the text says elsewhere (a date to the other
calendar's date in its footnote, a date without a year to its paragraph's or section's)."""
