"""Error messages joined into one: each is a sentence of its own ('Enter a date.'), so
joined with semicolons its full stop gives way ('a; b.'), never 'a.; b.'."""

from collections.abc import Iterable


def joined(messages: Iterable[str]) -> str:
    """'There is no track “x”; “z” is not a kind of item.'"""
    parts = [message.strip().removesuffix(".") for message in messages]
    return f"{'; '.join(part for part in parts if part)}." if any(parts) else ""


def joined_by_name(errors: dict[str, list[str]]) -> str:
    """'from: Enter the start date as YYYY-MM-DD; to: Enter the end date as YYYY-MM-DD.'"""
    return joined(f"{name}: {' '.join(messages)}" for name, messages in errors.items())


def listed(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 2 else parts)
