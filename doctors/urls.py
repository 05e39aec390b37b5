from django.urls import path

from doctors import views

app_name = "doctors"

# Fixed paths come before <slug>/; doctors.services.RESERVED_SLUGS keeps profiles from shadowing them.
urlpatterns = [
    path("", views.directory, name="directory"),
    path("apply/", views.apply, name="apply"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/profile/", views.profile_edit, name="profile_edit"),
    path("decisions/<int:pk>/licence/", views.decision_licence_document, name="decision_licence"),
    path("<slug:slug>/", views.profile, name="profile"),
    path("<slug:slug>/licence/", views.licence_document, name="licence"),
]
