"""Database backends TradeGuard configures in settings (see sqlite3/base.py)."""
