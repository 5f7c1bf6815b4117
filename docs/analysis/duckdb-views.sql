-- DuckDB only: the two tables every other file here reads, as views over the Parquet files that
-- `export --format parquet` and `export --format long-parquet` write. This is the one file written
-- in an engine's own dialect (read_parquet); see README.md for other engines.
--
-- The paths are relative to the directory DuckDB is started in. `**` reads a single exported file
-- as well as the year directories of `--out` (year=2024/…); the year comes from the file either way.
CREATE VIEW reports AS SELECT * FROM read_parquet('parquet/reports/**/*.parquet');
CREATE VIEW report_cells AS SELECT * FROM read_parquet('parquet/cells/**/*.parquet');
