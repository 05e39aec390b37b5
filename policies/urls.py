from django.urls import path

from policies import views

app_name = "policies"

urlpatterns = [
    path("policies/", views.policy_index, name="index"),
    path("policies/accept/", views.accept, name="accept"),
    path("policies/<slug:slug>/", views.policy_detail, name="detail"),
    path("policies/<slug:slug>/v<int:number>/", views.policy_version, name="version"),
    path("contact/", views.contact, name="contact"),
    path("contact/sent/", views.contact_sent, name="contact_sent"),
]
