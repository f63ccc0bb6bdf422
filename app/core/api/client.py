"""The License API endpoints this program uses, exactly as license-api.md describes.

Every failure leaves as a ``WizardError``: the server's ``{status, code,
message}`` as the ``ServerRejected`` subclass of its code; DNS, connect,
timeout and TLS failures as their own ``NetworkError``s (never as "invalid
key"); a response whose signature does not verify as ``ResponseSignatureError``,
checked over the raw body bytes before anything is parsed.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from activation_wizard.config import Config
from activation_wizard.core.api import binding
from activation_wizard.core.api.failures import (
    clock_offset,
    network_error,
    retry_after,
    server_time,
)
from activation_wizard.core.api.models import (
    Borrow,
    Consumption,
    CustomerLicenseUsers,
    DeviceVariable,
    Feature,
    InstallationFile,
    Product,
    SignedLicense,
    SsoUrl,
    TrialKey,
    UserLicense,
    version_list,
)
from activation_wizard.core.api.oauth import OAuthAuth
from activation_wizard.core.api.signing import HmacAuth
from activation_wizard.core.api.tokens import TokenCache
from activation_wizard.core.api.transport import (
    CancellableTransport,
    check_url,
    environment_proxy,
    presented_issuer,
    ssl_context,
)
from activation_wizard.core.api.typed_json import ShapeError
from activation_wizard.core.api.verify import ResponseVerifier
from activation_wizard.core.api.warm import trust_name
from activation_wizard.core.cancel import NEVER, CancelToken
from activation_wizard.errors import (
    Cancelled,
    DateHeaderDiff,
    GatewayFailed,
    ProtocolError,
    RateLimited,
    ServerError,
    ServerRejected,
    TlsError,
    WizardError,
)

SIGNATURE_HEADER = "LicenseSignature"
T = TypeVar("T")


class _DropQueryStrings(logging.Filter):
    """httpx logs each request's URL at INFO; a GET's query holds the license key."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                a.copy_with(query=None) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


logging.getLogger("httpx").addFilter(_DropQueryStrings())
USER_AGENT = "activation-wizard"


class LicenseApiClient:
    def __init__(
        self,
        config: Config,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.time,
        cancel: CancelToken = NEVER,
        tokens: TokenCache | None = None,
    ) -> None:
        check_url(config.api_url)
        self._url = config.api_url
        self._cancel = cancel
        self._clock = clock
        self._proxy = config.proxy or environment_proxy(config.api_url, os.environ)
        self._real: CancellableTransport | None = None
        if transport is None:
            real = CancellableTransport(
                ssl_context(config.ca_file),
                proxy=self._proxy,
                trust=trust_name(config),
            )
            cancel.on_cancel(real.abort)
            transport = self._real = real
        self._verifier = ResponseVerifier(config.public_key_pem)
        self._bundle = config.bundle_code
        auth: httpx.Auth
        if config.uses_oauth:  # OAuth wins when both are configured, as in the Python SDK
            auth = OAuthAuth(
                config.client_id,
                config.client_secret,
                api_url=config.api_url,
                token_url=config.token_url,
                cache=tokens,
                clock=clock,
            )
        else:
            auth = HmacAuth(config.api_key, config.shared_key, clock)
        self._http = httpx.Client(
            base_url=config.api_url + "/",
            transport=transport,
            auth=auth,
            timeout=httpx.Timeout(config.read_timeout, connect=config.connect_timeout),
            headers={"User-Agent": USER_AGENT},
        )

    def __enter__(self) -> LicenseApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._real is not None:
            self._real.keep_idle_connections()
        self._http.close()

    # --- endpoints ------------------------------------------------------------

    # With product.bundle_code, the three calls that activate, check and free a license
    # are the bundle's (1.2): sent for the bundle, answered with one license per member.

    def activate_license(self, body: Mapping[str, Any]) -> SignedLicense:
        endpoint, sent = self._for_bundle("activate", body)
        response = self._send("POST", endpoint, json=sent)
        return self._signed_license(response, body, binding.ACTIVATION)

    def check_license(self, params: Mapping[str, Any]) -> SignedLicense:
        endpoint, sent = self._for_bundle("check", params)
        response = self._send("GET", endpoint, params=_query(sent))
        return self._signed_license(response, params, binding.CHECK)

    def deactivate_license(self, body: Mapping[str, Any]) -> None:
        endpoint, sent = self._for_bundle("deactivate", body)
        response = self._send("POST", endpoint, json=sent)
        # Success is the bare string license_deactivated, unsigned (section 1.2): only
        # exactly that counts (a middlebox's page that merely mentions it does not).
        if response.content.strip().strip(b'"') != b"license_deactivated":
            raise ProtocolError("deactivation was not confirmed")

    def product_details(self, params: Mapping[str, Any]) -> tuple[Product, bytes, str]:
        """The product's settings, with the signed body (kept as a cache)."""
        response = self._send("GET", "product_details", params=_query(params))
        product = self._signed(response, Product.from_json, binding.product_details, params)
        return product, response.content, response.headers.get(SIGNATURE_HEADER, "")

    def user_licenses(self, params: Mapping[str, Any]) -> list[UserLicense]:
        response = self._send("GET", "user_licenses", params=_query(params))
        return self._signed(response, UserLicense.list_from_json, binding.user_licenses, params)

    def customer_license_users(self, params: Mapping[str, Any]) -> CustomerLicenseUsers:
        response = self._send("GET", "customer_license_users", params=_query(params))
        return self._signed(
            response, CustomerLicenseUsers.from_json, binding.customer_license_users, params
        )

    def trial_key(self, params: Mapping[str, Any]) -> TrialKey:
        response = self._send("GET", "trial_key", params=_query(params))
        return self._signed(response, TrialKey.from_json, binding.trial_key, params)

    def change_password(self, body: Mapping[str, Any]) -> None:
        response = self._send("POST", "change_password", json=dict(body))
        if b"password_changed" not in response.content:  # unsigned bare string, like deactivate
            raise ProtocolError("the password change was not confirmed")

    def track_device_variables(self, body: Mapping[str, Any]) -> list[DeviceVariable]:
        response = self._send("POST", "track_device_variables", json=dict(body))
        return self._signed(
            response, DeviceVariable.list_from_json, binding.tracked_variables, body
        )

    def sso_url(self, params: Mapping[str, Any]) -> SsoUrl:
        response = self._send("GET", "sso_url", params=_query(params))
        return self._signed(
            response, SsoUrl.from_json, lambda answer, _: binding.sso_url(answer, self._url), params
        )

    def get_device_variables(self, params: Mapping[str, Any]) -> list[DeviceVariable]:
        response = self._send("GET", "get_device_variables", params=_query(params))
        return self._signed(
            response, DeviceVariable.list_from_json, binding.device_variables, params
        )

    # --- after activation: floating seats, features, consumption, versions ------------

    def floating_release(self, body: Mapping[str, Any]) -> None:
        response = self._send("POST", "floating/release", json=dict(body))
        # An empty string on success, unsigned (section 1.2): nothing else counts.
        if response.content.strip().strip(b'"'):
            raise ProtocolError("the seat's release was not confirmed")

    def floating_borrow(self, body: Mapping[str, Any], license_id: int | None) -> Borrow:
        response = self._send("POST", "floating/borrow", json=dict(body))
        return self._signed(response, Borrow.from_json, _for(binding.borrowed, license_id), body)

    def check_license_feature(self, params: Mapping[str, Any], license_id: int | None) -> Feature:
        response = self._send("GET", "check_license_feature", params=_query(params))
        return self._signed(response, Feature.from_json, _for(binding.feature, license_id), params)

    def feature_release(self, body: Mapping[str, Any]) -> None:
        response = self._send("POST", "floating/feature_release", json=dict(body))
        if response.content.strip().strip(b'"'):  # an empty string, as a seat's release
            raise ProtocolError("the feature seat's release was not confirmed")

    def feature_borrow(self, body: Mapping[str, Any], license_id: int | None) -> Borrow:
        response = self._send("POST", "floating/feature_borrow", json=dict(body))
        return self._signed(response, Borrow.from_json, _for(binding.borrowed, license_id), body)

    def add_consumption(self, body: Mapping[str, Any], license_id: int | None) -> Consumption:
        """``consumptions`` uses of the license, or of ``feature`` when the body names one."""
        path = "add_feature_consumption" if "feature" in body else "add_consumption"
        response = self._send("POST", path, json=dict(body))
        return self._signed(
            response, Consumption.from_json, _for(binding.consumption, license_id), body
        )

    def versions(self, params: Mapping[str, Any]) -> list[str]:
        response = self._send("GET", "versions", params=_query(params))
        return self._signed(response, version_list, binding.versions, params)

    def installation_file(self, params: Mapping[str, Any]) -> InstallationFile:
        response = self._send("GET", "installation_file", params=_query(params))
        return self._signed(response, InstallationFile.from_json, binding.installation_file, params)

    # --- plumbing -------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        self._cancel.raise_if_cancelled()
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            if self._cancel.cancelled:
                raise Cancelled() from exc
            error = network_error(exc)
            if isinstance(error, TlsError) and self._proxy is None:
                issuer = presented_issuer(self._url)
                if issuer:
                    error.params["issuer"] = f" The certificate shown was issued by {issuer!r}."
            raise error from exc
        if self._cancel.cancelled:
            raise Cancelled()
        if response.status_code >= 400:
            raise self._rejection(response)
        return response

    def _for_bundle(self, verb: str, fields: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        if not self._bundle:
            return f"{verb}_license", dict(fields)
        return f"{verb}_bundle", {**fields, "product": self._bundle}

    def _signed_license(
        self, response: httpx.Response, asked: Mapping[str, Any], kind: str
    ) -> SignedLicense:
        """``asked`` names this product; a bundle's answer must hold its license."""
        signature = response.headers.get(SIGNATURE_HEADER, "")
        date = server_time(response)
        product = str(asked.get("product", ""))

        def contract(answer: Any, asked: Mapping[str, Any]) -> None:
            check = binding.bundle_answer if self._bundle else binding.license_answer
            check(answer, asked, kind, self._verifier)

        return self._signed(
            response,
            lambda body: SignedLicense.parse(body, signature, date, product),
            contract,
            asked,
        )

    def _signed(
        self,
        response: httpx.Response,
        parse: Callable[[bytes], T],
        contract: Callable[[Any, Mapping[str, Any]], None],
        asked: Mapping[str, Any],
    ) -> T:
        """Verify the body's RSA signature, then that it answers what was ``asked``
        (``binding``), then parse it: nothing unverified or unbound is read."""
        self._verifier.verify(response.content, response.headers.get(SIGNATURE_HEADER, ""))
        try:
            answer = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise ProtocolError("answer not understood: not JSON") from exc
        contract(answer, asked)
        try:
            return parse(response.content)
        except ShapeError as exc:
            raise ProtocolError(f"answer not understood: {exc}") from exc

    def _rejection(self, response: httpx.Response) -> WizardError:
        status = response.status_code
        signature = response.headers.get(SIGNATURE_HEADER)
        if signature is not None:  # signed errors must verify too; unsigned ones only refuse
            self._verifier.verify(response.content, signature)
        # Seconds and clock offsets stay numbers: the catalogue words them per language.
        wait = retry_after(response.headers.get("Retry-After", ""), self._clock())
        if status == 429:
            return RateLimited("rate limited", retry_after=wait)
        failed = GatewayFailed if status in (502, 503, 504) else ServerError
        try:
            data = json.loads(response.content)
            code, message = str(data["code"]), str(data["message"])
        except (ValueError, KeyError, TypeError):
            if status >= 500:
                return failed(f"HTTP {status}", status=status, retry_after=wait)
            return ProtocolError(f"HTTP {status} without an error code")
        if status >= 500:
            return failed(f"HTTP {status} {code}", status=status, retry_after=wait)
        rejection = ServerRejected.for_code(status, code, message)
        rejection.server_date = server_time(response)  # when the server said it
        if isinstance(rejection, DateHeaderDiff):
            rejection.params["clock_offset"] = clock_offset(response, self._clock())
        return rejection


def _query(params: Mapping[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in params.items():
        if value is None:
            continue
        out[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return out


def _for(
    contract: Callable[[Any, Mapping[str, Any], int | None], None], license_id: int | None
) -> Callable[[Any, Mapping[str, Any]], None]:
    """A contract that also knows which license the answer must name."""
    return lambda answer, asked: contract(answer, asked, license_id)
