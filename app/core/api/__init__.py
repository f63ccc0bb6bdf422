"""LicenseSpring License API client: signing, transport, verification, models."""

from app.core.api.client import LicenseApiClient
from app.core.api.models import LicenseInfo

__all__ = ["LicenseApiClient", "LicenseInfo"]
