"""What the tests share: items built by hand, views of extracted items, small dumps, and
Hypothesis strategies (boundary-biased days, fragments of hostile documents).

Test modules import them as ``helpers.<module>``; fixtures live in ``tests/conftest.py``.
"""
