"""Screenshots of every page: three scales, light and dark, German, Japanese,
right-to-left, and a sample vendor brand.  `bash packaging/dev shots` runs this
under Xvfb (a real X server), one process per variant because the scale factor
is read when Qt starts.

    python -m tests.shots OUT_DIR [VARIANT...]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BRAND = ROOT / "tests" / "fixtures" / "brand"
# name: (scale, scheme, language, brand)
VARIANTS = {
    "light-1x": ("1", "light", "en", False),
    "light-1.5x": ("1.5", "light", "en", False),
    "light-2x": ("2", "light", "en", False),
    "dark-1x": ("1", "dark", "en", False),
    "dark-1.5x": ("1.5", "dark", "en", False),
    "dark-2x": ("2", "dark", "en", False),
    "de": ("1", "light", "de", False),
    "ja": ("1", "light", "ja", False),
    "rtl-ar": ("1", "light", "ar", False),  # no Arabic texts: the layout mirrors
    "brand": ("1", "light", "en", True),
    "offline": ("1", "light", "en", False),  # the README's offline activation, step by step
    # After activation: grace, floating (borrowed), consumption, features' ends.
    "after-1x": ("1", "light", "en", False),
    "after-1.5x": ("1.5", "light", "en", False),
    "after-de": ("1", "light", "de", False),
}
# The README's pictures (resources/screenshots/), refreshed by every full run.
README_SHOTS = {
    "welcome.png": "light-1x/00-welcome.png",
    "error-de.png": "de/03-activating.png",
    "done-ja.png": "ja/11-done.png",
    "key-rtl.png": "rtl-ar/01-license_key.png",
    "welcome-brand.png": "brand/00-welcome.png",
    "status-dark.png": "dark-1x/12-status.png",
    "device-1.5x.png": "light-1.5x/02-device.png",
    "offline-1-welcome.png": "offline/1-welcome.png",
    "offline-2-request.png": "offline/2-request.png",
    "offline-3-steps.png": "offline/3-steps.png",
    "offline-4-activated.png": "offline/4-activated.png",
    "status-grace.png": "after-1x/1-grace.png",
    "status-borrowed-1.5x.png": "after-1.5x/3-borrowed.png",
}


class _Bot:
    """What tests.qt.tour needs of pytest-qt's qtbot, without pytest."""

    def __init__(self, app: object) -> None:
        self.app = app

    def wait(self, ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.01)

    def waitUntil(self, check: Callable[[], object], timeout: int = 5000) -> None:
        end = time.monotonic() + timeout / 1000
        while not check():
            if time.monotonic() > end:
                raise TimeoutError("the page did not settle")
            self.wait(20)


def dark_palette() -> object:
    """What a dark desktop hands Qt (Xvfb has no theme to ask)."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2b2b2b"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#363636"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.Highlight, "#3d7bd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.ToolTipBase, "#363636"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#a0a0a0"),
    ):
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#8a8a8a"))
    p.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#8a8a8a"))
    return p


def shoot_variant(out: Path, name: str) -> None:
    _, scheme, language, branded = VARIANTS[name]
    from dataclasses import replace

    from activation_wizard import i18n
    from activation_wizard.config import load_config
    from activation_wizard.core.activation import Activator
    from activation_wizard.core.store import ActivationStore
    from activation_wizard.gui.wizard import ActivationWizard
    from activation_wizard.sandbox.server import Sandbox
    from PySide6.QtWidgets import QApplication

    from tests.qt.tour import clipped_in, tour

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if scheme == "dark":
        app.setPalette(dark_palette())
    i18n.install(language)
    i18n.attach()
    from PySide6.QtCore import QLocale

    app.setLayoutDirection(QLocale().textDirection())
    work = Path(tempfile.mkdtemp())
    with Sandbox(work / "sandbox.sqlite3", tls=True) as sandbox:
        config = load_config(
            str(BRAND / "activation-wizard.toml") if branded else None,
            flags={
                **sandbox.info.config_flags(),
                "data_dir": str(work / "data"),
                # The real keyring of the session `bash packaging/dev shots` starts.
                "keyring_service": f"activation-wizard-shots-{name}-{os.getpid()}",
                **({"product_name": None} if branded else {}),
            },
            env={},
        )
        if not branded:
            config = replace(config, support_url="https://example.com/support")
        activator = Activator(config, store=ActivationStore(config))
        files = _file_answers()
        wizard = ActivationWizard(activator, dialogs=files)
        wizard.show()
        bot = _Bot(app)
        bot.waitUntil(lambda: not wizard.session.loading, timeout=10000)
        folder = out / name
        shutil.rmtree(folder, ignore_errors=True)  # no stale pictures of renamed pages
        folder.mkdir(parents=True)
        if name == "offline":
            shots = offline_walk(bot, wizard, files, sandbox, work)
        elif name.startswith("after"):
            shots = after_walk(bot, wizard)
        else:
            pages = tour(bot, wizard)  # type: ignore[arg-type]
            shots = (f"{n:02d}-{page.name.lower()}" for n, page in enumerate(pages))
        cut: dict[str, list[str]] = {}
        for shot in shots:
            bot.wait(150)  # painted by the real X server
            wizard.grab().save(str(folder / f"{shot}.png"))
            if clipped_in(wizard):  # what the real fonts at this scale cut off
                cut[shot] = clipped_in(wizard)
        wizard.runner.shutdown(5000)
        wizard.close()
    if cut:
        for shot, texts in cut.items():
            print(f"{name}/{shot}: clipped: {texts}", file=sys.stderr)
        raise SystemExit(1)


def _file_answers() -> Any:
    """File dialogs that answer by themselves (the walk has no one to pick a file)."""
    from activation_wizard.gui.dialogs import Dialogs

    class FileAnswers(Dialogs):
        save_path = open_path = ""

        def save_file(self, parent: object, title: str, name: str, filter_: str) -> str:
            return self.save_path

        def open_file(self, parent: object, title: str, filter_: str, start: str = "") -> str:
            return self.open_path

        def ask_hours(
            self, parent: object, title: str, text: str, *, most: int, start: int
        ) -> int | None:
            return start

    return FileAnswers()


def after_walk(bot: _Bot, wizard: Any) -> Iterator[str]:
    """The status page of licenses that live on after activation: each activated in
    turn (the last one's seat freed), then shown as the wizard shows it at start."""
    from activation_wizard.core.activation import Identity
    from activation_wizard.gui.pages import PageId

    activator = wizard.session.activator
    for shot, key in (
        ("1-grace", "DEMO-GRCE-0000-0001"),
        ("2-floating", "DEMO-FLOA-0000-0001"),
        ("4-consumption", "DEMO-CONS-0000-0001"),
        ("5-features", "DEMO-FEAT-0000-0001"),
    ):
        activator.activate(Identity("license_key", key), replace_old="deactivate")
        wizard.session.loading = True
        wizard.start_up.look()
        bot.waitUntil(lambda: not wizard.session.loading, timeout=10000)
        bot.waitUntil(lambda: wizard.currentId() == PageId.STATUS, timeout=10000)
        yield shot
        if shot == "2-floating":
            wizard.status_page.floating.borrow_button.click()
            bot.waitUntil(lambda: not wizard.status_page.busy, timeout=10000)
            yield "3-borrowed"


def offline_walk(
    bot: _Bot, wizard: object, files: object, sandbox: object, work: Path
) -> Iterator[str]:
    """Offline activation as the README tells it: the name of each picture, once the
    wizard shows it."""
    from activation_wizard.gui.pages import PageId
    from activation_wizard.testing.sandbox import upload_to_portal

    w, f = wizard, files
    bot.waitUntil(lambda: w.welcome_page.product_checked, timeout=10000)
    yield "1-welcome"
    w.welcome_page.offline_button.click()
    page = w.offline_page
    page.key.setText("DEMO-OKAY-0000-0002")  # a perpetual license: offline-capable
    yield "2-request"
    f.save_path = str(work / "activation.req")
    page.save_button.click()
    bot.waitUntil(page.load_button.isVisible, timeout=10000)
    yield "3-steps"
    answer = upload_to_portal(sandbox, work / "activation.req")
    answer.raise_for_status()
    (work / "activation.lic").write_bytes(answer.content)
    f.open_path = str(work / "activation.lic")
    page.load_button.click()
    bot.waitUntil(lambda: w.currentId() == PageId.DONE, timeout=10000)
    yield "4-activated"


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "shots"
    wanted = argv[1:]
    if len(wanted) == 1 and wanted[0] in VARIANTS and os.environ.get("SHOTS_CHILD"):
        shoot_variant(out, wanted[0])
        return 0
    failed = 0
    for name in wanted or VARIANTS:
        scale = VARIANTS[name][0]
        env = {**os.environ, "QT_SCALE_FACTOR": scale, "SHOTS_CHILD": "1"}
        env.pop("QT_QPA_PLATFORM", None)  # the X server, not offscreen
        done = subprocess.run([sys.executable, "-m", "tests.shots", str(out), name], env=env)
        print(f"{name}: {'ok' if done.returncode == 0 else 'FAILED'}", file=sys.stderr)
        failed += done.returncode != 0
    if not failed and not wanted:
        for picture, source in README_SHOTS.items():
            shutil.copyfile(out / source, ROOT / "resources" / "screenshots" / picture)
        print("README pictures refreshed in resources/screenshots/", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
