"""Policy texts: Markdown written by administrators, rendered to sanitised HTML when a version is saved.

Like questions and answers (questions/text.py), the HTML is made once at write time and stored; pages
show the stored result. Administrators are trusted more than members (headings, lists, emphasis,
links), but the output still passes through nh3 with an allow-list, so a pasted script or style
attribute never reaches a page.
"""

import re
import unicodedata

import markdown
import nh3

_ALLOWED_TAGS = {"h2", "h3", "h4", "p", "br", "ul", "ol", "li", "strong", "em", "a", "blockquote", "code", "hr"}
_ALLOWED_ATTRIBUTES = {"a": {"href"}}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_policy_text(text: str) -> str:
    """Unicode NFC, Unix newlines, no control characters (NUL included), no trailing blanks."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def render_policy(text: str) -> str:
    """Markdown to HTML limited to headings, paragraphs, lists, emphasis and links (http, https, mailto,
    and the site's own paths)."""
    html = markdown.markdown(clean_policy_text(text), output_format="html")
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
