"""Which addresses a host has and whether we may connect to them (the SSRF rule, RELIABILITY.md X1-X4)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[Iterable[str]] | Iterable[str]]
"""(host, port) -> IP address strings; may be sync or async; raises OSError (e.g. socket.gaierror)."""

_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_METADATA = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)


def parse_ip_host(host: str) -> IPAddress | None:
    """The address a URL host denotes if it is an IP literal in any spelling the C resolver accepts.

    Covers dotted, decimal (2130706433), octal (0177.0.0.1), hex (0x7f.1), short (127.1) and
    bracketed IPv6 forms; returns None for names.
    """
    bare = host.strip().strip("[]")
    try:
        return ipaddress.ip_address(bare)
    except ValueError:
        pass
    if not bare or not bare[0].isdigit():
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(bare))
    except (OSError, ValueError):
        return None


def _translated_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv4-mapped or NAT64 address actually reaches, if it is one."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if any(ip in net for net in _NAT64):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def is_public_address(ip: IPAddress) -> bool:
    """True if `ip` is a globally routable unicast address we may connect to (the SSRF rule).

    Refuses loopback, private, link-local, multicast, reserved, unspecified, CGNAT (100.64/10), cloud
    metadata addresses, and IPv4-mapped / NAT64 / 6to4 forms of any of them.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _translated_ipv4(ip)
        if inner is not None:
            return is_public_address(inner)  # mapped/NAT64: the IPv4 inside is what gets reached
        if ip.sixtofour is not None and not is_public_address(ip.sixtofour):
            return False
    if ip in _METADATA or (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT):
        return False
    flags = (ip.is_private, ip.is_loopback, ip.is_link_local, ip.is_multicast, ip.is_reserved)
    return ip.is_global and not ip.is_unspecified and not any(flags)


async def system_resolver(host: str, port: int) -> list[str]:
    """The operating system's resolver (getaddrinfo), run off the event loop."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))
