"""Issue 24: what every start of a vendor's program pays for ``load_activation()``,
against the floor any program checking a license pays: the same Python reading one
keyring secret and verifying one RSA signature (keyring, cryptography).

A fresh process each run, interleaved, with an activation stored by the CLI in the
real keyring (`bash packaging/dev bench` runs it in a D-Bus session with
gnome-keyring): process start to exit, and peak RSS.  Also checks that loading
imports neither httpx, Qt nor the sandbox.

    python -m tests.bench.runtime_api [--runs N]
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tests.bench.sandbox_process import start_sandbox

BIN = Path(sys.executable).parent

OURS = """
from activation_wizard.config import load_config
from activation_wizard.core.activation import load_activation
activation = load_activation(load_config(None))
assert activation.license_type
import sys
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"httpx", "PySide6", "flask"})
heavy += [m for m in sys.modules if m.startswith("activation_wizard.sandbox")]
assert not heavy, heavy
"""

FLOOR = """
import base64, os
from pathlib import Path
import keyring
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.serialization import load_pem_public_key
secret = keyring.get_password(os.environ["ACTIVATION_WIZARD_KEYRING_SERVICE"], "activation")
assert secret
key = load_pem_public_key(Path(os.environ["FLOOR_PEM"]).read_bytes())
body = Path(os.environ["FLOOR_BODY"]).read_bytes()
signature = base64.b64decode(Path(os.environ["FLOOR_SIGNATURE"]).read_text())
key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
"""


def _timed(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Process start to exit (ms) and peak RSS (MiB) of ``python -c code``."""
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    ended = time.monotonic()
    if os.waitstatus_to_exitcode(status) != 0:
        assert proc.stderr is not None
        raise RuntimeError(proc.stderr.read().decode(errors="replace"))
    return (ended - start) * 1000, usage.ru_maxrss / 1024


def measure(runs: int) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="bench-runtime-"))
    sandbox, info = start_sandbox(work)
    try:
        env = {
            **os.environ,
            "ACTIVATION_WIZARD_API_URL": info["api_url"],
            "ACTIVATION_WIZARD_PRODUCT": info["product"],
            "ACTIVATION_WIZARD_API_KEY": info["api_key"],
            "ACTIVATION_WIZARD_SHARED_KEY": info["shared_key"],
            "ACTIVATION_WIZARD_PUBLIC_KEY": info["public_key"],
            "ACTIVATION_WIZARD_CA_FILE": info["ca_file"],
            "ACTIVATION_WIZARD_DATA_DIR": str(work / "data"),
            "ACTIVATION_WIZARD_KEYRING_SERVICE": f"bench-runtime-{uuid.uuid4().hex}",
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: compiled modules
        done = subprocess.run(
            [str(BIN / "activation-wizard"), "activate", "--license-key", "DEMO-OKAY-0000-0001"],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr)
        stored = json.loads(
            subprocess.run(
                [str(BIN / "activation-wizard"), "status", "--json"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        body = json.dumps(stored["license"]).encode()  # any signed body of that size will do
        key = _signed(body, work)
        env.update(FLOOR_PEM=str(key), FLOOR_BODY=str(work / "body"))
        env["FLOOR_SIGNATURE"] = str(work / "signature")
        ours, floor = [], []
        for _ in range(runs):
            ours.append(_timed(OURS, env))
            floor.append(_timed(FLOOR, env))
        subprocess.run([str(BIN / "activation-wizard"), "deactivate"], env=env, capture_output=True)
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    return {
        "ours_ms": statistics.median(t for t, _ in ours),
        "floor_ms": statistics.median(t for t, _ in floor),
        "ours_mib": statistics.median(m for _, m in ours),
        "floor_mib": statistics.median(m for _, m in floor),
    }


def _signed(body: bytes, work: Path) -> Path:
    """A fresh RSA key and its signature of ``body``, as the floor verifies them."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    (work / "body").write_bytes(body)
    signature = key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    (work / "signature").write_text(base64.b64encode(signature).decode())
    pem = work / "public.pem"
    pem.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return pem


def row(figures: dict[str, float]) -> tuple[str, str, str, str, str, bool]:
    """A budget row (tests/bench/budget.py): what, figure, floor, above it, budget, met."""
    extra_ms = figures["ours_ms"] - figures["floor_ms"]
    extra_mib = figures["ours_mib"] - figures["floor_mib"]
    return (
        "runtime API: fresh process, load_activation()",
        f"{figures['ours_ms']:.0f} ms, {figures['ours_mib']:.0f} MiB",
        f"floor {figures['floor_ms']:.0f} ms, {figures['floor_mib']:.0f} MiB",
        f"{extra_ms:+.0f} ms, {extra_mib:+.1f} MiB",
        "<= +20 ms, <= +5 MiB",
        extra_ms <= 20 and extra_mib <= 5,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    figures = measure(parser.parse_args(argv).runs)
    *cells, met = row(figures)
    print("| what | this project | floor | above the floor | budget | met |")
    print("|---|---|---|---|---|---|")
    print("| " + " | ".join(cells) + (" | yes |" if met else " | NO |"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
