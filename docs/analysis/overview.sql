-- The overview's figures per year (its 「历年申请量」 and 「办理结果」 charts) and for all years:
-- reports, offices, requests received, and the outcomes of table 三 by category (the `total`
-- column of 予以公开, 部分公开, and of every row of 不予公开, 无法提供, 不予处理, 其他处理).
-- Reads: reports.
--
-- As on the board, a category sums every filled cell of its rows (a blank cell adds nothing) and is
-- NULL only when none of them is filled. Rows a report's format does not print are NULL columns.
SELECT
  year,
  COUNT(*) AS reports,
  COUNT(DISTINCT office) AS offices,
  SUM("requests.received.total") AS received,
  SUM("requests.granted.total") AS granted,
  SUM("requests.partiallyGranted.total") AS partially_granted,
  CASE
    WHEN COUNT("requests.denied.stateSecret.total") + COUNT("requests.denied.prohibitedByLaw.total")
      + COUNT("requests.denied.threeSecurities.total") + COUNT("requests.denied.thirdPartyRights.total")
      + COUNT("requests.denied.internalAffairs.total") + COUNT("requests.denied.processInfo.total")
      + COUNT("requests.denied.enforcementCase.total") + COUNT("requests.denied.queryMatter.total") > 0
    THEN SUM(
      COALESCE("requests.denied.stateSecret.total", 0) + COALESCE("requests.denied.prohibitedByLaw.total", 0)
      + COALESCE("requests.denied.threeSecurities.total", 0) + COALESCE("requests.denied.thirdPartyRights.total", 0)
      + COALESCE("requests.denied.internalAffairs.total", 0) + COALESCE("requests.denied.processInfo.total", 0)
      + COALESCE("requests.denied.enforcementCase.total", 0) + COALESCE("requests.denied.queryMatter.total", 0))
  END AS denied,
  CASE
    WHEN COUNT("requests.unavailable.notHeld.total") + COUNT("requests.unavailable.needsCreation.total")
      + COUNT("requests.unavailable.unclear.total") > 0
    THEN SUM(
      COALESCE("requests.unavailable.notHeld.total", 0) + COALESCE("requests.unavailable.needsCreation.total", 0)
      + COALESCE("requests.unavailable.unclear.total", 0))
  END AS unavailable,
  CASE
    WHEN COUNT("requests.notProcessed.complaint.total") + COUNT("requests.notProcessed.repeated.total")
      + COUNT("requests.notProcessed.publication.total") + COUNT("requests.notProcessed.excessive.total")
      + COUNT("requests.notProcessed.confirmation.total") > 0
    THEN SUM(
      COALESCE("requests.notProcessed.complaint.total", 0) + COALESCE("requests.notProcessed.repeated.total", 0)
      + COALESCE("requests.notProcessed.publication.total", 0) + COALESCE("requests.notProcessed.excessive.total", 0)
      + COALESCE("requests.notProcessed.confirmation.total", 0))
  END AS not_processed,
  CASE
    WHEN COUNT("requests.otherHandling.overdueCorrection.total") + COUNT("requests.otherHandling.overdueFee.total")
      + COUNT("requests.otherHandling.other.total") > 0
    THEN SUM(
      COALESCE("requests.otherHandling.overdueCorrection.total", 0)
      + COALESCE("requests.otherHandling.overdueFee.total", 0) + COALESCE("requests.otherHandling.other.total", 0))
  END AS other_handling
FROM reports
GROUP BY GROUPING SETS ((year), ())
ORDER BY year NULLS LAST;
