"""TradeGuard: resolution center and IP protection for B2B sourcing marketplaces."""

__version__ = "0.1.0"
