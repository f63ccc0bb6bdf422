"""LicenseSpring License API client: signing, transport, verification, models.

Import from the submodules (``client``, ``models``, ...): this package imports
nothing itself, so reading a stored license never loads httpx.
"""
