"""The ``.jg`` accessor of pandas Series: columns of dates and of date strings, converted.

``import julian_gregorian.pandas_accessor`` registers it (pandas is the optional extra
``julian-gregorian[pandas]``). Each element is converted as it is written, the index,
name and missing elements (``None``, ``NaN``, ``<NA>``, ``NaT``) kept:

- ISO 8601 text (``"1917-10-25"``, ``"-0043-03-15"``) in the calendar converted from
  comes back as ISO 8601 text in the other one;
- :class:`~julian_gregorian.JulianDate` values come back as ``GregorianDate`` values and
  the other way round; ``datetime.date`` values and ``datetime64`` columns, which hold
  Gregorian days, convert to ``JulianDate`` values.

>>> import pandas as pd
>>> born = pd.Series(["1799-05-26", None, "1821-10-30"], ["Pushkin", "?", "Dostoevsky"], object)
>>> born.jg.julian_to_gregorian()
Pushkin       1799-06-06
?                   None
Dostoevsky    1821-11-11
dtype: object
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

try:
    import pandas as pd
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "julian_gregorian.pandas_accessor needs pandas, which is not installed; install it "
        "with pip install 'julian-gregorian[pandas]'"
    ) from error

from julian_gregorian.calendar.dates import CalendarDate, GregorianDate, JulianDate
from julian_gregorian.errors import JulianGregorianError

__all__ = ["JulianGregorianAccessor"]


@pd.api.extensions.register_series_accessor("jg")
class JulianGregorianAccessor:
    """``series.jg``: Old Style / New Style conversion of a column, element by element."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def julian_to_gregorian(self) -> pd.Series:
        """The Gregorian (N.S.) dates of a column of Julian (O.S.) dates or ISO texts.

        >>> pd.Series([JulianDate(1917, 10, 25)]).jg.julian_to_gregorian()[0]
        GregorianDate(1917, 11, 7)
        """
        if pd.api.types.is_datetime64_any_dtype(self._series.dtype):
            raise TypeError(
                "a datetime64 column holds Gregorian days: convert it with "
                ".jg.gregorian_to_julian(), or write the Julian dates as text or JulianDate"
            )
        return self._map(JulianDate, _julian_to_gregorian)

    def gregorian_to_julian(self) -> pd.Series:
        """The Julian (O.S.) dates of a column of Gregorian (N.S.) dates or ISO texts.

        >>> pd.Series(pd.to_datetime(["1917-11-07"])).jg.gregorian_to_julian()[0]
        JulianDate(1917, 10, 25)
        """
        return self._map(GregorianDate, _gregorian_to_julian)

    def _map(
        self,
        source: type[CalendarDate],
        convert_date: Callable[[object], CalendarDate | None],
    ) -> pd.Series:
        series = self._series
        values = series.to_numpy(dtype=object)
        missing = series.isna().to_numpy(dtype=bool)
        out: list[Any] = []
        for label, value, gap in zip(series.index, values, missing, strict=True):
            if gap:
                out.append(value)
                continue
            try:
                out.append(_convert_one(value, source, convert_date))
            except (JulianGregorianError, TypeError) as error:
                raise type(error)(f"at index {label!r}: {error}") from None
        return pd.Series(out, index=series.index, name=series.name, dtype=object)


def _convert_one(
    value: object,
    source: type[CalendarDate],
    convert_date: Callable[[object], CalendarDate | None],
) -> object:
    if isinstance(value, str):
        day = source.fromisoformat(value.strip())
        return (day.to_gregorian() if source is JulianDate else day.to_julian()).isoformat()
    converted = convert_date(value)
    if converted is None:
        raise TypeError(
            f"{value!r} is not a {source.__name__}, an ISO 8601 date text or a missing value"
        )
    return converted


def _julian_to_gregorian(value: object) -> CalendarDate | None:
    if isinstance(value, JulianDate):
        return value.to_gregorian()
    return None


def _gregorian_to_julian(value: object) -> CalendarDate | None:
    if isinstance(value, GregorianDate):
        return value.to_julian()
    if isinstance(value, datetime.date):  # pandas Timestamps and datetimes are dates too
        return JulianDate.from_date(value)
    return None
