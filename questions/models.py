from dataclasses import dataclass

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Length, Replace
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator, format_lazy, slugify
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from core.i18n import written_in
from core.links import reverse_often
from core.votes import HelpfulVoteBase
from doctors.models import DoctorProfile
from moderation.models import Hideable, HideableQuerySet
from questions.text import render_body
from treatments.models import WithTreatmentListQuerySet

DOCTOR_PLACEHOLDER = "{doctor}"
# A disclaimer says something besides the doctor's name: at least this many characters of text, not
# counting the placeholder and whitespace. "{doctor}" alone, or "{doctor}." padded with spaces, is none.
DISCLAIMER_MIN_TEXT = 40
_DISCLAIMER_NOT_COUNTED = (DOCTOR_PLACEHOLDER, " ", "\n", "\r", "\t")
DISCLAIMER_TOO_SHORT = format_lazy(
    _(
        "A disclaimer needs at least {count} characters of text besides {placeholder} "
        "(not counting spaces): say what the answer is and is not, e.g. that it is not a diagnosis."
    ),
    count=DISCLAIMER_MIN_TEXT,
    placeholder=DOCTOR_PLACEHOLDER,
)


def disclaimer_text_length(text: str) -> int:
    """How much of a disclaimer counts towards DISCLAIMER_MIN_TEXT (what the CHECK constraint measures)."""
    for part in _DISCLAIMER_NOT_COUNTED:
        text = text.replace(part, "")
    return len(text)


def _disclaimer_text_length_sql() -> Length:
    expression = models.F("text")
    for part in _DISCLAIMER_NOT_COUNTED:
        expression = Replace(expression, Value(part), Value(""))
    return Length(expression)


class DisclaimerVersionQuerySet(models.QuerySet["DisclaimerVersion"]):
    def current(self) -> "DisclaimerVersion":
        """The version in force: the newest. Raises DoesNotExist if none was ever created."""
        return self.latest("number")


class DisclaimerVersion(models.Model):
    """The medical disclaimer shown under every answer, as immutable numbered versions.

    Each answer keeps the version in force when it was written; a new version never rewrites old
    ones, so what a reader saw under an answer can always be reproduced.
    """

    number = models.PositiveIntegerField(unique=True)
    text = models.TextField(
        help_text=_("Use {doctor} where the doctor's name goes, e.g. \"The information in {doctor}'s answer …\".")
    )
    # The same version in other languages ({"es": "..."}), kept from its translations
    # (`DisclaimerTranslation`) so that an answer's row brings them along: no query to show one.
    texts = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = DisclaimerVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.CheckConstraint(condition=Q(text__contains=DOCTOR_PLACEHOLDER), name="disclaimer_names_doctor"),
            models.CheckConstraint(
                condition=GreaterThanOrEqual(_disclaimer_text_length_sql(), DISCLAIMER_MIN_TEXT),
                name="disclaimer_says_something",
                violation_error_message=DISCLAIMER_TOO_SHORT,
            ),
        ]

    def __str__(self) -> str:
        return f"Disclaimer v{self.number}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise ValidationError(_("Disclaimer versions are immutable: create a new version instead."))
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if DOCTOR_PLACEHOLDER not in (self.text or ""):
            raise ValidationError({"text": _("The disclaimer must contain {doctor} where the doctor's name goes.")})
        if disclaimer_text_length(self.text or "") < DISCLAIMER_MIN_TEXT:
            raise ValidationError({"text": DISCLAIMER_TOO_SHORT})

    def render(self, doctor_name: str, language: str | None = None) -> str:
        """The text in the reader's language (this version's translation, when there is one; else the
        version as written), naming the doctor."""
        language = language or get_language()
        text = (self.texts.get(language) or self.text) if language != settings.LANGUAGE_CODE else self.text
        # str.replace, not str.format: the text is moderator-written and may contain braces.
        return text.replace(DOCTOR_PLACEHOLDER, doctor_name)


class QuestionTreatment(TaggedItemBase):
    """Through table between questions and treatments (a real FK on both sides, indexable)."""

    content_object = models.ForeignKey("Question", on_delete=models.CASCADE)
    tag = models.ForeignKey("treatments.Treatment", on_delete=models.CASCADE, related_name="question_items")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_object", "tag"], name="question_treatment_unique")]


class StoredHTMLBody(models.Model):
    """A `body` typed as plain text, with its HTML made when it is written rather than on every view.

    `save()` (forms, services, the admin) and fixtures (`pre_save`, `questions.apps`) make it, and so
    do the querysets' `update()`, `bulk_update()` and `bulk_create()` (`StoredHTMLBodyQuerySet`), so no
    path changes a body without its HTML. Pages show `body_rendered`.
    """

    body_html = models.TextField(editable=False, default="", help_text=_("The body as HTML, made when it is saved."))

    class Meta:
        abstract = True

    def save(self, *args, **kwargs) -> None:
        self.render_body_html()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_html"}
        super().save(*args, **kwargs)

    def render_body_html(self) -> None:
        self.body_html = render_body(self.body)

    @property
    def body_rendered(self) -> SafeString:
        if self.body and not self.body_html:  # a row written around the model (raw SQL, COPY)
            return render_body(self.body)
        return mark_safe(self.body_html)  # noqa: S308 - made by render_body (escaped, then nh3)


class StoredHTMLBodyQuerySet(models.QuerySet):
    """Bulk writes that keep `StoredHTMLBody.body_html` in step with `body`."""

    def update(self, **kwargs):
        if "body" in kwargs and "body_html" not in kwargs:
            if not isinstance(kwargs["body"], str):
                raise TypeError("Update a body to a text (its HTML is made from it), or save each row.")
            kwargs["body_html"] = render_body(kwargs["body"])
        return super().update(**kwargs)

    def bulk_update(self, objs, fields, *args, **kwargs):
        if "body" in fields:
            objs = list(objs)
            for obj in objs:
                obj.render_body_html()
            fields = [*fields, "body_html"] if "body_html" not in fields else fields
        return super().bulk_update(objs, fields, *args, **kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        for obj in objs:
            obj.render_body_html()
        return super().bulk_create(objs, *args, **kwargs)


class QuestionQuerySet(StoredHTMLBodyQuerySet, WithTreatmentListQuerySet, HideableQuerySet):
    treatment_through = QuestionTreatment

    SORTS = {
        "newest": ("-created_at", "-pk"),
        "helpful": ("-helpful_count", "-created_at"),
        "unanswered": ("-created_at", "-pk"),
    }

    def visible_to(self, user) -> "QuestionQuerySet":
        """Everything `user` may open: moderators also see hidden questions (with a banner)."""
        if getattr(user, "is_moderator", False):
            return self.all()
        return self.public()

    def for_list(self) -> "QuestionQuerySet":
        """What a question row needs: the first answering doctor and the treatments (`treatment_list`). Not
        the details, which no row shows: every loaded value is part of a row's fragment key."""
        return (
            self.public()
            .select_related("first_answer_doctor")
            .defer("body", "body_html")
            .with_treatment_list()
            .order_by("-created_at")
        )

    def with_best_answer(self) -> "QuestionQuerySet":
        """The rows fetched get `best_answer`: the answer a row quotes (`attach_best_answer`), or None.
        One more query for the rows, so lists that quote answers (the question list, home) ask for it.

        The answers are picked in that query rather than in the list's own (an annotation): the same
        time measured, and the query runs for every page, so the page's query count does not depend
        on whether its questions have answers.
        """
        clone = self._chain()
        clone._with_best_answer = True
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._with_best_answer = getattr(self, "_with_best_answer", False)
        return clone

    def _fetch_all(self) -> None:
        fetched = self._result_cache is not None
        super()._fetch_all()
        if not fetched and getattr(self, "_with_best_answer", False):
            attach_best_answer([row for row in self._result_cache if isinstance(row, self.model)])

    def sorted_by(self, sort: str) -> "QuestionQuerySet":
        """One of the browse tabs: newest, helpful (most helpful votes over its answers), unanswered."""
        queryset = self.unanswered() if sort == "unanswered" else self
        return queryset.order_by(*self.SORTS.get(sort, self.SORTS["newest"]))

    def for_treatment(self, treatment) -> "QuestionQuerySet":
        return self.filter(questiontreatment__tag=treatment)

    def unanswered(self) -> "QuestionQuerySet":
        return self.filter(answer_count=0)

    def most_helpful_about(self, treatment_id: int) -> "QuestionQuerySet":
        """Published questions about one treatment, most helpful first (the related questions' candidates).

        Ordered by the `question_most_helpful` index alone, so PostgreSQL walks it and stops at the
        first few matches; adding answer_count in front made it sort every well-answered question of
        the treatment (figures in bench/README.md).
        """
        about = QuestionTreatment.objects.filter(tag_id=treatment_id).values("content_object_id")
        return self.public().filter(pk__in=about).order_by("-helpful_count", "-created_at")


class QuestionManager(models.Manager.from_queryset(QuestionQuerySet)):
    def get_queryset(self) -> QuestionQuerySet:
        # The stored search vector is for the database's own searches, never for pages.
        return super().get_queryset().defer("search_vector")


class Question(StoredHTMLBody, Hideable):
    class AgeRange(models.TextChoices):
        UNDER_25 = "under_25", _("Under 25")
        AGE_25_34 = "25_34", "25-34"
        AGE_35_44 = "35_44", "35-44"
        AGE_45_54 = "45_54", "45-54"
        AGE_55_64 = "55_64", "55-64"
        OVER_65 = "65_plus", "65+"

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="questions")
    title = models.CharField(max_length=150, validators=[MinLengthValidator(10)])
    slug = models.SlugField(max_length=160, allow_unicode=False)
    body = models.TextField(validators=[MinLengthValidator(30), MaxLengthValidator(5000)])
    treatments = TaggableManager(through=QuestionTreatment, related_name="questions", help_text="")
    age_range = models.CharField(max_length=10, choices=AgeRange, blank=True)
    city = models.CharField(max_length=100, blank=True)
    language = written_in()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    # Denormalised for list pages; maintained by questions.services in the same transaction.
    answer_count = models.PositiveIntegerField(default=0)
    helpful_count = models.PositiveIntegerField(default=0, help_text=_("Helpful votes over all its answers."))
    first_answer_doctor = models.ForeignKey(
        "doctors.DoctorProfile", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(default=timezone.now)
    # PostgreSQL keeps it (a trigger, migration 0005) for full-text search; unused elsewhere.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = QuestionManager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        indexes = [
            models.Index(fields=["-created_at"], name="question_newest"),
            models.Index(fields=["-helpful_count", "-created_at"], name="question_most_helpful"),
            models.Index(fields=["answer_count", "-created_at"], name="question_unanswered"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        self.slug = slugify(self.title)[:160] or "question"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse_often("questions:detail", self.pk, self.slug)


class AnswerQuerySet(StoredHTMLBodyQuerySet, HideableQuerySet):
    def counted(self) -> "AnswerQuerySet":
        """Answers that count on doctors' profiles: public, on a public question."""
        return self.public().filter(question__hidden_at__isnull=True)

    def visible_to(self, user) -> "AnswerQuerySet":
        if getattr(user, "is_moderator", False):
            return self.all()
        return self.public()

    def best_first(self) -> "AnswerQuerySet":
        """The asker's choice first (`chosen_at`), then the most helpful, ties going to the earliest."""
        return self.order_by(F("chosen_at").desc(nulls_last=True), "-helpful_count", "created_at", "pk")

    def quotable(self) -> "AnswerQuerySet":
        """Answers a list may quote as a question's best: public, by a doctor verified now whose profile
        is public. A suspended doctor's answers stay on the question page, but a list never puts their
        words forward."""
        return self.public().filter(doctor__status=DoctorProfile.Status.VERIFIED, doctor__hidden_at__isnull=True)


class AnswerManager(models.Manager.from_queryset(AnswerQuerySet)):
    def get_queryset(self) -> AnswerQuerySet:
        return super().get_queryset().defer("search_vector")


class Answer(StoredHTMLBody, Hideable):
    """A verified doctor's answer. It always carries the disclaimer version in force when written.

    The database enforces the disclaimer (NOT NULL, a CHECK constraint, and PROTECT on delete);
    `questions.services.answer_create` is the only place that attaches the current version.
    """

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    doctor = models.ForeignKey("doctors.DoctorProfile", on_delete=models.PROTECT, related_name="answers")
    body = models.TextField(validators=[MinLengthValidator(50), MaxLengthValidator(5000)])
    disclaimer = models.ForeignKey(DisclaimerVersion, on_delete=models.PROTECT, related_name="answers")
    helpful_count = models.PositiveIntegerField(default=0)
    thanked_at = models.DateTimeField(null=True, blank=True, help_text=_("When the asker thanked the doctor."))
    chosen_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_("When the asker marked it as the answer that helped most (one per question)."),
    )
    language = written_in()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    edited_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the text last changed; earlier texts are kept as revisions.")
    )
    # PostgreSQL keeps it (a trigger, migration 0005) for full-text search; unused elsewhere.
    search_vector = SearchVectorField(null=True, editable=False)

    objects = AnswerManager()

    class Meta:
        verbose_name = pgettext_lazy("kind of post", "answer")
        verbose_name_plural = pgettext_lazy("kind of post", "answers")
        constraints = [
            models.UniqueConstraint(fields=["question", "doctor"], name="answer_one_per_doctor"),
            models.CheckConstraint(condition=Q(disclaimer__isnull=False), name="answer_has_disclaimer"),
            models.UniqueConstraint(
                fields=["question"],
                condition=Q(chosen_at__isnull=False),
                name="answer_one_chosen_per_question",
                violation_error_message=_("The asker has already marked another answer as the most helpful."),
            ),
        ]
        indexes = [
            models.Index(fields=["question", "-helpful_count", "created_at"], name="answer_best_first"),
            models.Index(fields=["doctor", "-created_at"], name="answer_doctor_recent"),
            # A doctor's profile lists their most helpful answers first: walked in order, stopping at a page.
            models.Index(fields=["doctor", "-helpful_count", "-created_at"], name="answer_doctor_helpful"),
        ]

    def __str__(self) -> str:
        # What flags and the moderation log call the answer: whose, on which question (by its title).
        return f"{self.doctor}'s answer to “{Truncator(self.question.title).chars(80)}”"

    def get_absolute_url(self) -> str:
        return f"{self.question.get_absolute_url()}#answer-{self.pk}"

    @property
    def disclaimer_text(self) -> str:
        """The disclaimer as readers see it under this answer, naming the doctor."""
        return self.disclaimer.render(self.doctor.display_name)

    def public_text(
        self, *, chars: int | None = None, words: int | None = None, snippet: str | None = None
    ) -> "AnswerText":
        """This answer's words as they may be published, always with the disclaimer naming the doctor.

        The only way to publish an answer's words: the question page, the doctor's profile, search
        snippets, the QAPage JSON-LD, e-mails and admin previews all come through here. The words are
        the whole text, its first `chars` characters or `words` words, or `snippet`, a piece of the
        text that a search picked out. Needs `doctor` and `disclaimer` loaded (select_related).
        """
        if snippet is not None:
            text = snippet
        elif chars is not None:
            text = Truncator(" ".join(self.body.split())).chars(chars)
        elif words is not None:
            text = Truncator(self.body).words(words)
        else:
            text = self.body
        return AnswerText(answer=self, words=text, disclaimer=self.disclaimer_text)


# What a quoted answer shows (`includes/question_row.html`): its words, the doctor's name, headshot
# and profile, the disclaimer. Nothing else is loaded, so nothing else goes into the row's cache key.
QUOTED_ANSWER_FIELDS = (
    "question_id",
    "body",
    "language",
    "helpful_count",
    "chosen_at",
    "created_at",
    "edited_at",
    "doctor__slug",
    "doctor__full_name",
    "doctor__credential",
    "doctor__headshot",
    "disclaimer__number",
    "disclaimer__text",
    "disclaimer__texts",
)
EXCERPT_CHARS = 140


def best_answer_pk(question) -> AnswerQuerySet:
    """The pk of the best answer a list may quote for `question` (a pk or an OuterRef): the one the asker
    marked as most helpful if a list may quote it, else the most helpful quotable answer, ties going to
    the earliest. A question has a handful of answers: the pick reads them along `answer_best_first`."""
    return Answer.objects.quotable().filter(question_id=question).best_first().values("pk")[:1]


def attach_best_answer(questions: list[Question]) -> None:
    """Give each question `best_answer`: its most helpful quotable answer (ties: the earliest), or None.

    One query for the whole list, whatever its length, with each answer's doctor and disclaimer: each
    question's pick is a correlated subquery that stops at the first match along the index. A window
    function ranking every answer of the page measured slower.
    """
    if not questions:
        return
    picked = Subquery(best_answer_pk(OuterRef("pk")))
    chosen = Question.objects.filter(pk__in=[question.pk for question in questions]).values(best=picked)
    answers = Answer.objects.filter(pk__in=chosen).select_related("doctor", "disclaimer").only(*QUOTED_ANSWER_FIELDS)
    by_question = {answer.question_id: answer for answer in answers}
    for question in questions:
        question.best_answer = by_question.get(question.pk)


@dataclass(frozen=True)
class AnswerText:
    """An answer's words (plain text, whole or cut) with the disclaimer naming its doctor.

    Made by `Answer.public_text()`. As a string it is both, words first; templates show the words
    with `{% answer_text %}` (questions_tags), which puts the disclaimer under them.
    """

    answer: Answer
    words: str
    disclaimer: str

    @property
    def text(self) -> str:
        return f"{self.words}\n\n{self.disclaimer}"

    @property
    def html(self) -> SafeString:
        """The words as HTML: the answer's stored HTML when they are all of it."""
        if self.words == self.answer.body:
            return self.answer.body_rendered
        return render_body(self.words)

    def __str__(self) -> str:
        return self.text


class AnswerRevision(models.Model):
    """An earlier text of an edited answer, kept for moderators."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    edited_at = models.DateTimeField(default=timezone.now)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-edited_at"]

    def __str__(self) -> str:
        return f"Revision of answer {self.answer_id} from {self.edited_at:%Y-%m-%d %H:%M}"


class HelpfulVote(HelpfulVoteBase):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="helpful_votes")

    target_field = "answer"

    class Meta:
        constraints = [models.UniqueConstraint(fields=["answer", "user"], name="helpful_vote_once")]

    def __str__(self) -> str:
        return f"{self.user_id} found answer {self.answer_id} helpful"


class FollowUpQuerySet(StoredHTMLBodyQuerySet, HideableQuerySet):
    def visible_to(self, user) -> "FollowUpQuerySet":
        if getattr(user, "is_moderator", False):
            return self.all()
        return self.public()

    def for_answers(self, answer_ids) -> "FollowUpQuerySet":
        """What the question page shows under each answer: the thread in order, with the replying doctor
        and the disclaimer each reply carries."""
        return (
            self.filter(answer_id__in=answer_ids)
            .select_related("author", "doctor", "disclaimer")
            .order_by("created_at", "pk")
        )


class FollowUp(StoredHTMLBody, Hideable):
    """A short exchange under an answer: the asker's follow-up question, or the answering doctor's reply.

    A reply names its `doctor` and carries the disclaimer version in force when written, as an answer
    does; a follow-up names neither. The database enforces it (`follow_up_reply_has_disclaimer`, PROTECT
    on both); `questions.services.follow_up_create` and `follow_up_reply_create` are the only writers,
    and they check who may post (the asker, the answering doctor).
    """

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="follow_ups")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="follow_ups")
    doctor = models.ForeignKey(
        "doctors.DoctorProfile",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="follow_up_replies",
        help_text=_("Set on a doctor's reply: the doctor who wrote the answer."),
    )
    disclaimer = models.ForeignKey(
        DisclaimerVersion, null=True, blank=True, on_delete=models.PROTECT, related_name="follow_up_replies"
    )
    body = models.TextField(validators=[MinLengthValidator(10), MaxLengthValidator(2000)])
    created_at = models.DateTimeField(default=timezone.now)

    objects = FollowUpQuerySet.as_manager()

    class Meta:
        # Translators: the model's name (the admin, "Flag this …"); Django makes its plural by adding "s".
        verbose_name = _("follow-up")
        constraints = [
            models.CheckConstraint(
                condition=Q(doctor__isnull=True, disclaimer__isnull=True)
                | Q(doctor__isnull=False, disclaimer__isnull=False),
                name="follow_up_reply_has_disclaimer",
                violation_error_message=_("A doctor's reply carries the disclaimer naming the doctor."),
            ),
        ]
        indexes = [models.Index(fields=["answer", "created_at"], name="follow_up_thread")]

    def __str__(self) -> str:
        who = "Reply" if self.is_reply else "Follow-up"
        return f"{who} {self.pk} under answer {self.answer_id}"

    def get_absolute_url(self) -> str:
        return f"{self.answer.question.get_absolute_url()}#follow-up-{self.pk}"

    @property
    def is_reply(self) -> bool:
        return self.doctor_id is not None

    def public_text(self, *, chars: int | None = None) -> "FollowUpText":
        """The words as they may be published (whole, or the first `chars` characters), a reply's always
        with the disclaimer naming the doctor. Needs `doctor` and `disclaimer` loaded for a reply."""
        words = Truncator(" ".join(self.body.split())).chars(chars) if chars is not None else self.body
        return FollowUpText(words=words, disclaimer=self.disclaimer_text)

    @property
    def disclaimer_text(self) -> str:
        """A reply's disclaimer as readers see it, naming the doctor (DisclaimerVersion.render); "" for a
        follow-up."""
        if self.disclaimer_id is None:
            return ""
        return self.disclaimer.render(self.doctor.display_name)


@dataclass(frozen=True)
class FollowUpText:
    """A follow-up's or reply's words, with a reply's disclaimer naming the doctor (`FollowUp.public_text`)."""

    words: str
    disclaimer: str

    @property
    def text(self) -> str:
        return f"{self.words}\n\n{self.disclaimer}" if self.disclaimer else self.words

    def __str__(self) -> str:
        return self.text


class DisclaimerTranslation(models.Model):
    """One disclaimer version in another language: the same words, for readers of that language.

    Immutable like the version (a better translation is a new version), held to the same rules by the
    database (names the doctor, says something), at most one per version and language. An answer keeps
    its version; readers see that version in their language (`DisclaimerVersion.render`).
    """

    version = models.ForeignKey(DisclaimerVersion, on_delete=models.PROTECT, related_name="translations")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    text = models.TextField(help_text="Use {doctor} where the doctor's name goes.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "language"], name="disclaimer_translation_once_per_language"),
            models.CheckConstraint(
                condition=Q(text__contains=DOCTOR_PLACEHOLDER), name="disclaimer_translation_names_doctor"
            ),
            models.CheckConstraint(
                condition=GreaterThanOrEqual(_disclaimer_text_length_sql(), DISCLAIMER_MIN_TEXT),
                name="disclaimer_translation_says_something",
                violation_error_message=DISCLAIMER_TOO_SHORT,
            ),
        ]

    def __str__(self) -> str:
        return f"Disclaimer v{self.version.number} ({self.language})"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and not self._state.adding:
            raise ValidationError("Disclaimer translations are immutable: create a new version instead.")
        super().save(*args, **kwargs)
        disclaimer_texts_refresh(self.version_id)

    def delete(self, *args, **kwargs):
        deleted = super().delete(*args, **kwargs)
        disclaimer_texts_refresh(self.version_id)
        return deleted

    def clean(self) -> None:
        if DOCTOR_PLACEHOLDER not in (self.text or ""):
            raise ValidationError({"text": "The disclaimer must contain {doctor} where the doctor's name goes."})
        if disclaimer_text_length(self.text or "") < DISCLAIMER_MIN_TEXT:
            raise ValidationError({"text": DISCLAIMER_TOO_SHORT})


def disclaimer_texts_refresh(version_id: int) -> None:
    """Copy a version's translations onto its row (`DisclaimerVersion.texts`). An update, not a save:
    the version itself is immutable."""
    texts = dict(DisclaimerTranslation.objects.filter(version_id=version_id).values_list("language", "text"))
    DisclaimerVersion.objects.filter(pk=version_id).update(texts=texts)
