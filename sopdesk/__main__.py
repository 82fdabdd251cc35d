"""``python -m sopdesk``: the same as the ``sopdesk`` command."""

from sopdesk.cli import main

raise SystemExit(main())
