/**
 * Test support: narratives shaped like real annual reports (a district justice bureau's 2023 and
 * 2024 reports written anew each year, a copy of 2023 with its years and figures changed, a
 * neighbour's copy with only the name replaced, and an unrelated office). Not imported by
 * application code.
 */
import type { Narrative } from '../../types'

export const JUSTICE_2023: Narrative = {
  overview: [
    '2023年，区司法局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实《中华人民共和国政府信息公开条例》，围绕法治政府建设中心工作，不断深化政务公开，切实保障人民群众的知情权、参与权和监督权。',
    '（一）主动公开情况。全年通过区政府门户网站主动公开政府信息186条，其中机构职能类12条、政策文件类23条、法律服务类96条，发布政策解读4篇。及时更新公共法律服务事项清单，公开人民调解、法律援助办理指南和办事流程。',
    '（二）依申请公开情况。全年共收到政府信息公开申请12件，办结12件，申请内容主要集中在律师执业信息、行政复议决定等方面。',
    '（三）政府信息管理情况。严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。',
    '（四）平台建设情况。优化“司法行政”专栏设置，新增“法律援助”“公证服务”子栏目，栏目内容更新及时、准确。',
    '（五）监督保障情况。将政务公开工作纳入年度目标考核，组织专题培训2次，参训人员60余人次。',
  ].join('\n'),
  problems:
    '存在的主要问题：一是政策解读形式较为单一，以文字解读为主，图解、视频等群众喜闻乐见的形式运用不多；二是部分栏目信息更新不够及时。' +
    '改进措施：一是丰富政策解读形式，推出图文、动漫等多样化解读产品；二是建立栏目内容定期巡查机制，确保信息及时更新。',
  other: '本年度未收取信息处理费。无其他需要报告的事项。',
}

/** The same office a year later, written anew (as real consecutive reports are: 10–35 % shared). */
export const JUSTICE_2024: Narrative = {
  overview: [
    '2024年，区司法局聚焦群众关切，以提升公共法律服务质效为抓手，推进政务公开标准化规范化建设。',
    '一是聚焦重点领域信息公开。围绕“八五”普法中期评估、法律援助民生实事等重点工作，在门户网站发布各类信息213条，对《区法律援助便民服务十条措施》开展图文解读，并邀请律师代表在线答疑。',
    '二是规范依申请公开办理。修订依申请公开办理规程，明确登记、拟办、审核、答复各环节时限，全年新收申请15件，上年结转0件，全部办结。',
    '三是强化公开平台管理。开展门户网站专栏自查，清理过期链接18个，将公证、仲裁、司法鉴定等办事指南统一按标准目录重新编排。',
    '四是加强队伍能力建设。选派业务骨干参加市级政务公开业务培训，编印《依申请公开答复文书范本》供各科室参照使用。',
  ].join('\n'),
  problems:
    '一是基层司法所信息报送积极性不高，基层动态发布偏少；二是依申请答复文书说理仍需加强。' +
    '下一步，我局将把司法所信息报送纳入季度通报，并组织答复文书评查，提升答复规范化水平。',
  other: '依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。',
}

/** 2023's text reused for 2024: the years and every figure changed, nothing else. */
export const JUSTICE_2024_COPIED: Narrative = {
  overview: JUSTICE_2023.overview!.replace(/2023/g, '2024')
    .replace('186条', '203条')
    .replace('12条', '15条')
    .replace('23条', '19条')
    .replace('96条', '104条')
    .replace('4篇', '6篇')
    .replace('申请12件，办结12件', '申请15件，办结15件')
    .replace('2次', '3次')
    .replace('60余', '80余'),
  problems: JUSTICE_2023.problems,
  other: JUSTICE_2023.other,
}

/** A neighbour's 2024 report taken over with only the office's name replaced. */
export const CIVIL_AFFAIRS_2024_COPIED: Narrative = {
  overview: JUSTICE_2024.overview!.replace(/区司法局/g, '区民政局').replace('213条', '167条'),
  problems: JUSTICE_2024.problems,
  other: JUSTICE_2024.other,
}

/** Another office of the same year, written on its own. */
export const HOUSING_2024: Narrative = {
  overview: [
    '2024年，区住房和城乡建设局认真落实上级关于政务公开工作的部署要求，紧扣城市更新、保障性住房、建筑市场监管等重点领域，持续加大信息公开力度。',
    '全年主动公开保障性住房分配、老旧小区改造计划、建设工程招投标等信息326条，公开房屋征收补偿方案3个，召开城市更新项目意见征集座谈会5场。',
    '依申请公开方面，全年新收政府信息公开申请41件，上年结转3件，办结42件，结转下年度继续办理2件，申请人主要关注房屋征收补偿标准和安置房分配结果。',
    '同时，我局组织对建设工程领域行政处罚信息进行集中梳理，对超过公示期限的信息及时撤下，保护企业合法权益。',
  ].join('\n'),
  problems:
    '房屋征收领域的申请量大、答复难度高，答复时限压力较大。下一步将会同征收实施单位建立信息共享台账，提前梳理征收档案，缩短检索时间。',
  other: '无。',
}

/**
 * 2024 written anew but keeping two stock paragraphs of 2023 word for word (confidentiality
 * review, training) — what real consecutive reports do, and no copy.
 */
export const JUSTICE_2024_REUSED: Narrative = {
  overview: [
    JUSTICE_2024.overview!,
    '（三）政府信息管理情况。严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。',
    '（五）监督保障情况。将政务公开工作纳入年度目标考核，组织专题培训3次，参训人员70余人次。',
  ].join('\n'),
  problems: JUSTICE_2024.problems,
  other: JUSTICE_2024.other,
}

/** 2023 reused with its figures changed, one sentence reworded and a short paragraph added: still a copy. */
export const JUSTICE_2024_EDITED_COPY: Narrative = {
  overview:
    JUSTICE_2024_COPIED.overview!.replace(
      '切实保障人民群众的知情权、参与权和监督权。',
      '努力让人民群众在每一项公开事项中感受到公平正义。',
    ) + '\n（六）今年还首次在司法所公示栏张贴政务公开二维码。',
  problems: JUSTICE_2023.problems,
  other: JUSTICE_2023.other,
}
