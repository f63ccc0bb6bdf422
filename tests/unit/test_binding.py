"""Issue 18: a signed answer counts only as the answer to the request it answers.

Genuine answers are recorded from the real sandbox over loopback HTTPS; then a small
replaying server on loopback sends them back, signature and all, for other requests:
every pair of signed endpoints (A, B), and one answer per field of the binding (another
key, user, license id, device, product).  Each is refused before anything is kept."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from activation_wizard.config import Config
from activation_wizard.core.activation import Activator, Identity, TrialRequest
from activation_wizard.core.api.client import LicenseApiClient
from activation_wizard.core.store import ActivationStore
from activation_wizard.errors import ActivationInvalid, AnswerMismatch, NotActivated
from activation_wizard.messages import describe
from activation_wizard.sandbox.db import SSO_ACCOUNT, USER_PRODUCT
from activation_wizard.sandbox.server import Sandbox
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from tests.conftest import MemoryKeyring, sandbox_config, trust

KEY, OTHER_KEY = "DEMO-OKAY-0000-0001", "DEMO-OKAY-0000-0002"
USER, OTHER_USER, PASSWORD = "ok@sandbox.test", "several@sandbox.test", "demo-password"


@dataclass
class Answer:
    body: bytes
    signature: str


class Replay:
    """A License API stand-in that answers every request with one recorded answer."""

    def __init__(self) -> None:
        self.answer = Answer(b"{}", "")
        replay = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("LicenseSignature", replay.answer.signature)
                self.send_header("Content-Length", str(len(replay.answer.body)))
                self.end_headers()
                self.wfile.write(replay.answer.body)

            do_GET = do_POST = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_port}/api/v4"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def replay() -> Iterator[Replay]:
    server = Replay()
    yield server
    server.close()


class Recorder(httpx.BaseTransport):
    """The real transport to the sandbox, keeping each endpoint's signed answer."""

    def __init__(self, sandbox: Sandbox, into: dict[str, Answer]) -> None:
        self._inner = httpx.HTTPTransport(verify=trust(sandbox))
        self._into = into

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        response.read()
        endpoint = request.url.path.rsplit("/", 1)[-1]
        signature = response.headers.get("LicenseSignature")
        if response.status_code == 200 and signature:
            self._into.setdefault(endpoint, Answer(response.content, signature))
        return response

    def close(self) -> None:  # the sandbox keeps connections alive, as the service does
        self._inner.close()


@dataclass
class World:
    """Activators for the key product and the user product, pointed at the sandbox
    (recording) or at the replaying server, sharing their data folders and keyrings."""

    key_config: Config
    user_config: Config
    keyrings: dict[str, MemoryKeyring]
    recorded: dict[str, Answer]

    def activator(self, which: str, api_url: str | None = None, record: Any = None) -> Activator:
        config = self.key_config if which == "key" else self.user_config
        if api_url is not None:
            config = replace(config, api_url=api_url)
        store = ActivationStore(config, backend=self.keyrings[which])
        return Activator(config, store=store, transport=record)


def record_world(sandbox: Sandbox, tmp_path: Path) -> World:
    recorded: dict[str, Answer] = {}
    world = World(
        sandbox_config(sandbox, tmp_path / "key"),
        sandbox_config(sandbox, tmp_path / "user", product=USER_PRODUCT),
        {"key": MemoryKeyring(), "user": MemoryKeyring()},
        recorded,
    )

    def record() -> httpx.BaseTransport:
        return Recorder(sandbox, recorded)

    keys = world.activator("key", record=record)
    keys.product_details()
    keys.activate(Identity("license_key", KEY))
    keys.check()
    keys.send_variables({"seat": "A"})
    keys.get_variables()
    with keys.client() as client:
        client.trial_key({"product": keys.config.product, "hardware_id": "trial-device"})
    users = world.activator("user", record=record)
    users.user_licenses(Identity("user", USER, PASSWORD))
    with users.client() as client:
        client.customer_license_users({"product": USER_PRODUCT, "customer": "it@acme.example"})
        client.sso_url(
            {
                "product": USER_PRODUCT,
                "customer_account_code": SSO_ACCOUNT,
                "response_type": "code",
                "redirect_uri": "http://127.0.0.1:9/callback",
            }
        )
    # The user activation is recorded under its own name: it is a request of its own.
    mine: dict[str, Answer] = {}
    users_activation = world.activator("user", record=lambda: Recorder(sandbox, mine))
    users_activation.activate(Identity("user", USER, PASSWORD))
    recorded["activate_license (account)"] = mine["activate_license"]
    return world


@pytest.fixture
def world(sandbox: Sandbox, tmp_path: Path) -> World:
    return record_world(sandbox, tmp_path)


def requests(world: World, url: str) -> dict[str, Callable[[], object]]:
    """Each signed endpoint's request, as the program sends it, to the replaying server."""
    keys, users = world.activator("key", url), world.activator("user", url)

    def client_call(activator: Activator, name: str, params: dict[str, Any]) -> Any:
        with LicenseApiClient(activator.config) as client:
            return getattr(client, name)(params)

    return {
        "activate_license": lambda: keys.activate(Identity("license_key", KEY)),
        "activate_license (account)": lambda: users.activate(Identity("user", USER, PASSWORD)),
        "check_license": keys.check,
        # (the activator falls back to its cached copy: the client is what refuses)
        "product_details": lambda: client_call(
            keys, "product_details", {"product": "sandbox-demo"}
        ),
        "track_device_variables": lambda: keys.send_variables({"seat": "A"}),
        "get_device_variables": keys.get_variables,
        "trial_key": lambda: keys.start_trial(TrialRequest()),
        "user_licenses": lambda: users.user_licenses(Identity("user", USER, PASSWORD)),
        "customer_license_users": lambda: client_call(
            users,
            "customer_license_users",
            {"product": USER_PRODUCT, "customer": "it@acme.example"},
        ),
        "sso_url": lambda: users.sso_login(SSO_ACCOUNT, _Receiver()),
    }


class _Receiver:
    """What sso_login needs of a receiver: where the browser comes back, and the state."""

    redirect_uri = "http://127.0.0.1:9/callback"
    state = "s" * 32


def what_is_kept(world: World) -> list[str]:
    """Every stored byte that matters: both activations, and the product cache."""
    out = []
    for which in ("key", "user"):
        try:
            stored = world.activator(which).load_refused()
            out.append(f"{which}:{stored.generation}:{stored.license_body!r}")
        except NotActivated:
            out.append(f"{which}: none")
        folder = (world.key_config if which == "key" else world.user_config).data_dir
        out += sorted(f"{p.name}:{p.read_bytes()!r}" for p in Path(folder).rglob("product.json"))
    return out


def test_every_signed_answer_is_refused_as_the_answer_to_any_other_request(
    world: World, replay: Replay
) -> None:
    calls = requests(world, replay.url)
    assert set(world.recorded) == set(calls), "every signed endpoint was recorded"
    world.activator("key").store.delete()  # activate must find room (check re-stores it below)
    accepted, wrong_refusal = [], []
    for answered in world.recorded:
        for asked, call in calls.items():
            if asked == answered:
                continue
            if asked in ("check_license", "track_device_variables", "get_device_variables"):
                restore_key_activation(world)
            kept_before = what_is_kept(world)
            replay.answer = world.recorded[answered]
            try:
                call()
            except AnswerMismatch:
                pass
            except Exception as exc:  # refused, but not for the reason that matters here
                wrong_refusal.append(f"{answered} -> {asked}: {type(exc).__name__} {exc}")
            else:
                accepted.append(f"{answered} -> {asked}")
            if what_is_kept(world) != kept_before:
                accepted.append(f"{answered} -> {asked}: something was stored")
            world.activator("key").store.delete()
    assert not accepted, accepted
    assert not wrong_refusal, wrong_refusal


def restore_key_activation(world: World) -> None:
    """The genuine activation back in place (check and variables need one)."""
    activator = world.activator("key")
    genuine = world.recorded["activate_license"]
    stored = activator.new_activation("license_key", KEY, genuine.body, genuine.signature, None)
    activator.store.save(stored)


def test_each_endpoint_accepts_its_own_genuine_answer(world: World, replay: Replay) -> None:
    """The contracts refuse what they must, and no more: each recorded answer replayed
    for its own request passes (the pair test above would pass trivially otherwise)."""
    calls = requests(world, replay.url)
    for endpoint, answer in world.recorded.items():
        if endpoint == "trial_key":
            continue  # its key goes on to activate_license, answered by the same replay
        restore_key_activation(world)
        if endpoint == "activate_license":
            world.activator("key").store.delete()
        replay.answer = answer
        calls[endpoint]()


# --- one field of the binding at a time ----------------------------------------------


def sign(sandbox: Sandbox, body: bytes) -> str:
    key = serialization.load_pem_private_key(
        (sandbox.db_path.parent / "sandbox.signing-key.pem").read_bytes(), password=None
    )
    signature = key.sign(body, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]
    return base64.b64encode(signature).decode()


def genuine(
    sandbox: Sandbox, tmp_path: Path, which: str, identity: Identity, **over: Any
) -> Answer:
    """A real activation answer from the sandbox, for ``identity`` and the settings given."""
    answers: dict[str, Answer] = {}
    product = USER_PRODUCT if which == "user" else "sandbox-demo"
    folder = tmp_path / f"elsewhere-{len(list(tmp_path.iterdir()))}"
    config = sandbox_config(sandbox, folder, product=product, **over)
    activator = Activator(
        config,
        store=ActivationStore(config, backend=MemoryKeyring()),
        transport=lambda: Recorder(sandbox, answers),
    )
    activator.activate(identity)
    return answers["activate_license"]


def refused_activation(
    world: World, replay: Replay, which: str, identity: Identity, because: str
) -> None:
    activator = world.activator(which, replay.url)
    activator.store.delete()
    with pytest.raises(AnswerMismatch) as caught:
        activator.activate(identity)
    assert caught.value.detail == because  # refused for this field, not another
    assert describe(caught.value).title == "The server's answer does not fit the request"
    with pytest.raises(NotActivated):
        activator.load()


def test_an_answer_for_another_key_is_refused(
    world: World, replay: Replay, sandbox: Sandbox, tmp_path: Path
) -> None:
    replay.answer = genuine(sandbox, tmp_path, "key", Identity("license_key", OTHER_KEY))
    refused_activation(
        world, replay, "key", Identity("license_key", KEY), because="license_key differs"
    )


def test_an_answer_for_another_device_is_refused(
    world: World, replay: Replay, sandbox: Sandbox, tmp_path: Path
) -> None:
    replay.answer = genuine(  # the raw machine id: another hardware id than this one's
        sandbox, tmp_path, "key", Identity("license_key", KEY), hardware_id_provider="platform"
    )
    refused_activation(
        world, replay, "key", Identity("license_key", KEY), because="hardware_id differs"
    )


def test_an_answer_for_another_account_is_refused(
    world: World, replay: Replay, sandbox: Sandbox, tmp_path: Path
) -> None:
    users = world.activator("user")
    studio = users.user_licenses(Identity("user", OTHER_USER, PASSWORD))[1].license.id
    answer = Identity("user", OTHER_USER, PASSWORD, license_id=studio)  # no seat of USER's
    replay.answer = genuine(sandbox, tmp_path, "user", answer)
    refused_activation(
        world, replay, "user", Identity("user", USER, PASSWORD), because="user differs"
    )


def test_an_answer_for_another_license_of_the_account_is_refused(
    world: World, replay: Replay, sandbox: Sandbox, tmp_path: Path
) -> None:
    users = world.activator("user")
    licenses = users.user_licenses(Identity("user", OTHER_USER, PASSWORD))
    first, second = (e.license.id for e in licenses[:2])
    replay.answer = genuine(
        sandbox, tmp_path, "user", Identity("user", OTHER_USER, PASSWORD, license_id=second)
    )
    asked = Identity("user", OTHER_USER, PASSWORD, license_id=first)
    refused_activation(world, replay, "user", asked, because="id differs from license_id")


def test_an_answer_for_another_product_is_refused(
    world: World, replay: Replay, sandbox: Sandbox, tmp_path: Path
) -> None:
    """The same account, the same device, a license of another product."""
    with sandbox.db.tx() as db:
        db.execute("UPDATE products SET authorization_method = 'user' WHERE code = 'sandbox-demo'")
        team = "SELECT MIN(id) FROM licenses WHERE product = 'sandbox-users'"  # ok@'s license
        db.execute(f"UPDATE licenses SET product = 'sandbox-demo' WHERE id = ({team})")
    replay.answer = genuine(sandbox, tmp_path, "key", Identity("user", USER, PASSWORD))
    refused_activation(
        world,
        replay,
        "user",
        Identity("user", USER, PASSWORD),
        because="product_details.short_code differs",
    )


def test_a_signed_empty_answer_to_a_check_changes_nothing(
    world: World, replay: Replay, sandbox: Sandbox
) -> None:
    restore_key_activation(world)
    before = world.activator("key").load()
    replay.answer = Answer(b"{}", sign(sandbox, b"{}"))
    with pytest.raises(AnswerMismatch):
        world.activator("key", replay.url).check()
    after = world.activator("key").load()
    assert (after.license_body, after.generation) == (before.license_body, before.generation)


def test_a_check_answer_for_another_license_changes_nothing(
    world: World, replay: Replay, sandbox: Sandbox, tmp_path: Path
) -> None:
    restore_key_activation(world)
    before = world.activator("key").load()
    answers: dict[str, Answer] = {}
    config = sandbox_config(sandbox, tmp_path / "third")
    other = Activator(
        config,
        store=ActivationStore(config, backend=MemoryKeyring()),
        transport=lambda: Recorder(sandbox, answers),
    )
    other.activate(Identity("license_key", OTHER_KEY))
    other.check()
    replay.answer = answers["check_license"]
    with pytest.raises(AnswerMismatch):
        world.activator("key", replay.url).check()
    assert world.activator("key").load().license_body == before.license_body


def test_a_stored_document_that_was_never_a_license_does_not_load(
    world: World, sandbox: Sandbox
) -> None:
    """The cached product details are signed too: kept as an activation, they are refused
    on load (here written straight into the store, as a copied data folder could)."""
    product = world.recorded["product_details"]
    activator = world.activator("key")
    forged = activator.new_activation(
        "license_key", "ANY-KEY-AT-ALL", product.body, product.signature, None
    )
    activator.store.save(forged)
    with pytest.raises(ActivationInvalid) as caught:
        activator.load()
    assert caught.value.reason == "unbound"
    assert "no license at all" in describe(caught.value).what


def test_a_genuine_license_kept_under_another_key_does_not_load(world: World) -> None:
    answer = world.recorded["activate_license"]
    activator = world.activator("key")
    forged = activator.new_activation("license_key", OTHER_KEY, answer.body, answer.signature, None)
    activator.store.save(forged)
    with pytest.raises(ActivationInvalid) as caught:
        activator.load()
    assert caught.value.reason == "unbound"


def test_a_recovery_file_with_an_edited_kind_is_refused(world: World, tmp_path: Path) -> None:
    restore_key_activation(world)
    activator = world.activator("key")
    path = tmp_path / "recovery.json"
    activator.store.export(activator.load(), path)
    data = json.loads(path.read_text())
    data["kind"], data["identity"] = "user", "jane.doe@example.com"  # the customer's e-mail
    path.write_text(json.dumps(data))
    activator.store.delete()
    with pytest.raises(ActivationInvalid):
        activator.import_recovery(path)
    with pytest.raises(NotActivated):
        activator.load()


def test_a_sign_in_page_that_is_not_https_is_not_opened(
    world: World, replay: Replay, sandbox: Sandbox
) -> None:
    users = world.activator("user", replay.url)
    for url in ("javascript:alert(1)", "file:///etc/passwd", "http://example.com/login"):
        body = json.dumps({"url": url}).encode()
        replay.answer = Answer(body, sign(sandbox, body))
        with pytest.raises(AnswerMismatch):
            users.sso_login(SSO_ACCOUNT, _Receiver())


# --- what a fresh-eyes attack found (issue 18, second round) --------------------------


def test_a_refresh_file_is_not_a_check_answer(
    world: World, replay: Replay, sandbox: Sandbox
) -> None:
    """A refresh file's signed form (its license_signature_v2 over the rest) carries
    license_active/enabled and v1: served as a check answer it must not pass."""
    from activation_wizard.core.offline import canonical_body

    from tests.unit.test_offline import add_device, refresh_for

    restore_key_activation(world)
    add_device(sandbox, KEY, world.activator("key").device.hardware_id)
    refresh = refresh_for(sandbox, KEY, world.activator("key").device.hardware_id)
    replay.answer = Answer(
        canonical_body(refresh, refresh=True), str(refresh["license_signature_v2"])
    )
    with pytest.raises(AnswerMismatch) as caught:
        world.activator("key", replay.url).check()
    assert caught.value.detail == "a license file, not an online answer"


def test_an_answer_for_another_organisations_license_is_refused(
    world: World, replay: Replay, sandbox: Sandbox, tmp_path: Path
) -> None:
    """Single sign-on names only the organisation in its request: a genuine answer for
    a user of another organisation's license does not belong to this sign-in."""
    from tests.unit.test_seats import signed_in

    with sandbox.db.tx() as db:
        db.execute("INSERT INTO customer_accounts VALUES ('globex-sso', 'Globex (SSO)')")
        db.execute(
            "UPDATE users SET customer_account = 'globex-sso' WHERE email = 'bob@acme.example'"
        )
        db.execute(
            "UPDATE licenses SET customer_account = 'globex-sso' WHERE id IN (SELECT license_id"
            " FROM license_users lu JOIN users u ON u.id = lu.user_id"
            " WHERE u.email = 'bob@acme.example') AND id NOT IN (SELECT license_id FROM"
            " license_users lu JOIN users u ON u.id = lu.user_id"
            " WHERE u.email = 'alice@acme.example')"
        )
        (studio,) = db.execute(
            "SELECT id FROM licenses WHERE customer_account = 'globex-sso'"
        ).fetchone()
    answers: dict[str, Answer] = {}
    config = sandbox_config(sandbox, tmp_path / "globex", product=USER_PRODUCT)
    elsewhere = Activator(
        config,
        store=ActivationStore(config, backend=MemoryKeyring()),
        transport=lambda: Recorder(sandbox, answers),
    )
    bob = signed_in(sandbox, email="bob@acme.example", account="globex-sso")
    elsewhere.activate(replace(bob, license_id=studio))
    replay.answer = answers["activate_license"]
    users = world.activator("user", replay.url)
    users.store.delete()
    with pytest.raises(AnswerMismatch) as caught:
        users.activate(signed_in(sandbox))  # alice, signing in with acme-sso
    assert caught.value.detail == "another organisation's license"


def test_a_cached_product_of_another_product_is_not_used(world: World, replay: Replay) -> None:
    import base64 as b64

    from activation_wizard.core.activation import PRODUCT_CACHE
    from activation_wizard.core.datadir import product_dir

    keys = world.activator("key", replay.url)
    cache = product_dir(keys.config) / PRODUCT_CACHE
    other = world.recorded["activate_license"]  # signed, but no product details at all
    cache.write_text(
        json.dumps({"body": b64.b64encode(other.body).decode(), "signature": other.signature})
    )
    replay.answer = Answer(b"", "")  # and the server cannot be asked
    with pytest.raises(Exception):  # noqa: B017 - no cached copy to fall back on
        keys.product_details()
