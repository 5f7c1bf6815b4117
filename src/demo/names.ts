/**
 * Names and activity profiles of the fictional city 江州市: its districts and counties, the
 * departments every region has, and the city's own departments. Everything here is invented but
 * follows how real offices are named, so ranking and comparison views look like the real thing.
 */

export const CITY_NAME = '江州市'
/** Region value of the city's own departments. */
export const CITY_LEVEL_REGION = '市本级'

/** How many requests an office gets a year: none 0–2, low 0–12, mid 5–40, high 80–400, gov 100–500. */
export type VolumeTier = 'none' | 'low' | 'mid' | 'high' | 'gov'
/** Activity in a proactive-disclosure item: 0 none … 3 a lot. */
export type Level = 0 | 1 | 2 | 3

export interface OfficeProfile {
  volume: VolumeTier
  licensing: Level
  penalty: Level
  coercion: Level
  fees: Level
  normativeDocuments: Level
  /** Only a 设区的市 government may make 规章; district and county governments may not. */
  regulations: boolean
}

/** [name, volume, licensing, penalty, coercion, fees, normativeDocuments] */
type DepartmentRow = readonly [string, VolumeTier, Level, Level, Level, Level, Level]

export interface DepartmentDef {
  readonly name: string
  readonly profile: OfficeProfile
}

function departments(rows: readonly DepartmentRow[]): DepartmentDef[] {
  return rows.map(([name, volume, licensing, penalty, coercion, fees, normativeDocuments]) => ({
    name,
    profile: { volume, licensing, penalty, coercion, fees, normativeDocuments, regulations: false },
  }))
}

export const GOVERNMENT_PROFILE: OfficeProfile = {
  volume: 'gov',
  licensing: 1,
  penalty: 0,
  coercion: 0,
  fees: 0,
  normativeDocuments: 3,
  regulations: false,
}
export const CITY_GOVERNMENT_PROFILE: OfficeProfile = { ...GOVERNMENT_PROFILE, regulations: true }
export const STREET_PROFILE: OfficeProfile = {
  volume: 'low',
  licensing: 0,
  penalty: 1,
  coercion: 1,
  fees: 0,
  normativeDocuments: 0,
  regulations: false,
}

/** Departments of a district or county, most important first (a smaller region keeps the first ones). */
export const REGION_DEPARTMENTS: readonly DepartmentDef[] = departments([
  ['人民政府办公室', 'low', 0, 0, 0, 0, 1],
  ['发展和改革局', 'mid', 1, 1, 0, 1, 1],
  ['教育局', 'mid', 1, 1, 0, 1, 1],
  ['公安分局', 'high', 3, 3, 3, 1, 1],
  ['民政局', 'mid', 1, 1, 0, 0, 1],
  ['司法局', 'low', 1, 0, 0, 0, 1],
  ['财政局', 'mid', 0, 1, 0, 1, 1],
  ['人力资源和社会保障局', 'mid', 1, 2, 0, 1, 1],
  ['自然资源和规划分局', 'high', 3, 2, 1, 1, 1],
  ['生态环境分局', 'mid', 2, 3, 2, 0, 0],
  ['住房和城乡建设局', 'high', 3, 2, 1, 2, 1],
  ['交通运输局', 'mid', 2, 3, 2, 1, 1],
  ['农业农村局', 'mid', 2, 2, 1, 1, 1],
  ['卫生健康委员会', 'mid', 3, 2, 1, 1, 1],
  ['应急管理局', 'mid', 1, 2, 1, 0, 1],
  ['市场监督管理局', 'high', 3, 3, 2, 1, 1],
  ['城市管理局', 'mid', 2, 3, 2, 1, 1],
  ['住房保障和房屋管理局', 'high', 1, 1, 0, 1, 1],
  ['科学技术局', 'low', 0, 0, 0, 0, 0],
  ['工业和信息化局', 'low', 1, 0, 0, 0, 0],
  ['水利局', 'low', 1, 1, 1, 1, 0],
  ['商务局', 'low', 1, 1, 0, 0, 0],
  ['文化和旅游局', 'low', 2, 2, 1, 0, 0],
  ['退役军人事务局', 'low', 0, 0, 0, 0, 0],
  ['审计局', 'low', 0, 0, 0, 0, 0],
  ['统计局', 'low', 0, 1, 0, 0, 0],
  ['医疗保障局', 'low', 0, 1, 0, 0, 1],
  ['林业和园林局', 'low', 1, 1, 0, 0, 0],
  ['信访局', 'low', 0, 0, 0, 0, 0],
  ['政务服务管理局', 'low', 3, 0, 0, 0, 0],
  ['人民防空办公室', 'none', 1, 1, 0, 1, 0],
  ['机关事务管理局', 'none', 0, 0, 0, 0, 0],
  ['民族宗教事务局', 'none', 1, 1, 0, 0, 0],
  ['体育局', 'none', 1, 1, 0, 0, 0],
  ['档案馆', 'none', 0, 1, 0, 0, 0],
  ['投资促进局', 'none', 0, 0, 0, 0, 0],
  ['粮食和物资储备局', 'none', 1, 1, 0, 0, 0],
])

/** The city's own departments (region 市本级), most important first. */
export const CITY_DEPARTMENTS: readonly DepartmentDef[] = departments([
  ['人民政府办公室', 'low', 0, 0, 0, 0, 2],
  ['发展和改革委员会', 'mid', 2, 1, 0, 1, 2],
  ['教育局', 'mid', 2, 1, 0, 1, 2],
  ['公安局', 'high', 3, 3, 3, 2, 2],
  ['民政局', 'mid', 1, 1, 0, 0, 2],
  ['司法局', 'low', 2, 1, 0, 0, 2],
  ['财政局', 'mid', 0, 1, 0, 2, 2],
  ['人力资源和社会保障局', 'mid', 2, 2, 1, 1, 2],
  ['自然资源和规划局', 'high', 3, 2, 1, 2, 2],
  ['生态环境局', 'mid', 2, 3, 2, 0, 2],
  ['住房和城乡建设局', 'high', 3, 2, 1, 2, 2],
  ['交通运输局', 'mid', 3, 3, 2, 2, 2],
  ['农业农村局', 'mid', 2, 2, 1, 1, 2],
  ['卫生健康委员会', 'mid', 3, 2, 1, 1, 2],
  ['应急管理局', 'mid', 2, 2, 1, 0, 2],
  ['市场监督管理局', 'high', 3, 3, 2, 1, 2],
  ['城市管理局', 'mid', 2, 3, 2, 1, 2],
  ['住房保障和房产管理局', 'high', 2, 1, 0, 1, 2],
  ['科学技术局', 'low', 1, 0, 0, 0, 1],
  ['工业和信息化局', 'low', 1, 1, 0, 0, 1],
  ['水利局', 'low', 2, 1, 1, 1, 1],
  ['商务局', 'low', 1, 1, 0, 0, 1],
  ['文化广电旅游局', 'low', 2, 2, 1, 0, 1],
  ['退役军人事务局', 'low', 0, 0, 0, 0, 1],
  ['审计局', 'low', 0, 0, 0, 0, 0],
  ['人民政府国有资产监督管理委员会', 'low', 0, 0, 0, 0, 1],
  ['统计局', 'low', 0, 1, 0, 0, 0],
  ['医疗保障局', 'low', 0, 1, 0, 0, 1],
  ['林业局', 'low', 2, 1, 0, 1, 1],
  ['地方金融监督管理局', 'low', 1, 1, 0, 0, 1],
  ['信访局', 'low', 0, 0, 0, 0, 0],
  ['政务服务管理局', 'low', 3, 0, 0, 0, 1],
  ['人民防空办公室', 'none', 1, 1, 0, 1, 1],
  ['机关事务管理局', 'none', 0, 0, 0, 0, 0],
  ['民族宗教事务委员会', 'none', 1, 1, 0, 0, 0],
  ['体育局', 'none', 1, 1, 0, 0, 0],
  ['外事办公室', 'none', 1, 0, 0, 0, 0],
  ['档案馆', 'none', 0, 1, 0, 0, 0],
  ['投资促进局', 'none', 0, 0, 0, 0, 0],
  ['粮食和物资储备局', 'none', 1, 1, 0, 0, 0],
  ['港航管理局', 'none', 1, 1, 0, 1, 0],
  ['公共资源交易管理委员会办公室', 'none', 0, 0, 0, 0, 0],
])

/** A department created in the newest year (the 2024 data bureau reform): no earlier reports. */
export const NEW_DEPARTMENT: DepartmentDef = departments([['数据局', 'low', 0, 0, 0, 0, 1]])[0]

/** Renamed departments: reports before `year` carry the old name, from `year` on the new one. */
export const RENAMES: readonly { from: string; to: string; year: number }[] = [
  { from: '城市管理局', to: '城市管理和综合执法局', year: 2022 },
  { from: '人民防空办公室', to: '国防动员办公室', year: 2023 },
]

export const DISTRICTS = ['东城区', '西湖区', '南湖区', '北塘区', '江北区', '江南区', '青山区', '新港区', '滨江区']
export const COUNTIES = ['临江县', '白沙县', '桃源县', '云溪县', '石门县', '安平县', '清河县']

const NAME_FIRST = ['安', '宁', '丰', '泰', '华', '兴', '长', '永', '和', '德', '嘉', '庆', '福', '瑞', '鹤', '松']
const NAME_SECOND = ['阳', '平', '乐', '江', '山', '川', '源', '溪', '湖', '林', '城', '水']

/** `count` region names: the 16 fixed ones first, then invented 区/县 names, all distinct. */
export function regionNames(count: number): string[] {
  const fixed: string[] = []
  // Interleave districts and counties so a small city still has both.
  for (let i = 0; i < Math.max(DISTRICTS.length, COUNTIES.length); i++) {
    if (i < DISTRICTS.length) fixed.push(DISTRICTS[i])
    if (i < COUNTIES.length) fixed.push(COUNTIES[i])
  }
  const out = fixed.slice(0, count)
  const seen = new Set(out)
  let i = 0
  while (out.length < count) {
    const a = NAME_FIRST[i % NAME_FIRST.length]
    const b = NAME_SECOND[Math.floor(i / NAME_FIRST.length) % NAME_SECOND.length]
    const round = Math.floor(i / (NAME_FIRST.length * NAME_SECOND.length))
    const name = `${a}${b}${round > 0 ? round + 1 : ''}${i % 2 === 0 ? '区' : '县'}`
    if (!seen.has(name)) {
      seen.add(name)
      out.push(name)
    }
    i++
  }
  return out
}

const CITY_FIRST = [
  '江',
  '云',
  '澜',
  '宁',
  '青',
  '临',
  '泽',
  '梁',
  '汉',
  '溪',
  '岳',
  '湘',
  '衡',
  '沅',
  '桂',
  '蓉',
  '晋',
  '秦',
  '燕',
  '齐',
]
const CITY_SECOND = ['州', '阳', '安', '宁', '平', '川', '原', '都']

/** Invented city name number `index` for the province benchmark: 江州市, 云州市 … all distinct. */
export function cityName(index: number): string {
  const round = Math.floor(index / (CITY_FIRST.length * CITY_SECOND.length))
  const second = CITY_SECOND[Math.floor(index / CITY_FIRST.length) % CITY_SECOND.length]
  return `${CITY_FIRST[index % CITY_FIRST.length]}${second}${round > 0 ? round + 1 : ''}市`
}

const STREETS = [
  '东门',
  '城南',
  '解放路',
  '人民路',
  '新华路',
  '中山路',
  '滨河',
  '湖滨',
  '文昌',
  '凤凰',
  '龙泉',
  '桂花',
  '望江',
  '长青',
  '朝阳',
  '金沙',
  '白鹭',
  '清泉',
  '城北',
  '西门',
  '南门',
  '北门',
  '城关',
  '江滨',
]

/** Names of `count` 街道办事处 of a region (department offices). */
export function streetNames(count: number, offset: number): string[] {
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const k = (i + offset) % STREETS.length
    const round = Math.floor(i / STREETS.length)
    out.push(`${STREETS[k]}${round > 0 ? `第${round + 1}` : ''}街道办事处`)
  }
  return out
}
