"""The sandbox as QA drives it: served on loopback HTTPS in this process, its demo
entries looked up by scenario, faults, its clock, seat counts and a browser for SSO."""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from activation_wizard.sandbox.faults import Fault, Faults
from activation_wizard.sandbox.scenarios import Scenario
from activation_wizard.sandbox.server import Sandbox, SandboxInfo
from activation_wizard.testing.browser import PlayedBrowser


class SandboxClock:
    """The sandbox's clock: real time, moved on by ``advance`` (its own, not this
    process's: the wizard's clock stays real, as a customer's would)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        """Move the server's time on (negative: back) by ``seconds``."""
        self.offset += seconds


class SsoSignIn:
    """The sandbox's identity provider, signed in to without a person."""

    def __init__(self, ca_file: str) -> None:
        self.ca_file = ca_file
        self.browsers: list[Any] = []

    def browser(self, user: str = "", *, deny: bool = False, chromium: bool = False) -> Any:
        """A stand-in for the system browser (give its ``open`` to the wizard's
        dialogs, as ``open_url``): it signs ``user`` in on the identity provider's
        page. ``chromium=True`` uses the real headless Chromium (it must be present:
        see ``activation_wizard.testing.chromium.chromium_present``)."""
        if chromium:
            from activation_wizard.testing.chromium import Chromium

            real = Chromium()
            self.browsers.append(real)
            return _ChromiumBrowser(real, user)
        played = PlayedBrowser(self.ca_file, user=user, deny=deny)
        self.browsers.append(played)
        return played

    def sign_in(self, url: str, user: str = "") -> str:
        """Follow a sign-in URL (the CLI's ``activate --sso`` prints one) as ``user``
        at once, in this thread; returns the page the redirect target answered."""
        played = PlayedBrowser(self.ca_file, user=user)
        try:
            return played.visit(url).text
        finally:
            played.close()

    def redirect(self, url: str, user: str = "") -> str:
        """Sign in at ``url`` (an ``/sso_url`` answer's ``url``) as ``user`` and
        return the address the identity provider redirects to, with its ``code`` (or
        its token in the fragment): for a program that takes the code itself, such as
        one using the official SDK."""
        played = PlayedBrowser(self.ca_file, user=user)
        try:
            return played.redirect(url)
        finally:
            played.close()

    def close(self) -> None:
        for browser in self.browsers:
            (browser.quit if hasattr(browser, "quit") else browser.close)()
        self.browsers.clear()


class _ChromiumBrowser:
    def __init__(self, chromium: Any, user: str) -> None:
        self.chromium = chromium
        self.open: Callable[[str], bool] = chromium.opener(user)

    @property
    def errors(self) -> list[BaseException]:
        return list(self.chromium.errors)


class LicenseSandbox:
    """The License API sandbox on a loopback HTTPS port with its own CA, in a thread.

    Use it as a context manager (the ``license_sandbox`` fixture does). ``folder``
    holds its database, keys and CA; ``signing_key`` reuses an RSA key (making one
    takes about a second).
    """

    def __init__(self, folder: Path, *, signing_key: Path | None = None) -> None:
        import shutil

        folder.mkdir(parents=True, exist_ok=True)
        if signing_key is not None:
            shutil.copy(signing_key, folder / "sandbox.signing-key.pem")
        self.folder = folder
        self.faults = Faults()
        self.clock = SandboxClock()
        self.server = Sandbox(
            folder / "sandbox.sqlite3", tls=True, faults=self.faults, clock=self.clock
        )
        self.info: SandboxInfo = self.server.info
        assert self.info.ca_file is not None
        self.ca_file = self.info.ca_file
        self.sso = SsoSignIn(self.ca_file)

    def __enter__(self) -> LicenseSandbox:
        self.server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sso.close()
        self.server.stop()

    @property
    def api_url(self) -> str:
        return self.server.api_url

    @property
    def portal_url(self) -> str:
        """The offline portal a customer uploads request files to."""
        return self.api_url.rsplit("/api/", 1)[0] + "/offline"

    def config_flags(self) -> dict[str, Any]:
        """Settings that point the wizard at this sandbox (``load_config(flags=...)``)."""
        return self.info.config_flags()

    def json_line(self) -> str:
        """What ``activation-wizard sandbox`` prints: ``--qa-sandbox`` takes it."""
        return self.info.as_json()

    # Demo entries -----------------------------------------------------------------
    def entries(self) -> list[Scenario]:
        """Every demo entry (keys, accounts, trials, SSO users) with its scenario."""
        return self.server.db.scenarios()

    def license(self, scenario: str, product: str = "") -> Scenario:
        """The first demo license key of ``scenario`` (e.g. ``"ok"``,
        ``"license_expired"``): ``.license_key``, ``.product``, ``.note``."""
        return self.licenses(scenario, product)[0]

    def licenses(self, scenario: str, product: str = "") -> list[Scenario]:
        """Every demo license key of ``scenario`` (``"ok"`` has two: a time-limited
        license, then a perpetual one, which may also be activated offline)."""
        return self._entries(scenario, product, lambda e: bool(e.license_key))

    def user(self, scenario: str, product: str = "") -> Scenario:
        """The first demo account of ``scenario`` (e.g. ``"several_licenses"``, ``"sso"``):
        ``.username``, ``.password``, ``.customer_account_code``."""
        return self._entries(scenario, product, lambda e: bool(e.username))[0]

    def product(self, scenario: str) -> str:
        """The product code a scenario's demo entries belong to (``"ok"`` ->
        ``sandbox-demo``; ``"several_licenses"`` -> ``sandbox-users``)."""
        return self._entries(scenario, "", lambda e: True)[0].product

    def _entries(
        self, scenario: str, product: str, fits: Callable[[Scenario], bool]
    ) -> list[Scenario]:
        found = [
            e
            for e in self.entries()
            if e.scenario == scenario and fits(e) and product in ("", e.product)
        ]
        if not found:
            known = sorted({e.scenario for e in self.entries()})
            raise LookupError(f"no demo entry for scenario {scenario!r}; there are: {known}")
        return found

    # What the server did ---------------------------------------------------------
    def seats(self, license_or_user: str) -> int:
        """Devices holding a seat of a license key, or of an account's licenses
        (an e-mail address)."""
        db = self.server.db
        if "@" in license_or_user:
            return db.seats_used_by(license_or_user)
        return db.seats_used(license_or_user)

    def activations(self) -> int:
        """Activation requests the server has committed (a resent one counts once)."""
        return self.server.db.activation_requests()

    def fault(self, spec: str, times: int = 1) -> Fault:
        """Inject a fault for the next ``times`` matching requests (-1: until
        ``faults.clear()``): ``KIND[:VALUE][@ENDPOINT]``, e.g.
        ``"drop_after@activate_license"``, ``"error_5xx:503"``, ``"latency:2"``."""
        fault = Fault.parse(spec, times=times)
        self.faults.add(fault)
        return fault

    # The offline portal ----------------------------------------------------------
    def portal_upload(self, request_file: Path) -> httpx.Response:
        """Upload a request file to the offline portal, as a customer does from
        another computer; the answer's content is the license file."""
        return upload_to_portal(self.server, request_file)

    def airgap_license(self, license_key: str) -> AirGapLicense:
        """The portal's air-gap page for a license: initialization code, policy id and
        policy file (scenario ``air_gapped``)."""
        return airgap_license(self.server, license_key)

    def airgap_confirm(
        self,
        license_key: str,
        hardware_id: str,
        code: str,
        *,
        checks: bool = False,
        deactivate: bool = False,
    ) -> str:
        """Type a device's activation (or deactivation) code into the portal; the
        confirmation code it shows."""
        return airgap_confirm(
            self.server, license_key, hardware_id, code, checks=checks, deactivate=deactivate
        )

    def portal_refresh(
        self, license_or_user: str, hardware_id: str, product: str = ""
    ) -> httpx.Response:
        """Download a refresh file (``license_refresh.lic``) from the offline portal
        for a device activated on a license key or account: its content is the file."""
        return refresh_from_portal(self.server, license_or_user, hardware_id, product)


@dataclass(frozen=True)
class AirGapLicense:
    """What the portal's air-gap page gives for a license: its initialization code,
    policy id and policy file (the .lic shipped to the air-gapped machine)."""

    initialization_code: str
    policy_id: str
    policy_file: bytes


def airgap_license(server: Sandbox, license_key: str) -> AirGapLicense:
    """Read a license's air-gap codes from ``server``'s portal page, as a person does."""
    import re

    base = server.api_url.rsplit("/api/", 1)[0] + "/offline/airgap"
    with httpx.Client(verify=ssl.create_default_context(cafile=str(server.ca_file))) as client:
        page = client.get(base, params={"license": license_key})
        page.raise_for_status()
        init = re.search(r"<code id='init'>([^<]+)</code>", page.text)
        policy = re.search(r"<code id='policy_id'>([^<]+)</code>", page.text)
        assert init and policy, page.text
        lic = client.get(base + "/policy", params={"license": license_key})
        lic.raise_for_status()
    return AirGapLicense(init.group(1), policy.group(1), lic.content)


def airgap_confirm(
    server: Sandbox,
    license_key: str,
    hardware_id: str,
    code: str,
    *,
    checks: bool = False,
    deactivate: bool = False,
) -> str:
    """Type a device's code into the portal's air-gap page; returns the confirmation
    code it shows (grouped as shown), or raises ``LookupError`` with the page's error."""
    import html
    import re

    base = server.api_url.rsplit("/api/", 1)[0] + "/offline/airgap"
    form = {
        "license": license_key,
        "hardware_id": hardware_id,
        "code": code,
        "action": "deactivate" if deactivate else "activate",
        **({"checks": "1"} if checks else {}),
    }
    verify = ssl.create_default_context(cafile=str(server.ca_file))
    page = httpx.post(base, data=form, verify=verify)
    found = re.search(r"<code id='confirmation'>([^<]+)</code>", page.text)
    if page.status_code != 200 or not found:
        error = re.search(r"<p id='error'>([^<]+)</p>", page.text)
        raise LookupError(html.unescape(error.group(1)) if error else page.text[:200])
    return html.unescape(found.group(1))


def upload_to_portal(server: Sandbox, request_file: Path) -> httpx.Response:
    """Upload a request file to ``server``'s offline portal."""
    base = server.api_url.rsplit("/api/", 1)[0]
    verify = ssl.create_default_context(cafile=str(server.ca_file))
    with request_file.open("rb") as f:
        return httpx.post(f"{base}/offline", files={"file": f}, verify=verify)


def refresh_from_portal(
    server: Sandbox, license_or_user: str, hardware_id: str, product: str = ""
) -> httpx.Response:
    """Ask ``server``'s offline portal for a device's refresh file."""
    base = server.api_url.rsplit("/api/", 1)[0]
    verify = ssl.create_default_context(cafile=str(server.ca_file))
    form = {"action": "refresh", "license": license_or_user, "hardware_id": hardware_id}
    return httpx.post(f"{base}/offline", data={**form, "product": product}, verify=verify)
