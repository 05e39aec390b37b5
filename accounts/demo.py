from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts.models import User
from core.demo import DemoContext, batched

# (role, handle): printed by seed_demo; the password is core.demo.DEMO_PASSWORD.
DEMO_LOGINS = [
    ("Administrator", "admin"),
    ("Moderator", "moderator"),
    ("Patient", "patient"),
    ("Verified doctor", "dr-ruiz"),
    ("Pending doctor", "dr-pending"),
    ("Suspended doctor", "dr-suspended"),
    ("Rejected doctor", "dr-rejected"),
]

HANDLE_WORDS_A = [
    "quiet",
    "sunny",
    "curious",
    "brave",
    "calm",
    "lucky",
    "misty",
    "coral",
    "amber",
    "silver",
    "velvet",
    "cedar",
    "maple",
    "river",
    "north",
    "little",
    "golden",
    "happy",
    "gentle",
    "wild",
]
HANDLE_WORDS_B = [
    "fox",
    "heron",
    "otter",
    "lark",
    "fern",
    "wren",
    "panda",
    "koala",
    "robin",
    "finch",
    "tulip",
    "poppy",
    "comet",
    "pebble",
    "willow",
    "badger",
    "dove",
    "iris",
    "sparrow",
    "lynx",
]


def already_seeded() -> bool:
    return User.objects.filter(handle="moderator").exists()


def seed(ctx: DemoContext) -> None:
    admin = User(
        handle="admin",
        email="admin@candid.example",
        is_staff=True,
        is_superuser=True,
        full_name="Site Administrator",
        password=ctx.password_hash,
    )
    moderator = User(
        handle="moderator",
        email="moderator@candid.example",
        is_staff=True,
        full_name="Morgan Moderator",
        password=ctx.password_hash,
    )
    admin.save()
    moderator.save()
    for group_name, user in [("Administrators", admin), ("Moderators", moderator)]:
        group = Group.objects.filter(name=group_name).first()
        if group:
            user.groups.add(group)

    patient_count = max(40, ctx.questions // 5)
    handles = ["patient"]
    rng = ctx.rng
    while len(handles) < patient_count:
        handle = f"{rng.choice(HANDLE_WORDS_A)}-{rng.choice(HANDLE_WORDS_B)}{rng.randint(1, 99999)}"
        if handle not in handles:
            handles.append(handle)
    seen = set()
    patients = []
    for handle in handles:
        if handle in seen:
            continue
        seen.add(handle)
        patients.append(User(handle=handle, email=f"{handle}@patients.candid.example", password=ctx.password_hash))
    for done, batch in enumerate(batched(patients, 5000), start=1):
        User.objects.bulk_create(batch)
        ctx.progress("patients", min(done * 5000, len(patients)), len(patients))
    confirm_addresses(User.objects.filter(pk__in=[admin.pk, moderator.pk]))
    confirm_addresses(User.objects.filter(email__endswith="@patients.candid.example"))
    ctx.data["admin"] = admin
    ctx.data["moderator"] = moderator
    ctx.data["patients"] = list(User.objects.filter(email__endswith="@patients.candid.example").order_by("pk"))


def confirm_addresses(users) -> None:
    """Demo accounts come with confirmed addresses, as if each had clicked its confirmation link."""
    rows = [
        EmailAddress(user_id=pk, email=email, verified=True, primary=True)
        for pk, email in users.values_list("pk", "email")
    ]
    for batch in batched(rows, 5000):
        EmailAddress.objects.bulk_create(batch, ignore_conflicts=True)
