"""An OAuth access token shared by every request of one ``Activator``.

Kept apart from ``oauth`` so that holding a cache does not import httpx at start-up.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field


@dataclass
class TokenCache:
    token: str = field(default="", repr=False)
    expires_at: float = 0.0
    token_url: str = ""  # discovered once
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def valid(self, now: float) -> str:
        with self.lock:
            return self.token if self.token and now < self.expires_at else ""

    def put(self, token: str, expires_at: float) -> None:
        with self.lock:
            self.token, self.expires_at = token, expires_at

    def clear(self) -> None:
        with self.lock:
            self.token, self.expires_at = "", 0.0
