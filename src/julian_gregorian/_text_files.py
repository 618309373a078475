"""Text files as the library and the command read them: which files a folder is searched
for, and how their bytes become text.

The bytes are UTF-8, or UTF-8 or UTF-16 marked by a byte order mark (dropped from the
text); line endings are not translated, so that offsets count the file's own characters.
"""

from __future__ import annotations

import codecs
import re

from julian_gregorian.errors import InputError

#: Suffixes of the files a folder is searched for; files named explicitly are always read.
TEXT_SUFFIXES: tuple[str, ...] = (".txt", ".wiki", ".wikitext", ".md", ".markdown", ".html")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: A GEDCOM header's character set (``1 CHAR ANSEL``), within the header's first lines.
_GEDCOM_CHARSET = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*0\s+HEAD\b.{0,2000}?[\r\n]\s*1\s+CHAR\s+(\S+)", re.S
)


def _gedcom_charset(raw: bytes) -> str:
    """What a GEDCOM file's header says of an encoding that is not UTF-8, for its error."""
    found = _GEDCOM_CHARSET.match(raw[:4096])
    if found is None or found[1].upper() in (b"UTF-8", b"UTF8"):
        return ""
    charset = found[1].decode("ascii", "backslashreplace")
    return f"; its GEDCOM header says CHAR {charset}: convert the file to UTF-8 first"


def decode_text(raw: bytes) -> tuple[str, str, bytes]:
    """(text, encoding, bom) of *raw*; ``InputError`` saying why when it is no such text."""
    encoding, bom = "utf-8", b""
    for mark, candidate in _BOMS:
        if raw.startswith(mark):
            encoding, bom = candidate, mark
            break
    try:
        text = raw[len(bom) :].decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"not {encoding.upper()} text (byte 0x{raw[len(bom) + error.start]:02x} "
            f"at offset {len(bom) + error.start} cannot be decoded){_gedcom_charset(raw)}"
        ) from None
    if "\x00" in text:
        raise InputError("looks like a binary file (it contains NUL characters)")
    return text, encoding, bom
