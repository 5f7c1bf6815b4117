const collator = new Intl.Collator('zh')

/** Chinese collation for office and region names (pinyin order where ICU has it). */
export const compareZh = (a: string, b: string): number => collator.compare(a, b)
