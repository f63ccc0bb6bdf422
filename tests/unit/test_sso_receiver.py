"""The loopback receiver and the paste fallback: one answer, from this machine only,
for this sign-in only; everything else refused without ending the wait."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading

import httpx
import pytest
from activation_wizard.core.sso import Grant, parse_redirect, with_state
from activation_wizard.core.sso.receiver import HOST, RedirectReceiver
from activation_wizard.errors import SsoAnswerInvalid, SsoDenied, SsoPortBusy, SsoTimeout
from activation_wizard.messages import describe

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
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": receiver.origin,
            },
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
    ours = " ".join(
        r.getMessage() for r in caplog.records if r.name.startswith("activation_wizard.")
    )
    assert "sso receiver: GET /callback" in ours  # it logs, without the query
    assert "secret-code-1" not in ours and "x" * 100 not in ours


def test_tokens_in_the_fragment_are_relayed_by_the_page(receiver: RedirectReceiver) -> None:
    thread, out = waiting(receiver)
    with httpx.Client(timeout=5) as web:
        page = web.get(receiver.redirect_uri)  # browsers never send the fragment
        assert "location.hash" in page.text
        web.post(  # as the relay page posts it: from the receiver's own origin
            receiver.redirect_uri,
            content=f"access_token=tok-1&state={STATE}",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": receiver.origin,
                "Sec-Fetch-Site": "same-origin",
            },
        )
    thread.join(5)
    assert out == [Grant("acme", receiver.redirect_uri, id_token="tok-1")]


def test_the_provider_saying_no_ends_the_wait_with_its_reason(receiver: RedirectReceiver) -> None:
    thread, out = waiting(receiver)
    httpx.get(
        receiver.redirect_uri + f"?error=access_denied&error_description=Nope&state={STATE}",
        timeout=5,
    )
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
    [
        "",
        "two words",
        "http://127.0.0.1/cb?foo=bar",
        "http://x/cb?code=c&state=other",
        "%%%%",  # slips a bare code cannot be: the sign-in is not spent on them
        "127.0.0.1:40909/callback",
        "abc",
    ],
)
def test_pasted_nonsense_is_refused_without_echoing_it(pasted: str) -> None:
    with pytest.raises(SsoAnswerInvalid) as caught:
        parse_redirect(pasted, account="a", redirect_uri="r", state=STATE)
    text = describe(caught.value).as_text()
    assert "code=c" not in text and "two words" not in text


def test_a_pasted_address_needs_the_state_too_a_typed_code_does_not() -> None:
    with pytest.raises(SsoAnswerInvalid):
        parse_redirect("http://x/cb?code=c", account="a", redirect_uri="r", state=STATE)
    with pytest.raises(SsoAnswerInvalid):  # an error without the state is no answer either
        parse_redirect(
            "http://x/cb?error=access_denied", account="a", redirect_uri="r", state=STATE
        )
    assert with_state("https://idp/auth?x=1", "s") == "https://idp/auth?x=1&state=s"


@pytest.mark.parametrize(
    "pasted", ["http://[::1/callback?code=c", "https://[bad/x#access_token=t", "c0de\x00"]
)
def test_a_mistyped_address_is_refused_and_the_next_paste_still_counts(pasted: str) -> None:
    with pytest.raises(SsoAnswerInvalid):
        parse_redirect(pasted, account="a", redirect_uri="r", state=STATE)
    good = f"http://127.0.0.1:5/callback?code=c1&state={STATE}"
    assert parse_redirect(good, account="a", redirect_uri="r", state=STATE).code == "c1"


def test_answers_without_this_sign_ins_state_are_ignored_whatever_they_say(
    receiver: RedirectReceiver,
) -> None:
    """A web page can point an image or a link at the loopback port: a code, a token or
    an error it invents, with no state or a guessed one, neither ends the wait nor is
    shown; the real answer still completes the sign-in."""
    thread, out = waiting(receiver)
    base = receiver.redirect_uri
    forged = [
        "?code=attacker-code",
        "?access_token=attacker-token",
        "?error=access_denied&error_description=Call+0800+attacker",
        "?error=access_denied&error_description=Call+0800+attacker&state=guess",
    ]
    with httpx.Client(timeout=5) as web:
        for query in forged:
            page = web.get(base + query)
            assert page.status_code == 400 and "attacker" not in page.text
        assert thread.is_alive() and not out
        web.get(base + f"?code=real&state={STATE}")
    thread.join(5)
    assert out == [Grant("acme", base, code="real")]


@pytest.mark.parametrize(
    ("method", "headers", "status", "why"),
    [
        ("GET", {"Host": "attacker.example:{port}"}, 421, "host"),
        ("GET", {"Host": "localhost:{port}"}, 421, "host"),
        ("GET", {"Origin": "https://attacker.example"}, 403, "cross-site"),
        (  # an <img> on another site's page
            "GET",
            {
                "Sec-Fetch-Site": "cross-site",
                "Sec-Fetch-Mode": "no-cors",
                "Sec-Fetch-Dest": "image",
            },
            403,
            "cross-site",
        ),
        (  # an <iframe>
            "GET",
            {
                "Sec-Fetch-Site": "cross-site",
                "Sec-Fetch-Mode": "navigate",
                "Sec-Fetch-Dest": "iframe",
            },
            403,
            "cross-site",
        ),
        (  # a form another site posts here
            "POST",
            {"Origin": "https://attacker.example", "Sec-Fetch-Site": "cross-site"},
            403,
            "cross-site",
        ),
        ("POST", {}, 403, "cross-site"),  # a post that does not come from the relay page
        ("HEAD", {}, 405, "method"),
        ("OPTIONS", {"Origin": "https://attacker.example"}, 405, "method"),
    ],
)
def test_requests_from_other_sites_and_other_names_are_refused_before_they_are_read(
    receiver: RedirectReceiver, method: str, headers: dict[str, str], status: int, why: str
) -> None:
    thread, out = waiting(receiver)
    query = f"?code=c&state={STATE}"  # even with the right state: the request itself is wrong
    sent = {k: v.format(port=receiver.port) for k, v in headers.items()}
    with httpx.Client(timeout=5) as web:
        answer = web.request(method, receiver.redirect_uri + query, headers=sent)
        assert answer.status_code == status
        assert receiver.refused == [why]
        assert thread.is_alive() and not out
        web.get(receiver.redirect_uri + f"?code=real&state={STATE}")
    thread.join(5)
    assert out == [Grant("acme", receiver.redirect_uri, code="real")]


def test_the_browsers_own_navigation_from_the_sign_in_page_is_taken(
    receiver: RedirectReceiver,
) -> None:
    """What a browser sends when the identity provider's page redirects here."""
    thread, out = waiting(receiver)
    navigation = {
        "Sec-Fetch-Site": "cross-site",
        "Sec-Fetch-Mode": "navigate",
        "Sec-Fetch-Dest": "document",
    }
    httpx.get(receiver.redirect_uri + f"?code=real&state={STATE}", headers=navigation, timeout=5)
    thread.join(5)
    assert out == [Grant("acme", receiver.redirect_uri, code="real")]


@pytest.mark.parametrize(
    "raw",
    [b"GARBAGE\r\n\r\n", b"GET /" + b"x" * 70000 + b" HTTP/1.1\r\n\r\n", b"\x16\x03\x01\x00"],
)
def test_malformed_requests_get_an_answer_and_no_traceback(
    receiver: RedirectReceiver, raw: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.create_connection(("127.0.0.1", receiver.port), timeout=5) as conn:
        conn.sendall(raw)
        conn.shutdown(socket.SHUT_WR)
        reply = conn.recv(200)
    assert reply.startswith(b"HTTP/1.") and reply.split()[1] in (b"400", b"414")
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_an_idle_connection_is_dropped_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import activation_wizard.core.sso.receiver as module

    monkeypatch.setattr(module, "IDLE_TIMEOUT", 0.2)
    with RedirectReceiver(account="a", state=STATE, product_name="P") as r:
        with socket.create_connection(("127.0.0.1", r.port), timeout=5) as conn:
            assert conn.recv(100) == b""  # closed by the receiver, nothing said
        answer = httpx.get(r.redirect_uri + f"?code=c&state={STATE}", timeout=5)
        assert answer.status_code == 200
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_grants_keep_codes_out_of_their_repr() -> None:
    grant = Grant("a", "r", code="very-secret")
    assert "very-secret" not in repr(grant)
    assert grant.request_fields() == {
        "customer_account_code": "a",
        "code": "very-secret",
        "redirect_uri": "r",
    }


def test_a_fixed_port_is_free_again_right_after_a_sign_in() -> None:
    """Issue 19: the receiver's own closed connection (TIME_WAIT) made a fixed
    redirect_port read as taken for about a minute; another listener still does."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    for attempt in range(2):
        with RedirectReceiver(account="a", state=STATE, product_name="P", port=port) as r:
            thread, out = waiting(r)
            httpx.get(r.redirect_uri + f"?code=c{attempt}&state={STATE}", timeout=5)
            thread.join(5)
            assert out == [Grant("a", r.redirect_uri, code=f"c{attempt}")]
    with socket.socket() as taken:  # another program listening there: still refused
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        taken.bind(("127.0.0.1", port))
        taken.listen()
        with pytest.raises(SsoPortBusy):
            RedirectReceiver(account="a", state=STATE, product_name="P", port=port)
