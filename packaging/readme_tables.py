"""Write the README's generated tables again from their sources (the settings
table from app/settings.py); tests fail while the README's copy differs."""

from __future__ import annotations

from pathlib import Path

from activation_wizard.settings import environment_table

README = Path(__file__).resolve().parents[1] / "README.md"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    head, rest = text.split("<!-- environment-table -->\n", 1)
    _, tail = rest.split("\n<!-- /environment-table", 1)
    README.write_text(
        f"{head}<!-- environment-table -->\n{environment_table()}\n<!-- /environment-table{tail}",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
