# The treatment page shows photo cases: the photos tests' way of making them (and their consent texts).
from tests.photos.conftest import _consent_texts_version_1, make_case, prepare  # noqa: F401

# An overview as the editors write it: the five sections the hub needs, who it suits, facts at a glance.
OVERVIEW = {
    "what_it_is": "Botox is a purified botulinum toxin that softens frown lines.",
    "how_it_works": "It relaxes the muscle that creases the skin.\n\nAn appointment takes ten minutes.",
    "downtime": "None to speak of: small bumps settle within the hour.",
    "results_last": "It works in three to seven days and lasts three to four months.",
    "risks": "Bruising is common; a drooping eyelid is uncommon and wears off.",
    "who_it_suits": "Adults with lines that show when they frown.",
    "downtime_at_a_glance": "None",
    "results_at_a_glance": "3 to 4 months",
    "sessions_at_a_glance": "Every 3 to 4 months",
}


def admin_post_data(treatment, **changes) -> dict:
    """What the treatment's admin page posts back, with `changes` (a box ticked: `mark_reviewed="on"`)."""
    data = {
        "name": treatment.name,
        "slug": treatment.slug,
        "category": treatment.category,
        "description": treatment.description,
        "synonyms": treatment.synonyms,
        "reviewer_name": treatment.reviewer_name,
        "reviewer_credential": treatment.reviewer_credential,
        "last_reviewed": treatment.last_reviewed.isoformat() if treatment.last_reviewed else "",
        # The translations inline, as the page posts it with none written.
        "translations-TOTAL_FORMS": "0",
        "translations-INITIAL_FORMS": "0",
    }
    data |= {name: getattr(treatment, name) for name in OVERVIEW}
    return data | changes
