import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { buildCircularDocx, buildNoticeDocx } from './docx'
import { buildCircularModel } from './model'
import { buildNoticeModels } from './notice'
import { districtInput } from './testInput'
import { docxParts, documentLines } from './testDocx'

describe('the circular as a Word file', async () => {
  const model = buildCircularModel(districtInput())
  const bytes = await buildCircularDocx(model)
  const parts = docxParts(bytes)
  const lines = documentLines(parts.get('word/document.xml')!)

  it('is a .docx whose body reads as the circular, in order', () => {
    expect([...parts.keys()]).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    )
    const at = (text: string) => lines.findIndex((l) => l.startsWith(text))
    const order = [
      '关于鼓楼区2024年度政府信息公开工作年度报告检查情况的通报',
      '鼓政办〔2025〕12号',
      '鼓楼区教育局，鼓楼区民政局',
      '根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定',
      '一、总体情况',
      '二、存在的问题',
      '（一）未按时发布年度报告',
      '三、得分排名',
      '四、整改要求',
      '附件：1. 鼓楼区2024年度政府信息公开工作年度报告得分排名（默认评分方案（百分制））',
      '鼓楼区人民政府办公室',
      '2025年4月15日',
      '附件1',
      '排名\t单位\t所属地区\t得分\t扣分情况',
      '5\t鼓楼区教育局\t鼓楼区\t70\t勾稽关系 −30',
      '附件2',
      '序号\t单位\t问题类型\t涉及内容\t问题说明',
    ]
    const positions = order.map(at)
    expect(
      positions.every((p) => p >= 0),
      order.filter((_, i) => positions[i] < 0).join(' / '),
    ).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('opens in a real .docx reader (mammoth) with the same text', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) })
    expect(value).toContain('关于鼓楼区2024年度政府信息公开工作年度报告检查情况的通报')
    expect(value).toContain('截至2025年4月10日，1 个单位仍未发布2024年度报告：鼓楼区审计局。')
    expect(value).toContain('报告中没有“五、存在的主要问题及改进情况”部分。')
  })

  it('is laid out as an official document: A4, GB/T 9704 margins, the four fonts with fallbacks, page numbers', () => {
    const xml = parts.get('word/document.xml')!
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312'])
      expect(xml).toContain(`w:eastAsia="${font}"`)
    expect(xml).toContain('<w:sz w:val="44"/>') // 二号 title
    expect(xml).toContain('<w:sz w:val="32"/>') // 三号 text
    const fonts = parts.get('word/fontTable.xml')!
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>')
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, x]) => x)
    expect(footers).toHaveLength(2)
    for (const footer of footers) {
      expect(footer).toContain('PAGE')
      expect(documentLines(footer).join('')).toMatch(/^— .*—$/)
    }
    expect(parts.get('word/settings.xml')).toContain('<w:evenAndOddHeaders')
  })

  it('keeps text from files as text, and drops characters Word cannot hold', async () => {
    const input = districtInput()
    input.findings = [{ ...input.findings[0], message: '<w:t>注入</w:t> & 控制\u0001字符' }]
    const xml = docxParts(await buildCircularDocx(buildCircularModel(input))).get('word/document.xml')!
    expect(xml).toContain('&lt;w:t&gt;注入&lt;/w:t&gt; &amp; 控制字符')
    expect(xml).not.toContain('\u0001')
  })
})

describe('the rectification notices as a Word file', () => {
  it('puts one office’s notice, or every office’s each from a new page with its own page numbers', async () => {
    const notices = buildNoticeModels(districtInput())
    const one = documentLines(docxParts(await buildNoticeDocx(notices[1])).get('word/document.xml')!)
    expect(one[0]).toBe('关于鼓楼区教育局2024年度政府信息公开工作年度报告存在问题的整改通知')
    expect(one).toContain('鼓楼区教育局：')
    expect(one).toContain('一、存在的问题')
    expect(one.some((l) => l.startsWith('2. 【勾稽关系】'))).toBe(true)

    const all = docxParts(await buildNoticeDocx(notices)).get('word/document.xml')!
    const titles = documentLines(all).filter((l) => l.endsWith('整改通知'))
    expect(titles).toEqual(notices.map((n) => n.title))
    expect(all.match(/<w:pgNumType w:start="1"/g)).toHaveLength(notices.length)
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await buildNoticeDocx(notices)) })
    expect(value).toContain('关于鼓楼区审计局2024年度政府信息公开工作年度报告存在问题的整改通知')
  })
})
