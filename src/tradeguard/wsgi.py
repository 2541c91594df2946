import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings")

from tradeguard.common.limits import BodyLimitMiddleware

# Request bodies over their endpoint's cap are refused before they are read.
application = BodyLimitMiddleware(get_wsgi_application())
