"""Run Afterglow with ``python -m journal_app``."""

from journal_app.cli import main

raise SystemExit(main())
