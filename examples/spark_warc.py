"""Parse the HTML pages of WARC files with Apache Spark and write the Articles as Parquet or JSON.

    pip install "vnnews_parse[warc,spark]"       # Java 17+ must be on the machine for PySpark 4
    python examples/spark_warc.py out/ crawl-*.warc.gz                 # local mode, all cores
    spark-submit --master yarn examples/spark_warc.py --format json hdfs:///out s3a://... # a cluster

Each WARC file is one task: a partition reads its files record by record (memory stays flat) and
every worker needs the files at the same path (a shared file system, or download them in a
mapPartitions step first). The output has one row per parsed page, the same records as
``python -m vnnews_parse --jobs N FILES.warc.gz -o out.jsonl``; pages that fail are skipped.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from vnnews_parse.spark import ARTICLE_SCHEMA, warc_partition


def articles(spark: Any, paths: Sequence[str]) -> Any:
    """A DataFrame of the Articles in the WARC files ``paths`` (one Spark task per file)."""
    files = spark.sparkContext.parallelize(list(paths), max(len(paths), 1))
    return spark.createDataFrame(files.mapPartitions(warc_partition), ARTICLE_SCHEMA)


def write(frame: Any, out: str, fmt: str) -> None:
    """Write the Articles: Parquet, or JSON lines that keep null fields as the CLI does."""
    writer = frame.write.mode("overwrite")
    if fmt == "parquet":
        writer.parquet(out)
    else:
        writer.option("ignoreNullFields", "false").json(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the job; with plain ``python`` Spark starts in local mode on every core."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="output folder (replaced)")
    ap.add_argument("warcs", nargs="+", help="WARC files (.warc, .warc.gz)")
    ap.add_argument("--format", choices=("parquet", "json"), default="parquet")
    args = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("vnnews_parse-warc").getOrCreate()
    try:
        write(articles(spark, args.warcs), args.out, args.format)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
