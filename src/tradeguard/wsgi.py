import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")

from tradeguard.common.limits import BodyLimitMiddleware
from tradeguard.signals.model import warm_in_background

# Request bodies over their endpoint's cap are refused before they are read.
application = BodyLimitMiddleware(get_wsgi_application())
# The scam-signal model trains while the server starts, not in the first message post.
warm_in_background()
