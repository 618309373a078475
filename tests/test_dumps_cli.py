"""``check`` and ``extract`` on MediaWiki dumps: output per page, --jobs, --resume, --dask."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from helpers.dumps import RIGHT, SAMPLE, WRONG, build, dated_page, extras, wiki_pages
from helpers.dumps import run_command as run
from helpers.paths import DATA, REPO


@pytest.fixture(scope="module")
def wiki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A multistream dump with its index: real articles and dated ones."""
    folder = tmp_path_factory.mktemp("wiki")
    pages = [*wiki_pages(sample=4, dated=60), *extras()]
    return build(folder, pages, "bz2", pages_per_stream=4, name="wiki-multistream")


def test_text_output_names_the_dump_and_the_page(wiki: Path) -> None:
    result = run(wiki.name, "--jobs", "1", cwd=wiki.parent)
    assert result.returncode == 1
    lines = result.stdout.decode().splitlines()
    assert lines[0].startswith("wiki-multistream.xml.bz2:Person 0:2:18: JG101 O.S. 21 December")
    texts = [dated_page(number).text for number in range(60)]  # the real pages have no dates
    wrong = sum(text.count(WRONG) for text in texts)
    dates = wrong + sum(text.count(RIGHT) for text in texts)
    with_dates = sum(1 for text in texts if WRONG in text or RIGHT in text)
    assert lines[-1] == (
        f"Read 64 pages: {with_dates} with dates, {dates} dates checked. "
        f"Found {wrong} problems ({wrong} errors): JG101 {wrong}."
    )
    assert len(lines) == wrong + 1
    assert "Wikipedia:About" not in result.stdout.decode()  # namespace 4
    assert not result.stderr


def test_json_formats_carry_title_page_id_and_revision_id(wiki: Path) -> None:
    lines = run(str(wiki), "--format", "jsonl", cwd=wiki.parent).stdout.decode().splitlines()
    first = json.loads(lines[0])
    assert list(first)[:6] == ["format_version", "path", "title", "page_id", "revision_id", "line"]
    assert (first["title"], first["page_id"], first["revision_id"]) == ("Person 0", 5000, 90000)
    records = json.loads(run(str(wiki), "--format", "json", cwd=wiki.parent).stdout)
    assert records == [json.loads(line) for line in lines]
    sarif = json.loads(run(str(wiki), "--format", "sarif", cwd=wiki.parent).stdout)
    result = sarif["runs"][0]["results"][0]
    assert result["properties"] == {"title": "Person 0", "page_id": 5000, "revision_id": 90000}
    location = result["locations"][0]
    assert location["logicalLocations"] == [{"name": "Person 0", "kind": "page"}]
    assert location["physicalLocation"]["region"]["startLine"] == first["line"]
    assert len(sarif["runs"][0]["results"]) == len(lines)


def test_github_annotations_name_the_page(wiki: Path) -> None:
    result = run(wiki.name, "--format", "github", "-q", cwd=wiki.parent)
    notice, first = result.stdout.decode().splitlines()[:2]
    assert notice.startswith("::notice title=julian-gregorian::44 findings (44 error, ")
    assert first.startswith("::error file=wiki-multistream.xml.bz2,line=2,col=18,")
    assert "::Person 0: JG101 " in first
    assert not result.stderr


@pytest.mark.parametrize("form", ["text", "jsonl", "sarif"])
def test_two_jobs_write_the_bytes_of_one(wiki: Path, form: str) -> None:
    one = run(wiki.name, "--format", form, "--jobs", "1", cwd=wiki.parent)
    two = run(wiki.name, "--format", form, "--jobs", "2", cwd=wiki.parent)
    assert one.stdout == two.stdout
    assert one.returncode == two.returncode == 1


def test_two_jobs_on_a_single_stream_dump_and_on_a_folder(tmp_path: Path) -> None:
    dump = build(tmp_path, list(wiki_pages(sample=2, dated=30)))
    one = run(dump.name, "--jobs", "1", cwd=tmp_path)
    assert one.stdout == run(dump.name, "--jobs", "2", cwd=tmp_path).stdout
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(12):
        (folder / f"a{number:02}.wiki").write_text(dated_page(number).text, encoding="utf-8")
    serial = run("articles", "--jobs", "1", cwd=tmp_path)
    assert serial.returncode == 1
    assert serial.stdout.decode().startswith("articles/a00.wiki:2:18: JG101 ")
    assert serial.stdout == run("articles", "--jobs", "2", cwd=tmp_path).stdout


@pytest.mark.parametrize("cut", [0.0, 0.3, 0.5, 0.99])
def test_resume_continues_a_truncated_output_without_loss_or_repeat(
    wiki: Path, tmp_path: Path, cut: float
) -> None:
    full = run(str(wiki), "--format", "jsonl", "-q", cwd=tmp_path).stdout
    output = tmp_path / "findings.jsonl"
    output.write_bytes(full[: int(len(full) * cut)])  # cut in the middle of a line
    resumed = run(str(wiki), "--resume", str(output), "--jobs", "2", cwd=tmp_path)
    assert resumed.returncode == 1
    assert output.read_bytes() == full


def test_resume_refuses_an_output_of_something_else(wiki: Path, tmp_path: Path) -> None:
    output = tmp_path / "other.jsonl"
    output.write_text('{"line": 1}\n')
    result = run(str(wiki), "--resume", str(output), cwd=tmp_path)
    assert result.returncode == 2
    assert "other.jsonl:1: not a finding of check --format jsonl" in result.stderr.decode()
    output.write_text('{"path": "elsewhere.xml.bz2", "page_id": 1}\n')
    result = run(str(wiki), "--resume", str(output), cwd=tmp_path)
    assert result.returncode == 2
    assert "its findings are on elsewhere.xml.bz2, not named here" in result.stderr.decode()
    assert output.read_text() == '{"path": "elsewhere.xml.bz2", "page_id": 1}\n'


def test_namespaces_are_chosen_on_the_command_line(wiki: Path) -> None:
    only = run(wiki.name, "--namespace", "4", cwd=wiki.parent).stdout.decode()
    assert only.startswith("wiki-multistream.xml.bz2:Wikipedia:About:1:18: JG101 ")
    assert "Read 1 page: 1 with dates, 1 date checked." in only
    both = run(wiki.name, "--namespace", "all", "-q", cwd=wiki.parent).stdout.decode()
    assert "Wikipedia:About:1:18" in both
    assert "Person 0:2:18" in both
    bad = run(wiki.name, "--namespace", "talk", cwd=wiki.parent)
    assert bad.returncode == 2
    assert "'talk' is not a namespace number or 'all'" in bad.stderr.decode()


def test_the_summary_goes_to_standard_error_beside_machine_formats(wiki: Path) -> None:
    result = run(wiki.name, "--format", "json", cwd=wiki.parent)
    assert result.stderr.decode().startswith("Read 64 pages: ")
    assert not run(wiki.name, "--format", "json", "-q", cwd=wiki.parent).stderr


def test_the_real_sample_is_clean(tmp_path: Path) -> None:
    result = run(str(SAMPLE), cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode() == (
        "Read 106 pages: 1 with dates, 1 date checked. No problems found.\n"
    )


def test_extract_lists_the_items_of_every_page(tmp_path: Path) -> None:
    text = run(str(SAMPLE), "--jobs", "2", cwd=tmp_path, command="extract").stdout.decode()
    assert text == (
        f"{SAMPLE}:Ayn Rand:29:202: {{{{OldStyleDate|February 2|1905|January 20}}}} → "
        "pair (template_OldStyleDate): O.S. 1905-01-20 = N.S. 1905-02-02\n"
    )
    jsonl = run(str(SAMPLE), "--format", "jsonl", cwd=tmp_path, command="extract").stdout
    record = json.loads(jsonl)
    assert (record["title"], record["page_id"], record["revision_id"]) == (
        "Ayn Rand",
        339,
        715955336,
    )
    assert (record["line"], record["column"], record["offset"]) == (29, 202, 1511)


def test_dumps_are_found_by_content_whatever_their_name(wiki: Path, tmp_path: Path) -> None:
    disguised = tmp_path / "wiki.txt"
    shutil.copy(wiki, disguised)
    result = run("wiki.txt", "-q", cwd=tmp_path)
    assert result.stdout.decode().startswith("wiki.txt:Person 0:2:18: JG101 ")


def test_what_dumps_cannot_do_is_a_usage_error(wiki: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Nothing dated.")
    cases = {
        (str(wiki), "--fix"): "--fix and --diff write files checked in this process",
        ("a.txt", "--diff", "--dask", "local"): "--fix and --diff write files checked in",
        (str(wiki), "--resume", "o.jsonl", "--dask", "local"): "not with --dask or --output-file",
        (str(wiki), "--resume", "o.jsonl", "-o", "x.txt"): "not with --dask or --output-file",
        (str(wiki), "--jobs", "0"): "'0' is not a positive number",
        (str(wiki), "--format", "html", "--output-dir", "out"): "--format html is for files",
    }
    for args, message in cases.items():
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2, args
        assert message in result.stderr.decode(), args
        assert b"Traceback" not in result.stderr


def test_dask_on_a_local_cluster_writes_the_bytes_of_a_serial_run(wiki: Path) -> None:
    pytest.importorskip("distributed")
    serial = run(wiki.name, "--format", "jsonl", "--jobs", "1", cwd=wiki.parent)
    dask = run(wiki.name, "--format", "jsonl", "--dask", "local", "-j", "2", cwd=wiki.parent)
    assert dask.returncode == serial.returncode == 1
    assert dask.stdout == serial.stdout


def test_the_progress_bar_shows_only_on_a_terminal_and_not_with_q(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("tqdm")
    from julian_gregorian._cli.progress import progress_bar, wanted

    assert not wanted(quiet=False)  # standard error is captured: no terminal
    with progress_bar("wiki.xml.bz2", 1000, show=False) as advance:
        assert advance is None
    with progress_bar("wiki.xml.bz2", 1000, show=True) as advance:
        assert advance is not None
        advance(3, 400)
        advance(2, 600)
    shown = capsys.readouterr().err
    assert "wiki.xml.bz2" in shown
    assert "5 pages" in shown


def test_dump_records_follow_the_published_schemas(wiki: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schemas = REPO / "docs" / "schemas"
    for command, schema in (("check", "check-finding"), ("extract", "extract-item")):
        # One validator per schema (jsonschema.validate checks the schema again per call)
        validator = _validator(jsonschema, schemas / f"{schema}.schema.json")
        output = run(wiki.name, "--format", "jsonl", cwd=wiki.parent, command=command).stdout
        records = [json.loads(line) for line in output.decode().splitlines()]
        assert records
        for record in records:
            validator.validate(record)
            assert record["page_id"] >= 5000
    sarif = json.loads(run(wiki.name, "--format", "sarif", cwd=wiki.parent).stdout)
    _validator(jsonschema, DATA / "sarif-schema-2.1.0.json").validate(sarif)


def _validator(jsonschema: Any, path: Path) -> Any:
    """A validator of the schema in *path*, the schema itself checked first."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    kind = jsonschema.validators.validator_for(schema)
    kind.check_schema(schema)
    return kind(schema)


def test_a_dump_says_which_settings_file_applied_and_warns_when_no_rule_is_left(
    wiki: Path, tmp_path: Path
) -> None:
    settings = tmp_path / "pyproject.toml"
    settings.write_text('[tool.julian-gregorian]\nignore = ["ALL"]\n', encoding="utf-8")
    # the small dump, not the real sample: what is said does not depend on the pages
    shutil.copy(wiki, tmp_path / wiki.name)
    result = run(wiki.name, "--verbose", "--jobs", "1", cwd=tmp_path)
    assert result.stderr.decode().splitlines() == [
        f"julian-gregorian check: info: {wiki.name}: settings file: {settings}",
        "julian-gregorian check: warning: no rule is selected for articles (settings file: "
        f"{settings}, "
        "and the command line), so nothing is checked in them",
    ]
    assert result.returncode == 0
    assert "Found" not in result.stdout.decode()
    sarif = json.loads(run(wiki.name, "--format", "sarif", cwd=tmp_path).stdout)
    invocation = sarif["runs"][0]["invocations"][0]
    assert invocation["properties"] == {"settingsFiles": [str(settings)]}
