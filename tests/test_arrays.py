"""The numpy array functions: the same answers and the same strictness as the scalars."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian import (
    DateRangeError,
    InvalidDateError,
    gregorian_to_julian,
    julian_to_gregorian,
)
from julian_gregorian import arrays as arrays_module
from julian_gregorian.arrays import MAX_YEAR
from julian_gregorian.calendar import _gregorian as gregorian
from julian_gregorian.calendar import _julian as julian

BLOCK = arrays_module._BLOCK
TABLE_FIRST, TABLE_END = arrays_module._TABLE_FIRST_YEAR, arrays_module._TABLE_END_YEAR


def columns(dates: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    y, m, d = zip(*dates, strict=True)
    return np.array(y, np.int64), np.array(m, np.int64), np.array(d, np.int64)


def as_dates(result: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[tuple[int, int, int]]:
    assert all(a.dtype == np.int64 for a in result)
    return list(zip(*(a.tolist() for a in result), strict=True))


MAX_ORDINAL = gregorian.to_ordinal(MAX_YEAR - 1, 1, 1)
# Lists of historical days only are converted by the month table; a list with one day
# outside the table's years takes the day-count path.
ordinal_lists = st.one_of(
    st.lists(st.integers(-1_000_000, 1_000_000), min_size=1, max_size=40),
    st.lists(
        st.one_of(st.integers(-1_500_000, 1_500_000), st.integers(-MAX_ORDINAL, MAX_ORDINAL)),
        min_size=1,
        max_size=40,
    ),
)


@given(ordinal_lists)
def test_arrays_agree_with_scalars_from_julian(ordinals: list[int]) -> None:
    dates = [julian.from_ordinal(o) for o in ordinals]
    expected = [julian_to_gregorian(*date) for date in dates]
    assert as_dates(arrays_module.julian_to_gregorian(*columns(dates))) == expected


@given(ordinal_lists)
def test_arrays_agree_with_scalars_from_gregorian(ordinals: list[int]) -> None:
    dates = [gregorian.from_ordinal(o) for o in ordinals]
    expected = [gregorian_to_julian(*date) for date in dates]
    assert as_dates(arrays_module.gregorian_to_julian(*columns(dates))) == expected


def every_day(first_year: int, end_year: int, calendar: object) -> np.ndarray:
    """Ordinals of every day from 1 January *first_year* to 31 December *end_year* - 1."""
    start = calendar.to_ordinal(first_year, 1, 1)  # type: ignore[attr-defined]
    end = calendar.to_ordinal(end_year, 1, 1)  # type: ignore[attr-defined]
    return np.arange(start, end, dtype=np.int64)


@pytest.mark.parametrize(
    ("direction", "source", "target"),
    [
        (arrays_module._FROM_JULIAN, julian, gregorian),
        (arrays_module._FROM_GREGORIAN, gregorian, julian),
    ],
)
def test_month_table_is_right_on_every_day_of_its_years(
    direction: arrays_module._Direction, source: object, target: object
) -> None:
    # Every day the table serves, against the day-count path (itself compared with the
    # scalar functions above), so both vectorised paths are exact where they are used.
    convert = (
        arrays_module.julian_to_gregorian
        if direction is arrays_module._FROM_JULIAN
        else arrays_module.gregorian_to_julian
    )
    source_fields = (
        arrays_module._julian_fields if source is julian else arrays_module._gregorian_fields
    )
    target_fields = direction.target_fields
    source_shift = arrays_module.JULIAN_SHIFT if source is julian else arrays_module.GREGORIAN_SHIFT
    target_shift = source_shift + direction.shift
    ordinals = every_day(TABLE_FIRST, TABLE_END, source)
    y, m, d = source_fields(ordinals + source_shift)
    assert y.min() == TABLE_FIRST
    assert y.max() == TABLE_END - 1
    result = convert(y, m, d)
    expected = target_fields(ordinals + target_shift)
    for got, want in zip(result, expected, strict=True):
        np.testing.assert_array_equal(got, want)


def test_blocks_inside_and_outside_the_table_agree_with_scalars() -> None:
    # One block in the table's years, one far outside, one straddling the table's end.
    table_end = julian.to_ordinal(TABLE_END, 1, 1)
    ordinals = np.concatenate(
        [
            np.arange(700_000, 700_000 + BLOCK),
            np.arange(10**12, 10**12 + BLOCK),
            np.arange(table_end - BLOCK // 2, table_end + BLOCK // 2),
        ]
    ).tolist()
    dates = [julian.from_ordinal(o) for o in ordinals]
    result = as_dates(arrays_module.julian_to_gregorian(*columns(dates)))
    assert result == [gregorian.from_ordinal(o) for o in ordinals]


def test_famous_days() -> None:
    y, m, d = arrays_module.julian_to_gregorian(
        np.array([1917, 1900, 1582, 1752, -43, 0]),
        np.array([10, 2, 10, 9, 3, 1]),
        np.array([25, 29, 4, 2, 15, 1]),
    )
    assert y.tolist() == [1917, 1900, 1582, 1752, -43, -1]
    assert m.tolist() == [11, 3, 10, 9, 3, 12]
    assert d.tolist() == [7, 13, 14, 13, 13, 30]


def test_broadcasting_shapes_and_dtypes() -> None:
    years = np.array([[1917, 1918], [1919, 1920]], dtype=np.int32)
    y, m, d = arrays_module.gregorian_to_julian(years, 1, np.uint8(14))
    assert y.shape == m.shape == d.shape == (2, 2)
    assert y.dtype == m.dtype == d.dtype == np.int64
    assert y.tolist() == [[1917, 1918], [1919, 1920]]
    assert d.tolist() == [[1, 1], [1, 1]]
    # Zero-dimensional and empty inputs keep their shapes.
    scalar = arrays_module.julian_to_gregorian(1917, 10, 25)
    assert [a.shape for a in scalar] == [(), (), ()]
    assert [int(a) for a in scalar] == [1917, 11, 7]
    empty = arrays_module.julian_to_gregorian(np.array([], np.int64), [], [])
    assert [a.shape for a in empty] == [(0,), (0,), (0,)]


def test_results_are_new_arrays() -> None:
    years = np.array([2000, 2001])
    y, _, _ = arrays_module.julian_to_gregorian(years, 6, 1)
    y[0] = 0
    assert years.tolist() == [2000, 2001]


def test_huge_years_within_the_range() -> None:
    years = np.array([MAX_YEAR, -MAX_YEAR, 10**15, -(10**15)])
    got = as_dates(arrays_module.julian_to_gregorian(years, 3, 1))
    assert got == [julian_to_gregorian(int(year), 3, 1) for year in years]
    back = as_dates(arrays_module.gregorian_to_julian(years, 12, 31))
    assert back == [gregorian_to_julian(int(year), 12, 31) for year in years]


# --- errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("function", "fields", "index", "message"),
    [
        (arrays_module.gregorian_to_julian, ([2000, 1900], 2, 29), "[1]", "Gregorian date"),
        (arrays_module.julian_to_gregorian, ([1917, 1917, 1917], [1, 13, 0], 1), "[1]", "1..12"),
        (arrays_module.julian_to_gregorian, ([1917, 1917], [4, 4], [30, 31]), "[1]", "1..30"),
        (arrays_module.julian_to_gregorian, ([1917, 1917], [4, 4], [0, 31]), "[0]", "1..30"),
        (arrays_module.julian_to_gregorian, ([1901, 1900], 2, [29, 29]), "[0]", "Julian date"),
    ],
)
def test_first_invalid_element_is_named(
    function: object, fields: tuple[object, object, object], index: str, message: str
) -> None:
    with pytest.raises(InvalidDateError, match="element") as caught:
        function(*fields)  # type: ignore[operator]
    assert f"element {index} " in str(caught.value)
    assert message in str(caught.value)


def test_error_names_the_index_across_blocks_and_dimensions() -> None:
    days = np.ones(3 * BLOCK + 5, dtype=np.int64)
    days[2 * BLOCK + 7] = 32
    days[2 * BLOCK + 9] = 0
    with pytest.raises(InvalidDateError) as caught:
        arrays_module.julian_to_gregorian(1917, 1, days)
    text = str(caught.value)
    assert f"element [{2 * BLOCK + 7}] (year 1917, month 1, day 32)" in text
    assert "Julian date 1917-01-32" in text
    assert "valid days: 1..31" in text
    grid = np.ones((3, 4), dtype=np.int64)
    grid[2, 1] = 30
    with pytest.raises(InvalidDateError, match=r"element \[2, 1\] \(year 1900, month 2, day 30\)"):
        arrays_module.gregorian_to_julian(1900, 2, grid)


def test_years_beyond_int64_arithmetic_raise_date_range_error() -> None:
    with pytest.raises(DateRangeError, match=r"element \[1\].*valid years"):
        arrays_module.julian_to_gregorian([2000, MAX_YEAR + 1], 1, 1)
    with pytest.raises(DateRangeError, match=r"element \[0\]"):
        arrays_module.gregorian_to_julian([-MAX_YEAR - 1], 1, 1)
    with pytest.raises(DateRangeError, match=r"years\[0\] = 9223372036854775808"):
        arrays_module.julian_to_gregorian(np.array([2**63], dtype=np.uint64), 1, 1)
    with pytest.raises(DateRangeError, match=r"does not fit int64"):
        arrays_module.julian_to_gregorian([10**20], [1], [1])


@pytest.mark.parametrize(
    "bad",
    [np.array([1917.5]), np.array([True]), np.array(["1917"]), np.array(["x"], dtype=object)],
)
def test_non_integer_arrays_raise_type_error(bad: np.ndarray) -> None:
    with pytest.raises(TypeError, match="must be an array of integers"):
        arrays_module.julian_to_gregorian(bad, 1, 1)
    with pytest.raises(TypeError, match="days must be an array of integers"):
        arrays_module.gregorian_to_julian(1917, 1, bad)


def test_shapes_that_do_not_broadcast_raise_value_error() -> None:
    with pytest.raises(ValueError, match="broadcast"):
        arrays_module.julian_to_gregorian([1, 2], [1, 2, 3], 1)


# --- numpy stays optional ----------------------------------------------------------


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )


def test_importing_the_package_does_not_import_numpy() -> None:
    result = run_python(
        "import sys, julian_gregorian\n"
        "assert 'numpy' not in sys.modules, 'numpy imported eagerly'\n"
        "print(julian_gregorian.arrays.julian_to_gregorian([1917], [10], [25])[2][0])\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "7"


def test_missing_numpy_gives_a_clear_import_error() -> None:
    result = run_python(
        "import sys\n"
        "sys.modules['numpy'] = None  # as if numpy were not installed\n"
        "import julian_gregorian\n"
        "assert julian_gregorian.julian_to_gregorian(1917, 10, 25) == (1917, 11, 7)\n"
        "try:\n"
        "    import julian_gregorian.arrays\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    assert result.returncode == 0, result.stderr
    assert "needs numpy" in result.stdout
    assert "pip install 'julian-gregorian[numpy]'" in result.stdout


def test_strided_fortran_order_and_big_endian_inputs() -> None:
    years = np.asfortranarray(np.array([[1917, 1700], [1900, 2100]], dtype=">i8"))
    months = np.array([10, 0, 2, 0, 10, 0, 2, 0])[::2].reshape(2, 2)
    y, m, d = arrays_module.julian_to_gregorian(years, months, 25)
    expected = [
        [julian_to_gregorian(int(years[i, j]), int(months[i, j]), 25) for j in range(2)]
        for i in range(2)
    ]
    got = [[(y[i, j], m[i, j], d[i, j]) for j in range(2)] for i in range(2)]
    assert got == expected


def test_the_array_functions_do_not_import_pandas() -> None:
    result = run_python(
        "import sys\n"
        "from julian_gregorian import arrays\n"
        "arrays.julian_to_gregorian([1917, None], [10, 1], [25, 1])\n"
        "assert 'pandas' not in sys.modules, 'pandas imported eagerly'\n"
    )
    assert result.returncode == 0, result.stderr
