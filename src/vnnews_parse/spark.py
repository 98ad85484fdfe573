"""Functions for Apache Spark, or any runner that ships functions to other machines.

Every function here is a plain module-level function: it pickles by reference, keeps no state
between calls and opens nothing but the files it is given. This module does not import pyspark.

Records are what the batch CLI writes, one per parsed page: ``{"input": ..., **Article.to_dict()}``
(``input`` is ``"path#offset"`` for a WARC record). ``ARTICLE_SCHEMA`` is their Spark schema.

Every function takes ``adapters=`` as ``parse`` does (your own `SiteAdapter`s, from TOML files
or plugins): bind them with ``functools.partial``; they travel to the executors with the
function (custom functions must then be importable module-level functions).

Example (see ``examples/spark_warc.py`` and ``docs/archives.md``)::

    from vnnews_parse.spark import ARTICLE_SCHEMA, warc_partition

    paths = spark.sparkContext.parallelize(warc_paths, len(warc_paths))
    articles = spark.createDataFrame(paths.mapPartitions(warc_partition), ARTICLE_SCHEMA)
    articles.write.parquet("articles.parquet")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from vnnews_parse._batch import Task, parse_to_record, warc_tasks
from vnnews_parse.sites._base import SiteAdapter

__all__ = ["ARTICLE_SCHEMA", "html_partition", "parse_record", "warc_partition"]

# Spark DDL of one record, in the order of Article.to_dict(); times stay ISO 8601 strings so the
# page's own offset (+07:00) survives, which a Spark timestamp would convert away.
ARTICLE_SCHEMA = (
    "input STRING, headline STRING, lead STRING, authors ARRAY<STRING>, source STRING, published STRING,"
    " updated STRING, body STRING, comment_count BIGINT, rights STRING, url STRING, site STRING,"
    " section STRING, tags ARRAY<STRING>, images ARRAY<STRUCT<url: STRING, caption: STRING, credit: STRING>>,"
    " language STRING, provenance MAP<STRING, STRING>"
)


def parse_record(
    html: bytes | str,
    url: str | None = None,
    *,
    site: str | None = None,
    input: str | None = None,
    adapters: Sequence[SiteAdapter] = (),
) -> dict[str, Any] | None:
    """One page as a record, or ``None`` when it is not an article page (or not HTML at all)."""
    data = html.encode("utf-8") if isinstance(html, str) else bytes(html)
    record, _ = parse_to_record(Task(input or url or "", data=data, url=url), site, adapters)
    return record


def warc_partition(
    paths: Iterable[str], *, site: str | None = None, adapters: Sequence[SiteAdapter] = ()
) -> Iterator[dict[str, Any]]:
    """The records of every HTML response in the WARC files ``paths``; pages that fail are skipped.

    Meant for ``rdd.mapPartitions``: one partition reads its WARC files one record at a time.
    """
    for path in paths:
        for task in warc_tasks(path):
            record, _ = parse_to_record(task, site, adapters)
            if record is not None:
                yield record


def html_partition(
    rows: Iterable[Any], *, site: str | None = None, adapters: Sequence[SiteAdapter] = ()
) -> Iterator[dict[str, Any]]:
    """The records of ``(input, url, html)`` rows (tuples or Spark Rows); pages that fail are skipped."""
    for input_, url, html in rows:
        record = parse_record(html, url, site=site, input=input_, adapters=adapters)
        if record is not None:
            yield record
