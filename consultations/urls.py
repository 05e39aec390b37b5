from django.urls import path

from consultations import views

app_name = "consultations"

urlpatterns = [
    path("", views.my_requests, name="mine"),
    path("inbox/", views.inbox, name="inbox"),
    path("doctor/<slug:slug>/", views.request_new, name="request_new"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/status/", views.status_set, name="status"),
    path("<int:pk>/report/", views.report, name="report"),
    path("photos/<str:token>/", views.photo, name="photo"),
]
