from tradeguard.web.testing import browser_page

__all__ = ["browser_page"]
