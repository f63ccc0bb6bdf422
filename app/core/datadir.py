"""The per-user data folder (platformdirs), or the one the vendor configured."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from activation_wizard.config import Config

APP_NAME = "activation-wizard"


def data_root(config: Config) -> Path:
    if config.data_dir is not None:
        return config.data_dir
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def product_dir(config: Config) -> Path:
    return data_root(config) / config.product
