"""A web address's identity: the one key that every way of writing the address of one
page shares, so that a page stored once is found again under another spelling of its
address (outside tester t15a, 3: one article stored six times as six sources).

Two http(s) addresses have one key when they differ only by
- the scheme (http or https),
- the host's case, its `www.` prefix, a trailing dot, or its script (an internationalised
  host and its IDNA `xn--` form),
- the scheme's default port (80, 443), or user information before the host,
- a fragment (`#top`), an empty query (a trailing `?`), or a trailing slash,
- tracking parameters (TRACKING_PARAMETERS, any `utm_*`); the other parameters are kept
  in their order, and
- how a character is percent-encoded (`%7e` and `~`, `%d1%81` and `с`),
- dot segments in the path (`/./`, `/a/../b`), resolved as RFC 3986 resolves them, and
- `&amp;` between parameters, an address copied from a page's HTML source, read as `&`
  (re-tester t15d, 13).
Any other address (another scheme, or one that cannot be parsed) is its own key, as written.
"""

import contextlib
import hashlib
import re
from urllib.parse import SplitResult, quote, urlsplit, urlunsplit

# Query parameters that say how a reader came to a page, never which page it is: analytics
# campaign tags, ad-click and share identifiers, newsletter ids, referrer tags.
TRACKING_PARAMETERS = frozenset(
    {
        "_ga", "_gl", "_hsenc", "_hsmi", "at_campaign", "at_medium", "cmpid", "dclid",
        "fbclid", "gbraid", "gclid", "gclsrc", "igsh", "igshid", "mc_cid", "mc_eid",
        "mkt_tok", "msclkid", "ocid", "ref", "ref_src", "ref_url", "smid", "ttclid",
        "twclid", "wbraid", "xtor", "yclid", "ysclid",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_",)  # utm_source, utm_medium, utm_campaign, utm_content...

DEFAULT_PORTS = {"http": 80, "https": 443}

# What a path or a query may hold unescaped (RFC 3986: unreserved, sub-delims, ":", "@",
# "/", and "%" so that an escape already written is not escaped again).
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def url_key(url: str) -> str:
    """The identity key of `url`: the SHA-256 of its canonical form (canonical_url), or
    '' for an empty address. Stored on each source (Source.url_key) and looked up."""
    canonical = canonical_url(url)
    return hashlib.sha256(canonical.encode()).hexdigest() if canonical else ""


def canonical_url(url: str) -> str:
    """The form of `url` that every spelling of the same page's address shares (the
    module's docstring says which): `host[:port]/path[?query]`, without the scheme."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
        port = parts.port  # (raises ValueError for a port that is not a number)
    except ValueError:
        return url
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = canonical_host(parts.hostname)
    if ":" in host:  # an IPv6 address, in its brackets again
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS[parts.scheme.lower()]:
        host = f"{host}:{port}"
    path = without_dot_segments(normal_escapes(parts.path, safe=_PATH_SAFE)).rstrip("/")
    query = canonical_query(parts)
    return f"{host}{path}?{query}" if query else f"{host}{path}"


def canonical_host(hostname: str) -> str:
    """The host in lower case, in its IDNA (ASCII) form, without `www.` or a final dot.
    (Python's IDNA codec, as Django's URLValidator uses.) A host IDNA refuses (a label
    too long, a character no host may hold) is kept as written: it is still its own key."""
    host = hostname.lower().rstrip(".")
    if not host.isascii():
        with contextlib.suppress(UnicodeError):
            host = host.encode("idna").decode("ascii")
    return host.removeprefix("www.")


def without_dot_segments(path: str) -> str:
    """`path` with its `.` and `..` segments resolved (RFC 3986, 5.2.4): `/a/./b` and
    `/a/c/../b` are `/a/b`; a `..` above the root stays at the root. A trailing slash
    they leave is taken off with any other (canonical_url)."""
    if "." not in path:
        return path
    kept: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(kept) > 1:  # (kept[0] is what comes before the first slash)
                kept.pop()
        elif segment != ".":
            kept.append(segment)
    return "/".join(kept) if len(kept) > 1 else "/"


# `&amp;`: an `&` as HTML writes it, copied from a page's source. (Its numeric forms hold
# a `#`, which ends the query.)
_HTML_AMPERSAND = re.compile(r"&amp;", re.IGNORECASE)


def canonical_query(parts: SplitResult) -> str:
    """The query's parameters but the tracking ones, in their order, escaped alike."""
    kept = []
    for pair in _HTML_AMPERSAND.sub("&", parts.query).split("&"):
        if pair and not _tracking_pair(pair):
            kept.append(normal_escapes(pair, safe=_QUERY_SAFE))
    return "&".join(kept)


def without_tracking(url: str) -> str:
    """`url` as written, less its tracking parameters: the address a source stores
    (outside tester t16a, 15), which says which page it is, not how someone came to it
    (a share or ad-click id can tell whose click it was). Its key is the same (url_key
    leaves them out too). Any other address, or one without them, is returned as it is."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in DEFAULT_PORTS or not parts.query:
        return url
    pairs = _HTML_AMPERSAND.sub("&", parts.query).split("&")
    if not any(pair and _tracking_pair(pair) for pair in pairs):
        return url
    kept = [pair for pair in pairs if pair and not _tracking_pair(pair)]
    return urlunsplit(parts._replace(query="&".join(kept)))


def _tracking_pair(pair: str) -> bool:
    """Whether the query's `name=value` pair is a tracking parameter."""
    return is_tracking(normal_escapes(pair.partition("=")[0], safe=_QUERY_SAFE).lower())


def is_tracking(name: str) -> bool:
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def normal_escapes(text: str, *, safe: str) -> str:
    """`text` with each character that needs one escaped (as UTF-8), each escape of an
    unreserved character decoded (`%7E` is `~`) and every other escape in upper case."""
    escaped = quote(text, safe=safe)
    return _ESCAPE.sub(_normal_escape, escaped)


def _normal_escape(found: re.Match) -> str:
    byte = int(found.group(1), 16)
    return chr(byte) if byte in _UNRESERVED else f"%{byte:02X}"


def fill_url_keys(model, *, using: str = "default", batch: int = 500) -> None:
    """Give each stored row of `model` (Source or PendingArticle, or a migration's
    historical one) the `url_key` of its URL, as the services give a new row's: the
    migration that adds the key, and a restored backup (an older one holds no keys, and
    a key is never taken from a file)."""
    manager = model._default_manager.db_manager(using)
    rows = manager.only("pk", "url", "url_key").order_by("pk")
    stale = []
    for row in rows.iterator(chunk_size=batch):
        if row.url_key != (key := url_key(row.url)):
            row.url_key = key
            stale.append(row)
        if len(stale) == batch:
            manager.bulk_update(stale, ["url_key"])
            stale = []
    manager.bulk_update(stale, ["url_key"])
