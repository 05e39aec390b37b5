"""A URL map whose admin holds a minimal Question admin built only from the moderation mixins.

It tests the mixins on their own, whatever the questions app's real admin adds.
"""

from django.contrib import admin
from django.urls import path

from console.admin import FlagAdmin
from console.sites import CandidAdminSite
from moderation.admin import AuditedEditAdminMixin, HideableAdminMixin, ModerationLogAdmin
from moderation.models import Flag, ModerationLog
from qasite import urls as project_urls
from questions.models import Question

site = CandidAdminSite(name="admin")


class QuestionAdmin(AuditedEditAdminMixin, HideableAdminMixin, admin.ModelAdmin):
    list_display = ["title", "author"]
    list_select_related = ["author"]
    search_fields = ["title"]
    fields = ["title", "body", "city"]


site.register(Question, QuestionAdmin)
site.register(Flag, FlagAdmin)
site.register(ModerationLog, ModerationLogAdmin)

urlpatterns = [path("admin/", site.urls), *[p for p in project_urls.urlpatterns if str(p.pattern) != "admin/"]]
