"""Where the tests find the repository's files, whichever folder a test lives in."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
#: Files copied into the repository for the tests, each with its attribution (NOTICE.md).
DATA = REPO / "tests" / "data"
#: The bundled example article (English Wikipedia, CC BY-SA; see examples/NOTICE.md).
SEED_ARTICLE = REPO / "examples" / "october_revolution.txt"
