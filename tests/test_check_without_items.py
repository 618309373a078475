"""A text where the extractor finds nothing is checked at once when no rule may find
anything in it (most pages of a wiki), and by the rules that may when one does."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from julian_gregorian import check, extract
from julian_gregorian.checks._page_check import findings_and_items
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules import claims
from julian_gregorian.checks.rules.base import Rule
from julian_gregorian.dumps import read_pages


def _counting_context(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts an ``ArticleContext`` is built for from now on."""
    built: list[str] = []
    original = ArticleContext.__init__

    def counted(self: ArticleContext, text: str, *args: object, **kwargs: object) -> None:
        built.append(text)
        original(self, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ArticleContext, "__init__", counted)
    return built


def test_a_text_no_rule_may_find_anything_in_builds_no_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = _counting_context(monkeypatch)
    assert check("#REDIRECT [[Peter the Great]]") == []
    assert check("The tsar was crowned in Moscow; the feast lasted a week.") == []
    assert built == []


def test_a_text_a_rule_may_find_something_in_is_checked_by_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = _counting_context(monkeypatch)
    claim = "In 1917 the Julian calendar was 12 days behind the Gregorian calendar."
    assert [finding.code for finding in check(claim)] == ["JG403"]
    # a number of days without a claim: the rule runs and finds nothing
    assert check("The feast lasted 3 days.") == []
    assert len(built) == 2


def test_a_rule_without_a_quick_test_always_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def run(context: ArticleContext) -> Iterator[Finding]:
        ran.append(context.text)
        return iter(())

    rule = replace(claims.OFFSET_CLAIM, words=None, run=run)
    assert rule.may_find_in("anything")
    checking = importlib.import_module("julian_gregorian.checks.check")
    monkeypatch.setattr(checking, "rules_without_items", lambda _: (rule,))
    assert check("No date here.") == []
    assert ran == ["No date here."]


def test_the_claim_rule_s_quick_test_passes_over_what_it_finds_nothing_in() -> None:
    rule = claims.OFFSET_CLAIM
    for text in ("a week of feasts", "On that day", "tEn days", "13  days", "13.day", "13&day"):
        assert not rule.may_find_in(text), text
        assert list(claims._claim_matches(text)) == [], text
    for text in (
        *("13 days", "13-day", "13\u00a0days", "ten days", "eleven days", "19 day"),
        *("Ten days", "TWELVE days", "13&nbsp;days", "13{{nbsp}}days", "13\u202fdays"),
    ):
        assert rule.may_find_in(text), text


@pytest.mark.parametrize(
    "claim",
    [
        "In 1917 the Julian calendar was 12 days behind the Gregorian calendar.",
        "In 1917 the Julian calendar was 12\u00a0days behind the Gregorian calendar.",
        "In 1850 the Julian calendar was thirteen days behind the Gregorian.",
        "In 1650 the Julian calendar was eleven days behind the Gregorian.",
        "In 1752 Britain adopted the Gregorian calendar, omitting twelve days.",
        "In 1890 there was a 13-day gap between the Julian and Gregorian calendars.",
        "In 1650 the calendars had a difference of fourteen days, Julian behind.",
        "In 1650 the Julian dates were advanced by nine days.",
        # a number word as a sentence begins, or in capitals
        "Ten days were omitted in 1752, when Britain adopted the Gregorian calendar.",
        "In 1917 the Julian calendar was TWELVE days behind the Gregorian calendar.",
        "In 1650 the Julian calendar was NINE days behind the Gregorian calendar.",
        "In 1650 the Julian calendar was ELEVEN days behind the Gregorian calendar.",
        "In 1850 the Julian calendar was THIRTEEN days behind the Gregorian calendar.",
        "In 1650 the Julian calendar was FOURTEEN days behind the Gregorian calendar.",
        "In 1917 the Julian calendar was TEN-day behind the Gregorian calendar.",
        # wikitext's no-break spaces and the narrow one, in every form of claim
        "In 1917 the Julian calendar was 12&nbsp;days behind the Gregorian calendar.",
        "In 1917 the Julian calendar was 12{{nbsp}}days behind the Gregorian calendar.",
        "In 1917 the Julian calendar was 12\u202fdays behind the Gregorian calendar.",
        "In 1752 Britain adopted the Gregorian calendar, omitting Twelve&nbsp;days.",
        "In 1650 the Julian dates were advanced by 9{{nbsp}}days.",
        "In 1650 the calendars had a difference of FOURTEEN\u202fdays, Julian behind.",
    ],
)
def test_every_claim_the_rule_finds_holds_one_of_its_words(claim: str) -> None:
    assert [finding.code for finding in check(claim)] == ["JG403"]
    assert claims.OFFSET_CLAIM.may_find_in(claim)
    assert any(word in claim for word in claims.OFFSET_CLAIM.words)


def test_a_rule_s_words_are_searched_for_as_written() -> None:
    rule = replace(claims.OFFSET_CLAIM, words=("day", "Tag"))
    assert rule.may_find_in("ein Tag")
    assert rule.may_find_in("a day")
    assert not rule.may_find_in("a Day, a tag")
    assert not replace(rule, words=()).may_find_in("a day")


@pytest.mark.parametrize(
    "words",
    [("3 day", "3-day", "ten day"), ("day", "Tag"), ("xday", "dayx", "aday", "dayday")],
)
def test_many_words_are_found_wherever_one_of_them_is(words: tuple[str, ...]) -> None:
    rule = replace(claims.OFFSET_CLAIM, words=words)
    texts = ["", "day", "ten days", "3 -day", "dayda", "x3-day", "a Tag", "xdayday", "daydayx"]
    for text in texts:
        assert rule.may_find_in(text) is any(word in text for word in words), (words, text)


@pytest.mark.parametrize(
    ("words", "error"),
    [
        (("",), ValueError),
        (("day", ""), ValueError),
        (("\ud800day",), ValueError),
        (("ſtyle",), ValueError),
        ("day", TypeError),
        (["day"], TypeError),
    ],
)
def test_a_rule_s_words_the_screen_cannot_look_for_are_refused_when_it_is_made(
    words: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match="JG403"):
        replace(claims.OFFSET_CLAIM, words=words)


_PADDING = " The tsar was crowned in Moscow; the feast lasted a week." * 8


def _built_at_once(monkeypatch: pytest.MonkeyPatch, threshold: str) -> None:
    """Hyperscan's scanner built from the first text on, and what *threshold* (the
    characters read before it is built) sets."""
    pytest.importorskip("hyperscan")
    hyperscan_candidates = importlib.import_module(
        "julian_gregorian.text._locate.hyperscan_candidates"
    )
    monkeypatch.setattr(hyperscan_candidates, "WORTH_BUILDING", 0)
    monkeypatch.setattr(hyperscan_candidates, threshold, 0)


@pytest.fixture
def screened(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scanner and the screen of short texts built from the first text on."""
    _built_at_once(monkeypatch, "SCREEN_WORTH_BUILDING")
    check("warm-up" + _PADDING)  # (builds the scanner; the next text, the screen)


def _texts_passed(
    monkeypatch: pytest.MonkeyPatch, owner: object, name: str, at: int = 0
) -> list[str]:
    """The texts *owner*'s function *name* is called with from now on (its argument
    *at*)."""
    passed: list[str] = []
    original = getattr(owner, name)

    def recorded(*arguments: Any) -> Any:
        passed.append(arguments[at])
        return original(*arguments)

    monkeypatch.setattr(owner, name, recorded)
    return passed


def _asking_the_rules(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts a rule's words are searched for in from now on (by ``may_find_in``)."""
    return _texts_passed(monkeypatch, Rule, "may_find_in", at=1)


@pytest.mark.usefixtures("screened")
def test_the_screen_answers_for_the_rule_s_words_in_a_text_without_anchors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check("a second warm-up" + _PADDING)
    built = _counting_context(monkeypatch)
    asked = _asking_the_rules(monkeypatch)
    assert check("Nothing to find." + _PADDING) == []
    assert asked == built == []  # (passed over: no anchor, no "day")
    claim = "In 1850 the calendars were 13 days apart." + _PADDING
    assert [finding.code for finding in check(claim)] == ["JG403"]
    assert [finding.code for finding in check(claim, ignore=["JG403"])] == []
    assert built == [claim]


@pytest.mark.usefixtures("screened")
def test_with_the_screen_every_text_is_checked_as_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = [
        "Nothing to find." + _PADDING,
        "In 1850 the calendars were 13 days apart." + _PADDING,
        "On that day the tsar was crowned." + _PADDING,
        "He was buried on 2 January [O.S. 21 December] 1917, a day of frost." + _PADDING,
        "<!-- julian-gregorian: ignore -->" + _PADDING,
        "a day" + _PADDING + "\ud800",  # (not UTF-8: left to the passes)
        "In 1850 the calendars were 13 days apart.",  # (too short to be screened)
    ]
    selections: list[dict[str, list[str]]] = [
        {},
        {"select": ["JG1"]},
        {"extend_select": ["JG502"]},
        {"ignore": ["JG403"]},
    ]
    screened = [[check(text, **chosen) for chosen in selections] for text in texts]
    monkeypatch.setenv("JULIAN_GREGORIAN_NO_HYPERSCAN", "1")
    assert screened == [[check(text, **chosen) for chosen in selections] for text in texts]
    assert any(screened)


@pytest.mark.usefixtures("screened")
def test_findings_and_items_are_check_s_and_extract_s_on_every_page() -> None:
    # (what a dump reader reports of a page: one extraction, the screen's words used)
    sample = importlib.import_module("test_anchors_hyperscan").SAMPLE
    pages = [page.text for page in read_pages(sample)]
    assert len(pages) > 100
    for text in pages:
        for config in (
            CheckConfig(),
            CheckConfig(extend_select=("JG502",), fix_side="old"),
            CheckConfig(select=("JG403",)),
            CheckConfig(ignore=("JG403",)),
        ):
            checked = check(
                text,
                wikitext=True,
                select=config.select,
                extend_select=config.extend_select,
                ignore=config.ignore,
                fix_side=config.fix_side,
            )
            assert findings_and_items(text, config, wikitext=True) == (
                checked,
                extract(text, wikitext=True),
            )


_LONG_PADDING = "\nThe tsar was crowned in Moscow that day; the feast lasted a week." * 400


@pytest.fixture
def scanned_forward(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long texts read by Hyperscan's forward scan from the first one on."""
    _built_at_once(monkeypatch, "WORTH_SCANNING_FORWARD")


def _claim_passes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts JG403 looks for claims in from now on."""
    return _texts_passed(monkeypatch, claims, "_claim_matches")


@pytest.mark.usefixtures("scanned_forward")
def test_a_long_page_with_dates_and_none_of_the_claim_words_is_spared_the_claim_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = "He was buried on 2 January [O.S. 21 December] 1917." + _LONG_PADDING
    findings_and_items(page, CheckConfig(), wikitext=True)  # (builds the scanner)
    passes = _claim_passes(monkeypatch)
    findings, items = findings_and_items(page, CheckConfig(), wikitext=True)
    assert [finding.code for finding in findings] == ["JG101"]
    assert len(items) == 1
    assert passes == []
    monkeypatch.setenv("JULIAN_GREGORIAN_NO_HYPERSCAN", "1")
    assert findings_and_items(page, CheckConfig(), wikitext=True) == (findings, items)
    # (without the scan, the rule looks for itself, in the page and in its fixed text)
    assert passes[0] == page


@pytest.mark.usefixtures("scanned_forward")
def test_check_spares_a_long_page_without_claim_words_the_claim_rule_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # (check's own way in, which extracts the items itself, as findings_and_items does)
    page = "He was buried on 2 January [O.S. 21 December] 1917." + _LONG_PADDING
    check(page, wikitext=True)  # (builds the scanner)
    passes = _claim_passes(monkeypatch)
    assert [finding.code for finding in check(page, wikitext=True)] == ["JG101"]
    assert passes == []
    claimed = page + "\nThe calendars were then 13 days apart, in 1917."
    check(claimed, wikitext=True)
    assert passes[0] == claimed


@pytest.mark.usefixtures("scanned_forward")
def test_a_claim_in_a_long_page_with_dates_is_still_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claim = "In 1917 the Julian calendar was 12 days behind the Gregorian calendar."
    for page in (
        "He was buried on 2 January [O.S. 21 December] 1917. " + claim + _LONG_PADDING,
        _LONG_PADDING + claim,
    ):
        findings_and_items(page, CheckConfig(), wikitext=True)  # (builds the scanner)
        passes = _claim_passes(monkeypatch)
        findings, _ = findings_and_items(page, CheckConfig(), wikitext=True)
        assert "JG403" in [finding.code for finding in findings]
        assert passes[0] == page
        with monkeypatch.context() as unscanned:
            unscanned.setenv("JULIAN_GREGORIAN_NO_HYPERSCAN", "1")
            assert findings_and_items(page, CheckConfig(), wikitext=True)[0] == findings


#: A claim in each of the forms JG403 reads since it knows capitals and wikitext's
#: no-break spaces, each with its message.
_NEW_FORMS = [
    (
        "Ten days were omitted in 1752, when Britain adopted the Gregorian calendar.",
        '"Ten days were omitted": the calendars were 11 days apart in 1752, not 10',
    ),
    (
        "In 1917 the Julian calendar was TWELVE days behind the Gregorian calendar.",
        '"TWELVE days behind": the calendars were 13 days apart in 1917, not 12',
    ),
    (
        "In 1917 the Julian calendar was 12&nbsp;days behind the Gregorian calendar.",
        '"12&nbsp;days behind": the calendars were 13 days apart in 1917, not 12',
    ),
    (
        "In 1917 the Julian calendar was 12{{nbsp}}days behind the Gregorian calendar.",
        '"12{{nbsp}}days behind": the calendars were 13 days apart in 1917, not 12',
    ),
    (
        "In 1917 the Julian calendar was 12\u202fdays behind the Gregorian calendar.",
        '"12\u202fdays behind": the calendars were 13 days apart in 1917, not 12',
    ),
]


@pytest.mark.usefixtures("scanned_forward")
@pytest.mark.parametrize(("claim", "message"), _NEW_FORMS)
@pytest.mark.parametrize("at", ["start", "end"])
def test_a_claim_of_a_new_form_in_a_long_page_is_found_with_and_without_hyperscan(
    monkeypatch: pytest.MonkeyPatch, claim: str, message: str, at: str
) -> None:
    dated = "He was buried on 2 January [O.S. 21 December] 1917. "
    page = dated + claim + _LONG_PADDING if at == "start" else _LONG_PADDING + "\n" + claim
    assert len(page) > 16_384
    findings_and_items(page, CheckConfig(), wikitext=True)  # (builds the scanner)
    passes = _claim_passes(monkeypatch)
    findings, _ = findings_and_items(page, CheckConfig(), wikitext=True)
    assert [f.message for f in findings if f.code == "JG403"] == [message]
    assert passes[0] == page  # (the forward scan found one of the rule's words)
    with monkeypatch.context() as unscanned:
        unscanned.setenv("JULIAN_GREGORIAN_NO_HYPERSCAN", "1")
        assert findings_and_items(page, CheckConfig(), wikitext=True)[0] == findings
        assert [f.message for f in check(page) if f.code == "JG403"] == [message]
