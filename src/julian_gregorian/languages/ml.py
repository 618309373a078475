"""Malayalam: ``ജൂൺ 9 [O.S. മെയ് 30] 1672`` (Malayalam Wikipedia writes the month first and
keeps the English ``O.S.``).

The month names are written with the atomic chillu letters (``ൺ``, ``ർ``, ``ൽ``) that
current text uses; the second row holds the other spellings of May, August and September.
"""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

MALAYALAM = Language(
    code="ml",
    name="Malayalam",
    months=(
        row("ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ"),
        row("ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മെയ് ജൂൺ ജൂലൈ ആഗസ്റ്റ് സെപ്തംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ"),
    ),
    month_first=True,
)
