"""Issue 23, item 4: our typed, lax JSON reader (app/core/api/typed_json.py) against
msgspec on the same License API bodies: `python -m tests.bench.typed_json_vs_msgspec`
(needs `pip install msgspec`; it is not a dependency).

Rows: the import (a fresh interpreter, median of N; the models included, since
building them is part of the cost), the memory it adds (resident memory after the
import, less a bare interpreter's; Linux), the time to read one license answer, and what each says
for a field of the wrong type. msgspec's structs here mirror models.LicenseInfo's
fields (strict=False, its lax mode).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import timeit
import types

BODY = json.dumps(
    {
        "id": 1,
        "license_key": "AAAA-BBBB-CCCC-DDDD",
        "hardware_id": "h" * 64,
        "license_type": "perpetual",
        "validity_period": "2027-12-31T00:00:00Z",
        "is_trial": "false",
        "license_active": True,
        "license_enabled": 1,
        "max_activations": "3",
        "times_activated": 1.0,
        "variables": [{"variable": "seat", "value": "desk-4"}],
        "customer": {"email": "a@example.com", "first_name": "A"},
        "product_details": {"product_name": "Demo", "short_code": "demo"},
        "product_features": [{"code": "pro", "name": "Pro"}],
        "something_new": {"the": "server added it"},
    }
).encode()
WRONG = BODY.replace(b'"max_activations": "3"', b'"max_activations": "three"')

OURS = "from activation_wizard.core.api import models, typed_json"
THEIRS = """
import msgspec
from datetime import datetime
from typing import Any

class Customer(msgspec.Struct):
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company_name: str | None = None

class Product(msgspec.Struct):
    product_name: str | None = None
    short_code: str | None = None

class Feature(msgspec.Struct):
    code: str
    name: str | None = None

class Variable(msgspec.Struct):
    variable: str
    value: str | int | float | bool | None = None

class LicenseInfo(msgspec.Struct):
    id: int | None = None
    license_key: str | None = None
    hardware_id: str | None = None
    license_type: str | None = None
    validity_period: datetime | None = None
    is_trial: bool = False
    license_active: bool | None = None
    license_enabled: bool | None = None
    max_activations: int | None = None
    times_activated: int | None = None
    variables: list[Variable] = []
    customer: Customer | None = None
    product_details: Product | None = None
    product_features: list[Feature] = []
    metadata: dict[str, Any] | None = None

decoder = msgspec.json.Decoder(LicenseInfo, strict=False)
"""


def _import_ms(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import time; t=time.perf_counter()\n{code}\nprint((time.perf_counter()-t)*1000)",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout))
    return statistics.median(times)


def _rss_kib(code: str) -> int:
    # The resident set now (Linux), not the peak: start-up's peak hides the import.
    probe = f"{code}\nimport os\nprint(int(open('/proc/self/statm').read().split()[1]) * 4)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return int(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    from activation_wizard.core.api import models

    theirs = types.ModuleType("msgspec_models")  # msgspec reads annotations from its module
    sys.modules[theirs.__name__] = theirs
    exec(THEIRS, theirs.__dict__)
    decoder = theirs.decoder
    bare = _rss_kib("pass")
    rows = [
        ("import, ms (median)", _import_ms(OURS, runs), _import_ms(THEIRS, runs)),
        ("memory added, KiB", _rss_kib(OURS) - bare, _rss_kib(THEIRS) - bare),
        (
            "read one license, us",
            min(timeit.repeat(lambda: models.LicenseInfo.from_json(BODY), number=2000, repeat=5))
            / 2000
            * 1e6,
            min(timeit.repeat(lambda: decoder.decode(BODY), number=2000, repeat=5)) / 2000 * 1e6,
        ),
    ]
    print(f"{'':24}{'typed_json':>14}{'msgspec':>14}")
    for name, ours, theirs in rows:
        print(f"{name:24}{ours:>14.1f}{theirs:>14.1f}")
    for name, read in (
        ("typed_json", lambda: models.LicenseInfo.from_json(WRONG)),
        ("msgspec", lambda: decoder.decode(WRONG)),
    ):
        try:
            read()
        except Exception as exc:
            print(f"wrong type, {name}: {exc}")
    kept = models.LicenseInfo.from_json(BODY)
    print("unknown field kept, typed_json:", getattr(kept, "something_new", None))
    print("unknown field kept, msgspec:", hasattr(decoder.decode(BODY), "something_new"))
    for text in (
        b'{"is_trial": "yes"}',
        b'{"validity_period": "2027-12-31T00:00:00"}',
        b'{"license_type": null, "is_trial": null}',
    ):
        for name, read in (
            ("typed_json", lambda t=text: models.LicenseInfo.from_json(t)),
            ("msgspec", lambda t=text: decoder.decode(t)),
        ):
            try:
                got = read()
                print(
                    f"{text.decode()} -> {name}: is_trial={got.is_trial!r} "
                    f"validity_period={got.validity_period!r}"
                )
            except Exception as exc:
                print(f"{text.decode()} -> {name}: {exc}")


if __name__ == "__main__":
    main()
