"""`check --format html --output-dir DIR`: the static report, as files and in Chromium."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers.paths import REPO
from julian_gregorian._cli.main import main
from julian_gregorian.checks import check_text
from julian_gregorian.reports import CheckedFile, write_html_report

RASPUTIN = "Rasputin was buried on 2 January [O.S. 21 December] 1917.\n"
MESSAGE = "O.S. 21 December 1916 is N.S. 3 January 1917"


@pytest.fixture
def report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The report of the bundled article and of the README's Rasputin example."""
    (tmp_path / "examples").mkdir()
    shutil.copy(REPO / "examples" / "october_revolution.txt", tmp_path / "examples")
    (tmp_path / "rasputin.txt").write_text(RASPUTIN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    paths = ["examples/october_revolution.txt", "rasputin.txt"]
    status = main(["check", "--format", "html", "--output-dir", "report", *paths])
    assert status == 1  # the Rasputin example has an error
    return tmp_path / "report"


def test_the_report_is_an_index_and_one_page_per_file(report: Path) -> None:
    pages = sorted(path.name for path in report.iterdir())
    assert len(pages) == 3
    assert "index.html" in pages
    index = (report / "index.html").read_text(encoding="utf-8")
    for page in pages:
        if page != "index.html":
            assert f'href="{page}"' in index


def test_the_report_fetches_nothing(report: Path) -> None:
    for page in report.iterdir():
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<(?:link|img|iframe)\b|<script\s[^>]*src|url\(|@import", html)
        assert "http://" not in html
        assert "https://" not in html


def test_the_same_input_gives_the_same_report(report: Path, tmp_path: Path) -> None:
    before = {page.name: page.read_bytes() for page in report.iterdir()}
    main(["check", "--format", "html", "--output-dir", "report", "examples", "rasputin.txt"])
    assert {page.name: page.read_bytes() for page in report.iterdir()} == before


def test_every_state_is_highlighted(tmp_path: Path) -> None:
    text = (
        "He was born on 6 November [O.S. 24 October] 1917.\n"
        f"{RASPUTIN}"
        'Pares wrote: "buried on 2 January [O.S. 21 December] 1917".\n'
        "Buried on 2 January [O.S. 21 December] 1917. <!-- julian-gregorian: ignore -->\n"
        "Columbus landed on 12 October [21 October N.S.] 1492.\n"
    )
    file = CheckedFile("states.txt", text, check_text(text))
    write_html_report([file], tmp_path)
    html = (tmp_path / file.page).read_text(encoding="utf-8")
    states = re.findall(r'<tr id="L(\d)">.*?<span class="date (\w+)"', html)
    assert states == [
        ("1", "consistent"),
        ("2", "error"),
        ("3", "warning"),
        ("4", "suppressed"),
        ("5", "info"),
    ]
    assert html.count('<div class="note') == 4
    assert "inside a quotation: not changed" in html
    assert "fix: &#x27;2 January&#x27; \u2192 &#x27;3 January&#x27;" in html


@pytest.mark.parametrize("line_end", ["\n", "\r\n", "\r"])
def test_each_line_is_a_row_whatever_ends_it(tmp_path: Path, line_end: str) -> None:
    text = f"Line one.\n{RASPUTIN}".replace("\n", line_end)
    file = CheckedFile("lines.txt", text, check_text(text))
    write_html_report([file], tmp_path)
    html = (tmp_path / file.page).read_text(encoding="utf-8")
    assert re.findall(r'<tr id="L(\d)">.*?<span class="date (\w+)"', html) == [("2", "error")]
    assert "\r" not in html
    assert html.count('<div class="note') == 1


def test_format_html_needs_an_output_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(RASPUTIN, encoding="utf-8")
    assert main(["check", "--format", "html", "a.txt"]) == 2
    assert main(["check", "--output-dir", "x", "a.txt"]) == 2
    assert "--format html and --output-dir DIR go together" in capsys.readouterr().err


# -- in a real browser -------------------------------------------------------------------

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,900",
)


@pytest.fixture
def browser() -> Iterator[Any]:
    """Headless Chromium through Selenium; skipped without it, except in CI."""
    chromium = shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if chromium is None or driver_path is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser test: chromium and chromium-driver are missing")
        pytest.skip("chromium and chromium-driver are not installed")
    # selenium is in the dev extra: without it the test fails rather than skips.
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    with tempfile.TemporaryDirectory() as profile:
        for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
        driver.set_page_load_timeout(60)
        try:
            yield driver
        finally:
            driver.quit()


def test_the_report_in_chromium(report: Path, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get((report / "index.html").as_uri())
    assert browser.title == "julian-gregorian check"
    rows = browser.find_elements(By.CSS_SELECTOR, "#files tbody tr")
    names = [row.find_element(By.TAG_NAME, "a").text for row in rows]
    assert names == ["examples/october_revolution.txt", "rasputin.txt"]

    # Sorting: a second click on "Errors" puts the most errors first.
    headers = browser.find_elements(By.CSS_SELECTOR, "#files thead th")
    errors = next(th for th in headers if th.text.startswith("Errors"))
    errors.click()
    errors.click()
    assert errors.get_attribute("aria-sort") == "descending"
    first = browser.find_element(By.CSS_SELECTOR, "#files tbody tr a")
    assert first.text == "rasputin.txt"

    # The Rasputin page: the pair is an error, with its message and fix.
    first.click()
    assert browser.title == "rasputin.txt: julian-gregorian check"
    marked = browser.find_elements(By.CSS_SELECTOR, "td.text span.date.error")
    assert "".join(span.text for span in marked) == "2 January [O.S. 21 December] 1917"
    assert MESSAGE in (marked[0].get_attribute("title") or "")
    note = browser.find_element(By.CSS_SELECTOR, ".note.error")
    assert MESSAGE in note.find_element(By.CLASS_NAME, "message").text
    assert note.find_element(By.CLASS_NAME, "fix").text == "fix: '2 January' \u2192 '3 January'"

    # Back to the index, then the bundled article: every date consistent.
    browser.find_element(By.ID, "index").click()
    link = browser.find_element(By.LINK_TEXT, "examples/october_revolution.txt")
    link.click()
    assert browser.title.startswith("examples/october_revolution.txt")
    consistent = browser.find_elements(By.CSS_SELECTOR, "td.text span.date.consistent")
    dates = {span.get_attribute("title") for span in consistent}
    assert len(dates) == 13
    assert "6 November [O.S. 24 October] 1917: consistent" in dates
    assert browser.find_elements(By.CSS_SELECTOR, "td.text span.date.error, .note") == []
    summary = browser.find_element(By.CSS_SELECTOR, "h1 + p").text
    assert summary == "13 dates; no finding."


def test_a_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    file = CheckedFile(name, RASPUTIN, check_text(RASPUTIN))
    write_html_report([file], tmp_path)
    assert file.shown_name == "caf\\xe9.txt"
    assert "<h1>caf\\xe9.txt</h1>" in (tmp_path / file.page).read_text(encoding="utf-8")
    assert ">caf\\xe9.txt</a>" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_an_input_that_cannot_be_read_is_listed_with_its_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    (tmp_path / "a.txt").write_text(RASPUTIN, encoding="utf-8")
    assert main(["check", "--format", "html", "--output-dir", "r", "binary.txt", "a.txt"]) == 2
    index = (tmp_path / "r" / "index.html").read_text(encoding="utf-8")
    assert ">binary.txt</a>" in index
    assert ">JG900</th>" in index
    page = next(p for p in (tmp_path / "r").iterdir() if p.name.startswith("binary_txt"))
    assert '<span class="code">JG900</span>' in page.read_text(encoding="utf-8")
