"""The one background-task abstraction: a plain function on a QThreadPool.

The function gets a ``CancelToken`` and runs on a pool thread; its result or
its exception comes back to the GUI thread through ``succeeded`` / ``failed``.
Workers never touch widgets.  ``TaskRunner.shutdown()`` cancels and waits, so
no thread outlives the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from activation_wizard.core.cancel import CancelToken
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[[CancelToken], Any], signals: TaskSignals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it: no C++ delete behind the wrapper
        self.fn = fn
        self.token = CancelToken()
        # Owned by the runner (a QObject parent) and deleted with deleteLater() on the
        # GUI thread: the Task's last reference may drop on the worker thread, and a
        # QObject destroyed there, with its queued signals pending, crashes Qt.
        self.signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.token)
        except BaseException as exc:  # everything reaches the page, nothing the thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def cancel(self) -> None:
        self.token.cancel()


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._tasks: set[Task] = set()

    def start(
        self,
        fn: Callable[[CancelToken], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Task:
        task = Task(fn, TaskSignals(self))
        task.signals.succeeded.connect(on_success)
        task.signals.failed.connect(on_failure)
        task.signals.finished.connect(lambda: self._on_task_finished(task))
        self._tasks.add(task)
        self.pool.start(task)
        return task

    def _on_task_finished(self, task: Task) -> None:
        self._tasks.discard(task)
        task.signals.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel everything and wait for the threads; True when none is left."""
        self.cancel_all()
        return bool(self.pool.waitForDone(timeout_ms))
