"""Columns with gaps for the array functions: pandas Series, masked arrays, NaN, None.

Data frames mark a missing value in several ways: ``<NA>`` in a nullable ``Int64``
column, ``NaN`` in the ``float64`` column pandas makes of integers with a gap, ``None``
(or ``NaN``, ``pd.NA``) in an ``object`` array, the mask of a ``numpy.ma`` array. The
array functions read each input into whole numbers and a mask of missing elements,
convert the rest, and give the results back in the form of the richest input (a Series
over a masked array over an object array over a float array), the gaps where they were:

- a Series comes back as a Series with the same index (``Int64`` with ``<NA>`` if any
  element is missing, ``int64`` otherwise);
- a masked array as masked arrays; an ``object`` array as ``object`` arrays holding the
  missing marker that came in; a ``float`` array as ``float64`` arrays with ``NaN``.

A float must be a whole number (``1917.0``): ``1917.5`` is refused as a float date is.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from julian_gregorian.errors import DateRangeError

_Array = npt.NDArray[Any]

#: How results are given back, from the plainest to the richest form.
Form = Literal["int", "float", "object", "masked", "series"]
_RANK: dict[Form, int] = {"int": 0, "float": 1, "object": 2, "masked": 3, "series": 4}

# A date every calendar has, put where a value is missing so that the conversion runs.
_PLACEHOLDER = (2000, 1, 1)


@dataclass(frozen=True)
class Column:
    """One input: its values (``float`` or ``object`` arrays not yet checked) and gaps."""

    values: _Array
    missing: _Array | None
    form: Form
    index: Any = None  # a pandas Index, for the "series" form
    name: Any = None


def has_gaps_or_labels(value: object) -> bool:
    """Whether *value* needs this module: anything but a plain array of integers."""
    if type(value) is np.ndarray:
        return value.dtype.kind not in "iu"
    return _is_series(value) or isinstance(value, np.ma.MaskedArray) or _holds_gaps(value)


def read(value: object, name: str) -> Column:
    """*value* as a :class:`Column`; ``TypeError`` for elements that are no whole numbers."""
    if _is_series(value):
        return _read_series(value, name)
    if isinstance(value, np.ma.MaskedArray):
        inner = read(np.ma.getdata(value), name)
        mask = np.ma.getmaskarray(value)
        missing = mask if inner.missing is None else mask | inner.missing
        return Column(inner.values, missing, "masked")
    array = np.asarray(value)
    if array.dtype.kind == "f":
        return Column(array, np.isnan(array), "float")
    if array.dtype.kind == "O":
        return Column(array, _missing_objects(array), "object")
    return Column(array, None, "int")


def whole_numbers(column: Column, name: str) -> _Array:
    """The column's values as ``int64``, a placeholder year where one is missing."""
    values, missing = column.values, column.missing
    if values.dtype.kind in "iu" or values.size == 0:
        return values
    if missing is None:
        missing = np.zeros(values.shape, dtype=bool)
    if values.dtype.kind == "f":
        present = values[~missing]
        if not np.all(np.isfinite(present)) or np.any(present != np.floor(present)):
            raise TypeError(_not_whole(name, values, missing))
        if present.size and np.max(np.abs(present)) >= 2.0**63:
            raise DateRangeError(f"{name} holds a value beyond int64")
        return np.where(missing, _PLACEHOLDER[0], values).astype(np.int64)
    if values.dtype.kind == "O":
        out = np.empty(values.shape, dtype=object)
        for position, item in np.ndenumerate(values):
            if missing[position]:
                out[position] = _PLACEHOLDER[0]
            elif isinstance(item, (int, np.integer)) and not isinstance(item, (bool, np.bool_)):
                out[position] = int(item)
            else:
                raise TypeError(_not_whole(name, values, missing))
        try:
            return out.astype(np.int64)
        except OverflowError:
            return out  # the caller names the element that does not fit int64
    return values


def fill_gaps(columns: list[_Array], missing: _Array | None) -> tuple[_Array, _Array, _Array]:
    """Year, month and day arrays with a placeholder date wherever *missing* is set."""
    if missing is None or not missing.any():
        return columns[0], columns[1], columns[2]
    filled = [
        np.where(missing, placeholder, column)
        for column, placeholder in zip(columns, _PLACEHOLDER, strict=True)
    ]
    return filled[0], filled[1], filled[2]


def combined_gaps(columns: list[Column], shape: tuple[int, ...]) -> _Array | None:
    """Where any input is missing, in the broadcast *shape*; ``None`` if nowhere."""
    masks = [np.broadcast_to(c.missing, shape) for c in columns if c.missing is not None]
    if not masks:
        return None
    return np.logical_or.reduce(masks) if len(masks) > 1 else np.array(masks[0])


def give_back(
    results: tuple[_Array, _Array, _Array],
    columns: list[Column],
    missing: _Array | None,
) -> tuple[Any, Any, Any]:
    """The three results in the richest form among *columns*, gaps where they came in."""
    richest = max(columns, key=lambda column: _RANK[column.form])
    form = richest.form
    gaps = missing is not None and bool(missing.any())
    if form == "series":
        return _as_series(results, richest, missing if gaps else None, columns)
    if form == "masked":
        mask = missing if missing is not None else np.zeros(results[0].shape, dtype=bool)
        y, m, d = (np.ma.MaskedArray(result, mask=mask.copy()) for result in results)
        return y, m, d
    if not gaps or missing is None:
        return results
    if form == "object":
        markers = _markers(columns, results[0].shape)
        out = []
        for result in results:
            objects = result.astype(object)
            objects[missing] = markers[missing]
            out.append(objects)
        return out[0], out[1], out[2]
    floats = []
    for result in results:
        as_float = result.astype(np.float64)
        as_float[missing] = np.nan
        floats.append(as_float)
    return floats[0], floats[1], floats[2]


def _as_series(
    results: tuple[_Array, _Array, _Array],
    richest: Column,
    missing: _Array | None,
    columns: list[Column],
) -> tuple[Any, Any, Any]:
    import pandas as pd

    for column in columns:
        if column.form == "series" and not column.index.equals(richest.index):
            raise ValueError(
                "the Series given have different indexes: align them first "
                "(e.g. with DataFrame columns)"
            )
    if results[0].ndim != 1 or len(results[0]) != len(richest.index):
        raise ValueError("a Series can be combined only with scalars and 1-D values of its length")
    out = []
    for result in results:
        if missing is None:
            out.append(pd.Series(result, index=richest.index))
        else:
            series = pd.Series(pd.array(result, dtype="Int64"), index=richest.index)
            series[missing] = pd.NA
            out.append(series)
    return out[0], out[1], out[2]


def _markers(columns: list[Column], shape: tuple[int, ...]) -> _Array:
    """Each element's missing marker as it came in: the first input's that has one."""
    markers = np.full(shape, None, dtype=object)
    for column in reversed(columns):
        if column.form == "object" and column.missing is not None:
            values = np.broadcast_to(column.values, shape)
            gaps = np.broadcast_to(column.missing, shape)
            markers[gaps] = values[gaps]
    return markers


def _is_series(value: object) -> bool:
    # pandas is looked up only if it is already imported: a Series cannot exist otherwise.
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.Series)


def _holds_gaps(value: object) -> bool:
    """Whether a list or scalar holds ``None`` or ``NaN`` (numpy would refuse or float it)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if isinstance(value, (list, tuple)):
        return any(_holds_gaps(item) for item in value)
    return False


def _read_series(series: Any, name: str) -> Column:
    import pandas as pd

    missing = series.isna().to_numpy(dtype=bool)
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        values: _Array = np.asarray(series.to_numpy(dtype=object))
    elif pd.api.types.is_integer_dtype(dtype):
        values = series.to_numpy(dtype=np.int64, na_value=_PLACEHOLDER[0])
    elif pd.api.types.is_float_dtype(dtype):
        values = series.to_numpy(dtype=np.float64, na_value=np.nan)
    else:
        values = np.asarray(series.to_numpy(dtype=object))
    return Column(values, missing if missing.any() else None, "series", series.index, name)


def _missing_objects(array: _Array) -> _Array:
    pandas = sys.modules.get("pandas")
    if pandas is not None:
        return np.asarray(pandas.isna(array), dtype=bool)
    missing = np.zeros(array.shape, dtype=bool)
    for position, item in np.ndenumerate(array):
        missing[position] = item is None or (isinstance(item, float) and math.isnan(item))
    return missing


def _not_whole(name: str, values: _Array, missing: _Array) -> str:
    for position, item in np.ndenumerate(values):
        if missing[position]:
            continue
        if isinstance(item, (int, np.integer)) and not isinstance(item, (bool, np.bool_)):
            continue
        if isinstance(item, (float, np.floating)) and math.isfinite(item) and item == int(item):
            continue
        where = list(position) if len(position) > 1 else position[0]
        if isinstance(item, np.generic):
            item = item.item()  # 1917.5, not np.float64(1917.5)
        return (
            f"{name}[{where}] = {item!r} is not a whole number: {name} must be an array of "
            "integers (whole floats and missing values such as None, NaN and <NA> are "
            "taken too)"
        )
    return f"{name} must be an array of integers"
