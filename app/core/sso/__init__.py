"""Single sign-on in the system browser (license-api.md section 5).

``GET /sso_url`` gives the identity provider's login page; the browser comes
back to a redirect URI on this machine with a ``code`` (authorization-code
grant) or tokens in the URL fragment (implicit grant).  ``receiver`` catches
that redirect on 127.0.0.1; ``parse_redirect`` reads one the user pasted
instead.  What comes back is a ``Grant``: the fields ``/user_licenses`` and
``/activate_license`` take in place of a username and password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from activation_wizard.errors import SsoAnswerInvalid, SsoDenied
from activation_wizard.i18n import QT_TRANSLATE_NOOP

STATE_PARAM = "state"


@dataclass(frozen=True)
class Grant:
    """A single-use code or a short-lived token from the identity provider."""

    customer_account_code: str
    redirect_uri: str
    code: str = field(default="", repr=False)
    id_token: str = field(default="", repr=False)

    def request_fields(self) -> dict[str, Any]:
        fields = {"customer_account_code": self.customer_account_code}
        if self.code:  # the docs: one of them, never both
            fields["code"] = self.code
            fields["redirect_uri"] = self.redirect_uri
        else:
            fields["id_token"] = self.id_token
        return fields

    @property
    def reusable(self) -> bool:
        """A token may serve several requests until it expires; a code serves one."""
        return not self.code


def new_state() -> str:
    import secrets  # here: hmac and OpenSSL's hashes are not needed before the first frame

    return secrets.token_urlsafe(24)


def with_state(url: str, state: str) -> str:
    """The login URL with ``state`` added: an OAuth server echoes it back, so a
    callback that carries another one is not the answer to this login."""
    parts = urlsplit(url)
    query = parts.query + ("&" if parts.query else "") + urlencode({STATE_PARAM: state})
    return urlunsplit(parts._replace(query=query))


def grant_from_params(
    params: dict[str, str], *, account: str, redirect_uri: str, state: str
) -> Grant:
    """A grant from the redirect's parameters, or a clear error.

    The ``state`` of this sign-in comes first, for every kind of answer (RFC 8252 8.9):
    a loopback receiver is reachable by any program and any web page, so a code, a
    token or an error without it was not sent by the identity provider for this sign-in
    and is not this sign-in's answer."""
    import hmac  # here: OpenSSL's hashes are not needed before the first frame

    came = params.get(STATE_PARAM)
    if came is None or not hmac.compare_digest(came.encode(), state.encode()):
        raise SsoAnswerInvalid(
            QT_TRANSLATE_NOOP("messages", "the answer belongs to another sign-in (state)")
        )
    if params.get("error"):
        raise SsoDenied(_readable(params.get("error_description") or params["error"]))
    code = params.get("code", "")
    # Newer docs: send the access token as id_token; older ones: the id token.
    token = params.get("access_token") or params.get("id_token") or ""
    if not code and not token:
        raise SsoAnswerInvalid(QT_TRANSLATE_NOOP("messages", "it holds neither a code nor a token"))
    return Grant(account, redirect_uri, code=code, id_token="" if code else token)


def _readable(text: str) -> str:
    """The identity provider's own words, as one short printable line."""
    line = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return line[:200] + ("…" if len(line) > 200 else "")


_BARE_CODE = re.compile(r"[A-Za-z0-9._~-]{8,4096}")


def parse_redirect(text: str, *, account: str, redirect_uri: str, state: str) -> Grant:
    """What the user pasted: the address the browser ended on (with this sign-in's
    state, like any answer), or just the code, which the user typed themselves."""
    text = text.strip()
    if not text:
        raise SsoAnswerInvalid(QT_TRANSLATE_NOOP("messages", "nothing was pasted"))
    if "://" not in text and "=" not in text and "?" not in text and "#" not in text:
        # A code arrives in a URL's query, so as it is copied from the address bar it
        # is made of URL-safe characters (RFC 3986 "unreserved"); anything else (a
        # half-copied address, "%%%%") is a slip, not a code to spend the sign-in on.
        if not _BARE_CODE.fullmatch(text):
            raise SsoAnswerInvalid(
                QT_TRANSLATE_NOOP("messages", "that is not a code or an address")
            )
        return Grant(account, redirect_uri, code=text)
    try:
        parts = urlsplit(text)
    except ValueError:  # a mistyped address ("http://[::1/..."): say so, keep listening
        raise SsoAnswerInvalid(
            QT_TRANSLATE_NOOP("messages", "that is not a code or an address")
        ) from None
    params = _flat(parse_qs(parts.query))
    params.update(_flat(parse_qs(parts.fragment)))
    return grant_from_params(params, account=account, redirect_uri=redirect_uri, state=state)


def _flat(values: dict[str, list[str]]) -> dict[str, str]:
    return {k: v[0] for k, v in values.items() if v}
