"""Form fields that take images. `ImageUploadField` runs the pipeline in `clean()`, so every form that
takes an image (cases, review photos, doctor headshots) refuses the same files with the same messages and
hands its view a `PreparedImage` (stripped, never named after the upload) instead of the raw upload."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext

from imaging import pipeline


def _accepted_help() -> str:
    return gettext("%(formats)s, up to 20 MB. Location and camera details are removed before anyone sees it.") % {
        "formats": ", ".join(pipeline.FORMAT_LABELS[f] for f in pipeline.ACCEPTED_FORMATS)
    }


# Lazy: read in the language of the page that shows it.
ACCEPTED_HELP = lazy(_accepted_help, str)()


class ImageUploadField(forms.FileField):
    """A file input whose cleaned value is a `pipeline.PreparedImage` (or None when left empty)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("help_text", ACCEPTED_HELP)
        # Empty files are refused by the pipeline, with its own message.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("accept", pipeline.ACCEPT_ATTRIBUTE)

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if not upload:
            return None
        return pipeline.image_prepare(upload)


class HeadshotUploadField(ImageUploadField):
    """For a doctor's headshot: the cleaned value is a square, metadata-free JPEG with a random name,
    ready to assign to an ImageField (`profile.headshot = form.cleaned_data["headshot"]`)."""

    def clean(self, data, initial=None):
        prepared = super().clean(data, initial)
        return pipeline.headshot_file(prepared) if prepared is not None else None
