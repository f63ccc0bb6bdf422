from pathlib import Path

import pytest
from activation_wizard.config import DEFAULT_API_URL, Config, load_config
from activation_wizard.errors import ConfigError
from activation_wizard.messages import describe
from activation_wizard.paths import resource

MINIMAL = '[product]\ncode = "acme"\nname = "Acme Studio"\n[api]\napi_key = "k"\nshared_key = "s"\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "activation-wizard.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_file_gets_licensespring_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL), env={})
    assert config.product == "acme" and config.product_name == "Acme Studio"
    assert config.api_url == DEFAULT_API_URL
    assert config.public_key_pem == resource("licensespring_prod.pem").read_bytes()
    assert config.keyring_service == "activation-wizard:acme"


def test_missing_field_names_the_field_and_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[product]\ncode = "acme"\n[api]\napi_key = "k"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path, env={})
    assert caught.value.field == "api.shared_key"
    assert caught.value.source == str(path)
    assert (
        "api.shared_key" in describe(caught.value).what and str(path) in describe(caught.value).what
    )


def test_environment_overrides_file_and_flags_override_environment(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    env = {"ACTIVATION_WIZARD_PRODUCT": "from-env", "ACTIVATION_WIZARD_API_KEY": "env-key"}
    config = load_config(path, flags={"product": "from-flag"}, env=env)
    assert config.product == "from-flag"
    assert config.api_key == "env-key"


def test_bad_value_from_environment_names_the_variable(tmp_path: Path) -> None:
    env = {"ACTIVATION_WIZARD_READ_TIMEOUT": "soon"}
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, MINIMAL), env=env)
    assert caught.value.source == "environment variable ACTIVATION_WIZARD_READ_TIMEOUT"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        (MINIMAL + '[ui]\nkey_pattern = "(["\n', "ui.key_pattern"),
        (
            MINIMAL.replace('api_key = "k"', 'api_key = "k"\npublic_key = "nope.pem"'),
            "api.public_key",
        ),
        (
            MINIMAL.replace(
                'api_key = "k"', 'api_key = "k"\npublic_key = "-----BEGIN PUBLIC KEY-----x"'
            ),
            "api.public_key",
        ),
        (MINIMAL.replace('api_key = "k"', 'api_key = "k"\nca_file = "missing.pem"'), "api.ca_file"),
        (MINIMAL.replace('api_key = "k"', 'api_key = "k"\nurl = "ftp://x"'), "api.url"),
        (MINIMAL + '[device]\nsend = ["os_ver", "shoe_size"]\n', "device.send"),
        (MINIMAL + "[branding]\ncolor = 1\n", "branding"),
        (
            MINIMAL.replace('name = "Acme Studio"', 'name = "Acme"\ncolour = "red"'),
            "product.colour",
        ),
        ("[product\n", "(file)"),
        (MINIMAL.replace('api_key = "k"', 'api_key = "k"\nproxy = "socks5://p:1080"'), "api.proxy"),
        (MINIMAL + '[ui]\nlanguage = "../../etc"\n', "ui.language"),
        (MINIMAL + '[brand]\naccent = "red"\n', "brand.accent"),
        (MINIMAL + '[brand]\nlogo = "missing.svg"\n', "brand.logo"),
        (MINIMAL + '[brand]\nbanner = "."\n', "brand.banner"),
        (MINIMAL + '[brand]\nprivacy_url = "http://x.example"\n', "brand.privacy_url"),
    ],
)
def test_bad_values_name_their_field(tmp_path: Path, text: str, field: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text), env={})
    assert caught.value.field == field


def test_public_key_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir()
    (tmp_path / "keys" / "vendor.pem").write_bytes(resource("licensespring_prod.pem").read_bytes())
    text = MINIMAL.replace('api_key = "k"', 'api_key = "k"\npublic_key = "keys/vendor.pem"')
    assert load_config(write(tmp_path, text), env={}).public_key_pem.startswith(b"-----BEGIN")


def test_a_public_key_file_that_is_no_pem_key_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "vendor.pem").write_text("this is the vendor's logo, not a key")
    text = MINIMAL.replace('api_key = "k"', 'api_key = "k"\npublic_key = "vendor.pem"')
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text), env={})
    assert f"file {tmp_path / 'vendor.pem'} is not a PEM public key" in str(caught.value)


def test_missing_config_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.toml", env={})
    assert "not found" in str(caught.value)


def test_secrets_do_not_appear_in_repr(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL.replace('"s"', '"super-secret-shared"')), env={})
    assert "super-secret-shared" not in repr(config)


@pytest.mark.parametrize(
    ("given", "language"),
    [("de", "de"), ("ja-JP", "ja_JP"), ("de_DE.UTF-8", "de_DE"), ("sr_RS@latin", "sr_RS")],
)
def test_a_language_may_be_written_as_a_locale(tmp_path: Path, given: str, language: str) -> None:
    config = load_config(write(tmp_path, MINIMAL + f'[ui]\nlanguage = "{given}"\n'), env={})
    assert config.language == language


def test_brand_pictures_are_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_text("<svg/>")
    config = load_config(
        write(tmp_path, MINIMAL + '[brand]\nlogo = "logo.svg"\naccent = "#0f766e"\n'), env={}
    )
    assert config.brand_logo == tmp_path / "logo.svg" and config.brand_accent == "#0f766e"


def test_the_retired_require_state_reads_only_as_what_it_now_always_is(tmp_path: Path) -> None:
    """Issue 18: the sign-in's state is always required; a vendor file that asked for
    it still loads, one that turned it off says why it cannot be honoured."""
    load_config(write(tmp_path, MINIMAL + "[sso]\nrequire_state = true\n"), env={})
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, MINIMAL + "[sso]\nrequire_state = false\n"), env={})
    assert caught.value.field == "sso.require_state"
    assert "always refused now" in describe(caught.value).what


def test_a_license_api_on_this_machine_has_its_offline_portal_beside_it(tmp_path: Path) -> None:
    """A sandbox run on its own: the portal link is its /offline, not LicenseSpring's."""
    path = write(tmp_path, MINIMAL)
    local = load_config(path, env={"ACTIVATION_WIZARD_API_URL": "https://127.0.0.1:8443/api/v4"})
    assert local.offline_portal_url == "https://127.0.0.1:8443/offline"
    assert load_config(path, env={}).offline_portal_url == "https://offline.licensespring.com"


def test_the_readme_lists_every_environment_variable() -> None:
    """Issue 19: several real names were missing from the README; the table comes from
    the settings themselves, so it cannot drift."""
    from activation_wizard.config import environment_table

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    listed = readme.split("<!-- environment-table -->\n")[1].split("\n<!-- /environment-table")[0]
    assert listed == environment_table(), "run: python packaging/readme_tables.py"


def test_sandbox_defaults_yield_to_the_file_and_the_environment(tmp_path: Path) -> None:
    """Issue 19: --sandbox listed an organisation sign-in the wizard did not offer;
    it suggests sso.enabled now, below anything the user set."""
    path = write(tmp_path, MINIMAL)
    assert load_config(path, env={}, defaults={"sso_enabled": True}).sso_enabled
    off = {"ACTIVATION_WIZARD_SSO_ENABLED": "0"}
    assert not load_config(path, env=off, defaults={"sso_enabled": True}).sso_enabled
    in_file = write(tmp_path, MINIMAL + "[sso]\nenabled = false\n")
    assert not load_config(in_file, env={}, defaults={"sso_enabled": True}).sso_enabled


def test_a_required_setting_set_nowhere_says_where_it_was_looked_for(tmp_path: Path) -> None:
    """Issue 19: with other flags given, a missing product "came from command-line flags"."""
    with pytest.raises(ConfigError) as caught:
        load_config(None, flags={"api_key": "k", "shared_key": "s"}, env={})
    what = describe(caught.value).what
    assert "product.code is not set (looked in: command-line flags)" in what
    assert "came from" not in what and "ACTIVATION_WIZARD_PRODUCT" in what


@pytest.mark.parametrize("port", ["80.5", "inf", "-1"])
def test_a_port_is_a_whole_number(tmp_path: Path, port: str) -> None:
    """Issue 19: 80.5 was quietly used as port 80."""
    with pytest.raises(ConfigError):
        load_config(write(tmp_path, MINIMAL + f"[sso]\nredirect_port = {port}\n"), env={})


def test_settings_set_nowhere_read_as_configs_own_defaults(tmp_path: Path) -> None:
    """Issue 23: the settings table (app/settings.py) and Config both state defaults;
    a Config built in code must be the one a file setting nothing else reads as."""
    read = load_config(write(tmp_path, MINIMAL), env={})
    built = Config(
        product="acme",
        product_name="Acme Studio",
        api_url=DEFAULT_API_URL,
        api_key="k",
        shared_key="s",
        public_key_pem=resource("licensespring_prod.pem").read_bytes(),
        keyring_service="activation-wizard:acme",  # Config's default is empty
        source=str(tmp_path / "activation-wizard.toml"),
    )
    assert read == built
