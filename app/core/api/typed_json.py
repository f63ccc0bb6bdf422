"""Typed objects read from the License API's JSON: frozen dataclasses whose
annotations say what each field may hold.

This replaced pydantic, which cost the first network call about 130 ms of imports
and schema building (on a worker, but holding the GUI thread's interpreter lock),
16 MiB of memory and 5 MiB of bundle, for a dozen flat shapes (issue 12).

How a value is read (the lax rules a JSON server may rely on; anything else raises
``ShapeError``, which callers turn into the exception tree's ``ProtocolError``):

- unknown fields are kept in ``extra`` and readable as attributes: nothing the
  server sent is lost;
- a missing field, or ``null``, takes the field's default; a field without a
  default must be there;
- ``int``: JSON integers, floats without a fraction, text of an integer; never
  ``true``/``false``;
- ``bool``: ``true``/``false``, ``0``/``1``, and the text ``true``, ``false``,
  ``yes``, ``no``, ``on``, ``off``, ``1``, ``0`` in any case;
- ``datetime``: ISO 8601 text (a trailing ``Z`` is UTC, and so is text without an
  offset: the License API's clock), or Unix time as a number (seconds; milliseconds
  above 2e10, as pydantic read it); always aware, so it compares with "now";
- a union takes the first alternative that reads the value.
"""

from __future__ import annotations

import dataclasses
import json
import math
import types
import typing
from datetime import UTC, datetime
from typing import Any, ClassVar, TypeVar, dataclass_transform

T = TypeVar("T", bound="JsonObject")

_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_MILLISECONDS = 2e10  # a Unix time above this is in milliseconds (year 2603 in seconds)


class ShapeError(ValueError):
    """The JSON does not have the shape the model needs: where, and what was wanted."""

    def __init__(self, path: str, wanted: str) -> None:
        super().__init__(f"{path or 'the answer'}: expected {wanted}")
        self.path = path
        self.wanted = wanted


@dataclass_transform(kw_only_default=True, frozen_default=True)
class JsonObject:
    """Base of the models: each subclass becomes a frozen, keyword-only dataclass."""

    _hints: ClassVar[dict[str, Any]]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(frozen=True, kw_only=True)(cls)

    @property
    def extra(self) -> dict[str, Any]:
        """The fields the model does not name, as the server sent them."""
        return dict(self.__dict__.get("_extra", {}))

    def __getattr__(self, name: str) -> Any:  # only reached for names that are not fields
        try:
            return self.__dict__["_extra"][name]
        except KeyError:
            raise AttributeError(name) from None

    def dump(self) -> dict[str, Any]:
        """Plain JSON-ready data: the fields, then the unknown ones; datetimes as ISO text."""
        data = {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]
        return {**data, **self.__dict__.get("_extra", {})}

    @classmethod
    def from_json(cls: type[T], text: bytes | str) -> T:
        result: T = read(cls, _loads(text))
        return result

    @classmethod
    def list_from_json(cls: type[T], text: bytes | str) -> list[T]:
        result: list[T] = read(list[cls], _loads(text))  # type: ignore[valid-type]
        return result


def _loads(text: bytes | str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError too
        raise ShapeError("", "JSON") from None


def read(kind: Any, value: Any, path: str = "") -> Any:
    """``value`` (parsed JSON) as ``kind``: a model, a list, a dict, a union or a scalar."""
    if kind is Any:
        return value
    origin = typing.get_origin(kind)
    if origin is types.UnionType or origin is typing.Union:
        return _read_union(typing.get_args(kind), value, path)
    if origin is list:
        if not isinstance(value, list):
            raise ShapeError(path, "a list")
        (item,) = typing.get_args(kind)
        return [read(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        if not isinstance(value, dict):
            raise ShapeError(path, "an object")
        _, item = typing.get_args(kind)
        return {k: read(item, v, f"{path}.{k}") for k, v in value.items()}
    if isinstance(kind, type) and issubclass(kind, JsonObject):
        return _read_object(kind, value, path)
    reader = _SCALARS.get(kind)
    if reader is None:
        raise TypeError(f"no reader for {kind!r}")  # a model annotated with an unknown type
    return reader(value, path)


def _read_union(kinds: tuple[Any, ...], value: Any, path: str) -> Any:
    if value is None and type(None) in kinds:
        return None
    wanted = []
    for kind in kinds:
        if kind is type(None):
            continue
        try:
            return read(kind, value, path)
        except ShapeError as exc:
            if exc.path != path:  # the value had the alternative's shape; a part of it failed
                raise
            wanted.append(exc.wanted)
    raise ShapeError(path, " or ".join(dict.fromkeys(wanted)))


def _read_object(kind: type[T], value: Any, path: str) -> T:
    if not isinstance(value, dict):
        raise ShapeError(path, "an object")
    hints = _hints_of(kind)
    known: dict[str, Any] = {}
    for f in dataclasses.fields(kind):  # type: ignore[arg-type]
        raw = value.get(f.name)
        where = f"{path}.{f.name}" if path else f.name
        if raw is None:
            has_default = (
                f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
            )
            if has_default:
                continue
            if f.name in value and type(None) in typing.get_args(hints[f.name]):
                known[f.name] = None
                continue
            raise ShapeError(where, "a value")
        known[f.name] = read(hints[f.name], raw, where)
    made = kind(**known)
    extra = {k: v for k, v in value.items() if k not in hints}
    if extra:
        object.__setattr__(made, "_extra", extra)
    return made


def _hints_of(kind: type[JsonObject]) -> dict[str, Any]:
    """The resolved annotations of a model, worked out once (they are strings here)."""
    hints = kind.__dict__.get("_hints")
    if hints is None:
        hints = {
            name: hint
            for name, hint in typing.get_type_hints(kind).items()
            if typing.get_origin(hint) is not ClassVar
        }
        kind._hints = hints
    return hints


def _read_str(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise ShapeError(path, "text")
    return value


def _read_int(value: Any, path: str) -> int:
    if isinstance(value, bool):
        raise ShapeError(path, "an integer")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise ShapeError(path, "an integer")


def _read_float(value: Any, path: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:  # an integer beyond any float
            pass
    raise ShapeError(path, "a number")


def _read_bool(value: Any, path: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
    raise ShapeError(path, "true or false")


def _read_datetime(value: Any, path: str) -> datetime:
    try:
        if isinstance(value, int | float) and not isinstance(value, bool):
            seconds = value / 1000 if abs(value) > _MILLISECONDS else value
            if math.isfinite(seconds):
                return datetime.fromtimestamp(seconds, UTC)
        elif isinstance(value, str):
            moment = datetime.fromisoformat(value.strip())
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (ValueError, OverflowError, OSError):
        pass
    raise ShapeError(path, "a date and time")


_SCALARS: dict[Any, Any] = {
    str: _read_str,
    int: _read_int,
    float: _read_float,
    bool: _read_bool,
    datetime: _read_datetime,
}


def _plain(value: Any) -> Any:
    if isinstance(value, JsonObject):
        return value.dump()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    return value
