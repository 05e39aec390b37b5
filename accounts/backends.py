from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class ModelBackendWithRoles(ModelBackend):
    """Django's ModelBackend, loading the logged-in user together with their doctor profile (or its absence).

    Nearly every page asks whether the viewer is a doctor (answer forms, dashboards, which cached page
    they may share); with the profile joined here, that costs no query of its own.
    """

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user = user_model._default_manager.select_related("doctor_profile").get(pk=user_id)
        except user_model.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
