-- The metrics of SPEC §4 for every region and year, every year, every region, and all reports:
-- the overview's KPIs and applicant mix (year and region both NULL, or one year), the regions'
-- received requests (its 「各地区申请量」, year NULL), and the sums a region is ranked by.
-- Reads: metric_inputs (run metric-inputs.sql first).
--
-- A region is the sum of its offices: a rate is Σ numerator / Σ denominator over the reports that
-- filled both, never a mean of office rates. A rate over a zero or blank denominator is NULL.
SELECT
  year,
  region,
  COUNT(*) AS reports,
  COUNT(DISTINCT office) AS offices,
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
  CAST(SUM(correction_num) AS DOUBLE) / NULLIF(SUM(correction_den), 0) AS correction_rate,
  SUM(received_natural) AS received_natural,
  SUM(received_business) AS received_business,
  SUM(received_research) AS received_research,
  SUM(received_nonprofit) AS received_nonprofit,
  SUM(received_legal) AS received_legal,
  SUM(received_other_org) AS received_other_org
FROM metric_inputs
GROUP BY GROUPING SETS ((year, region), (year), (region), ())
ORDER BY year NULLS LAST, region NULLS LAST;
