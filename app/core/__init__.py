"""The activation core: no Qt here (a test enforces it)."""
