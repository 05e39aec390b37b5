"""The pages' URLs, one list per namespace they join.

qasite/urls.py mounts each list in its namespace together with the app's own URLs, so the names that
templates, tests and visitors know stay as they were: `core:home`, `treatments:detail`,
`doctors:profile`, `doctors:dashboard`, `reviews:list`, `reviews:detail`.
"""

from django.urls import path

from pages import catalogue, mine, review_list, search_views, transparency, views

site = [
    path("", views.home, name="home"),
    path("search/", search_views.search, name="search"),
    path("about/disclaimer/", views.medical_disclaimer, name="medical_disclaimer"),
    path("transparency/", transparency.transparency, name="transparency"),
    # My Candid: the member's own pages, under /accounts/ with the account page (never page-cached).
    path("accounts/mine/", mine.overview, name="mine"),
    path("accounts/mine/questions/<int:pk>/edit/", mine.question_edit, name="mine_question_edit"),
    path("accounts/mine/questions/<int:pk>/withdraw/", mine.question_withdraw_view, name="mine_question_withdraw"),
    path("accounts/mine/photos/<int:pk>/withdraw/", mine.photo_withdraw_view, name="mine_photo_withdraw"),
]

treatments = [
    path("", catalogue.treatment_list, name="list"),
    path("<slug:slug>/", views.treatment_detail, name="detail"),
]

# After the doctors app's own fixed paths (apply/, ...): a profile's <slug>/ would match them too.
doctors = [
    path("", views.doctor_directory, name="directory"),
    path("dashboard/", views.doctor_dashboard, name="dashboard"),
    path("<slug:slug>/", views.doctor_profile, name="profile"),
]

reviews = [
    path("", review_list.review_list, name="list"),
    path("<int:pk>/", views.review_detail, name="detail"),
]
