"""A text where the extractor finds nothing is checked at once when no rule may find
anything in it (most pages of a wiki), and by the rules that may when one does."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import replace

import pytest

from julian_gregorian import check
from julian_gregorian.checks.context import ArticleContext
from julian_gregorian.checks.findings import Finding
from julian_gregorian.checks.rules import claims


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
    # "day" without a claim: the rule runs and finds nothing
    assert check("On that day the tsar was crowned.") == []
    assert len(built) == 2


def test_a_rule_without_a_quick_test_always_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def run(context: ArticleContext) -> Iterator[Finding]:
        ran.append(context.text)
        return iter(())

    rule = replace(claims.OFFSET_CLAIM, may_find=None, run=run)
    assert rule.may_find_in("anything")
    checking = importlib.import_module("julian_gregorian.checks.check")
    monkeypatch.setattr(checking, "rules_without_items", lambda _: (rule,))
    assert check("No date here.") == []
    assert ran == ["No date here."]


def test_the_claim_rule_s_quick_test_is_its_first_step() -> None:
    assert claims.OFFSET_CLAIM.may_find is not None
    assert not claims.OFFSET_CLAIM.may_find_in("a week of feasts")
    assert claims.OFFSET_CLAIM.may_find_in("13 days")
    assert list(claims._claim_matches("a week of feasts")) == []
