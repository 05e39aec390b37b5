"""What may be followed: each kind of topic names how to find the public pages it stands for.

The content apps above register their kind in their apps.py (`followable("question", ...)`), so this
app never imports them; treatments, below it, are registered here (follows.apps).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from follows.models import TOPIC_PATTERN


@dataclass(frozen=True)
class Target:
    """A followed page as members see it named: its title and address."""

    topic: str
    title: str
    url: str


# kind -> function(ids) -> {id: (title, url)} for the ids whose page the public may see.
_RESOLVERS: dict[str, Callable[[list[int]], dict[int, tuple[str, str]]]] = {}


def followable(kind: str, resolve: Callable[[list[int]], dict[int, tuple[str, str]]]) -> None:
    """Register a kind of followable page (called from the owning app's ready())."""
    _RESOLVERS[kind] = resolve


def parse_topic(topic: str) -> tuple[str, int] | None:
    """("question", 12) for "question:12"; None for anything that is not a followable topic."""
    match = TOPIC_PATTERN.match(topic or "")
    if match is None or match.group(1) not in _RESOLVERS:
        return None
    return match.group(1), int(match.group(2))


def targets(topics: Iterable[str]) -> dict[str, Target]:
    """The public pages behind `topics` (one query per kind): hidden or unknown ones are left out."""
    wanted: dict[str, list[int]] = {}
    for topic in topics:
        parsed = parse_topic(topic)
        if parsed is not None:
            wanted.setdefault(parsed[0], []).append(parsed[1])
    found: dict[str, Target] = {}
    for kind, ids in wanted.items():
        for object_id, (title, url) in _RESOLVERS[kind](ids).items():
            topic = f"{kind}:{object_id}"
            found[topic] = Target(topic=topic, title=title, url=url)
    return found


def target(topic: str) -> Target | None:
    """The public page behind one topic, or None."""
    return targets([topic]).get(topic)
