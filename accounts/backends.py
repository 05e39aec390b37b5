from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ModelBackendWithRoles(ModelBackend):
    """Django's ModelBackend, loading the logged-in user together with whether they have a doctor profile.

    `get_user` runs on every logged-in request, and nearly every page then asks whether the viewer is
    a doctor (answer forms, dashboards, which cached page they may share): the answer comes with the
    user. A raw query, because compiling the equivalent queryset (`select_related("doctor_profile")`)
    cost several times the query itself on the path every logged-in page takes (bench/README.md).
    """

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user_id = user_model._meta.pk.to_python(user_id)
        except Exception:
            return None
        user = next(iter(user_model._default_manager.raw(_user_sql(user_model), [user_id])), None)
        if user is None:
            return None
        if not user.has_doctor_profile_row:
            # "No doctor profile", known without another query (a doctor's profile loads when used).
            user_model.doctor_profile.related.set_cached_value(user, None)
        return user if self.user_can_authenticate(user) else None


def _user_sql(user_model) -> str:
    meta = user_model._meta
    profile = user_model.doctor_profile.related  # the reverse one-to-one of DoctorProfile.user
    return (
        f"SELECT u.*, EXISTS (SELECT 1 FROM {profile.related_model._meta.db_table} d "  # noqa: S608 - table names from models
        f"WHERE d.{profile.field.column} = u.{meta.pk.column}) AS has_doctor_profile_row "
        f"FROM {meta.db_table} u WHERE u.{meta.pk.column} = %s"
    )
