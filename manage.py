#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")
    # A checkout with no configuration at all is a developer's: commands run as development (DEBUG on,
    # a development secret). A deployment always sets SECRET_KEY and an explicit DEBUG is always
    # obeyed, so nothing changes there; the web server (wsgi.py, asgi.py) never gets this default.
    if "DEBUG" not in os.environ and "SECRET_KEY" not in os.environ:
        os.environ["DEBUG"] = "1"
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
