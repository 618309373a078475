"""The quick builders of the result objects (``text/_finish/construct.py``) make objects
of the frozen classes themselves, equal in every way to what their constructors make."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

from julian_gregorian.text._finish import construct
from julian_gregorian.text.items import Item, Side, WrittenDate


def _built() -> Item:
    start = construct.written_date("julian", 1917, 10, 24, "text", None)
    end = construct.written_date("julian", 1917, 10, 25, "context", 1916)
    old = construct.side(start, end, 14, 27)
    new = construct.side(start, start, None, None)
    return construct.item(
        "pair", old, new, "bracketed", "24–25 October", (3, 40, 1, 4, 2, 5), "context", 44, None
    )


def _constructed() -> Item:
    start = WrittenDate("julian", 1917, 10, 24, "text", None)
    end = WrittenDate("julian", 1917, 10, 25, "context", 1916)
    return Item(
        "pair",
        Side(start, end, 14, 27),
        Side(start, start, None, None),
        "bracketed",
        "24–25 October",
        3,
        40,
        1,
        4,
        2,
        5,
        "context",
        44,
        None,
    )


def test_built_objects_equal_constructed_ones() -> None:
    built, constructed = _built(), _constructed()
    assert type(built) is Item
    assert type(built.old_style) is Side
    assert type(built.old_style.start) is WrittenDate
    assert built == constructed
    assert hash(built) == hash(constructed)
    assert repr(built) == repr(constructed)
    assert dataclasses.asdict(built) == dataclasses.asdict(constructed)
    assert dataclasses.replace(built, line=7) == dataclasses.replace(constructed, line=7)


def test_built_objects_copy_and_pickle() -> None:
    built = _built()
    assert copy.deepcopy(built) == built
    assert pickle.loads(pickle.dumps(built)) == built


def test_built_objects_stay_frozen() -> None:
    built = _built()
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.line = 2  # type: ignore[misc]
    assert built.old_style is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.old_style.start.day = 1  # type: ignore[misc]
