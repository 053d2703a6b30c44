"""Storage of articles, events and runs: SQLite by default, PostgreSQL by URL."""
from lajm.store.store import SaveResult, Store

__all__ = ["SaveResult", "Store"]
