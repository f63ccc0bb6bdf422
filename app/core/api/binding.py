"""Which request a signed answer answers (design.md section 11).

A ``LicenseSignature`` proves that LicenseSpring wrote a body, not which request the
body answers: a genuine ``product_details`` body sent back for an activation verifies
just as well.  So each endpoint has a contract, checked after the signature and before
anything is parsed into a result or kept: the fields its answer must carry, and the
fields that must repeat what was asked.  A breach raises ``AnswerMismatch`` naming the
field (never its value).

Evidence for the shapes (license-api.md 3.1, and the official Node SDK's recorded
answers): an activation answer says ``"request": "activation"`` and echoes
``hardware_id``; a check answer carries ``license_active`` and ``license_enabled``;
every license answer carries the v1 ``license_signature``, RSA over
``hardware_id#key-or-user#validity``, which the Node SDK verifies on each activation and
check exactly as ``v1_signature`` does here.  That signature is what ties a license
body to one device and one key or user, even where the body leaves ``hardware_id`` out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from activation_wizard.core.api.verify import ResponseVerifier, v1_message
from activation_wizard.errors import AnswerMismatch, ResponseSignatureError

Asked = Mapping[str, Any]  # the fields of the request (body or query) as sent

# What kind of license answer: the endpoint it came from, or where it is kept.
ACTIVATION = "activation"  # POST /activate_license
CHECK = "check"  # GET /check_license
OFFLINE = "offline"  # a license file from the offline portal (or POST /activate_offline)
REFRESH = "refresh"  # a license_refresh.lic
STORED = "stored"  # the body kept by a stored activation, read again on every load


def _object(answer: Any, what: str) -> dict[str, Any]:
    if not isinstance(answer, dict):
        raise AnswerMismatch(f"{what}: not an object")
    return answer


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def account_of(answer: Mapping[str, Any]) -> str | None:
    """The account e-mail a user-based license answer names (user.email, else username)."""
    user = answer.get("user")
    email = _text(user.get("email")) if isinstance(user, dict) else None
    return email or _text(answer.get("username"))


def _v1_identity(asked: Asked, answer: Mapping[str, Any]) -> str | None:
    """Who the v1 signature names, as the Node SDK works it out: the username sent (its
    part before any ``|``), the account the answer names after single sign-on, or the
    license key sent."""
    if _text(asked.get("username")):
        return str(asked["username"]).split("|")[0]
    if _text(asked.get("license_key")):
        return str(asked["license_key"])
    account = account_of(answer)
    return account.split("|")[0] if account else None


def v1_signature(
    answer: Mapping[str, Any], asked: Asked, verifier: ResponseVerifier, *, required: bool
) -> bool:
    """Verify ``license_signature`` for the device and key or user asked about; False
    when the answer has none and ``required`` is off."""
    signature = answer.get("license_signature")
    if not _text(signature):
        if required:
            raise AnswerMismatch("license_signature missing")
        return False
    identity = _v1_identity(asked, answer)
    validity = answer.get("validity_period")
    if identity is None or (validity is not None and not isinstance(validity, str)):
        raise AnswerMismatch("license_signature: nothing to check it against")
    try:
        message = v1_message(str(asked.get("hardware_id", "")), identity, validity)
    except ValueError:
        raise AnswerMismatch("validity_period unreadable") from None
    try:
        verifier.verify(message, str(signature))
    except ResponseSignatureError:
        raise AnswerMismatch("license_signature is for another device, key or user") from None
    return True


def license_answer(answer: Any, asked: Asked, kind: str, verifier: ResponseVerifier) -> None:
    """The contract of every answer that is, or becomes, a license kept here."""
    body = _object(answer, "license")
    if isinstance(body.get("id"), bool) or not isinstance(body.get("id"), int):
        raise AnswerMismatch("id missing")
    if not _text(body.get("license_type")):
        raise AnswerMismatch("license_type missing")
    details = body.get("product_details")
    code = details.get("short_code") if isinstance(details, dict) else None
    if code != asked.get("product"):
        raise AnswerMismatch("product_details.short_code differs")
    _identity(body, asked)
    pinned = asked.get("license_id")
    if pinned is not None and str(body["id"]) != str(pinned):
        raise AnswerMismatch("id differs from license_id")
    if kind == ACTIVATION and body.get("request") != "activation":
        raise AnswerMismatch("request is not activation")
    if kind == CHECK and not all(
        isinstance(body.get(f), bool) for f in ("license_active", "license_enabled")
    ):
        raise AnswerMismatch("license_active / license_enabled missing")
    if kind in (ACTIVATION, CHECK) and _a_license_file(body):
        raise AnswerMismatch("a license file, not an online answer")
    echoed = body.get("hardware_id")
    if echoed is not None and echoed != asked.get("hardware_id"):
        raise AnswerMismatch("hardware_id differs")
    if kind in (ACTIVATION, OFFLINE, REFRESH) and echoed is None:
        raise AnswerMismatch("hardware_id missing")
    # A stored offline body is the signed canonical form, without the v1 field: there
    # the echoed hardware id (required above when it was kept) is the device's proof.
    signed = v1_signature(body, asked, verifier, required=kind != STORED)
    if kind == STORED and not signed and echoed is None:
        raise AnswerMismatch("nothing ties it to this device")


def bundle_answer(answer: Any, asked: Asked, kind: str, verifier: ResponseVerifier) -> None:
    """A bundle's answer (``/activate_bundle``, ``/check_bundle``, or kept): an array
    of one license per member product, each bound as a license answer of its own
    product (key or user, device, v1 signature); the product ``asked`` among them."""
    if not isinstance(answer, list) or not answer:
        raise AnswerMismatch("bundle: not a list of licenses")
    codes = []
    for entry in answer:
        body = _object(entry, "bundle license")
        details = body.get("product_details")
        code = details.get("short_code") if isinstance(details, dict) else None
        if not _text(code):
            raise AnswerMismatch("bundle license: product_details.short_code missing")
        license_answer(body, {**asked, "product": code}, kind, verifier)
        codes.append(code)
    if len(set(codes)) != len(codes):
        raise AnswerMismatch("bundle: a product twice")
    if asked.get("product") not in codes:
        raise AnswerMismatch("bundle: not a bundle of this product")


def any_answer(answer: Any, asked: Asked, kind: str, verifier: ResponseVerifier) -> None:
    """A kept body: one license, or a bundle's array of them."""
    if isinstance(answer, list):
        bundle_answer(answer, asked, kind, verifier)
    else:
        license_answer(answer, asked, kind, verifier)


def _a_license_file(body: Mapping[str, Any]) -> bool:
    """The signed form of a license or refresh file (offline_signature and date, its
    license_signature_v2 taken out to verify it): genuine, but the answer to no online
    request.  An online check may carry offline_signature, then with its v2 inside."""
    carries_file_fields = "offline_signature" in body or "request_id" in body
    return carries_file_fields and "license_signature_v2" not in body


def _identity(body: Mapping[str, Any], asked: Asked) -> None:
    key = _text(asked.get("license_key"))
    if key is not None:
        named = _text(body.get("license_key"))
        if named is None or not _same(named, key):
            raise AnswerMismatch("license_key differs")
        return
    account = account_of(body)
    if account is None:  # a user-based answer names its user; single sign-on's too
        raise AnswerMismatch("user missing")
    username = _text(asked.get("username"))
    if username is not None and not _same(account.split("|")[0], username.split("|")[0]):
        raise AnswerMismatch("user differs")
    _same_organisation(body, asked)


def _same_organisation(license_json: Mapping[str, Any], asked: Asked) -> None:
    """A single sign-on names no user in its request, only the organisation (customer
    account) whose identity provider signed in: a license of another organisation's
    customer is not this sign-in's.  (The account itself cannot be compared: with a
    code grant only the server learns it.)"""
    organisation = _text(asked.get("customer_account_code"))
    customer = license_json.get("customer")
    named = customer.get("customer_account") if isinstance(customer, dict) else None
    code = named.get("code") if isinstance(named, dict) else None
    if organisation is not None and code is not None and not _same(str(code), organisation):
        raise AnswerMismatch("another organisation's license")


def same_license(old: Any, new: Any) -> None:
    """A check or refresh may update the license kept here, never swap it for another
    (a bundle: the same licenses of the same products)."""
    if _ids(old) != _ids(new):
        raise AnswerMismatch("another license (id differs)")


def _ids(body: Any) -> set[tuple[Any, Any]]:
    if isinstance(body, list):
        return {(e.get("product_details", {}).get("short_code"), e.get("id")) for e in body}
    return {(None, body.get("id"))}


def license_of(body: Any, product: str) -> Any:
    """The license of ``product`` in an answer: the answer itself, or its member of a
    bundle (nothing when the bundle has none)."""
    if not isinstance(body, list):
        return body
    for entry in body:
        details = entry.get("product_details") if isinstance(entry, dict) else None
        if isinstance(details, dict) and details.get("short_code") == product:
            return entry
    return {}


def product_details(answer: Any, asked: Asked) -> None:
    body = _object(answer, "product_details")
    if body.get("short_code") != asked.get("product"):
        raise AnswerMismatch("short_code differs")


def user_licenses(answer: Any, asked: Asked) -> None:
    if not isinstance(answer, list):
        raise AnswerMismatch("user_licenses: not a list")
    username = _text(asked.get("username"))
    for entry in answer:
        entry = _object(entry, "user_licenses entry")
        lic = _object(entry.get("license"), "license")
        if isinstance(lic.get("id"), bool) or not isinstance(lic.get("id"), int):
            raise AnswerMismatch("license.id missing")
        details = lic.get("product_details")
        if isinstance(details, dict) and details.get("short_code") != asked.get("product"):
            raise AnswerMismatch("license of another product")
        user = _object(entry.get("user"), "user")
        email = _text(user.get("email"))
        if email is None or (username is not None and not _same(email, username)):
            raise AnswerMismatch("user differs")
        _same_organisation(lic, asked)


def customer_license_users(answer: Any, asked: Asked) -> None:
    body = _object(answer, "customer_license_users")
    customer = _object(body.get("customer"), "customer")
    if not isinstance(body.get("users"), list):
        raise AnswerMismatch("users missing")
    email = _text(customer.get("email"))
    if email is None or not _same(email, str(asked.get("customer", ""))):
        raise AnswerMismatch("customer differs")


def trial_key(answer: Any, asked: Asked) -> None:
    """A new trial, or the one this device had: a trial, naming its key or its user."""
    body = _object(answer, "trial_key")
    if body.get("is_trial") is not True:
        raise AnswerMismatch("is_trial missing")
    key = _text(body.get("license_key")) or _text(body.get("license"))
    user = body.get("license_user")
    email = _text(user.get("email")) if isinstance(user, dict) else _text(user)
    if key is None and email is None:
        raise AnswerMismatch("neither a key nor a user")
    asked_email = _text(asked.get("email"))
    if asked_email is not None and email is not None and not _same(email, asked_email):
        raise AnswerMismatch("license_user differs")
    if asked_email is None and key is None:
        raise AnswerMismatch("license key missing")
    echoed = body.get("hardware_id")
    if echoed is not None and echoed != asked.get("hardware_id"):
        raise AnswerMismatch("hardware_id differs")
    details = body.get("product_details")
    if isinstance(details, dict) and details.get("short_code") != asked.get("product"):
        raise AnswerMismatch("product_details.short_code differs")


def _variables(answer: Any) -> list[dict[str, Any]]:
    if not isinstance(answer, list):
        raise AnswerMismatch("variables: not a list")
    out = [_object(v, "variable") for v in answer]
    if not all(_text(v.get("variable")) for v in out):
        raise AnswerMismatch("variable name missing")
    return out


def tracked_variables(answer: Any, asked: Asked) -> None:
    """Every variable sent comes back with the value sent (numbers may come back as
    text).  Its entries have no ``id``: that is how a get_device_variables answer looks
    (license-api.md 1.2; the Node SDK's recorded answers of both)."""
    sent = asked.get("variables")
    entries = _variables(answer)
    if any("id" in v for v in entries):
        raise AnswerMismatch("a get_device_variables answer")
    got = {v["variable"]: v.get("value") for v in entries}
    for name, value in sent.items() if isinstance(sent, Mapping) else ():
        if name not in got or _plain(got[name]) != _plain(value):
            raise AnswerMismatch("a variable sent is not in the answer")


def device_variables(answer: Any, asked: Asked) -> None:
    if not all("id" in v for v in _variables(answer)):
        raise AnswerMismatch("variable id missing")


def same_device(answer: Iterable[Mapping[str, Any]], device_id: Any) -> None:
    """Variables name the device they belong to: the one the stored license names."""
    if device_id is None:
        return
    if any(v.get("device_id") not in (None, device_id) for v in answer):
        raise AnswerMismatch("variables of another device")


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def sso_url(answer: Any, api_url: str) -> None:
    """The identity provider's page opens in the browser: https only, or the address of
    a local License API itself (the sandbox), never ``javascript:`` or ``file:``."""
    url = _text(_object(answer, "sso_url").get("url"))
    if url is None:
        raise AnswerMismatch("url missing")
    parts, api = urlsplit(url), urlsplit(api_url)
    if parts.scheme == "https" and parts.hostname:
        return
    if parts.scheme == "http" and api.scheme == "http" and parts.netloc == api.netloc:
        return  # the License API is itself plain http only on loopback (check_url)
    raise AnswerMismatch("the sign-in page is not an https address")


# --- after activation --------------------------------------------------------------


def borrowed(answer: Any, asked: Asked, license_id: int | None) -> None:
    """A borrow of this license, ending when asked (or earlier, never later)."""
    body = _object(answer, "borrow")
    until = _text(body.get("borrowed_until"))
    if until is None:
        raise AnswerMismatch("borrowed_until missing")
    wanted = _text(asked.get("borrowed_until"))
    if wanted is not None and _instant(until) > _instant(wanted) + 1:
        raise AnswerMismatch("borrowed for longer than asked")
    _this_license(body.get("license_id"), license_id)
    if "feature" in asked and body.get("feature", asked["feature"]) != asked["feature"]:
        raise AnswerMismatch("another feature")


def feature(answer: Any, asked: Asked, license_id: int | None) -> None:
    """The feature asked for, of this license (not another endpoint's answer)."""
    body = _object(answer, "feature")
    if _text(body.get("code")) != asked.get("feature"):
        raise AnswerMismatch("feature code differs")
    _this_license(body.get("license_id"), license_id)


def consumption(answer: Any, asked: Asked, license_id: int | None) -> None:
    """New totals, as numbers, of this license (a feature's answer names none)."""
    body = _object(answer, "consumption")
    total = body.get("total_consumptions")
    if not isinstance(total, int | float) or isinstance(total, bool):
        raise AnswerMismatch("total_consumptions missing")
    if "feature" not in asked:
        _this_license(body.get("id", body.get("license_id")), license_id)


def _this_license(named: Any, license_id: int | None) -> None:
    if named is not None and license_id is not None and named != license_id:
        raise AnswerMismatch("another license")


def versions(answer: Any, asked: Asked) -> None:
    if not isinstance(answer, list) or not all(
        isinstance(e, str) or (isinstance(e, dict) and _text(e.get("version"))) for e in answer
    ):
        raise AnswerMismatch("versions: not a list of versions")


def installation_file(answer: Any, asked: Asked) -> None:
    body = _object(answer, "installation_file")
    wanted = _text(asked.get("version"))
    if wanted is not None and _text(body.get("version")) != wanted:
        raise AnswerMismatch("another version")
    link = _text(body.get("installation_file"))
    if link is not None and urlsplit(link).scheme not in ("https", "http"):
        raise AnswerMismatch("the download is not a web address")


def _instant(text: str) -> float:
    from datetime import UTC, datetime

    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise AnswerMismatch("not a date") from None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
