"""ruff and mypy (strict on app/) as part of the suite, so main stays clean."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint_and_format() -> None:
    lint = run("ruff", "check", "app", "tests")
    assert lint.returncode == 0, lint.stdout
    fmt = run("ruff", "format", "--check", "app", "tests")
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_strict() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from alias import alias_dir  # mypy finds activation_wizard on disk, not through pip

    alias_dir()  # build/alias, pyproject's mypy_path
    done = run("mypy")
    assert done.returncode == 0, done.stdout
