from django.urls import path

from moderation import views

app_name = "moderation"

urlpatterns = [
    # content_type is the model's label, e.g. "questions.answer" (see moderation.targets.FLAGGABLE_MODELS).
    path("flag/<str:content_type>/<int:object_id>/", views.flag, name="flag"),
    path("appeal/<str:content_type>/<int:object_id>/", views.appeal, name="appeal"),
]
