"""What the README promises the vendor's own program."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity, load_activation
from activation_wizard.errors import ActivationInvalid, NotActivated


def test_load_activation_reads_what_the_wizard_stored(
    activator: Activator, config: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: activator.store.vault.backend)
    with pytest.raises(NotActivated):
        load_activation(config)
    activator.activate(Identity("license_key", "DEMO-OKAY-0000-0001"))
    activation = load_activation(config)
    assert activation.license.license_type == "time-limited"
    assert {f.code for f in activation.license.product_features} == {"pro", "export"}
    assert activation.features == ["pro", "export"] and activation.has_feature("pro")
    assert not activation.has_feature("enterprise")
    assert activation.license_type == "time-limited" and not activation.is_trial
    assert activation.expires_at is not None and activation.expires_at.tzinfo is not None
    activator.store.path.write_bytes(b"AWD1" + b"\0" * 40)
    with pytest.raises(ActivationInvalid) as caught:
        load_activation(config)
    assert caught.value.reason == "document_corrupt"


def test_the_readme_example_runs_without_qt(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("<!-- vendor-example -->")[1].split("```python")[1].split("```")[0]
    config = tmp_path / "activation-wizard.toml"
    config.write_text('[product]\ncode = "acme"\n[api]\napi_key = "k"\nshared_key = "s"\n')
    code = example.replace("activation-wizard.toml", str(config))
    code += (  # reading the activation loads neither Qt, nor httpx, nor the sandbox
        "\nimport sys\nassert not [m for m in sys.modules"
        " if m.startswith(('PySide6', 'httpx', 'activation_wizard.sandbox', 'flask'))]\n"
    )
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert "not usable" in done.stdout  # the null backend: no keyring, said plainly
