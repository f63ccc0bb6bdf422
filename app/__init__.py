"""Desktop license-activation wizard for the LicenseSpring License API."""

__version__ = "0.1.0"
