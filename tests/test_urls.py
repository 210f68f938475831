"""URL canonicalisation: collapses only what cannot tell two articles apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimwatch.urls import canonicalize, host_of, is_tracking_param, resolve


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTPS://Example.COM/News/Story", "https://example.com/News/Story"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a/", "https://example.com/a/"),
        ("https://example.com/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
        ("https://example.com/a?id=7&fbclid=XYZ&gclid=1&ref=hn", "https://example.com/a?id=7"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        (
            "https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&_hsenc=4&_hsmi=5&spm=6&ref_src=7",
            "https://example.com/a",
        ),
        ("https://example.com/a?UTM_Campaign=x&page=2", "https://example.com/a?page=2"),
        ("https://example.com/a%2fb", "https://example.com/a%2Fb"),
        ("https://bücher.example/neu", "https://xn--bcher-kva.example/neu"),
        ("https://[2001:DB8::1]:443/x", "https://[2001:db8::1]/x"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://example.com/#!/story/12", "https://example.com/#!/story/12"),
    ],
)
def test_canonicalize_examples(raw: str, expected: str) -> None:
    assert canonicalize(raw) == expected


def test_repeated_keys_keep_their_relative_order() -> None:
    assert canonicalize("https://x.example/s?tag=b&q=1&tag=a") == "https://x.example/s?q=1&tag=b&tag=a"
    assert canonicalize("https://x.example/s?tag=a&tag=b") != canonicalize("https://x.example/s?tag=b&tag=a")


@pytest.mark.parametrize(
    "raw", ["urn:uuid:1234", "mailto:a@b.example", "not a url", "", "http://[::1/x", "http://h:99999/"]
)
def test_non_web_or_broken_input_comes_back_stripped(raw: str) -> None:
    assert canonicalize(f" {raw} ") == raw


def test_host_of() -> None:
    assert host_of("https://News.Example.COM:8080/a") == "news.example.com"
    assert host_of("https://bücher.example/") == "xn--bcher-kva.example"
    assert host_of("mailto:x@y.example") is None
    assert host_of("http://[::1/") is None


def test_resolve() -> None:
    assert resolve("https://a.example/feed/rss.xml", "/2025/story") == "https://a.example/2025/story"
    assert resolve("https://a.example/feed/", "story") == "https://a.example/feed/story"
    assert resolve(None, "/relative") is None
    assert resolve("https://a.example/", "javascript:alert(1)") is None
    assert resolve("https://a.example/", "  ") is None


def test_tracking_param_names() -> None:
    assert is_tracking_param("utm_content")
    assert is_tracking_param("FBCLID")
    assert not is_tracking_param("id")


_segment = st.text(alphabet="abcXYZ019-_.~%:@!$'()*+,;=", min_size=0, max_size=8)
_query_pair = st.tuples(
    st.sampled_from(["id", "p", "page", "utm_source", "fbclid", "ref", "Q", "a%2f"]),
    st.text(alphabet="abc123%/?+", max_size=5),
)


@st.composite
def web_urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    host = draw(
        st.sampled_from(["example.com", "Example.COM", "bücher.example", "[::1]", "127.0.0.1", "a.b.c."])
    )
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/".join(draw(st.lists(_segment, max_size=4)))
    pairs = draw(st.lists(_query_pair, max_size=4))
    query = "&".join(f"{k}={v}" for k, v in pairs)
    fragment = draw(st.sampled_from(["", "#top", "#!/x"]))
    return f"{scheme}://{host}{port}/{path}" + (f"?{query}" if query else "") + fragment


@given(web_urls())
def test_canonicalize_is_idempotent(url: str) -> None:
    once = canonicalize(url)
    assert canonicalize(once) == once


@given(st.text(max_size=60))
def test_canonicalize_never_raises_and_is_idempotent_on_any_text(text: str) -> None:
    once = canonicalize(text)
    assert canonicalize(once) == once


_path = st.lists(st.text(alphabet="abcABC019-_.~", min_size=1, max_size=6), min_size=1, max_size=4).map(
    "/".join
)


@given(_path, _path)
def test_different_paths_stay_different(p1: str, p2: str) -> None:
    if p1 == p2:
        return
    assert canonicalize(f"https://example.com/{p1}") != canonicalize(f"https://example.com/{p2}")


@given(st.text(alphabet="abc123", min_size=1, max_size=5), st.text(alphabet="abc123", min_size=1, max_size=5))
def test_different_real_params_stay_different(v1: str, v2: str) -> None:
    if v1 == v2:
        return
    assert canonicalize(f"https://example.com/s?id={v1}") != canonicalize(f"https://example.com/s?id={v2}")


def test_control_characters_in_links_are_handled_as_browsers_do() -> None:
    from claimwatch.urls import resolve

    assert resolve(None, "\x00http://www.example.com/") == "http://www.example.com/"  # a fuzz finding
    assert resolve(None, " http://a.example/x\n ") == "http://a.example/x"
    assert resolve(None, "http://a.example/x\ty") == "http://a.example/xy"
    assert resolve(None, "http://a.example/\x01x") is None
