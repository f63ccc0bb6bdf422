"""The standing performance budget (issues 12 and 24), each row against its floor
measured in the same run: `bash packaging/dev bench` (or `python -m tests.bench.budget
[--runs N]`).  Every row prints the figure, its floor, how far above the floor, the
budget and whether it is met; the last line is a summary to paste.

Rows:
- start-up (nothing stored / an activation stored / the first start ever): process
  start to the first page painted, median of N interleaved runs, against a bare
  QWizard script; the moment each program prints with --exit-after-first-frame, on
  the monotonic clock this harness reads as it starts it; in brackets, to the exit
  that follows.  The first two follow a start that saw every page (the window's size
  is remembered, gui/window_fit.py); the first ever has a data folder of its own.
- peak RSS: at start (against the bare script), and of one whole activation by license
  key in a fresh process (tests/bench/gui_gaps.py --one-activation) against the floor:
  the bare script doing only what any activation must, one HTTPS request, an RSA check
  and a keyring write (tests/bench/floor_memory.py).
- GUI gap per flow (key, account, SSO, offline, Check now): the GUI thread's longest
  pause with 300 ms of sandbox latency, worst of up to 5 fresh processes.
- the runtime API (tests/bench/runtime_api.py), click to Activated at 300 ms RTT
  (tests/bench/click_to_activated.py), the device facts (tests/bench/bench_device.py).
- the PyInstaller builds (`bash packaging/dev bundle`, one folder and one file) against
  the bare script built by the same spec: the folder's size against the floor bundle
  (the bare one plus the libraries keyring's Secret Service backend and HTTPS cannot do
  without), and start-up against the bare build.  Offscreen platform.
``--no-bundles`` skips the four builds (about four minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DATA_DIR = "ACTIVATION_WIZARD_DATA_DIR"


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Process start to its first frame (ms: the moment it prints, on the same
    monotonic clock), process start to exit (ms), and peak RSS (KiB) of one process."""
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=errors)
        assert proc.stdout is not None
        with proc.stdout:
            out = proc.stdout.read()  # to its end: the process is exiting
        _, status, usage = os.wait4(proc.pid, 0)  # reaped here, for its own peak RSS
        ended = time.monotonic()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{cmd[0]} failed: {errors.read().decode(errors='replace')}")
    said = out.decode()
    if "first frame at monotonic " not in said:
        raise RuntimeError(f"{cmd[0]} did not say when it painted its first frame: {said!r}")
    painted = float(said.split("first frame at monotonic ")[1].split()[0])
    return (painted - start) * 1000, (ended - start) * 1000, usage.ru_maxrss


def _stored_activation(env: dict[str, str], flags: list[str]) -> None:
    done = subprocess.run(
        [
            str(BIN / "activation-wizard"),
            *flags,
            "activate",
            "--license-key",
            "DEMO-OKAY-0000-0001",
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)


def _env() -> dict[str, str]:
    """As installed programs run: with compiled modules (pip and PyInstaller
    write them; without, every start would compile the wizard's sources anew)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "app")], check=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("ACTIVATION_WIZARD_REQUIRE_KEYRING", None)
    return env


def build_bundles(work: Path) -> dict[str, Path]:
    """The wizard and the bare script, each as one folder and one file, built by
    packaging/bundle.py with the same spec options."""
    out = {}
    for name, extra in {
        "folder": [],
        "folder_bare": ["--bare"],
        "onefile": ["--onefile"],
        "onefile_bare": ["--onefile", "--bare"],
    }.items():
        done = subprocess.run(
            [
                sys.executable,
                str(ROOT / "packaging" / "bundle.py"),
                *extra,
                "--dist",
                str(work / name),
                "--work",
                str(work / "build" / name),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        out[name] = Path(done.stdout.strip().splitlines()[-1].split("  (")[0])
    return out


def size_mib(program: Path) -> float:
    """A one-file program's size, or its whole folder's."""
    if program.parent.name == program.name:  # dist/NAME/NAME: the folder build
        sys.path.insert(0, str(ROOT / "packaging"))
        from bundle import folder_size

        return folder_size(program.parent) / 2**20
    return program.stat().st_size / 2**20


# What keyring's Secret Service backend (cryptography, through SecretStorage) and any
# HTTPS client (Python's ssl) add to a bundle, whatever the program around them.
FLOOR_FILES = ("cryptography/", "_cffi_backend", "libssl", "lib-dynload/_ssl")


def floor_size_mib(program: Path, bare: Path) -> float:
    """The bare bundle plus only the libraries the named packages cannot do without."""
    internal = program.parent / "_internal"
    needed = sum(
        path.stat().st_size
        for path in internal.rglob("*")
        if path.is_file()
        and not path.is_symlink()
        and any(part in path.relative_to(internal).as_posix() for part in FLOOR_FILES)
    )
    return size_mib(bare) + needed / 2**20


def memory_floor(runs: int) -> float:
    """Peak RSS (MiB) of tests/bench/floor_memory.py: the bare script doing only an
    activation's HTTPS request, RSA check and keyring write; the highest of ``runs``."""
    return max(run["rss_mib"] for run in _probe("floor_memory.py", runs, timeout=120))


def _probe(script: str, runs: int, timeout: float, *args: str) -> list[dict[str, Any]]:
    """The JSON line each of ``runs`` fresh processes of tests/bench/SCRIPT prints last."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "bench" / script), *args],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return results


def startup(runs: int, bundles: dict[str, Path]) -> dict[str, dict[str, float]]:
    """Medians of interleaved runs: bare, empty, stored; and each bundle."""
    from activation_wizard.sandbox.server import Sandbox

    work = Path(tempfile.mkdtemp())
    env = _env()
    with Sandbox(work / "sandbox.sqlite3", tls=True) as sandbox:
        info = sandbox.info.config_flags()
        common = [
            f"--{k.replace('_', '-')}={v}"
            for k, v in info.items()
            if k in ("api_url", "product", "api_key", "shared_key", "public_key", "ca_file")
        ]
        empty_env = {
            **env,
            DATA_DIR: str(work / "empty"),
            "ACTIVATION_WIZARD_KEYRING_SERVICE": f"bench-empty-{os.getpid()}",
        }
        stored_env = {
            **env,
            DATA_DIR: str(work / "stored"),
            "ACTIVATION_WIZARD_KEYRING_SERVICE": f"bench-stored-{os.getpid()}",
        }
        _stored_activation(stored_env, common)
        program = [str(BIN / "activation-wizard"), *common]
        for earlier in (empty_env, stored_env):  # a start before, which saw every page
            subprocess.run([*program, "--quit-after", "3000"], env=earlier, capture_output=True)
            if not list(Path(earlier[DATA_DIR]).glob("*/window-size")):
                raise RuntimeError("the wizard did not remember its size")
        wizard = [*program, "--exit-after-first-frame"]
        bare = [sys.executable, str(ROOT / "tests" / "bench" / "bare_wizard.py")]
        firsts = iter(range(1_000_000))
        commands: dict[str, tuple[list[str], Callable[[], dict[str, str]]]] = {
            "bare": (bare, lambda: env),
            "empty": (wizard, lambda: empty_env),
            "stored": (wizard, lambda: stored_env),
            # The very first start on this computer: a data folder of its own each run.
            "first": (wizard, lambda: {**empty_env, DATA_DIR: str(work / f"first-{next(firsts)}")}),
        }
        for name, built in bundles.items():
            if name.endswith("_bare"):
                commands[name] = ([str(built)], lambda: env)
            else:
                frozen = [str(built), *common, "--exit-after-first-frame"]
                commands[name] = (frozen, lambda: empty_env)
        results: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (cmd, cmd_env) in commands.items():
                results[name].append(_run(cmd, cmd_env()))
        subprocess.run(
            [str(BIN / "activation-wizard"), *common, "deactivate"],
            env=stored_env,
            capture_output=True,
        )
    return {
        name: {
            "ms": statistics.median(frame for frame, _, _ in rows),
            "exit_ms": statistics.median(ended for _, ended, _ in rows),
            "rss_mib": max(rss for _, _, rss in rows) / 1024,
        }
        for name, rows in results.items()
    }


def responsiveness(runs: int) -> dict[str, dict[str, float]]:
    """Gaps between 5 ms ticks on the GUI thread in each flow (tests/bench/gui_gaps.py):
    per flow, each figure the median over ``runs`` fresh processes, and the worst max."""
    results = _probe("gui_gaps.py", runs, 300)
    flows = {}
    for flow in results[0]["flows"]:
        figures = [r["flows"][flow] for r in results]
        flows[flow] = {k: statistics.median(f[k] for f in figures) for k in figures[0]}
        flows[flow]["worst"] = max(f["max"] for f in figures)
    return flows


def activation_memory(runs: int) -> float:
    """Peak RSS (MiB) of one whole activation by license key in a fresh wizard process;
    the highest of ``runs``."""
    return max(r["rss_mib"] for r in _probe("gui_gaps.py", runs, 300, "--one-activation"))


Row = tuple[str, str, str, str, str, bool]  # what, figure, floor, above it, budget, met


def startup_row(what: str, ours: dict[str, float], bare: dict[str, float]) -> Row:
    """Process start to the first frame (the budget), and in brackets to the exit
    that follows it (what /usr/bin/time sees)."""
    ratio = ours["ms"] / bare["ms"]
    return (
        what,
        f"{ours['ms']:.0f} ms ({ours['exit_ms']:.0f})",
        f"{bare['ms']:.0f} ms ({bare['exit_ms']:.0f})",
        f"{ratio:.2f}x ({ours['exit_ms'] / bare['exit_ms']:.2f}x)",
        "<= 1.3x",
        ratio <= 1.3,
    )


def summary(rows: list[Row], runs: int) -> str:
    """One line a person can paste: how many budgets are met, and each one missed."""
    missed = [
        f"{what.strip()} {above} ({budget})" for what, _, _, above, budget, ok in rows if not ok
    ]
    said = f"budgets met: {len(rows) - len(missed)} of {len(rows)}"
    said += ("; missed: " + "; ".join(missed)) if missed else ""
    return f"{said} (median of {runs} interleaved runs, {os.cpu_count()} cores, offscreen)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-bundles", action="store_true", help="skip the PyInstaller rows")
    args = parser.parse_args(argv)
    bundles = {} if args.no_bundles else build_bundles(Path(tempfile.mkdtemp(prefix="bench-")))
    start = startup(args.runs, bundles)
    few = max(1, min(5, args.runs))
    gaps = responsiveness(few)
    memory = activation_memory(few)
    floor = memory_floor(few)
    from tests.bench.bench_device import measure

    warm, cold = measure(max(10, args.runs * 20), max(3, args.runs))
    from tests.bench import runtime_api

    runtime = runtime_api.measure(max(5, args.runs))
    from tests.bench import click_to_activated

    clicks = click_to_activated.measure(max(1, min(3, args.runs)))
    bare = start["bare"]
    at_start = start["empty"]["rss_mib"] - bare["rss_mib"]
    warm_ms, cold_ms = statistics.median(warm), statistics.median(cold)
    rows: list[Row] = [
        startup_row("start-up, nothing stored", start["empty"], bare),
        startup_row("start-up, activation stored", start["stored"], bare),
        startup_row("start-up, the first ever", start["first"], bare),
        (
            "peak RSS at start",
            f"{start['empty']['rss_mib']:.0f} MiB",
            f"bare QWizard {bare['rss_mib']:.0f} MiB",
            f"+{at_start:.0f} MiB",
            "<= +25 MiB",
            at_start <= 25,
        ),
        (
            "peak RSS, whole activation (license key)",
            f"{memory:.0f} MiB",
            f"bare + HTTPS request, RSA check, keyring write {floor:.0f} MiB",
            f"{memory - floor:+.1f} MiB",
            "<= floor + 10 MiB",
            memory - floor <= 10,
        ),
        *(
            (
                f"GUI gap, {flow} flow",
                f"worst {gap['worst']:.1f} ms",
                f"5 ms ticks; median run p50 {gap['p50']:.1f} / p99 {gap['p99']:.1f}"
                f" / max {gap['max']:.1f} ms",
                f"worst {gap['worst']:.1f} ms",
                f"worst of {few} <= 16 ms",
                gap["worst"] <= 16,
            )
            for flow, gap in gaps.items()
        ),
        runtime_api.row(runtime),
        *click_to_activated.rows(clicks),
        (
            "device facts, warm / cold",
            f"{warm_ms:.1f} / {cold_ms:.0f} ms",
            "",
            "",
            "< 20 / < 150 ms",
            warm_ms < 20 and cold_ms < 150,
        ),
    ]
    if bundles:
        folder, folder_bare = size_mib(bundles["folder"]), size_mib(bundles["folder_bare"])
        folder_floor = floor_size_mib(bundles["folder"], bundles["folder_bare"])
        onefile, onefile_bare = size_mib(bundles["onefile"]), size_mib(bundles["onefile_bare"])
        rows += [
            (
                "one-folder bundle, size",
                f"{folder:.0f} MiB",
                f"bare {folder_bare:.0f} MiB + cryptography (keyring needs it) + ssl"
                f" = {folder_floor:.0f} MiB",
                f"{folder / folder_floor:.3f}x",
                "<= 1.05x the floor",
                folder / folder_floor <= 1.05,
            ),
            startup_row("one-folder bundle, start-up", start["folder"], start["folder_bare"]),
            (
                "one-file bundle, size",
                f"{onefile:.0f} MiB",
                f"bare {onefile_bare:.0f} MiB",
                f"{onefile / onefile_bare:.2f}x",
                "<= 70 MiB",
                onefile <= 70,
            ),
            startup_row("one-file bundle, start-up", start["onefile"], start["onefile_bare"]),
        ]
    print(f"median of {args.runs} interleaved runs, offscreen, {os.cpu_count()} cores;")
    print("start-up: process start to the first frame (in brackets: to its exit)")
    print("| what | this project | floor | above the floor | budget | met |")
    print("|---|---|---|---|---|---|")
    for *cells, ok in rows:
        print("| " + " | ".join(cells) + (" | yes |" if ok else " | NO |"))
    print()
    print(summary(rows, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
