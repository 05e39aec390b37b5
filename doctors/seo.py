"""schema.org markup for doctor profiles (https://schema.org/Physician)."""

from typing import Any

from django.http import HttpRequest
from django.utils.safestring import SafeString

from core.structured_data import script_json
from doctors.models import DoctorProfile

# Our specialties in schema.org's MedicalSpecialty vocabulary, where it has a term for them.
SCHEMA_SPECIALTIES = {
    DoctorProfile.Specialty.DERMATOLOGY: "Dermatologic",
    DoctorProfile.Specialty.PLASTIC_SURGERY: "PlasticSurgery",
    DoctorProfile.Specialty.FACIAL_PLASTIC_SURGERY: "PlasticSurgery",
    DoctorProfile.Specialty.OCULOPLASTIC_SURGERY: "PlasticSurgery",
    DoctorProfile.Specialty.COSMETIC_DENTISTRY: "Dentistry",
    DoctorProfile.Specialty.OTOLARYNGOLOGY: "Otolaryngologic",
}


def physician_data(doctor: DoctorProfile, request: HttpRequest) -> dict[str, Any]:
    url = request.build_absolute_uri(doctor.get_absolute_url())
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Physician",
        "@id": url,
        "name": doctor.display_name,
        "url": url,
        "description": doctor.bio[:500] if doctor.bio else f"{doctor.credentials_line} in {doctor.location}",
        "address": {
            "@type": "PostalAddress",
            **({"streetAddress": doctor.address} if doctor.address else {}),
            "addressLocality": doctor.city,
            **({"addressRegion": doctor.region} if doctor.region else {}),
            "addressCountry": doctor.country,
        },
    }
    if doctor.specialty in SCHEMA_SPECIALTIES:
        data["medicalSpecialty"] = f"https://schema.org/{SCHEMA_SPECIALTIES[doctor.specialty]}"
    if doctor.practice_name:
        data["memberOf"] = {"@type": "MedicalOrganization", "name": doctor.practice_name}
    if doctor.headshot:
        data["image"] = request.build_absolute_uri(doctor.headshot.url)
    if doctor.website:
        data["sameAs"] = [doctor.website]
    if doctor.review_count:
        data["aggregateRating"] = {
            "@type": "AggregateRating",
            "ratingValue": doctor.average_rating,
            "reviewCount": doctor.review_count,
            "bestRating": 5,
            "worstRating": 1,
        }
    return data


def json_ld(data: dict[str, Any]) -> SafeString:
    """JSON safe inside a <script> element: <, > and & escaped as json_script does."""
    return script_json(data)
