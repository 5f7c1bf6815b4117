-- The compliance view's coverage matrix (SPEC §6, src/analysis/coverage.ts): one status per office
-- and year, then how many offices have each status each year (the counts under the matrix).
-- Reads: reports and the views of findings.sql (run it first). Defines the view coverage.
--
-- Statuses, the first that applies:
--   no report:  none (before the office's first report) · missing (due and not there) · notDue
--   a report:   error (an error other than deadline) · late (deadline) · dateUnknown (no
--               publication date) · warning · clean
-- Offices are those with a report; the board also lists offices of its office registry (and
-- exempts dissolved ones), which the Parquet files do not carry.
CREATE VIEW coverage AS
WITH offices AS (
  SELECT office, MIN(year) AS first_year FROM reports GROUP BY office
),
report_facts AS (
  SELECT
    office,
    year,
    SUM(CASE WHEN severity = 'error' AND rule NOT IN ('deadline', 'missing-report') THEN 1 ELSE 0 END) AS errors,
    SUM(CASE WHEN severity = 'warning' THEN 1 ELSE 0 END) AS warnings,
    SUM(CASE WHEN rule = 'deadline' THEN 1 ELSE 0 END) AS late
  FROM findings
  GROUP BY office, year
)
SELECT
  o.office,
  y.year,
  CASE
    WHEN r.office IS NULL THEN
      CASE
        WHEN y.year < o.first_year THEN 'none'
        WHEN m.status IS NOT NULL THEN m.status
        ELSE 'none'
      END
    WHEN f.errors > 0 THEN 'error'
    WHEN f.late > 0 THEN 'late'
    WHEN r."publishedAt" IS NULL THEN 'dateUnknown'
    WHEN f.warnings > 0 THEN 'warning'
    ELSE 'clean'
  END AS status
FROM offices o
CROSS JOIN report_years y
LEFT JOIN reports r ON r.office = o.office AND r.year = y.year
LEFT JOIN report_facts f ON f.office = o.office AND f.year = y.year
LEFT JOIN missing_reports m ON m.office = o.office AND m.year = y.year;

SELECT year, status, COUNT(*) AS offices
FROM coverage
GROUP BY year, status
ORDER BY year, status;
