import httpx
from activation_wizard.core.api.signing import HmacAuth, authorization_header, http_date, sign


def test_documented_test_vector() -> None:
    # license-api.md 2.1: the docs' shared key and Date give this exact signature.
    assert (
        sign("kw4qSnpSwXzgiv5yxYpZZmFEd9QAeiKTQ6OuyMja", "Tue, 07 Jun 2011 20:51:35 GMT")
        == "UDysfR6MndUZReo07Y9r+vErn8vSxrnQ5ulit18iJ/Q="
    )


def test_date_is_rfc7231_gmt() -> None:
    assert http_date(1307479895) == "Tue, 07 Jun 2011 20:51:35 GMT"


def test_auth_adds_date_and_authorization_to_each_request() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    auth = HmacAuth("the-api-key", "kw4qSnpSwXzgiv5yxYpZZmFEd9QAeiKTQ6OuyMja", lambda: 1307479895)
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        client.get("https://api.example/check_license")
    request = seen[0]
    assert request.headers["Date"] == "Tue, 07 Jun 2011 20:51:35 GMT"
    assert request.headers["Authorization"] == (
        'algorithm="hmac-sha256",headers="date",'
        'signature="UDysfR6MndUZReo07Y9r+vErn8vSxrnQ5ulit18iJ/Q=",apikey="the-api-key"'
    )
    assert request.headers["Authorization"] == authorization_header(
        "the-api-key", "kw4qSnpSwXzgiv5yxYpZZmFEd9QAeiKTQ6OuyMja", "Tue, 07 Jun 2011 20:51:35 GMT"
    )
