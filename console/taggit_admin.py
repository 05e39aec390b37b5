"""django-taggit's Tag admin, behind the permissions the roles were given.

taggit registers a "Merge selected tags" action whose view (`merge-tags/`) asks only that the user be
staff: a moderator with no taggit permission could open it, and its POST created a tag, then failed on
the ids it had kept in the session. Here the action and the view need every permission a merge uses
(adding, changing and deleting tags), the session keeps only the ids of tags that exist, and the merge
runs in one transaction. The site's own tags are treatments (treatments.Treatment), with their own admin.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy
from taggit.admin import TagAdmin
from taggit.forms import MergeTagsForm
from taggit.models import Tag, TaggedItem

MERGE_PERMISSIONS = ("add", "change", "delete")
_SESSION_KEY = "selected_tag_ids"


class PermissionGatedTagAdmin(TagAdmin):
    def has_merge_permission(self, request: HttpRequest) -> bool:
        return all(getattr(self, f"has_{name}_permission")(request) for name in MERGE_PERMISSIONS)

    @admin.action(description=gettext_lazy("Merge selected tags"), permissions=["merge"])
    def render_tag_form(self, request: HttpRequest, queryset) -> HttpResponse:
        request.session[_SESSION_KEY] = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        return redirect(reverse("admin:taggit_tag_merge_tags", current_app=self.admin_site.name))

    def merge_tags_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_merge_permission(request):
            raise PermissionDenied(gettext("Merging tags needs permission to add, change and delete tags."))
        ids = [int(pk) for pk in request.session.get(_SESSION_KEY, "").split(",") if pk.isdecimal() and len(pk) < 10]
        tags = list(Tag.objects.filter(pk__in=ids))
        changelist = reverse("admin:taggit_tag_changelist", current_app=self.admin_site.name)
        if not tags:
            self.message_user(request, gettext("Select the tags to merge on the list first."), messages.WARNING)
            return redirect(changelist)
        form = MergeTagsForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            self._merge(tags, form.cleaned_data["new_tag_name"])
            request.session.pop(_SESSION_KEY, None)
            self.message_user(request, gettext("Tags have been merged."), messages.SUCCESS)
            return redirect(changelist)
        context = {**self.admin_site.each_context(request), "form": form, "selected_tag_ids": ids}
        return render(request, "admin/taggit/merge_tags_form.html", context)

    @staticmethod
    @transaction.atomic
    def _merge(tags: list[Tag], name: str) -> Tag:
        """Move every item tagged with one of `tags` to the tag called `name` (created if need be)."""
        target, _ = Tag.objects.get_or_create(name=name)
        seen = set(TaggedItem.objects.filter(tag=target).values_list("content_type_id", "object_id"))
        move, drop = [], []
        for item in TaggedItem.objects.filter(tag__in=[t for t in tags if t.pk != target.pk]).order_by("pk"):
            key = (item.content_type_id, item.object_id)
            (drop if key in seen else move).append(item.pk)
            seen.add(key)
        TaggedItem.objects.filter(pk__in=drop).delete()
        TaggedItem.objects.filter(pk__in=move).update(tag=target)
        return target


def register(site: admin.AdminSite) -> None:
    """Put taggit's Tag under `PermissionGatedTagAdmin` (after autodiscovery registered taggit's own)."""
    if site.is_registered(Tag):
        site.unregister(Tag)
    site.register(Tag, PermissionGatedTagAdmin)
