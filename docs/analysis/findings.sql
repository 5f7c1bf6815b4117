-- The findings of the board's rules (SPEC §3, src/domain/rules/): one row per finding, as
-- `check` lists them — office, year, rule, severity, field (the row or group, as a flat key path),
-- column_key, and for the sums the expected and actual numbers.
-- Reads: reports and report_cells. Defines the views request_cells, dispute_cells, report_years,
-- missing_reports and findings (coverage.sql reads the last two), then counts findings per rule.
--
-- Rules: row-total, outcome-sum, balance, review-sum (the printed 勾稽关系), complete, carry-chain,
-- in-force-chain, deadline, outdated-template, missing-report. As on the board, a sum with a blank
-- cell is not judged (blank is not zero). Not here: `integer` (the Parquet columns hold integers
-- and the readers refuse negative counts, so it cannot fire on exported data) and the content
-- rules of §3, which read the narrative text that Parquet does not carry.
-- A report is missing only once its deadline has passed: that depends on today's date.

-- Table 三, one row per cell: row_field is the row's flat key path (requests.denied.stateSecret),
-- column_key the applicant column. The long table holds every cell of the report's format, so a
-- row's cells are all there (NULL when blank), and 2019 reports have no 2021-only rows.
CREATE VIEW request_cells AS
SELECT
  office,
  year,
  SUBSTRING(field FROM 1 FOR CHAR_LENGTH(field) - CHAR_LENGTH(column_key) - 1) AS row_field,
  column_key,
  value
FROM (
  SELECT
    office,
    year,
    field,
    value,
    CASE
      WHEN field LIKE '%.natural' THEN 'natural'
      WHEN field LIKE '%.business' THEN 'business'
      WHEN field LIKE '%.research' THEN 'research'
      WHEN field LIKE '%.nonprofit' THEN 'nonprofit'
      WHEN field LIKE '%.legal' THEN 'legal'
      WHEN field LIKE '%.otherOrg' THEN 'otherOrg'
      WHEN field LIKE '%.total' THEN 'total'
    END AS column_key
  FROM report_cells
  WHERE field LIKE 'requests.%'
) cells;

-- Table 四, one row per cell: group_key review | litigationDirect | litigationAfterReview.
CREATE VIEW dispute_cells AS
SELECT
  office,
  year,
  SUBSTRING(field FROM 1 FOR POSITION('.' IN field) - 1) AS group_key,
  SUBSTRING(field FROM POSITION('.' IN field) + 1) AS column_key,
  value
FROM report_cells
WHERE field LIKE 'review.%' OR field LIKE 'litigationDirect.%' OR field LIKE 'litigationAfterReview.%';

-- Every year from the oldest to the newest report (also a year in which nobody reported).
CREATE VIEW report_years AS
WITH digits AS (
  SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
  UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9
),
span AS (SELECT MIN(year) AS first_year, MAX(year) AS last_year FROM reports)
SELECT span.first_year + 10 * tens.d + ones.d AS year
FROM span CROSS JOIN digits tens CROSS JOIN digits ones
WHERE span.first_year + 10 * tens.d + ones.d <= span.last_year;

-- An office that reported for a year has a report for every later year up to the newest year in
-- the data. status 'missing' once the deadline has passed (departments 31 January, governments
-- 31 March of the next year, by the office's newest report), 'notDue' before.
CREATE VIEW missing_reports AS
WITH offices AS (
  SELECT office, MIN(year) AS first_year FROM reports GROUP BY office
),
newest AS (
  SELECT office, "officeKind"
  FROM (
    SELECT office, "officeKind", ROW_NUMBER() OVER (PARTITION BY office ORDER BY year DESC) AS age
    FROM reports
  ) by_age
  WHERE age = 1
)
SELECT
  o.office,
  y.year,
  n."officeKind",
  CASE
    WHEN EXTRACT(YEAR FROM CURRENT_DATE) * 10000 + EXTRACT(MONTH FROM CURRENT_DATE) * 100
      + EXTRACT(DAY FROM CURRENT_DATE)
      > (y.year + 1) * 10000 + CASE WHEN n."officeKind" = 'government' THEN 331 ELSE 131 END
    THEN 'missing'
    ELSE 'notDue'
  END AS status
FROM offices o
CROSS JOIN report_years y
JOIN newest n ON n.office = o.office
LEFT JOIN reports r ON r.office = o.office AND r.year = y.year
WHERE y.year > o.first_year AND r.office IS NULL;

-- Per report and row of table 三 / 四, and per report and column of table 三: what the sums need,
-- each table scanned once. `filled` < `cells` means a blank cell.
CREATE VIEW findings AS
WITH request_rows AS (
  SELECT
    office,
    year,
    row_field,
    COUNT(value) AS filled,
    COUNT(*) AS cells,
    SUM(CASE WHEN column_key <> 'total' THEN value END) AS parts,
    MAX(CASE WHEN column_key = 'total' THEN value END) AS total
  FROM request_cells
  GROUP BY office, year, row_field
),
request_columns AS (
  SELECT
    office,
    year,
    column_key,
    -- The outcome rows are every row but 一、二、三（七）and 四 (21 in the 2021 format, 19 in 2019).
    COUNT(CASE WHEN row_field NOT IN ('requests.received', 'requests.carriedOver', 'requests.carriedForward') THEN 1 END)
      AS outcome_cells,
    COUNT(CASE WHEN row_field NOT IN ('requests.received', 'requests.carriedOver', 'requests.carriedForward') THEN value END)
      AS outcome_filled,
    SUM(CASE
      WHEN row_field NOT IN ('requests.received', 'requests.carriedOver', 'requests.total', 'requests.carriedForward')
      THEN value
    END) AS outcomes,
    MAX(CASE WHEN row_field = 'requests.received' THEN value END) AS received,
    MAX(CASE WHEN row_field = 'requests.carriedOver' THEN value END) AS carried_over,
    MAX(CASE WHEN row_field = 'requests.total' THEN value END) AS total,
    MAX(CASE WHEN row_field = 'requests.carriedForward' THEN value END) AS carried_forward
  FROM request_cells
  GROUP BY office, year, column_key
),
dispute_rows AS (
  SELECT
    office,
    year,
    group_key,
    COUNT(value) AS filled,
    COUNT(*) AS cells,
    SUM(CASE WHEN column_key <> 'total' THEN value END) AS parts,
    MAX(CASE WHEN column_key = 'total' THEN value END) AS total
  FROM dispute_cells
  GROUP BY office, year, group_key
)
-- row-total: each row of table 三, total = the six applicant columns.
SELECT
  office,
  year,
  'row-total' AS rule,
  'error' AS severity,
  row_field AS field,
  'total' AS column_key,
  parts AS expected,
  total AS actual
FROM request_rows
WHERE filled = cells AND parts <> total

UNION ALL
-- outcome-sum: per column, 三（七）总计 = the sum of the outcome rows.
SELECT office, year, 'outcome-sum', 'error', 'requests.total', column_key, outcomes, total
FROM request_columns
WHERE outcome_filled = outcome_cells AND outcomes <> total

UNION ALL
-- balance: per column, 一 + 二 = 三（七） + 四 (a blank among the four makes both sides NULL).
SELECT office, year, 'balance', 'error', 'requests', column_key, received + carried_over, total + carried_forward
FROM request_columns
WHERE received + carried_over <> total + carried_forward

UNION ALL
-- review-sum: each group of table 四, total = upheld + corrected + other + pending.
SELECT office, year, 'review-sum', 'error', group_key, 'total', parts, total
FROM dispute_rows
WHERE filled = cells AND parts <> total

UNION ALL
-- complete: a row of table 三 or 四 with a blank cell (one finding per row).
SELECT office, year, 'complete', 'warning', row_field, NULL, NULL, NULL
FROM request_rows
WHERE filled < cells

UNION ALL
SELECT office, year, 'complete', 'warning', group_key, NULL, NULL, NULL
FROM dispute_rows
WHERE filled < cells

UNION ALL
-- carry-chain: per column, 二 of year N = 四 (结转下年度) of year N−1, same office.
SELECT
  this_year.office, this_year.year, 'carry-chain', 'error', 'requests.carriedOver', this_year.column_key,
  last_year.carried_forward, this_year.carried_over
FROM request_columns this_year
JOIN request_columns last_year
  ON last_year.office = this_year.office
  AND last_year.year = this_year.year - 1
  AND last_year.column_key = this_year.column_key
WHERE this_year.carried_over <> last_year.carried_forward

UNION ALL
-- in-force-chain (2021 format, both years): inForce(N) = inForce(N−1) + issued(N) − repealed(N).
SELECT
  this_year.office, this_year.year, 'in-force-chain', 'warning', 'proactive.regulations', 'inForce',
  last_year."proactive.regulations.inForce" + this_year."proactive.regulations.issued"
    - this_year."proactive.regulations.repealed",
  this_year."proactive.regulations.inForce"
FROM reports this_year
JOIN reports last_year ON last_year.office = this_year.office AND last_year.year = this_year.year - 1
WHERE this_year.template = '2021' AND last_year.template = '2021'
  AND last_year."proactive.regulations.inForce" + this_year."proactive.regulations.issued"
    - this_year."proactive.regulations.repealed" <> this_year."proactive.regulations.inForce"

UNION ALL
SELECT
  this_year.office, this_year.year, 'in-force-chain', 'warning', 'proactive.normativeDocuments', 'inForce',
  last_year."proactive.normativeDocuments.inForce" + this_year."proactive.normativeDocuments.issued"
    - this_year."proactive.normativeDocuments.repealed",
  this_year."proactive.normativeDocuments.inForce"
FROM reports this_year
JOIN reports last_year ON last_year.office = this_year.office AND last_year.year = this_year.year - 1
WHERE this_year.template = '2021' AND last_year.template = '2021'
  AND last_year."proactive.normativeDocuments.inForce" + this_year."proactive.normativeDocuments.issued"
    - this_year."proactive.normativeDocuments.repealed" <> this_year."proactive.normativeDocuments.inForce"

UNION ALL
-- deadline: published after 31 January (department) / 31 March (government) of the next year.
-- Dates are compared as yyyymmdd numbers: the same in every engine.
SELECT office, year, 'deadline', 'error', 'publishedAt', NULL, NULL, NULL
FROM reports
WHERE EXTRACT(YEAR FROM "publishedAt") * 10000 + EXTRACT(MONTH FROM "publishedAt") * 100
    + EXTRACT(DAY FROM "publishedAt")
  > (year + 1) * 10000 + CASE WHEN "officeKind" = 'government' THEN 331 ELSE 131 END

UNION ALL
-- outdated-template: a report for 2021 or later in the 2019 format.
SELECT office, year, 'outdated-template', 'warning', 'template', NULL, NULL, NULL
FROM reports
WHERE year >= 2021 AND template = '2019'

UNION ALL
-- missing-report: see missing_reports above.
SELECT office, year, 'missing-report', 'error', 'report', NULL, NULL, NULL
FROM missing_reports
WHERE status = 'missing';

SELECT rule, severity, COUNT(*) AS findings, COUNT(DISTINCT office) AS offices
FROM findings
GROUP BY rule, severity
ORDER BY severity, rule;
