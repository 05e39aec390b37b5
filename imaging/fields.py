"""Model fields whose files can only be stored through `imaging.pipeline`, whoever stores them.

The pipeline runs where a file becomes a stored file, `FieldFile.save()`, which is what the model's
`save()` calls for a newly assigned file (site forms, the admin, `profile.headshot = File(...)` in a
shell or a management command) and what `profile.headshot.save(name, content)` is. Validation runs it
too (`Field.validate`), so a ModelForm, the admin included, shows the refusal on the field instead of
failing on save; the prepared result is kept on the upload so the work is done once.

Assigning a bare storage name (`profile.headshot = "headshots/x.jpg"`) stores nothing: it refers to a
file that is already stored, and only the pipeline writes to these folders.
"""

from collections.abc import Callable

from django.core.files import File
from django.db import models
from django.db.models.fields.files import FieldFile, ImageFieldFile

from imaging import pipeline

_RESULT = "_candid_pipeline_result"


def _processed(content: File, process: Callable[[File], pipeline.ProcessedFile]) -> pipeline.ProcessedFile:
    if isinstance(content, pipeline.ProcessedFile):
        return content
    cached = getattr(content, _RESULT, None)
    if cached is None:
        cached = process(content)
        setattr(content, _RESULT, cached)
    return cached


class _PipelineMixin:
    """For a FieldFile class: `save()` stores what the field's pipeline makes of the content."""

    def save(self, name, content, save=True):
        processed = _processed(content, self.field.process)
        super().save(processed.name, processed, save)


class PipelineFieldFile(_PipelineMixin, FieldFile):
    pass


class PipelineImageFieldFile(_PipelineMixin, ImageFieldFile):
    pass


class _PipelineFieldMixin:
    def validate(self, value, model_instance) -> None:
        super().validate(value, model_instance)
        if value and not value._committed:
            # Raises the pipeline's ValidationError, which a ModelForm puts on this field.
            _processed(value.file, self.process)


class HeadshotField(_PipelineFieldMixin, models.ImageField):
    """A doctor's public headshot: metadata stripped, bombs and oversize refused, a centred square JPEG
    under a random name (`pipeline.headshot_process`)."""

    attr_class = PipelineImageFieldFile

    @staticmethod
    def process(content: File) -> pipeline.ProcessedFile:
        return pipeline.headshot_process(content)


class LicenceDocumentField(_PipelineFieldMixin, models.FileField):
    """A licence document: a PDF rewritten without active content, or an image re-encoded
    (`pipeline.licence_process`)."""

    attr_class = PipelineFieldFile

    @staticmethod
    def process(content: File) -> pipeline.ProcessedFile:
        return pipeline.licence_process(content)
