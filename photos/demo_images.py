"""Demo before/after photographs, rendered here (no downloads): close-ups of a treated area that read as
phone photos, not drawings.

Each picture is a small render. A height map holds the shape of the area and everything on the
surface (wrinkles, pores, scars, the lip lines); an albedo map holds the colour (tone, blotches,
redness, sun spots). A soft window light shades the height map, skin's subsurface scattering is
imitated by blurring the light more in red than in blue, cavities get a little occlusion, and oily or
wet parts a broad highlight. A camera stage follows: shallow depth of field, vignette, sensor noise,
a phone's sharpening and JPEG.

A pair (`case_pair`) is one person in one framing and light: the "before" shows the problem at full
strength and the "after" the same render with the problem softened, as a believable result would
be. Everything is drawn from the seed, so the same seed gives the same bytes.
"""

import functools
import io
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

SIZE = (600, 750)  # width, height of every photograph
AFTER_STRENGTH = 0.22  # how much of the problem is left in the "after"

# Skin tones (sRGB, mid-face under neutral light), from very fair to deep.
SKIN_TONES = [
    (236, 196, 174),
    (226, 178, 148),
    (212, 160, 126),
    (190, 136, 100),
    (160, 108, 76),
    (124, 82, 58),
    (92, 60, 44),
]
# Backgrounds of clinic photos: a wall, a paper backdrop, a bathroom's tiles out of focus.
BACKDROPS = [(196, 204, 210), (214, 208, 198), (178, 190, 188), (206, 200, 206), (120, 132, 146)]


# Numeric helpers --------------------------------------------------------------------------------------


def _to_linear(rgb) -> np.ndarray:
    c = np.asarray(rgb, dtype=np.float32) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4).astype(np.float32)


def _to_srgb(lin: np.ndarray) -> np.ndarray:
    c = np.clip(lin, 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * np.power(c, 1 / 2.4) - 0.055)


def _resize(a: np.ndarray, size: tuple[int, int], resample=Image.Resampling.BICUBIC) -> np.ndarray:
    """A float map resized to (width, height)."""
    return np.asarray(Image.fromarray(np.ascontiguousarray(a, dtype=np.float32), "F").resize(size, resample))


def _binomial(a: np.ndarray, passes: int) -> np.ndarray:
    """[1, 2, 1] / 4 along both axes, `passes` times (variance 0.5 px² a pass), edges repeated."""
    for _ in range(passes):
        p = np.pad(a, ((1, 1), (1, 1)), mode="edge")
        a = (p[:-2, 1:-1] + 2 * p[1:-1, 1:-1] + p[2:, 1:-1]) * 0.25
        p = np.pad(a, ((1, 1), (1, 1)), mode="edge")
        a = (p[1:-1, :-2] + 2 * p[1:-1, 1:-1] + p[1:-1, 2:]) * 0.25
    return a


def blur(a: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian-like blur of a float map: small radii by binomial passes, larger ones through a reduced copy."""
    if sigma <= 0.3:
        return a
    if a.ndim == 3:
        return np.stack([blur(a[..., i], sigma) for i in range(a.shape[2])], axis=-1)
    if sigma < 2.0:
        return _binomial(a, max(1, round(2 * sigma * sigma)))
    h, w = a.shape
    f = sigma / 1.2
    small = _resize(a, (max(2, round(w / f)), max(2, round(h / f))), Image.Resampling.BOX)
    return _resize(_binomial(small, 2), (w, h))


class Canvas:
    """The pixel grid and the seeded noise sources of one person's pictures."""

    def __init__(self, seed: int, size: tuple[int, int] = SIZE):
        self.w, self.h = size
        self.rng = np.random.default_rng(seed)
        ys, xs = np.mgrid[0 : self.h, 0 : self.w].astype(np.float32)
        self.x, self.y = xs, ys
        # Normalised coordinates: u across (-1..1), v down (-1.25..1.25 for a portrait frame).
        scale = self.w / 2
        self.u = (xs - self.w / 2) / scale
        self.v = (ys - self.h / 2) / scale
        # The person's skin, made once and shared by the before and the after (see skin_albedo, skin_relief).
        self.blotch: np.ndarray | None = None
        self.relief: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.wall: np.ndarray | None = None  # the unevenness of the light on the wall behind

    def _grid(self, cw: int, ch: int) -> np.ndarray:
        return self.rng.standard_normal((ch, cw)).astype(np.float32)

    def noise(self, cells: float, aspect: float = 1.0) -> np.ndarray:
        """Smooth value noise (unit variance) with about `cells` features across the width (stretched down by aspect)."""
        return self.fbm(cells, octaves=1, aspect=aspect)

    def fbm(self, cells: float, octaves: int = 4, gain: float = 0.5, aspect: float = 1.0) -> np.ndarray:
        """Octaves of value noise, summed at their own resolutions and enlarged once (unit variance)."""
        cw = max(2, round(cells))
        ch = max(2, round(cells * self.h / self.w / aspect))
        total = self._grid(cw, ch)
        for octave in range(1, octaves):
            cw, ch = cw * 2, ch * 2
            total = _resize(total, (cw, ch)) + self._grid(cw, ch) * gain**octave
        out = _resize(total, (self.w, self.h))
        return out / (float(out.std()) + 1e-6)

    def speckle(self, density: float, sigma: float) -> np.ndarray:
        """Small round dots (pores, follicles) at random places, 0..~1."""
        dots = (self.rng.random((self.h, self.w)) < density).astype(np.float32)
        out = blur(dots, sigma)
        return out / (out.max() + 1e-6)

    def strokes(self, lines, width: float = 1.0, supersample: int = 3) -> np.ndarray:
        """Coverage (0..1) of anti-aliased polylines [(points, width_factor, opacity)], drawn at a higher scale."""
        s = supersample
        img = Image.new("L", (self.w * s, self.h * s), 0)
        draw = ImageDraw.Draw(img)
        for points, factor, opacity in lines:
            pts = [(px * s, py * s) for px, py in points]
            draw.line(pts, fill=int(255 * opacity), width=max(1, round(width * factor * s)), joint="curve")
        small = img.resize((self.w, self.h), Image.Resampling.BOX)
        return np.asarray(small, dtype=np.float32) / 255.0


def _smoothstep(e0: float, e1: float, x: np.ndarray) -> np.ndarray:
    t = np.clip((x - e0) / (e1 - e0), 0.0, 1.0)
    return t * t * (3 - 2 * t)


@dataclass
class Scene:
    """What a renderer fills in: the surface, its colour and what is not skin."""

    height: np.ndarray  # in pixels of relief
    albedo: np.ndarray  # linear RGB, h x w x 3
    skin: np.ndarray  # 0..1 coverage of the subject (the rest is background)
    oil: np.ndarray  # 0..1 strength of the specular sheen
    focus: np.ndarray  # 0 in focus .. 1 most blurred
    overlay: list  # [(coverage, linear rgb, shaded)] painted over the skin (hair, lashes, fabric, ink)


@dataclass
class Person:
    """Who is photographed and how: the same in a pair's before and after."""

    tone: tuple[int, int, int]
    backdrop: tuple[int, int, int]
    age: float  # 0 young .. 1 older
    light: tuple[float, float, float]  # direction towards the key light
    warmth: float  # white balance: -1 cool .. 1 warm
    hair: tuple[int, int, int]


HAIR_COLOURS = [(38, 28, 22), (70, 48, 32), (24, 20, 20), (118, 84, 52), (150, 118, 80), (96, 70, 52)]


def person_for(seed: int, tone: int | None = None) -> Person:
    """The person and the photo's conditions for a seed; `tone` picks the skin tone (index into SKIN_TONES)."""
    rng = np.random.default_rng(seed ^ 0x5EED)
    t = SKIN_TONES[int(rng.integers(len(SKIN_TONES))) if tone is None else tone % len(SKIN_TONES)]
    lx = float(rng.uniform(-0.7, -0.25)) * (1 if rng.random() < 0.7 else -1)
    dark = sum(t) < 400
    hair = HAIR_COLOURS[int(rng.integers(3 if dark else len(HAIR_COLOURS)))]
    return Person(
        tone=t,
        backdrop=BACKDROPS[int(rng.integers(len(BACKDROPS)))],
        age=float(rng.uniform(0.2, 0.9)),
        light=(lx, float(rng.uniform(-0.7, -0.4)), 0.8),
        warmth=float(rng.uniform(-0.4, 0.6)),
        hair=hair,
    )


# Skin ---------------------------------------------------------------------------------------------------


def skin_albedo(cv: Canvas, person: Person, *, redness: np.ndarray | float = 0.0, pigment: np.ndarray | float = 0.0):
    """The skin's colour map: the tone with blotches, a red flush where `redness` says and brown where `pigment` does."""
    if cv.blotch is None:
        cv.blotch = cv.fbm(3, octaves=3) * 0.035 + cv.fbm(24, octaves=2) * 0.018
    blotch = cv.blotch
    base = _to_linear(person.tone)
    albedo = np.empty((cv.h, cv.w, 3), np.float32)
    red = np.asarray(redness, np.float32)
    brown = np.asarray(pigment, np.float32)
    # Haemoglobin takes green and blue away; melanin darkens everything, blue most.
    for i, (r_loss, b_loss) in enumerate(((0.0, 0.30), (0.34, 0.42), (0.30, 0.55))):
        albedo[..., i] = base[i] * (1 + blotch * (1.0 + 0.4 * i)) * (1 - r_loss * red) * (1 - b_loss * brown)
    return albedo


def skin_relief(cv: Canvas, person: Person, *, pores: float = 1.0, furrows: float = 1.0) -> np.ndarray:
    """Skin's micro-relief in pixels (about 6 px to the millimetre): pores, the criss-cross of fine
    furrows and a soft unevenness. Computed once per canvas."""
    if cv.relief is None:
        pits = cv.speckle(0.02, 0.6)
        cross = np.abs(cv.noise(90, aspect=0.4)) + np.abs(cv.noise(90, aspect=2.5))
        network = np.exp(-cross * 5)
        grain = cv.noise(200) * 0.12
        soft = cv.fbm(10, octaves=3) * 1.2
        cv.relief = (pits, -network * (0.25 + 0.25 * person.age), grain + soft)
    pits, lines, rest = cv.relief
    return rest + lines * furrows - pits * 0.7 * pores


# Lighting and camera ------------------------------------------------------------------------------------


def render(cv: Canvas, person: Person, scene: Scene) -> Image.Image:
    """Light the scene and photograph it. (Colour is worked on one plane at a time: contiguous planes
    are several times faster to compute on than the interleaved channels of an h x w x 3 array.)"""
    h = scene.height
    gy, gx = np.gradient(h)
    inv = 1 / np.sqrt(gx * gx + gy * gy + 1.0)  # the normal is (-gx, -gy, 1) * inv
    lx, ly, lz = person.light
    ll = math.sqrt(lx * lx + ly * ly + lz * lz)
    lx, ly, lz = lx / ll, ly / ll, lz / ll
    ndl = (lz - gx * lx - gy * ly) * inv
    wrap = 0.45
    diffuse = np.clip((ndl + wrap) / (1 + wrap), 0, 1)
    cavity = np.clip(blur(h, 3) - h, 0, None)
    occlusion = np.clip(1 - cavity * 0.12, 0.45, 1)
    fill = 0.22
    light = (diffuse * (1 - fill) + fill) * occlusion
    # Light travels under the skin: red spreads furthest, blue least. (Blurred once, in 8 bits: the
    # steps are below what the final 8-bit image can show, and Pillow's blur is many times faster.)
    light8 = Image.fromarray((np.clip(light, 0, 1) * 255 + 0.5).astype(np.uint8), "L")
    spread = np.asarray(light8.filter(ImageFilter.GaussianBlur(3.0)), dtype=np.float32) * (1 / 255)
    hx, hy, hz = lx, ly, lz + 1
    hl = math.sqrt(hx * hx + hy * hy + hz * hz)
    ndh = np.clip((hz - gx * hx - gy * hy) * (inv / hl), 0, 1)
    # Powers by squaring: ndh**24 and ndh**80, a broad sheen and a tighter glint.
    p2 = ndh * ndh
    p4 = p2 * p2
    p8 = p4 * p4
    p16 = p8 * p8
    p64 = p16 * p16 * p16 * p16
    spec = ((p16 * p8) * 0.08 + (p64 * p16) * 0.09) * scene.oil * occlusion

    if cv.wall is None:
        cv.wall = 1 + cv.fbm(2, octaves=2) * 0.05 - 0.12 * cv.v
    backdrop = _to_linear(person.backdrop)
    skin = scene.skin
    bare = 1 - skin
    overlays = [(coverage, np.asarray(rgb, np.float32), shade) for coverage, rgb, shade in scene.overlay]
    lit_by = light * 0.9 + 0.1 if any(shade for _c, _r, shade in overlays) else None
    planes = []
    for i, (through, gloss) in enumerate(((spread, 1.0), (0.5 * (spread + light), 0.97), (light, 0.93))):
        plane = np.ascontiguousarray(scene.albedo[..., i]) * through * 1.08 + spec * gloss
        for coverage, tint, shade in overlays:
            colour = tint[i] if tint.ndim == 1 else tint[..., i]
            lit = colour * lit_by if shade else colour
            plane = plane * (1 - coverage) + lit * coverage
        # Background: a wall out of focus, lit a little unevenly.
        planes.append(plane * skin + cv.wall * (backdrop[i] * bare))
    return camera(cv, person, planes, scene.focus)


@functools.cache
def _srgb_table() -> np.ndarray:
    """Linear light (4,096 steps) to 8-bit sRGB: a table, since the exact formula costs a power per value."""
    return np.round(_to_srgb(np.linspace(0, 1, 4096, dtype=np.float32)) * 255).astype(np.int16)


def camera(cv: Canvas, person: Person, planes: list[np.ndarray], focus: np.ndarray) -> Image.Image:
    """White balance, vignette, sensor noise, depth of field and a phone's sharpening."""
    balance = (1 + 0.05 * person.warmth, 1.0, 1 - 0.07 * person.warmth)
    vignette = (1 - 0.22 * np.clip(cv.u**2 * 0.6 + (cv.v / 1.25) ** 2 * 0.6, 0, 1)) * (1.05 * 4095)
    table = _srgb_table()
    # Sensor noise, stronger in the shadows, the same in the three channels (brightness noise).
    green = np.take(table, np.clip(planes[1] * (balance[1] * vignette), 0, 4095).astype(np.int16))
    amount = 2.5 + 4.6 * (1 - green * (1 / 255))
    noise = np.rint(cv.rng.standard_normal((cv.h, cv.w), dtype=np.float32) * amount).astype(np.int16)
    channels = []
    for i, plane in enumerate(planes):
        value = green if i == 1 else np.take(table, np.clip(plane * (balance[i] * vignette), 0, 4095).astype(np.int16))
        channels.append(Image.fromarray(np.clip(value + noise, 0, 255).astype(np.uint8), "L"))
    img = Image.merge("RGB", channels)
    # A phone's sharpening, then what lies off the focal plane taken from a softened copy.
    sharp = img.filter(_SHARPEN)
    if float(focus.max()) < 0.02:
        return sharp
    soft = img.reduce(3).resize(img.size, Image.Resampling.BICUBIC)
    mask = Image.fromarray((np.clip(focus, 0, 1) * 255).astype(np.uint8), "L")
    return Image.composite(soft, sharp, mask)


_SHARPEN = ImageFilter.Kernel((3, 3), [0, -1, 0, -1, 10, -1, 0, -1, 0], scale=6)


def jpeg(img: Image.Image, quality: int = 86) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, subsampling=2)
    return out.getvalue()


# Areas --------------------------------------------------------------------------------------------------

AREAS: dict[str, Callable] = {}


def area(name: str):
    def register(fn):
        AREAS[name] = fn
        return fn

    return register


def _hair_strands(cv: Canvas, rng: np.random.Generator, region: Callable, count: int, *, direction, length, width):
    """Strands of hair growing in `region(x, y)` towards `direction(x, y)` (radians), with a little curl."""
    lines = []
    for _ in range(count):
        x0, y0 = float(rng.uniform(0, cv.w)), float(rng.uniform(0, cv.h))
        if not region(x0, y0):
            continue
        angle = direction(x0, y0) + float(rng.normal(0, 0.12))
        curl = float(rng.normal(0, 0.02))
        n = float(length * rng.uniform(0.6, 1.2))
        pts, x, y = [(x0, y0)], x0, y0
        for _step in range(5):
            x += math.cos(angle) * n / 5
            y += math.sin(angle) * n / 5
            angle += curl * 5
            pts.append((x, y))
        lines.append((pts, float(rng.uniform(0.7, 1.3)), float(rng.uniform(0.5, 1.0))))
    return cv.strokes(lines, width=width)


def _depth_focus(base: np.ndarray, near: float, far: float) -> np.ndarray:
    """How out of focus each pixel is, from how far its surface lies behind the nearest point."""
    depth = float(base.max()) - base
    return _smoothstep(near, far, depth)


def _blobs(cv: Canvas, rng: np.random.Generator, count: int, box, radius, *, ragged: float = 0.35) -> np.ndarray:
    """Irregular soft-edged patches (sun spots, marks), each of its own strength, in u/v box (u0, u1, v0, v1)."""
    out = np.zeros((cv.h, cv.w), np.float32)
    wobble = cv.noise(28) * ragged
    for _ in range(count):
        cu, cv_ = rng.uniform(box[0], box[1]), rng.uniform(box[2], box[3])
        r = rng.uniform(*radius)
        x0, x1 = int(max(0, (cu - 3 * r + 1) * cv.w / 2)), int(min(cv.w, (cu + 3 * r + 1) * cv.w / 2 + 1))
        y0 = int(max(0, cv_ * cv.w / 2 + cv.h / 2 - 3 * r * cv.w / 2))
        y1 = int(min(cv.h, cv_ * cv.w / 2 + cv.h / 2 + 3 * r * cv.w / 2 + 1))
        if x1 <= x0 or y1 <= y0:
            continue
        du = (cv.u[y0:y1, x0:x1] - cu) / r
        dv = (cv.v[y0:y1, x0:x1] - cv_) / (r * rng.uniform(0.7, 1.3))
        d = np.sqrt(du * du + dv * dv) * (1 + wobble[y0:y1, x0:x1])
        out[y0:y1, x0:x1] += _smoothstep(1.0, 0.55, d) * rng.uniform(0.35, 1.0)
    return np.clip(out, 0, 1.2)


@area("cheek")
def cheek(cv: Canvas, person: Person, problem: str = "spots"):
    """The cheek in three-quarter view: the side of the face against the wall on the right, the
    nasolabial fold at lower left, a sideburn at the top right. `problem`: "spots" (sun spots,
    melasma, redness and fine vessels) or "scars" (rolling, boxcar and ice-pick acne scars, red marks)."""
    rng = cv.rng
    u, v = cv.u, cv.v
    edge = 0.74 - 0.12 * (v - 0.05) ** 2 + cv.noise(3) * 0.008
    inside = edge - u
    skin = _smoothstep(-0.003, 0.003, inside)
    dome = 170 * np.exp(-(((u + 0.3) / 1.1) ** 2) - ((v + 0.1) / 1.5) ** 2)
    turn = -150 * (1 - _smoothstep(0.0, 0.5, inside)) ** 2
    malar = 28 * np.exp(-(((v - (-0.5 + 0.18 * u)) / 0.3) ** 2)) * _smoothstep(0.8, -0.2, u)
    # The nasolabial fold at the lower left, the upper lip's skin beyond it.
    fold_x = -0.62 + 0.16 * (v + 0.2) + 0.08 * (v + 0.2) ** 2
    fold_d = u - fold_x
    lower = _smoothstep(-0.3, 0.3, v)
    fold = (-10 * np.exp(-((fold_d / 0.07) ** 2)) + 7 * np.exp(-(((fold_d - 0.12) / 0.1) ** 2))) * lower
    lip_side = -20 * _smoothstep(0.0, -0.4, fold_d) * lower
    base = dome + turn + malar + fold + lip_side
    relief = skin_relief(cv, person)
    hair_zone = _smoothstep(0.30, 0.5, u) * _smoothstep(-0.55, -1.0, v) * skin
    hair = _hair_strands(
        cv,
        rng,
        lambda x, y: hair_zone[min(cv.h - 1, int(y)), min(cv.w - 1, int(x))] > 0.2,
        2600,
        direction=lambda x, y: math.pi / 2 + 0.3,
        length=60,
        width=1.0,
    )
    hair = np.clip(hair * 1.4, 0, 1) * _smoothstep(0.05, 0.5, hair_zone)
    face = (-0.75, 0.6, -1.0, 1.2)
    if problem == "spots":
        spots = blur(_blobs(cv, rng, 14, face, (0.03, 0.07), ragged=0.45), 2.5) * 0.8
        spots += _blobs(cv, rng, 60, face, (0.006, 0.014)) * 0.5
        melasma = np.clip(cv.fbm(5, 4) * 0.8 + 0.2, 0, 1) * _smoothstep(0.3, -0.4, v + 0.3 * u) * skin
        flush = np.clip(cv.fbm(3, 3) * 0.4 + 0.6, 0, 1) * np.exp(-(((u + 0.05) / 0.55) ** 2) - ((v - 0.15) / 0.6) ** 2)
        vessels = _hair_strands(
            cv,
            rng,
            lambda x, y: (x / cv.w - 0.45) ** 2 / 0.09 + (y / cv.h - 0.55) ** 2 / 0.05 < 1,
            90,
            direction=lambda x, y: float(rng.uniform(0, 2 * math.pi)),
            length=28,
            width=0.7,
        )
        scars = marks = np.zeros_like(u)
    else:
        spots = melasma = vessels = np.zeros_like(u)
        flush = np.clip(cv.fbm(3, 3) * 0.3 + 0.3, 0, 1) * 0.6
        rolling = _blobs(cv, rng, 30, (-0.45, 0.55, -0.3, 1.1), (0.04, 0.09), ragged=0.25)
        boxcar = _blobs(cv, rng, 22, (-0.45, 0.55, -0.3, 1.1), (0.012, 0.025), ragged=0.15)
        pick = cv.speckle(0.00025, 1.0) * _smoothstep(-0.4, -0.1, v)
        scars = blur(rolling, 6) * 7 + blur(boxcar, 1.0) * 4 + pick * 6
        marks = _blobs(cv, rng, 40, (-0.45, 0.55, -0.3, 1.1), (0.01, 0.03))

    focus = _depth_focus(base, 90, 220) * 0.8
    oil = (0.55 + 0.45 * _smoothstep(0.4, -0.6, v)) * (1 - hair)

    def scene_at(strength: float) -> Scene:
        height = base + relief * (1 + 0.6 * strength * (problem == "scars")) - scars * strength
        redness = 0.10 + flush * (0.2 + 0.5 * strength) + vessels * 0.8 * strength + marks * 0.7 * strength
        pigment = spots * (0.12 + 0.75 * strength) + melasma * 0.32 * strength + marks * 0.15 * strength
        albedo = skin_albedo(cv, person, redness=np.clip(redness, 0, 1), pigment=np.clip(pigment, 0, 1))
        return Scene(height, albedo, skin, oil, focus, [(hair, _to_linear(person.hair), True)])

    return scene_at


def _grooves(cv: Canvas, rng: np.random.Generator, paths, *, width: float, depth: float) -> np.ndarray:
    """Wrinkles: grooves along paths [(v_of_u array, u0, u1, strength)], each faded in and out along its
    length and broken here and there, with the skin bunched up a little on either side."""
    out = np.zeros((cv.h, cv.w), np.float32)
    u_row = cv.u[0]
    for v_path, u0, u1, strength in paths:
        y_path = v_path * cv.w / 2 + cv.h / 2
        along = _smoothstep(u0, u0 + 0.15, u_row) * _smoothstep(u1, u1 - 0.15, u_row)
        breaks = np.clip(0.6 + 0.8 * _resize(rng.standard_normal((1, 9)).astype(np.float32), (cv.w, 1))[0], 0, 1)
        amount = along * breaks * strength
        w = width * (0.7 + 0.6 * amount)
        y0, y1 = int(max(0, y_path.min() - 4 * width * 2)), int(min(cv.h, y_path.max() + 4 * width * 2 + 1))
        if y1 <= y0:
            continue
        d = (cv.y[y0:y1] - y_path[None, :]) / w[None, :]
        out[y0:y1] += (np.exp(-d * d) - 0.25 * np.exp(-d * d / 6)) * (amount * depth)[None, :]
    return out


def _brow(cv: Canvas, rng: np.random.Generator, side: int, *, u_in: float = 0.14, v_at: float = 0.5, span=0.8):
    """One eyebrow of short strands following its arch (side -1 left, 1 right), as coverage 0..1."""
    n = 1500
    t = rng.random(n) ** 0.85  # 0 at the inner end, 1 at the tail
    offset = rng.normal(0, 0.32, n)
    jitter, length, width, opacity = (
        rng.normal(0, 0.2, n),
        rng.uniform(12, 24, n),
        rng.uniform(0.6, 1.2, n),
        rng.uniform(0.4, 0.85, n),
    )
    cu = side * (u_in + span * t)
    arch = v_at - 0.09 * np.sin(np.pi * np.minimum(1.0, t * 1.3)) + 0.05 * t
    thick = 0.14 * (1 - t) ** 0.8 + 0.035
    # Inner hairs grow upwards, the rest along the arch towards the tail, lying flatter.
    along = (0.0 if side > 0 else math.pi) - 0.2 * side + 0.35 * side * t
    mix = np.minimum(1.0, t * 3.5)
    angle = (-math.pi / 2 + 0.3 * side) * (1 - mix) + along * mix + jitter
    step = length * (1 - 0.35 * t) / 3
    x, y = (cu + 1) * cv.w / 2, (arch + offset * thick) * cv.w / 2 + cv.h / 2
    points = [(x, y)]
    for k in range(1, 4):
        a = angle + 0.3 * side * k / 3
        x, y = x + np.cos(a) * step, y + np.sin(a) * step
        points.append((x, y))
    keep = np.abs(offset) <= 0.55
    lines = [
        ([(float(px[j]), float(py[j])) for px, py in points], float(width[j]), float(opacity[j]))
        for j in np.flatnonzero(keep)
    ]
    return cv.strokes(lines, width=1.1, supersample=2)


@area("forehead")
def forehead(cv: Canvas, person: Person, problem: str = "lines"):
    """The forehead close up, from below the hairline down to the brows and the top of the nose:
    horizontal lines and the two vertical frown lines between the brows."""
    rng = cv.rng
    u, v = cv.u, cv.v
    skin = np.ones_like(u)
    vs = v - 0.98  # where the brows' inner ends sit
    base = 320 * np.exp(-((u / 1.25) ** 2)) - 30 * (v + 1.25) ** 2
    ridge = 22 * np.exp(-(((vs + 0.05 * np.abs(u)) / 0.2) ** 2)) * (1 - 0.5 * np.exp(-((u / 0.12) ** 2)))
    sockets = -110 * _smoothstep(0.1, 0.6, vs) * np.exp(-(((np.abs(u) - 0.55) / 0.35) ** 2))
    bridge = 50 * np.exp(-((u / 0.17) ** 2)) * _smoothstep(0.2, 0.6, vs)
    base = base + ridge + sockets + bridge
    relief = skin_relief(cv, person)

    paths = []
    count = int(rng.integers(4, 7))
    for i in range(count):
        v0 = -0.95 + i * 1.45 / count + float(rng.normal(0, 0.03))
        wave = _resize(rng.standard_normal((1, 6)).astype(np.float32), (cv.w, 1))[0] * 0.02
        path = v0 + 0.08 * cv.u[0] ** 2 + wave
        paths.append((path, float(rng.uniform(-1.2, -0.6)), float(rng.uniform(0.6, 1.2)), float(rng.uniform(0.5, 1))))
    fine = []
    for _ in range(6):
        v0 = float(rng.uniform(-1.1, 0.6))
        wave = _resize(rng.standard_normal((1, 8)).astype(np.float32), (cv.w, 1))[0] * 0.015
        u0 = float(rng.uniform(-1.0, 0.4))
        fine.append((v0 + 0.08 * cv.u[0] ** 2 + wave, u0, u0 + float(rng.uniform(0.3, 0.8)), 0.5))
    lines = blur(_grooves(cv, rng, paths, width=6.0, depth=7.5) + _grooves(cv, rng, fine, width=2.2, depth=2.5), 2.2)
    # The "11s" between the brows.
    frown = np.zeros_like(u)
    for side in (-1, 1):
        x = side * (0.085 + float(rng.uniform(0, 0.03))) - 0.06 * side * vs
        d = (u - x) / 0.026
        frown += (
            (np.exp(-d * d) - 0.3 * np.exp(-d * d / 5)) * _smoothstep(-0.45, -0.25, vs) * _smoothstep(0.1, -0.05, vs)
        )
    frown = blur(frown, 2.0) * 7
    brows = np.clip(_brow(cv, rng, -1, v_at=1.02) + _brow(cv, rng, 1, v_at=1.02), 0, 1)
    brows = blur(brows, 0.6) * 0.9
    focus = _depth_focus(base, 120, 300) * 0.8
    oil = 0.85 * (1 - brows)
    brow_rgb = _to_linear(person.hair) * 0.7

    def scene_at(strength: float) -> Scene:
        height = base + relief - lines * (0.12 + 0.88 * strength) - frown * (0.1 + 0.9 * strength)
        redness = 0.1 + 0.25 * np.exp(-((u / 0.3) ** 2)) * _smoothstep(-0.3, 0.1, vs)
        albedo = skin_albedo(cv, person, redness=redness, pigment=0.08 * _smoothstep(0.0, -1.5, v))
        return Scene(height, albedo, skin, oil, focus, [(brows, brow_rgb, True)])

    return scene_at


LIP_TINT = np.array([0.74, 0.36, 0.42], np.float32)


@area("lips")
def lips(cv: Canvas, person: Person, problem: str = "volume"):
    """The mouth, closed and relaxed, from under the nose to the chin. `problem`: "volume" (thin lips
    that the filler restores) or "lines" (the vertical lines around the mouth that resurfacing softens)."""
    rng = cv.rng
    u, v = cv.u, cv.v
    skin = np.ones_like(u)
    half = 0.82 + float(rng.uniform(-0.04, 0.04))
    t = np.clip(u / half, -1.2, 1.2)
    inside = _smoothstep(1.02, 0.96, np.abs(t))
    profile = np.clip(1 - np.abs(t) ** 2.4, 0, 1) ** 0.6
    stomion = 0.2 + 0.06 * t**2 + 0.012 * np.exp(-((t / 0.25) ** 2)) + cv.noise(4) * 0.004
    bow = 1 + 0.16 * np.exp(-(((np.abs(t) - 0.24) / 0.12) ** 2)) - 0.16 * np.exp(-((t / 0.09) ** 2))
    # The lower face is a rounded block: it turns away on both sides and below the chin's fold.
    face = 190 * np.exp(-((u / 1.15) ** 2)) - 40 * np.maximum(0, -(v + 0.2)) ** 2
    face = face + 70 * np.exp(-((u / 0.95) ** 2) - ((v - 0.2) / 0.9) ** 2)
    # Philtral columns rising from the peaks of the bow towards the nose, the dimple between them.
    col_x = 0.15 * half / 0.64 - 0.04 * (0.0 - v)
    philtrum = (
        4
        * (np.exp(-(((np.abs(u) - col_x) / 0.06) ** 2)) - 0.6 * np.exp(-((u / 0.08) ** 2)))
        * _smoothstep(-1.0, -0.4, v)
        * _smoothstep(0.1, -0.2, v)
    )
    labiomental = -26 * np.exp(-(((v - 0.72) / 0.12) ** 2)) * np.exp(-((u / 0.9) ** 2))
    chin = 40 * np.exp(-(((v - 1.25) / 0.35) ** 2) - (u / 0.7) ** 2)
    cheeks = -35 * _smoothstep(0.55, 1.0, np.abs(u))
    base_face = face + philtrum + labiomental + chin + cheeks
    relief = skin_relief(cv, person)
    lip_lines = np.abs(cv.noise(90, aspect=0.12)) * 0.6 + np.abs(cv.noise(45, aspect=0.15)) * 0.4
    lip_lines = blur(np.exp(-lip_lines * 4), 0.7)
    perioral = []
    for _ in range(14 if problem == "lines" else 6):
        x = float(rng.uniform(-0.55, 0.55))
        top = float(rng.uniform(-0.5, -0.15))
        perioral.append((x, top, float(rng.uniform(0.4, 1.0))))
    lower_lines = [
        (float(rng.uniform(-0.5, 0.5)), float(rng.uniform(0.62, 0.85)), float(rng.uniform(0.3, 0.8))) for _ in range(6)
    ]
    # Vertical lines above the upper lip and below the lower one (their ends at the lips come later).
    lines_above = np.zeros_like(u)
    for x, top, power in perioral:
        x_here = x * (1 + 0.2 * (v - top))
        lines_above += np.exp(-(((u - x_here) / 0.018) ** 2)) * _smoothstep(top, top + 0.08, v) * power
    lines_below = np.zeros_like(u)
    for x, top, power in lower_lines:
        lines_below += np.exp(-(((u - x) / 0.008) ** 2)) * _smoothstep(top + 0.1, top, v) * power * 0.6
    tone_dark = 1 - sum(person.tone) / 765
    lip_rgb = _to_linear(person.tone) * LIP_TINT * (1 - 0.25 * tone_dark)

    def scene_at(strength: float) -> Scene:
        full = 1 - strength if problem == "volume" else 0.6
        h_up = (0.17 + 0.08 * full) * profile * bow
        h_lo = (0.23 + 0.09 * full) * profile**1.3
        border_up = stomion - h_up
        border_lo = stomion + h_lo
        d_up = (v - border_up) / np.maximum(h_up, 1e-3)  # 0 at the border, 1 at the stomion
        d_lo = (border_lo - v) / np.maximum(h_lo, 1e-3)  # 0 at the border, 1 at the stomion
        px = 2 / cv.w
        upper = _smoothstep(-2 * px, 2 * px, v - border_up) * _smoothstep(px, -px, v - stomion) * inside
        lower = _smoothstep(-3 * px, 3 * px, border_lo - v) * _smoothstep(px, -px, stomion - v) * inside
        lip = np.clip(upper + lower, 0, 1)
        rise_up = _smoothstep(0.0, 0.3, d_up) * (1 - 0.75 * _smoothstep(0.3, 1.0, d_up))
        rise_lo = _smoothstep(0.0, 0.55, d_lo) * (1 - 0.6 * _smoothstep(0.55, 1.0, d_lo))
        pout_up = (16 + 10 * full) * rise_up * profile**0.5
        pout_lo = (30 + 18 * full) * rise_lo * profile**0.5
        slit = np.exp(-(((v - stomion) / (0.006 + 0.008 * profile)) ** 2)) * _smoothstep(1.03, 0.85, np.abs(t))
        height = base_face + relief * (1 - 0.6 * lip) + blur(upper * pout_up + lower * pout_lo, 1.5) - slit * 10
        # The corners of the mouth sink in a little.
        corner_v = 0.2 + 0.06 * (1.0 / 1.0) ** 2
        corners = np.exp(-(((np.abs(u) - half * 0.98) / 0.05) ** 2) - ((v - corner_v) / 0.04) ** 2)
        height = height - corners * 9
        # The white roll: the border stands a little proud.
        roll = np.exp(-(((v - border_up) / 0.012) ** 2)) * inside * profile
        height = height + roll * 4
        height = height - lip * lip_lines * (1.2 + 1.8 * strength)
        # The lines stop at the lips' borders, wherever the filler has put them.
        grooves = lines_above * _smoothstep(0.0, -0.04, v - border_up)
        grooves += lines_below * _smoothstep(border_lo + 0.02, border_lo + 0.06, v)
        line_depth = (4.5 if problem == "lines" else 2.0) * (0.15 + 0.85 * strength)
        height = height - blur(grooves, 2.0) * line_depth
        albedo = skin_albedo(cv, person, redness=0.18 + 0.2 * np.exp(-(((v - 0.9) / 0.3) ** 2)))
        lip_colour = lip_rgb[None, None, :] * (1 + cv.blotch[..., None] * 1.5 - 0.12 * lip_lines[..., None])
        lip_colour = lip_colour * (1 - 0.35 * (1 - np.clip(d_lo * 1.4, 0, 1)) * lower)[..., None]
        lip_colour = lip_colour * (1 - 0.25 * (1 - np.clip(d_up * 1.6, 0, 1)) * upper)[..., None]
        tint = blur(lip, 1.5)
        albedo = albedo * (1 - tint[..., None]) + lip_colour * tint[..., None]
        albedo = albedo * (1 - 0.8 * slit)[..., None] * (1 - 0.5 * corners)[..., None]
        oil = 0.3 + 0.4 * lip
        focus = np.clip(_smoothstep(0.7, 1.2, np.abs(v - 0.1)) + _smoothstep(0.8, 1.0, np.abs(u)) * 0.5, 0, 0.8)
        return Scene(height, albedo, skin, oil, focus, [])

    return scene_at


def _spline(points, steps: int = 12):
    """A Catmull-Rom curve through points [(x, y)], for smooth outlines."""
    pts = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
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
    out.append(points[-1])
    return out


def _fill(cv: Canvas, outline_uv, supersample: int = 3) -> np.ndarray:
    """Coverage (0..1) of a polygon given in u/v coordinates, anti-aliased."""
    s = supersample
    img = Image.new("L", (cv.w * s, cv.h * s), 0)
    pts = [((pu + 1) * cv.w / 2 * s, (pv * cv.w / 2 + cv.h / 2) * s) for pu, pv in outline_uv]
    ImageDraw.Draw(img).polygon(pts, fill=255)
    return np.asarray(img.resize((cv.w, cv.h), Image.Resampling.BOX), dtype=np.float32) / 255.0


@area("jawline")
def jawline(cv: Canvas, person: Person, problem: str = "chin"):
    """The lower face in profile, facing left: lips, chin, the jaw's line and the neck against the wall.
    The "before" has a receding chin, a soft jaw and fullness under the chin; the "after" a chin
    brought forward and a cleaner angle between chin and neck."""
    rng = cv.rng
    u, v = cv.u, cv.v
    relief = skin_relief(cv, person)
    jitter = [float(x) for x in rng.normal(0, 0.01, 12)]

    def outline(strength: float):
        chin = -0.50 - 0.09 * (1 - strength)
        sag = 0.12 * strength
        front = [
            (-0.55, -1.35),
            (-0.57 + jitter[0], -1.1),
            (-0.63 + jitter[1], -0.95),  # upper lip
            (-0.58, -0.84),  # where the lips meet
            (-0.61 + jitter[2], -0.72),  # lower lip
            (-0.52 + jitter[3], -0.54),  # the fold above the chin
            (chin + jitter[4], -0.3),  # the chin's point
            (chin + 0.05 + 0.04 * (1 - strength), -0.15),
            (-0.36, -0.06 + sag * 0.3),  # under the chin
            (-0.18, 0.02 + sag * 0.9),
            (-0.04, 0.14 + sag * 0.8),  # the angle between chin and neck
            (0.04, 0.4),
            (0.08, 0.9),
            (0.1, 1.4),
        ]
        return [*_spline(front), (1.2, 1.4), (1.2, -1.35)]

    def scene_at(strength: float) -> Scene:
        skin = _fill(cv, outline(strength))
        rounded = blur(skin, 28)
        height = 150 * np.sqrt(np.clip(rounded, 0, 1))
        # The jaw: from the chin up and back towards the ear; below it the neck lies further back.
        jaw_v = -0.12 - 0.42 * _smoothstep(-0.5, 0.9, u) ** 1.2
        sharp = 0.04 + 0.09 * strength
        below = _smoothstep(-sharp, sharp, v - jaw_v - 0.04)
        height = height - 60 * below * _smoothstep(-0.45, -0.1, u)
        height = height + 14 * np.exp(-(((v - jaw_v) / 0.05) ** 2)) * (1 - 0.7 * strength) * _smoothstep(-0.4, 0.0, u)
        # The muscle running down the side of the neck.
        scm = np.exp(-(((u - (0.75 - 0.5 * (v + 0.2))) / 0.12) ** 2)) * _smoothstep(-0.1, 0.3, v)
        height = height + 12 * scm + relief
        lip_band = _smoothstep(-1.04, -0.98, v) * _smoothstep(-0.62, -0.68, v)
        edge_u = (np.argmax(skin > 0.5, axis=1).astype(np.float32) - cv.w / 2) / (cv.w / 2)
        depth_in = u - edge_u[:, None]
        lip = lip_band * _smoothstep(0.16, 0.08, depth_in + 0.04 * np.abs(v + 0.84) / 0.2) * skin
        height = height - 5 * np.exp(-(((v + 0.84) / 0.012) ** 2)) * _smoothstep(-0.3, -0.5, u)
        albedo = skin_albedo(cv, person, redness=0.12 + 0.15 * below)
        lip_colour = _to_linear(person.tone) * LIP_TINT * 1.1
        lip = blur(lip, 2.0) * 0.85
        albedo = albedo * (1 - lip[..., None]) + lip_colour * lip[..., None]
        focus = _smoothstep(0.3, 1.0, u) * 0.5
        return Scene(height, albedo, skin, 0.5 * np.ones_like(u), focus, [])

    return scene_at


@area("abdomen")
def abdomen(cv: Canvas, person: Person, problem: str = "tummy"):
    """The torso from the front, from under the ribs to the hips, underwear at the bottom. `problem`:
    "tummy" (a lower belly that hangs over a crease, stretch marks, the surgeon's pen marks; after, a
    flat belly and a low scar) or "flanks" (love handles that liposuction takes down)."""
    rng = cv.rng
    u, v = cv.u, cv.v
    relief = skin_relief(cv, person, pores=0.5, furrows=0.4)
    striae = []
    for _ in range(26 if problem == "tummy" else 8):
        x0, y0 = float(rng.uniform(-0.7, 0.7)), float(rng.uniform(0.25, 0.9))
        angle = float(rng.normal(0.25 * np.sign(x0), 0.2))
        length = float(rng.uniform(0.06, 0.2))
        pts = []
        for k in range(6):
            x = x0 + math.cos(angle) * length * k / 5
            y = y0 + math.sin(angle) * length * k / 5 + 0.01 * math.sin(k)
            pts.append(((x + 1) * cv.w / 2, y * cv.w / 2 + cv.h / 2))
        striae.append((pts, float(rng.uniform(2.0, 4.5)), float(rng.uniform(0.4, 0.9))))
    stretch = blur(cv.strokes(striae, width=1.0), 1.0)
    ink = []
    if problem == "tummy":
        arc = [
            ((x + 1) * cv.w / 2, (0.86 - 0.05 * math.cos(x * 2.2) + 0.03 * x * x) * cv.w / 2 + cv.h / 2)
            for x in np.linspace(-0.7, 0.7, 30)
        ]
        ink.append((arc, 3.0, 0.9))
        ink.append(([(cv.w / 2, cv.h * 0.18), (cv.w / 2 + 2, cv.h * 0.86)], 2.4, 0.8))
        for x in np.linspace(-0.6, 0.6, 7):
            px_, py_ = (x + 1) * cv.w / 2, (0.86 - 0.05 * math.cos(x * 2.2) + 0.03 * x * x) * cv.w / 2 + cv.h / 2
            ink.append(([(px_, py_ - 12), (px_ + 2, py_ + 12)], 2.2, 0.8))
    else:
        for side in (-1, 1):
            ring = []
            for a in np.linspace(0, 2 * math.pi, 24):
                ring.append(
                    (
                        (side * 0.55 + 0.16 * math.cos(a) + 1) * cv.w / 2,
                        (0.15 + 0.25 * math.sin(a)) * cv.w / 2 + cv.h / 2,
                    )
                )
            ink.append((ring, 2.6, 0.85))
    marker = blur(cv.strokes(ink, width=1.0), 0.7) if ink else np.zeros_like(u)
    fabric = cv.noise(300) * 0.02 + cv.noise(150, aspect=0.3) * 0.02
    colours = [(30, 30, 34), (40, 46, 70), (230, 228, 224), (70, 60, 62)]
    garment = _to_linear(colours[int(rng.integers(len(colours)))])

    def scene_at(strength: float) -> Scene:
        flanks = 0.10 * (0.3 + 0.7 * strength) if problem == "flanks" else 0.04
        width = 0.64 - 0.07 * np.exp(-(((v + 0.35) / 0.35) ** 2)) + flanks * np.exp(-(((v - 0.15) / 0.3) ** 2))
        width = width + 0.2 * _smoothstep(0.35, 1.25, v)
        across = np.clip(u / width, -1.5, 1.5)
        skin = _smoothstep(1.0, 0.985, np.abs(across))
        height = 260 * np.sqrt(np.clip(1 - across**2, 0, 1))
        belly = 1.0 if problem == "tummy" else 0.5
        pooch = 80 * belly * strength * np.exp(-((u / 0.55) ** 2) - ((v - 0.55) / 0.28) ** 2)
        crease_v = 0.86
        crease = -30 * belly * strength * np.exp(-(((v - crease_v) / 0.03) ** 2)) * np.exp(-((u / 0.6) ** 2))
        navel_v = 0.02 + 0.04 * (1 - strength) * (problem == "tummy")
        r = np.sqrt((u / 0.03) ** 2 + ((v - navel_v) / 0.045) ** 2)
        navel = -22 * np.exp(-(r**2)) + 6 * np.exp(-(((v - navel_v + 0.05) / 0.025) ** 2) - (u / 0.05) ** 2)
        linea = -1.5 * np.exp(-((u / 0.04) ** 2)) * _smoothstep(0.0, -0.3, v) * _smoothstep(-1.2, -0.6, v)
        ribs = 20 * _smoothstep(-0.6, -1.2, v) * np.exp(-((u / 0.5) ** 2))
        height = height + pooch + crease + navel + linea + ribs + relief - stretch * 1.5 * strength
        band_v = 1.0 + 0.04 * u**2
        garment_cover = _smoothstep(band_v - 0.005, band_v + 0.005, v) * skin
        scar = np.zeros_like(u)
        if problem == "tummy":
            scar_v = 0.9 - 0.04 * np.cos(u * 2.2) + 0.03 * u * u
            scar = np.exp(-(((v - scar_v) / 0.008) ** 2)) * _smoothstep(0.75, 0.6, np.abs(u)) * (1 - strength)
            height = height + scar * 2
        redness = 0.1 + stretch * (0.6 * strength) + scar * 0.8 + 0.1 * _smoothstep(0.3, 0.9, v)
        albedo = skin_albedo(cv, person, redness=np.clip(redness, 0, 1), pigment=0.05)
        albedo = albedo * (1 + 0.15 * stretch * strength)[..., None]
        albedo = albedo * (1 - 0.45 * np.exp(-(r**2)))[..., None]
        ink_colour = np.array([0.12, 0.04, 0.2], np.float32)
        fabric_colour = garment[None, None, :] * (1 + fabric)[..., None]
        overlay = [
            (marker * strength * (strength > 0.5) * skin, ink_colour, True),
            (garment_cover, fabric_colour, True),
        ]
        focus = _smoothstep(0.75, 1.0, np.abs(across)) * 0.6
        return Scene(height, albedo, skin, 0.3 * (1 - garment_cover), focus, overlay)

    return scene_at


def _closed_eye(cv: Canvas, rng: np.random.Generator, *, cx: float, cy: float, half: float):
    """A gently closed eye (the inner corner on the left): the height of lids and orbit, the lash
    coverage, the lid margin and the outer corner's position."""
    u, v = cv.u, cv.v
    t = (u - cx) / half  # -1 at the inner corner, 1 at the outer one
    inside = _smoothstep(1.05, 0.95, np.abs(t))
    sag = 0.075 * half / 0.5
    margin_v = cy + sag * np.sqrt(np.clip(1 - t * t, 0, 1)) + 0.03 * t
    d = v - margin_v
    socket = -45 * np.exp(-(((u - cx) / (half * 1.35)) ** 2) - ((v - cy) / (half * 0.95)) ** 2)
    ball = 40 * np.exp(-(((u - cx) / (half * 0.9)) ** 2) - ((v - cy - 0.01) / (half * 0.42)) ** 2) ** 0.8
    ball = ball + socket
    crease_v = margin_v - 0.17 * half / 0.5 - 0.03 * np.sqrt(np.clip(1 - t * t, 0, 1))
    crease = -4.5 * np.exp(-(((v - crease_v) / 0.03) ** 2)) * _smoothstep(1.1, 0.7, np.abs(t + 0.1))
    lid_line = np.exp(-((d / 0.008) ** 2)) * inside
    height = ball + crease - 4 * lid_line
    lashes = []
    for _ in range(120):
        tt = float(rng.uniform(-0.9, 0.98))
        x = cx + tt * half
        y = cy + sag * math.sqrt(max(0.0, 1 - tt * tt)) + 0.03 * tt
        length = (0.05 + 0.06 * (1 - abs(tt - 0.2))) * float(rng.uniform(0.7, 1.1)) * half / 0.5
        angle = math.pi / 2 - 0.9 * tt + float(rng.normal(0, 0.12))  # down, fanning outwards
        pts, px_, py_ = [], (x + 1) * cv.w / 2, y * cv.w / 2 + cv.h / 2
        curl = -0.35 * (1 if tt > -0.1 else -0.5)
        for k in range(5):
            pts.append((px_, py_))
            a = angle + curl * k / 4
            px_ += math.cos(a) * length * cv.w / 2 / 4
            py_ += math.sin(a) * length * cv.w / 2 / 4
        lashes.append((pts, float(rng.uniform(0.7, 1.3)), float(rng.uniform(0.35, 0.9))))
    cover = np.clip(blur(cv.strokes(lashes, width=1.2), 0.5) * 1.1 + lid_line * 0.5, 0, 1)
    return height, cover, margin_v, (cx + half, cy + 0.03)


def _eye_scene(cv: Canvas, person: Person, *, cx: float, cy: float, half: float, nose: bool):
    u, v = cv.u, cv.v
    rng = cv.rng
    height, lashes, margin_v, corner = _closed_eye(cv, rng, cx=cx, cy=cy, half=half)
    base = 140 * np.exp(-(((u - 0.2) / 1.6) ** 2)) + height
    base = base + 55 * np.exp(-(((u - cx - 0.1) / 0.8) ** 2) - ((v - cy - 0.75) / 0.55) ** 2)  # cheek
    base = base + 40 * _smoothstep(cy - 0.45, cy - 0.85, v)  # brow bone
    if nose:
        bridge = cx - half - 0.2 - 0.1 * (v - cy)
        base = base + 90 * _smoothstep(bridge + 0.1, bridge - 0.5, u)
    brow = _brow(cv, rng, 1, u_in=cx - half - 0.05, v_at=cy - 0.5 * half / 0.5 - 0.22, span=half * 2.1)
    brow = blur(brow, 0.7) * 0.9
    return base, lashes, margin_v, corner, brow


@area("under_eye")
def under_eye(cv: Canvas, person: Person, problem: str = "hollows"):
    """The eye, gently closed, and the cheek below it: the tear trough's hollow and shadow before,
    smoothed by filler after. `problem` "cheeks" also flattens the mid-cheek below."""
    u, v = cv.u, cv.v
    cx, cy, half = 0.1, -0.38, 0.56
    base, lashes, margin_v, _corner, brow = _eye_scene(cv, person, cx=cx, cy=cy, half=half, nose=True)
    relief = skin_relief(cv, person)
    # The tear trough: from below the inner corner, curving down and out along the orbit's rim.
    trough_v = margin_v + 0.2 + 0.12 * _smoothstep(cx - half, cx + half, u) - 0.05 * ((u - cx) / half) ** 2
    along = _smoothstep(cx - half - 0.15, cx - half + 0.1, u) * _smoothstep(cx + half + 0.3, cx, u)
    trough = np.exp(-(((v - trough_v) / 0.08) ** 2)) * along
    bag = np.exp(-(((v - (trough_v - 0.09)) / 0.06) ** 2)) * along
    shadow = blur(np.exp(-(((v - (trough_v - 0.05)) / 0.1) ** 2)) * along, 4)
    midface = np.exp(-(((u - cx - 0.2) / 0.5) ** 2) - ((v - cy - 0.75) / 0.3) ** 2)
    lid_skin = np.exp(-(((v - cy + 0.08) / 0.12) ** 2)) * _smoothstep(1.1, 0.8, np.abs((u - cx) / half))

    def scene_at(strength: float) -> Scene:
        height = base + relief - trough * 30 * (0.2 + 0.8 * strength) + bag * 10 * strength
        if problem == "cheeks":
            height = height - midface * 30 * strength
        redness = 0.15 + 0.1 * lid_skin
        pigment = shadow * (0.15 + 0.4 * strength) + lid_skin * 0.08
        albedo = skin_albedo(cv, person, redness=redness, pigment=np.clip(pigment, 0, 1))
        # Thin skin over the veins reads a little violet.
        albedo[..., 2] *= 1 + 0.12 * shadow * strength
        albedo[..., 1] *= 1 - 0.06 * shadow * strength
        lash_rgb = np.array([0.015, 0.012, 0.011], np.float32)
        overlay = [(lashes, lash_rgb, True), (brow, _to_linear(person.hair) * 0.8, True)]
        focus = _depth_focus(base, 90, 220) * 0.7
        return Scene(height, albedo, np.ones_like(u), 0.35 + 0.15 * lid_skin, focus, overlay)

    return scene_at


@area("crows_feet")
def crows_feet(cv: Canvas, person: Person, problem: str = "lines"):
    """The outer corner of a smiling, half-closed eye and the temple: the fan of lines before, softened after."""
    u, v = cv.u, cv.v
    rng = cv.rng
    cx, cy, half = -0.72, -0.12, 0.58
    base, lashes, _margin_v, corner, brow = _eye_scene(cv, person, cx=cx, cy=cy, half=half, nose=False)
    base = base - 140 * _smoothstep(0.1, 1.1, u) ** 1.5  # the temple turning away towards the ear
    relief = skin_relief(cv, person)
    ox, oy = corner
    strokes = []
    for _ in range(12):
        angle = float(rng.uniform(-0.65, 0.7))
        start = float(rng.uniform(0.05, 0.14))
        length = float(rng.uniform(0.25, 0.6))
        bend = float(rng.normal(0.0, 0.1)) + 0.25 * angle
        lift = float(rng.uniform(-0.09, 0.09)) + 0.12 * angle
        pts = []
        for k in range(7):
            r = start + length * k / 6
            a = angle + bend * (k / 6)
            x, y = ox + r * math.cos(a), oy + lift + r * math.sin(a)
            pts.append(((x + 1) * cv.w / 2, y * cv.w / 2 + cv.h / 2))
        width = float(rng.uniform(3.0, 4.5))
        power = float(rng.uniform(0.5, 1.0))
        strokes += [(pts[:3], width, power * 0.6), (pts[2:6], width, power), (pts[5:], width * 0.8, power * 0.5)]
    fan = cv.strokes(strokes, width=1.0)
    fan = blur(fan, 2.2)
    fade = _smoothstep(ox - 0.05, ox + 0.1, u)
    cheek_lift = np.exp(-(((u - ox - 0.1) / 0.5) ** 2) - ((v - oy - 0.35) / 0.2) ** 2)

    def scene_at(strength: float) -> Scene:
        height = base + relief - fan * fade * 8 * (0.12 + 0.88 * strength) + cheek_lift * 18
        albedo = skin_albedo(cv, person, redness=0.15, pigment=0.06)
        lash_rgb = np.array([0.015, 0.012, 0.011], np.float32)
        overlay = [(lashes, lash_rgb, True), (brow, _to_linear(person.hair) * 0.8, True)]
        focus = _depth_focus(base, 90, 220) * 0.7
        return Scene(height, albedo, np.ones_like(u), 0.55 * np.ones_like(u), focus, overlay)

    return scene_at


def case_pair(area_name: str, *, seed: int, tone: int | None = None, variant: str | None = None) -> tuple[bytes, bytes]:
    """JPEG bytes of one person's before and after photographs of an area (a key of AREAS): "forehead",
    "crows_feet", "under_eye" (variant "hollows" or "cheeks"), "cheek" ("spots" or "scars"), "lips"
    ("volume" or "lines"), "jawline" or "abdomen" ("tummy" or "flanks")."""
    cv = Canvas(seed)
    person = person_for(seed, tone)
    build = AREAS[area_name]
    scene_at = build(cv, person, variant) if variant else build(cv, person)
    before = render(cv, person, scene_at(1.0))
    after = render(cv, person, scene_at(AFTER_STRENGTH))
    return jpeg(before), jpeg(after)
