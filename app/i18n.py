"""Translations through Qt's own tools, for the wizard, the catalogue and the CLI.

Strings are marked where they are written: ``self.tr`` in widgets,
``QT_TRANSLATE_NOOP(context, text)`` in the Qt-free catalogue, ``translate``
in the CLI.  ``pyside6-lupdate`` collects them into ``resources/i18n/*.ts``;
``pyside6-lrelease`` compiles those to ``.qm`` at build time
(``bash packaging/dev i18n``).  Qt is imported only when a language is installed,
so the core can mark its texts without importing Qt.
"""

from __future__ import annotations

import locale
import os
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from activation_wizard.paths import resource

CATALOGUE = "activation-wizard"
SHIPPED = ("en", "de", "ja")  # English is the source language

_translators: list[Any] = []  # QTranslator objects: ours, then Qt's
_attached: list[Any] = []  # those handed to the running application
_installed = False  # install() ran: numbers and dates through QLocale
_language = "en"
_unbuilt = ""  # a shipped language whose .qm is missing (see unbuilt())


# Qt's spelling: lupdate looks for this name.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for ``pyside6-lupdate``; translated later by ``translate``."""
    return text


def translations_dir() -> Path:
    return resource("i18n")


def wanted_language(configured: str = "") -> str:
    """``--lang`` or config first, then the system's locale (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG as POSIX orders them), as a two-letter code."""
    if configured:
        return configured.replace("-", "_").split("_")[0].lower()
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0].split(".")[0]
        if value and value not in ("C", "POSIX"):  # C.UTF-8 too: no language chosen
            return value.split("_")[0].lower()
    code = locale.getlocale()[0] or "en"
    return code.split("_")[0].lower()


def install(configured: str = "") -> str:
    """Load the translations for the wanted language (ours and Qt's own, for its
    standard dialogs) and return the language in use.  A language we do not ship
    keeps English texts but its own numbers, dates and writing direction."""
    global _language, _installed, _unbuilt
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    language = wanted_language(configured)
    _translators.clear()
    _installed = True
    _unbuilt = ""
    _language = language if language in SHIPPED else "en"
    QLocale.setDefault(QLocale(language))
    if _language == "en":
        attach()
        return _language
    ours = QTranslator()
    if ours.load(f"{CATALOGUE}_{language}", str(translations_dir())):
        _translators.append(ours)
    else:  # not built (bash packaging/i18n.sh build): English rather than a mix
        _unbuilt, _language = language, "en"
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder in (str(translations_dir()), qt_folder):
        if qt.load(f"qtbase_{language}", folder):
            _translators.append(qt)
            break
    attach()
    return _language


def attach() -> None:
    """Hand the loaded translators to the running Qt application (``self.tr``)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        return
    for old in _attached:
        QCoreApplication.removeTranslator(old)
    _attached[:] = _translators
    for translator in _attached:
        QCoreApplication.installTranslator(translator)


def add_translator(translator: Any) -> None:
    """Use ``translator`` (a QTranslator) first: an embedding application's own, or
    a test's."""
    _translators.insert(0, translator)
    attach()


def remove_translator(translator: Any) -> None:
    if translator in _translators:
        _translators.remove(translator)
    attach()


def language() -> str:
    return _language


def right_to_left() -> bool:
    """Whether the locale in use writes right to left. Its language's own name tells
    (its first letter's bidirectional class; the test compares this with
    QLocale.textDirection() for every locale Qt knows): asking Qt would make PySide6
    build its whole ``Qt`` namespace before the first frame."""
    import unicodedata

    from PySide6.QtCore import QLocale

    locale = QLocale()
    name = locale.nativeLanguageName()
    if not name:  # a few locales have none: ask Qt after all
        from PySide6.QtCore import Qt

        return locale.textDirection() == Qt.LayoutDirection.RightToLeft
    return unicodedata.bidirectional(name[0]) in ("R", "AL")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the installed language (the source text when there is none);
    ``%n`` becomes ``n`` written as the locale writes numbers."""
    for translator in _translators:
        found = translator.translate(context, text, disambiguation, n)
        if found:
            text = found
            break
    else:  # the English source: "%n day(s)" is "1 day", "2 days"
        if n >= 0:
            text = text.replace("(s)", "" if n == 1 else "s")
    if n >= 0 and "%n" in text:
        text = text.replace("%n", format_number(n))
    return text


def format_number(n: int) -> str:
    if not installed():
        return str(n)
    from PySide6.QtCore import QLocale

    return QLocale().toString(n)


def format_datetime(moment: datetime) -> str:
    """A local date and time as the user's locale writes it (ISO-like without Qt)."""
    try:
        local = moment.astimezone()
    except OverflowError:  # 9999-12-31, "never" to some servers, is past it east of UTC
        local = moment
    if not installed() or _language == "en":  # unambiguous across English locales
        return local.strftime("%Y-%m-%d %H:%M %Z").strip()
    from PySide6.QtCore import QDateTime, QLocale

    shown = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    # The locale's short form, with the whole year: "03.12.2026", not "03.12.26".
    pattern = re.sub(
        r"(?<!y)yy(?!y)", "yyyy", QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    )
    text = QLocale().toString(shown, pattern)
    return f"{text} {local.strftime('%Z')}".strip()


def installed() -> bool:
    """Whether install() ran (numbers and dates then follow QLocale)."""
    return _installed


def unbuilt() -> str:
    """A shipped language asked for whose catalogue is not compiled in this copy (a
    source checkout before ``bash packaging/i18n.sh build``), or ""."""
    return _unbuilt
