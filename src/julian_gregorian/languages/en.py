"""English: the language of most O.S./N.S. text, with the look-alikes its markers have.

The markers are patterns rather than phrases: ``O.S.`` is also a religious order after a
name (``Vergara, O.S.``, ``O.S.B.``), the Ordnance Survey (``O.S. map``) and a typeface
(``Goudy Old Style``); "Calendar (New Style) Act 1750" is a statute. Nova Scotia
(``Wolfville, N.S.``), series numbers (``N.S. 13``) and ship prefixes (``NS Lenin``) are
markers by their letters; they are never read because no date stands next to them.
"""

from __future__ import annotations

from julian_gregorian.languages._record import (
    NEW_OLD,
    NEW_YEAR_OLD,
    OLD_YEAR_NEW,
    DateTemplate,
    Language,
    row,
)

# An abbreviation only when it is not a piece of a longer one: no letter or dot right
# before, no letter right after, and no further initial ("O.S.B.", "N.S.W.").
_BEFORE = r"(?<![\w.])"
_AFTER = r"(?!\w)(?!\s?[A-Z]\.)"
_CALENDAR_WORD = r"(?:[\s-](?:[Cc]alendars?|[Rr]eckoning|[Ss]tyle))?(?:\s(?:dates?|date was))?"
# Checked right after the "O" of "Old", so that the regex engine tests them only there.
_TYPEFACES = "".join(
    rf"(?<!{name}\sO)" for name in ("Goudy", "Caslon", "Bookman", "Century", "Garamond", "Bodoni")
)
_NOT_TYPE = r"(?![\s-](?:figures|numerals|serif|typeface|fonts?|type)\b)"
_NOT_ACT = r"(?!\)?\s?Act\b)"

ENGLISH = Language(
    code="en",
    name="English",
    months=(
        row(
            "january february march april may june july august september october november december"
        ),
    ),
    abbreviations=(
        row("jan feb mar apr may jun jul aug sep oct nov dec"),
        row("jan febr mar apr may jun jul aug sept oct nov dec"),
        # the longer abbreviations of 17th- and 18th-century letters and state papers:
        # "Whitehall, Decemb. 12/23. 1700", "4th Octob. 1653"
        row("jan febr mar apr may jun jul aug septemb octob novemb decemb"),
        # the last letters once written raised, as records and letters of the 18th and
        # 19th centuries are transcribed: "10th Jany 1890", "2 Feby 1806", "Novr 2d"
        row("jany feby mar apr may jun jul aug sepr oct novr dec"),
        # The numbered months of letters and registers of the 17th and 18th centuries,
        # September to December counted from March: "the 8th of 7ber", "6 9ber 1755"
        # (a month word, so read only in a date: with a day before it or after it).
        row("jan feb mar apr may jun jul aug 7ber 8ber 9ber xber"),
        row("jan feb mar apr may jun jul aug 7br 8br 9br xber"),
    ),
    capitalised=True,
    month_first=True,
    # "23d day of May": the older ordinals of colonial records ("2d", "3d", "22d").
    ordinal_suffixes=("st", "nd", "rd", "th", "d"),
    # ("2s. 6d. May 1701 O.S." is sixpence, not the 6th of May)
    ordinal_suffix_digits=(("d", "23"),),
    # "the 10th day of February 1699/1700", "Born ye 11th Day of February 1731/2": the
    # words of deeds, wills and registers.
    month_links=("of", "day of", "Day of"),
    # "March the 4th, 1701/2", "February the 22d": letters and registers of the time.
    month_first_links=("the",),
    # "23rd July, A.D. 1664": the era written before the year.
    year_links=("A.D.", "AD"),
    bc_eras=("BCE", "BC", "B.C."),
    ad_eras=("CE", "AD", "A.D."),
    old_patterns=(
        rf"{_BEFORE}(?:O\.\s?S\.|O\.S(?!\.)|OS)(?!\s(?:[Mm]aps?|[Ss]heets?|[Gg]rid)\b){_AFTER}",
        rf"O{_TYPEFACES}(?:ld[\s-][Ss]tyle|LD STYLE){_CALENDAR_WORD}{_NOT_TYPE}",
        rf"(?:Old\s)?Julian{_CALENDAR_WORD}"
        r"(?![\s-](?:[Dd]ays?|[Yy]ears?|[Dd]ay\s[Nn]umber|[A-Z][a-z]|of|the|and)\b)",
        rf"o(?<![\w-]o)ld[\s-][Ss]tyle{_CALENDAR_WORD}{_NOT_TYPE}",
    ),
    new_patterns=(
        rf"{_BEFORE}(?:N\.\s?S\.|N\.S(?!\.)|NS){_AFTER}",
        rf"N(?<!Calendar\s\(N)(?:ew[\s-][Ss]tyle|EW STYLE){_CALENDAR_WORD}{_NOT_ACT}",
        rf"Gregorian{_CALENDAR_WORD}"
        r"(?![\s-](?:[Cc]hants?|[Mm]odes?|[Rr]eform|[Ss]acramentary|[Mm]ission|[A-Z][a-z])\b)",
        rf"n(?<![\w-]n)ew[\s-][Ss]tyle{_CALENDAR_WORD}{_NOT_ACT}",
        # "S. N.", stilo novo, in the datelines of letters from the Continent: "Hague,
        # Octob. 2. S. N. 1668." (Temple); only before a year, never before a name
        # ("S. N. Bose").
        rf"{_BEFORE}S\.\s?N\.(?=\s?1[0-9]{{3}}(?!\d))",
    ),
    # "Hague, Octob. 2. S. N. 1668." (Temple), "Mar. 6. N. S. 1666.": dotted only.
    dateline_markers=("O. S.", "N. S.", "S. N."),
    new_style_year=True,
    function_words=(
        # prepositions
        *("in", "at", "on", "by", "from", "to", "for", "with", "near", "after"),
        *("before", "during", "until", "till", "into", "upon", "under", "over", "off"),
        *("between", "among", "since", "about", "against", "across", "through", "as"),
        *("towards", "toward", "within", "without", "aboard", "via", "per"),
        # pronouns and articles
        *("he", "she", "it", "they", "we", "you", "his", "her", "its", "their", "our"),
        *("which", "that", "this", "these", "those", "there", "the", "a", "an"),
        # conjunctions
        *("and", "or", "but", "nor", "so", "yet", "when", "while", "where", "whereas"),
        *("if", "because", "though", "although", "then"),
        # auxiliaries
        *("was", "is", "are", "be", "been", "being", "had", "has", "have"),
        *("did", "does", "do", "will", "would", "shall", "should", "could", "can"),
        *("may", "might", "must"),
    ),
    year_prepositions=("in", "since", "until", "till", "from", "during", "circa", "anno", "year"),
    # (and what has or holds a number of things: "had 1712 men", "per 1000 women"; not
    # "of": "the autumn of 1917 received", "a force of 1700 men" alike)
    count_leads=(
        *("over", "than", "some", "nearly", "almost"),
        *("had", "has", "have", "having", "with", "per", "numbering", "totalling", "totaling"),
        *("numbered", "totalled", "totaled", "mustered"),
    ),
    # ("has 1650 carved over the door": a year on a building, a coin, a bell or a page;
    # not "printed", "marked", "dated", "cut", "struck", which qualify what a count
    # counts as often: "had 1700 printed copies", "with 1700 marked graves")
    inscription_words=(
        *("written", "inscribed", "carved", "engraved", "cast", "stamped", "painted"),
        *("etched", "incised", "chiselled", "chiseled", "embossed", "lettered", "scratched"),
    ),
    # (not "of": "27 April 1737 of the old style", "1737 of the Julian calendar")
    count_followers=("were", "who", "whom"),
    # (people, arms and things a history counts; no verb or adverb: "1812 proved
    # decisive", "2000 also saw" stay years)
    counted_nouns=(
        *("men", "soldiers", "troops", "people", "persons", "inhabitants", "residents"),
        *("families", "souls", "pilgrims", "prisoners", "sailors", "seamen", "horses", "ships"),
        *("vessels", "guns", "cannon", "cannons", "houses", "copies", "peasants", "workers"),
    ),
    lead_ins=(
        "in",
        "by",
        "of",
        "under",
        "according to",
        "on",
        "as per",
        "per",
        "the",
        "modern",
        "then-used",
        "then used",
        "then",
        "contemporary",
        "standard",
        "old",
        "proleptic",
        "traditional",
    ),
    joiners=("or", "i.e.", "that is"),
    other_accounts=(
        "other sources",
        "some sources",
        "according to others",
        "born",
        "baptised",
        "baptized",
        "died",
        "fought",
        "arrived",
    ),
    bibliographic_words=(
        "vol.",
        "volume",
        "issue",
        "no.",
        "number",
        "section",
        "page",
        "p.",
        "pp.",
        "art.",
        "article",
        "part",
        "pt.",
    ),
    range_words=("to", "and"),
    # English Wikipedia's templates, parameters as their documentation gives them
    date_templates=(
        DateTemplate("OldStyleDate", NEW_YEAR_OLD, "template_OldStyleDate"),
        # the O.S. year always written: {{OldStyleDateDY|February 22,|1732|February 11, 1731}}
        DateTemplate("OldStyleDateDY", NEW_YEAR_OLD, "template_OldStyleDateDY"),
        DateTemplate("OldStyleDateNY", NEW_OLD, "template_OldStyleDateNY"),
        # a fourth parameter (the N.S. year) is ignored by the template and here
        DateTemplate("Old Style to New Style", OLD_YEAR_NEW, "template_OS2NS"),
        DateTemplate("OS2NS", OLD_YEAR_NEW, "template_OS2NS"),
    ),
    # "The Church also observes his feast day on November 7" (Wikipedia, "May 12 (Eastern
    # Orthodox liturgics)"); not "name day", "saint's day": a day of some year's events
    # in prose ("His name day, 6 December (19 December), was celebrated at the palace")
    recurrence_words=(
        "feast day",
        "feast days",
        "feast of",
        "is commemorated on",
        "is kept on",
    ),
    every_year_words=("every year", "each year", "annually", "in a leap year", "in leap years"),
)
