"""Device identity: every OS path on captured values; stable ids; honest VM detection."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from activation_wizard.config import Config, load_config
from activation_wizard.core.device import collect
from activation_wizard.core.device.probe import FakeProbe, RealProbe
from activation_wizard.core.device.vm import WINDOWS_BIOS_KEY, detect_vm
from activation_wizard.errors import ConfigError

from tests.fixtures.device import LINUX_GUESTS, linux_laptop, macbook, windows_pc


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return load_config(
        flags={
            "product": "acme",
            "api_key": "k",
            "shared_key": "s",
            "data_dir": str(tmp_path / "data"),
        },
        env={},
    )


def vendor_id(config: Config) -> str:
    """A vendor's own provider, named in the config as tests.unit.test_device:vendor_id."""
    return f"vendor-{config.product}"


# --- each OS's readers ------------------------------------------------------------


def test_linux_laptop(cfg: Config) -> None:
    d = collect(cfg, linux_laptop())
    assert d.hardware_id == hashlib.sha256(b"acme:3f1b2c4d5e6f708192a3b4c5d6e7f809").hexdigest()
    assert d.os_ver == "Debian GNU/Linux 12 (bookworm); kernel 6.1.0-27-amd64"
    assert (d.hostname, d.os_hostname) == ("jane-xps", "jane-xps")
    assert d.ip_local == "192.168.2.41"
    assert d.mac_address == "A4:C3:F0:85:1E:2B"  # the default route's interface, not docker0
    assert (d.is_vm, d.vm_info) == (False, None)


def test_linux_falls_back_to_the_dbus_machine_id(cfg: Config) -> None:
    probe = linux_laptop()
    del probe.files["/etc/machine-id"]
    probe.files["/var/lib/dbus/machine-id"] = "0123456789abcdef0123456789abcdef\n"
    assert (
        collect(cfg, probe).hardware_id
        == hashlib.sha256(b"acme:0123456789abcdef0123456789abcdef").hexdigest()
    )


def test_windows_reads_the_registry_only(cfg: Config) -> None:
    d = collect(cfg, windows_pc())
    assert d.hardware_id == hashlib.sha256(b"acme:5b0f2ad1-9c3e-4f6b-8e2a-71d04c9b3e55").hexdigest()
    assert d.os_ver == "Windows 11 Pro 23H2 (build 22631)"
    assert d.mac_address == "8C:8C:AA:1F:2B:3C"
    assert (d.is_vm, d.vm_info) == (False, None)


def test_macos_reads_ioreg_once_and_the_version_plist(cfg: Config) -> None:
    d = collect(cfg, macbook())
    assert d.hardware_id == hashlib.sha256(b"acme:8E1F0C1A-6B2D-4C3E-9F40-5A6B7C8D9E0F").hexdigest()
    assert d.os_ver == "macOS 14.7.1"
    assert d.mac_address == "3C:06:30:A1:B2:C3"
    assert d.is_vm is False


def test_platform_provider_sends_the_raw_os_id(cfg: Config) -> None:
    config = replace(cfg, hardware_id_provider="platform")
    assert collect(config, windows_pc()).hardware_id == "5b0f2ad1-9c3e-4f6b-8e2a-71d04c9b3e55"
    assert collect(config, linux_laptop()).hardware_id == "3f1b2c4d5e6f708192a3b4c5d6e7f809"


def test_sdk_provider_without_the_generator(cfg: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the SDK's generator installed: Linux has the generator's own formula
    (compared with the real SDK in tests/e2e/test_official_sdk.py); elsewhere a
    guess would make a second device, so a clear error instead."""
    monkeypatch.setitem(sys.modules, "licensespring_hardware_id_generator", None)
    config = replace(cfg, hardware_id_provider="sdk")
    assert (
        collect(config, linux_laptop()).hardware_id
        == hashlib.sha256(b"3f1b2c4d5e6f708192a3b4c5d6e7f809").hexdigest()
    )
    for probe in (windows_pc(), macbook()):
        with pytest.raises(ConfigError) as caught:
            collect(config, probe)
        assert caught.value.field == "device.hardware_id"
        assert "activation-wizard[sdk]" in str(caught.value)


def test_vendor_provider_by_dotted_path(cfg: Config) -> None:
    config = replace(cfg, hardware_id_provider="tests.unit.test_device:vendor_id")
    assert collect(config, linux_laptop()).hardware_id == "vendor-acme"
    with pytest.raises(ConfigError) as caught:
        collect(replace(cfg, hardware_id_provider="no.such.module:f"), linux_laptop())
    assert caught.value.field == "device.hardware_id"


# --- stability ------------------------------------------------------------------


def test_same_inputs_give_the_same_id(cfg: Config) -> None:
    assert collect(cfg, linux_laptop()).hardware_id == collect(cfg, linux_laptop()).hardware_id


def test_network_changes_leave_the_id_alone(cfg: Config) -> None:
    before = collect(cfg, linux_laptop())
    changed = linux_laptop(
        **{
            "/sys/class/net/wlp0s20f3/address": "00:11:22:33:44:55\n",
            "/proc/sys/kernel/hostname": "renamed\n",
        }
    )
    changed.host, changed.ip = "renamed", "10.9.8.7"
    after = collect(cfg, changed)
    assert after.mac_address != before.mac_address and after.hostname != before.hostname
    assert after.hardware_id == before.hardware_id


def test_two_vendors_cannot_match_up_one_machine(cfg: Config) -> None:
    other = replace(cfg, product="other-vendor")
    assert collect(cfg, linux_laptop()).hardware_id != collect(other, linux_laptop()).hardware_id


def test_no_machine_id_falls_back_to_a_persisted_one(cfg: Config) -> None:
    def bare() -> FakeProbe:
        probe = linux_laptop()
        del probe.files["/etc/machine-id"]
        return probe

    first = collect(cfg, bare()).hardware_id
    assert (cfg.data_dir / "device-id").is_file()  # type: ignore[operator]
    assert collect(cfg, bare()).hardware_id == first  # a later run, same id
    windows = windows_pc()
    windows.registry_values.clear()  # e.g. a locked-down registry
    assert collect(cfg, windows).hardware_id == first  # one fallback per user, whatever OS path


def test_an_empty_or_garbage_machine_id_is_not_used(cfg: Config) -> None:
    probe = linux_laptop(**{"/etc/machine-id": "uninitialized\n"})
    assert collect(cfg, probe).hardware_id != collect(cfg, linux_laptop()).hardware_id


# --- VMs and containers -----------------------------------------------------------


@pytest.mark.parametrize("name", sorted(LINUX_GUESTS))
def test_linux_names_the_hypervisor(name: str) -> None:
    assert detect_vm(LINUX_GUESTS[name]()) == name


def test_xen_paravirtualised_guest_without_dmi() -> None:
    probe = linux_laptop(**{"/sys/hypervisor/type": "xen\n"})
    for key in [k for k in probe.files if k.startswith("/sys/class/dmi/")]:
        del probe.files[key]
    assert detect_vm(probe) == "Xen"


def test_an_unnamed_hypervisor_is_still_a_vm() -> None:
    probe = linux_laptop(**{"/proc/cpuinfo": "flags\t\t: fpu sse2 hypervisor\n"})
    assert detect_vm(probe) == "unknown hypervisor"


def test_bare_metal_is_not_a_vm() -> None:
    assert detect_vm(linux_laptop()) is None
    assert detect_vm(windows_pc()) is None
    assert detect_vm(macbook()) is None


@pytest.mark.parametrize(
    ("manufacturer", "product", "name"),
    [
        ("VMware, Inc.", "VMware7,1", "VMware"),
        ("innotek GmbH", "VirtualBox", "VirtualBox"),
        ("Microsoft Corporation", "Virtual Machine", "Hyper-V"),
        ("QEMU", "Standard PC (Q35 + ICH9, 2009)", "QEMU"),
        ("Xen", "HVM domU", "Xen"),
        ("Parallels International GmbH.", "Parallels ARM Virtual Machine", "Parallels"),
    ],
)
def test_windows_names_the_hypervisor(manufacturer: str, product: str, name: str) -> None:
    probe = windows_pc(SystemManufacturer=manufacturer, SystemProductName=product, BIOSVendor="")
    assert detect_vm(probe) == name
    assert probe.registry(WINDOWS_BIOS_KEY, "SystemManufacturer") == manufacturer


@pytest.mark.parametrize(
    ("model", "name"),
    [
        ("VMware7,1", "VMware"),
        ("Parallels-ARM", "Parallels"),
        ("VirtualMac2,1", "Apple Virtualization"),
    ],
)
def test_macos_names_the_hypervisor(model: str, name: str) -> None:
    assert detect_vm(macbook(model)) == name


# --- what is sent -----------------------------------------------------------------


def test_only_the_chosen_optional_fields_are_sent(cfg: Config) -> None:
    config = replace(cfg, device_fields=("os_ver", "is_vm"))
    fields = collect(config, linux_laptop()).request_fields(config)
    assert set(fields) == {"hardware_id", "os_ver", "is_vm"}
    json.dumps(fields)  # what goes on the wire


def test_every_sent_field_is_explained(cfg: Config) -> None:
    device = collect(cfg, linux_laptop())
    for name, _, why in device.explained(cfg):
        assert len(why) > 20, name


def test_the_real_probe_starts_no_process_on_linux(
    cfg: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    def forbidden(*_: object, **__: object) -> None:
        raise AssertionError("a subprocess was started")

    monkeypatch.setattr(subprocess, "Popen", forbidden)
    device = collect(cfg, RealProbe())
    assert len(device.hardware_id) == 64


def test_no_os_id_and_no_writable_folder_is_refused_not_made_up(
    cfg: Config, tmp_path: Path
) -> None:
    from activation_wizard.errors import DataFolderNotWritable

    probe = linux_laptop()
    del probe.files["/etc/machine-id"]
    (tmp_path / "a-file").write_text("")
    with pytest.raises(DataFolderNotWritable):
        collect(replace(cfg, data_dir=tmp_path / "a-file" / "data"), probe)


def test_first_runs_racing_for_the_fallback_id_agree(cfg: Config) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from activation_wizard.core.device.hardware_id import persisted_id

    assert cfg.data_dir is not None
    with ThreadPoolExecutor(8) as pool:
        ids = set(pool.map(lambda _: persisted_id(cfg.data_dir), range(32)))  # type: ignore[arg-type]
    assert len(ids) == 1
    assert not list(cfg.data_dir.glob("*.tmp"))
