"""Japanese: ``1672年6月9日[ユリウス暦5月30日]``: dates in numbers with the units 年 (year),
月 (month) and 日 (day), no space between the words of a sentence.

旧暦, "the old calendar", is Japan's own lunisolar calendar, not the Julian one: it is
no marker here.
"""

from __future__ import annotations

from julian_gregorian.languages._record import Language, row

JAPANESE = Language(
    code="ja",
    name="Japanese",
    # the months in numerals are read with the date's units; these are their names
    months=(row("一月 二月 三月 四月 五月 六月 七月 八月 九月 十月 十一月 十二月"),),
    date_units=("年", "月", "日"),
    old_markers=("ユリウス暦",),
    new_markers=("グレゴリオ暦",),
)
