"""Structured inputs the command-line and cluster tests check: a small GEDCOM family."""

from __future__ import annotations

#: A GEDCOM 5.5.1 family whose dates the GEDCOM rules find fault with: JG605 and JG601
#: by default, JG604 when that opt-in rule is selected.
FAMILY = """\
0 HEAD
1 GEDC
2 VERS 5.5.1
0 @I1@ INDI
1 BIRT
2 DATE @#DJULIAN@ 11 FEB 1731/32
1 DEAT
2 DATE @#DJULIAN@ 1 JAN 1800
2 PLAC London, England
1 BURI
2 DATE 29 FEB 1700
0 TRLR
"""
