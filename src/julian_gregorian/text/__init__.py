"""Finding Old Style / New Style dates in text and wikitext.

>>> from julian_gregorian.text import extract
>>> [item.shape for item in extract("Born 9 June [O.S. 30 May] 1672; died 1725.")]
['bracketed']
"""

from julian_gregorian.text.extract import extract, looks_like_wikitext
from julian_gregorian.text.items import Item, Side, WrittenDate

__all__ = ["Item", "Side", "WrittenDate", "extract", "looks_like_wikitext"]
