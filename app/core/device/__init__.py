"""What identifies this device, and exactly what is sent about it."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any

from activation_wizard import __version__
from activation_wizard.config import Config
from activation_wizard.core.device.hardware_id import hardware_id
from activation_wizard.core.device.os_facts import mac_address, os_version
from activation_wizard.core.device.probe import Probe, RealProbe
from activation_wizard.core.device.vm import detect_vm
from activation_wizard.i18n import QT_TRANSLATE_NOOP

SDK_VERSION = f"ActivationWizard {__version__}"

WHY = {  # shown through translate("device", ...)
    "hardware_id": QT_TRANSLATE_NOOP(
        "device",
        "Identifies this device to the license server, so one seat is counted for it "
        "however often you activate. A one-way hash: it reveals nothing about your files.",
    ),
    "os_ver": QT_TRANSLATE_NOOP(
        "device", "Lets the vendor's support see which system a seat is on."
    ),
    "hostname": QT_TRANSLATE_NOOP(
        "device", "Helps you recognise this device in the vendor's customer portal."
    ),
    "os_hostname": QT_TRANSLATE_NOOP(
        "device", "The name the operating system gives this computer; same purpose."
    ),
    "ip": QT_TRANSLATE_NOOP(
        "device", "The address of the network interface used to reach the internet."
    ),
    "ip_local": QT_TRANSLATE_NOOP(
        "device", "The local network address; helps support tell devices apart."
    ),
    "mac_address": QT_TRANSLATE_NOOP(
        "device", "The network card of that interface; helps support tell devices apart."
    ),
    "is_vm": QT_TRANSLATE_NOOP(
        "device", "Some licenses may not be used in virtual machines or containers."
    ),
    "vm_info": QT_TRANSLATE_NOOP(
        "device", "Which virtual machine or container was detected, if any."
    ),
    "app_ver": QT_TRANSLATE_NOOP("device", "Which version of the program is being activated."),
    "sdk_ver": QT_TRANSLATE_NOOP(
        "device", "Which version of this activation wizard sent the request."
    ),
}


@dataclass(frozen=True)
class DeviceInfo:
    hardware_id: str
    os_ver: str
    hostname: str
    os_hostname: str
    ip: str | None
    ip_local: str | None
    mac_address: str | None
    is_vm: bool
    vm_info: str | None
    app_ver: str
    sdk_ver: str

    def request_fields(self, config: Config) -> dict[str, Any]:
        """The device part of an activation body: the id plus the fields the vendor chose."""
        values = asdict(self)
        out: dict[str, Any] = {"hardware_id": self.hardware_id}
        for name in config.device_fields:
            value = values[name]
            if value is not None and value != "":
                out[name] = value
        return out

    def explained(self, config: Config) -> list[tuple[str, Any, str]]:
        return [(k, v, WHY[k]) for k, v in self.request_fields(config).items()]


def collect(config: Config, probe: Probe | None = None) -> DeviceInfo:
    probe = probe or RealProbe()
    vm = detect_vm(probe)
    host = probe.hostname()
    ip = probe.outward_ip()
    return DeviceInfo(
        hardware_id=hardware_id(probe, config),
        os_ver=os_version(probe),
        hostname=host,
        os_hostname=_os_hostname(probe) or host,
        ip=ip,
        ip_local=ip,
        mac_address=mac_address(probe),
        is_vm=vm is not None,
        vm_info=vm,
        app_ver=config.app_ver,
        sdk_ver=SDK_VERSION,
    )


def _os_hostname(probe: Probe) -> str | None:
    if probe.system == "windows":
        return os.environ.get("COMPUTERNAME")
    text = probe.read("/proc/sys/kernel/hostname") if probe.system == "linux" else None
    return text.strip() if text else None
