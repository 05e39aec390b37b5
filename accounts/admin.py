from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from accounts.models import Notice, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["handle", "email", "is_staff", "is_active", "date_joined"]
    list_filter = ["is_staff", "is_active", "groups"]
    search_fields = ["handle", "email", "full_name"]
    ordering = ["-date_joined"]
    fieldsets = [
        (None, {"fields": ["handle", "email", "password"]}),
        (_("Private details"), {"fields": ["full_name"]}),
        (_("Permissions"), {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["handle", "email", "password1", "password2"]})]


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    list_display = ["user", "message", "kind", "count", "created_at", "read_at", "emailed_at"]
    list_filter = ["kind", "direct"]
    list_select_related = ["user"]
    search_fields = ["user__handle", "message"]
    raw_id_fields = ["user"]
