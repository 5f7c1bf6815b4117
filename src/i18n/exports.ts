/**
 * The words of exported tables and printable notices (src/export, RectificationNotice.vue): titles,
 * notes, file names. Exports follow the screen's language. The 通报/整改通知 Word documents
 * (export/circular/) are not here: they are official documents, always Chinese.
 */
export const exportsZh = {
  'export.findings.title': '合规检查问题清单',
  'export.findings.note': '每行一个问题；“单元格”为报告表格中的栏目名称，“应为/实际”为核对时的数值。',
  'export.rectify.title': '整改清单（{scope}）',
  'export.rectify.file': '整改清单-{scope}',
  'export.rectify.all': '全部机关',
  'export.rectify.anomalies': '年度异常提示',
  'export.rectify.anomaliesIn': '包括（仅供核实，不计入得分）',
  'export.rectify.anomaliesOut': '不包括',
  'export.coverage.title': '年度报告报送情况（机关 × 年度）',
  'export.coverage.file': '年报报送情况',
  'export.coverage.note':
    '每格为该机关该年度报告的状态：未报送、尚未到期、有错误、逾期发布、发布日期未知、仅有警告、无问题；“—”表示该年度不要求报告。',
  'export.coverage.late': '（逾期）',
  'export.coverage.only': '只看',
  'export.scores.title': '合规得分排名（{level}，{year} 年度，{scheme}）',
  'export.scores.note': '{score}：{definition}。年度异常提示不扣分。',
  'export.scores.ties': '并列者名次相同（如 1、2、2、4）；地区得分为其所属机关得分的平均值。',
  'export.compare.mark': '{metric}：最优 {best}，最差 {worst}',
  'export.definition': '{metric}：{definition}',
  'export.reports.note': '共 {n} 份报告；列与“导出报告数据 CSV”相同（中文表头，可直接重新导入）。',
  'export.reports.note2019': '仅 2019 年格式才有的列放在最后。',
  'notice.title': '关于{office}政府信息公开工作年度报告存在问题的整改通知',
  'notice.to': '{office}：',
  'notice.body':
    '经对你单位报送的 {years:text} 年度政府信息公开工作年度报告进行核查，发现以下问题共 {n} 项。请对照《中华人民共和国政府信息公开条例》和国务院办公厅规定的年度报告格式逐项核实、整改，并将更正后的年度报告及整改情况报送我单位。',
  'notice.bodyWithWarnings':
    '经对你单位报送的 {years:text} 年度政府信息公开工作年度报告进行核查，发现以下问题共 {n} 项（其中错误 {errors} 项，需核实的警告 {warnings} 项）。请对照《中华人民共和国政府信息公开条例》和国务院办公厅规定的年度报告格式逐项核实、整改，并将更正后的年度报告及整改情况报送我单位。',
  'notice.number': '序号',
  'notice.year': '年度',
  'notice.rule': '问题类型',
  'notice.cell': '涉及栏目',
  'notice.expected': '应为',
  'notice.actual': '实际',
  'notice.message': '问题说明',
  'notice.check': '（核实）',
  'notice.issuer': '签发单位（盖章）：',
  'notice.signer': '签发人：',
} as const

export const exportsEn: Record<keyof typeof exportsZh, string> = {
  'export.findings.title': 'Compliance findings',
  'export.findings.note':
    'One finding per row; “Cell” names the item of the report tables, “Expected/Actual” are the figures compared.',
  'export.rectify.title': 'Rectification list ({scope})',
  'export.rectify.file': 'Rectification list-{scope}',
  'export.rectify.all': 'all offices',
  'export.rectify.anomalies': 'Year-on-year anomalies',
  'export.rectify.anomaliesIn': 'included (for review, not scored)',
  'export.rectify.anomaliesOut': 'not included',
  'export.coverage.title': 'Reports submitted (office × year)',
  'export.coverage.file': 'Reports submitted',
  'export.coverage.note':
    'Each cell is the status of the office’s report for the year: missing, not due yet, has errors, late, date unknown, warnings only, clean; blank means no report was required that year.',
  'export.coverage.late': ' (late)',
  'export.coverage.only': 'Only',
  'export.scores.title': 'Compliance score ranking ({level}, {year}, {scheme})',
  'export.scores.note': '{score}: {definition}. Year-on-year anomalies cost nothing.',
  'export.scores.ties': 'Ties share a rank (e.g. 1, 2, 2, 4); a region’s score is the mean of its offices’ scores.',
  'export.compare.mark': '{metric}: best {best}, worst {worst}',
  'export.definition': '{metric}: {definition}',
  'export.reports.note':
    '{n:plural:report|reports}; the columns are those of “Export report data CSV” (Chinese headers, ready to import again).',
  'export.reports.note2019': 'Columns only the 2019 format has come last.',
  'notice.title': 'Rectification notice to {office}: problems in its annual government information disclosure report',
  'notice.to': 'To {office}:',
  'notice.body':
    'The annual government information disclosure reports for {years:text} submitted by your office were checked and {n:plural:problem was|problems were} found, listed below. Check and correct each one against the Regulations on Government Information Disclosure and the report format set by the General Office of the State Council, and send us the corrected report and an account of the corrections.',
  'notice.bodyWithWarnings':
    'The annual government information disclosure reports for {years:text} submitted by your office were checked and {n:plural:problem was|problems were} found, listed below ({errors:plural:error|errors}, and {warnings:plural:warning|warnings} to check). Check and correct each one against the Regulations on Government Information Disclosure and the report format set by the General Office of the State Council, and send us the corrected report and an account of the corrections.',
  'notice.number': 'No.',
  'notice.year': 'Year',
  'notice.rule': 'Problem',
  'notice.cell': 'Item',
  'notice.expected': 'Expected',
  'notice.actual': 'Actual',
  'notice.message': 'Explanation',
  'notice.check': ' (check)',
  'notice.issuer': 'Issued by (seal):',
  'notice.signer': 'Signed:',
}
