"""Write the case table of docs/reliability.md from a pytest run of tests/reliability, so it cannot drift.

    .venv/bin/python bench/reliability_table.py                 # runs pytest tests/reliability --junitxml=...
    .venv/bin/python bench/reliability_table.py --junit r.xml   # or read a JUnit XML report
    .venv/bin/python bench/reliability_table.py --json r.json   # or a pytest-json-report file

Each test is named after its case (`test_N4_slow_drip_hits_overall_deadline`, or several cases:
`test_C2_C4_C5_...`); parametrised instances are counted under their test. The table between the markers
`<!-- reliability-table:start -->` and `<!-- reliability-table:end -->` in docs/reliability.md is replaced
(the file is created if missing); everything else in the file is left as it is. Exit status: 0 when every
case has a test and nothing failed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"
START, END = "<!-- reliability-table:start -->", "<!-- reliability-table:end -->"
CASE_PREFIX = re.compile(r"^test_((?:[NFHTSCX]\d+_)+)")

# The 119 cases of RELIABILITY.md (b), in its order, with a short title each.
CASES: dict[str, str] = {
    "N1": "DNS name does not resolve",
    "N2": "Connection refused / host unreachable",
    "N3": "Server accepts but never answers",
    "N4": "Slow drip: headers, then a byte every few seconds",
    "N5": "TLS failure (untrusted, wrong host, expired)",
    "N6": "Connection reset mid-body / Content-Length larger than the body",
    "N7": "Body over the cap, with Content-Length",
    "N8": "Body over the cap, chunked",
    "N9": "gzip bomb (1 GiB) and brotli bomb",
    "N10": "Content-Encoding gzip on non-gzip, truncated gzip",
    "N11": "Redirect loop A->B->A",
    "N12": "6+ redirects in a chain",
    "N13": "301/308 to a new URL",
    "N14": "302/307",
    "N15": "Redirect without Location",
    "N16": "Redirect that ends in 304",
    "N17": "304 Not Modified",
    "N18": "200 with an empty body",
    "N19": "404",
    "N20": "410 Gone",
    "N21": "429 with Retry-After (seconds, date, garbage, huge)",
    "N22": "503 with Retry-After",
    "N23": "500/502/504",
    "N24": "403 with an HTML challenge page",
    "N25": "ETag changes on every request, identical content",
    "N26": "Last-Modified in the future or unparsable",
    "N27": "HTTP_PROXY/HTTPS_PROXY in the environment",
    "F1": "Ill-formed XML the loose parser still reads",
    "F2": "Empty document / not XML at all",
    "F3": "An HTML page at the feed URL",
    "F4": "Feed with zero entries",
    "F5": "Entry with no guid/id",
    "F6": "Same GUID on several entries",
    "F7": "GUID changes, link unchanged",
    "F8": "Link differs only in tracking params, scheme, mail./www.",
    "F9": "Missing date",
    "F10": "Date with a time zone abbreviation",
    "F11": "Non-ISO date like 2016/6/29 15:07:41",
    "F12": "Date far in the future or before 1990",
    "F13": "UTC tuples converted with timegm, not mktime",
    "F14": "HTTP charset disagrees with the XML declaration",
    "F15": "No declared encoding, non-UTF-8 bytes",
    "F16": "Mixed / double-encoded text",
    "F17": "UTF-16/32 with BOM, BOM plus invalid bytes",
    "F18": "Entity expansion bomb / external entity",
    "F19": "<script>, on* attributes, javascript: links",
    "F20": "Relative links with xml:base",
    "F21": "50,000 entries / 15 MB feed",
    "F22": "1 MB title, 20 MB entry content",
    "F23": "NUL bytes and control characters",
    "F24": "JSON Feed, Atom 0.3, RSS 1.0, CDF",
    "F25": "Every corpus file through parse-and-store",
    "H1": "Article answers with PDF, image, octet-stream",
    "H2": "HTML larger than the cap",
    "H3": "<meta charset> after the first 1024 bytes",
    "H4": "Header UTF-8, page ISO-8859-1, content UTF-8",
    "H5": "JS-only page, cookie wall, paywall",
    "H6": "<meta http-equiv=refresh> redirect",
    "H7": "Canonical URL differs from the feed link",
    "H8": "Deeply nested HTML (100k <div>)",
    "H9": "Broken HTML",
    "H10": "robots.txt disallows the article",
    "H11": "robots.txt 404 / 500 / timeout / 5 MB",
    "H12": "Article URL to metadata, localhost, file:",
    "H13": "Article 404s though the feed lists it",
    "T1": "Empty or whitespace-only text",
    "T2": "Very long text (1 MB)",
    "T3": "Look-alike characters in model names",
    "T4": "NFC vs NFD forms",
    "T5": "Lone surrogates from a bad decode",
    "T6": "Residual entities (&amp;amp;, &#8217;)",
    "T7": "Numbers and units (175B, 1,5 Mrd., 128k, $20/month)",
    "T8": "Negation and hedging",
    "T9": "Same claim in 5 articles",
    "T10": "Ambiguous names (false friends)",
    "T11": "Re-running extraction",
    "T12": "Extractor crashes on one article",
    "T13": "Instructions inside article text",
    "T14": "Right-to-left text, emoji, CJK",
    "S1": "Two runs at once / a run outlasts the interval",
    "S2": "Previous run SIGKILLed holding the lock",
    "S3": "SIGKILL mid write transaction",
    "S4": "SIGTERM / Ctrl-C during a run",
    "S5": "Another process holds the write lock",
    "S6": "A long read transaction during the run",
    "S7": "Read-then-write race (SQLITE_BUSY_SNAPSHOT)",
    "S8": "Disk full during commit",
    "S9": "DB file or directory read-only",
    "S10": "DB on a network file system",
    "S11": "DB file is not a database / bad header",
    "S12": "PRAGMA quick_check fails at start",
    "S13": "Schema migration interrupted",
    "S14": "Same feed fetched twice, identical content",
    "S15": "Batch of 1,000 rows fails at row 700",
    "S16": "Write statement fails: transaction state afterwards",
    "S17": "Backup taken while the scraper runs",
    "S18": "Clock jumps backwards / odd TZ",
    "C1": "Configuration (OPML feed list) missing, unreadable, invalid",
    "C2": "Feed URL not a URL, spaces, other schemes",
    "C3": "The same feed listed twice (also after normalisation)",
    "C4": "--db in a missing directory, a directory, no permission",
    "C5": "Negative, zero, absurd numbers",
    "C6": "Under cron: no TTY, minimal PATH, no HOME, LANG=C",
    "C7": "Newlines / ANSI escapes in log lines",
    "C8": "--dry-run",
    "C9": "Exit codes",
    "C10": "Re-enable a disabled feed, reset backoff",
    "X1": "URLs to private ranges",
    "X2": "Private addresses in other spellings",
    "X3": "Public name with a private answer, DNS rebinding",
    "X4": "Public URL redirecting to a private address",
    "X5": "HTTPS -> HTTP redirect",
    "X6": "URL with credentials",
    "X7": "Feed data as SQL identifiers",
    "X8": "Feed titles in file names",
    "X9": "Secrets in configuration",
    "X10": "DB and lock file modes",
    "X11": "A feed-supplied string to feedparser.parse()",
    "X12": "Untrusted stored HTML rendered later",
}


@dataclass(frozen=True)
class Result:
    test: str  # function name without the parameter id
    outcome: str  # passed, failed, skipped, xfailed
    message: str = ""


def run_pytest(extra: list[str]) -> Path:
    """Run the reliability package with a JUnit report; returns the report path."""
    report = Path(tempfile.mkdtemp(prefix="reliability-")) / "junit.xml"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "tests/reliability",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--junitxml={report}",
        *extra,
    ]
    print("$", " ".join(command), file=sys.stderr)
    subprocess.run(command, cwd=ROOT, check=False)
    return report


def from_junit(path: Path) -> list[Result]:
    results = []
    for case in ET.parse(path).getroot().iter("testcase"):
        name = case.get("name", "").split("[", 1)[0]
        outcome, message = "passed", ""
        for child in case:
            if child.tag in ("failure", "error"):
                outcome, message = "failed", child.get("message", "")
            elif child.tag == "skipped":
                xfail = child.get("type") == "pytest.xfail"
                outcome, message = ("xfailed" if xfail else "skipped"), child.get("message", "")
        results.append(Result(name, outcome, _reason(message)))
    return results


def from_json(path: Path) -> list[Result]:
    """pytest-json-report output (`--json-report`): tests[].nodeid / outcome / longrepr."""
    results = []
    for test in json.loads(path.read_text())["tests"]:
        name = test["nodeid"].split("::")[-1].split("[", 1)[0]
        outcome = {"error": "failed", "xpassed": "passed"}.get(test["outcome"], test["outcome"])
        text = ""
        for phase in ("setup", "call", "teardown"):
            text = text or str((test.get(phase) or {}).get("longrepr") or "")
        results.append(Result(name, outcome, _reason(text if outcome != "passed" else "")))
    return results


def _reason(message: str) -> str:
    """The one-line reason of a skip or xfail as pytest reports it."""
    text = message.strip().splitlines()[-1] if message.strip() else ""
    text = re.sub(r"^(Skipped|reason|XFAIL)\s*[:=]\s*", "", text).strip()
    text = re.sub(r"^\('.*?', \d+, '(?:Skipped: )?(.*)'\)$", r"\1", text)
    return text


def cases_of(test: str) -> list[str]:
    match = CASE_PREFIX.match(test)
    return [c for c in match.group(1).strip("_").split("_")] if match else []


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def outcome_word(counts: Counter[str]) -> str:
    if counts["failed"]:
        return "**FAILED**"
    if counts["passed"] and counts["xfailed"]:
        return "passed, part xfail (bug)"
    if counts["passed"]:
        return "passed"
    if counts["xfailed"]:
        return "xfail (bug)"
    return "skipped" if counts["skipped"] else "**no test**"


def table(results: list[Result], source: str) -> tuple[str, bool]:
    by_case: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        for case in cases_of(result.test):
            by_case[case].append(result)
    unknown = sorted(set(by_case) - set(CASES))
    rows, states = [], Counter()
    for case, title in CASES.items():
        found = by_case.get(case, [])
        counts = Counter(r.outcome for r in found)
        word = outcome_word(counts)
        states[word] += 1
        tests = []
        for name in dict.fromkeys(r.test for r in found):
            mine = Counter(r.outcome for r in found if r.test == name)
            detail = ", ".join(f"{n} {o}" for o, n in sorted(mine.items())) if sum(mine.values()) > 1 else ""
            tests.append(f"`{name}`" + (f" ({detail})" if detail else ""))
        notes = list(
            dict.fromkeys(f"{r.outcome}: {r.message}" for r in found if r.outcome != "passed" and r.message)
        )
        rows.append(
            f"| {case} | {_cell(title)} | {'<br>'.join(tests) or '-'} | {word} | {_cell('; '.join(notes))} |"
        )
    totals = Counter(r.outcome for r in results)
    n_tests = sum(totals.values())
    ok = not totals["failed"] and "**no test**" not in states and not unknown
    lines = [
        START,
        "",
        f"Generated by `bench/reliability_table.py` from {source}; do not edit by hand.",
        "",
        f"**{len(CASES)} cases**: {states['passed']} passed, "
        f"{states['passed, part xfail (bug)']} passed with a strict-xfail part (bug named), "
        f"{states['xfail (bug)']} xfail (bug named), {states['skipped']} skipped (reason given), "
        f"{states['**FAILED**']} failed, {states['**no test**']} without a test. "
        f"**{n_tests} test instances**: {totals['passed']} passed, {totals['xfailed']} xfailed, "
        f"{totals['skipped']} skipped, {totals['failed']} failed.",
        "",
        "| Case | Input or fault | Test(s) | Outcome | Skip / xfail reason |",
        "| --- | --- | --- | --- | --- |",
        *rows,
    ]
    if unknown:
        lines += ["", f"Tests naming unknown cases: {', '.join(unknown)}"]
    lines += ["", END]
    return "\n".join(lines), ok


def write(doc: Path, block: str) -> None:
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# Reliability\n\n{START}\n{END}\n"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--junit", type=Path, help="read this JUnit XML report instead of running pytest")
    source.add_argument(
        "--json", type=Path, help="read this pytest-json-report file instead of running pytest"
    )
    parser.add_argument(
        "--out", type=Path, default=DOC, help="markdown file to update (default docs/reliability.md)"
    )
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (after --)")
    args = parser.parse_args(argv)
    if args.json:
        results, source_text = from_json(args.json), f"the JSON report `{args.json.name}`"
    else:
        report = args.junit or run_pytest(args.pytest_args)
        results, source_text = from_junit(report), "`pytest tests/reliability --junitxml=...`"
    block, ok = table(results, source_text)
    write(args.out, block)
    print(f"wrote {args.out} ({len(results)} test instances)", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
