import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { toArticle } from '../src/articles/index.js';
import { detectLanguage } from '../src/articles/language.js';
import { assertProse, looksTruncated } from '../src/articles/quality.js';
import { countWords } from '../src/articles/scripts.js';
import { fixture, rawText, succeeded } from './helpers.js';

describe('pages in scripts written without spaces', () => {
  it.each([
    ['japanese.html', 'ja', '港町に新しい市立図書館が開館', '港町市の中心部に二十日、新しい市立図書館が開館した。', '午前九時から午後八時まで利用できる。', ['ホーム', 'シェアする', '関連記事', '開館を待つ市民の列', '港町新聞'], 5],
    ['chinese.html', 'zh', '山城开通首条轻轨线路', '山城市首条轻轨线路于周六正式开通运营。', '开工建设第二条线路。', ['首页', '分享到微博', '版权所有'], 5],
    ['thai.html', 'th', 'เชียงใหม่เปิดตลาดเกษตรกรแห่งใหม่', 'จังหวัดเชียงใหม่เปิดตลาดเกษตรกรแห่งใหม่ใจกลางเมือง', 'ผักก็สดกว่ามาก', ['หน้าแรก', 'แชร์', 'สงวนลิขสิทธิ์'], 4],
  ])('extracts %s, marks its language %s and drops the furniture', (name, language, title, first, last, furniture, paragraphs) => {
    const article = toArticle(rawText(fixture(`pages/${name}`), 'html'));
    expect(article.language).toBe(language);
    expect(article.flags).toContain('not-english');
    expect(article.flags).not.toContain('truncated');
    expect(article.title).toBe(title);
    expect(article.paragraphs).toHaveLength(paragraphs);
    // The short first paragraph is one sentence with no spaces: counted in words, it is prose.
    expect(article.text.startsWith(first)).toBe(true);
    expect(article.text.endsWith(last)).toBe(true);
    for (const text of furniture) expect(article.text).not.toContain(text);
  });

  it('trusts the text over a template that declares every page English', () => {
    expect(fixture('pages/chinese.html')).toContain('<html lang="en">');
    expect(toArticle(rawText(fixture('pages/chinese.html'), 'html')).language).toBe('zh');
  });

  it('analyzes the page and leaves the English-only layers empty, without warnings', () => {
    const doc = succeeded(analyze({ html: fixture('pages/japanese.html') }));
    expect(doc.article.language).toBe('ja');
    expect(doc.article.flags).toContain('not-english');
    expect([doc.entities, doc.quotes, doc.events]).toEqual([[], [], []]);
    expect(doc.warnings).toBeUndefined();
  });

  it('reads plain Japanese and Thai text instead of refusing it as unbroken runs', () => {
    const japanese = toArticle(rawText('市の図書館は来月から開館時間を一時間延ばし、平日は午後九時まで利用できるようになる。\n市によると、仕事帰りの利用者からの要望が多かったという。\n', 'text'));
    expect(japanese.language).toBe('ja');
    expect(japanese.paragraphs).toHaveLength(2);
    const thai = toArticle(rawText('กรุงเทพมหานครประกาศขยายเวลาเปิดสวนสาธารณะทุกแห่งจนถึงสี่ทุ่มตั้งแต่เดือนหน้าเป็นต้นไป\nประชาชนสามารถเข้าไปออกกำลังกายได้หลังเลิกงาน\n', 'text'));
    expect(thai.language).toBe('th');
    // Thai ends its sentences with a space, not a mark: a paragraph without one is not cut off.
    expect(thai.flags).not.toContain('truncated');
  });
});

describe('prose check and word counts by script', () => {
  it('still refuses an endless run of one character, in any script', () => {
    for (const blob of ['中'.repeat(100_000), 'ก'.repeat(100_000), `${'記事。'.repeat(10)} ${'QUJD'.repeat(5_000)}`]) {
      expect(() => assertProse(blob)).toThrow(expect.objectContaining({ code: 'NG_NOT_PROSE' }));
    }
  });

  it('accepts long sentences and Latin words inside unspaced text', () => {
    expect(() => assertProse('新型のiPhone15は来月発売され、価格は十二万円からとなる見通しだと関係者が明らかにした。'.repeat(20))).not.toThrow();
  });

  it.each([
    ['東京都は月曜日、新しい公園を開くと発表した。', 9, 14],
    ['北京市政府周一宣布了新的交通计划。', 6, 12],
    ['รัฐบาลประกาศแผนใหม่เพื่อช่วยเกษตรกรในภาคเหนือ', 6, 14],
  ])('counts the words of %j, not its one run', (text, atLeast, atMost) => {
    const words = countWords(text);
    expect(words).toBeGreaterThanOrEqual(atLeast);
    expect(words).toBeLessThanOrEqual(atMost);
  });

  it('counts space-separated words as before', () => {
    expect(countWords('The council voted on Monday.')).toBe(5);
  });

  it('sees a Japanese paragraph cut mid-sentence as truncated', () => {
    expect(looksTruncated(['市によると、新しい図書館は五階建てで、約三十万冊の本を収めるほか、地元の'])).toBe(true);
    expect(looksTruncated(['市によると、新しい図書館は五階建てで、約三十万冊の本を収める。'])).toBe(false);
  });
});

describe('language by script', () => {
  it.each([
    ['a short Thai text', 'ตลาดเปิดวันเสาร์', null, 'th'],
    ['a short Korean text', '서울시는 새 도서관을 열었다', null, 'ko'],
    ['kanji alone on a page declared Japanese', '東京都知事選挙', 'ja', 'ja'],
    ['kanji alone on an undeclared page', '北京市政府周一宣布新计划', null, 'zh'],
    ['English with a few Chinese characters', 'The restaurant’s sign reads 北京饭店, which means Beijing Restaurant, and it has been on the corner of the street for forty years.', null, 'en'],
  ])('%s', (_what, text, declared, expected) => {
    expect(detectLanguage(text, declared)).toBe(expected);
  });
});
