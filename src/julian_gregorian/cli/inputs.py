"""Reading the command line's inputs: files, folders and standard input, byte-exactly.

A ``SourceText`` keeps the raw bytes and how they were decoded (BOM, encoding) so that a
fix can write back the same bytes everywhere except in the spans it changes. Line
endings are not translated: offsets and ``\\r\\n`` stay as in the file.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from julian_gregorian.errors import InputError

#: Suffixes of the files a folder is searched for; files named explicitly are always read.
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".wiki", ".wikitext", ".md", ".html")

STDIN = "-"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class SourceText:
    """One input: its display name, where it lives (``None`` for stdin) and its text."""

    name: str
    path: Path | None
    raw: bytes
    text: str
    encoding: str
    bom: bytes

    def encode(self, text: str) -> bytes:
        """Bytes of *text* written the way this input was (same encoding, same BOM)."""
        return self.bom + text.encode(self.encoding)


def decode(raw: bytes, name: str) -> tuple[str, str, bytes]:
    """(text, encoding, bom) of *raw*: UTF-8, or UTF-8/UTF-16 marked by a BOM."""
    encoding, bom = "utf-8", b""
    for mark, candidate in _BOMS:
        if raw.startswith(mark):
            encoding, bom = candidate, mark
            break
    try:
        text = raw[len(bom) :].decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not {encoding.upper()} text (byte 0x{raw[len(bom) + error.start]:02x} "
            f"at offset {len(bom) + error.start} cannot be decoded)"
        ) from None
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file (it contains NUL characters)")
    return text, encoding, bom


def read_path(path: Path, name: str | None = None) -> SourceText:
    """Read one file; ``InputError`` with the reason if it cannot be read as text."""
    shown = name if name is not None else str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as error:
        raise InputError(f"{shown}: cannot be read ({error.strerror or error})") from None
    text, encoding, bom = decode(raw, shown)
    return SourceText(shown, path, raw, text, encoding, bom)


def read_stdin() -> SourceText:
    """Read all of standard input as one text named ``<stdin>``."""
    raw = sys.stdin.buffer.read()
    text, encoding, bom = decode(raw, "<stdin>")
    return SourceText("<stdin>", None, raw, text, encoding, bom)


def expand(arguments: Sequence[str]) -> list[str | Path]:
    """The inputs named on the command line, folders walked for text files in sorted order.

    No argument means standard input. A missing path is an ``InputError`` raised before
    anything is read, so a typo fails fast instead of after a long run.
    """
    if not arguments:
        return [STDIN]
    found: list[str | Path] = []
    for argument in arguments:
        path = Path(argument)
        if argument == STDIN:
            found.append(STDIN)
        elif path.is_dir():
            found.extend(_walk(path))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"{argument}: no such file or directory")
    return found


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        # Hidden folders (.git, .venv, .tox) hold no articles and can be huge.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if file.endswith(TEXT_SUFFIXES) and not file.startswith("."):
                yield Path(root) / file


def read_all(arguments: Sequence[str]) -> Iterator[SourceText]:
    """Every input named by *arguments*, read and decoded, in command-line order."""
    for item in expand(arguments):
        yield read_stdin() if item == STDIN else read_path(Path(item))
