"""The loopback receiver and the paste fallback: one answer, from this machine only,
for this sign-in only; everything else refused without ending the wait."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading

import httpx
import pytest

from app.core.sso import Grant, parse_redirect, with_state
from app.core.sso.receiver import HOST, RedirectReceiver
from app.errors import SsoAnswerInvalid, SsoDenied, SsoPortBusy, SsoTimeout, describe

STATE = "the-state"


@pytest.fixture
def receiver() -> RedirectReceiver:
    r = RedirectReceiver(account="acme", state=STATE, product_name="Acme Studio")
    yield r
    r.close()


def waiting(receiver: RedirectReceiver) -> tuple[threading.Thread, list[object]]:
    out: list[object] = []

    def run() -> None:
        try:
            out.append(receiver.wait(10))
        except Exception as exc:  # the test looks at what came out
            out.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, out


def test_listens_on_loopback_only(receiver: RedirectReceiver) -> None:
    assert receiver._server.server_address[0] == HOST == "127.0.0.1"
    assert receiver.redirect_uri == f"http://127.0.0.1:{receiver.port}/callback"


def test_refusals_do_not_end_the_wait_and_the_one_answer_does(
    receiver: RedirectReceiver, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    thread, out = waiting(receiver)
    base = receiver.redirect_uri
    with httpx.Client(timeout=5) as web:
        assert web.get(base + "?code=abc&state=wrong").status_code == 400
        assert web.get(base.replace("/callback", "/other") + "?code=abc").status_code == 404
        assert web.put(base + "?code=abc").status_code == 405
        assert web.get(base + "?code=" + "x" * 9000).status_code == 414
        big = web.post(
            base,
            content=b"code=" + b"x" * 20000,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert big.status_code == 413
        assert thread.is_alive() and not out  # still waiting
        ok = web.get(base + f"?code=secret-code-1&state={STATE}")
        assert ok.status_code == 200 and "return to Acme Studio" in ok.text
        thread.join(5)
        late = None
        with contextlib.suppress(httpx.TransportError):  # stopped already: refused outright
            late = web.get(base + f"?code=second&state={STATE}").status_code
    assert late in (None, 410)
    assert out == [Grant("acme", base, code="secret-code-1")]
    assert receiver.refused[:5] == [
        "invalid: the answer belongs to another sign-in (state)",
        "path",
        "method",
        "oversized",
        "oversized",
    ]
    ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("app."))
    assert "sso receiver: GET /callback" in ours  # it logs, without the query
    assert "secret-code-1" not in ours and "x" * 100 not in ours


def test_tokens_in_the_fragment_are_relayed_by_the_page(receiver: RedirectReceiver) -> None:
    thread, out = waiting(receiver)
    with httpx.Client(timeout=5) as web:
        page = web.get(receiver.redirect_uri)  # browsers never send the fragment
        assert "location.hash" in page.text
        web.post(
            receiver.redirect_uri,
            content=f"access_token=tok-1&state={STATE}",
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
    thread.join(5)
    assert out == [Grant("acme", receiver.redirect_uri, id_token="tok-1")]


def test_the_provider_saying_no_ends_the_wait_with_its_reason(receiver: RedirectReceiver) -> None:
    thread, out = waiting(receiver)
    httpx.get(receiver.redirect_uri + "?error=access_denied&error_description=Nope", timeout=5)
    thread.join(5)
    assert isinstance(out[0], SsoDenied)
    assert describe(out[0]).what == "The sign-in page answered: Nope."


def test_a_wait_times_out_with_a_message() -> None:
    with RedirectReceiver(account="a", state=STATE, product_name="P") as r:
        with pytest.raises(SsoTimeout) as caught:
            r.wait(0.3)
    assert describe(caught.value).title == "Sign-in took too long"


def test_a_taken_port_is_named() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(SsoPortBusy) as caught:
            RedirectReceiver(account="a", state=STATE, product_name="P", port=port)
    assert str(port) in describe(caught.value).what


@pytest.mark.parametrize(
    ("pasted", "expect"),
    [
        (f"http://127.0.0.1:5000/callback?code=c1&state={STATE}", Grant("a", "r", code="c1")),
        (f"http://127.0.0.1/cb#access_token=t1&state={STATE}", Grant("a", "r", id_token="t1")),
        ("c0de-only", Grant("a", "r", code="c0de-only")),
        ("  c0de-only\n", Grant("a", "r", code="c0de-only")),
    ],
)
def test_pasted_answers(pasted: str, expect: Grant) -> None:
    assert parse_redirect(pasted, account="a", redirect_uri="r", state=STATE) == expect


@pytest.mark.parametrize(
    "pasted",
    ["", "two words", "http://127.0.0.1/cb?foo=bar", "http://x/cb?code=c&state=other"],
)
def test_pasted_nonsense_is_refused_without_echoing_it(pasted: str) -> None:
    with pytest.raises(SsoAnswerInvalid) as caught:
        parse_redirect(pasted, account="a", redirect_uri="r", state=STATE)
    text = describe(caught.value).as_text()
    assert "code=c" not in text and "two words" not in text


def test_state_is_required_when_the_vendor_says_so() -> None:
    with pytest.raises(SsoAnswerInvalid):
        parse_redirect(
            "http://x/cb?code=c", account="a", redirect_uri="r", state=STATE, require_state=True
        )
    assert with_state("https://idp/auth?x=1", "s") == "https://idp/auth?x=1&state=s"


def test_grants_keep_codes_out_of_their_repr() -> None:
    grant = Grant("a", "r", code="very-secret")
    assert "very-secret" not in repr(grant)
    assert grant.request_fields() == {
        "customer_account_code": "a",
        "code": "very-secret",
        "redirect_uri": "r",
    }
