"""WSGI entry point: `gunicorn qasite.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")

application = get_wsgi_application()
