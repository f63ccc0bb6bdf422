"""The sandbox's routes, one module per use case; each ``register(app, ctx)``."""
