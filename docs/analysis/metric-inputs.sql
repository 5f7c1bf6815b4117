-- What each report adds to each metric of SPEC §4 (src/domain/metrics.ts). Reads: reports.
-- Defines the view metric_inputs, which metrics.sql and ranking.sql read.
--
-- Blank is not zero. A report adds to a metric only when every cell the metric needs is filled:
-- otherwise both its numerator and its denominator are NULL here, so SUM() skips it for that
-- metric, and a sum over no report at all is NULL (shown as "—"), never 0.
-- A blank region is grouped as 「（未填地区）」, as the board's rankings do.
CREATE VIEW metric_inputs AS
WITH parts AS (
  SELECT
    office,
    COALESCE(region, '（未填地区）') AS region,
    "officeKind",
    year,
    "requests.received.total" AS volume,
    "requests.total.total" AS handled,
    "requests.granted.total" + "requests.partiallyGranted.total" AS disclosed,
    "requests.denied.stateSecret.total" + "requests.denied.prohibitedByLaw.total"
      + "requests.denied.threeSecurities.total" + "requests.denied.thirdPartyRights.total"
      + "requests.denied.internalAffairs.total" + "requests.denied.processInfo.total"
      + "requests.denied.enforcementCase.total" + "requests.denied.queryMatter.total" AS denied,
    "requests.unavailable.notHeld.total" + "requests.unavailable.needsCreation.total"
      + "requests.unavailable.unclear.total" AS unavailable,
    "requests.notProcessed.complaint.total" + "requests.notProcessed.repeated.total"
      + "requests.notProcessed.publication.total" + "requests.notProcessed.excessive.total"
      + "requests.notProcessed.confirmation.total" AS not_processed,
    -- The 2019 format prints （六）其他处理 as one row (kept as otherHandling.other).
    CASE
      WHEN template = '2019' THEN "requests.otherHandling.other.total"
      ELSE "requests.otherHandling.overdueCorrection.total" + "requests.otherHandling.overdueFee.total"
        + "requests.otherHandling.other.total"
    END AS other_handling,
    "requests.carriedForward.total" AS backlog,
    "review.total" + "litigationDirect.total" + "litigationAfterReview.total" AS disputes,
    "review.corrected" + "litigationDirect.corrected" + "litigationAfterReview.corrected" AS corrected,
    "review.upheld" + "litigationDirect.upheld" + "litigationAfterReview.upheld"
      + "review.other" + "litigationDirect.other" + "litigationAfterReview.other" AS upheld_or_other,
    "requests.received.natural" AS received_natural,
    "requests.received.business" AS received_business,
    "requests.received.research" AS received_research,
    "requests.received.nonprofit" AS received_nonprofit,
    "requests.received.legal" AS received_legal,
    "requests.received.otherOrg" AS received_other_org
  FROM reports
)
SELECT
  office,
  region,
  "officeKind",
  year,
  volume,
  handled,
  backlog,
  disputes,
  received_natural,
  received_business,
  received_research,
  received_nonprofit,
  received_legal,
  received_other_org,
  -- Each rate as a numerator and a denominator, both NULL unless both parts are filled.
  CASE WHEN handled IS NOT NULL THEN disclosed END AS disclosure_num,
  CASE WHEN disclosed IS NOT NULL THEN handled END AS disclosure_den,
  CASE WHEN handled IS NOT NULL THEN denied END AS denial_num,
  CASE WHEN denied IS NOT NULL THEN handled END AS denial_den,
  CASE WHEN handled IS NOT NULL THEN unavailable END AS unavailable_num,
  CASE WHEN unavailable IS NOT NULL THEN handled END AS unavailable_den,
  CASE WHEN handled IS NOT NULL THEN not_processed END AS not_processed_num,
  CASE WHEN not_processed IS NOT NULL THEN handled END AS not_processed_den,
  CASE WHEN handled IS NOT NULL THEN other_handling END AS other_handling_num,
  CASE WHEN other_handling IS NOT NULL THEN handled END AS other_handling_den,
  CASE WHEN handled IS NOT NULL THEN disputes END AS dispute_num,
  CASE WHEN disputes IS NOT NULL THEN handled END AS dispute_den,
  -- 被纠错率: Σ corrected / Σ (upheld + corrected + other), pending excluded.
  CASE WHEN upheld_or_other IS NOT NULL THEN corrected END AS correction_num,
  corrected + upheld_or_other AS correction_den
FROM parts;
