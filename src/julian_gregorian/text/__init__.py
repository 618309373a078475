"""Finding Old Style / New Style dates in text and wikitext.

>>> from julian_gregorian.text import extract
>>> [item.shape for item in extract("Born 9 June [O.S. 30 May] 1672; died 1725.")]
['bracketed']
"""

from julian_gregorian.text._extract import ExtractStats, extract, looks_like_wikitext
from julian_gregorian.text.items import Item, Side, WrittenDate

#: Every value of ``Item.shape``, with an example of what it reads.
SHAPES: dict[str, str] = {
    "bracketed": "6 November [O.S. 24 October] 1917; 20 January [2 February N.S.] 1905",
    "bracketed_year": "1451 [O.S. 1450] (a dual_year item)",
    "parenthesised": "7 November (25 October, O.S.) 1917; 25 октября (7 ноября) 1917 года",
    "parenthesised_before": "(17 January Old Style) 29 January 1860",
    "parenthesised_three": "20 March 1727 (OS 20 March 1726; NS 31 March 1727)",
    "parenthesised_days": "7 (20) сентября 1916 года",
    "numeric": "15(28).04.1922",
    "prose": "25 October 1917 according to the Julian calendar and 7 November in the "
    "Gregorian calendar",
    "slash": "11/23 April; 25 September (O.S.)/ 8 October",
    "marked": "24 October 1917 (O.S.); O.S. 27 April; 3 January 1905 (Julian Calendar)",
    "dual_year": "10 February 1749/50; 1651/2",
    "new_style_year": "5 January 1689 NS (a dual_year item: 1688/89; the day's calendar is "
    "not said)",
    "footnote": "8 June 1714[1] … [1] Or 28 May in the Old Style Calendar.",
    "table": "| 8 March | 23 February | in a table headed Gregorian / Julian",
    "template_OldStyleDate": "{{OldStyleDate|2 February|1905|20 January}}",
    "template_OldStyleDateDY": "{{OldStyleDateDY|February 22,|1732|February 11, 1731}}",
    "template_OldStyleDateNY": "{{OldStyleDateNY|March 31|March 20}}",
    "template_OS2NS": "{{Old Style to New Style|20 January|1905|2 February}}, {{OS2NS|...}}",
    "template_OldStyleDate_ru": "{{OldStyleDate|4|января|1915|22|декабря|1914}}",
    "template_СС3": "{{СС3|8.4.1765}}",
}

__all__ = [
    "SHAPES",
    "ExtractStats",
    "Item",
    "Side",
    "WrittenDate",
    "extract",
    "looks_like_wikitext",
]
