"""The official SDK's license file as the wizard keeps it (core.store.sdk_file): the
v4 format, what is carried over, and files that are not what the SDK writes. The real
SDK reading these files is tests/e2e/test_official_sdk.py."""

from __future__ import annotations

import json
import os
import struct
import time
from dataclasses import replace
from pathlib import Path

import pytest
from activation_wizard.config import Config, load_config
from activation_wizard.core.store import StoredActivation, sdk_file

SHARED = "the-shared-key"


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return load_config(
        flags={
            "product": "acme",
            "api_key": "k",
            "shared_key": SHARED,
            "data_dir": str(tmp_path / "data"),
            "hardware_id_provider": "sdk",
            "sdk_license_file": str(tmp_path / "sdk"),
        },
        env={},
    )


def stored(**license: object) -> StoredActivation:
    body = {
        "id": 7,
        "license_key": "AAAA-BBBB-CCCC-DDDD",
        "license_type": "consumption",
        "product_details": {"short_code": "acme", "product_name": "Acme"},
        "product_features": [{"code": "credits", "name": "Credits"}],
        "variables": [{"variable": "seat", "value": "4"}],
        **license,
    }
    now = time.time()
    return StoredActivation(
        kind="license_key",
        identity="AAAA-BBBB-CCCC-DDDD",
        license_body=json.dumps(body).encode(),
        license_signature="sig",
        hardware_id="hw-1",
        server_url="https://api.example",
        product="acme",
        activated_at=now,
        last_check=now,
        last_seen=now,
    )


def read(config: Config) -> dict:  # type: ignore[type-arg]
    path = sdk_file.location(config)
    assert path is not None
    return sdk_file.read_all(path, SHARED)[0]


def test_the_file_is_the_sdks_v4_format(config: Config) -> None:
    path = sdk_file.write(config, stored())
    assert path == Path(config.sdk_license_file) / "License.key"
    data = path.read_bytes()
    assert data[:4] == b"LSLF"
    assert struct.unpack("<HBBI", data[4:12]) == (1, 1, 1, 100_000)
    entry = read(config)["licenses"]["acme"]
    assert entry["license_key"] == "AAAA-BBBB-CCCC-DDDD" and entry["hardware_id"] == "hw-1"
    assert entry["device_variables"] == [{"variable": "seat", "value": "4", "needs_update": False}]
    assert entry["local_consumptions"] == 0 and entry["schema_version"] == "1.1.0"


def test_other_products_and_unsent_consumptions_stay(config: Config) -> None:
    path = sdk_file.write(config, stored())
    assert path is not None
    whole = read(config)
    whole["licenses"]["other"] = {"license_key": "X", "kept": True}
    whole["licenses"]["acme"]["local_consumptions"] = 9
    whole["licenses"]["acme"]["product_features"][0]["local_consumptions"] = 2
    whole["licenses"]["acme"]["sdk_only_field"] = "kept"
    salt = path.read_bytes()[12:28]
    path.write_bytes(sdk_file.seal(json.dumps(whole).encode(), SHARED, salt))
    sdk_file.write(config, stored())
    after = read(config)["licenses"]
    assert after["other"] == {"license_key": "X", "kept": True}
    assert after["acme"]["local_consumptions"] == 9
    assert after["acme"]["product_features"][0]["local_consumptions"] == 2
    assert after["acme"]["sdk_only_field"] == "kept"
    assert path.read_bytes()[12:28] == salt  # a running SDK keeps the key of this salt


def test_the_salt_outlives_a_removal(config: Config) -> None:
    """The SDK derives its key once, from the first file it read: a program running
    across a deactivation and a new activation must still read the new file."""
    path = sdk_file.write(config, stored())
    assert path is not None
    salt = path.read_bytes()[12:28]
    sdk_file.remove(config)
    assert not path.exists()
    sdk_file.write(config, stored())
    assert path.read_bytes()[12:28] == salt


@pytest.mark.parametrize(
    "on_disk",
    [
        {"id": 7, "product_features": 5},
        {"id": 7, "product_features": [{"code": ["a"], "local_consumptions": 3}]},
        {"id": 7, "product_features": [None, "x", {"code": "credits", "local_consumptions": "9"}]},
        "not an entry",
    ],
)
def test_entries_the_sdk_would_not_write_do_not_break_ours(config: Config, on_disk: object) -> None:
    path = sdk_file.write(config, stored())
    assert path is not None
    salt = path.read_bytes()[12:28]
    whole = {"licenses": {"acme": on_disk}}
    path.write_bytes(sdk_file.seal(json.dumps(whole).encode(), SHARED, salt))
    sdk_file.write(config, stored())
    assert read(config)["licenses"]["acme"]["product_features"] == [
        {"code": "credits", "name": "Credits"}
    ]


def test_files_that_are_not_license_files_are_refused_quickly(config: Config) -> None:
    path = sdk_file.location(config)
    assert path is not None
    path.parent.mkdir(parents=True)
    deep = "[" * 100_000 + "]" * 100_000
    cases = {
        "deep": sdk_file.seal(deep.encode(), SHARED, os.urandom(16)),
        "another key": sdk_file.seal(b'{"licenses": {}}', "another", os.urandom(16)),
        "costly header": b"LSLF" + struct.pack("<HBBI", 1, 1, 1, 4_000_000_000) + bytes(60),
        "junk": b"LSLF" + bytes(10),
    }
    for name, data in cases.items():
        path.write_bytes(data)
        started = time.monotonic()
        with pytest.raises(sdk_file.SdkFileUnreadable):
            sdk_file.read_all(path, SHARED)
        assert time.monotonic() - started < 2, name
    with path.open("wb") as f:  # a huge (sparse) file is not read whole
        f.write(b"LSLF")
        f.truncate(1024**3)
    with pytest.raises(sdk_file.SdkFileUnreadable, match="too large"):
        sdk_file.read_all(path, SHARED)


def test_a_bundle_gets_one_entry_per_product_and_leaves_together(config: Config) -> None:
    members = [
        {"id": 1, "license_key": "K", "product_details": {"short_code": "acme"}},
        {"id": 2, "license_key": "K", "product_details": {"short_code": "addon"}},
    ]
    bundle = replace(stored(), license_body=json.dumps(members).encode())
    sdk_file.write(config, bundle)
    entries = read(config)["licenses"]
    assert set(entries) == {"acme", "addon"}
    assert all(e["is_bundle_activated"] for e in entries.values())
    sdk_file.remove(config)
    assert sdk_file.location(config) is not None
    assert not sdk_file.location(config).exists()  # type: ignore[union-attr]


def test_the_password_is_the_sdks_choice(tmp_path: Path) -> None:
    both = load_config(
        flags={
            "product": "acme",
            "api_key": "k",
            "shared_key": SHARED,
            "client_id": "c",
            "client_secret": "secret",
            "hardware_id_provider": "sdk",
        },
        env={},
    )
    assert sdk_file.password(both) == SHARED  # shared key first, as the SDK does
    oauth = replace(both, shared_key="", api_key="")
    assert sdk_file.password(oauth) == "secret"


def test_the_sdk_file_needs_an_id_the_sdk_sends() -> None:
    from activation_wizard.errors import ConfigError

    with pytest.raises(ConfigError, match=r'device\.hardware_id = "sdk"'):
        load_config(
            flags={"product": "acme", "api_key": "k", "shared_key": "s", "sdk_license_file": "x"},
            env={},
        )
