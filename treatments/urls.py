from django.urls import path

from treatments import views

app_name = "treatments"

# qasite/urls.py mounts these with the treatment hub (pages) in the same namespace: `treatments:detail`.
urlpatterns = [
    path("", views.treatment_list, name="list"),
]
