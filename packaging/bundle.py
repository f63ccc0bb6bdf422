"""Build the wizard for a vendor: `bash packaging/dev bundle [--onefile] [--vendor DIR]`.

1. Checks the vendor's configuration as the bundle will read it, before a
   two-minute build: a mistake is named in seconds.
2. Makes the program icon in every format from one picture (the vendor's
   ``[brand] icon``, else resources/icon.png): .png for Linux, .ico for
   Windows (16 to 256 px), .icns for macOS (16 to 1024 px).
3. Writes the version metadata: a Windows version resource and, for every
   platform, ``resources/build-info.json`` (product, versions, build time)
   that ``--version`` prints.
4. Runs PyInstaller on packaging/activation-wizard.spec.

The vendor's folder (default: resources/vendor/) holds activation-wizard.toml
and the pictures it names; everything in it is copied into the bundle's
resources/, where the wizard reads its configuration at start.  The sandbox is
never part of a build.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "activation-wizard.spec"
DEFAULT_VENDOR = ROOT / "resources" / "vendor"
CONFIG_NAME = "activation-wizard.toml"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns entry types holding PNG data, by pixel size (Apple's "icp4".."ic10").
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def _png_sizes(source: Path, sizes: tuple[int, ...]) -> dict[int, bytes]:
    """``source`` (PNG or SVG) as square PNGs of each size; never scaled up past
    the picture's own size, except an SVG, which is drawn at every size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = source.suffix.lower() == ".svg"
    original = QImage(str(source)) if not svg else None
    if original is not None and original.isNull():
        raise SystemExit(f"error: {source} is not a picture Qt can read (PNG or SVG)")
    out: dict[int, bytes] = {}
    for size in sizes:
        if original is not None and size > max(original.width(), original.height()):
            continue
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if svg:
            from PySide6.QtSvg import QSvgRenderer

            QSvgRenderer(str(source)).render(painter)
        else:
            assert original is not None
            scaled = original.scaled(
                size,
                size,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # (the stubs say bytes)
        out[size] = bytes(data.data())
    if not out:
        raise SystemExit(f"error: {source} is too small for an icon (16 px at least)")
    return out


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico of PNG-compressed entries (Vista and later read those)."""
    sizes = sorted(s for s in pngs if s <= 256)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size == 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size in sorted(pngs)
        if size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(source: Path, folder: Path) -> dict[str, Path]:
    pngs = _png_sizes(source, tuple(sorted(set(ICO_SIZES) | set(ICNS_TYPES))))
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"png": folder / "icon.png", "ico": folder / "icon.ico", "icns": folder / "icon.icns"}
    paths["png"].write_bytes(pngs[max(s for s in pngs if s <= 256)])
    paths["ico"].write_bytes(ico(pngs))
    paths["icns"].write_bytes(icns(pngs))
    return paths


def windows_version_file(info: dict[str, str], path: Path) -> Path:
    """PyInstaller's text form of a Windows VERSIONINFO resource."""
    nums = [int(p) for p in (info["version"].split(".") + ["0"] * 4)[:4] if p.isdigit()]
    nums = (nums + [0] * 4)[:4]
    strings = {
        "CompanyName": info["company"],
        "FileDescription": f"{info['product']} activation",
        "FileVersion": info["version"],
        "InternalName": info["name"],
        "OriginalFilename": f"{info['name']}.exe",
        "ProductName": info["product"],
        "ProductVersion": info["product_version"] or info["version"],
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(nums)}, prodvers={tuple(nums)}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path


PICTURES = {
    "brand_logo": "brand.logo",
    "brand_icon": "brand.icon",
    "brand_banner": "brand.banner",
    "brand_watermark": "brand.watermark",
}


def _picture_problem(path: Path) -> str | None:
    """PNG and SVG are what the bundle can show (it ships no other image readers)."""
    head = path.read_bytes()[:2048]
    if head.startswith(b"\x89PNG\r\n\x1a\n") or b"<svg" in head:
        return None
    return f"{path.name} is not PNG or SVG: the bundle reads only those (convert it)"


def check_vendor(vendor: Path | None) -> dict[str, object]:
    """The vendor's configuration as the bundle will read it (with this shell's
    ACTIVATION_WIZARD_* variables on top, as on the vendor's machines), or exit
    with a message naming the setting: files it names must be inside the vendor
    folder (only that folder travels), pictures PNG or SVG, the server https."""
    sys.path.insert(0, str(ROOT))
    from activation_wizard import __version__
    from activation_wizard.config import load_config
    from activation_wizard.core.api.transport import check_url
    from activation_wizard.errors import ConfigError, InsecureUrlError

    facts: dict[str, object] = {"wizard_version": __version__}
    if vendor is None:
        return {**facts, "product": "Activation Wizard", "product_version": "", "icon": None}
    if not vendor.exists():
        raise SystemExit(f"error: {vendor}: no such folder")
    if not vendor.is_dir():
        raise SystemExit(f"error: {vendor} is a file: give the folder that holds {CONFIG_NAME}")
    file = vendor / CONFIG_NAME
    if not file.is_file():
        raise SystemExit(f"error: {vendor} has no {CONFIG_NAME}")

    def stop(setting: str, problem: str) -> SystemExit:
        return SystemExit(f"error: {file}: {setting}: {problem}")

    try:
        config = load_config(file)
        check_url(config.api_url)
    except InsecureUrlError:
        raise stop("api.url", "plain http:// works only on this machine: use https://") from None
    except ConfigError as exc:
        raise stop(exc.field, str(exc.params.get("problem", exc))) from None
    named = {
        setting: getattr(config, field)
        for field, setting in {**PICTURES, "ca_file": "api.ca_file"}.items()
    }
    raw_key = _raw_setting(file, "api", "public_key")
    if raw_key and "-----BEGIN" not in raw_key:  # a path, not the PEM text itself
        named["api.public_key"] = (vendor / Path(raw_key).expanduser()).resolve()
    for setting, path in named.items():
        if path is not None and not Path(path).resolve().is_relative_to(vendor):
            raise stop(setting, f"{path} is outside {vendor}: only that folder is bundled")
    for field, setting in PICTURES.items():
        picture = getattr(config, field)
        problem = _picture_problem(picture) if picture is not None else None
        if problem:
            raise stop(setting, problem)
    return {
        **facts,
        "product": config.product_name or config.product,
        "product_code": config.product,
        "product_version": config.app_ver,
        "icon": config.brand_icon,
    }


def _raw_setting(file: Path, table: str, key: str) -> str:
    """A setting as written in the file (the loaded config keeps the key's text only)."""
    import tomllib

    value = tomllib.loads(file.read_text(encoding="utf-8")).get(table, {}).get(key, "")
    return value if isinstance(value, str) else ""


def build(args: argparse.Namespace) -> Path:
    vendor: Path | None = args.vendor
    if vendor is None and (DEFAULT_VENDOR / CONFIG_NAME).is_file():
        vendor = DEFAULT_VENDOR
    if vendor is None:
        print(
            f"note: no {CONFIG_NAME} in resources/vendor/ and no --vendor: "
            "building the unbranded wizard",
            file=sys.stderr,
        )
    facts = check_vendor(vendor.resolve() if vendor else None)
    work = Path(args.work).resolve()
    # Apart by default: the one-file program and the folder share a name.
    dist = Path(args.dist or ROOT / "dist" / ("onefile" if args.onefile else "")).resolve()
    gen = work / "generated"
    icon_source = Path(str(facts["icon"])) if facts["icon"] else ROOT / "resources" / "icon.png"
    icons = make_icons(icon_source, gen)
    info = {
        "name": args.name,
        "product": str(facts["product"]),
        "company": args.company or str(facts["product"]),
        "version": str(facts["wizard_version"]),
        "product_version": str(facts["product_version"]),
    }
    # The vendor's files and the generated build facts travel together into resources/.
    staged = gen / "resources"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir(parents=True)
    if vendor is not None:
        for item in vendor.rglob("*"):
            if item.is_file() and not item.name.startswith(".") and item.name != "README.md":
                target = staged / item.relative_to(vendor)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(item.read_bytes())
    build_info = {
        **{k: v for k, v in info.items() if k != "name"},
        "onefile": args.onefile,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "vendor_config": vendor is not None,
        # A QA build takes --qa-sandbox (a test sandbox's connection); a release does not.
        "qa_build": args.qa,
    }
    (staged / "build-info.json").write_text(json.dumps(build_info, indent=2) + "\n")
    env = {
        **os.environ,
        "AW_ONEFILE": "1" if args.onefile else "",
        "AW_VENDOR": str(staged),
        "AW_NAME": "bare-wizard" if args.bare else args.name,
        "AW_ICON": str(icons["png"]),
        "AW_ICON_ICO": str(icons["ico"]),
        "AW_ICON_ICNS": str(icons["icns"]),
        "AW_VERSION_FILE": str(windows_version_file(info, gen / "version.txt")),
        "AW_BUNDLE_ID": args.bundle_id or f"com.example.{args.name}",
        "AW_BARE": "1" if args.bare else "",
    }
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            args.log_level,
            "--distpath",
            str(dist),
            "--workpath",
            str(work / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    name = "bare-wizard" if args.bare else args.name
    if args.onefile:
        return dist / name
    gui = dist / name / f"{name}-gui"
    if sys.platform not in ("win32", "darwin") and not gui.exists():
        gui.symlink_to(name)  # the same program: no second copy of its archive
    return dist / name / name


def folder_size(folder: Path) -> int:
    """Bytes on disk as shipped: each file once (links and linked folders not followed)."""
    return sum(
        os.lstat(os.path.join(top, name)).st_size
        for top, _, files in os.walk(folder)
        for name in files
        if not os.path.islink(os.path.join(top, name))
    )


def program_name(text: str) -> str:
    """A file name for the program on every system: no folders, nothing Windows refuses."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._ -]{0,63}", text) or text.endswith((".", " ")):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a program name: letters, digits, '.', '_', '-' and spaces, "
            "starting with a letter or digit"
        )
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--onefile", action="store_true", help="one self-extracting file")
    parser.add_argument(
        "--vendor",
        type=Path,
        help=f"folder with {CONFIG_NAME} and brand files "
        "(default: resources/vendor/ when it has one)",
    )
    parser.add_argument(
        "--name", type=program_name, default="activation-wizard", help="program file name"
    )
    parser.add_argument("--company", default="", help="Windows version info (default: product)")
    parser.add_argument("--bundle-id", default="", help="macOS bundle identifier")
    parser.add_argument(
        "--dist", help="where the result goes (default: dist/, one file: dist/onefile/)"
    )
    parser.add_argument("--work", default=str(ROOT / "build"), help="PyInstaller's work folder")
    parser.add_argument("--log-level", default="WARN")
    parser.add_argument(
        "--qa",
        action="store_true",
        help="a QA build: it also takes --qa-sandbox to run against a test sandbox",
    )
    parser.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)  # bench baseline
    args = parser.parse_args(argv)
    program = build(args)
    size = program.stat().st_size if args.onefile else folder_size(program.parent)
    print(f"{program}  ({size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
