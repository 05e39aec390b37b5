"""schema.org markup for a review's page (https://schema.org/Review)."""

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext

from reviews.models import Review


def review_data(review: Review, request: HttpRequest) -> dict[str, Any]:
    """A public review as schema.org's Review. Its disclosures go into `description`, in the words the
    page shows (schema.org has no property for incentives; the FTC and EU rules ask that they travel
    with the review wherever it is shown), and a reviewer who received something from the doctor names
    them as `sponsor`."""
    url = request.build_absolute_uri(review.get_absolute_url())
    if review.doctor is not None:
        item: dict[str, Any] = {
            "@type": "Physician",
            "name": review.doctor.display_name,
            "url": request.build_absolute_uri(review.doctor.get_absolute_url()),
        }
    else:
        item = {
            "@type": "MedicalProcedure",
            "name": review.treatment.name,
            "url": request.build_absolute_uri(review.treatment.get_absolute_url()),
        }
    disclosures = [review.incentive_public_text, review.relationship_public_text]
    if review.is_verified:
        disclosures.append(
            gettext("Verified by receipt")
            if review.verification == "receipt_approved"
            else gettext("Visit confirmed by the doctor")
        )
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Review",
        "@id": url,
        "url": url,
        "name": review.title,
        "reviewBody": review.story,
        "datePublished": review.created_at.date().isoformat(),
        "author": {"@type": "Person", "name": review.author.public_name},
        "reviewRating": {"@type": "Rating", "ratingValue": review.rating, "bestRating": 5, "worstRating": 1},
        "itemReviewed": item,
        "description": ". ".join(disclosures) + ".",
    }
    if review.received_something and review.doctor is not None:
        data["sponsor"] = {"@type": "Physician", "name": review.doctor.display_name}
    return data
