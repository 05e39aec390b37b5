from django.urls import path

from reviews import views

app_name = "reviews"

# qasite/urls.py mounts these with the review list and a review's page (pages, which show photo cases
# with reviews) in the same namespace: `reviews:list`, `reviews:detail`.
urlpatterns = [
    path("new/", views.review_new, name="new"),
    path("<int:pk>/edit/", views.review_edit, name="edit"),
    path("<int:pk>/update/", views.review_add_update_view, name="add_update"),
    path("<int:pk>/respond/", views.review_respond, name="respond"),
    path("<int:pk>/delete/", views.review_delete_view, name="delete"),
    path("<int:pk>/helpful/", views.review_helpful, name="helpful"),
    path("<int:pk>/receipt/", views.review_receipt, name="receipt"),
    path("<int:pk>/receipt/file/", views.review_receipt_file, name="receipt_file"),
    path("<int:pk>/confirm-visit/", views.review_confirm_visit, name="confirm_visit"),
]
