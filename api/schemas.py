"""What the API answers with: the OpenAPI schema is made from these (django-ninja, pydantic).

Only public fields are here, by name: nothing private can leak by being added to a model.
"""

from datetime import date, datetime
from decimal import Decimal

from ninja import Schema
from pydantic import Field


class Problem(Schema):
    """An error, as RFC 9457 problem details (served as application/problem+json)."""

    type: str = Field(description="A URI naming the kind of problem; about:blank for plain HTTP statuses.")
    title: str
    status: int
    detail: str = ""
    instance: str = ""
    errors: list[dict] | None = Field(default=None, description="Invalid parameters, for 400 and 422.")


class Page(Schema):
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class TreatmentRef(Schema):
    id: int
    slug: str
    name: str


class DoctorRef(Schema):
    id: int
    slug: str
    name: str = Field(description="The doctor's public name, as the site shows it (e.g. 'Dr. Ana Ruiz').")
    credential: str
    url: str


class Disclaimer(Schema):
    version_id: int = Field(description="The id of the disclaimer version in force when the answer was written.")
    version: int = Field(description="Its number, as the site's disclaimer page shows it.")
    text: str = Field(description="The disclaimer as readers see it under the answer, naming the doctor.")


class Answer(Schema):
    id: int
    question_id: int
    doctor: DoctorRef
    body: str
    helpful_count: int
    thanked: bool
    created_at: datetime
    edited_at: datetime | None
    url: str
    disclaimer: Disclaimer


class QuestionRow(Schema):
    id: int
    title: str
    url: str
    treatments: list[TreatmentRef]
    answer_count: int
    helpful_count: int
    created_at: datetime
    last_activity_at: datetime


class QuestionPage(Page):
    results: list[QuestionRow]


class Question(QuestionRow):
    asked_by: str = Field(description="The asker's public handle.")
    body: str
    age_range: str
    city: str
    answers: list[Answer]


class RatingBar(Schema):
    stars: int
    count: int
    percent: int


class CostFigures(Schema):
    currency: str
    count: int
    average: Decimal
    median: Decimal
    minimum: Decimal
    maximum: Decimal
    lower_quartile: Decimal
    upper_quartile: Decimal


class TreatmentFigures(Schema):
    review_count: int
    worth_it_percent: int
    not_sure_percent: int
    not_worth_it_percent: int
    average_rating: float | None
    ratings: list[RatingBar]
    cost: CostFigures | None = Field(description="Cost quartiles of reviews that gave a cost in US dollars.")
    other_currency_count: int


class TreatmentRow(TreatmentRef):
    category: str
    description: str
    url: str
    review_count: int
    worth_it_percent: int | None
    median_cost_usd: Decimal | None


class Treatment(TreatmentRow):
    figures: TreatmentFigures


class DoctorRow(DoctorRef):
    specialty: str
    practice_name: str
    city: str
    region: str
    country: str
    status: str = Field(description="verified, or suspended (a suspended doctor's answers stay up).")
    answer_count: int
    helpful_vote_count: int
    review_count: int
    average_rating: float | None
    worth_it_percent: int | None


class DoctorPage(Page):
    results: list[DoctorRow]


class AnswerPage(Page):
    results: list[Answer]


class SubRating(Schema):
    label: str
    average: float | None
    count: int


class Doctor(DoctorRow):
    bio: str
    board_certifications: str
    website: str
    verified_at: datetime | None
    headshot_url: str | None
    ratings: list[RatingBar]
    sub_ratings: list[SubRating]
    feed_url: str
    widget_url: str


class DoctorResponse(Schema):
    doctor: DoctorRef
    body: str
    created_at: datetime
    updated_at: datetime


class ReviewUpdate(Schema):
    body: str
    created_at: datetime
    verdict: str = Field(description="The new verdict when this update changed it, else empty.")


class ReviewRow(Schema):
    id: int
    title: str
    url: str
    author: str = Field(description="The reviewer's public handle.")
    treatment: TreatmentRef
    doctor: DoctorRef | None
    verdict: str
    rating: int
    cost_amount: Decimal | None
    cost_currency: str
    treatment_date: date
    verified: bool = Field(description="Whether the treatment was verified (a receipt, or the doctor confirmed it).")
    incentive: str
    relationship: str
    helpful_count: int
    created_at: datetime


class ReviewPage(Page):
    results: list[ReviewRow]


class ReviewSubRating(Schema):
    label: str
    value: int


class Review(ReviewRow):
    story: str
    sub_ratings: list[ReviewSubRating]
    updates: list[ReviewUpdate]
    response: DoctorResponse | None


class Rendition(Schema):
    width: int
    height: int
    webp: str
    jpeg: str


class PhotoImage(Schema):
    role: str
    renditions: list[Rendition] = Field(description="Public derivatives, smallest first. Never the original.")
    blurred: list[Rendition] = Field(description="The same, blurred: what the site shows first for graphic cases.")


class PhotoCase(Schema):
    id: int
    url: str
    caption: str
    time_since_treatment: str
    is_graphic: bool
    treatments: list[TreatmentRef]
    doctor: DoctorRef | None
    credit: str
    review_id: int | None
    published_at: datetime | None
    images: list[PhotoImage]


class PhotoPage(Page):
    results: list[PhotoCase]


class Notice(Schema):
    id: int
    message: str
    url: str
    created_at: datetime
    read: bool


class NoticePage(Page):
    results: list[Notice]


class Me(Schema):
    handle: str
    doctor: DoctorRef | None
    token_name: str
    can_post_answers: bool


class MyQuestion(QuestionRow):
    body: str
    hidden: bool


class MyQuestionPage(Page):
    results: list[MyQuestion]


class MyReview(ReviewRow):
    story: str
    hidden: bool


class MyReviewPage(Page):
    results: list[MyReview]


class AnswerIn(Schema):
    body: str = Field(description="The answer's text (50 to 5,000 characters), as on the answer form.")
