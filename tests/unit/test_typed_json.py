"""How the License API's JSON is read into the models (app/core/api/typed_json.py)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from activation_wizard.core.api.models import (
    DeviceVariable,
    LicenseInfo,
    Product,
    SignedLicense,
    TrialKey,
    UserLicense,
)
from activation_wizard.core.api.typed_json import ShapeError, read
from activation_wizard.core.summary import license_rows
from hypothesis import given
from hypothesis import strategies as st


def license_of(**fields: Any) -> LicenseInfo:
    return LicenseInfo.from_json(json.dumps(fields))


def test_unknown_fields_are_kept_and_readable() -> None:
    info = license_of(license_key="K", brand_new_field={"a": 1})
    assert info.brand_new_field == {"a": 1}
    assert info.extra == {"brand_new_field": {"a": 1}}
    assert info.dump()["brand_new_field"] == {"a": 1}
    with pytest.raises(AttributeError):
        _ = info.not_sent_at_all


def test_a_company_sent_for_a_user_shows_in_licensed_to() -> None:
    # LicenseUser has no company_name field: it is read from the kept extras.
    info = license_of(user={"first_name": "Ada", "company_name": "Engines", "email": "a@x"})
    assert info.licensed_to == "Ada, Engines <a@x>"


def test_missing_and_null_fields_take_their_defaults() -> None:
    info = license_of(is_trial=None, variables=None, max_activations=None)
    assert info.is_trial is False
    assert info.variables == []
    assert info.max_activations is None
    assert UserLicense.from_json('{"license": {}}').user.email is None


def test_a_required_field_that_is_missing_is_named() -> None:
    with pytest.raises(ShapeError, match=r"^license: expected a value$"):
        UserLicense.from_json('{"user": {}}')
    with pytest.raises(ShapeError, match=r"^\[1\]\.variable: expected a value$"):
        DeviceVariable.list_from_json('[{"variable": "a"}, {"value": 1}]')


@pytest.mark.parametrize(
    ("sent", "read"),
    [(5, 5), (5.0, 5), ("5", 5), (" 12 ", 12), (-3, -3)],
)
def test_integers(sent: Any, read: int) -> None:
    assert license_of(max_activations=sent).max_activations == read


@pytest.mark.parametrize("sent", [True, 5.5, "lots", "", [], {}, "9" * 5000])
def test_not_integers(sent: Any) -> None:
    with pytest.raises(ShapeError, match=r"^max_activations: expected an integer"):
        license_of(max_activations=sent)


@pytest.mark.parametrize(
    ("sent", "read"),
    [(True, True), (False, False), (1, True), (0, False), ("yes", True), ("OFF", False)],
)
def test_booleans(sent: Any, read: bool) -> None:
    assert license_of(is_trial=sent).is_trial is read


@pytest.mark.parametrize("sent", [2, "maybe", 1.5, [True]])
def test_not_booleans(sent: Any) -> None:
    with pytest.raises(ShapeError, match=r"^is_trial: expected true or false"):
        license_of(is_trial=sent)


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ("2027-03-01T12:00:00Z", datetime(2027, 3, 1, 12, tzinfo=UTC)),
        ("2027-03-01T12:00:00.250+00:00", datetime(2027, 3, 1, 12, 0, 0, 250000, tzinfo=UTC)),
        ("2027-03-01", datetime(2027, 3, 1, tzinfo=UTC)),  # no offset: the server's UTC
        (1803902400, datetime(2027, 3, 1, 12, tzinfo=UTC)),
        (1803902400000, datetime(2027, 3, 1, 12, tzinfo=UTC)),  # milliseconds
    ],
)
def test_dates(sent: Any, read: datetime) -> None:
    assert license_of(validity_period=sent).validity_period == read


@pytest.mark.parametrize("sent", ["next year", "2027-13-01", 1e300, float("nan"), True, {}])
def test_not_dates(sent: Any) -> None:
    body = json.dumps({"validity_period": sent}, allow_nan=True)
    with pytest.raises(ShapeError, match=r"^validity_period: expected a date and time"):
        LicenseInfo.from_json(body)


def test_a_date_without_an_offset_is_the_servers_utc_and_shows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    info = license_of(validity_period="2030-06-15T00:00:00", is_trial=True)
    assert info.validity_period == datetime(2030, 6, 15, tzinfo=UTC)
    assert "day" in dict(license_rows(info))["Expires"]  # compared with an aware "now"
    # "Never" to some servers; east of UTC it is past what a datetime can hold.
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        far = license_of(validity_period="9999-12-31T23:59:59Z")
        assert dict(license_rows(far))["Expires"].startswith("9999-12-31")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_numbers_beyond_a_float_are_refused_as_a_shape() -> None:
    with pytest.raises(ShapeError, match="expected a number"):
        read(float, 10**400)


def test_dump_lists_the_fields_then_what_else_was_sent() -> None:
    variable = DeviceVariable.list_from_json('[{"zzz": 1, "variable": "a", "value": 2}]')[0]
    assert list(variable.dump()) == ["variable", "value", "device_id", "created_at", "zzz"]


def test_an_expired_date_makes_the_license_unusable() -> None:
    assert license_of(validity_period="2001-01-01").unusable_reason == "expired"
    assert license_of(validity_period="2999-01-01T00:00:00Z").usable


def test_unions_take_the_first_alternative_that_reads() -> None:
    as_object = TrialKey.from_json('{"license_user": {"email": "a@x"}}')
    assert as_object.username == "a@x"
    assert TrialKey.from_json('{"license_user": "b@x"}').username == "b@x"
    with pytest.raises(ShapeError, match=r"^license_user: expected an object or text$"):
        TrialKey.from_json('{"license_user": 5}')
    values = DeviceVariable.list_from_json('[{"variable": "a", "value": true}, {"variable": "b"}]')
    assert [v.value for v in values] == [True, None]


def test_nested_errors_say_where() -> None:
    body = '[{"license": {"product_features": [{"code": "x"}, {"code": 7}]}}]'
    with pytest.raises(ShapeError, match=r"^\[0\]\.license\.product_features\[1\]\.code: "):
        UserLicense.list_from_json(body)


@pytest.mark.parametrize("body", [b"", b"not json", b"\xff\xfe", b"[" * 100000, b"null", b"[]"])
def test_what_is_not_a_json_object_is_refused(body: bytes) -> None:
    with pytest.raises(ShapeError):
        Product.from_json(body)


def test_the_signed_body_is_kept_byte_for_byte() -> None:
    body = b'{"license_key": "K",  "odd_spacing": 1}'
    signed = SignedLicense.parse(body, "sig")
    assert signed.body == body
    assert signed.info.license_key == "K"


def test_models_are_frozen_and_keep_secrets_out_of_repr() -> None:
    trial = TrialKey.from_json('{"license_key": "K", "initial_password": "hunter2"}')
    assert "hunter2" not in repr(trial)
    with pytest.raises(AttributeError):
        trial.license_key = "other"  # type: ignore[misc]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=15,
)
fields = st.sampled_from(
    [
        *("license_key", "validity_period", "max_activations", "is_trial", "user", "customer"),
        *("variables", "product_features", "metadata", "product_details", "other"),
    ]
)


@given(st.dictionaries(fields, json_values))
def test_any_json_is_read_or_refused_with_a_shape_error(data: dict[str, Any]) -> None:
    try:
        info = LicenseInfo.from_json(json.dumps(data))
    except ShapeError:
        return
    _ = info.licensed_to, info.unusable_reason, info.dump()
