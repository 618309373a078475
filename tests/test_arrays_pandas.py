"""The array functions on columns with gaps and an index, and the Series accessor ``.jg``."""

from __future__ import annotations

import datetime

import numpy as np
import pytest

from julian_gregorian import GregorianDate, InvalidDateError, JulianDate, ParseError, arrays

pd = pytest.importorskip("pandas")
pytest.importorskip("julian_gregorian.pandas_accessor")


def test_a_series_comes_back_on_its_index_with_its_gaps() -> None:
    years = pd.Series([1917, None, 1900], dtype="Int64", index=["revolution", "gap", "leap"])
    months = pd.Series([10, 1, 2], index=years.index)
    y, m, d = arrays.julian_to_gregorian(years, months, pd.Series([25, 1, 29], index=years.index))
    assert list(y.index) == ["revolution", "gap", "leap"]
    assert str(y.dtype) == "Int64"
    assert y.isna().tolist() == [False, True, False]
    assert [m["revolution"], d["revolution"], m["leap"], d["leap"]] == [11, 7, 3, 13]


def test_a_series_without_gaps_comes_back_as_int64() -> None:
    y, m, d = arrays.gregorian_to_julian(pd.Series([1917], index=[7]), 11, 7)
    assert str(y.dtype) == "int64"
    assert (y[7], m[7], d[7]) == (1917, 10, 25)


def test_a_float_column_with_nan_comes_back_with_nan() -> None:
    # pandas stores an integer column with a gap as float64.
    y, m, d = arrays.julian_to_gregorian(np.array([1917.0, np.nan]), 10, np.array([25, 26]))
    assert y.dtype == np.float64
    assert y[0] == 1917 and m[0] == 11 and d[0] == 7  # noqa: PT018
    assert np.isnan(y[1]) and np.isnan(m[1]) and np.isnan(d[1])  # noqa: PT018
    series = arrays.julian_to_gregorian(pd.Series([1917.0, np.nan]), 10, 25)[2]
    assert series.tolist()[0] == 7
    assert series.isna().tolist() == [False, True]


def test_object_arrays_keep_the_missing_marker_that_came_in() -> None:
    years = np.array([1917, None, np.nan, pd.NA], dtype=object)
    y, m, d = arrays.julian_to_gregorian(years, 10, 25)
    assert y.dtype == object
    assert y[0] == 1917 and m[0] == 11 and d[0] == 7  # noqa: PT018
    assert y[1] is None
    assert m[1] is None
    assert np.isnan(y[2])
    assert d[3] is pd.NA
    # A list with None is read as such an array.
    assert arrays.gregorian_to_julian([1917, None], 11, 7)[2].tolist() == [25, None]


def test_masked_arrays_come_back_masked() -> None:
    years = np.ma.MaskedArray([1917, 10**20 % 9999, 1900], mask=[False, True, False])
    *_, d = arrays.julian_to_gregorian(years, np.array([10, 13, 2]), np.array([25, 40, 29]))
    # The masked element is never read, however wrong its fields.
    assert np.ma.getmaskarray(d).tolist() == [False, True, False]
    assert d.compressed().tolist() == [7, 13]


def test_present_elements_are_still_checked() -> None:
    with pytest.raises(InvalidDateError, match=r"element \[2\].*day 29 does not exist"):
        arrays.gregorian_to_julian(pd.Series([2000, None, 1900], dtype="Int64"), 2, 29)
    with pytest.raises(TypeError, match=r"years\[1\] = 1917\.5 is not a whole number"):
        arrays.julian_to_gregorian(np.array([np.nan, 1917.5]), 1, 1)
    with pytest.raises(TypeError, match=r"months\[0\] = 'x' is not a whole number"):
        arrays.julian_to_gregorian(1917, np.array(["x", None], dtype=object), 1)
    with pytest.raises(ValueError, match="different indexes"):
        arrays.julian_to_gregorian(pd.Series([1917]), pd.Series([1], index=[5]), 1)


def test_accessor_converts_iso_texts_and_keeps_index_name_and_gaps() -> None:
    for dtype in (object, "string", "str"):
        born = pd.Series(
            ["1799-05-26", None, "-0043-03-15"], index=["a", "b", "c"], name="born", dtype=dtype
        )
        converted = born.jg.julian_to_gregorian()
        assert converted.name == "born"
        assert list(converted.index) == ["a", "b", "c"]
        assert converted["a"] == "1799-06-06"
        assert converted["c"] == "-0043-03-13"
        assert pd.isna(converted["b"])
    back = pd.Series(["1799-06-06"]).jg.gregorian_to_julian()
    assert back[0] == "1799-05-26"


def test_accessor_converts_date_objects_and_datetime64_columns() -> None:
    column = pd.Series([JulianDate(1917, 10, 25), pd.NA, JulianDate(1900, 2, 29)])
    converted = column.jg.julian_to_gregorian()
    assert converted[0] == GregorianDate(1917, 11, 7)
    assert type(converted[2]) is GregorianDate
    assert converted[1] is pd.NA
    stamps = pd.Series(pd.to_datetime(["1917-11-07", None]))
    julian = stamps.jg.gregorian_to_julian()
    assert julian[0] == JulianDate(1917, 10, 25)
    assert type(julian[0]) is JulianDate
    assert pd.isna(julian[1])
    days = pd.Series([datetime.date(1752, 9, 14), GregorianDate(1582, 10, 15)])
    assert days.jg.gregorian_to_julian().tolist() == [
        JulianDate(1752, 9, 3),
        JulianDate(1582, 10, 5),
    ]


def test_accessor_names_the_row_it_cannot_convert() -> None:
    with pytest.raises(ParseError, match=r"at index 'x'.*'25 Oct 1917'"):
        pd.Series(["1917-10-25", "25 Oct 1917"], index=["ok", "x"]).jg.julian_to_gregorian()
    with pytest.raises(InvalidDateError, match="at index 1: Gregorian date 1900-02-29"):
        pd.Series(["2000-02-29", "1900-02-29"]).jg.gregorian_to_julian()
    with pytest.raises(TypeError, match=r"at index 0: GregorianDate.* is not a JulianDate"):
        pd.Series([GregorianDate(1917, 11, 7)]).jg.julian_to_gregorian()
    with pytest.raises(TypeError, match="datetime64 column holds Gregorian days"):
        pd.Series(pd.to_datetime(["1917-11-07"])).jg.julian_to_gregorian()
