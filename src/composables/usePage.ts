import { computed, toValue, type MaybeRefOrGetter } from 'vue'

/**
 * One page of a long list: the page asked for (from the URL) held within the pages there are, and
 * its rows. Only the page's rows are rendered, however long the list.
 */
export function usePage<T>(rows: MaybeRefOrGetter<readonly T[]>, requested: MaybeRefOrGetter<number>, size: number) {
  const pages = computed(() => Math.max(1, Math.ceil(toValue(rows).length / size)))
  const page = computed(() => Math.min(toValue(requested), pages.value))
  const pageRows = computed(() => toValue(rows).slice((page.value - 1) * size, page.value * size))
  return { page, pages, pageRows }
}
