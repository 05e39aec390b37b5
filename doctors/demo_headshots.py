"""Illustrated headshots for the demo doctors, drawn with Pillow (no downloads, no initials).

`portrait_png(key, feminine=...)` draws one square portrait in a clean, softly shaded illustration
style: a clinician from the shoulders up in scrubs or a white coat, against a plain studio
background. Everything about the person (skin tone, hair style and colour, age, glasses, beard,
clothes, background) is drawn from `key`, so the same key always gives the same bytes.

`looks_feminine(first_name)` guesses, for a demo name only, which portrait suits it.
"""

import functools
import io
import random
import zlib
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

SIZE = 512
_W = 1024  # drawn at twice the size, then reduced: smooth edges without per-shape anti-aliasing
_S = 1  # the drawing's coordinates are in pixels of that larger canvas

SKIN = [
    (248, 214, 190),
    (240, 200, 170),
    (226, 180, 146),
    (204, 152, 114),
    (176, 122, 88),
    (140, 94, 64),
    (108, 70, 48),
    (84, 54, 38),
]
HAIR = {
    "black": (30, 26, 26),
    "dark brown": (62, 42, 30),
    "brown": (102, 70, 44),
    "auburn": (130, 64, 38),
    "blond": (196, 160, 104),
    "grey": (168, 166, 162),
    "white": (214, 212, 208),
}
BACKGROUNDS = [
    ((226, 233, 238), (196, 208, 218)),
    ((236, 232, 226), (212, 204, 194)),
    ((224, 234, 230), (192, 210, 204)),
    ((232, 230, 238), (204, 202, 216)),
    ((238, 236, 232), (214, 214, 210)),
]
SCRUBS = [(46, 110, 130), (34, 64, 110), (92, 140, 170), (60, 120, 110), (88, 74, 120), (40, 44, 58)]
SHIRTS = [(170, 200, 228), (226, 230, 236), (200, 214, 200), (236, 218, 214), (60, 70, 96)]
EYES = [(70, 46, 30), (48, 32, 22), (96, 70, 40), (70, 100, 120), (80, 110, 80), (40, 30, 24)]
FEMININE_NAMES = {
    "ana",
    "anna",
    "priya",
    "helen",
    "grace",
    "leila",
    "mei",
    "nadia",
    "chloe",
    "imani",
    "sofia",
    "amara",
    "maria",
    "sarah",
    "emily",
    "olivia",
    "aisha",
    "fatima",
    "yuki",
    "lucia",
    "elena",
    "claire",
    "julia",
    "rachel",
    "hannah",
    "laura",
    "nina",
    "zoe",
    "ines",
    "camille",
    "ingrid",
    "keiko",
    "sana",
    "ayesha",
    "margaret",
    "catherine",
    "elizabeth",
    "rose",
    "alice",
    "isabel",
    "beatriz",
    "rosa",
    "lin",
    "jia",
}
MASCULINE_ENDINGS = ("ias", "ah", "ha")  # Elias, Jonah, Joshua are not feminine for ending in "a"/"ah"


def looks_feminine(first_name: str) -> bool:
    """A rough guess from a first name, only to pair demo names with fitting portraits."""
    name = first_name.strip().lower()
    if name in FEMININE_NAMES:
        return True
    if name.endswith(MASCULINE_ENDINGS):
        return False
    return name.endswith(("a", "ie", "ey", "ine", "elle", "ette", "een"))


@dataclass(frozen=True)
class Look:
    feminine: bool
    skin: tuple[int, int, int]
    hair: tuple[int, int, int]
    hair_style: str
    age: float  # 0 about thirty .. 1 about sixty-five
    eyes: tuple[int, int, int]
    glasses: bool
    beard: str  # "", "stubble", "short"
    outfit: str  # "scrubs", "coat"
    scrubs: tuple[int, int, int]
    shirt: tuple[int, int, int]
    stethoscope: bool
    background: tuple[tuple[int, int, int], tuple[int, int, int]]
    face_width: float
    smile: float


def look_for(key: str, *, feminine: bool) -> Look:
    rng = random.Random(zlib.crc32(key.encode()))
    age = rng.random()
    if age > 0.7:
        hair_name = rng.choice(["grey", "white", "grey"])
    else:
        hair_name = rng.choice(["black", "dark brown", "brown", "dark brown", "auburn", "blond", "black"])
    skin_index = rng.randrange(len(SKIN))
    if skin_index >= 4 and hair_name in ("blond", "auburn"):
        hair_name = "black"
    if feminine:
        style = rng.choice(["long", "bob", "bun", "long", "ponytail", "curly", "covered"])
        beard = ""
    else:
        style = rng.choice(["short", "side part", "short", "buzz", "curly short", "receding" if age > 0.4 else "short"])
        beard = rng.choice(["", "", "", "stubble", "short"])
    return Look(
        feminine=feminine,
        skin=SKIN[skin_index],
        hair=HAIR[hair_name],
        hair_style=style,
        age=age,
        eyes=rng.choice(EYES[:3] if skin_index >= 3 else EYES),
        glasses=rng.random() < 0.3,
        beard=beard,
        outfit=rng.choice(["scrubs", "coat", "coat"]),
        scrubs=rng.choice(SCRUBS),
        shirt=rng.choice(SHIRTS),
        stethoscope=rng.random() < 0.45,
        background=rng.choice(BACKGROUNDS),
        face_width=rng.uniform(0.92, 1.06) * (0.95 if feminine else 1.0),
        smile=rng.uniform(0.3, 1.0),
    )


# Drawing helpers ---------------------------------------------------------------------------------------


def _shade(rgb, factor: float):
    return tuple(max(0, min(255, round(c * factor))) for c in rgb)


def _mix(a, b, t: float):
    return tuple(round(x * (1 - t) + y * t) for x, y in zip(a, b, strict=True))


def _spline(points, steps: int = 10, closed: bool = True):
    """A Catmull-Rom curve through points, closed by default: smooth outlines from a few control points."""
    n = len(points)
    out = []
    count = n if closed else n - 1
    for i in range(count):
        p0 = points[(i - 1) % n] if closed else points[max(0, i - 1)]
        p1 = points[i % n]
        p2 = points[(i + 1) % n] if closed else points[min(n - 1, i + 1)]
        p3 = points[(i + 2) % n] if closed else points[min(n - 1, i + 2)]
        for k in range(steps):
            t = k / steps
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    if not closed:
        out.append(points[-1])
    return out


def _mask(shape_fn) -> Image.Image:
    m = Image.new("L", (_W, _W), 0)
    draw = ImageDraw.Draw(m)
    draw.ink, draw.fill = 255, True  # shapes given without a fill are filled, in the mask's white
    shape_fn(draw)
    return m


@functools.cache
def _fade_table(percent: int) -> list[int]:
    return [round(value * percent / 100) for value in range(256)]


def _paint(img: Image.Image, mask: Image.Image, colour, *, blur: float = 0.0, opacity: float = 1.0, clip=None):
    """Lay `colour` on `img` through `mask` (optionally softened, faded and clipped to another mask).
    Only the mask's bounding box is worked on, which keeps a portrait's hundred shapes cheap."""
    box = mask.getbbox()
    if not box:
        return
    pad = int(blur * 3 * _S) + 2
    box = (max(0, box[0] - pad), max(0, box[1] - pad), min(_W, box[2] + pad), min(_W, box[3] + pad))
    part = mask.crop(box)
    if blur:
        part = part.filter(ImageFilter.GaussianBlur(blur * _S))
    if opacity < 1:
        part = part.point(_fade_table(round(opacity * 100)))
    if clip is not None:
        part = ImageChops.multiply(part, clip.crop(box))
    img.paste(tuple(colour), box, part)


def _gradient_background(look: Look) -> Image.Image:
    top, bottom = look.background
    ramp = Image.linear_gradient("L").resize((_W, _W))
    img = Image.composite(Image.new("RGB", (_W, _W), bottom), Image.new("RGB", (_W, _W), top), ramp)
    # A soft light behind the head: made small and enlarged, which smooths it for free.
    glow = Image.radial_gradient("L").resize((64, 64)).point(lambda p: max(0, 255 - p * 2))
    glow = glow.filter(ImageFilter.GaussianBlur(3)).resize((_W, _W), Image.Resampling.BICUBIC)
    _paint(img, glow, _mix(top, (255, 255, 255), 0.5), opacity=0.5)
    return img


# The portrait ------------------------------------------------------------------------------------------


def portrait(look: Look) -> Image.Image:
    S = _S
    cx = _W // 2
    img = _gradient_background(look)
    skin = look.skin
    skin_shadow = _shade(skin, 0.8)
    fw = 150 * S * look.face_width  # half the face's width at the cheekbones
    top, chin = 250 * S, 650 * S
    eye_y = 440 * S

    _back_hair(img, look, cx, fw, top)

    # Shoulders and clothes.
    body = _mask(lambda d: d.rounded_rectangle((cx - 390 * S, 730 * S, cx + 390 * S, 1300 * S), radius=210 * S))
    neck_w = 74 * S if look.feminine else 86 * S
    neck = _mask(lambda d: d.rectangle((cx - neck_w, 560 * S, cx + neck_w, 820 * S)))
    _paint(img, neck, skin)
    _paint(
        img, _mask(lambda d: d.ellipse((cx - 110 * S, 540 * S, cx + 110 * S, 700 * S))), skin_shadow, blur=14, clip=neck
    )
    _clothes(img, look, body, cx, neck_w)

    # Ears.
    for side in (-1, 1):
        ex = cx + side * (fw - 8 * S)
        ear = _mask(lambda d, ex=ex: d.ellipse((ex - 26 * S, eye_y - 30 * S, ex + 26 * S, eye_y + 62 * S)))
        _paint(img, ear, skin)
        inner = _mask(
            lambda d, ex=ex, side=side: d.ellipse(
                (ex - 10 * S + side * 4 * S, eye_y - 14 * S, ex + 12 * S + side * 4 * S, eye_y + 44 * S)
            )
        )
        _paint(img, inner, skin_shadow, blur=4, opacity=0.7)

    # The face: forehead, temples, cheekbones, jaw and chin from a few control points.
    jaw = 0.78 if look.feminine else 0.86
    outline = [
        (cx, top),
        (cx + fw * 0.86, top + 50 * S),
        (cx + fw, eye_y - 40 * S),
        (cx + fw * 0.98, eye_y + 60 * S),
        (cx + fw * jaw, chin - 110 * S),
        (cx + fw * 0.42, chin - 18 * S),
        (cx, chin),
        (cx - fw * 0.42, chin - 18 * S),
        (cx - fw * jaw, chin - 110 * S),
        (cx - fw * 0.98, eye_y + 60 * S),
        (cx - fw, eye_y - 40 * S),
        (cx - fw * 0.86, top + 50 * S),
    ]
    face_pts = _spline(outline, 12)
    face = _mask(lambda d: d.polygon(face_pts, fill=255))
    _paint(img, face, skin)
    # Soft light from the viewer's left: the right side of the face and under the cheekbones darker.
    side_shadow = _mask(lambda d: d.ellipse((cx + fw * 0.35, top, cx + fw * 1.6, chin + 40 * S)))
    _paint(img, side_shadow, skin_shadow, blur=40, opacity=0.55, clip=face)
    _paint(
        img,
        _mask(lambda d: d.ellipse((cx - fw * 0.55, top - 60 * S, cx + fw * 0.3, top + 160 * S))),
        _shade(skin, 1.07),
        blur=40,
        opacity=0.6,
        clip=face,
    )
    for side in (-1, 1):
        blush = _mask(
            lambda d, side=side: d.ellipse(
                (cx + side * fw * 0.55 - 50 * S, eye_y + 70 * S, cx + side * fw * 0.55 + 50 * S, eye_y + 140 * S)
            )
        )
        _paint(img, blush, (214, 110, 100), blur=22, opacity=0.18 if look.feminine else 0.1, clip=face)

    _beard(img, look, face, cx, fw, chin, eye_y)
    _age_lines(img, look, face, cx, fw, eye_y, chin)
    _eyes(img, look, cx, eye_y)
    _nose(img, look, cx, eye_y)
    _mouth(img, look, cx, chin)
    _front_hair(img, look, cx, fw, top, eye_y, face)
    if look.glasses:
        _glasses(img, look, cx, eye_y)
    # Framed a little closer than drawn: head and shoulders fill the square.
    return img.resize((SIZE, SIZE), Image.Resampling.LANCZOS, box=(132, 104, 892, 864))


def _clothes(img, look: Look, body, cx, neck_w):
    S = _S
    if look.outfit == "scrubs":
        _paint(img, body, look.scrubs)
        vee = _mask(
            lambda d: d.polygon(
                [(cx - neck_w - 30 * S, 730 * S), (cx + neck_w + 30 * S, 730 * S), (cx, 890 * S)], fill=255
            )
        )
        _paint(img, vee, look.skin)
        _paint(img, vee, _shade(look.skin, 0.82), blur=10, opacity=0.5)
        trim = _mask(
            lambda d: d.line(
                [(cx - neck_w - 30 * S, 730 * S), (cx, 890 * S), (cx + neck_w + 30 * S, 730 * S)],
                fill=255,
                width=14 * S,
            )
        )
        _paint(img, trim, _shade(look.scrubs, 0.8))
    else:
        coat = (244, 245, 247)
        _paint(img, body, coat)
        # The shirt (and sometimes a tie) in the opening of the coat.
        opening = [(cx - 120 * S, 740 * S), (cx + 120 * S, 740 * S), (cx + 60 * S, 984 * S), (cx - 60 * S, 984 * S)]
        _paint(img, _mask(lambda d: d.polygon(opening, fill=255)), look.shirt)
        collar = _mask(
            lambda d: d.polygon(
                [
                    (cx - neck_w - 16 * S, 720 * S),
                    (cx, 810 * S),
                    (cx + neck_w + 16 * S, 720 * S),
                    (cx + neck_w + 30 * S, 780 * S),
                    (cx, 850 * S),
                    (cx - neck_w - 30 * S, 780 * S),
                ],
                fill=255,
            )
        )
        _paint(img, collar, _shade(look.shirt, 1.08))
        if not look.feminine and look.shirt != SHIRTS[4]:
            tie = _mask(
                lambda d: d.polygon(
                    [(cx - 22 * S, 830 * S), (cx + 22 * S, 830 * S), (cx + 34 * S, 984 * S), (cx - 34 * S, 984 * S)],
                    fill=255,
                )
            )
            _paint(img, tie, _shade(look.scrubs, 0.9))
        for side in (-1, 1):
            lapel = [
                (cx + side * 118 * S, 735 * S),
                (cx + side * 62 * S, 984 * S),
                (cx + side * 150 * S, 984 * S),
                (cx + side * 190 * S, 860 * S),
            ]
            _paint(img, _mask(lambda d, lapel=lapel: d.polygon(lapel, fill=255)), (232, 234, 238))
            edge = _mask(lambda d, lapel=lapel: d.line(lapel[:2], fill=255, width=5 * S))
            _paint(img, edge, (200, 204, 212), blur=2)
        # Folds and the shadow of the head on the coat.
        _paint(
            img,
            _mask(lambda d: d.ellipse((cx - 200 * S, 660 * S, cx + 200 * S, 820 * S))),
            (200, 204, 212),
            blur=30,
            opacity=0.5,
            clip=body,
        )
    if look.stethoscope:
        tube = (40, 42, 48)
        for side in (-1, 1):
            pts = _spline(
                [
                    (cx + side * (neck_w + 10 * S), 720 * S),
                    (cx + side * (neck_w + 60 * S), 810 * S),
                    (cx + side * (neck_w + 70 * S), 920 * S),
                    (cx + side * (neck_w + 40 * S), 990 * S),
                ],
                10,
                closed=False,
            )
            _paint(img, _mask(lambda d, pts=pts: d.line(pts, fill=255, width=13 * S, joint="curve")), tube)
            _paint(
                img,
                _mask(lambda d, pts=pts: d.line([(x - 3 * S, y) for x, y in pts], fill=255, width=3 * S)),
                (110, 114, 124),
                opacity=0.7,
            )


def _back_hair(img, look: Look, cx, fw, top):
    S = _S
    style = look.hair_style
    if style in ("long", "curly", "ponytail") and look.feminine:
        length = 880 * S if style != "ponytail" else 640 * S
        width = fw * (1.45 if style == "curly" else 1.22)
        pts = [
            (cx - width, top + 160 * S),
            (cx - width * 0.9, top - 40 * S),
            (cx, top - 80 * S),
            (cx + width * 0.9, top - 40 * S),
            (cx + width, top + 160 * S),
            (cx + width * 1.05, length),
            (cx - width * 1.05, length),
        ]
        mask = _mask(lambda d: d.polygon(_spline(pts, 10), fill=255))
        _paint(img, mask, _shade(look.hair, 0.85))
    if style == "covered":
        width = fw * 1.35
        pts = [
            (cx - width, top + 200 * S),
            (cx - width * 0.85, top - 50 * S),
            (cx, top - 95 * S),
            (cx + width * 0.85, top - 50 * S),
            (cx + width, top + 200 * S),
            (cx + width * 1.25, 900 * S),
            (cx - width * 1.25, 900 * S),
        ]
        mask = _mask(lambda d: d.polygon(_spline(pts, 10), fill=255))
        _paint(img, mask, _shade(look.scrubs, 1.1))


def _front_hair(img, look: Look, cx, fw, top, eye_y, face):
    S = _S
    hair = look.hair
    light, dark = _shade(hair, 1.25), _shade(hair, 0.8)
    style = look.hair_style
    rng = random.Random(zlib.crc32(repr(look).encode()))
    if style == "covered":
        wrap = [
            (cx - fw * 1.08, eye_y + 10 * S),
            (cx - fw * 0.95, top - 30 * S),
            (cx, top - 95 * S),
            (cx + fw * 0.95, top - 30 * S),
            (cx + fw * 1.08, eye_y + 10 * S),
            (cx + fw * 0.82, top + 70 * S),
            (cx, top + 30 * S),
            (cx - fw * 0.82, top + 70 * S),
        ]
        colour = _shade(look.scrubs, 1.1)
        _paint(img, _mask(lambda d: d.polygon(_spline(wrap, 12), fill=255)), colour)
        fold = _mask(
            lambda d: d.line(
                _spline(
                    [(cx - fw * 0.9, top + 60 * S), (cx, top + 20 * S), (cx + fw * 0.9, top + 60 * S)], 10, closed=False
                ),
                fill=255,
                width=10 * S,
            )
        )
        _paint(img, fold, _shade(colour, 0.8), blur=4)
        return
    if style == "buzz":
        cap = [
            (cx - fw * 1.0, eye_y - 50 * S),
            (cx - fw * 0.9, top + 10 * S),
            (cx, top - 30 * S),
            (cx + fw * 0.9, top + 10 * S),
            (cx + fw * 1.0, eye_y - 50 * S),
            (cx + fw * 0.8, top + 70 * S),
            (cx, top + 45 * S),
            (cx - fw * 0.8, top + 70 * S),
        ]
        _paint(img, _mask(lambda d: d.polygon(_spline(cap, 12), fill=255)), _mix(hair, look.skin, 0.35))
        return
    if style == "receding":
        for side in (-1, 1):
            patch = [
                (cx + side * fw * 1.0, eye_y - 10 * S),
                (cx + side * fw * 0.98, top + 40 * S),
                (cx + side * fw * 0.6, top + 10 * S),
                (cx + side * fw * 0.7, top + 70 * S),
                (cx + side * fw * 0.92, eye_y - 40 * S),
            ]
            _paint(img, _mask(lambda d, patch=patch: d.polygon(_spline(patch, 8), fill=255)), hair)
        return
    # The hair's mass over the top of the head, with a parting and a fringe line.
    part = cx + (-0.35 if rng.random() < 0.5 else 0.35) * fw
    if style in ("short", "side part", "curly short"):
        puff = 1.15 if style == "curly short" else 1.0
        mass = [
            (cx - fw * 1.02, eye_y - 40 * S),
            (cx - fw * 1.06 * puff, top + 20 * S),
            (cx - fw * 0.6, top - 70 * S * puff),
            (cx + fw * 0.2, top - 85 * S * puff),
            (cx + fw * 1.06 * puff, top + 10 * S),
            (cx + fw * 1.02, eye_y - 40 * S),
            (cx + fw * 0.85, top + 60 * S),
            (part, top + 30 * S),
            (cx - fw * 0.85, top + 80 * S),
        ]
    else:
        mass = [
            (cx - fw * 1.12, eye_y + 120 * S),
            (cx - fw * 1.15, top + 10 * S),
            (cx - fw * 0.6, top - 80 * S),
            (cx + fw * 0.3, top - 90 * S),
            (cx + fw * 1.15, top + 10 * S),
            (cx + fw * 1.12, eye_y + 120 * S),
            (cx + fw * 0.95, eye_y - 30 * S),
            (cx + fw * 0.7, top + 70 * S),
            (part, top + 25 * S),
            (cx - fw * 0.75, top + 90 * S),
            (cx - fw * 0.95, eye_y - 30 * S),
        ]
    pts = _spline(mass, 12)
    mask = _mask(lambda d: d.polygon(pts, fill=255))
    _paint(img, mask, hair)
    # Strands: a few light and dark sweeps for body and shine.
    for _ in range(18):
        x0 = part + rng.uniform(-20, 20) * S
        side = -1 if rng.random() < 0.5 else 1
        x1 = cx + side * fw * rng.uniform(0.6, 1.1)
        y1 = top + rng.uniform(60, 220) * S
        y0 = top + rng.uniform(-30, 10) * S
        sweep = _spline([(x0, y0), ((x0 + x1) / 2, y0 - 25 * S + 0.25 * (y1 - y0)), (x1, y1)], 8, closed=False)
        colour = light if rng.random() < 0.45 else dark
        stroke = _mask(lambda d, sweep=sweep: d.line(sweep, fill=255, width=rng.randint(4, 8) * S, joint="curve"))
        _paint(img, stroke, colour, blur=2.5, opacity=0.4, clip=mask)
    if style == "bun":
        bun = _mask(lambda d: d.ellipse((cx - 70 * S, top - 150 * S, cx + 70 * S, top - 20 * S)))
        _paint(img, bun, hair)
        _paint(img, bun, light, blur=10, opacity=0.25)
    if style in ("curly", "curly short"):
        for _ in range(140):
            x = cx + rng.uniform(-1.1, 1.1) * fw
            y = top + rng.uniform(-80, 160) * S
            r = rng.uniform(8, 16) * S
            ring = _mask(
                lambda d, x=x, y=y, r=r: d.arc(
                    (x - r, y - r, x + r, y + r), rng.randint(0, 180), rng.randint(200, 360), fill=255, width=3 * S
                )
            )
            _paint(img, ring, light if rng.random() < 0.5 else dark, opacity=0.6, clip=mask)
    # Shadow of the hair on the forehead.
    shadow = mask.filter(ImageFilter.GaussianBlur(10 * S))
    shadow = ImageChops.subtract(shadow, mask)
    _paint(img, shadow, _shade(look.skin, 0.7), opacity=0.6, clip=face)


def _eyes(img, look: Look, cx, eye_y):
    S = _S
    gap = 64 * S
    half = 33 * S
    open_ = (19 if look.feminine else 17) * S * (1 - 0.12 * look.smile)
    brow_colour = _shade(look.hair, 0.9) if look.hair_style != "covered" else (40, 32, 28)
    if look.hair in (HAIR["grey"], HAIR["white"]):
        brow_colour = _shade(look.hair, 0.75)
    for side in (-1, 1):
        ex = cx + side * gap
        upper = _spline(
            [(ex - half, eye_y + 2 * S), (ex - half * 0.2 * side, eye_y - open_), (ex + half, eye_y - 2 * S * side)],
            8,
            closed=False,
        )
        lower = _spline(
            [
                (ex + half, eye_y - 2 * S * side),
                (ex + half * 0.1 * side, eye_y + open_ * 0.75),
                (ex - half, eye_y + 2 * S),
            ],
            8,
            closed=False,
        )
        white = _mask(lambda d, pts=upper + lower: d.polygon(pts, fill=255))
        _paint(img, white, (236, 232, 228))
        _paint(img, white, _shade(look.skin, 0.7), blur=3, opacity=0.25)
        r = 15 * S
        iris = _mask(lambda d, ex=ex, r=r: d.ellipse((ex - r, eye_y - r - 1 * S, ex + r, eye_y + r - 1 * S)))
        _paint(img, iris, look.eyes, clip=white)
        _paint(
            img,
            _mask(lambda d, ex=ex: d.ellipse((ex - 6 * S, eye_y - 7 * S, ex + 6 * S, eye_y + 5 * S))),
            (12, 10, 10),
            clip=white,
        )
        _paint(
            img,
            _mask(lambda d, ex=ex: d.ellipse((ex - 8 * S, eye_y - 9 * S, ex - 2 * S, eye_y - 3 * S))),
            (255, 255, 255),
            opacity=0.9,
        )
        # Upper lid line and lashes, the crease above, a hint of the lower lid.
        _paint(img, _mask(lambda d, upper=upper: d.line(upper, fill=255, width=5 * S, joint="curve")), (36, 28, 26))
        crease = [(x, y - 12 * S) for x, y in upper[2:-2]]
        _paint(
            img,
            _mask(lambda d, crease=crease: d.line(crease, fill=255, width=3 * S, joint="curve")),
            _shade(look.skin, 0.72),
            blur=1.5,
            opacity=0.7,
        )
        _paint(
            img,
            _mask(lambda d, lower=lower: d.line(lower, fill=255, width=2 * S, joint="curve")),
            _shade(look.skin, 0.65),
            blur=1,
            opacity=0.6,
        )
        # Eyebrow: a tapered arch.
        bw = 2.0 if look.feminine else 3.0
        arch = [
            (ex - side * 38 * S, eye_y - 42 * S),
            (ex + side * 6 * S, eye_y - 56 * S),
            (ex + side * 44 * S, eye_y - 44 * S),
            (ex + side * 42 * S, eye_y - 40 * S),
            (ex + side * 6 * S, eye_y - 50 * S + bw * S),
            (ex - side * 38 * S, eye_y - 32 * S + bw * 2 * S),
        ]
        _paint(img, _mask(lambda d, arch=arch: d.polygon(_spline(arch, 6), fill=255)), brow_colour, blur=1)


def _nose(img, look: Look, cx, eye_y):
    S = _S
    shadow = _shade(look.skin, 0.72)
    ridge = _spline(
        [(cx + 12 * S, eye_y + 8 * S), (cx + 16 * S, eye_y + 47 * S), (cx + 26 * S, eye_y + 76 * S)], 8, closed=False
    )
    _paint(img, _mask(lambda d: d.line(ridge, fill=255, width=8 * S, joint="curve")), shadow, blur=6, opacity=0.6)
    base = _spline(
        [
            (cx - 30 * S, eye_y + 77 * S),
            (cx - 14 * S, eye_y + 88 * S),
            (cx + 14 * S, eye_y + 88 * S),
            (cx + 30 * S, eye_y + 77 * S),
        ],
        8,
        closed=False,
    )
    _paint(img, _mask(lambda d: d.line(base, fill=255, width=6 * S, joint="curve")), shadow, blur=3, opacity=0.8)
    for side in (-1, 1):
        nostril = _mask(
            lambda d, side=side: d.ellipse(
                (cx + side * 16 * S - 7 * S, eye_y + 79 * S, cx + side * 16 * S + 7 * S, eye_y + 85 * S)
            )
        )
        _paint(img, nostril, _shade(look.skin, 0.5), blur=1.5, opacity=0.8)
    tip = _mask(lambda d: d.ellipse((cx - 12 * S, eye_y + 62 * S, cx + 8 * S, eye_y + 74 * S)))
    _paint(img, tip, _shade(look.skin, 1.12), blur=5, opacity=0.6)


def _mouth(img, look: Look, cx, chin):
    S = _S
    my = chin - 84 * S
    half = (44 if look.feminine else 48) * S
    lift = 8 * S * look.smile
    lip = _mix(look.skin, (176, 80, 84), 0.45 if look.feminine else 0.3)
    upper = [
        (cx - half, my - lift),
        (cx - 16 * S, my - 12 * S),
        (cx, my - 9 * S),
        (cx + 16 * S, my - 12 * S),
        (cx + half, my - lift),
    ]
    meet = _spline([(cx - half, my - lift), (cx, my + 3 * S), (cx + half, my - lift)], 10, closed=False)
    lower = _spline(
        [(cx + half, my - lift), (cx + 16 * S, my + 18 * S), (cx - 16 * S, my + 18 * S), (cx - half, my - lift)],
        10,
        closed=False,
    )
    _paint(img, _mask(lambda d: d.polygon(_spline(upper, 6, closed=False) + meet[::-1], fill=255)), _shade(lip, 0.9))
    _paint(img, _mask(lambda d: d.polygon(meet + lower, fill=255)), lip)
    _paint(img, _mask(lambda d: d.line(meet, fill=255, width=4 * S, joint="curve")), _shade(lip, 0.55))
    shine = _mask(lambda d: d.ellipse((cx - 14 * S, my + 6 * S, cx + 10 * S, my + 13 * S)))
    _paint(img, shine, (255, 255, 255), blur=3, opacity=0.35)
    for side in (-1, 1):
        dimple = _mask(
            lambda d, side=side: d.ellipse(
                (cx + side * half - 5 * S, my - lift - 5 * S, cx + side * half + 5 * S, my - lift + 5 * S)
            )
        )
        _paint(img, dimple, _shade(look.skin, 0.7), blur=3, opacity=0.6)
    under = _mask(lambda d: d.ellipse((cx - 26 * S, my + 26 * S, cx + 26 * S, my + 40 * S)))
    _paint(img, under, _shade(look.skin, 0.8), blur=6, opacity=0.5)


def _beard(img, look: Look, face, cx, fw, chin, eye_y):
    S = _S
    if not look.beard:
        return
    colour = _mix(look.hair, look.skin, 0.55 if look.beard == "stubble" else 0.15)
    area = [
        (cx - fw * 0.98, eye_y + 40 * S),
        (cx - fw * 0.7, eye_y + 120 * S),
        (cx - 40 * S, chin - 150 * S),
        (cx + 40 * S, chin - 150 * S),
        (cx + fw * 0.7, eye_y + 120 * S),
        (cx + fw * 0.98, eye_y + 40 * S),
        (cx + fw, chin + 40 * S),
        (cx - fw, chin + 40 * S),
    ]
    mask = _mask(lambda d: d.polygon(_spline(area, 8), fill=255))
    mask = ImageChops.multiply(mask, face)
    _paint(img, mask, colour, blur=4, opacity=0.45 if look.beard == "stubble" else 0.9)
    if look.beard == "short":
        my = chin - 84 * S  # the mouth's line, as _mouth draws it
        moustache = [
            (cx - 50 * S, my - 4 * S),
            (cx, my - 24 * S),
            (cx + 50 * S, my - 4 * S),
            (cx, my - 12 * S),
        ]
        _paint(img, _mask(lambda d: d.polygon(_spline(moustache, 6), fill=255)), colour, blur=3, opacity=0.9)


def _age_lines(img, look: Look, face, cx, fw, eye_y, chin):
    S = _S
    if look.age < 0.45:
        return
    strength = min(1.0, (look.age - 0.45) * 2.2) * 0.55
    line_colour = _shade(look.skin, 0.72)
    for side in (-1, 1):
        fold = _spline(
            [
                (cx + side * 34 * S, eye_y + 84 * S),
                (cx + side * 50 * S, eye_y + 108 * S),
                (cx + side * 58 * S, chin - 78 * S),
            ],
            8,
            closed=False,
        )
        _paint(
            img,
            _mask(lambda d, fold=fold: d.line(fold, fill=255, width=5 * S, joint="curve")),
            line_colour,
            blur=4,
            opacity=strength * 0.7,
            clip=face,
        )
        for k in range(2):
            x0 = cx + side * (fw * 0.72)
            y0 = eye_y - 4 * S + k * 14 * S
            _paint(
                img,
                _mask(
                    lambda d, x0=x0, y0=y0, side=side: d.line(
                        [(x0, y0), (x0 + side * 26 * S, y0 - 6 * S + 8 * S * (y0 > eye_y))], fill=255, width=3 * S
                    )
                ),
                line_colour,
                blur=2,
                opacity=strength * 0.8,
                clip=face,
            )
    for k in range(2):
        y0 = eye_y - 110 * S - k * 22 * S
        line = _spline([(cx - 70 * S, y0 + 6 * S), (cx, y0), (cx + 70 * S, y0 + 6 * S)], 8, closed=False)
        _paint(
            img,
            _mask(lambda d, line=line: d.line(line, fill=255, width=3 * S, joint="curve")),
            line_colour,
            blur=2.5,
            opacity=strength * 0.6,
            clip=face,
        )


def _glasses(img, look: Look, cx, eye_y):
    S = _S
    frame = (40, 40, 46) if look.age < 0.6 else (120, 96, 70)
    for side in (-1, 1):
        ex = cx + side * 62 * S
        box = (ex - 46 * S, eye_y - 32 * S, ex + 46 * S, eye_y + 30 * S)
        lens = _mask(lambda d, box=box: d.rounded_rectangle(box, radius=22 * S, fill=255))
        _paint(img, lens, (255, 255, 255), opacity=0.12)
        _paint(img, _mask(lambda d, box=box: d.rounded_rectangle(box, radius=22 * S, outline=255, width=6 * S)), frame)
        glint = _mask(
            lambda d, ex=ex: d.line(
                [(ex - 30 * S, eye_y - 10 * S), (ex - 14 * S, eye_y - 24 * S)], fill=255, width=5 * S
            )
        )
        _paint(img, glint, (255, 255, 255), blur=2, opacity=0.5)
    bridge = _spline(
        [(cx - 16 * S, eye_y - 8 * S), (cx, eye_y - 14 * S), (cx + 16 * S, eye_y - 8 * S)], 6, closed=False
    )
    _paint(img, _mask(lambda d: d.line(bridge, fill=255, width=6 * S, joint="curve")), frame)


def portrait_png(key: str, *, feminine: bool) -> bytes:
    """PNG bytes of the portrait for `key` (a doctor's handle, or a pool slot)."""
    out = io.BytesIO()
    portrait(look_for(key, feminine=feminine)).save(out, "PNG", compress_level=1)
    return out.getvalue()
