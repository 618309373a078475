"""julian_gregorian.strategies: what each strategy draws, and its registration with Hypothesis."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from helpers.examples import examples
from helpers.paths import REPO
from julian_gregorian import CalendarDate, GregorianDate, JulianDate, extract
from julian_gregorian._hypothesis_plugin import _hypothesis_setup_hook
from julian_gregorian.places._civil import civil_calendar
from julian_gregorian.places.dual_years import DualDate, dual_year_problem, parse_dual_date
from julian_gregorian.strategies import (
    SHAPES,
    PairText,
    civil_dates,
    dual_year_dates,
    gregorian_dates,
    julian_dates,
    pair_texts,
)


@given(julian_dates(GregorianDate(1582, 10, 15), datetime.date(1582, 12, 31)))
def test_julian_dates_keep_to_their_bounds_whatever_the_bounds_calendar(day: JulianDate) -> None:
    assert type(day) is JulianDate
    assert JulianDate(1582, 10, 5) <= day <= JulianDate(1582, 12, 21)


@given(gregorian_dates(max_value=JulianDate(-43, 3, 15)))
def test_gregorian_dates_keep_to_their_bounds(day: GregorianDate) -> None:
    assert type(day) is GregorianDate
    assert JulianDate(-9999, 1, 1) <= day <= GregorianDate(-43, 3, 13)


@given(st.data())
def test_bounds_are_checked(data: st.DataObject) -> None:
    with pytest.raises(ValueError, match="after max_value"):
        data.draw(julian_dates(JulianDate(1918, 1, 1), JulianDate(1917, 1, 1)))
    with pytest.raises(TypeError, match="min_value must be"):
        data.draw(julian_dates("1917-10-25"))  # type: ignore[arg-type]


@settings(max_examples=examples(300))
@given(civil_dates("GB", JulianDate(1752, 8, 20), JulianDate(1752, 9, 30)))
def test_civil_dates_are_dates_the_place_lived(day: object) -> None:
    gb = civil_calendar("GB")
    year, month, date = day.year, day.month, day.day  # type: ignore[attr-defined]
    assert gb.exists(year, month, date)
    assert not (year == 1752 and month == 9 and 3 <= date <= 13)


@given(dual_year_dates())
def test_dual_year_dates_are_days_a_dual_year_can_carry(dual: DualDate) -> None:
    assert dual.year.second == dual.year.first + 1
    assert dual_year_problem(dual.year.first, dual.year.second, dual.month, dual.day) is None
    assert dual.to_date().year == dual.year.second
    assert parse_dual_date(str(dual)) == dual


@given(pair_texts())
def test_consistent_pair_texts_are_read_as_written(pair: PairText) -> None:
    (item,) = extract(pair.text)
    assert item.kind == "pair"
    assert item.old_style is not None
    assert item.new_style is not None
    old, new = item.old_style.start, item.new_style.start
    assert (old.year, old.month, old.day) == (
        pair.old_style.year,
        pair.old_style.month,
        pair.old_style.day,
    )
    assert (new.year, new.month, new.day) == (
        pair.new_style.year,
        pair.new_style.month,
        pair.new_style.day,
    )
    assert pair.new_style == pair.old_style


@given(pair_texts(languages=["en"], shapes=["bracketed"], error=st.sampled_from([-2, 3])))
def test_pair_texts_with_an_error_carry_it_on_the_new_style_side(pair: PairText) -> None:
    assert pair.new_style - pair.old_style.to_gregorian() == pair.error
    assert pair.shape == "bracketed"
    assert pair.language == "en"


@given(st.data())
def test_pair_texts_refuse_languages_and_shapes_they_do_not_write(data: st.DataObject) -> None:
    with pytest.raises(ValueError, match="no pair shapes for language 'fr'"):
        data.draw(pair_texts(languages=["fr"]))
    with pytest.raises(ValueError, match="none of the shapes"):
        data.draw(pair_texts(languages=["ru"], shapes=["bracketed"]))
    assert set(SHAPES) == {"en", "ru", "uk", "pl", "de", "el"}


_hypothesis_setup_hook()


@given(
    st.from_type(JulianDate),
    st.from_type(GregorianDate),
    st.from_type(CalendarDate),
    st.from_type(DualDate),
)
def test_the_setup_hook_registers_the_date_types(
    julian_day: object, gregorian_day: object, any_day: object, dual: object
) -> None:
    assert type(julian_day) is JulianDate
    assert type(gregorian_day) is GregorianDate
    assert isinstance(any_day, CalendarDate)
    assert isinstance(dual, DualDate)


def _hypothesis_entry_points() -> dict[str, str]:
    pyproject = REPO / "pyproject.toml"
    with pyproject.open("rb") as file:
        project = tomllib.load(file)["project"]
    return dict(project["entry-points"]["hypothesis"])


def test_from_type_works_without_importing_the_strategies(tmp_path: Path) -> None:
    # The entry point as pyproject.toml declares it, in a distribution's metadata on the
    # path (an installed copy of the package may hold an older one).
    entry_points = _hypothesis_entry_points()
    assert list(entry_points.values()) == [
        "julian_gregorian._hypothesis_plugin:_hypothesis_setup_hook"
    ]
    metadata = tmp_path / "julian_gregorian_entry_point-0.dist-info"
    metadata.mkdir()
    (metadata / "METADATA").write_text("Metadata-Version: 2.1\nName: jg-entry-point\nVersion: 0\n")
    (metadata / "entry_points.txt").write_text(
        "[hypothesis]\n" + "".join(f"{name} = {value}\n" for name, value in entry_points.items())
    )
    code = (
        "import sys\n"
        "from hypothesis import given, strategies as st\n"
        "from julian_gregorian import JulianDate\n"
        "seen = []\n"
        "@given(st.from_type(JulianDate))\n"
        "def keep(day): seen.append(day)\n"
        "keep()\n"
        "assert seen and all(type(day) is JulianDate for day in seen)\n"
    )
    paths = [str(tmp_path), *sys.path]
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(paths)},
    )
    assert result.returncode == 0, result.stderr


def test_strategy_for_names_the_types_it_has_none_for() -> None:
    from julian_gregorian.strategies import strategy_for

    with pytest.raises(TypeError, match="no strategy here for str"):
        strategy_for(str)
