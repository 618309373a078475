"""Places: which calendar a place used when, its reform gaps, and the feasts of the computus.

- ``reforms``: the reform table (place codes, last Julian and first Gregorian days,
  sources, disputed rows);
- ``civil``: the civil calendar of a place, with a stated policy for dates it never lived;
- ``easter``: Julian and Gregorian Easter.
"""

from julian_gregorian.places._civil import (
    GAP_POLICIES,
    CivilCalendar,
    CivilDate,
    GapPolicy,
    civil_calendar,
)
from julian_gregorian.places._easter import gregorian_easter, julian_easter
from julian_gregorian.places._reforms import (
    REFORMS,
    Reform,
    Transition,
    place_codes,
    reform_for,
    reforms_matching,
)

__all__ = [
    "GAP_POLICIES",
    "REFORMS",
    "CivilCalendar",
    "CivilDate",
    "GapPolicy",
    "Reform",
    "Transition",
    "civil_calendar",
    "gregorian_easter",
    "julian_easter",
    "place_codes",
    "reform_for",
    "reforms_matching",
]
