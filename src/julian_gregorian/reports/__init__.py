"""Reports of the checker that are more than a list of findings: the static HTML report."""

from julian_gregorian.reports.html import CheckedFile, write_html_report

__all__ = ["CheckedFile", "write_html_report"]
