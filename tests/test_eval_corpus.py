"""The multilingual corpus scorer (``benchmarks/eval_corpus.py``) counts each statement once."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from helpers.paths import REPO

SCRIPT = REPO / "benchmarks" / "eval_corpus.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_corpus", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_a_pair_stated_twice_in_one_passage_needs_two_items(tmp_path: Path) -> None:
    # benchmarks/corpus be-003 (Belarusian Wikipedia, 'Францішак Багушэвіч'): the
    # infobox and the lead state the same birth date.
    text = (
        "Нарадзіўся | 9 (21) сакавіка 1840 |\n"
        "Франці́шак Бэнэды́кт Багушэ́віч (21 сакавіка [ст. ст. 9 сакавіка] 1840)"
    )
    pair = {"julian": "1840-03-09", "gregorian": "1840-03-21", "consistent": True}
    entry = {
        "id": "be-001",
        "language": "be",
        "text": text,
        "pairs": [
            {"quote": "9 (21) сакавіка 1840", **pair},
            {"quote": "21 сакавіка [ст. ст. 9 сакавіка] 1840", **pair},
        ],
        "marked": [],
        "dual_years": [],
        "lookalike": False,
    }
    (tmp_path / "be.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", "utf-8")
    scorer = _load_script()
    report = scorer.language_report(scorer.load_languages(tmp_path))
    row = report.rows["be"]
    assert (row.pairs, row.pairs_read, row.false_items) == (2, 2, 0), report.details
