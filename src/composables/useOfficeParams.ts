/**
 * The office detail view's state in the URL: the office is the route parameter, the year whose
 * tables are drawn is `year` (default: the office's newest report).
 */
import { computed, type Ref } from 'vue'
import { chosenYear } from '../url/ranking'
import { useUrlState } from './useUrlState'

export function useOfficeParams(officeYears: Ref<readonly number[]>) {
  const url = useUrlState()
  const year = computed<number | null>(() => {
    const wanted = url.int('year')
    return chosenYear(wanted === null ? [] : [wanted], officeYears.value)
  })
  /** Choosing a year is a step the back button can undo (it is a drill-down into that year). */
  function setYear(y: number) {
    url.patch({ year: y }, 'push')
  }
  return { year, setYear }
}
