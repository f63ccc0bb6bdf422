"""PySide6 for the wizard's own process, without PySide's per-import source scan.

Importing PySide6 replaces ``builtins.__import__`` with a hook that serves
``from __feature__ import snake_case``; after every later import the hook reads
the new module's source (``inspect.getsource``) to see whether it mentions
PySide6. That is a file read per module: about 40 ms before the first frame and
more for the network modules of the first activation, on the GUI thread or
holding the interpreter while it paints. The wizard never uses ``__feature__``,
so when it runs as its own program (not embedded in a vendor's application,
which may) the interpreter's own import is put back once PySide6 is loaded.
"""

from __future__ import annotations

import builtins


def load_for_program() -> None:
    """Load QtCore, then undo PySide's import hook (idempotent)."""
    own_import = builtins.__import__
    import PySide6.QtCore  # noqa: F401  (the import that installs the hook)

    builtins.__import__ = own_import
