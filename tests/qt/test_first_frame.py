"""What the first frame waits for: not PySide6's ``Qt`` namespace (its ~100 Python
enums cost 20-30 ms), so the few flags the first pages set are Qt's numbers, and a
right-to-left language is recognised without asking Qt for a text direction; nor
the use cases (``core.activation``, ~20 ms of imports), which a worker loads after it."""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from activation_wizard import i18n
from activation_wizard.gui import widgets
from PySide6.QtCore import QLocale, Qt

FIRST_PAINT = """
import json, sys
import PySide6.QtCore as QtCore
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from activation_wizard import i18n
from activation_wizard.config import load_config
from activation_wizard.gui import app as gui_app

language, data_dir = sys.argv[1:3]
i18n.install(language)
config = load_config(
    flags={"product": "p", "api_key": "k", "shared_key": "s", "data_dir": data_dir}, env={}
)
seen = {}
first_frame_filter = gui_app.FirstFrame.eventFilter

def at_first_paint(self, watched, event):
    if event.type() == QEvent.Type.Paint and not seen:
        seen["qt_namespace_built"] = "Qt" in QtCore.__dict__
        seen["right_to_left"] = QApplication.isRightToLeft()
        seen["use_cases_loaded"] = "activation_wizard.core.activation" in sys.modules
    return first_frame_filter(self, watched, event)

gui_app.FirstFrame.eventFilter = at_first_paint
code = gui_app.run_wizard(config, exit_after_first_frame=True)
print(json.dumps({"code": code, **seen}))
"""


def first_paint(language: str, tmp_path: Path) -> dict[str, object]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, language, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    said, seen_json = done.stdout.strip().splitlines()[-2:]
    # What --exit-after-first-frame prints, for timing to the frame from outside.
    moment = float(said.removeprefix("first frame at monotonic "))
    assert started < moment < time.monotonic()
    seen: dict[str, object] = json.loads(seen_json)
    return seen


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_the_first_frame_waits_neither_for_the_qt_namespace_nor_the_use_cases(
    language: str, tmp_path: Path
) -> None:
    seen = first_paint(language, tmp_path)
    assert seen == {
        "code": 0,
        "qt_namespace_built": False,
        "right_to_left": False,
        "use_cases_loaded": False,
    }


@pytest.mark.parametrize("language", ["ar", "he"])  # no texts of ours: Qt's, mirrored
def test_a_right_to_left_language_mirrors_the_window(language: str, tmp_path: Path) -> None:
    assert first_paint(language, tmp_path)["right_to_left"] is True


def test_right_to_left_agrees_with_qt_for_every_locale_it_knows() -> None:
    everything = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    )
    assert len(everything) > 300
    wrong = []
    before = QLocale()  # the test session's default, put back after
    try:
        for locale in everything:
            QLocale.setDefault(locale)
            expected = locale.textDirection() == Qt.LayoutDirection.RightToLeft
            if i18n.right_to_left() != expected:
                wrong.append(locale.bcp47Name())
    finally:
        QLocale.setDefault(before)
    # Rohingya's Hanifi letters are right-to-left in Unicode; Qt's own table of
    # right-to-left scripts does not list Hanifi.
    assert wrong in ([], ["rhg", "rhg-BD"])


@pytest.mark.parametrize(
    ("number", "flag"),
    [
        (widgets.ALIGN_TOP, Qt.AlignmentFlag.AlignTop),
        (widgets.SELECTABLE_BY_MOUSE, Qt.TextInteractionFlag.TextSelectableByMouse),
        (widgets.BROWSER_INTERACTION, Qt.TextInteractionFlag.TextBrowserInteraction),
        (widgets.SCROLL_BAR_ALWAYS_OFF, Qt.ScrollBarPolicy.ScrollBarAlwaysOff),
        (widgets.CLICK_FOCUS, Qt.FocusPolicy.ClickFocus),
        (widgets.NO_FOCUS, Qt.FocusPolicy.NoFocus),
        (widgets.EMAIL_CHARACTERS_ONLY, Qt.InputMethodHint.ImhEmailCharactersOnly),
    ],
)
def test_the_flag_numbers_are_qts(number: int, flag: enum.Enum) -> None:
    assert flag.value == number


def test_a_misspelt_property_is_an_error_not_a_silent_dynamic_one(qapp: object) -> None:
    label = widgets.wrapped("x", selectable=True)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    with pytest.raises(AttributeError, match="alignement"):
        widgets.set_qt_properties(label, alignement=widgets.ALIGN_TOP)
