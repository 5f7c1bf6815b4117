-- Rankings (SPEC §6, src/analysis/ranking.ts): every metric of SPEC §4 read from the tables, each
-- year, offices and regions, best first, ties sharing a rank (1, 2, 2, 4).
-- Reads: metric_inputs (run metric-inputs.sql first).
--
-- As on the board:
-- - a region is the sum of its offices' reports;
-- - a metric whose better direction is 「lower」 (denial rate, backlog, disputes, dispute and
--   correction rates) ranks ascending, every other metric descending;
-- - unranked (rank_in_year NULL) are entities without a value (reason 'noValue': blank cells, zero
--   denominator) and, for rates, entities that received fewer than 10 requests ('lowVolume':
--   a 1-of-2 disclosure rate says nothing). Change the 10 below to use another minimum.
-- Ties are exact: every rate is a quotient of two exact integer sums, so equal rates are equal.
WITH entities AS (
  SELECT
    CASE WHEN GROUPING(office) = 0 THEN 'office' ELSE 'region' END AS level,
    CASE WHEN GROUPING(office) = 0 THEN office ELSE region END AS entity,
    year,
    SUM(volume) AS volume,
    SUM(handled) AS handled,
    CAST(SUM(disclosure_num) AS DOUBLE) / NULLIF(SUM(disclosure_den), 0) AS disclosure_rate,
    CAST(SUM(denial_num) AS DOUBLE) / NULLIF(SUM(denial_den), 0) AS denial_rate,
    CAST(SUM(unavailable_num) AS DOUBLE) / NULLIF(SUM(unavailable_den), 0) AS unavailable_rate,
    CAST(SUM(not_processed_num) AS DOUBLE) / NULLIF(SUM(not_processed_den), 0) AS not_processed_rate,
    CAST(SUM(other_handling_num) AS DOUBLE) / NULLIF(SUM(other_handling_den), 0) AS other_handling_rate,
    SUM(backlog) AS backlog,
    SUM(disputes) AS dispute_count,
    CAST(SUM(dispute_num) AS DOUBLE) / NULLIF(SUM(dispute_den), 0) AS dispute_rate,
    CAST(SUM(correction_num) AS DOUBLE) / NULLIF(SUM(correction_den), 0) AS correction_rate
  FROM metric_inputs
  GROUP BY GROUPING SETS ((office, year), (region, year))
),
-- One row per entity, year and metric. `sign` orders best first: -1 for descending.
metric_values AS (
            SELECT level, entity, year, volume, 'volume' AS metric, 'count' AS kind, -1 AS sign, CAST(volume AS DOUBLE) AS value FROM entities
  UNION ALL SELECT level, entity, year, volume, 'handled', 'count', -1, CAST(handled AS DOUBLE) FROM entities
  UNION ALL SELECT level, entity, year, volume, 'disclosureRate', 'rate', -1, disclosure_rate FROM entities
  UNION ALL SELECT level, entity, year, volume, 'denialRate', 'rate', 1, denial_rate FROM entities
  UNION ALL SELECT level, entity, year, volume, 'unavailableRate', 'rate', -1, unavailable_rate FROM entities
  UNION ALL SELECT level, entity, year, volume, 'notProcessedRate', 'rate', -1, not_processed_rate FROM entities
  UNION ALL SELECT level, entity, year, volume, 'otherHandlingRate', 'rate', -1, other_handling_rate FROM entities
  UNION ALL SELECT level, entity, year, volume, 'backlog', 'count', 1, CAST(backlog AS DOUBLE) FROM entities
  UNION ALL SELECT level, entity, year, volume, 'disputeCount', 'count', 1, CAST(dispute_count AS DOUBLE) FROM entities
  UNION ALL SELECT level, entity, year, volume, 'disputeRate', 'rate', 1, dispute_rate FROM entities
  UNION ALL SELECT level, entity, year, volume, 'correctionRate', 'rate', 1, correction_rate FROM entities
),
judged AS (
  SELECT
    level, entity, year, metric, sign, value, volume,
    CASE
      WHEN value IS NULL THEN 'noValue'
      WHEN kind = 'rate' AND (volume IS NULL OR volume < 10) THEN 'lowVolume'
    END AS reason
  FROM metric_values
)
SELECT
  level,
  metric,
  year,
  CASE
    WHEN reason IS NULL THEN RANK() OVER (PARTITION BY level, metric, year, reason ORDER BY sign * value)
  END AS rank_in_year,
  entity,
  value,
  volume,
  reason
FROM judged
ORDER BY level, metric, year, rank_in_year NULLS LAST, entity;
