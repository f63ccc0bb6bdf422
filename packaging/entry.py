"""The bundle's entry point (PyInstaller needs a script, not a module)."""

from activation_wizard.cli import main

raise SystemExit(main())
