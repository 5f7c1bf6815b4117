/**
 * File names built from data (office names, filters) are sanitised: no path separators, no
 * control or reserved characters, no leading dots, bounded length.
 */
export function safeFileName(name: string, fallback = 'export'): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u200b-\u200f\u202a-\u202e]+/g, '_')
    .replace(/^[.\s_]+|[.\s]+$/g, '')
    .slice(0, 120)
  return cleaned || fallback
}
