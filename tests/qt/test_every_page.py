"""What must hold on every page: unique mnemonics, a named control for every
interactive part (through Qt's accessibility interface, as a screen reader sees
it), a tab order that follows the page, and no string left untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from activation_wizard import i18n
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator
from activation_wizard.core.store import ActivationStore
from activation_wizard.gui.pages import PageId
from activation_wizard.gui.wizard import ActivationWizard
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring, closed_port
from tests.qt.conftest import ScriptedDialogs
from tests.qt.tour import clipped_in, shown_widgets, tour, visit, wizard_buttons

MNEMONIC = re.compile(r"&([^&\s])")
INTERACTIVE = {
    QAccessible.Role.PushButton,
    QAccessible.Role.RadioButton,
    QAccessible.Role.CheckBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.ComboBox,
    QAccessible.Role.List,
    QAccessible.Role.Link,
}


def mnemonics(wizard: ActivationWizard) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic the user can press on the current page."""
    page = wizard.currentPage()
    texts = [b.text() for b in wizard_buttons(wizard)]
    for widget in shown_widgets(page):
        labels = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labels:
            texts.append(widget.text())
    return [(m.lower(), t) for t in texts for m in MNEMONIC.findall(t)]


@pytest.fixture(params=["en", "de", "ja"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each shipped language installed for the test (English again afterwards)."""
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")


# Pages a user reaches with Back beside Next (the tour opens each page as the start
# page, where Qt hides Back).
WITH_BACK = set(PageId) - {PageId.WELCOME, PageId.STATUS, PageId.DONE, PageId.ACTIVATING}


def test_every_page_has_unique_mnemonics(
    qtbot: QtBot,
    make_wizard,
    activator: Activator,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    wizard = make_wizard(activator)
    pages_have_unique_mnemonics(qtbot, wizard)


def pages_have_unique_mnemonics(qtbot: QtBot, wizard: ActivationWizard) -> None:
    back = wizard.buttonText(QWizard.WizardButton.BackButton)
    assert MNEMONIC.search(back)
    for page in tour(qtbot, wizard):
        seen: dict[str, str] = {}
        shown = mnemonics(wizard)
        if page in WITH_BACK and back not in [text for _, text in shown]:
            shown += [(m.lower(), back) for m in MNEMONIC.findall(back)]
        for letter, text in shown:
            assert letter not in seen, (
                f"{page.name}: Alt+{letter.upper()} is both {seen[letter]!r} and {text!r}"
            )
            seen[letter] = text


def accessible_tree(widget: QWidget) -> Iterator[object]:
    root = QAccessible.queryAccessibleInterface(widget)
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None or not node.isValid():
            continue
        yield node
        stack.extend(node.child(i) for i in range(node.childCount()))


def test_every_interactive_control_has_a_name(qtbot: QtBot, wizard: ActivationWizard) -> None:
    for page in tour(qtbot, wizard):
        unnamed = []
        for node in accessible_tree(wizard):
            if node.role() not in INTERACTIVE or node.state().invisible:
                continue
            if not node.text(QAccessible.Text.Name).strip():
                unnamed.append(f"{node.role().name} {node.object().objectName()!r}")
        assert not unnamed, f"{page.name}: controls without a name: {unnamed}"


def focus_chain(page: QWidget) -> list[QWidget]:
    """The widgets Tab visits on the page, in order."""
    chain, widget = [], page.nextInFocusChain()
    while widget is not page and len(chain) < 500:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def where(widget: QWidget, page: QWidget) -> int:
    """The widget's top on the page; inside a scroll area, within the area's
    bounds (scrolled-away content sits at its edge)."""
    top = widget.mapTo(page, QPoint(0, 0)).y()
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea) and parent is not widget:
            area_top = parent.mapTo(page, QPoint(0, 0)).y()
            return max(area_top, min(top, area_top + parent.height()))
        parent = parent.parentWidget()
    return top


def test_tab_order_follows_the_page(qtbot: QtBot, wizard: ActivationWizard) -> None:
    for page in tour(qtbot, wizard):
        current = wizard.currentPage()
        last_top, last_name = -1, ""
        for widget in focus_chain(current):
            top = where(widget, current)
            # Top to bottom; widgets side by side in one row may go either way.
            assert top >= last_top - widget.height(), (
                f"{page.name}: Tab goes up from {last_name} to {widget.objectName() or widget}"
            )
            last_top, last_name = top, widget.objectName() or type(widget).__name__


def test_an_error_is_announced_to_screen_readers(
    qtbot: QtBot, wizard: ActivationWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[QWidget, object]] = []
    real = QAccessible.updateAccessibility

    def spy(event):  # type: ignore[no-untyped-def]
        events.append((event.object(), event.type()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", spy)
    for page in tour(qtbot, wizard):
        if page == PageId.ACTIVATING:
            break
    panel = wizard.activating_page.panel
    assert (panel, QAccessible.Event.Alert) in events
    assert panel.accessibleName() == panel.title.text()


class Marking(QTranslator):
    """Wraps every translated text in ⟦ ⟧: what shows without them was never
    passed through a translator."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


# Texts that are data, not words: what the user typed, the server's values, examples.
DATA = re.compile(
    r"^(|XXXX-XXXX-XXXX-XXXX|you@example\.com|[\d\s:./#-]*|.*@.*|https?://\S+|/\S*|[A-Z]:\\\S*)$"
)


def untranslated(page: QWidget) -> list[str]:
    found = []
    for widget in shown_widgets(page):
        texts = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel):
            selectable = (
                widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
            )
            if selectable and widget.accessibleName() not in ("", widget.text()):
                continue  # a value in a details grid: data
            texts.append(re.sub(r"<[^>]+>", "", widget.text()))
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
        found += [t for t in texts if t.strip() and "⟦" not in t and not DATA.match(t.strip())]
    return found


def test_every_shown_string_goes_through_the_translator(
    qtbot: QtBot,
    make_wizard,
    activator: Activator,  # type: ignore[no-untyped-def]
) -> None:
    marking = Marking()
    i18n.add_translator(marking)
    try:
        wizard = make_wizard(activator)
        assert "⟦" in wizard.windowTitle()
        problems = {}
        for page in tour(qtbot, wizard):
            current = wizard.currentPage()
            missing = untranslated(current)
            missing += [t for t in (current.title(), current.subTitle()) if t and "⟦" not in t]
            missing += [b.text() for b in wizard_buttons(wizard) if "⟦" not in b.text()]
            if missing:
                problems[page.name] = missing
        assert not problems, problems
    finally:
        i18n.remove_translator(marking)
        QCoreApplication.removeTranslator(marking)


def test_the_window_keeps_its_size_from_page_to_page(
    qtbot: QtBot, wizard: ActivationWizard
) -> None:
    sizes = {page.name: (wizard.width(), wizard.height()) for page in tour(qtbot, wizard)}
    assert len(set(sizes.values())) == 1, sizes


def test_the_first_frame_has_the_windows_final_size(
    qtbot: QtBot,
    activator: Activator,
    language: str,
) -> None:
    """Only a few pages exist for the first frame (the rest come right after it);
    those few must already give the window the size every page needs, or it would
    grow in front of the user."""
    wizard = ActivationWizard(activator, dialogs=ScriptedDialogs())
    qtbot.addWidget(wizard)
    try:
        wizard.show()
        first = (wizard.width(), wizard.height())
        assert len(wizard.pageIds()) < len(PageId)  # the rest are not built yet
        wizard.key_page  # noqa: B018  (built on first use)
        assert len(wizard.pageIds()) == len(PageId)
        qtbot.waitUntil(lambda: not wizard.session.loading, timeout=10000)
        assert (wizard.width(), wizard.height()) == first
    finally:
        wizard.runner.shutdown(5000)


def test_no_text_is_clipped_in_any_shipped_language(
    qtbot: QtBot,
    make_wizard,
    activator: Activator,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    wizard = make_wizard(activator)
    problems = {}
    for page in tour(qtbot, wizard):
        cut = clipped_in(wizard)
        if cut:
            problems[page.name] = cut
    assert not problems, problems


def test_the_busiest_error_page_has_unique_mnemonics_in_every_language(
    qtbot: QtBot,
    make_wizard,
    config: Config,
    language: str,  # type: ignore[no-untyped-def]
) -> None:
    """No server at all: Retry, Check connection, Activate without internet, Change
    the key and Copy details all show at once, beside the wizard's own buttons."""
    unreachable = replace(config, api_url=f"https://127.0.0.1:{closed_port()}/api/v4")
    store = ActivationStore(unreachable, backend=MemoryKeyring())
    wizard = make_wizard(Activator(unreachable, store=store))
    visit(qtbot, wizard, PageId.ACTIVATING)
    page = wizard.activating_page
    assert page.diagnose_button.isVisible() and page.offline_button.isVisible()
    assert page.retry_button.isVisible() and page.change_button.isVisible()
    letters = [letter for letter, _ in mnemonics(wizard)]
    assert len(letters) == len(set(letters)), mnemonics(wizard)
    assert not clipped_in(wizard)
