/** A metric's definition (name, kind, what it measures) by id, and telling an id from other text. */
import { METRICS, type MetricId, type MetricInfo } from '../domain/metrics'

const BY_ID = new Map<string, MetricInfo>(METRICS.map((m) => [m.id, m]))

export const metricInfo = (id: MetricId): MetricInfo => BY_ID.get(id)!

/** Whether text (e.g. a URL value) names a metric. */
export function isMetricId(s: string | null): s is MetricId {
  return s !== null && BY_ID.has(s)
}
