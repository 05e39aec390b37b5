from django import template
from django.utils.translation import gettext

register = template.Library()

# Gallery cards show the two images side by side at up to ~180 CSS px each; case pages at up to
# half the container (~640 px) side by side, full width on phones.
SIZES = {
    "thumb": "(min-width: 1200px) 180px, (min-width: 768px) 22vw, 45vw",
    "case": "(min-width: 1400px) 640px, (min-width: 768px) 45vw, 92vw",
    "slider": "(min-width: 992px) 768px, 92vw",
    # A review card's thumbnail: two images of 56 px side by side; the home page's strip, 96 px each.
    "mini": "56px",
    "strip": "96px",
    # The treatments list's cards: three across from 992 px, two from 576 px, one on phones.
    "card": "(min-width: 992px) 30vw, (min-width: 576px) 45vw, 92vw",
}


@register.inclusion_tag("photos/includes/picture.html")
def photo_picture(image, *, blurred: bool, size: str = "case", alt: str = "", eager: bool = False):
    """A <picture> with WebP and JPEG srcsets, width/height set and lazy loading.

    `blurred` picks the server-side blurred derivatives: graphic images the viewer has not chosen to
    see never have their real URLs in the page.
    """
    return {
        "picture": image.picture(blurred=blurred) if image is not None else None,
        "sizes": SIZES[size],
        # Blurred images say so: a screen-reader user gets the same choice as everyone else.
        "alt": gettext("Blurred graphic photo. %(alt)s") % {"alt": alt} if blurred and alt else alt,
        "blurred": blurred,
        "eager": eager,
        "thumb": size == "thumb",
    }
