"""What `bash packaging/dev bundle` makes before PyInstaller runs: the icons in
every platform's format from one picture, and the version metadata."""

from __future__ import annotations

import ast
import importlib.util
import struct
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def bundle():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bundle", ROOT / "packaging" / "bundle.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle"] = module
    spec.loader.exec_module(module)
    return module


def ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    out = []
    for i in range(count):
        w, h, _, _, planes, bpp, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert w == h and planes == 1 and bpp == 32
        out.append((w or 256, data[offset : offset + size]))
    return out


def icns_entries(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    out, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack_from(">I", data, at + 4)[0]
        out[kind] = data[at + 8 : at + length]
        at += length
    return out


def test_icons_from_the_wizards_own_png(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    icons = bundle.make_icons(ROOT / "resources" / "icon.png", tmp_path)
    entries = ico_entries(icons["ico"].read_bytes())
    assert [size for size, _ in entries] == [16, 24, 32, 48, 64, 128, 256]
    for size, png in entries:
        image = QImage.fromData(png)
        assert png.startswith(PNG) and (image.width(), image.height()) == (size, size)
    icns = icns_entries(icons["icns"].read_bytes())
    assert set(icns) == {b"icp4", b"icp5", b"icp6", b"ic07", b"ic08"}  # not blown up past 256
    assert all(png.startswith(PNG) for png in icns.values())
    assert QImage(str(icons["png"])).width() == 256


def test_an_svg_icon_is_drawn_sharp_at_every_size(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    icons = bundle.make_icons(ROOT / "tests" / "fixtures" / "brand" / "logo.svg", tmp_path)
    icns = icns_entries(icons["icns"].read_bytes())
    assert QImage.fromData(icns[b"ic10"]).width() == 1024  # the 512@2x slot
    small = QImage.fromData(icns[b"icp4"])
    assert small.width() == 16 and small.pixelColor(8, 8).alpha() > 0  # drawn, not empty


def test_windows_version_resource(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    info = {
        "name": "northwind-activate",
        "product": "Northwind Studio",
        "company": "Northwind Ltd.",
        "version": "0.1.0",
        "product_version": "2.3",
    }
    text = bundle.windows_version_file(info, tmp_path / "version.txt").read_text()
    # PyInstaller evaluates this text with its versioninfo classes (pefile, Windows only):
    # here any call records its arguments.
    calls: dict[str, list[tuple[tuple[object, ...], dict[str, object]]]] = {}

    def recorder(name: str):  # type: ignore[no-untyped-def]
        def call(*args: object, **kwargs: object) -> str:
            calls.setdefault(name, []).append((args, kwargs))
            return name

        return call

    names = {n.id for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Name)}
    space: dict[str, object] = {n: recorder(n) for n in names}
    eval(compile(text, "version.txt", "eval"), space)
    strings = {a[0]: a[1] for a, _ in calls["StringStruct"]}
    assert strings["ProductName"] == "Northwind Studio"
    assert strings["ProductVersion"] == "2.3" and strings["FileVersion"] == "0.1.0"
    assert strings["CompanyName"] == "Northwind Ltd."
    assert strings["OriginalFilename"] == "northwind-activate.exe"
    ffi = calls["FixedFileInfo"][0][1]
    assert ffi["filevers"] == (0, 1, 0, 0)


VALID = """
[product]
code = "northwind"
[api]
url = "https://api.northwind.example/api/v4"
api_key = "k"
shared_key = "s"
"""


def vendor_folder(tmp_path: Path, extra: str, **files: bytes) -> Path:
    folder = tmp_path / "vendor"
    folder.mkdir(exist_ok=True)
    (folder / "activation-wizard.toml").write_text(VALID + extra, encoding="utf-8")
    for name, data in files.items():
        (folder / name.replace("_", ".")).write_bytes(data)
    return folder


def refusal(bundle, folder: Path) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stop:
        bundle.check_vendor(folder.resolve())
    return str(stop.value)


def test_a_good_vendor_folder_passes_with_its_facts(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    png = (ROOT / "resources" / "icon.png").read_bytes()
    folder = vendor_folder(tmp_path, '[brand]\nicon = "icon.png"\n', icon_png=png)
    facts = bundle.check_vendor(folder.resolve())
    assert facts["product_code"] == "northwind" and facts["icon"] == folder.resolve() / "icon.png"


def test_vendor_mistakes_stop_the_build_at_once_naming_the_setting(
    bundle,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    toml = tmp_path / "vendor" / "activation-wizard.toml"
    cases = {
        '[brand]\nwindw_title = "x"\n': "brand.windw_title: unknown setting",
        '[brand]\nicon = "missing.png"\n': "brand.icon: file",
        '[brand]\nlogo = "logo.jpg"\n': "brand.logo: logo.jpg is not PNG or SVG",
        f'[brand]\nicon = "{ROOT / "resources" / "icon.png"}"\n': "is outside",
        '[brand]\nbanner = "../b.png"\n': "brand.banner:",
    }
    (tmp_path / "b.png").write_bytes((ROOT / "resources" / "icon.png").read_bytes())
    for extra, says in cases.items():
        folder = vendor_folder(tmp_path, extra, logo_jpg=b"\xff\xd8\xff\xe0 a JPEG")
        message = refusal(bundle, folder)
        assert says in message and str(toml) in message, (extra, message)
    http = vendor_folder(tmp_path, "").joinpath("activation-wizard.toml")
    http.write_text(VALID.replace("https://api", "http://api"), encoding="utf-8")
    assert "api.url: plain http:// works only on this machine" in refusal(bundle, http.parent)


def test_the_vendor_folder_itself_must_be_there(bundle, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "no such folder" in refusal(bundle, tmp_path / "nothing")
    (tmp_path / "file.toml").write_text(VALID)
    assert "is a file" in refusal(bundle, tmp_path / "file.toml")
    (tmp_path / "empty").mkdir()
    assert "has no activation-wizard.toml" in refusal(bundle, tmp_path / "empty")


@pytest.mark.parametrize("name", ["a/b", "", "../x", "x\\y", "-rf", "name.", "n" * 65])
def test_a_program_name_that_is_no_file_name_is_refused_before_building(
    bundle,  # type: ignore[no-untyped-def]
    name: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stop:
        bundle.main([f"--name={name}"])
    assert stop.value.code == 2  # argparse's usage error, before anything is built
    assert "is not a program name" in capsys.readouterr().err


def test_program_names_a_vendor_would_choose_pass(bundle) -> None:  # type: ignore[no-untyped-def]
    for name in ("northwind-activate", "Northwind Activate", "nw_act.v2"):
        assert bundle.program_name(name) == name
