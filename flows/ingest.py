"""The `ingest-articles` flow: find new or changed input files, parse them, land articles in the warehouse."""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing import get_context
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE

from credence.ingest import (
    ManifestEntry,
    article_bands,
    copy_groups,
    copy_pairs,
    manifest_from_csv,
)
from credence.ingest.parse import (
    BATCH_FORMATS,
    InputError,
    batch_records,
    jsonl_chunks,
    manifest_entry,
    unpacked,
)
from credence.model import Rejection
from warehouse.connection import writing
from warehouse.frames import ParsedBatch, article_frames, merged_batches, parsed_job, rejection_frame
from warehouse.load import frame, insert_new, replace_where, upsert

MANIFEST_NAME = "sources.csv"
FILES_PER_BATCH = 500
FILES_PER_JOB = 50
ROWS_PER_JOB = 2000
JSONL_BYTES_PER_JOB = 8_000_000


@dataclass(frozen=True)
class InputFile:
    path: str
    size_bytes: int
    mtime_ns: int


@dataclass
class IngestSummary:
    files_seen: int = 0
    files_new: int = 0
    articles_seen: int = 0
    articles_new: int = 0
    rejected: int = 0
    copies: int = 0
    new_article_ids: list[str] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)


def _walk(paths: list[str]) -> tuple[list[InputFile], list[Rejection]]:
    files, missing = [], []
    for raw in paths:
        root = Path(raw).expanduser()
        if not root.exists():
            missing.append(Rejection(str(root), "no such file or directory"))
            continue
        candidates = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in candidates:
            relative = path.relative_to(root) if root.is_dir() else Path(path.name)
            if any(part.startswith(".") for part in relative.parts) or path.name == MANIFEST_NAME:
                continue
            stat = path.stat()
            files.append(InputFile(str(path.resolve()), stat.st_size, stat.st_mtime_ns))
    return files, missing


@task(name="discover-inputs", retries=2, retry_delay_seconds=[1, 5], cache_policy=NONE)
def discover_inputs(paths: list[str], db: str) -> tuple[list[InputFile], list[InputFile], list[Rejection]]:
    """(all input files, the ones new or changed since they were last ingested, missing paths)."""
    files, missing = _walk(paths)
    if not files:
        return files, [], missing
    listing = pl.DataFrame(
        {
            "path": [f.path for f in files],
            "size_bytes": [f.size_bytes for f in files],
            "mtime_ns": [f.mtime_ns for f in files],
        },
        schema={"path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64},
    )
    with writing(Path(db)) as conn:
        known = frame(conn, "SELECT path, size_bytes, mtime_ns FROM input_files")
    unchanged = set(listing.join(known, on=["path", "size_bytes", "mtime_ns"], how="semi")["path"])
    return files, [f for f in files if f.path not in unchanged], missing


def _manifests(files: list[InputFile]) -> tuple[dict[str, dict[str, ManifestEntry]], list[Rejection]]:
    manifests, problems = {}, []
    for folder in {str(Path(f.path).parent) for f in files}:
        path = Path(folder) / MANIFEST_NAME
        if path.is_file():
            try:
                manifests[folder] = manifest_from_csv(path.read_text(encoding="utf-8-sig"))
            except (InputError, UnicodeDecodeError, ValueError) as exc:
                problems.append(Rejection(str(path), f"unreadable sources manifest: {exc}"))
    return manifests, problems


def _parse_jobs(
    files: list[InputFile],
    manifests: dict,
    reference_time: datetime,
    max_file_bytes: int,
    hashes: dict[str, str],
) -> tuple[list[tuple], list[Rejection]]:
    """Read each file once and cut the work into jobs: a chunk of batch rows, or a few single files."""
    jobs, problems, singles = [], [], []
    for item in files:
        try:
            data = Path(item.path).read_bytes()
        except OSError as exc:
            problems.append(Rejection(item.path, f"cannot read file: {exc.strerror or exc}"))
            continue
        hashes[item.path] = hashlib.sha256(data).hexdigest()
        entry = manifest_entry(item.path, manifests.get(str(Path(item.path).parent)))
        try:
            fmt, unpacked_data = unpacked(item.path, data)
            if fmt == "jsonl":
                if not unpacked_data.strip():
                    raise InputError("empty file")
                for first_line, piece in jsonl_chunks(unpacked_data, JSONL_BYTES_PER_JOB):
                    jobs.append(
                        ("jsonl", item.path, first_line, piece, reference_time, max_file_bytes, entry)
                    )
                continue
            if fmt in BATCH_FORMATS:
                records = batch_records(item.path, fmt, unpacked_data)
                for start in range(0, len(records), ROWS_PER_JOB):
                    chunk = records[start : start + ROWS_PER_JOB]
                    jobs.append(("records", item.path, fmt, chunk, reference_time, max_file_bytes, entry))
                continue
        except InputError as exc:
            problems.append(Rejection(item.path, str(exc)))
            continue
        singles.append((item.path, data, entry))
    for start in range(0, len(singles), FILES_PER_JOB):
        jobs.append(("files", singles[start : start + FILES_PER_JOB], reference_time, max_file_bytes))
    return jobs, problems


@task(name="parse-inputs", retries=2, retry_delay_seconds=[1, 5], cache_policy=NONE)
def parse_inputs(
    files: list[InputFile], reference_time: datetime, max_file_bytes: int, run_id: str, workers: int = 1
) -> tuple[ParsedBatch, dict[str, str]]:
    """Rows of the articles in a batch of files, their rejections, and each file's content hash.

    A file (or batch row) that fails in any way becomes a rejection naming it and the reason;
    the rest goes on. With `workers` > 1 and enough work, parsing is spread over processes,
    which send back table rows (Arrow) rather than objects, so the hand-over stays cheap.
    """
    manifests, problems = _manifests(files)
    hashes: dict[str, str] = {}
    jobs, unreadable = _parse_jobs(files, manifests, reference_time, max_file_bytes, hashes)
    at = datetime.now(UTC).replace(tzinfo=None)
    if workers > 1 and len(jobs) > 1:
        # spawn, not fork: this process runs Prefect's threads, which a fork would copy mid-flight.
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            batches = list(pool.map(parsed_job, jobs, [run_id] * len(jobs), [at] * len(jobs)))
    else:
        batches = [parsed_job(job, run_id, at) for job in jobs]
    merged = merged_batches(batches)
    merged.rejections[:0] = problems + unreadable
    return merged, hashes


@task(name="land-articles", retries=3, retry_delay_seconds=[1, 5, 15], cache_policy=NONE)
def land_articles(
    db: str, parsed: ParsedBatch, hashes: dict[str, str], files: list[InputFile], run_id: str
) -> IngestSummary:
    """Write new articles, sources, rejections, copies and the file listing, in one short transaction."""
    at = datetime.now(UTC).replace(tzinfo=None)
    frames = parsed.frames or article_frames([], run_id, at)
    rejected = rejection_frame(parsed.rejections, run_id, at)
    summary = IngestSummary(articles_seen=parsed.n_articles, rejected=rejected.height)
    summary.rejections = list(parsed.rejections)
    with writing(Path(db)) as conn:
        existing_ids = frame(conn, "SELECT article_id FROM articles")
        # One row per new article: a batch may carry the same text twice (one id), and no index refuses it.
        new_articles = (
            frames["articles"]
            .join(existing_ids, on="article_id", how="anti")
            .unique("article_id", keep="first", maintain_order=True)
        )
        bands = article_bands(new_articles.select("article_id", "similarity_key"))
        # Only stored articles sharing a band with a new one can be its copy: fetch just those.
        conn.register("new_bands", bands.to_arrow())
        existing = frame(
            conn,
            """
            SELECT a.article_id, a.similarity_key, a.copy_group FROM articles a
            WHERE a.article_id IN (SELECT b.article_id FROM article_bands b JOIN new_bands n USING (band))
            ORDER BY a.ingested_at, a.article_id
            """,
        )
        pairs = copy_pairs(new_articles.select("article_id", "similarity_key"), existing)
        groups = copy_groups(
            new_articles["article_id"].to_list(),
            pairs,
            dict(zip(existing["article_id"], existing["copy_group"], strict=True)),
        )
        new_articles = new_articles.with_columns(
            pl.col("article_id").replace_strict(groups, default=pl.col("article_id")).alias("copy_group")
        )
        conn.execute("BEGIN TRANSACTION")
        try:
            insert_new(conn, "sources", frames["sources"])
            insert_new(conn, "raw_articles", frames["raw_articles"])
            summary.articles_new = insert_new(conn, "articles", new_articles)
            insert_new(conn, "article_copies", pairs)
            conn.execute("INSERT INTO article_bands SELECT article_id, band FROM new_bands")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
        # A file read again replaces its own rejections: a fixed file stops being listed as rejected.
        replace_where(
            conn, "rejected_inputs", rejected, "path", sorted({f.path for f in files} | set(rejected["path"]))
        )
        per_file = parsed.per_file
        per_file_rejected = rejected.group_by("path").len("n_rejected")
        listing = (
            pl.DataFrame(
                {
                    "path": [f.path for f in files if f.path in hashes],
                    "size_bytes": [f.size_bytes for f in files if f.path in hashes],
                    "mtime_ns": [f.mtime_ns for f in files if f.path in hashes],
                },
                schema={"path": pl.String, "size_bytes": pl.Int64, "mtime_ns": pl.Int64},
            )
            .with_columns(pl.col("path").replace_strict(hashes, default="").alias("file_hash"))
            .join(per_file, on="path", how="left")
            .join(per_file_rejected, on="path", how="left")
            .with_columns(
                pl.col("n_articles").fill_null(0).cast(pl.Int32),
                pl.col("n_rejected").fill_null(0).cast(pl.Int32),
                pl.lit(at).alias("seen_at"),
                pl.lit(run_id).alias("run_id"),
            )
        )
        upsert(conn, "input_files", listing)
    summary.new_article_ids = new_articles["article_id"].to_list()
    summary.copies = pairs.height
    return summary


def _batches(files: list[InputFile]) -> list[list[InputFile]]:
    return [files[i : i + FILES_PER_BATCH] for i in range(0, len(files), FILES_PER_BATCH)]


@flow(name="ingest-articles", log_prints=False)
def ingest_articles(
    inputs: list[str],
    db: str,
    run_id: str,
    reference_time: datetime | None = None,
    max_file_bytes: int = 5_000_000,
    workers: int = 1,
) -> IngestSummary:
    """Ingest the files and folders in `inputs` into the warehouse at `db`.

    Files unchanged since they were last seen (same size and modification time) are skipped
    without being read; articles already present (same normalized text) are not written again.
    `workers` > 1 parses in that many processes when there is enough work.
    """
    logger = get_run_logger()
    reference_time = reference_time or datetime.now(UTC).replace(tzinfo=None)
    files, changed, missing = discover_inputs(inputs, db)
    total = IngestSummary(files_seen=len(files), files_new=len(changed), paths=[f.path for f in files])
    for rejection in missing:
        logger.error("%s: %s", rejection.path, rejection.reason)
    total.rejections.extend(missing)
    total.rejected += len(missing)
    for batch in _batches(changed):
        parsed, hashes = parse_inputs(batch, reference_time, max_file_bytes, run_id, workers)
        for rejection in parsed.rejections:
            logger.warning(
                "rejected %s%s: %s",
                rejection.path,
                f" #{rejection.record}" if rejection.record else "",
                rejection.reason,
            )
        landed = land_articles(db, parsed, hashes, batch, run_id)
        total.articles_seen += landed.articles_seen
        total.articles_new += landed.articles_new
        total.rejected += landed.rejected
        total.copies += landed.copies
        total.new_article_ids.extend(landed.new_article_ids)
        total.rejections.extend(landed.rejections)
    logger.info(
        "ingest: %d files (%d new or changed), %d articles parsed, %d new, %d rejected, %d possible copies",
        total.files_seen,
        total.files_new,
        total.articles_seen,
        total.articles_new,
        total.rejected,
        total.copies,
    )
    return total


if __name__ == "__main__":
    ingest_articles(["seeds"], db=os.environ.get("CREDENCE_DB", "data/credence.duckdb"), run_id="manual")
