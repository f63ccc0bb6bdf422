"""The operating system as data: every device fact is read through a ``Probe``.

The real probe reads files, the Windows registry and (macOS only) one ``ioreg``
call; tests give a ``FakeProbe`` filled with values captured on real machines,
so every OS path runs on any OS.
"""

from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Protocol


class Probe(Protocol):
    system: str  # "linux", "windows" or "darwin"

    def read(self, path: str) -> str | None: ...
    def exists(self, path: str) -> bool: ...
    def registry(self, key: str, name: str) -> str | None: ...
    def ioreg_platform(self) -> str | None: ...
    def hostname(self) -> str: ...
    def outward_ip(self) -> str | None: ...
    def node_mac(self) -> int | None: ...


def _system() -> str:
    return {"win32": "windows", "darwin": "darwin"}.get(sys.platform, "linux")


class RealProbe:
    def __init__(self) -> None:
        self.system = _system()

    def read(self, path: str) -> str | None:
        try:
            with open(path, encoding="utf-8", errors="replace") as f:
                return f.read(65536)
        except OSError:
            return None

    def exists(self, path: str) -> bool:
        return os.path.exists(path)

    def registry(self, key: str, name: str) -> str | None:
        if sys.platform != "win32":
            return None
        import winreg

        try:
            # KEY_WOW64_64KEY: a 32-bit Python must read the same MachineGuid as a 64-bit one.
            access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0, access) as handle:
                value, _ = winreg.QueryValueEx(handle, name)
                return str(value)
        except OSError:
            return None

    @functools.cache  # noqa: B019 - one ioreg call per process is the point
    def ioreg_platform(self) -> str | None:
        if self.system != "darwin":
            return None
        try:
            out = subprocess.run(
                ["/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return out.stdout or None

    def hostname(self) -> str:
        return socket.gethostname()

    def node_mac(self) -> int | None:
        """The stdlib's MAC pick (Windows: an API call, no subprocess); None if made up."""
        import uuid

        node = uuid.getnode()
        return None if node >> 40 & 1 else node  # multicast bit: a random stand-in

    def outward_ip(self) -> str | None:
        """The address of the interface that routes outward.

        A UDP socket's connect() only asks the routing table; no packet is sent.
        """
        for family, target in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
            try:
                with socket.socket(family, socket.SOCK_DGRAM) as s:
                    s.connect((target, 9))
                    return str(s.getsockname()[0])
            except OSError:
                continue
        return None


@dataclass
class FakeProbe:
    """A probe made of captured values, for tests."""

    system: str = "linux"
    files: dict[str, str] = field(default_factory=dict)
    registry_values: dict[tuple[str, str], str] = field(default_factory=dict)
    ioreg: str | None = None
    host: str = "test-host"
    ip: str | None = "192.168.1.20"
    mac: int | None = None
    reads: int = 0

    def read(self, path: str) -> str | None:
        self.reads += 1
        return self.files.get(path)

    def exists(self, path: str) -> bool:
        return path in self.files

    def registry(self, key: str, name: str) -> str | None:
        return self.registry_values.get((key, name))

    def ioreg_platform(self) -> str | None:
        return self.ioreg

    def hostname(self) -> str:
        return self.host

    def outward_ip(self) -> str | None:
        return self.ip

    def node_mac(self) -> int | None:
        return self.mac
