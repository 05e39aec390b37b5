from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    """Patients' consultation requests to verified doctors: a private conversation on the site, with
    private photos only the doctor (and moderators, for a reported conversation) see."""

    name = "consultations"

    def ready(self) -> None:
        from accounts.signals import member_leaving

        member_leaving.connect(_member_leaving, dispatch_uid="consultations.member_leaving")


def _member_leaving(sender, member, **kwargs) -> None:
    from consultations.services import consultations_for_leaving_member

    consultations_for_leaving_member(member=member)
