"""Every marked string is in the shipped .ts files, and every shipped language
translates all of them (pyside6-lupdate and pyside6-lrelease, Qt's own tools)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from activation_wizard import i18n
from activation_wizard.errors import LicenseExpired
from activation_wizard.messages import MESSAGES, describe

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SHIPPED = ["de", "ja"]


def sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    }


def test_the_ts_files_hold_every_marked_string(tmp_path: Path) -> None:
    """Fails when code gained a string that `bash packaging/dev i18n` has not
    collected yet (so no language can translate it)."""
    fresh = tmp_path / "fresh.ts"
    code = sorted(str(p) for p in (ROOT / "app").rglob("*.py") if "sandbox" not in p.parts)
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *code, "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = sources(fresh)
    assert len(wanted) > 500
    for language in SHIPPED:
        shipped = sources(ROOT / "resources" / "i18n" / f"activation-wizard_{language}.ts")
        assert not wanted - shipped, f"{language}: not collected: {sorted(wanted - shipped)[:5]}"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_shipped_language_is_complete(language: str, tmp_path: Path) -> None:
    ts = ROOT / "resources" / "i18n" / f"activation-wizard_{language}.ts"
    unfinished = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if (m.find("translation").get("type") or "") in ("unfinished", "vanished", "obsolete")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert not unfinished, f"{language}: {len(unfinished)} untranslated, e.g. {unfinished[:3]}"


@pytest.mark.parametrize("language", SHIPPED)
def test_the_committed_catalogues_are_built_from_the_ts_files(
    language: str, tmp_path: Path
) -> None:
    """The .qm files travel in git (a wheel built from a clone carries them): each is
    what lrelease makes of its .ts (byte for byte: lrelease is deterministic). The
    git index's copy is read: the test session rebuilds stale files in the tree."""
    name = f"resources/i18n/activation-wizard_{language}"
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    committed = subprocess.run(
        ["git", "show", f":{name}.qm"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ROOT / f"{name}.ts"), "-qm", str(fresh)],
        check=True,
    )
    assert committed == fresh.read_bytes(), f"run bash packaging/i18n.sh build and add {name}.qm"


def test_the_catalogue_speaks_the_installed_language() -> None:
    assert shutil.which(str(BIN / "pyside6-lrelease"))
    i18n.install("de")
    try:
        german = describe(LicenseExpired(400, "license_expired", "expired"))
        assert german.title != MESSAGES["license_expired"].title
        assert german.title.strip()
    finally:
        i18n.install("en")
    assert (
        describe(LicenseExpired(400, "license_expired", "expired")).title
        == MESSAGES["license_expired"].title
    )


@pytest.mark.parametrize(
    ("language", "wait", "clock", "sso"),
    [
        ("en", "(the server asks for 5 minutes)", "about 3 hours ahead", "within 5 minutes."),
        ("de", "(der Server bittet um 5 Minuten)", "etwa 3 Stunden", "5 Minuten"),
        ("ja", "5 分", "約3 時間進んで", "5 分"),
    ],
)
def test_waits_and_clock_offsets_are_worded_in_the_users_language(
    language: str, wait: str, clock: str, sso: str
) -> None:
    """The core keeps seconds; no English fragment ends up inside a translation."""
    from activation_wizard.errors import DateHeaderDiff, RateLimited, SsoTimeout

    i18n.install(language)
    try:
        busy = describe(RateLimited("rate limited", retry_after=300.0))
        skewed = DateHeaderDiff(400, "date_header_diff", "date")
        skewed.params["clock_offset"] = 3 * 3600.0
        late = describe(SsoTimeout("no answer", waited=300.0))
        clock_text = describe(skewed).what
    finally:
        i18n.install("en")
    assert wait in busy.todo
    assert clock in clock_text
    assert sso in late.what
    if language != "en":
        for english in ("asks", "minutes", "hours", "clock", "ahead"):
            assert english not in busy.todo + clock_text + late.what


def test_a_clock_a_minute_off_is_not_mentioned() -> None:
    from activation_wizard.errors import DateHeaderDiff

    skewed = DateHeaderDiff(400, "date_header_diff", "date")
    skewed.params["clock_offset"] = -70.0
    assert "clock is about" not in describe(skewed).what


def test_a_copy_without_compiled_translations_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: in a fresh source checkout (no .qm yet) `--lang ja --help` stayed
    English without a word."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", _SPEAK, str(tmp_path)], capture_output=True, text=True, timeout=60
    )
    assert "the ja translation is not compiled in this copy" in done.stderr, done.stderr
    assert "packaging/i18n.sh build" in done.stderr
    try:
        i18n.install("ja")
        assert i18n.unbuilt() == "ja" and i18n.language() == "en"
    finally:
        monkeypatch.undo()
        i18n.install("en")
    assert i18n.unbuilt() == ""


_SPEAK = """
import sys
from pathlib import Path
from activation_wizard import cli, i18n
i18n.translations_dir = lambda: Path(sys.argv[1])
try:
    cli.parse_args(["--lang", "ja", "--help"])
except SystemExit:
    pass
"""
