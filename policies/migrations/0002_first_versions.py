"""Version 1 of every policy document, so a new site publishes its rules from its first `migrate`.

A data migration rather than `seed_demo`: a real deployment, which never loads demo data, needs its
terms, privacy policy and guidelines before the first member signs up (sign-up records which
versions they accepted). Administrators replace them with new versions in the admin; these rows are
never edited.

Migrations never import app code: the Markdown is rendered here the way `policies.text.render_policy`
renders it (markdown, then nh3 with the same allow-list), and the texts live in this file.
"""

import markdown
import nh3
from django.db import migrations
from django.utils import timezone

_ALLOWED_TAGS = {"h2", "h3", "h4", "p", "br", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "hr"}


def _render(text: str) -> str:
    return nh3.clean(
        markdown.markdown(text.strip(), output_format="html"),
        tags=_ALLOWED_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


GUIDELINES = """
Candid is where people considering cosmetic and medical-aesthetic treatments ask questions, verified
doctors answer, and patients share what actually happened to them. It only works if what you read here
is honest. These guidelines say what that means in practice.

## What belongs here

- **Questions** about treatments you are considering, have had, or want to understand: how they work,
  recovery, risks, costs, what to ask at a consultation.
- **Reviews** of treatments you had yourself, with the clinic and the doctor if you wish: what you
  were told, what happened, what it cost, how you feel about it now. Good, bad and mixed reviews are
  all welcome.
- **Before/after photos** of your own treatment, or, for doctors, of patients who gave their
  recorded consent.
- **Answers from verified doctors.** Only doctors whose registration our moderators have checked
  may answer questions. Every answer carries a medical disclaimer naming the doctor.

## What doesn't

- **Medical advice from anyone who isn't a verified doctor.** Share your experience ("my swelling
  lasted a week") but don't tell others what they should do about their health ("you don't need to
  see anyone about that"). Doctors' answers are general education too, not a diagnosis.
- **Fake or bought reviews.** Only review treatments you actually had. Don't review your own clinic,
  a competitor, or an employer's practice, and don't write reviews for someone else.
- **Undisclosed incentives.** If you received anything for a review or a post (a discount, a free
  session, a payment, a gift), say so clearly in it. Doctors must disclose any commercial link to a
  product or clinic they mention.
- **Photos without consent.** Post only photos of yourself, or, as a doctor, of patients whose
  written consent you have recorded when uploading. Never post a photo of someone who hasn't agreed.
  We remove the location and camera details from every photo before anyone sees it.
- **Personal attacks, harassment and hate.** Criticise a treatment or a result, not a person's worth.
  No threats, no slurs, no pile-ons.
- **Other people's private details.** Don't post anyone's real name, address, phone number or
  medical information unless it is your own. Members here are known by a handle, and that is how it
  should stay.
- **Advertising and spam.** No promotions, price lists, discount codes or links to sell things.
- **Anything illegal**, including selling prescription-only medicines and posting content you don't
  have the right to share.

## How moderation works

Members can flag anything that breaks these guidelines using the **Flag** button. A moderator looks
at every flag. When several trusted members flag the same post, it may be hidden automatically until
a moderator decides; flags from brand-new accounts never hide anything on their own, and a
doctor's profile is never hidden by flags alone.

**We hide, we don't delete.** A post that breaks the guidelines is hidden from the public, with the
reason recorded, and its author can still see it and what was decided. If it was hidden by mistake,
a moderator restores it exactly as it was. Repeated or serious breaches can lead to an account being
suspended.

## Appeals

If you think a moderator got it wrong (a post hidden, a flag dismissed, an account suspended, a
doctor's verification refused), write to us through the [report form](/contact/), choose
"Something else" and include the address of the post. A different moderator will look at it again
and reply to you.

## Reporting something

To report a single post, use its **Flag** button. For anything else — a doctor you are worried
about, a legal concern such as copyright, defamation or your privacy, or something unsafe — use the
[report form](/contact/). You don't need an account. See [how we handle reports](/policies/reporting/).
"""

PRIVACY = """
This policy explains what Candid stores about you, why, for how long, and how you stay in control of
it. We keep it short and specific. If anything is unclear, [write to us](/contact/).

## What we store, and why

- **Your account:** a handle (your public name), your e-mail address and a hashed password. The
  handle is what others see. Your e-mail address is private: we use it to confirm your account, for
  password resets and for the notifications you choose. It is never shown on the site.
- **What you post:** questions, answers, reviews, photos, helpful votes and flags, with when you
  posted them. Posts are public under your handle, except flags, which only moderators see.
- **Photos:** we remove location, camera and other hidden details from every photo before storing
  the version anyone sees. The original upload is kept privately for moderation and is never served
  publicly. For before/after photos we record the consent given at upload.
- **Doctors' verification:** for doctors, the licence details and documents they send us, which
  only moderators can see, and the moderators' decision.
- **Which policies you accepted**, and when, so we can show what you agreed to.
- **Security records:** a session cookie while you are logged in, two-factor settings if you use
  them, and short-lived counts of requests per network address to stop spam and password guessing.
- **Messages to us:** what you send through the report form and the address to reply to.

We don't sell your data, we don't show advertising, and we don't use tracking or advertising
cookies.

## How long we keep it

- Your account and posts stay while your account is open.
- When you close your account, we remove your e-mail address, password and other private details.
  The closing page explains what happens to each kind of post before you confirm.
- Moderation records (what was hidden and why) are kept for as long as the content they concern,
  so decisions can be checked and appealed.
- Request counts used against spam and password guessing expire within a day.
- Messages sent through the report form are kept with the moderation records they led to.

## Your rights, and how to use them

- **See and take your data:** download everything you posted and everything we store about your
  account from [your data page](/accounts/data/).
- **Correct it:** edit your details in your account settings, and your posts from "My Candid".
- **Delete it:** [close your account](/accounts/close/) at any time. You can also withdraw a
  question or a photo on its own.
- **Withdraw consent:** for a before/after photo, withdraw it from "My Candid" and it is taken down
  from the public site.
- **Object or complain:** [write to us](/contact/), choosing "A legal concern". We answer within
  one month. You may also complain to your data protection authority.

## Who else sees your data

Only the people who run Candid, and the companies that host our servers, store our files and send
our e-mails, under contracts that let them use it only to provide that service to us. We disclose
data to authorities only when the law requires it.

## Changes

When this policy changes, we publish a new version here with a summary of what changed, and ask
members to accept it the next time they visit. Earlier versions stay readable below.
"""

TERMS = """
These terms are the agreement between you and Candid when you use the site. By creating an account
you accept them, together with the [privacy policy](/policies/privacy/) and the
[community guidelines](/policies/guidelines/).

## Who can use Candid

You must be at least 18 years old to create an account. One account per person. Doctors must hold a
current registration to practise and must pass our verification before answering questions; they
must keep the information they gave us accurate.

## Your account

Choose a handle that isn't your real name if you want to stay anonymous. Keep your password to
yourself and tell us if you think someone else is using your account. You are responsible for what
is posted from it.

## What you post

You keep the rights to what you post. You give Candid a non-exclusive, worldwide, royalty-free
licence to host, show, and adapt it for display (for example, resizing photos), for as long as it
is on the site and as needed for the records described in the privacy policy. You confirm that you
have the right to post it, that your reviews describe your own experience, and that anyone shown in
your photos has agreed.

Everything you post must follow the [community guidelines](/policies/guidelines/). Moderators may
hide posts that don't, and suspend accounts that repeatedly or seriously break them. We tell you
when we hide something of yours, and you may [appeal](/contact/).

## Not medical advice

Candid is not a healthcare provider. Doctors' answers are general information based on what was
written, and patients' reviews are personal experiences. Neither replaces a consultation with a
clinician who has examined you. Read our [medical disclaimer](/policies/medical-disclaimer/).

## Our responsibility

We work to keep Candid available, accurate and safe, but we can't guarantee that the site is free
of interruptions or errors, or that what members post is correct. To the extent the law allows, we
are not liable for decisions you make based on what you read here. Nothing in these terms limits
rights you have by law that can't be limited.

## Ending

You can close your account at any time from [your account](/accounts/close/), after downloading
[your data](/accounts/data/) if you wish. We may suspend or close an account that breaks these
terms; we will tell you why, and you may appeal.

## Changes to these terms

When these terms change we publish a new version with a summary of what changed, and ask you to
accept it the next time you visit. Until you do, you can keep reading but not post. If you don't
agree, you can close your account.

## Contact

Questions about these terms: [write to us](/contact/).
"""

MEDICAL_DISCLAIMER = """
Doctors on Candid are verified by our moderators before they may answer: we check their registration
to practise and record who checked it and when.

## What an answer is

A doctor's answer on Candid is **general education based on what you wrote**. It is not a diagnosis
or a treatment plan, and it does not create a doctor-patient relationship. The doctor hasn't examined
you, seen your medical history, or heard what you didn't write.

Every answer shows the disclaimer that was in force when it was written, naming the doctor who wrote
it, so you always know who said what and on what terms.

## What reviews and photos are

Patients' reviews and before/after photos are personal experiences. Results vary from person to
person; someone else's result is not a promise of yours. Photos show one person at one moment, and
we can't verify every detail of every review.

## What to do instead

Only an in-person consultation with a qualified clinician who has examined you can tell you whether
a treatment is right for you, what risks apply to you, and what to expect.

**If you have a medical emergency** — sudden pain, vision changes, skin turning pale or dusky after a
filler, difficulty breathing — call your local emergency number or go to an emergency department
now. Don't wait for an answer here.
"""

REPORTING = """
You can tell us about a problem on Candid with or without an account.

## A single post

Use the **Flag** button under any question, answer, review or photo, and choose the reason. Every
flag goes to a moderator. Only moderators see who flagged what.

## Anything else

Use the [report form](/contact/). Choose the reason that fits best:

- **Report a doctor** — for example, you think a doctor isn't who they say they are, is advertising,
  or behaved unprofessionally in their answers.
- **A legal concern** — copyright (your photo or text posted without permission), defamation,
  or your privacy (your name, face or details posted without your consent). Tell us who you are and
  which right is affected, and give the address of the page.
- **A safety issue** — content that could put someone at risk, or a member who may be in danger.
- **Something else** — including appeals against a moderation decision.

You'll get an e-mail acknowledging your message straight away.

## What happens next

A moderator reads every report, usually within two working days, and replies to the address you
gave. Where a post breaks our [community guidelines](/policies/guidelines/) it is hidden, not deleted:
the decision and its reason are recorded, and the author may appeal. For legal concerns we may need
more information from you before acting, and we may tell the author that a complaint was made
(never who made it, unless the law requires).

## Emergencies

We can't respond in real time. If someone is in danger, call your local emergency number.
"""

DOCUMENTS = [
    ("guidelines", "The first published version of our community guidelines.", GUIDELINES),
    ("privacy", "The first published version of our privacy policy.", PRIVACY),
    ("terms", "The first published version of our terms of use.", TERMS),
    ("medical-disclaimer", "The first published version of our site-wide medical disclaimer.", MEDICAL_DISCLAIMER),
    ("reporting", "The first published version of how to report a concern.", REPORTING),
]


def publish_first_versions(apps, schema_editor):
    PolicyVersion = apps.get_model("policies", "PolicyVersion")
    using = schema_editor.connection.alias
    now = timezone.now()
    for kind, summary, body in DOCUMENTS:
        if PolicyVersion.objects.using(using).filter(kind=kind).exists():
            continue
        PolicyVersion.objects.using(using).create(
            kind=kind,
            number=1,
            effective_at=now,
            summary=summary,
            body=body.strip(),
            body_html=_render(body),
            created_at=now,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0001_policy_versions_acceptance_and_concerns"),
    ]

    operations = [migrations.RunPython(publish_first_versions, migrations.RunPython.noop)]
