/**
 * The district map's ECharts parts, in their own chunk (see echarts.ts `loadMapParts`), and the
 * registration of a map's outlines under a name the option refers to.
 */
import { MapChart } from 'echarts/charts'
import { VisualMapContinuousComponent } from 'echarts/components'
import { registerMap, use } from 'echarts/core'
import { districtMapGeoJson, type DistrictMap } from '../io/districtMap'
import './echarts'

use([MapChart, VisualMapContinuousComponent])

const names = new WeakMap<DistrictMap, string>()
let registered = 0

/** Register the map's outlines (once per map object) and return the name to use in `series.map`. */
export function registerDistrictMap(map: DistrictMap): string {
  let name = names.get(map)
  if (!name) {
    name = `districts-${++registered}`
    // Only names and outlines reach ECharts (districtMapGeoJson): nothing else from the file.
    registerMap(name, districtMapGeoJson(map) as unknown as Parameters<typeof registerMap>[1])
    names.set(map, name)
  }
  return name
}
