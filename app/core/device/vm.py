"""Is this a virtual machine or a container, and which one?"""

from __future__ import annotations

from activation_wizard.core.device.os_facts import WINDOWS_VERSION_KEY
from activation_wizard.core.device.probe import Probe

DMI = "/sys/class/dmi/id/"
CLOCKSOURCES = "/sys/devices/system/clocksource/clocksource0/available_clocksource"
WINDOWS_BIOS_KEY = r"HARDWARE\DESCRIPTION\System\BIOS"

# Substrings of DMI / BIOS strings -> hypervisor name.  Order matters: KVM guests
# also say QEMU in some fields, so the more specific names come first.
_SIGNATURES: tuple[tuple[str, str], ...] = (
    ("kvm", "KVM"),
    ("vmware", "VMware"),
    ("virtualbox", "VirtualBox"),
    ("innotek", "VirtualBox"),
    ("parallels", "Parallels"),
    ("xen", "Xen"),
    ("qemu", "QEMU"),
    ("amazon ec2", "KVM"),
    ("google compute engine", "KVM"),
    ("bochs", "QEMU"),
    ("virtualmac", "Apple Virtualization"),
)


def _match(*texts: str | None) -> str | None:
    blob = " ".join(t for t in texts if t).lower()
    for needle, name in _SIGNATURES:
        if needle in blob:
            return name
    if "microsoft corporation" in blob and "virtual" in blob:
        return "Hyper-V"
    return None


def detect_vm(probe: Probe) -> str | None:
    """The hypervisor or container name, or None on bare metal."""
    if probe.system == "linux":
        return _linux(probe)
    if probe.system == "windows":
        return _match(
            probe.registry(WINDOWS_BIOS_KEY, "SystemManufacturer"),
            probe.registry(WINDOWS_BIOS_KEY, "SystemProductName"),
            probe.registry(WINDOWS_BIOS_KEY, "BIOSVendor"),
        )
    if probe.system == "darwin":
        ioreg = probe.ioreg_platform() or ""
        model = (
            ioreg.split('"model" = <"', 1)[1].split('"', 1)[0] if '"model" = <"' in ioreg else ""
        )
        return _match(model)
    return None


def _linux(probe: Probe) -> str | None:
    if probe.exists("/.dockerenv"):
        return "Docker"
    if probe.exists("/run/.containerenv"):
        return "Podman"
    environ = (probe.read("/proc/1/environ") or "").replace("\0", "\n")
    if "container=podman" in environ:
        return "Podman"
    if "container=lxc" in environ:
        return "LXC"
    cgroup = probe.read("/proc/1/cgroup") or ""
    for needle, name in (
        ("docker", "Docker"),
        ("kubepods", "Docker"),
        ("libpod", "Podman"),
        ("/lxc", "LXC"),
    ):
        if needle in cgroup:
            return name
    osrelease = (probe.read("/proc/sys/kernel/osrelease") or "").lower()
    if "microsoft" in osrelease or "wsl" in osrelease:
        return "WSL"
    found = _match(
        *(
            probe.read(DMI + n)
            for n in ("sys_vendor", "product_name", "board_vendor", "bios_vendor")
        )
    )
    if found == "QEMU" and "kvm-clock" in (probe.read(CLOCKSOURCES) or ""):
        return "KVM"  # QEMU's machine model accelerated by KVM: the usual cloud guest
    if found:
        return found
    if (probe.read("/sys/hypervisor/type") or "").strip().lower() == "xen":
        return "Xen"  # paravirtualised guests have no DMI tables
    cpuinfo = probe.read("/proc/cpuinfo") or ""
    for line in cpuinfo.splitlines():
        if line.startswith("flags") and " hypervisor" in f" {line}":
            return "unknown hypervisor"
    return None


__all__ = ["WINDOWS_BIOS_KEY", "WINDOWS_VERSION_KEY", "detect_vm"]
