"""Stage 4, finish: the drafts every stage passes on, and their making into the public
:class:`~julian_gregorian.text.items.Item`."""
