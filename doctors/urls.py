from django.urls import path

from doctors import views

app_name = "doctors"

# qasite/urls.py mounts these before the directory, the dashboard and the public profile (pages), in
# the same namespace: fixed paths come before <slug>/; doctors.services.RESERVED_SLUGS keeps profiles
# from shadowing them.
urlpatterns = [
    path("apply/", views.apply, name="apply"),
    path("dashboard/profile/", views.profile_edit, name="profile_edit"),
    path("decisions/<int:pk>/licence/", views.decision_licence_document, name="decision_licence"),
    path("<slug:slug>/licence/", views.licence_document, name="licence"),
]
