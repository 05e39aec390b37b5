"""Settings of the benchmark's server (bench/driver.py starts gunicorn with DJANGO_SETTINGS_MODULE=bench.settings).

The site's own settings, plus what only the benchmark needs; the project's settings know nothing of it.
"""

from qasite.settings import *  # noqa: F403
from qasite.settings import MIDDLEWARE, PAGE_CACHE_EXCLUDE

# A request sent with `X-Count-Queries: 1` gets `X-Query-Count` back (bench/middleware.py): first, so
# the count covers every query of the request.
MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *MIDDLEWARE]
# The site's URLs and the trivial view at /bench/ping (bench/urls.py).
ROOT_URLCONF = "bench.urls"
# The trivial view pays no cache lookup: it is the ceiling every page is compared with.
PAGE_CACHE_EXCLUDE = [*PAGE_CACHE_EXCLUDE, "/bench/"]
# Responses say whether the page cache served them (`X-Page-Cache: hit|miss`): the mixed row's hit rate.
PAGE_CACHE_REPORT = True
# The API rows read one address thousands of times a second from one client: the limit per address
# (120 a minute) would answer 429 and the row would measure the refusal. The limiter still runs and
# counts every request, so its cost stays in the figures.
RATE_LIMITS = {"api": "100000000/m", "api-token": "100000000/m"}
