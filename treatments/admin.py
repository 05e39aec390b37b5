from django.contrib import admin

from treatments.models import Treatment


@admin.register(Treatment)
class TreatmentAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "slug"]
    list_filter = ["category"]
    search_fields = ["name", "synonyms", "description"]
    prepopulated_fields = {"slug": ["name"]}
