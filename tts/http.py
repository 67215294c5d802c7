"""What every HTTP-based engine shares: proxies that respect NO_PROXY, Retry-After, readable connection errors."""

from __future__ import annotations

import ipaddress
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def request_settings(session, url: str) -> dict:
    """What requests would use for ``url`` from the environment (proxies minus
    NO_PROXY, CA bundle), with loopback never proxied."""
    settings = session.merge_environment_settings(url, {}, False, True, None)
    if is_loopback(url):
        settings["proxies"] = {}
    return settings


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def connection_problem(error: BaseException) -> str:
    """What a requests ConnectionError means, in words (its text is a nest of urllib3 reprs)."""
    from urllib3 import exceptions as urllib3_errors

    reason = getattr(error.args[0], "reason", error.args[0]) if error.args else error
    if isinstance(reason, urllib3_errors.NameResolutionError):
        return "the host name cannot be resolved (offline, or DNS is failing)"
    if isinstance(reason, urllib3_errors.ProxyError):
        return "the HTTP proxy refused or failed the connection"
    if isinstance(reason, urllib3_errors.NewConnectionError):
        return "the connection was refused or cannot be made"
    if isinstance(reason, urllib3_errors.ProtocolError):
        return "the server dropped the connection without a complete answer"
    return f"the connection failed: {short_error(error)}"


def short_error(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."
