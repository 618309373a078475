"""Text and attribute values written into XML are what ``xml.sax.saxutils`` writes."""

from __future__ import annotations

from xml.sax import saxutils

from hypothesis import given
from hypothesis import strategies as st

from julian_gregorian._xml_text import escape, quoteattr

XML_TEXT = st.text(alphabet=st.sampled_from("ab&<>\"'\n\r\t é"))


@given(XML_TEXT)
def test_text_is_escaped_as_saxutils_escapes_it(text: str) -> None:
    assert escape(text) == saxutils.escape(text)


@given(XML_TEXT)
def test_attributes_are_quoted_as_saxutils_quotes_them(value: str) -> None:
    assert quoteattr(value) == saxutils.quoteattr(value)


def test_each_quoting() -> None:
    assert quoteattr("a<b") == '"a&lt;b"'
    assert quoteattr('say "O.S."') == "'say \"O.S.\"'"
    assert quoteattr("""it's "O.S.\"""") == '"it\'s &quot;O.S.&quot;"'
    assert quoteattr("two\nlines\t") == '"two&#10;lines&#9;"'
