"""Every word a reader sees in a template goes through the translation machinery (core/translatable.py)."""

from pathlib import Path

import pytest
from django.conf import settings

from core.translatable import untranslated_text

TEMPLATE_ROOT = Path(settings.BASE_DIR) / "templates"
TEMPLATES = sorted(p for p in TEMPLATE_ROOT.rglob("*") if p.suffix in {".html", ".txt"})

# Templates whose words are not marked for translation yet. Only ever shrinks: a template leaves the
# list when it is translated, and a new template can never join it.
PENDING: set[str] = {
    "400.html",
    "403.html",
    "403_csrf.html",
    "404.html",
    "429.html",
    "500.html",
    "account/account_inactive.html",
    "account/base_reauthenticate.html",
    "account/email/account_already_exists_message.txt",
    "account/email/account_already_exists_subject.txt",
    "account/email/base_message.txt",
    "account/email/base_notification.txt",
    "account/email/email_changed_message.txt",
    "account/email/email_changed_subject.txt",
    "account/email/email_confirmation_message.txt",
    "account/email/email_confirmation_signup_message.txt",
    "account/email/email_confirmation_signup_subject.txt",
    "account/email/email_confirmation_subject.txt",
    "account/email/email_deleted_message.txt",
    "account/email/email_deleted_subject.txt",
    "account/email/password_changed_message.txt",
    "account/email/password_changed_subject.txt",
    "account/email/password_reset_key_message.txt",
    "account/email/password_reset_key_subject.txt",
    "account/email/password_reset_message.txt",
    "account/email/password_reset_subject.txt",
    "account/email/unknown_account_message.txt",
    "account/email/unknown_account_subject.txt",
    "account/email_change.html",
    "account/email_confirm.html",
    "account/login.html",
    "account/logout.html",
    "account/messages/cannot_delete_primary_email.txt",
    "account/messages/email_confirmation_failed.txt",
    "account/messages/email_confirmation_sent.txt",
    "account/messages/email_confirmed.txt",
    "account/messages/email_deleted.txt",
    "account/messages/logged_in.txt",
    "account/messages/logged_out.txt",
    "account/messages/password_changed.txt",
    "account/messages/password_set.txt",
    "account/messages/primary_email_set.txt",
    "account/messages/unverified_primary_email.txt",
    "account/password_change.html",
    "account/password_reset.html",
    "account/password_reset_done.html",
    "account/password_reset_from_key.html",
    "account/password_reset_from_key_done.html",
    "account/password_set.html",
    "account/reauthenticate.html",
    "account/signup.html",
    "account/snippets/already_logged_in.html",
    "account/snippets/field.html",
    "account/snippets/warn_no_email.html",
    "account/verification_sent.html",
    "account/verified_email_required.html",
    "accounts/account.html",
    "accounts/close.html",
    "accounts/email/account_closed.txt",
    "accounts/settings.html",
    "admin/console/flag_review.html",
    "admin/index.html",
    "admin/moderation/action_confirmation.html",
    "admin/moderation/hideable_change_form.html",
    "admin/moderation/snapshot.html",
    "admin/photos/beforeafterphoto/reject.html",
    "allauth/elements/button.html",
    "api/tokens.html",
    "api/widget.html",
    "api/widget_settings.html",
    "base.html",
    "consultations/detail.html",
    "consultations/email/reply_notify.html",
    "consultations/email/reply_notify.txt",
    "consultations/email/request_notify.html",
    "consultations/email/request_notify.txt",
    "consultations/inbox.html",
    "consultations/mine.html",
    "consultations/request_form.html",
    "core/ratelimited.html",
    "doctors/_badge.html",
    "doctors/_card.html",
    "doctors/_error_summary.html",
    "doctors/_figures.html",
    "doctors/_practice_fieldset.html",
    "doctors/admin/decide.html",
    "doctors/apply.html",
    "doctors/email/application_received.txt",
    "doctors/email/decision_reinstate.txt",
    "doctors/email/decision_reject.txt",
    "doctors/email/decision_suspend.txt",
    "doctors/email/decision_verify.txt",
    "doctors/profile_edit.html",
    "follows/email/digest.html",
    "follows/email/digest.txt",
    "follows/email/notice.html",
    "follows/email/notice.txt",
    "follows/notices.html",
    "follows/preferences.html",
    "follows/unsubscribe.html",
    "follows/unsubscribed.html",
    "includes/doctor_card.html",
    "includes/flag_button.html",
    "includes/footer.html",
    "includes/nav.html",
    "includes/pagination.html",
    "includes/question_row.html",
    "mfa/authenticate.html",
    "mfa/index.html",
    "mfa/messages/recovery_codes_generated.txt",
    "mfa/messages/totp_activated.txt",
    "mfa/messages/totp_deactivated.txt",
    "mfa/messages/webauthn_added.txt",
    "mfa/messages/webauthn_removed.txt",
    "mfa/reauthenticate.html",
    "mfa/recovery_codes/base.html",
    "mfa/recovery_codes/generate.html",
    "mfa/recovery_codes/index.html",
    "mfa/totp/activate_form.html",
    "mfa/totp/base.html",
    "mfa/totp/deactivate_form.html",
    "mfa/trust.html",
    "mfa/webauthn/add_form.html",
    "mfa/webauthn/authenticator_confirm_delete.html",
    "mfa/webauthn/authenticator_list.html",
    "mfa/webauthn/base.html",
    "mfa/webauthn/edit_form.html",
    "mfa/webauthn/reauthenticate.html",
    "moderation/appeal.html",
    "moderation/email/appeal_decision.txt",
    "moderation/flag_form.html",
    "moderation/includes/appeal_state.html",
    "pages/_home_showcase.html",
    "pages/_profile_answer.html",
    "pages/_treatment_figures.html",
    "pages/doctor_dashboard.html",
    "pages/doctor_directory.html",
    "pages/doctor_profile.html",
    "pages/home.html",
    "pages/includes/treatment_hub_rows.html",
    "pages/mine/overview.html",
    "pages/mine/question_edit.html",
    "pages/mine/withdraw.html",
    "pages/review.html",
    "pages/search.html",
    "pages/transparency.html",
    "pages/treatment.html",
    "photos/detail.html",
    "photos/email/consent_withdrawn.txt",
    "photos/gallery.html",
    "photos/includes/case_card.html",
    "photos/includes/picture.html",
    "photos/includes/review_photos.html",
    "photos/mine.html",
    "photos/upload.html",
    "policies/accept.html",
    "policies/contact.html",
    "policies/contact_sent.html",
    "policies/detail.html",
    "policies/email/concern_acknowledge.txt",
    "policies/index.html",
    "privacy/data.html",
    "privacy/email/export_ready.html",
    "privacy/email/export_ready.txt",
    "privacy/export_readme.txt",
    "questions/answer_form.html",
    "questions/ask.html",
    "questions/detail.html",
    "questions/email/answer_notify.html",
    "questions/email/answer_notify.txt",
    "questions/email/follow_up_notify.html",
    "questions/email/follow_up_notify.txt",
    "questions/email/follow_up_reply_notify.html",
    "questions/email/follow_up_reply_notify.txt",
    "questions/follow_up_form.html",
    "questions/includes/answer_card.html",
    "questions/includes/answer_content.html",
    "questions/includes/answer_text.html",
    "questions/includes/follow_ups.html",
    "questions/list.html",
    "questions/question_edit_form.html",
    "reviews/_cost_chart.html",
    "reviews/_disclosures.html",
    "reviews/_disclosures_brief.html",
    "reviews/_doctor_review_figures.html",
    "reviews/_doctor_reviews.html",
    "reviews/_helpful.html",
    "reviews/_rating_chart.html",
    "reviews/_review_card.html",
    "reviews/action_form.html",
    "reviews/delete.html",
    "reviews/form.html",
    "reviews/list.html",
    "reviews/receipt.html",
    "treatments/list.html",
}


def test_plain_words_are_found() -> None:
    source = '{% load i18n %}<p title="Read more">Hello {{ name }}, {% translate "welcome" %}</p>'
    assert untranslated_text(source) == [(1, "Read more"), (1, "Hello ,")]


def test_translated_words_tags_scripts_and_comments_are_not_words() -> None:
    source = (
        '{% load i18n %}<a href="{% url "core:home" %}" title="{% translate "Home" %}">{% translate "Home" %}</a>\n'
        "{% blocktranslate count n=count %}one answer{% plural %}{{ n }} answers{% endblocktranslate %}\n"
        "{% comment %}Nothing here is read{% endcomment %}{# nor here #}\n"
        '<script nonce="x">const words = "not prose";</script><style>.a { color: red }</style>\n'
        '<meta name="viewport" content="width=device-width"> &middot; 42 · {{ value }}\n'
        "<code>curl https://example.org</code>{# notranslate #}\n"
    )
    assert untranslated_text(source) == []


def test_prose_attributes_and_descriptions_are_words() -> None:
    source = (
        '<img alt="A scar" src="x.png"><meta name="description" content="Honest answers"><input placeholder="Search">'
    )
    assert untranslated_text(source) == [(1, "A scar"), (1, "Honest answers"), (1, "Search")]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(TEMPLATE_ROOT)))
def test_template_words_are_translatable(path: Path) -> None:
    name = str(path.relative_to(TEMPLATE_ROOT))
    found = untranslated_text(path.read_text(encoding="utf-8"))
    if name in PENDING:
        assert found, f"{name} is translated now: take it off PENDING"
        return
    assert not found, f"{name}: words outside {{% translate %}}: " + "; ".join(f"line {n}: {t!r}" for n, t in found)
