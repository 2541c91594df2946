"""Court-ready case files: a decided or closed case exported as a signed ZIP (export),
checked with or without TradeGuard (verify, docs/casefile.md)."""
