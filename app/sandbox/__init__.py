"""The sandbox: a local stand-in of the License API for newcomers and QA (not in
the product bundle)."""
