from django.urls import path

from questions import views

app_name = "questions"

urlpatterns = [
    path("", views.question_list, name="list"),
    path("ask/", views.ask, name="ask"),
    path("similar/", views.similar, name="similar"),
    path("answers/<int:pk>/edit/", views.answer_edit, name="answer_edit"),
    path("answers/<int:pk>/helpful/", views.answer_helpful, name="answer_helpful"),
    path("answers/<int:pk>/thank/", views.answer_thank_view, name="answer_thank"),
    path("answers/<int:pk>/choose/", views.answer_choose_view, name="answer_choose"),
    path("answers/<int:pk>/follow-ups/", views.follow_up_new, name="follow_up_new"),
    path("<int:pk>/", views.question_detail, name="detail_noslug"),
    path("<int:pk>/<slug:slug>/", views.question_detail, name="detail"),
    path("<int:pk>/<slug:slug>/answer/", views.answer_new, name="answer_new"),
]
