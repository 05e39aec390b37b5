"""The Spanish catalogue is complete and current: every marked string in the code and templates has
a translation, none is fuzzy, and the compiled catalogue the site loads is the one in the .po file."""

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from core.i18n import MAKEMESSAGES_IGNORE

LOCALE = Path(settings.BASE_DIR) / "locale"
pytestmark = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs GNU gettext (msgfmt)")


def _statistics(po: Path) -> str:
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(po)], capture_output=True, text=True, check=True
    )
    return result.stderr.strip()


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE])
def test_every_marked_string_is_translated(code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # makemessages as a developer runs it (`make messages`), over a tree of links to the project's own
    # folders: makemessages writes into the `locale` folder beside what it reads, so the project's
    # catalogue is copied there and left as it is.
    root = Path(settings.BASE_DIR)
    for entry in root.iterdir():
        if entry.name != "locale" and not entry.name.startswith("."):
            (tmp_path / entry.name).symlink_to(entry)
    (tmp_path / "locale" / code / "LC_MESSAGES").mkdir(parents=True)
    catalogue = tmp_path / "locale" / code / "LC_MESSAGES" / "django.po"
    shutil.copy(LOCALE / code / "LC_MESSAGES" / "django.po", catalogue)
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=[code], ignore_patterns=MAKEMESSAGES_IGNORE, symlinks=True, verbosity=0)
    statistics = _statistics(catalogue)
    assert "untranslated" not in statistics and "fuzzy" not in statistics, (
        f"{code}: {statistics}. Run `make messages` and translate what it added."
    )


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE])
def test_compiled_catalogue_matches_the_po_file(code: str, tmp_path: Path) -> None:
    folder = LOCALE / code / "LC_MESSAGES"
    subprocess.run(["msgfmt", "-o", str(tmp_path / "django.mo"), str(folder / "django.po")], check=True)
    with (tmp_path / "django.mo").open("rb") as fresh, (folder / "django.mo").open("rb") as committed:
        assert gettext.GNUTranslations(committed)._catalog == gettext.GNUTranslations(fresh)._catalog, (
            "locale/*.mo is older than its .po: run `make messages`"
        )
