/**
 * Characters a PDF's text layer gives for the ones the report typed. A font may draw 民 and the
 * radical ⺠ with one glyph; the PDF maker (Chromium with Noto CJK, some Word exports) then writes
 * the radical into the text layer, and "某区人⺠政府" is no office name the board knows. Kangxi
 * radicals fold by NFKC (but ⼾ is 户 in simplified text); the CJK radicals supplement has no
 * NFKC form, so its lookalikes are listed: the glyphs Noto Sans CJK SC shares between a
 * supplement radical and a unified ideograph (read from the font's cmap). Also GB fonts' midline
 * ellipsis ⋯ for …, and compatibility ideographs (NFKC).
 */
const SUPPLEMENT =
  '⺂乛⺃乚⺅亻⺉刂⺋㔾⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺫罒⺭礻⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺾艹⺿艹⻂衤⻃覀⻄西⻅见⻆角⻈讠⻉贝⻋车⻌辶⻍辶⻎辶⻐钅⻑長⻒镸⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻟飠⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟'

const LOOKALIKE = new Map<string, string>([
  ['⼾', '户'],
  ['\u22ef', '\u2026'],
])
for (let i = 0; i < SUPPLEMENT.length; i += 2) LOOKALIKE.set(SUPPLEMENT[i], SUPPLEMENT[i + 1])

const CANDIDATES = /[\u2e80-\u2fdf\uf900-\ufaff\u22ef]/g

/** A text run as the report typed it. */
export function cleanPdfText(text: string): string {
  return text.replace(CANDIDATES, (c) => LOOKALIKE.get(c) ?? c.normalize('NFKC'))
}
