"""The structured rules' codes taken out of a ``CheckConfig``, as ``check`` takes them out
of ``--select``, ``--extend-select`` and ``--ignore`` (``check_files_on_dask``); an
article file's findings as a dump page's."""

from __future__ import annotations

from pathlib import Path

from julian_gregorian._cli import file_jobs
from julian_gregorian.checks._file_findings import file_findings
from julian_gregorian.checks.config import CheckConfig
from julian_gregorian.checks.rules import select_rules
from julian_gregorian.dumps import Page, PageCheck


def rules_of_structured_files(config: CheckConfig) -> set[str]:
    return set(config.rules_for("gedcom") | config.rules_for("tei"))


def test_codes_and_names_of_structured_rules_choose_those_rules() -> None:
    config = CheckConfig(
        select=("JG1", "gedcom7-cannot-hold"),
        extend_select=("jg604", "JG501"),
        ignore=("JG601", "JG102"),
        fail_on="warning",
    )
    article = config.for_articles()
    assert (article.select, article.extend_select, article.ignore) == (
        ("JG101", "JG103", "JG104", "JG501"),
        (),
        (),
    )
    assert article.fail_on == "warning"
    assert config.rules_for("gedcom") == {"JG605", "JG604"}
    assert config.rules_for("tei") == {"JG701"}


def test_a_selection_of_gedcom_rules_alone_keeps_the_default_rules_of_other_inputs() -> None:
    config = CheckConfig(select=("JG604",))
    assert config.for_articles().select == tuple(rule.code for rule in select_rules())
    assert config.rules_for("gedcom") == {"JG604"}
    assert config.rules_for("tei") == {"JG701"}
    assert config.rules_for("article") >= {"JG101", "JG801", "JG802"}


def test_a_selection_of_article_rules_alone_keeps_the_default_structured_rules() -> None:
    config = CheckConfig(select=("JG1",))
    assert rules_of_structured_files(config) == {"JG601", "JG602", "JG603", "JG605", "JG701"}
    assert config.rules_for("article") == {"JG101", "JG102", "JG103", "JG104"}


def test_each_kind_of_input_is_chosen_by_the_selectors_naming_its_rules() -> None:
    # (a TEI rule selected leaves GEDCOM files their defaults; JG8xx runs on articles)
    config = CheckConfig(select=("JG101", "JG701"))
    assert config.rules_for("gedcom") == {"JG601", "JG602", "JG603", "JG605"}
    assert config.rules_for("tei") == {"JG701"}
    assert config.rules_for("article") == {"JG101"}
    wikidata = CheckConfig(select=("JG801",))
    assert wikidata.rules_for("article") == {"JG801"}
    assert wikidata.for_articles().select == ()
    assert CheckConfig(select=("JG101", "JG8")).rules_for("article") == {
        "JG101",
        "JG801",
        "JG802",
    }


def test_prefixes_and_all_choose_among_the_structured_rules_too() -> None:
    assert CheckConfig(select=("JG6",), ignore=("JG605",)).rules_for("gedcom") == {
        "JG601",
        "JG602",
        "JG603",
        "JG604",
    }
    assert rules_of_structured_files(CheckConfig(ignore=("ALL",))) == set()
    assert CheckConfig(ignore=("ALL",)).rules_for("article") == set()
    assert "JG604" in CheckConfig(select=("ALL",)).rules_for("gedcom")
    assert rules_of_structured_files(CheckConfig(extend_select=("JG",))) >= {"JG604", "JG701"}


def test_an_empty_selection_stays_empty_and_no_codes_change_nothing() -> None:
    assert CheckConfig(select=()).for_articles().select == ()
    assert rules_of_structured_files(CheckConfig(select=())) == set()
    config = CheckConfig(select=("JG1",), ignore=("JG102",))
    assert config.for_articles() == config


def test_a_file_read_as_wikitext_keeps_the_fixes_a_dump_page_of_it_keeps(tmp_path: Path) -> None:
    # The fixed text is read as the text was: outside wikitext "11/2 March" in the URL
    # is a pair, whose own fix would withdraw the first one (settled_fixes).
    text = (
        "He was buried on 2 January [O.S. 21 December] 1917. Source: http://example.org/11/2 March"
    )
    result, dates = file_findings("a.txt", text, CheckConfig(), True, None)
    fixes = [finding.fix for finding in result.findings]
    assert dates == 1
    assert [fix.replacement if fix else None for fix in fixes] == ["3 January"]
    page = PageCheck()("dump.xml", Page("Stub", 1, 1, 0, text))
    assert [record["fix"]["replacement"] for record in page.findings] == ["3 January"]
    large = tmp_path / "a.txt"  # (a file read in chunks, each checked as wikitext)
    large.write_text(text, encoding="utf-8")
    reports = file_jobs.check_large("a.txt", large, CheckConfig(), True)
    assert [f.fix.replacement if f.fix else None for r in reports for f in r.findings] == [
        "3 January"
    ]
