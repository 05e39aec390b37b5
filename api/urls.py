"""The feeds, the widget and the pages that manage tokens and widget origins. The API itself
(`api.v1.api.urls`, its own namespace "api-v1") is mounted at /api/v1/ in qasite/urls.py."""

from django.urls import path

from api import feeds, views

app_name = "api"

urlpatterns = [
    path("accounts/api-tokens/", views.api_tokens, name="tokens"),
    path("accounts/api-tokens/<int:pk>/revoke/", views.api_token_revoke_view, name="token_revoke"),
    path("doctors/dashboard/widget/", views.widget_settings, name="widget_settings"),
    path("widget/doctors/<int:pk>/reviews/", views.doctor_reviews_widget, name="widget"),
    path(
        "feeds/treatments/<slug:slug>/questions/",
        feeds.TreatmentQuestionsFeed(),
        name="treatment_questions_feed",
    ),
    path("feeds/doctors/<slug:slug>/answers/", feeds.DoctorAnswersFeed(), name="doctor_answers_feed"),
]
