from django.urls import path

from photos import views

app_name = "photos"

urlpatterns = [
    path("", views.gallery, name="gallery"),
    path("new/", views.case_new, name="new"),
    path("mine/", views.my_cases, name="mine"),
    path("review/<int:review_id>/new/", views.review_case_new, name="review_new"),
    path("graphic/", views.graphic_preference, name="graphic_preference"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/show/", views.case_show, name="show"),
]
