"""One adapter between the permission rules and whoever asks "may this member do that?".

Each action a member can take has exactly one rule: a `check_can_<action>(user, *objects)` function
in the owning app's permissions.py that raises PermissionDenied with a reason a person can read.
Views and services call the function itself. Pages that decide whether to show a button ask through
this registry instead, by the action's name, so a template can never disagree with the view:

    {% load permissions %}
    {% can "questions.vote" answer as may_vote %}{% if may_vote %}...{% endif %}

or, in Python, `can(user, "questions.vote", answer)`. Each app registers its actions at the bottom of
its permissions.py (imported by its AppConfig.ready()); core imports no app. Names are
"<app label>.<action>", the action being the check's name without `check_can_`.
"""

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext

Check = Callable[..., object]

_checks: dict[str, Check] = {}


def register(action: str, check: Check) -> None:
    """Make `check(user, *objects)` the rule for `action`. One rule per action: a second is refused."""
    if _checks.get(action, check) is not check:
        raise ValueError(f"The action {action!r} already has a rule: {_checks[action].__qualname__}.")
    _checks[action] = check


def check(user, action: str, *objects) -> object:
    """Run the rule for `action`: raises PermissionDenied with its reason, returns what the rule returns."""
    try:
        rule = _checks[action]
    except KeyError:
        raise LookupError(f"No permission rule is registered for {action!r}.") from None
    return rule(user, *objects)


def refusal(user, action: str, *objects) -> str:
    """Why `user` may not do `action` on `objects`, or "" when they may: the line shown instead of a button."""
    try:
        check(user, action, *objects)
    except PermissionDenied as reason:
        return str(reason) or gettext("You can't do this.")
    return ""


def can(user, action: str, *objects) -> bool:
    """Whether `user` may do `action` on `objects` (the registered rule passes)."""
    try:
        check(user, action, *objects)
    except PermissionDenied:
        return False
    return True


def actions() -> list[str]:
    """The registered action names, sorted."""
    return sorted(_checks)
