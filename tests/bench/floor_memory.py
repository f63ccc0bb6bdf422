"""The memory floor of an activation with the mission's packages: the bare QWizard
script that, after its first frame, does only what any activation must (on a
worker thread, as the wizard does): one httpx HTTPS request to the sandbox, an RSA
check of the signed answer (cryptography), one keyring write (and its removal).
Prints one JSON line: rss_mib.  Run by budget.py, which compares it with the bare
script and with the wizard: what is above this floor is the wizard's own.
"""

from __future__ import annotations

import base64
import json
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bare_wizard import bare_wizard  # its sibling here: run as a script, as the bench does
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def activation_floor(info: dict[str, str]) -> None:
    import httpx
    import keyring
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    with httpx.Client(verify=info["ca_file"]) as client:
        answer = client.get(
            f"{info['api_url']}/product_details",
            params={"product": info["product"]},
            headers={"Authorization": f"api-key {info['api_key']}"},
        )
    key = load_pem_public_key(Path(info["public_key"]).read_bytes())
    assert isinstance(key, rsa.RSAPublicKey)
    signature = base64.b64decode(answer.headers.get("LicenseSignature", ""))
    key.verify(signature, answer.content, padding.PKCS1v15(), hashes.SHA256())
    service = f"bench-floor-{time.time_ns()}"
    keyring.set_password(service, "activation", "x" * 2000)
    keyring.delete_password(service, "activation")


def main() -> int:
    work = Path(tempfile.mkdtemp())
    sandbox = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "activation_wizard",
            "sandbox",
            "--tls",
            "--db",
            str(work / "s.sqlite3"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert sandbox.stdout is not None
    info = json.loads(sandbox.stdout.readline())
    try:
        app = QApplication(sys.argv[:1])
        wizard, _ = bare_wizard()
        wizard.show()
        failed: list[BaseException] = []

        def work() -> None:
            try:
                activation_floor(info)
            except BaseException as exc:
                failed.append(exc)

        worker = threading.Thread(target=work)
        QTimer.singleShot(50, worker.start)
        poll = QTimer()
        poll.timeout.connect(lambda: worker.ident and not worker.is_alive() and app.quit())
        poll.start(10)
        app.exec()
        if failed:
            raise failed[0]
    finally:
        sandbox.terminate()
        sandbox.wait(10)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rss_mib": rss}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
