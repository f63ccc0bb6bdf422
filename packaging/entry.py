"""The bundle's entry point (PyInstaller needs a script, not a module)."""

from app.cli import main

raise SystemExit(main())
