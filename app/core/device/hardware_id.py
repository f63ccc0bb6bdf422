"""The hardware id sent to the server, from one of three providers.

- ``default``: SHA-256 hex of ``product:os-id``.  Salting with the product code
  means two vendors' ids for one machine cannot be matched up.
- ``platform``: the raw OS id, as LicenseSpring's PlatformIdProvider sends it,
  so activations made by that SDK keep matching.
- ``sdk``: the official SDK 4.x default (``HardwareIdProviderSource``), so the
  wizard and a program using ``LicenseManager`` are one device to the server.
- ``package.module:function``: a vendor's own; called with the Config.

When the OS id cannot be read, a random id is made once and kept in the data
folder, so the id still never changes between runs.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import uuid
from pathlib import Path

from activation_wizard.config import Config
from activation_wizard.core.datadir import data_root
from activation_wizard.core.device.os_facts import os_id
from activation_wizard.core.device.probe import Probe
from activation_wizard.errors import ConfigError, DataFolderNotWritable

FALLBACK_FILE = "device-id"


def persisted_id(folder: Path) -> str:
    path = folder / FALLBACK_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text
    except OSError:
        pass
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{uuid.uuid4().hex}.tmp")
        tmp.write_text(uuid.uuid4().hex, encoding="ascii")
        try:
            # A hard link appears whole and fails if the id exists: of two first
            # runs racing, the second keeps the first one's id.
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
        return path.read_text(encoding="ascii").strip()
    except OSError as exc:
        # No OS id and nowhere to keep our own: an id made up now would change
        # next run and cost a seat each time, so refuse instead.
        raise DataFolderNotWritable(exc.strerror or str(exc), path=str(folder)) from exc


def base_id(probe: Probe, config: Config) -> str:
    return os_id(probe) or persisted_id(data_root(config))


def sdk_id(probe: Probe, config: Config) -> str:
    """The official SDK's default id: its own generator when installed (the ``sdk``
    extra), exact on every OS. Without it, on Linux, SHA-256 hex of the machine id,
    which is what generator 1.8 computes there (a test compares both with the SDK)."""
    try:
        from licensespring_hardware_id_generator import (
            HardwareIdAlgorithm,
            get_hardware_id,
        )

        value = get_hardware_id(HardwareIdAlgorithm.Default)
    except (ImportError, OSError):  # not installed, or its native library would not load
        value = None
    if isinstance(value, str) and value.strip():
        return value.strip()
    machine = os_id(probe) if probe.system == "linux" else None
    if machine:
        return hashlib.sha256(machine.encode()).hexdigest()
    # Guessing would make this machine a second device, and cost a seat.
    raise ConfigError(
        "device.hardware_id",
        "`sdk` needs the SDK's hardware id generator here: pip install 'activation-wizard[sdk]'",
        config.source,
    )


def hardware_id(probe: Probe, config: Config) -> str:
    provider = config.hardware_id_provider
    if provider == "default":
        return hashlib.sha256(f"{config.product}:{base_id(probe, config)}".encode()).hexdigest()
    if provider == "platform":
        return base_id(probe, config)
    if provider == "sdk":
        return sdk_id(probe, config)
    module_name, _, func_name = provider.partition(":")
    try:
        func = getattr(importlib.import_module(module_name), func_name)
    except (ImportError, AttributeError, ValueError):
        raise ConfigError(
            "device.hardware_id", f"cannot load {provider!r}", config.source
        ) from None
    try:
        value = func(config)
    except Exception as exc:  # a vendor's code: a wrong signature, a crash inside
        raise ConfigError(
            "device.hardware_id", f"{provider} failed ({type(exc).__name__})", config.source
        ) from None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError("device.hardware_id", f"{provider} returned no id", config.source)
    return value.strip()
