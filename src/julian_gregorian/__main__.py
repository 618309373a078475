"""``python -m julian_gregorian``: the same program as the ``julian-gregorian`` command."""

from julian_gregorian._cli.main import main

raise SystemExit(main())
