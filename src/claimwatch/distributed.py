"""Backfill past one machine: the same pure functions mapped over archives with Dask, Parquet out.

The only module that imports dask and pyarrow (the `dask` extra). One Dask task per archive runs
`archive_rows`: `backfill.read_warc` -> `has_parameter_cue` -> `process_page`, exactly what a local
backfill does, and returns plain rows. The client writes each archive's rows as Parquet shards:

    OUT/articles/<key>.parquet   one row per article: metadata and text (what import needs)
    OUT/claims/<key>.parquet     one row per claim, with the article's url, archive and record index
    OUT/_done/<key>.json         written last: the archive, its counts, the extractor version

An archive whose `_done` file exists is not processed again (resume). `import_parquet` merges shards
into SQLite in archive order, through `Store.save_many`, so duplicates and versions come out as in a
local run, and importing twice adds nothing. Archives must be readable by the workers at the path
given (a shared file system); only the small results travel back to the client.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimwatch.backfill import (
    MAX_PAGE_BYTES,
    BackfillReport,
    Extracted,
    Mark,
    Skipped,
    count_record,
    folder_files,
    has_parameter_cue,
    is_archive,
    process_page,
    read_warc,
)
from claimwatch.errors import InputError, UsageError
from claimwatch.models import Article, Claim

ARTICLE_FIELDS = (
    "url",
    "canonical_url",
    "title",
    "author",
    "site",
    "published",
    "fetched",
    "lang",
    "text",
    "source",
)
CLAIM_FIELDS = (
    "model",
    "model_id",
    "org",
    "params",
    "params_high",
    "scope",
    "status",
    "approx",
    "attributed_to",
    "evidence",
    "start",
    "end",
    "lang",
    "extractor_version",
)
IMPORT_BATCH = 200


# --------------------------------------------------------------------------- one archive (on a worker)


@dataclass
class ShardRows:
    """What one archive gave: counts, error lines, article rows and claim rows (plain, picklable)."""

    archive: str
    report: BackfillReport
    articles: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    extractor_version: str = ""


def archive_rows(spec: str, prefilter: bool = True, max_page_bytes: int = MAX_PAGE_BYTES) -> ShardRows:
    """Read one WARC archive into rows: the Dask task. Pure apart from reading the file."""
    from claimwatch.extract import EXTRACTOR_VERSION

    rows = ShardRows(spec, BackfillReport(inputs=1), extractor_version=EXTRACTOR_VERSION)
    try:
        for index, record in enumerate(read_warc(spec, max_page_bytes=max_page_bytes)):
            count_record(record, rows.report)
            if record.page is None:
                continue
            if prefilter and not has_parameter_cue(record.page.body):
                rows.report.prefiltered += 1
                continue
            _add(rows, index, process_page(record.page))
    except OSError as e:
        rows.report.inputs_failed += 1
        rows.report.errors.append(f"{spec}: {e.strerror or e}")
    return rows


def _add(rows: ShardRows, index: int, outcome: Extracted | Skipped) -> None:
    rows.report.parsed += 1
    if isinstance(outcome, Skipped):
        rows.report.skipped[outcome.reason] += 1
        return
    article = outcome.article
    rows.report.articles += 1
    rows.report.claims += len(outcome.claims)
    rows.articles.append(
        {"archive": rows.archive, "record": index, **{f: _utc(getattr(article, f)) for f in ARTICLE_FIELDS}}
    )
    for claim in outcome.claims:
        values = claim.model_dump(include=set(CLAIM_FIELDS))
        rows.claims.append({"archive": rows.archive, "record": index, "url": article.url, **values})


def _utc(value: Any) -> Any:
    return value.astimezone(UTC) if isinstance(value, datetime) else value


# --------------------------------------------------------------------------- the cluster run (client)


@dataclass
class DaskReport:
    """What a Dask backfill did: shards written, archives skipped as done, the merged counts."""

    out: str
    shards: int = 0
    already_done: int = 0
    totals: BackfillReport = field(default_factory=BackfillReport)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        t = self.totals
        if t.inputs and t.inputs_failed == t.inputs:
            return 2
        return 1 if self.errors else 0

    def as_dict(self) -> dict[str, Any]:
        self.totals.seconds = self.seconds
        data = self.totals.as_dict()
        for name in ("new", "duplicates", "new_versions", "unchanged"):  # known only on import
            data.pop(name, None)
        data.update(
            {
                "out": self.out,
                "shards_written": self.shards,
                "already_done": self.already_done,
                "errors": len(self.errors),
            }
        )
        return data


def run_on_dask(
    inputs: Sequence[str], address: str, out_dir: str, *, prefilter: bool = True, resume: bool = True
) -> DaskReport:
    """Map `archive_rows` over the archives on a cluster (`address`, or "local" for a LocalCluster) and
    write each result as Parquet shards under `out_dir` as it arrives."""
    import time

    started = time.monotonic()
    out = Path(out_dir)
    report = DaskReport(str(out))
    archives = _archives(inputs, report)
    todo = [a for a in archives if not (resume and _done_path(out, a).exists())]
    report.already_done = len(archives) - len(todo)
    report.totals.inputs = len(archives)
    for sub in ("articles", "claims", "_done"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    if todo:
        _map_on_cluster(address, todo, prefilter, out, report)
    report.seconds = time.monotonic() - started
    return report


def _archives(inputs: Sequence[str], report: DaskReport) -> list[str]:
    """The archive files named (folders: the archives inside them); others are errors."""
    found: list[str] = []
    for spec in inputs:
        path = Path(spec)
        if path.is_dir():
            found += [str(p) for p in folder_files(spec) if is_archive(p)]
        elif path.is_file() and is_archive(path):
            found.append(spec)
        else:
            report.totals.inputs += 1
            report.totals.inputs_failed += 1
            report.errors.append(f"{spec}: not a WARC archive or a folder of them")
    return found


def _map_on_cluster(address: str, todo: list[str], prefilter: bool, out: Path, report: DaskReport) -> None:
    from dask.distributed import as_completed

    with _client(address) as client:
        futures = client.map(archive_rows, todo, prefilter=prefilter, pure=False)
        for future in as_completed(futures):
            try:
                rows = future.result()
            except Exception as e:  # a worker died or the task raised: this archive failed, the rest go on
                report.errors.append(f"{future.key}: task failed ({type(e).__name__}: {e})")
                report.totals.inputs_failed += 1
                continue
            finally:
                future.release()
            write_shard(out, rows)
            report.shards += 1
            _merge(report.totals, rows.report)
            report.errors += rows.report.errors


@contextlib.contextmanager
def _client(address: str) -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    if address == "local":
        with (
            LocalCluster(threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout="30s")
    except OSError as e:
        raise UsageError(f"cannot reach the Dask scheduler at {address} ({e})") from e
    with client:
        yield client


def _merge(total: BackfillReport, part: BackfillReport) -> None:
    for name in ("inputs_failed", "records", "pages", "prefiltered", "parsed", "articles", "claims"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.skipped.update(part.skipped)


# --------------------------------------------------------------------------- Parquet shards


def shard_key(archive: str) -> str:
    """File-name key of an archive's shards: its name and a hash of its resolved path."""
    digest = hashlib.sha256(str(Path(archive).resolve()).encode()).hexdigest()[:12]
    stem = Path(archive).name.split(".")[0][:60] or "archive"
    return f"{stem}-{digest}"


def _done_path(out: Path, archive: str) -> Path:
    return out / "_done" / f"{shard_key(archive)}.json"


def write_shard(out: Path, rows: ShardRows) -> None:
    """Write an archive's article and claim rows as Parquet, then its `_done` file (each atomically)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    key = shard_key(rows.archive)
    for name, data, schema in (
        ("articles", rows.articles, _article_schema()),
        ("claims", rows.claims, _claim_schema()),
    ):
        _atomic(
            out / name / f"{key}.parquet",
            lambda p, d=data, s=schema: pq.write_table(
                pa.Table.from_pylist(d, schema=s), p, compression="zstd"
            ),
        )
    done = {
        "archive": rows.archive,
        "extractor_version": rows.extractor_version,
        "articles": len(rows.articles),
        "claims": len(rows.claims),
        "summary": rows.report.as_dict(),
    }
    _atomic(_done_path(out, rows.archive), lambda p: Path(p).write_text(json.dumps(done, ensure_ascii=False)))


def _atomic(path: Path, write: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    write(str(tmp))
    os.replace(tmp, path)


def _article_schema() -> Any:
    import pyarrow as pa

    when = pa.timestamp("us", tz="UTC")
    text = pa.string()
    return pa.schema(
        [
            ("archive", text),
            ("record", pa.int64()),
            ("url", text),
            ("canonical_url", text),
            ("title", text),
            ("author", text),
            ("site", text),
            ("published", when),
            ("fetched", when),
            ("lang", text),
            ("text", text),
            ("source", text),
        ]
    )


def _claim_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    return pa.schema(
        [
            ("archive", text),
            ("record", pa.int64()),
            ("url", text),
            ("model", text),
            ("model_id", text),
            ("org", text),
            ("params", pa.int64()),
            ("params_high", pa.int64()),
            ("scope", text),
            ("status", text),
            ("approx", pa.bool_()),
            ("attributed_to", text),
            ("evidence", text),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("lang", text),
            ("extractor_version", text),
        ]
    )


# --------------------------------------------------------------------------- import into SQLite


@dataclass
class ImportReport:
    """What `import_parquet` did."""

    shards: int = 0
    already_done: int = 0
    articles: int = 0
    new: int = 0
    duplicates: int = 0
    new_versions: int = 0
    unchanged: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.errors and not (self.shards or self.already_done):
            return 2
        return 1 if self.errors else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "shards": self.shards,
            "already_done": self.already_done,
            "articles": self.articles,
            "new": self.new,
            "duplicates": self.duplicates,
            "new_versions": self.new_versions,
            "unchanged": self.unchanged,
            "claims": self.claims,
            "errors": len(self.errors),
        }


def import_parquet(store: Any, folder: str) -> ImportReport:
    """Merge the shards under `folder` into `store`, in archive order; idempotent (a second run adds
    nothing, and skips shards already imported unless they changed)."""
    root = Path(folder)
    report = ImportReport()
    shards = _shards(root, report)
    if not shards and not report.errors:
        report.errors.append(f"{folder}: no shards (_done/*.json) found")
    for done_file, meta in shards:
        stamp = _stamp(done_file)
        if (
            store.backfill_positions([str(done_file.resolve())])
            .get(str(done_file.resolve()), {})
            .get("stamp")
            == stamp
        ):
            report.already_done += 1
            continue
        try:
            _import_shard(store, root, done_file, meta, stamp, report)
        except (OSError, ValueError, InputError) as e:
            report.errors.append(f"{done_file}: {e}")
            continue
        except Exception as e:  # pyarrow raises its own errors on damaged files
            if type(e).__module__.startswith("pyarrow"):
                report.errors.append(f"{done_file}: unreadable shard ({e})")
                continue
            raise
        report.shards += 1
    return report


def _shards(root: Path, report: ImportReport) -> list[tuple[Path, dict[str, Any]]]:
    """(done file, its metadata) of every complete shard, ordered by archive name."""
    shards = []
    for done_file in sorted((root / "_done").glob("*.json")):
        try:
            shards.append((done_file, json.loads(done_file.read_text(encoding="utf-8"))))
        except (OSError, ValueError) as e:
            report.errors.append(f"{done_file}: unreadable ({e})")
    return sorted(shards, key=lambda s: (str(s[1].get("archive", "")), s[0].name))


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _import_shard(
    store: Any, root: Path, done_file: Path, meta: dict[str, Any], stamp: str, report: ImportReport
) -> None:
    """Save one shard's articles (in record order) in batches; the shard's mark goes with the last batch."""
    import pyarrow.parquet as pq

    key = done_file.stem
    articles = pq.read_table(root / "articles" / f"{key}.parquet").to_pylist()
    claims: dict[int, list[Claim]] = {}
    for row in pq.read_table(root / "claims" / f"{key}.parquet").to_pylist():
        claims.setdefault(row["record"], []).append(Claim(**{f: row[f] for f in CLAIM_FIELDS}))
    items = [
        (Article(**{f: row[f] for f in ARTICLE_FIELDS}), claims.get(row["record"], []))
        for row in sorted(articles, key=lambda r: r["record"])
    ]
    version = str(meta.get("extractor_version") or "")
    mark = Mark(str(done_file.resolve()), "file", stamp=stamp, finished=True)
    for start in range(0, max(len(items), 1), IMPORT_BATCH):
        batch = items[start : start + IMPORT_BATCH]
        last = start + IMPORT_BATCH >= len(items)
        with store.transaction():
            results = store.save_many(batch, extractor_version=version) if batch else []
            if last:
                store.save_backfill_positions([mark.row()])
        _count(report, results)


def _count(report: ImportReport, results: list[Any]) -> None:
    outcomes = Counter(r.outcome for r in results)
    report.articles += len(results)
    report.new += outcomes["new"]
    report.duplicates += outcomes["duplicate"]
    report.new_versions += outcomes["new_version"]
    report.unchanged += outcomes["unchanged"]
    report.claims += sum(r.claims_written for r in results)
