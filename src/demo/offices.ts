/**
 * Which offices exist: the city 江州市 (its districts and counties, each with a government,
 * departments and 街道办事处, plus the city's own departments), or one region of the synthetic
 * province used for benchmarks.
 */
import type { OfficeKind } from '../domain/model'
import {
  CITY_DEPARTMENTS,
  CITY_GOVERNMENT_PROFILE,
  CITY_LEVEL_REGION,
  CITY_NAME,
  COUNTIES,
  GOVERNMENT_PROFILE,
  NEW_DEPARTMENT,
  REGION_DEPARTMENTS,
  RENAMES,
  STREET_PROFILE,
  cityName,
  regionNames,
  streetNames,
  type OfficeProfile,
} from './names'
import type { Rng } from './random'

export interface OfficePlan {
  /** Full name, unique across regions, e.g. 江州市东城区教育局. */
  name: string
  region: string
  officeKind: OfficeKind
  profile: OfficeProfile
  /** Multiplies volumes: the city's own departments are busier, counties quieter. */
  scale: number
  /** First year the office reports (a department created later has no earlier reports). */
  firstYear: number
  rename?: { to: string; year: number }
}

export interface CityShape {
  regions: number
  officesPerRegion: number
  cityDepartments: number
  years: readonly number[]
}

/** The government, departments and streets of one district or county. */
function regionOffices(
  prefix: string,
  region: string,
  officesPerRegion: number,
  scale: number,
  firstYear: number,
  streetOffset: number,
): OfficePlan[] {
  if (officesPerRegion < 1) return []
  const slots = officesPerRegion - 1
  const streets = Math.max(Math.min(4, slots), slots - REGION_DEPARTMENTS.length)
  const plans: OfficePlan[] = [
    { name: `${prefix}人民政府`, region, officeKind: 'government', profile: GOVERNMENT_PROFILE, scale, firstYear },
  ]
  for (const d of REGION_DEPARTMENTS.slice(0, slots - streets)) {
    plans.push({ name: `${prefix}${d.name}`, region, officeKind: 'department', profile: d.profile, scale, firstYear })
  }
  for (const s of streetNames(streets, streetOffset)) {
    plans.push({ name: `${prefix}${s}`, region, officeKind: 'department', profile: STREET_PROFILE, scale, firstYear })
  }
  return plans
}

/** Every office of the city, with a few renamed and a few created in the newest year. */
export function planCity(shape: CityShape, rng: Rng): OfficePlan[] {
  const firstYear = shape.years[0]
  const lastYear = shape.years[shape.years.length - 1]
  const groups: { prefix: string; plans: OfficePlan[] }[] = []
  regionNames(shape.regions).forEach((region, i) => {
    const prefix = `${CITY_NAME}${region}`
    const scale = COUNTIES.includes(region) || region.endsWith('县') ? 0.8 : 1
    groups.push({ prefix, plans: regionOffices(prefix, region, shape.officesPerRegion, scale, firstYear, i * 5) })
  })
  if (shape.cityDepartments > 0) {
    const region = CITY_LEVEL_REGION
    const plans: OfficePlan[] = [
      {
        name: `${CITY_NAME}人民政府`,
        region,
        officeKind: 'government',
        profile: CITY_GOVERNMENT_PROFILE,
        scale: 1.5,
        firstYear,
      },
    ]
    for (const d of CITY_DEPARTMENTS.slice(0, shape.cityDepartments)) {
      plans.push({
        name: `${CITY_NAME}${d.name}`,
        region,
        officeKind: 'department',
        profile: d.profile,
        scale: 1.5,
        firstYear,
      })
    }
    groups.push({ prefix: CITY_NAME, plans })
  }

  // About one region in five renames a department, from the year the reform took effect.
  for (const rename of RENAMES) {
    if (rename.year <= firstYear || rename.year > lastYear) continue
    const candidates = groups.filter((g) => g.plans.some((p) => p.name === g.prefix + rename.from))
    for (const g of rng.shuffle(candidates).slice(0, Math.ceil(candidates.length / 5))) {
      const plan = g.plans.find((p) => p.name === g.prefix + rename.from)
      if (plan) plan.rename = { to: g.prefix + rename.to, year: rename.year }
    }
  }
  // About half the regions set up a 数据局 in the newest year: its first report is that year's.
  if (shape.years.length > 1) {
    for (const g of rng.shuffle(groups).slice(0, Math.ceil(groups.length / 2))) {
      const region = g.plans[0]?.region
      if (region === undefined) continue
      g.plans.push({
        name: `${g.prefix}${NEW_DEPARTMENT.name}`,
        region,
        officeKind: 'department',
        profile: NEW_DEPARTMENT.profile,
        scale: 1,
        firstYear: lastYear,
      })
    }
  }
  return groups.flatMap((g) => g.plans)
}

const PROVINCE_DISTRICTS = regionNames(16)

/** Region `index` of the benchmark province: 16 regions per invented city, 40 offices each. */
export function provinceRegion(index: number, firstYear: number): OfficePlan[] {
  const city = cityName(Math.floor(index / PROVINCE_DISTRICTS.length))
  const region = `${city}${PROVINCE_DISTRICTS[index % PROVINCE_DISTRICTS.length]}`
  return regionOffices(region, region, 40, 1, firstYear, index * 5)
}
