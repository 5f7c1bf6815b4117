/**
 * What the checks say: the messages of findings (rules of SPEC §3, the year-on-year anomalies, the
 * document reader's parse findings) and of not-assessable entries, as ids with parameters
 * (format.ts: `{name:kind}` renders a key or path through the model's labels). The Chinese is the
 * text SPEC §2/§3 outputs — the rules make it from here (said.ts) — so it must stay as it is.
 * Figures fixed by the national format (一+二 = 三（七）+四, 现行有效件数 …) are written in; what
 * varies (a row, a column, a part) is a parameter.
 */
export const findingsZh = {
  text: '{text}',
  empty: '',

  // row-total, outcome-sum, balance (table 三)
  'finding.row-total':
    '{row:row}：6 类申请人（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）之和为 {sum}，但“总计”列为 {total}。请核对该行各申请人列和“总计”列。',
  'na.row-total': '{rows:row:3}有空白单元格，无法核对行合计（空白不按 0 计算）',
  'finding.outcome-sum':
    '{row:row}「{column:applicant}」列为 {total}，但 {outcomes} 项办理结果之和为 {sum}。请逐行核对三（一）至三（六）的「{column:applicant}」列和总计。',
  'na.outcome-sum':
    '「{columns:applicant:3}」列的办理结果或总计有空白单元格，无法核对{row:row}是否等于各项办理结果之和（空白不按 0 计算）',
  'finding.balance':
    '一+二 ≠ 三（七）+四 ({column:applicant}): {expected} ≠ {actual}。“{received:row}”{a} + “{carriedOver:row}”{b} 应等于 “{total:row}”{c} + “{carriedForward:row}”{d}，请核对这四行的「{column:applicant}」列。',
  'na.balance': '「{columns:applicant:3}」列有空白单元格，无法核对 一+二 = 三（七）+四（空白不按 0 计算）',

  // review-sum, integer, complete (tables 三 and 四)
  'finding.review-sum':
    '表四{group:disputeGroup}：结果维持、结果纠正、其他结果、尚未审结之和为 {sum}，但“总计”为 {total}。请核对该组各列和“总计”。',
  'na.review-sum': '表四{groups:disputeGroup:3}有空白单元格，无法核对总计（空白不按 0 计算）',
  'finding.integer':
    '{row:row}「{cell:column}」列的值 {value:value} {why:message}：件数只能是 0 或正整数，请按原报告更正。',
  'finding.integer.notNumber': '不是数字',
  'finding.integer.notFinite': '不是有限数字',
  'finding.integer.negative': '是负数',
  'finding.integer.fraction': '不是整数',
  'finding.complete.row':
    '{row:row}有 {count} 个空白单元格（整行空白）。空白不等于 0：确为 0 请填写 0，否则请按原报告补充数字。',
  'finding.complete.cells':
    '{row:row}有 {count} 个空白单元格（{cells:column:7}）。空白不等于 0：确为 0 请填写 0，否则请按原报告补充数字。',

  // carry-chain, in-force-chain, missing-report (across reports)
  'finding.carry-chain':
    '“{over:row}”「{column:applicant}」列为 {actual}，但 {previousYear} 年度报告“{forward:row}”同一列为 {expected}。两年报告应当衔接，请核对本年的上年结转数或 {previousYear} 年度的结转下年度数。',
  'na.carry-chain':
    '本年“{over:row}”或 {previousYear} 年度“{forward:row}”的「{columns:applicant:3}」列有空白单元格，无法核对结转衔接',
  'finding.in-force-chain':
    '{item:item}“现行有效件数”为 {inForce}，但按 {previousYear} 年度现行有效件数 {before} + 本年制发件数 {issued} − 本年废止件数 {repealed} 应为 {expected}。请核对本年现行有效件数及制发、废止件数（如有清理、失效等其他变动，请在报告中说明）。',
  'na.in-force-chain':
    '{items:item:3}的现行有效、制发或废止件数（本年或 {previousYear} 年度）有空白，无法核对现行有效件数衔接',
  'finding.missing-report':
    '缺少 {year} 年度报告：该机关已有 {earlier:text:5} 年度报告，数据中最新年度为 {newest}，但没有 {year} 年度报告（法定期限 {deadline}）。请核实该报告是否已发布并导入；如机关已撤销或合并，请标记其撤销年度。',
  'na.missing-report': '{year} 年度报告的法定发布期限 {deadline} 尚未届满，暂不判定缺失',

  // deadline, outdated-template
  'finding.deadline.due':
    '{officeKind:officeKind}应于次年 {month:month} 月 {day} 日前发布，《政府信息公开条例》第四十九条',
  'finding.deadline':
    '发布日期 {published} 晚于法定期限 {deadline}（{due:message}），逾期 {days} 天。请核实发布日期；确属逾期的，督促该机关整改。',
  'na.deadline.unknown': '发布日期未知，无法判断是否按时发布（{due:message}）；请补充发布日期',
  'na.deadline.unknownPending':
    '发布日期未知，且法定期限 {deadline} 尚未届满，无法判断是否按时发布（{due:message}）；请补充发布日期',
  'na.deadline.unreadable': '发布日期“{published}”无法识别，无法判断是否按时发布；请改为 2025-01-20 这样的日期',
  'finding.outdated-template':
    '{year} 年度报告使用了 2019 年格式（国办公开办函〔2019〕60号）。{firstYear} 年度起应使用国办公开办函〔2021〕30号格式，请督促该机关按新格式编制；导入时请核对“报告格式”一栏。',

  // content rules
  'na.sections-missing': '报告不是从年报原文（文本、网页、Word 文件）读入的，无法判断六个部分是否齐全',
  'finding.sections-missing.absent':
    '报告中没有“{part:section}”部分。年度报告应包括国家格式规定的六个部分，请补齐；确无内容的，应写明“无”。',
  'finding.sections-missing.empty': '“{part:section}”只有标题，没有内容。请补写该部分；确无内容的，应写明“无”。',
  'finding.sections-missing.expected': '有内容',
  'finding.sections-missing.absentWord': '缺少',
  'finding.sections-missing.emptyWord': '只有标题',
  'finding.narrative-copy.expected': '低于 {threshold}',
  'finding.narrative-copy.previous':
    '与本机关{previousYear}年报告正文相似度 {similarity}（年份、数字、机关名称和格式套话不计）。疑似照搬上一年度报告，请按本年度工作实际重新撰写总体情况、存在的主要问题及改进情况。',
  'finding.narrative-copy.other':
    '与{office}{year}年报告正文相似度 {similarity}（年份、数字、机关名称和格式套话不计）。疑似照搬其他机关的报告，请核实并按本机关工作实际撰写。',
  'finding.narrative-copy.others':
    '与{office}{year}年报告正文相似度 {similarity}（年份、数字、机关名称和格式套话不计），另有 {more} 份同年度报告的相似度也在 {threshold} 以上。疑似照搬其他机关的报告，请核实并按本机关工作实际撰写。',
  'finding.narrative-mismatch':
    '正文“{sentence}”所述 {stated} 与{figure:message} {value} 不一致。请核对正文或表格，使两者一致。',
  'finding.narrative-mismatch.allHandled':
    '正文“{sentence}”称申请已全部办结，但{figure:message}为 {value}。请核对正文或表格，使两者一致。',
  'figure.received': '表三“一、本年新收政府信息公开申请数量”总计',
  'figure.carriedOver': '表三“二、上年结转政府信息公开申请数量”总计',
  'figure.handled': '表三“三（七）总计”',
  'figure.carriedForward': '表三“四、结转下年度继续办理”总计',
  'figure.review': '表四行政复议总计',
  'figure.litigation': '表四行政诉讼总计（未经复议直接起诉与复议后起诉之和）',
  'figure.disputes': '表四行政复议与行政诉讼总计之和',
  'finding.revised-after-publication':
    '发布日期同为 {published}，报告再次导入时有 {count} 个数字与先前导入的版本不同：{changes:message:；}。已发布的报告不应悄悄修改；确需更正的，应重新发布并注明更正日期和更正内容。',
  'finding.revised-after-publication.more':
    '发布日期同为 {published}，报告再次导入时有 {count} 个数字与先前导入的版本不同：{changes:message:；} 等。已发布的报告不应悄悄修改；确需更正的，应重新发布并注明更正日期和更正内容。',
  'finding.revised-after-publication.change': '{cell:cell} {before:value} → {after:value}',
  'finding.revised-after-publication.actual': '{count} 处改动',

  // review only: zero-requests and the year-on-year anomalies
  'finding.zero-requests': '{reasons:message:；}。请核实是否确无申请，或是否有申请未登记、未统计。',
  'finding.zero-requests.running': '已连续 {running} 年（{from}–{year} 年度）本年新收申请为 0',
  'finding.zero-requests.peers':
    '{region}其他 {peers} 个{officeKind:officeKind}同年新收申请的中位数为 {median} 件，本机关为 0',
  'finding.yoy-volume':
    '本年新收政府信息公开申请 {now} 件，{previousYear} 年度为 {before} 件{ratio:message}。请核实是否多填、漏填数位或把其他数字填入本栏；确属实际变化的，建议在报告中说明原因。',
  'finding.yoy-volume.times': '，是上一年度的 {times} 倍',
  'finding.yoy-volume.toZero': '，降为 0',
  'finding.yoy-volume.fraction': '，仅为上一年度的 1/{times}',
  'finding.yoy-identical':
    '表三、表四的全部 {count} 个数字与 {previousYear} 年度报告完全相同（如本年新收申请 {received:blank} 件，{previousYear} 年度也是 {received:blank} 件）。疑似照抄上一年度报告，请核实本年数据。',
  'finding.yoy-disclosure.up':
    '公开率（予以公开与部分公开之和 ÷ 办理总数）由 {previousYear} 年度的 {before}（办理 {handledBefore} 件）升至本年的 {now}（办理 {handledNow} 件），变化 {points} 个百分点。请核实办理结果各行是否填错行；确属实际变化的，建议在报告中说明原因。',
  'finding.yoy-disclosure.down':
    '公开率（予以公开与部分公开之和 ÷ 办理总数）由 {previousYear} 年度的 {before}（办理 {handledBefore} 件）降至本年的 {now}（办理 {handledNow} 件），变化 {points} 个百分点。请核实办理结果各行是否填错行；确属实际变化的，建议在报告中说明原因。',

  // the document reader (io/report/assemble.ts)
  'parse.label.row': '{row:docRow}',
  'parse.label.group': '{group:disputeGroup}',
  'parse.label.item': '{item:item}',
  'parse.label.disputes': '行政复议、行政诉讼',
  'parse.invalid': '“{label:message}”一行第 {position} 格“{text}”无法识别：{problem:message}，已留空',
  'parse.incomplete':
    '“{label:message}”一行只识别出 {found} 个数（应有 {expected} 个），缺少的 {missing} 格已留空，请核对原文',
  'parse.ambiguous.none': '“{label:message}”的数字粘连为“{digits}”，没有一种拆分能满足合计关系，已留空，请核对原文',
  'parse.ambiguous.tooLong': '“{label:message}”的数字粘连为“{digits}”，数字过长，无法可靠拆分，已留空，请核对原文',
  'parse.ambiguous.some':
    '“{label:message}”的数字粘连为“{digits}”，有 {count} 种拆分都符合合计关系：{splits:text:；}，已留空，请核对原文',
  'parse.ambiguous.many':
    '“{label:message}”的数字粘连为“{digits}”，有 {count} 种拆分都符合合计关系：{splits:text:；}……，已留空，请核对原文',
  'parse.otherHandlingAsOneRow':
    '报告按 2021 年格式填写，但“（六）其他处理”只印了一行（2019 年格式的写法）：这一行的数已记入“{other:docRow}”，“{first:docRow}”和“{second:docRow}”两行已留空，请核对原文',
  'parse.itemMissing': '表二（主动公开政府信息情况）中没有找到“{item:item}”一行，相关各格已留空，请核对原文',

  // The cells a finding concerns, in the clerk's words (analysis/rectification.ts)
  'cells.requests': '表三（收到和处理政府信息公开申请情况）',
  'cells.disputes': '表四（行政复议、行政诉讼情况）',
  'cells.proactive': '表二（主动公开政府信息情况）',
  'cells.report': '整份年度报告',
  'cells.narrative': '报告正文',
  'cells.section': '{part:section}',
  'cells.ofRow': '{row}：{columns}',
  'cells.ofColumn': '{column}列：{rows}',
} as const

export const findingsEn: Record<keyof typeof findingsZh, string> = {
  text: '{text}',
  empty: '',

  'finding.row-total':
    '{row:row}: the 6 applicant columns (natural persons, businesses, research institutions, non-profit organisations, legal service providers, other organisations) add up to {sum}, but the “Total” column is {total}. Check the row’s applicant columns and its “Total” column.',
  'na.row-total': '{rows:row:3}: blank cells, so the row totals cannot be checked (blank is not counted as 0)',
  'finding.outcome-sum':
    '{row:row}, column “{column:applicant}”: {total}, but the {outcomes} outcome rows add up to {sum}. Check the “{column:applicant}” column of rows III(1) to III(6) and the total, row by row.',
  'na.outcome-sum':
    'Column “{columns:applicant:3}”: blank outcome or total cells, so whether {row:row} equals the sum of the outcomes cannot be checked (blank is not counted as 0)',
  'finding.balance':
    'I + II ≠ III(7) + IV ({column:applicant}): {expected} ≠ {actual}. “{received:row}” {a} + “{carriedOver:row}” {b} should equal “{total:row}” {c} + “{carriedForward:row}” {d}; check the “{column:applicant}” column of these four rows.',
  'na.balance':
    'Column “{columns:applicant:3}”: blank cells, so I + II = III(7) + IV cannot be checked (blank is not counted as 0)',

  'finding.review-sum':
    'Table IV {group:disputeGroup}: Upheld, Corrected, Other result and Pending add up to {sum}, but “Total” is {total}. Check the group’s columns and its “Total”.',
  'na.review-sum':
    'Table IV {groups:disputeGroup:3}: blank cells, so the totals cannot be checked (blank is not counted as 0)',
  'finding.integer':
    '{row:row}, column “{cell:column}”: the value {value:value} {why:message}; a count can only be 0 or a positive whole number. Correct it from the original report.',
  'finding.integer.notNumber': 'is not a number',
  'finding.integer.notFinite': 'is not a finite number',
  'finding.integer.negative': 'is negative',
  'finding.integer.fraction': 'is not a whole number',
  'finding.complete.row':
    '{row:row}: {count:plural:blank cell|blank cells} (the whole row). Blank is not 0: write 0 where the figure is 0, otherwise fill in the figure from the original report.',
  'finding.complete.cells':
    '{row:row}: {count:plural:blank cell|blank cells} ({cells:column:7}). Blank is not 0: write 0 where the figure is 0, otherwise fill in the figure from the original report.',

  'finding.carry-chain':
    '“{over:row}”, column “{column:applicant}”: {actual}, but “{forward:row}” in the {previousYear} report has {expected} in the same column. The two years must connect: check this year’s carry-over or the {previousYear} carry-forward.',
  'na.carry-chain':
    '“{over:row}” this year or “{forward:row}” in {previousYear}: blank cells in column “{columns:applicant:3}”, so the carry-over chain cannot be checked',
  'finding.in-force-chain':
    '{item:item}: “In force” is {inForce}, but from {previousYear} it should be {expected}: in force {before} + issued this year {issued} − repealed this year {repealed}. Check this year’s in-force, issued and repealed counts (explain any other change, such as a clean-up or expiry, in the report).',
  'na.in-force-chain':
    '{items:item:3}: a blank in-force, issued or repealed count (this year or {previousYear}), so the in-force chain cannot be checked',
  'finding.missing-report':
    'No report for {year}: the office has reports for {earlier:text:5} and the newest year in the data is {newest}, but none for {year} (legal deadline {deadline}). Check whether the report was published and imported; if the office was dissolved or merged, mark the year it was dissolved.',
  'na.missing-report': 'The legal deadline {deadline} for the {year} report has not passed yet: not judged as missing',

  'finding.deadline.due':
    '{officeKind:officeKind} offices publish by {day} {month:month} of the following year, Article 49 of the Regulations on Government Information Disclosure',
  'finding.deadline':
    'Published {published}, after the legal deadline {deadline} ({due:message}): {days:plural:day|days} late. Check the publication date; if it is late, ask the office to put it right.',
  'na.deadline.unknown':
    'Publication date unknown, so whether it was published on time cannot be judged ({due:message}); add the publication date',
  'na.deadline.unknownPending':
    'Publication date unknown and the legal deadline {deadline} has not passed yet, so whether it was published on time cannot be judged ({due:message}); add the publication date',
  'na.deadline.unreadable':
    'The publication date “{published}” cannot be read, so whether it was published on time cannot be judged; write it as a date such as 2025-01-20',
  'finding.outdated-template':
    'The {year} report uses the 2019 format (State Council General Office circular No. 60 of 2019). Reports for {firstYear} and later must use the format of circular No. 30 of 2021: ask the office to use the new format; on import, check the “Template” column.',

  'na.sections-missing':
    'The report was not read from the report document (text, web page, Word file), so whether it has all six parts cannot be judged',
  'finding.sections-missing.absent':
    'The report has no part “{part:section}”. An annual report must have the six parts of the national format: add it; where there is nothing to report, say “none”.',
  'finding.sections-missing.empty':
    '“{part:section}” has a heading but no content. Write the part; where there is nothing to report, say “none”.',
  'finding.sections-missing.expected': 'content',
  'finding.sections-missing.absentWord': 'missing',
  'finding.sections-missing.emptyWord': 'heading only',
  'finding.narrative-copy.expected': 'below {threshold}',
  'finding.narrative-copy.previous':
    'The narrative is {similarity} similar to the office’s own {previousYear} report (years, figures, office names and the format’s set phrases ignored). It looks copied from last year’s report: rewrite the overview and the main problems and improvements from this year’s work.',
  'finding.narrative-copy.other':
    'The narrative is {similarity} similar to the {year} report of {office} (years, figures, office names and the format’s set phrases ignored). It looks copied from another office’s report: check it and write it from this office’s own work.',
  'finding.narrative-copy.others':
    'The narrative is {similarity} similar to the {year} report of {office} (years, figures, office names and the format’s set phrases ignored), and {more:plural:other report|other reports} of the same year are also {threshold} or more alike. It looks copied from another office’s report: check it and write it from this office’s own work.',
  'finding.narrative-mismatch':
    'The narrative says {stated} (“{sentence}”), but {figure:message} is {value}. Make the narrative and the table agree.',
  'finding.narrative-mismatch.allHandled':
    'The narrative says every request was handled (“{sentence}”), but {figure:message} is {value}. Make the narrative and the table agree.',
  'figure.received': 'the total of table III “I. New requests received”',
  'figure.carriedOver': 'the total of table III “II. Carried over from last year”',
  'figure.handled': 'table III “III(7) Total handled”',
  'figure.carriedForward': 'the total of table III “IV. Carried forward to next year”',
  'figure.review': 'the administrative review total of table IV',
  'figure.litigation': 'the litigation total of table IV (without prior review plus after review)',
  'figure.disputes': 'the review and litigation totals of table IV together',
  'finding.revised-after-publication':
    'Same publication date {published}, but the report imported again has {count:plural:figure|figures} different from the version imported before: {changes:message:; }. A published report must not be changed quietly; a correction is republished with the date and what was corrected.',
  'finding.revised-after-publication.more':
    'Same publication date {published}, but the report imported again has {count:plural:figure|figures} different from the version imported before: {changes:message:; } and more. A published report must not be changed quietly; a correction is republished with the date and what was corrected.',
  'finding.revised-after-publication.change': '{cell:cell} {before:value} → {after:value}',
  'finding.revised-after-publication.actual': '{count:plural:change|changes}',

  'finding.zero-requests':
    'No new requests: {reasons:message:; }. Check whether there were truly no requests, or whether requests went unlogged or uncounted.',
  'finding.zero-requests.running': '{running} years running ({from}–{year})',
  'finding.zero-requests.peers':
    'the {peers} other {officeKind:officeKind} offices of {region} received a median of {median} that year',
  'finding.yoy-volume':
    '{now} new requests this year, {before} in {previousYear}{ratio:message}. Check for a digit too many or too few, or another figure typed into this cell; if the change is real, explain it in the report.',
  'finding.yoy-volume.times': ': {times} times last year',
  'finding.yoy-volume.toZero': ': down to 0',
  'finding.yoy-volume.fraction': ': only 1/{times} of last year',
  'finding.yoy-identical':
    'All {count} figures of tables III and IV are the same as in the {previousYear} report (e.g. new requests {received:blank} this year and {received:blank} in {previousYear}). It looks copied from last year’s report: check this year’s figures.',
  'finding.yoy-disclosure.up':
    'The disclosure rate (granted plus partially granted ÷ total handled) rose from {before} in {previousYear} ({handledBefore} handled) to {now} this year ({handledNow} handled), {points} percentage points. Check that the outcome rows are not mixed up; if the change is real, explain it in the report.',
  'finding.yoy-disclosure.down':
    'The disclosure rate (granted plus partially granted ÷ total handled) fell from {before} in {previousYear} ({handledBefore} handled) to {now} this year ({handledNow} handled), {points} percentage points. Check that the outcome rows are not mixed up; if the change is real, explain it in the report.',

  'parse.label.row': '{row:docRow}',
  'parse.label.group': '{group:disputeGroup}',
  'parse.label.item': '{item:item}',
  'parse.label.disputes': 'Administrative review and litigation',
  'parse.invalid': 'Row “{label:message}”, cell {position}: “{text}” cannot be read ({problem:message}); left blank',
  'parse.incomplete':
    'Row “{label:message}”: only {found} of {expected} figures found; the {missing} missing cells are left blank — check the original',
  'parse.ambiguous.none':
    'The figures of “{label:message}” run together as “{digits}” and no split satisfies the totals; left blank — check the original',
  'parse.ambiguous.tooLong':
    'The figures of “{label:message}” run together as “{digits}”, too long to split reliably; left blank — check the original',
  'parse.ambiguous.some':
    'The figures of “{label:message}” run together as “{digits}” and {count} splits satisfy the totals: {splits:text:; }; left blank — check the original',
  'parse.ambiguous.many':
    'The figures of “{label:message}” run together as “{digits}” and {count} splits satisfy the totals: {splits:text:; } …; left blank — check the original',
  'parse.otherHandlingAsOneRow':
    'The report uses the 2021 format but prints “(6) Other handling” as one row (as the 2019 format does): its figures went to “{other:docRow}”; “{first:docRow}” and “{second:docRow}” are left blank — check the original',
  'parse.itemMissing':
    'Table II (proactive disclosure) has no row “{item:item}”; its cells are left blank — check the original',

  'cells.requests': 'Table III (requests received and handled)',
  'cells.disputes': 'Table IV (administrative review and litigation)',
  'cells.proactive': 'Table II (proactive disclosure)',
  'cells.report': 'The whole annual report',
  'cells.narrative': 'The report’s narrative',
  'cells.section': '{part:section}',
  'cells.ofRow': '{row}: {columns}',
  'cells.ofColumn': 'Column {column}: {rows}',
}
