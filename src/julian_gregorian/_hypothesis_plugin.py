"""Hypothesis' entry point: strategies for the library's date types, registered on start.

``pyproject.toml`` names :func:`_hypothesis_setup_hook` under the ``hypothesis`` entry
point group, which Hypothesis calls when it is imported; ``st.from_type(JulianDate)``
then works in a user's tests without an import of :mod:`julian_gregorian.strategies`,
which is imported only when one of the types is first asked for.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
    from julian_gregorian.places.dual_years import DualDate

    def strategy_for(kind: type) -> st.SearchStrategy[object]:
        from julian_gregorian import strategies

        return strategies.strategy_for(kind)

    for kind in (JulianDate, GregorianDate, CalendarDate, DualDate):
        st.register_type_strategy(kind, strategy_for)
