"""URLs by route name and key, without a reverse() per record.

`reverse()` costs far more than the rest of a record's serialisation, and a page
or an API response names thousands of URLs: each route is reversed once per
script prefix, with a placeholder its converter accepts, and the key is put in
the placeholder's place. The site's timeline and the API both build on this.
"""

from urllib.parse import quote

from django.urls import NoReverseMatch, get_script_prefix, reverse

KEY = "{key}"
# One a slug converter accepts, one an int converter accepts.
_PLACEHOLDERS = ("zz-placeholder-key-zz", 987654321987654321)
_patterns: dict[tuple[str, str], str] = {}
_routes: dict[tuple[str, str], str] = {}


def url_pattern(name: str) -> str:
    """'/rounds/{key}/' for 'site:round': the route with KEY where its one argument goes."""
    cache_key = (name, get_script_prefix())
    pattern = _patterns.get(cache_key)
    if pattern is None:
        for placeholder in _PLACEHOLDERS:
            try:
                url = reverse(name, args=[placeholder])
            except NoReverseMatch:
                continue
            pattern = _patterns[cache_key] = url.replace(str(placeholder), KEY)
            break
        else:
            raise NoReverseMatch(f"{name} takes neither a slug nor a number.")
    return pattern


def url_for(name: str, key) -> str:
    """reverse(name, args=[key]), from the route's cached pattern."""
    return url_pattern(name).replace(KEY, quote(str(key), safe=""))


def route(name: str) -> str:
    """reverse(name) for a route without arguments ('/' for 'site:index'), reversed once
    per script prefix: every page names a dozen of them in its header, footer and links."""
    cache_key = (name, get_script_prefix())
    url = _routes.get(cache_key)
    if url is None:
        url = _routes[cache_key] = reverse(name)
    return url
