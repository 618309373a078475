"""Old Style <-> New Style on numpy arrays: whole columns of dates in one call.

``julian_to_gregorian(years, months, days)`` and ``gregorian_to_julian(...)`` take three
integer arrays (or anything numpy turns into integer arrays; they are broadcast together,
so a scalar month is fine) and return three ``int64`` arrays of the broadcast shape, in
new memory (the three rows of one new block).
They validate as strictly as the scalar functions of the same names: the first bad
element, in C order, is named by its index and value in an ``InvalidDateError``, and
arrays that are not of integers (``bool``, ``float``, ``object``, ``str``) raise
``TypeError``. The work is integer arithmetic on whole blocks of elements, with no
Python-level step per element.

The arithmetic is ``int64``, so input years must lie in ``-MAX_YEAR..MAX_YEAR`` (10**16:
day counts then stay below 4 * 10**18, inside int64's 9.2 * 10**18); a year outside
raises ``DateRangeError`` (an ``InvalidDateError``) instead of overflowing. The scalar
functions take any Python ``int``. numpy is an optional dependency:
``pip install "julian-gregorian[numpy]"``.

Columns with gaps are taken too (:mod:`julian_gregorian._array_columns`): a pandas Series
comes back as Series on the same index, ``<NA>``, ``NaN``, ``None`` and masked elements
come back missing where they were, and the other elements are converted.

>>> import numpy as np
>>> years, months, days = julian_to_gregorian(np.array([1917, 1900]), np.array([10, 2]), 29)
>>> years.tolist(), months.tolist(), days.tolist()
([1917, 1900], [11, 3], [11, 13])
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

try:
    import numpy as np
    import numpy.typing as npt
except ImportError as error:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "julian_gregorian.arrays needs numpy, which is not installed; install it with "
        "pip install 'julian-gregorian[numpy]' (the scalar functions need no numpy)"
    ) from error

from julian_gregorian import _array_columns as array_columns
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian
from julian_gregorian.calendar._daycount import GREGORIAN_SHIFT, JULIAN_SHIFT
from julian_gregorian.calendar._months import DAYS_IN_MONTH
from julian_gregorian.errors import DateRangeError, InvalidDateError

__all__ = ["MAX_YEAR", "gregorian_to_julian", "julian_to_gregorian"]

#: Largest |year| the array functions accept (int64 arithmetic stays exact up to it).
MAX_YEAR = 10**16

IntArray = npt.NDArray[np.int64]
_Array = npt.NDArray[Any]

# Elements are converted a block at a time so that the temporaries stay in the CPU cache.
_BLOCK = 16384

# Years converted through a table of months. In these years the calendars differ by less
# than 28 days, so a month of one calendar falls within two consecutive months of the
# other and a table row per month says where: tests/test_arrays.py checks every day.
_TABLE_FIRST_YEAR, _TABLE_END_YEAR = -3000, 3800


def julian_to_gregorian(years: Any, months: Any, days: Any) -> tuple[Any, Any, Any]:
    """Gregorian (N.S.) years, months and days of Julian (O.S.) dates, element by element.

    >>> import numpy as np
    >>> [a.tolist() for a in julian_to_gregorian(np.array([1582, -43]), [10, 3], [5, 15])]
    [[1582, -43], [10, 3], [15, 13]]

    The results are ``int64`` arrays for arrays of integers, and take the form of the
    inputs that have gaps or an index otherwise (see :mod:`julian_gregorian._array_columns`).
    """
    return _convert_columns(_FROM_JULIAN, years, months, days)


def gregorian_to_julian(years: Any, months: Any, days: Any) -> tuple[Any, Any, Any]:
    """Julian (O.S.) years, months and days of Gregorian (N.S.) dates, element by element.

    >>> import numpy as np
    >>> [a.tolist() for a in gregorian_to_julian(np.array([1917]), np.array([11]), 7)]
    [[1917], [10], [25]]
    """
    return _convert_columns(_FROM_GREGORIAN, years, months, days)


# --- the day count, vectorised (the same formulas as julian.py and gregorian.py) ------


def _march_based(y: _Array, m: _Array, d: _Array) -> tuple[_Array, _Array]:
    """Year counted from 1 March and the day of that year (0 = 1 March)."""
    after_february = (m + 9) // 12
    march_year = y + after_february - 1
    day_of_year = (153 * (m + 9 - 12 * after_february) + 2) // 5 + d - 1
    return march_year, day_of_year


def _julian_days(y: _Array, m: _Array, d: _Array) -> _Array:
    """Days from 1 March of year 0 (Julian) to the Julian dates."""
    march_year, day_of_year = _march_based(y, m, d)
    return np.asarray(365 * march_year + march_year // 4 + day_of_year)


def _gregorian_days(y: _Array, m: _Array, d: _Array) -> _Array:
    """Days from 1 March of year 0 (Gregorian) to the Gregorian dates."""
    march_year, day_of_year = _march_based(y, m, d)
    centuries = march_year // 100
    return np.asarray(365 * march_year + march_year // 4 - centuries + centuries // 4 + day_of_year)


def _julian_fields(days: _Array) -> tuple[_Array, _Array, _Array]:
    """Julian dates of day counts from 1 March of year 0 (Julian)."""
    era = days // 1461
    day_of_era = days - era * 1461
    year_of_era = (day_of_era - day_of_era // 1460) // 365
    return _civil(era * 4 + year_of_era, day_of_era - 365 * year_of_era)


def _gregorian_fields(days: _Array) -> tuple[_Array, _Array, _Array]:
    """Gregorian dates of day counts from 1 March of year 0 (Gregorian)."""
    era = days // 146097
    doe = days - era * 146097
    year_of_era = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    day_of_year = doe - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    return _civil(era * 400 + year_of_era, day_of_year)


def _civil(march_year: _Array, day_of_year: _Array) -> tuple[_Array, _Array, _Array]:
    march_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * march_month + 2) // 5 + 1
    after_december = march_month // 10
    return march_year + after_december, march_month + 3 - 12 * after_december, day


def _julian_leap(years: _Array) -> _Array:
    return np.asarray(years % 4 == 0)


def _gregorian_leap(years: _Array) -> _Array:
    return np.asarray((years % 4 == 0) & ((years % 100 != 0) | (years % 400 == 0)))


# --- one direction of conversion ------------------------------------------------------


@dataclass(frozen=True)
class _Direction:
    calendar: str  # the calendar of the input dates
    validate: Callable[[int, int, int], None]
    is_leap: Callable[[_Array], _Array]
    source_days: Callable[[_Array, _Array, _Array], _Array]
    target_fields: Callable[[_Array], tuple[_Array, _Array, _Array]]
    # target count = source count + shift (the two counts start on different days)
    shift: int
    target_is_leap: Callable[[_Array], _Array]
    _table: list[_Array] = field(default_factory=list, compare=False, repr=False)

    def table(self) -> _Array:
        """One int32 per month of the table's years, built on first use (~50 ms).

        Bits 0-4: day of the other calendar on which the month starts, minus 1; bits 5-9:
        length of that month of the other calendar; bits 10-15: that month's index from
        January of the year before (0..35); bits 16-20: length of this month.
        """
        if not self._table:
            years = np.repeat(np.arange(_TABLE_FIRST_YEAR, _TABLE_END_YEAR), 12)
            months = np.tile(np.arange(1, 13), _TABLE_END_YEAR - _TABLE_FIRST_YEAR)
            ones = np.ones_like(years)
            ty, tm, td = self.target_fields(self.source_days(years, months, ones) + self.shift)
            self._table.append(
                (
                    (td - 1)
                    | (_month_lengths(ty, tm, self.target_is_leap) << 5)
                    | (((ty - years + 1) * 12 + tm - 1) << 10)
                    | (_month_lengths(years, months, self.is_leap) << 16)
                ).astype(np.int32)
            )
        return self._table[0]


def _month_lengths(years: _Array, months: _Array, is_leap: Callable[[_Array], _Array]) -> _Array:
    lengths = np.asarray(DAYS_IN_MONTH, dtype=np.int64)[months]
    return np.asarray(lengths + ((months == 2) & is_leap(years)))


_FROM_JULIAN = _Direction(
    julian.NAME,
    julian.validate,
    _julian_leap,
    _julian_days,
    _gregorian_fields,
    GREGORIAN_SHIFT - JULIAN_SHIFT,
    _gregorian_leap,
)
_FROM_GREGORIAN = _Direction(
    gregorian.NAME,
    gregorian.validate,
    _gregorian_leap,
    _gregorian_days,
    _julian_fields,
    JULIAN_SHIFT - GREGORIAN_SHIFT,
    _julian_leap,
)


_NAMES = ("years", "months", "days")


def _convert_columns(
    direction: _Direction, years: object, months: object, days: object
) -> tuple[Any, Any, Any]:
    """Plain integer arrays straight to :func:`_convert`; others through their gaps."""
    inputs = (years, months, days)
    if not any(array_columns.has_gaps_or_labels(value) for value in inputs):
        return _convert(direction, years, months, days)  # type: ignore[arg-type]
    columns = [array_columns.read(value, name) for value, name in zip(inputs, _NAMES, strict=True)]
    numbers = [
        _int64(array_columns.whole_numbers(column, name), name)
        for column, name in zip(columns, _NAMES, strict=True)
    ]
    shape = _broadcast_shape(numbers)
    missing = array_columns.combined_gaps(columns, shape)
    y, m, d = array_columns.fill_gaps(
        [np.broadcast_to(number, shape) for number in numbers], missing
    )
    return array_columns.give_back(_convert(direction, y, m, d), columns, missing)


def _convert(
    direction: _Direction, years: npt.ArrayLike, months: npt.ArrayLike, days: npt.ArrayLike
) -> tuple[IntArray, IntArray, IntArray]:
    y, m, d, shape = _flat_columns(years, months, days)
    # One block for the three results: numpy asks the kernel for huge pages from 4 MiB
    # on, which spares a page fault per 4 KiB of fresh memory (most of the time of a large
    # call, measured on Linux).
    out = np.empty((3, y.size), np.int64)
    for start in range(0, y.size, _BLOCK):
        block = slice(start, start + _BLOCK)
        try:
            _convert_block(direction, y[block], m[block], d[block], [o[block] for o in out])
        except _InvalidBlockError as invalid:
            _raise_first_invalid(direction, y[block], m[block], d[block], start, shape)
            raise AssertionError("a block failed the quick check only") from invalid
    return out[0].reshape(shape), out[1].reshape(shape), out[2].reshape(shape)


class _InvalidBlockError(Exception):
    """A block holds an invalid element: find and name it (the rare, slow path)."""


def _convert_block(
    direction: _Direction, y: _Array, m: _Array, d: _Array, out: list[_Array]
) -> None:
    low, high = int(y.min()), int(y.max())
    if m.min() < 1 or m.max() > 12 or d.min() < 1 or low < -MAX_YEAR or high > MAX_YEAR:
        raise _InvalidBlockError
    if low >= _TABLE_FIRST_YEAR and high < _TABLE_END_YEAR:
        code = direction.table().take(y * 12 + (m - 1 - 12 * _TABLE_FIRST_YEAR))
        d = d.astype(np.int32)
        if (d > (code >> 16)).any():
            raise _InvalidBlockError
        day = (code & 31) + d
        length = (code >> 5) & 31
        beyond = day > length
        np.subtract(day, length * beyond, out=out[2])
        month_index = ((code >> 10) & 63) + beyond
        year_step = month_index // 12
        np.subtract(month_index + 1, 12 * year_step, out=out[1])
        np.add(y, year_step - 1, out=out[0])
        return
    last = np.asarray(DAYS_IN_MONTH, dtype=np.int64)[m]
    february_29 = (m == 2) & (d == 29)
    if ((d > last) & ~(february_29 & direction.is_leap(y))).any():
        raise _InvalidBlockError
    for target, values in zip(
        out, direction.target_fields(direction.source_days(y, m, d) + direction.shift), strict=True
    ):
        target[...] = values


def _raise_first_invalid(
    direction: _Direction, y: _Array, m: _Array, d: _Array, start: int, shape: tuple[int, ...]
) -> None:
    """Raise for the first element of a block that is not a valid date."""
    bad = (y < -MAX_YEAR) | (y > MAX_YEAR) | (m < 1) | (m > 12) | (d < 1)
    lengths = np.asarray((31, *DAYS_IN_MONTH[1:], 31), dtype=np.int64)[np.clip(m, 0, 13)]
    bad |= (d > lengths + ((m == 2) & direction.is_leap(y))) & ~bad
    position = int(np.argmax(bad))
    year, month, day = int(y[position]), int(m[position]), int(d[position])
    where = f"element {_where(start + position, shape)} (year {year}, month {month}, day {day})"
    if not -MAX_YEAR <= year <= MAX_YEAR:
        raise DateRangeError(
            f"{where}: year {year} is outside the array functions' int64 range "
            f"(valid years: {-MAX_YEAR}..{MAX_YEAR}); the scalar functions take any int"
        )
    try:
        direction.validate(year, month, day)
    except InvalidDateError as error:
        raise InvalidDateError(f"{where}: {error}") from None
    raise AssertionError(f"{where} failed the array check only")  # pragma: no cover


def _where(flat_index: int, shape: tuple[int, ...]) -> str:
    """An element's index as numpy writes it: ``[3]`` or ``[1, 2]``."""
    if len(shape) <= 1:
        return f"[{flat_index}]"
    return "[" + ", ".join(str(int(i)) for i in np.unravel_index(flat_index, shape)) + "]"


def _flat_columns(
    years: npt.ArrayLike, months: npt.ArrayLike, days: npt.ArrayLike
) -> tuple[_Array, _Array, _Array, tuple[int, ...]]:
    """The inputs as flat ``int64`` arrays of one length, and their broadcast shape."""
    columns = [_int64(years, "years"), _int64(months, "months"), _int64(days, "days")]
    shape = _broadcast_shape(columns)
    y, m, d = (np.broadcast_to(column, shape).reshape(-1) for column in columns)
    return y, m, d, shape


def _broadcast_shape(columns: list[_Array]) -> tuple[int, ...]:
    try:
        return np.broadcast_shapes(*(column.shape for column in columns))
    except ValueError:
        shapes = ", ".join(str(column.shape) for column in columns)
        raise ValueError(
            f"years, months and days must have one shape or broadcast together, not {shapes}"
        ) from None


def _int64(value: npt.ArrayLike, name: str) -> _Array:
    """*value* as an ``int64`` array; ``TypeError`` unless it holds integers."""
    array = np.asarray(value)
    kind = array.dtype.kind
    if kind == "i" or array.size == 0:  # [] is float64 to numpy, but holds no bad value
        return array.astype(np.int64, copy=False)
    if kind == "u":
        too_big = array > np.iinfo(np.int64).max
        if too_big.any():
            _raise_too_big(name, array, too_big)
        return array.astype(np.int64)
    if kind == "O" and array.size and all(_is_int(item) for item in array.flat):
        # numpy keeps Python ints beyond int64 as objects.
        _raise_too_big(name, array, np.ones(array.shape, dtype=bool))
    raise TypeError(
        f"{name} must be an array of integers, not of dtype {array.dtype}: bool, float, "
        "str and object arrays are refused, as bool, float and str are by the scalar "
        "functions"
    )


def _is_int(item: object) -> bool:
    return isinstance(item, int) and not isinstance(item, bool)


def _raise_too_big(name: str, array: _Array, bad: _Array) -> None:
    position = int(np.argmax(bad.reshape(-1)))
    value = array.reshape(-1)[position]
    raise DateRangeError(
        f"{name}{_where(position, array.shape)} = {value} does not fit int64 (valid years: "
        f"{-MAX_YEAR}..{MAX_YEAR}); the scalar functions take any int"
    )
