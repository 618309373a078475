"""Text and attribute values written into XML (TEI, MediaWiki exports).

What ``xml.sax.saxutils.escape`` and ``quoteattr`` write, without importing them: that
module imports ``urllib.request`` (and with it ``http``, ``email`` and ``ssl``), a
noticeable part of the start-up time of ``julian-gregorian check``.
"""

from __future__ import annotations

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
#: In an attribute value, a line break or tab would be read back as a space.
_ATTRIBUTE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)


def escape(text: str) -> str:
    """*text* as the content of an element: ``&``, ``<`` and ``>`` escaped."""
    return text.translate(_TEXT)


def quoteattr(value: str) -> str:
    """*value* as a quoted attribute value: in double quotes, or in single quotes when it
    holds a double quote but no single one (else its double quotes are escaped)."""
    value = value.translate(_ATTRIBUTE)
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"{}"'.format(value.replace('"', "&quot;"))
