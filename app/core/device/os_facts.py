"""Per-OS readers: the OS id, the OS version, the outward interface's MAC."""

from __future__ import annotations

import platform
import re

from activation_wizard.core.device.probe import Probe

LINUX_MACHINE_ID_FILES = ("/etc/machine-id", "/var/lib/dbus/machine-id")
WINDOWS_CRYPTOGRAPHY_KEY = r"SOFTWARE\Microsoft\Cryptography"
WINDOWS_VERSION_KEY = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion"
MACOS_VERSION_PLIST = "/System/Library/CoreServices/SystemVersion.plist"
_UUID = re.compile(r'"IOPlatformUUID"\s*=\s*"([0-9A-Fa-f-]{36})"')


def os_id(probe: Probe) -> str | None:
    """The OS's own stable machine id, or None when it cannot be read."""
    if probe.system == "linux":
        for path in LINUX_MACHINE_ID_FILES:
            text = (probe.read(path) or "").strip()
            if re.fullmatch(r"[0-9a-fA-F]{32}", text):
                return text.lower()
        return None
    if probe.system == "windows":
        guid = (probe.registry(WINDOWS_CRYPTOGRAPHY_KEY, "MachineGuid") or "").strip()
        return guid.lower() or None
    if probe.system == "darwin":
        m = _UUID.search(probe.ioreg_platform() or "")
        return m.group(1).upper() if m else None
    return None


def os_version(probe: Probe) -> str:
    if probe.system == "linux":
        pretty = ""
        for line in (probe.read("/etc/os-release") or "").splitlines():
            if line.startswith("PRETTY_NAME="):
                pretty = line.split("=", 1)[1].strip().strip('"')
        kernel = (probe.read("/proc/sys/kernel/osrelease") or "").strip()
        return "; ".join(p for p in (pretty or "Linux", f"kernel {kernel}" if kernel else "") if p)
    if probe.system == "windows":
        name = probe.registry(WINDOWS_VERSION_KEY, "ProductName") or "Windows"
        build = probe.registry(WINDOWS_VERSION_KEY, "CurrentBuildNumber")
        display = probe.registry(WINDOWS_VERSION_KEY, "DisplayVersion")
        if build and build.isdigit() and int(build) >= 22000:
            name = name.replace("Windows 10", "Windows 11")  # the registry still says 10
        return " ".join(p for p in (name, display, f"(build {build})" if build else "") if p)
    if probe.system == "darwin":
        plist = probe.read(MACOS_VERSION_PLIST) or ""
        m = re.search(r"<key>ProductVersion</key>\s*<string>([^<]+)</string>", plist)
        return f"macOS {m.group(1)}" if m else "macOS"
    return platform.platform()


def linux_outward_interface(probe: Probe) -> str | None:
    """The interface of the default route, from /proc/net/route."""
    for line in (probe.read("/proc/net/route") or "").splitlines()[1:]:
        cols = line.split()
        if len(cols) > 2 and cols[1] == "00000000":
            return cols[0]
    return None


def mac_address(probe: Probe) -> str | None:
    """MAC of the outward interface (Linux); elsewhere the stdlib's pick if it is real."""
    if probe.system == "linux":
        iface = linux_outward_interface(probe)
        if iface:
            mac = (probe.read(f"/sys/class/net/{iface}/address") or "").strip().upper()
            if re.fullmatch(r"([0-9A-F]{2}:){5}[0-9A-F]{2}", mac) and mac != "00:00:00:00:00:00":
                return mac
        return None
    node = probe.node_mac()
    if node is None:
        return None
    return ":".join(f"{node >> s & 0xFF:02X}" for s in range(40, -1, -8))
