"""The command line reads the same through the quick path that opens the wizard
(its own flags first) as through the whole parser: values, errors, help, version."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from activation_wizard import __version__, paths
from activation_wizard.cli import build_parser, parse_args

READ = [
    [],
    ["--product", "p", "--api-key", "k"],
    ["-vv", "--lang", "de", "--exit-after-first-frame"],
    ["--shared-key=-abc", "--quit-after", "5", "--demo-key", "DEMO"],
    ["--prod", "x"],  # an abbreviation
    ["--product", "status"],  # a value, not the command
    ["status"],
    ["--product", "p", "status", "--json"],
    ["activate", "--license-key", "K", "--product", "p"],
    ["offline", "status"],
    ["variables", "set", "a=1", "b=2"],
    ["sandbox", "--port", "0"],
]
REFUSED = [
    ["--quit-after", "soon"],
    ["--product"],
    ["--shared-key", "-abc"],
    ["--bogus"],
    ["statuss"],
    ["activate"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["--api", "x"],  # an ambiguous abbreviation: --api-url or --api-key
    ["--"],
]


@pytest.mark.parametrize("argv", READ, ids=" ".join)
def test_the_quick_path_reads_as_the_whole_parser(argv: list[str]) -> None:
    assert parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", REFUSED, ids=" ".join)
def test_help_version_and_errors_are_the_whole_parsers(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as quick:
        parse_args(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as whole:
        build_parser().parse_args(argv)
    assert (quick.value.code, said) == (whole.value.code, capsys.readouterr())
    assert said.out or said.err


def test_the_quick_path_has_no_sub_commands() -> None:
    quick = build_parser(commands=False)
    assert not any(isinstance(a, argparse._SubParsersAction) for a in quick._actions)


def test_version_names_what_a_vendors_build_was_built_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    info = {"product": "Acme CAD", "product_version": "2.1", "built": "2026-12-01"}
    (tmp_path / "build-info.json").write_text(json.dumps(info), encoding="utf-8")
    monkeypatch.setattr(paths, "resource", lambda name: tmp_path / name)
    with pytest.raises(SystemExit) as done:
        parse_args(["--version"])
    assert done.value.code == 0
    said = capsys.readouterr().out
    assert said == f"activation-wizard {__version__} for Acme CAD 2.1, built 2026-12-01\n"
