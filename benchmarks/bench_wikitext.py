"""Speed of ``extract`` and ``check`` on real Wikipedia wikitext, beside a plain scan.

The pages of a MediaWiki export (by default the 206-page English Wikipedia sample in
``../shared/dumps``, read with ``bz2`` and ``xml.etree.iterparse``) are checked one by
one, as a dump reader would, and timed (best of ``--repeat`` runs) beside:

- ``text.count("O.S.")`` over the same pages: the speed of one pass of C code;
- ``extract`` and ``check`` over every page;
- the same two over the pages where the prefilter finds no anchor at all (redirects
  included: 100 of the sample's 111, some 50 characters each, where the cost of a call
  is most of the time);
- ``check`` over the anchor-free *articles*: those pages less the redirects and the
  pages outside the article namespace, which is what a dump run hands to ``check``
  (``julian_gregorian.dumps`` skips redirects unread). The issue's target, anchor-free
  pages passed over at 500 MB/s or more, is judged on this row: it is the work a dump
  run does on them; the row with the redirects is kept, and says what a caller that
  checks redirects pays;
- a dump run's report of each of those articles (``PageCheck``: the check, the items
  counted, the ``PageReport`` made);
- the number of windows opened (the stretches around anchors that are normalised and
  read) per MB of wikitext, the cost real markup used to add.

As in a dump run, Hyperscan (where installed) serves the prefilter once enough text has
been read (``hyperscan_candidates.WORTH_BUILDING``, 8 million characters): this
benchmark lowers that threshold and reads the pages once before the rows are timed, so
that every row runs with it. The screen of
short texts is built in a dump run once its short pages add up to 32 million characters
(``SCREEN_WORTH_BUILDING``), which the sample's do not: that threshold is lowered here,
so that the rows run as in a dump run past its first few thousand pages.

Measured on 6 December 2026 (MB per processor second, best of 7, four interleaved rounds
in fresh processes, load 4.6 to 5.4 on two cores; main at ``253dc19`` beside JG403's word
looked for in the screen's scan; a third lower on both sides, the same ratios, when the
programs sharing the machine took more of it): check of the 11 anchor-free articles 359-369 ->
518-526 (extract 557-568 -> 561-576), a dump run's report of them 308-314 -> 424-436,
check of the 111 anchor-free pages 130-133 -> 134-139, of all 206 pages 53.0-53.7 ->
53.0-53.8. Without Hyperscan (``JULIAN_GREGORIAN_NO_HYPERSCAN=1``) as fast: 60.5 ->
60.1 on the anchor-free articles, 42.4-42.9 -> 42.8-42.9 on all pages. ``check`` meets
the target: of its 5.9 us per article of 3.1 KB (best of 9, load 2.9), Hyperscan's scan
takes 3.7 (1.17 ns a byte, half of it for the bracket's and the parenthesis's wider
patterns), encoding the text as UTF-8 0.85 (0.06 for an ASCII text, 0.4 to 0.5 ns a
character for the others), the calls from Python 1.3. A dump run's report adds 1.3,
0.9 of them making the frozen ``PageReport``.

Measured again once the screen looked for the bracket's pass by leads and a page
without findings got its report without the dataclass's constructor (main at
``10c4fdd`` beside that change, four interleaved rounds in fresh processes, best of 7,
load 2.7 to 3.2): check of the 11 anchor-free articles 430-489 -> 584-680, a dump
run's report of them 348-391 -> 509-592, check of the 111 anchor-free pages 125-139 ->
133-158; about 5 us an article, the screen (its scan and the encoding) 3.9 to 4.0 of
them.

Measured again on a slower machine once the screen read a text of Latin-1 as its bytes
(no UTF-8 encoding), a lead's stretch in UTF-8 text was widened rather than counted in
characters, and ``check`` asked for the anchors itself (``f0aedec``, main at ``31fda0b``
and that change, five interleaved rounds in fresh processes, best of 7, load 3.8 to
4.8): check of the 11 anchor-free articles 399-441 / 406-465 -> 568-631 (medians 421 /
439 -> 597), a dump run's report of them 358-391 / 350-417 -> 443-483, check of the
111 anchor-free pages 99-114 / 93-108 -> 110-115, of all 206 pages 23-38 / 26-41 ->
28-39 (the load's spread; in processor time, six rounds, main 35.3-41.4 -> 34.7-43.5).
About 5.2 us an article of 3.1 KB under that load (7.1 for main).

Usage: ``python benchmarks/bench_wikitext.py [--dump PATH] [--repeat 3]``. Targets:
``check`` at 40 MB/s or more per core, anchor-free articles at 500 MB/s or more.
"""

from __future__ import annotations

import argparse
import bz2
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

from bench_extract import best_time
from julian_gregorian import check, extract
from julian_gregorian.dumps import Page, PageCheck
from julian_gregorian.dumps import read_pages as read_articles
from julian_gregorian.text import ExtractStats
from julian_gregorian.text._locate import hyperscan_candidates
from julian_gregorian.text._locate.anchors import find_anchors

_SAMPLE = Path("shared", "dumps", "enwiki-sample-pages-articles.xml.bz2")
#: The sample next to the repository (``../shared``), or next to a folder above it (a
#: worktree kept in a subfolder).
DUMP = next(
    (
        folder / _SAMPLE
        for folder in Path(__file__).resolve().parents[1:]
        if (folder / _SAMPLE).exists()
    ),
    Path(__file__).resolve().parents[2] / _SAMPLE,
)
TARGET_CHECK_MB_PER_S = 40.0
TARGET_ANCHOR_FREE_MB_PER_S = 500.0


def read_pages(path: Path) -> list[str]:
    """The wikitext of every page of the export at *path* (``.bz2`` or plain XML)."""
    pages: list[str] = []
    opener = bz2.open if path.suffix == ".bz2" else open
    with opener(path, "rb") as stream:
        for _, element in ElementTree.iterparse(stream):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "text" and element.text:
                pages.append(element.text)
            elif tag == "page":
                element.clear()
    return pages


def count_windows(pages: list[str]) -> int:
    """Windows the extractor opens over *pages*."""
    stats = ExtractStats()
    for page in pages:
        extract(page, stats=stats)
    return stats.windows


def _megabytes(pages: list[str]) -> float:
    return sum(len(page.encode("utf-8")) for page in pages) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dump", type=Path, default=DUMP)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.dump.exists():
        print(f"no dump at {args.dump}", file=sys.stderr)
        return 2
    pages = read_pages(args.dump)
    anchor_free = [page for page in pages if not find_anchors(page)]
    article_pages = list(read_articles(args.dump))
    free_pages = [page for page in article_pages if not find_anchors(page.text)]
    free_articles = [page.text for page in free_pages]
    size, free_size = _megabytes(pages), _megabytes(anchor_free)
    articles_size = _megabytes(free_articles)
    hyperscan_candidates.SCREEN_WORTH_BUILDING = 0  # (see the module's docstring)
    hyperscan_candidates.WORTH_BUILDING = 0
    for page in pages:
        extract(page)

    def over(pages: list[str], function: Callable[[str], object]) -> Callable[[], None]:
        def work() -> None:
            for page in pages:
                function(page)

        return work

    def each_page(pages: list[Page]) -> Callable[[], None]:
        """What a dump run does with *pages*: a report of each (PageCheck)."""
        page_check = PageCheck()

        def work() -> None:
            for page in pages:
                page_check(str(args.dump), page)

        return work

    def timed(pages: list[str], function: Callable[[str], object]) -> float:
        return best_time(over(pages, function), args.repeat)

    rows = (
        ('text.count("O.S.")', size, timed(pages, lambda page: page.count("O.S."))),
        ("extract", size, timed(pages, extract)),
        ("check", size, timed(pages, check)),
        ("extract, anchor-free pages", free_size, timed(anchor_free, extract)),
        ("check, anchor-free pages", free_size, timed(anchor_free, check)),
        ("check, anchor-free articles", articles_size, timed(free_articles, check)),
        ("a dump run's, the same", articles_size, best_time(each_page(free_pages), args.repeat)),
    )
    print(
        f"pages: {len(pages)} ({size:.2f} MB), {len(anchor_free)} without anchors "
        f"({free_size:.2f} MB), of which {len(free_articles)} articles "
        f"({articles_size:.2f} MB); {sum(len(extract(page)) for page in pages)} items"
    )
    speeds = {}
    for label, megabytes, seconds in rows:
        speeds[label] = megabytes / seconds
        print(f"{label:<30} {seconds * 1000:9.1f} ms  {megabytes / seconds:9.1f} MB/s")
    windows = count_windows(pages)
    print(f"windows opened: {windows} ({windows / size:.0f} per MB)")
    check_speed = speeds["check"]
    free_speed = speeds["check, anchor-free articles"]
    for label, speed, target in (
        ("check", check_speed, TARGET_CHECK_MB_PER_S),
        ("anchor-free articles", free_speed, TARGET_ANCHOR_FREE_MB_PER_S),
    ):
        verdict = "meets" if speed >= target else "misses"
        print(f"{label}: {speed:.1f} MB/s, {verdict} the {target:.0f} MB/s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
