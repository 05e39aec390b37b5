"""The key pages the quality gates check, found in whatever database Django is pointed at.

Nothing here hard-codes an id: each page is looked up from the data (the seeded demo, or a test's
factories). A page whose app has no URL yet, or whose model has no rows, is skipped with a note,
so the gates grow on their own as pages land.

    DATABASE_URL=sqlite:////tmp/demo.sqlite3 python quality/pages.py   # prints the pages as JSON
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlencode

# Pages whose Lighthouse scores are gated (mobile preset); the others get axe and vnu only.
LIGHTHOUSE_PAGES = {"home", "question", "treatment", "doctor"}
# Pages seen logged in (through the log-in form) as a demo member of each role: the handle to log in as.
PATIENT, DOCTOR, MODERATOR = "patient", "dr-ruiz", "moderator"
LOGGED_IN_PAGES = {
    "ask": PATIENT,
    "account": PATIENT,
    "my candid": PATIENT,
    "notices": PATIENT,
    "email preferences": PATIENT,
    "doctor dashboard": DOCTOR,
    "api tokens": PATIENT,
    "reviews widget settings": DOCTOR,
    "consultation request": PATIENT,
    "my consultations": PATIENT,
    "consultation inbox": DOCTOR,
    "consultation": DOCTOR,
    "admin index": MODERATOR,
    "flag queue": MODERATOR,
    "admin changelist": MODERATOR,
    "admin change page": MODERATOR,
}


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    login: str = ""  # the demo handle the page is seen as; empty for a visitor
    lighthouse: bool = False


class Skip(Exception):
    """The page cannot be checked yet; the message says why."""


def _reverse(name: str, *args) -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, args=args)
    except NoReverseMatch as error:
        raise Skip(f"no URL named {name!r} yet") from error


def _public(model):
    """What anonymous visitors may see of a model: its `public()` rows, or all of them."""
    manager = model._default_manager
    return manager.public() if hasattr(manager, "public") else manager.all()


def _first_url(queryset, what: str) -> str:
    row = queryset.first()
    if row is None:
        raise Skip(f"no {what} in the database")
    try:
        return row.get_absolute_url()
    except Exception as error:  # NoReverseMatch, or a model whose URL is not wired yet
        raise Skip(f"{what} has no page yet ({error.__class__.__name__}: {error})") from error


def _app_model(app_label: str, preferred: tuple[str, ...]):
    """The app's model most likely to be the page we want: by name first, then any with a URL."""
    from django.apps import apps

    try:
        models = list(apps.get_app_config(app_label).get_models())
    except LookupError as error:
        raise Skip(f"no {app_label} app") from error
    with_urls = [m for m in models if hasattr(m, "get_absolute_url")]
    for name in preferred:
        for model in with_urls:
            if model.__name__.lower() == name:
                return model
    for name in preferred:
        for model in with_urls:
            if name in model.__name__.lower():
                return model
    if with_urls:
        return with_urls[0]
    raise Skip(f"the {app_label} app has no model with a page yet")


def _treatment():
    from django.db.models import Count

    from treatments.models import Treatment

    # The treatment with the most questions: the fullest treatment page.
    return Treatment.objects.annotate(n=Count("question_items")).order_by("-n", "name").first()


def _treatment_page() -> str:
    treatment = _treatment()
    if treatment is None:
        raise Skip("no treatment in the database")
    return treatment.get_absolute_url()


def _question_page() -> str:
    from questions.models import Question

    queryset = _public(Question).filter(answer_count__gt=0).order_by("-answer_count", "pk")
    return _first_url(queryset, "question with answers")


def _search_page() -> str:
    path = _reverse("core:search")
    treatment = _treatment()
    query = treatment.name if treatment is not None else "botox"
    return f"{path}?{urlencode({'q': query})}"


def _doctor_page() -> str:
    from doctors.models import DoctorProfile

    queryset = DoctorProfile.objects.public().verified()
    ordering = [f for f in ("answer_count", "helpful_count") if _has_field(DoctorProfile, f)]
    queryset = queryset.order_by(*[f"-{f}" for f in ordering], "pk")
    return _first_url(queryset, "verified doctor")


def _reviews_widget() -> str:
    """The embeddable reviews widget of the doctor with the most reviews."""
    from doctors.models import DoctorProfile

    doctor = DoctorProfile.objects.public().verified().order_by("-review_count", "pk").first()
    if doctor is None:
        raise Skip("no verified doctor in the database")
    return _reverse("api:widget", doctor.pk)


def _review_page() -> str:
    model = _app_model("reviews", ("review",))
    return _first_url(_public(model).order_by("pk"), model._meta.verbose_name)


def _photo_page() -> str:
    model = _app_model("photos", ("case", "photocase", "beforeaftercase"))
    return _first_url(_public(model).order_by("pk"), model._meta.verbose_name)


def _admin_doctor_page() -> str:
    """The change page of the demo doctor with the most verification decisions: the fullest inline."""
    from django.db.models import Count

    from doctors.models import DoctorProfile

    doctor = DoctorProfile.objects.annotate(n=Count("decisions")).order_by("-n", "pk").first()
    if doctor is None:
        raise Skip("no doctor in the database")
    return _reverse("admin:doctors_doctorprofile_change", doctor.pk)


def _demo_doctor():
    from doctors.models import DoctorProfile

    doctor = DoctorProfile.objects.filter(user__handle=DOCTOR).first()
    if doctor is None:
        raise Skip(f"no doctor {DOCTOR!r} in the database")
    return doctor


def _consultation_request_page() -> str:
    return _reverse("consultations:request_new", _demo_doctor().slug)


def _consultation_page() -> str:
    """The demo doctor's fullest conversation (most messages): the longest page of its kind."""
    from django.db.models import Count

    from consultations.models import ConsultationRequest

    queryset = (
        ConsultationRequest.objects.filter(doctor=_demo_doctor()).annotate(n=Count("messages")).order_by("-n", "pk")
    )
    return _first_url(queryset, "consultation request to the demo doctor")


def _unsubscribe_page() -> str:
    """The logged-out unsubscribe page every e-mail links to, for the demo patient."""
    from accounts.models import User

    patient = User.objects.filter(handle=PATIENT).first()
    if patient is None:
        raise Skip("no demo patient in the database")
    from follows.mail import unsubscribe_token

    return _reverse("follows:unsubscribe", unsubscribe_token(patient.pk))


def _has_field(model, name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())


FINDERS: dict[str, Callable[[], str]] = {
    "home": lambda: _reverse("core:home"),
    "treatments": lambda: _reverse("treatments:list"),
    "treatment": _treatment_page,
    "questions": lambda: _reverse("questions:list"),
    "question": _question_page,
    "ask": lambda: _reverse("questions:ask"),
    "search": _search_page,
    "doctors": lambda: _reverse("doctors:directory"),
    "doctor": _doctor_page,
    "review": _review_page,
    "photo case": _photo_page,
    "log in": lambda: _reverse("account_login"),
    "sign up": lambda: _reverse("account_signup"),
    "account": lambda: _reverse("accounts:account"),
    "my candid": lambda: _reverse("core:mine"),
    "notices": lambda: _reverse("follows:notices"),
    "email preferences": lambda: _reverse("follows:preferences"),
    "unsubscribe": _unsubscribe_page,
    "doctor dashboard": lambda: _reverse("doctors:dashboard"),
    "api tokens": lambda: _reverse("api:tokens"),
    "reviews widget settings": lambda: _reverse("api:widget_settings"),
    "reviews widget": _reviews_widget,
    "consultation request": _consultation_request_page,
    "my consultations": lambda: _reverse("consultations:mine"),
    "consultation inbox": lambda: _reverse("consultations:inbox"),
    "consultation": _consultation_page,
    "admin index": lambda: _reverse("admin:index"),
    "flag queue": lambda: _reverse("admin:moderation_flag_changelist"),
    "admin changelist": lambda: _reverse("admin:doctors_doctorprofile_changelist"),
    "admin change page": _admin_doctor_page,
}
# The same pages in Spanish (docs/i18n.md): the checkers read them as they read the English ones, and
# the Nu checker sees `lang="es"`.
SPANISH_PAGES = ["home", "treatment", "question", "ask", "search", "doctor", "review", "photo case"]


def _in_spanish(finder: Callable[[], str]) -> Callable[[], str]:
    def find() -> str:
        from django.utils import translation

        with translation.override("es"):
            return finder()

    return find


FINDERS.update({f"{name} (es)": _in_spanish(FINDERS[name]) for name in SPANISH_PAGES})
LOGGED_IN_PAGES["ask (es)"] = PATIENT
LIGHTHOUSE_PAGES |= {"home (es)", "question (es)"}
PAGE_NAMES = list(FINDERS)


def find_page(name: str) -> Page:
    """The page called `name` (one of PAGE_NAMES); raises Skip when it cannot be checked yet."""
    return Page(
        name=name,
        path=FINDERS[name](),
        login=LOGGED_IN_PAGES.get(name, ""),
        lighthouse=name in LIGHTHOUSE_PAGES,
    )


def key_pages(names: list[str] | None = None) -> tuple[list[Page], dict[str, str]]:
    """Every key page that exists now, and a note for each one skipped."""
    from django.db import DatabaseError, transaction

    pages, skipped = [], {}
    for name in names or PAGE_NAMES:
        try:
            # A savepoint, so a model whose table does not exist yet cannot break the next lookup.
            with transaction.atomic():
                pages.append(find_page(name))
        except Skip as reason:
            skipped[name] = str(reason)
        except DatabaseError as error:
            skipped[name] = f"its table is not migrated yet ({error})"
    return pages, skipped


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")
    import django

    django.setup()
    pages, skipped = key_pages()
    for name, reason in skipped.items():
        print(f"skipped {name}: {reason}", file=sys.stderr)
    json.dump({"pages": [asdict(p) for p in pages], "skipped": skipped}, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
