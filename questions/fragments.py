"""The parts of question pages that are rendered once per content and reused (pagecache.fragments)."""

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from html import escape

from django.conf import settings
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format, localize
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext, ngettext

from core.html import format_html_quick
from core.links import reverse_often
from doctors.models import DoctorProfile
from moderation.templatetags.moderation_tags import flag_link, flaggable_by, participation_refusal
from pagecache.fragments import age_step, code_version, html_until_changed, render_each, row_state
from pagecache.topics import cached_until_changed, computed_in_batch
from questions.models import EXCERPT_CHARS, Answer, AnswerText, Question
from treatments.models import catalogue_by_category

# Where an answer card's forms put the CSRF token: cards are shared between readers, tokens are not.
# The page fills it in (`questions_tags.with_csrf_token`); a NUL never comes from escaped text.
CSRF_MARK = "\x00answer-card:csrf\x00"
CARD = "questions.fragments.answer_card"  # what render_each keys and announces the cards as


@dataclass(frozen=True)
class AnswerActions:
    """What one reader may do with one answer: the per-reader half of its card (and of the card's key)."""

    can_vote: bool = False
    helpful_state: str = ""  # the helpful button's class and pressed state, or the shared page's mark
    can_thank: bool = False
    is_asker: bool = False
    can_edit: bool = False
    login_url: str = ""  # visitors' helpful link logs in first
    can_follow_up: bool = False  # the asker, under any published answer
    can_reply: bool = False  # the answering doctor, once the asker asked a follow-up
    can_choose: bool = False  # the asker marks (or unmarks) the answer that helped most


def answer_cards(answers: list[Answer], actions: list[AnswerActions], request: HttpRequest) -> list[SafeString]:
    """Each answer's card (`answer_card`): its content and this reader's actions, rendered once per answer
    and per reader's situation. Needs `doctor` and `disclaimer` loaded."""
    user = request.user
    path = request.get_full_path()
    refusal = participation_refusal(user, "flag content")
    suspended = bool(getattr(user, "is_suspended", False))
    by_answer = dict(zip((answer.pk for answer in answers), actions, strict=True))
    bylines: dict[int, SafeString] = {}

    def card(answer: Answer) -> str:
        # Only when a card is rendered, after every card's key is made: rendering a byline reads the
        # doctor's headshot, which turns the row's file name into a file object.
        if not bylines:
            bylines.update(doctor_bylines([each.doctor for each in answers]))
        return answer_card(answer, by_answer[answer.pk], byline=bylines[answer.doctor_id], user=user, path=path)

    return render_each(
        CARD,
        answers,
        # The flag link (moderation_tags.flag_link) follows whether it is offered, the reader's refusal
        # and the page it comes back to.
        state=lambda answer: (
            row_state(answer, answer.doctor, answer.disclaimer),
            tuple(
                row_state(follow_up, follow_up.author, follow_up.doctor, follow_up.disclaimer)
                for follow_up in getattr(answer, "follow_up_list", ())
            ),
            by_answer[answer.pk],  # a frozen dataclass: its repr names every field
            (
                flaggable_by(answer, user),
                tuple(flaggable_by(follow_up, user) for follow_up in getattr(answer, "follow_up_list", ())),
                refusal,
                suspended,
                path,
            ),
        ),
        render=card,
    )


# An answer's card is written here rather than in a template: the cards are most of what a first visit to
# a question renders, and as a template (blocktranslate, dates, includes and tags per answer) a card cost
# several times as much. The words are the catalogue's; ids in attributes are never localised.


def _csrf_input(token: str) -> SafeString:
    return format_html_quick('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


def helpful_part(answer: Answer, actions: AnswerActions, csrf_token: str = CSRF_MARK) -> SafeString:
    """The helpful button (or the visitor's link to log in and vote) and the count: what the vote's
    htmx response swaps in (`#helpful-<pk>`). Needs `doctor` loaded."""
    button = ""
    if actions.can_vote:
        url = reverse_often("questions:answer_helpful", answer.pk)
        button = format_html_quick(
            '<form method="post" action="{}" class="d-inline" data-hx-post="{}" data-hx-target="#helpful-{}"'
            ' data-hx-swap="innerHTML">{}<button type="submit" id="helpful-button-{}" {}>{}</button></form>\n',
            url,
            url,
            answer.pk,
            _csrf_input(csrf_token),
            answer.pk,
            actions.helpful_state,
            _with_doctor(gettext('Helpful<span class="visually-hidden"> (answer from %(doctor)s)</span>'), answer),
        )
    elif actions.login_url:
        button = format_html_quick(
            '<a class="btn btn-sm btn-outline-secondary" href="{}%23answer-{}" rel="nofollow">{}</a>\n',
            actions.login_url,
            answer.pk,
            mark_safe(gettext('Helpful<span class="visually-hidden"> (log in to vote)</span>')),  # noqa: S308
        )
    count = answer.helpful_count
    words = ngettext("%(counter)s person finds this helpful", "%(counter)s people find this helpful", count)
    return format_html_quick(
        '{}<span class="helpful-count small text-body-secondary" role="status">{}</span>',
        button,
        mark_safe(words % {"counter": count}),  # noqa: S308 - the catalogue's words and a number
    )


def thanks_part(answer: Answer, actions: AnswerActions, csrf_token: str = CSRF_MARK) -> SafeString:
    """The patient's thanks, or the asker's button to thank the doctor: what the thanks' htmx response
    swaps in (`#thanks-<pk>`). Needs `doctor` loaded."""
    if answer.thanked_at:
        said = gettext("You thanked %(doctor)s") if actions.is_asker else gettext("The patient thanked %(doctor)s")
        return format_html_quick('<span class="thanked">{}</span>', _with_doctor(said, answer))
    if actions.can_thank:
        url = reverse_often("questions:answer_thank", answer.pk)
        return format_html_quick(
            '<form method="post" action="{}" class="d-inline" data-hx-post="{}" data-hx-target="#thanks-{}"'
            ' data-hx-swap="innerHTML">{}<button type="submit" class="btn btn-sm btn-link p-0 align-baseline'
            ' thank-button">{}</button></form>',
            url,
            url,
            answer.pk,
            _csrf_input(csrf_token),
            _with_doctor(gettext("Thank %(doctor)s"), answer),
        )
    return mark_safe("")


def _with_doctor(translated: str, answer: Answer) -> SafeString:
    """`translated` (the catalogue's words, trusted) naming the answer's doctor, escaped."""
    return mark_safe(translated % {"doctor": escape(answer.doctor.display_name)})  # noqa: S308


def answer_card(answer: Answer, actions: AnswerActions, *, byline: SafeString, user, path: str) -> str:
    """One answer on its question's page: its content (`answer_content`) and what this reader may do with
    it. Gets no request: the flag link comes back to `path`, and the forms carry the CSRF mark that the
    page fills in (`questions_tags.with_csrf_token`). Needs `doctor` and `disclaimer` loaded."""
    pk = answer.pk
    actions_html = [
        format_html_quick('<div id="helpful-{}" class="helpful">{}</div>', pk, helpful_part(answer, actions)),
        format_html_quick('<div id="thanks-{}" class="thanks small">{}</div>', pk, thanks_part(answer, actions)),
    ]
    if actions.can_choose:
        if answer.chosen_at:
            choice = format_html_quick(
                '<input type="hidden" name="unchoose" value="1"><button type="submit" class="btn btn-sm btn-link p-0'
                ' align-baseline">{}</button>',
                gettext("Unmark as most helpful"),
            )
        else:
            choice = format_html_quick(
                '<button type="submit" class="btn btn-sm btn-link p-0 align-baseline">{}</button>',
                gettext("Mark as the answer that helped most"),
            )
        actions_html.append(
            format_html_quick(
                '<form method="post" action="{}" class="d-inline choose-form">{}{}</form>',
                reverse_often("questions:answer_choose", pk),
                _csrf_input(CSRF_MARK),
                choice,
            )
        )
    if answer.doctor.is_verified and not actions.can_edit:
        actions_html.append(
            format_html_quick(
                '<a class="small consultation-link" href="{}" rel="nofollow">{}</a>',
                reverse_often("consultations:request_new", answer.doctor.slug),
                _with_doctor(
                    gettext('Request a consultation<span class="visually-hidden"> with %(doctor)s</span>'), answer
                ),
            )
        )
    if actions.can_edit:
        actions_html.append(
            format_html_quick(
                '<a class="small" href="{}">{}</a>',
                reverse_often("questions:answer_edit", pk),
                gettext("Edit your answer"),
            )
        )
    actions_html.append(format_html_quick('<span class="small ms-auto">{}</span>', flag_link(answer, user, path)))
    follow_ups = ""
    if getattr(answer, "follow_up_list", None) or actions.can_follow_up or actions.can_reply:
        follow_ups = render_to_string(
            "questions/includes/follow_ups.html",
            {"answer": answer, "actions": actions, "csrf_token": CSRF_MARK, "user": user, "back_to": path},
        )
    chosen = ""
    if answer.chosen_at:
        chosen = format_html_quick(
            '<p class="chosen-mark badge text-bg-success mb-2"><span aria-hidden="true">✓ </span>{}</p>',
            gettext("The asker found this most helpful"),
        )
    return format_html_quick(
        '\n<article id="answer-{}" class="card answer mb-3{}" aria-labelledby="answer-{}-heading">\n'
        '<div class="card-body">\n{}{}'
        '<div class="answer-actions d-flex flex-wrap align-items-center gap-3 mt-3">\n{}\n</div>\n{}'
        "</div>\n</article>",
        pk,
        " answer-hidden" if answer.is_hidden else "",
        pk,
        chosen,
        answer_content(answer, byline),
        mark_safe("\n".join(actions_html)),  # noqa: S308 - each part built with format_html
        mark_safe(follow_ups),  # noqa: S308 - rendered by the template, autoescaped
    )


def answer_text(answer: Answer, *, words: int | None = None) -> SafeString:
    """An answer's words (all of them, or the first `words`), the disclaimer naming the doctor under
    them: how every page shows an answer. Needs `doctor` and `disclaimer` loaded.

    role="note", not an <aside>: one per answer, and repeated landmarks with the same name confuse
    screen-reader navigation."""
    text = answer.public_text(words=words)
    return format_html_quick(
        '<div class="answer-body" lang="{}">{}</div>\n\n'
        '<div class="disclaimer small" role="note" aria-label="{}" data-disclaimer-version="{}">{}</div>\n',
        answer.language,
        text.html,
        gettext("Medical disclaimer"),
        answer.disclaimer.number,
        answer.disclaimer_text,
    )


def _dated(translated: str, moment: datetime) -> SafeString:
    """`translated` (a catalogue's words with %(iso)s and %(date)s) with `moment` in the reader's time zone."""
    local = timezone.localtime(moment)
    return mark_safe(  # noqa: S308 - our catalogue's words, the dates escaped
        # The ISO form as Django's "Y-m-d\\TH:i:sO" writes it, by the C library: digits and signs only.
        translated % {"iso": local.strftime("%Y-%m-%dT%H:%M:%S%z"), "date": _day(local.date(), get_language())}
    )


@lru_cache(maxsize=2048)
def _day(day: date, language: str) -> str:
    """ "9 Aug 2026" in `language` (the active one): the same few hundred days on every page's answers,
    where Django's date formatter cost more than the rest of a card's dates."""
    return escape(date_format(day, "j M Y"))


def answer_content(answer: Answer, byline: SafeString | None = None) -> SafeString:
    """An answer's heading, hidden-state note, byline, dates, words and disclaimer: the same for every
    reader. `byline`: the doctor's byline already rendered (`doctor_bylines`), or rendered here."""
    if not byline:
        byline = doctor_bylines([answer.doctor])[answer.doctor_id]
    hidden = ""
    if answer.is_hidden:
        hidden = format_html_quick(
            '<div class="alert alert-warning py-2" role="note"><strong>{}</strong>{}</div>',
            gettext("Hidden from the public"),
            format_html_quick(": {}", answer.hidden_reason) if answer.hidden_reason else "",
        )
    dates = _dated(gettext('Answered <time datetime="%(iso)s">%(date)s</time>'), answer.created_at)
    if answer.edited_at:
        dates = format_html_quick(
            "{} · {}", dates, _dated(gettext('edited <time datetime="%(iso)s">%(date)s</time>'), answer.edited_at)
        )
    return format_html_quick(
        '\n            <h3 id="answer-{}-heading" class="visually-hidden">{}</h3>\n'
        "            {}\n"
        '            <div class="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-2">\n'
        "              {}\n"
        '              <p class="small text-body-secondary mb-0">{}</p>\n'
        "            </div>\n"
        "            {}\n",
        answer.pk,
        _with_doctor(gettext("Answer from %(doctor)s"), answer),
        hidden,
        byline,
        dates,
        answer_text(answer),
    )


def doctor_bylines(doctors: Iterable[DoctorProfile]) -> dict[int, SafeString]:
    """Each doctor's byline on an answer (`includes/doctor_card.html`: headshot, name, credentials, badge),
    by id: one fragment per doctor as loaded, shared by all their answers on every question, so a question
    read for the first time renders only the bylines of doctors nobody's page has shown yet."""
    unique = list({doctor.pk: doctor for doctor in doctors}.values())
    html = render_each(
        "includes/doctor_card.html",
        unique,
        state=lambda doctor: (row_state(doctor), settings.SITE_NAME),
        context=lambda doctor: {"doctor": doctor, "SITE_NAME": settings.SITE_NAME},
    )
    return {doctor.pk: byline for doctor, byline in zip(unique, html, strict=True)}


def answer_cards_until_changed(
    question: Question, answers: list[Answer], actions: list[AnswerActions], request: HttpRequest
) -> list[SafeString]:
    """`answer_cards(...)` for a question's public answers, kept as one piece of HTML per reader's situation
    until "question:<pk>" moves, as the rows it is rendered from are (`questions.reads`).

    Keying every card by every field it shows (`render_each`) cost more than rendering a repeat page
    needed: 10 answers' fields walked and hashed on every view. The rows come from the same topics, so
    the cards cannot be older than the rows the page would show anyway. Moderators read the database and
    get `answer_cards` itself, keyed by what each row holds.
    """
    user = request.user
    situation = (
        tuple(answer.pk for answer in answers),
        tuple(actions),
        tuple(flaggable_by(answer, user) for answer in answers),
        tuple(tuple(flaggable_by(each, user) for each in getattr(answer, "follow_up_list", ())) for answer in answers),
        participation_refusal(user, "flag content"),
        bool(getattr(user, "is_suspended", False)),
        request.get_full_path(),
    )
    digest = hashlib.blake2b(repr(situation).encode(), digest_size=16).hexdigest()
    html = html_until_changed(
        f"answer-cards:{question.pk}:{digest}",
        lambda: ("".join(answer_cards(answers, actions, request)), ()),
        topics=[f"question:{question.pk}"],
        # Rows read from the database in this request (a first visit, a change): cards kept with the rows
        # before are no more current than they were, so they are rendered without a round trip to look.
        reuse=not computed_in_batch(f"question-and-answers:{question.pk}"),
    )
    return [html]


def related_list(related: Iterable) -> SafeString:
    """The related questions beside a question (`questions.reads.RelatedQuestion`s): each linked, with its
    number of answers. In Python for the reason the cards are: as a template loop with a pluralised
    `blocktranslate` per row, five rows cost about four times as much, on every view of every question."""
    rows = [
        format_html_quick(
            '<li class="mb-2"><a href="{}">{}</a> <span class="small text-body-secondary">· {}</span></li>',
            other.get_absolute_url(),
            other.title,
            # The catalogue's words for `{% blocktranslate count %}`, its number localised as the tag does.
            ngettext("%(counter)s answer", "%(counter)s answers", other.answer_count)
            % {"counter": localize(other.answer_count)},
        )
        for other in related
    ]
    return format_html_quick('<ul class="list-unstyled related-questions">{}</ul>', mark_safe("".join(rows)))  # noqa: S308


def answer_excerpt(answer: Answer) -> AnswerText:
    """The start of `answer`, about EXCERPT_CHARS characters cut at a word, with its disclaimer: a
    piece of the published text (`Answer.public_text()`), as a search snippet is."""
    words = " ".join(answer.public_text().words.split())
    if len(words) > EXCERPT_CHARS:
        cut = words[: EXCERPT_CHARS + 1]
        words = (cut[: cut.rfind(" ")] if " " in cut else cut[:EXCERPT_CHARS]).rstrip(" ,.;:-\u2013\u2014") + "\u2026"
    return answer.public_text(snippet=words)


def question_rows(questions: list[Question]) -> SafeString:
    """`includes/question_row.html` for each question, joined: the rows of every question list. Needs the
    list's query (`Question.objects.for_list()`: first answering doctor, `treatment_list`, `best_answer`).

    A row quotes the start of its best answer through `Answer.public_text()`, with the disclaimer naming
    the doctor, as search snippets do; the answer, its doctor and its disclaimer as loaded are part of the
    row's key, so an edit, a hidden answer or a new best answer re-renders the row.
    """

    now = timezone.now()

    def state(question: Question) -> tuple:
        best = getattr(question, "best_answer", None)
        return (
            row_state(question, question.first_answer_doctor, *question.treatment_list),
            row_state(best, best.doctor, best.disclaimer) if best is not None else None,
            # "asked 3 days, 4 hours ago" changes with time, not with the rows: it is part of what a row shows.
            age_step(question.created_at, now),
        )

    def context(question: Question) -> dict:
        best = getattr(question, "best_answer", None)
        return {"question": question, "excerpt": answer_excerpt(best) if best is not None else None}

    rows = render_each("includes/question_row.html", questions, state=state, context=context)
    return mark_safe("".join(rows))  # noqa: S308 - rendered by the template, autoescaped


def question_rows_until_changed(
    key: str, questions: Callable[[], Iterable[Question]], *, topics: list[str]
) -> SafeString:
    """`question_rows(questions())`, kept as HTML until `topics` move or a row's "asked … ago" turns over."""

    def render() -> tuple[str, list[datetime]]:
        rows = list(questions())
        return (question_rows(rows) if rows else ""), [row.created_at for row in rows]

    return html_until_changed(f"question-rows:{key}", render, topics=topics)


def treatment_options(selected: int | None) -> SafeString:
    """The treatment filter's `<optgroup>`s, `selected` chosen: kept as HTML until a treatment changes,
    where rendering fifty options from the catalogue cost a list page a third of its time."""
    setting = f"{code_version()}:{get_language()}"
    return cached_until_changed(
        f"treatment-options:{setting}:{selected or ''}",
        lambda: mark_safe(  # noqa: S308 - rendered by the template, autoescaped
            render_to_string(
                "questions/includes/treatment_options.html",
                {"treatment_groups": catalogue_by_category(), "selected": selected},
            )
        ),
        topics=["list:treatments"],
    )
