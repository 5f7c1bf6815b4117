/**
 * The one module that registers ECharts parts (never import the whole 'echarts'). Only what the
 * option builders use: each registered part is downloaded with the charts. The district map's
 * parts (MapChart, VisualMap) are added by echartsMap.ts, which imports this module and is itself
 * loaded (import()) only when a board has a map: most boards never download them.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer])
