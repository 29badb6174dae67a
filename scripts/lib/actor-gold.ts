/**
 * The actors gold set: short news-style articles written by the project, in a Markdown
 * file a person can read and edit (test/fixtures/actors/articles.md). One article per
 * `## ID` section:
 *
 *   ## a01
 *   published: 2025-03-04
 *   covers: surname, pronoun-gender            (optional: the hard cases the article holds)
 *   entities:
 *   - e1: PERSON | Ingrid Solberg | NOR | GOV  (id: type | canonical name | country | sector)
 *   - e2: GPE | Norway | NOR | -
 *   text:
 *   {{Norwegian|e2}} Prime Minister {{Ingrid Solberg|e1}} said on Tuesday ... {{She|e1}} ...
 *
 * `{{surface|id}}` marks one mention of entity `id`; `{{surface|id|kind}}` sets its kind
 * (name, title, pronoun, demonym, nominal) where the inferred one is wrong. Marks may nest
 * (`{{{{Russia|e2}}'s Foreign Ministry|e5}}`). The article text is the text with the
 * markup removed: the lines of a paragraph joined by one space, paragraphs (separated by a
 * blank line) joined by a blank line, as the article stage joins them. Everything before
 * the first `## ` heading is free prose (the annotation guidelines).
 */
import { readFileSync } from 'node:fs';

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'MISC'] as const;
export type GoldEntityType = (typeof ENTITY_TYPES)[number];

export const MENTION_KINDS = ['name', 'title', 'pronoun', 'demonym', 'nominal'] as const;
export type GoldMentionKind = (typeof MENTION_KINDS)[number];

/**
 * Sector codes accepted in the entity table: the CAMEO/PETRARCH agent codes the project
 * uses (GOV government, MIL military, OPP opposition, REB rebels and armed groups, BUS
 * business, MED media, IGO intergovernmental, NGO, JUD judiciary, LEG legislature, COP
 * police, EDU education, CVL civilians, HLH health, LAB labour, CRM criminals, REL religion,
 * REF refugees, ELI elites, SPY intelligence, UAF unaffiliated armed forces, ENV, HRI, AGR).
 */
export const SECTORS = [
  'GOV', 'MIL', 'OPP', 'REB', 'BUS', 'MED', 'IGO', 'NGO', 'JUD', 'LEG', 'COP', 'EDU', 'CVL',
  'HLH', 'LAB', 'CRM', 'REL', 'REF', 'ELI', 'SPY', 'UAF', 'ENV', 'HRI', 'AGR',
] as const;

export const DEFAULT_ACTOR_GOLD = 'test/fixtures/actors/articles.md';

export interface GoldEntity {
  readonly id: string;
  readonly type: GoldEntityType;
  readonly name: string;
  /** ISO 3166 alpha-3, or null (`-`). */
  readonly country: string | null;
  /** A sector code, or null (`-`). */
  readonly sector: string | null;
}

export interface GoldMention {
  /** UTF-16 offsets into `text`, half-open. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The id of the entity the mention refers to. */
  readonly entity: string;
  readonly kind: GoldMentionKind;
  /** 1-based line of the source file the mark opens on. */
  readonly line: number;
}

export interface GoldArticle {
  readonly id: string;
  readonly publishedAt: string;
  readonly covers: string[];
  readonly text: string;
  readonly entities: GoldEntity[];
  /** In order of their start offset (an outer nested mark before the inner one). */
  readonly mentions: GoldMention[];
  /** 1-based line of the `## id` heading. */
  readonly line: number;
}

export interface GoldError {
  readonly line: number;
  readonly article: string | null;
  readonly message: string;
}

export interface ParsedGold {
  readonly articles: GoldArticle[];
  readonly errors: GoldError[];
}

/** Third-person personal pronouns: the only pronouns the gold set marks. */
export const PRONOUNS = new Set([
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself',
  'they', 'them', 'their', 'theirs', 'themselves', 'it', 'its', 'itself',
]);

/** Endings of nationality adjectives and demonyms (Russian, Chinese, British, Saudi, Dutch, Swiss). */
const DEMONYM_ENDING = /(?:an|ese|ish|i|ic|ch|ss)$/;

/**
 * A mark's kind when the file does not give one: a third-person pronoun; a lower-case
 * phrase is a nominal; a word ending like a demonym that refers to a place or group under
 * another name is a demonym (Russian → Russia, but Iran → Iran stays a name); else a name.
 */
export function inferKind(surface: string, entity: GoldEntity | undefined): GoldMentionKind {
  const lower = surface.toLowerCase();
  if (PRONOUNS.has(lower)) return 'pronoun';
  if (!/^\p{Lu}/u.test(surface) && /^\p{Ll}/u.test(surface)) return 'nominal';
  if (entity && (entity.type === 'GPE' || entity.type === 'LOC' || entity.type === 'NORP')) {
    const isAcronym = /^[\p{Lu}.]+$/u.test(surface);
    if (!isAcronym && lower !== entity.name.toLowerCase() && DEMONYM_ENDING.test(lower)) return 'demonym';
  }
  return 'name';
}

const HEADING = /^##[ \t]+(.*?)\s*$/;
const FIELD = /^(published|covers|entities|text)\s*:\s*(.*)$/;
const ENTITY_LINE = /^-\s*([A-Za-z][\w-]*)\s*:\s*(.*)$/;
const ID = /^[A-Za-z][\w-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

interface Section {
  id: string;
  /** The heading is not a valid article id. */
  bad: boolean;
  line: number;
  lines: { n: number; text: string }[];
}

function splitSections(source: string): { sections: Section[] } {
  const sections: Section[] = [];
  let current: Section | null = null;
  source.split(/\r?\n/).forEach((text, index) => {
    const n = index + 1;
    const heading = HEADING.exec(text);
    if (heading) {
      current = { id: heading[1]!, bad: !ID.test(heading[1]!), line: n, lines: [] };
      sections.push(current);
    } else if (current) {
      (current as Section).lines.push({ n, text });
    }
  });
  return { sections };
}

interface OpenMark {
  start: number;
  line: number;
}

/** Markup of one paragraph → its text and marks (offsets relative to `base`). */
function readParagraph(
  lines: { n: number; text: string }[],
  base: number,
  report: (line: number, message: string) => void,
): { text: string; marks: { start: number; end: number; id: string; kind: string | null; line: number }[] } {
  let text = '';
  const marks: { start: number; end: number; id: string; kind: string | null; line: number }[] = [];
  const stack: OpenMark[] = [];
  lines.forEach(({ n, text: raw }, index) => {
    if (index > 0) text += ' ';
    const line = raw.trim();
    let i = 0;
    while (i < line.length) {
      if (line.startsWith('{{', i)) {
        stack.push({ start: base + text.length, line: n });
        i += 2;
        continue;
      }
      if (line[i] === '|' && stack.length > 0) {
        const close = line.indexOf('}}', i);
        const nextOpen = line.indexOf('{{', i);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
          report(n, `"|" inside a mark with no "}}" after it on the same line`);
          stack.pop();
          i += 1;
          continue;
        }
        const [id = '', kind, ...rest] = line.slice(i + 1, close).split('|').map((part) => part.trim());
        const open = stack.pop()!;
        const end = base + text.length;
        const surface = text.slice(open.start - base);
        if (!ID.test(id)) report(n, `bad entity id "${id}" in a mark`);
        else if (rest.length > 0) report(n, `a mark has too many "|" fields: {{${surface}|${line.slice(i + 1, close)}}}`);
        else if (end === open.start) report(n, `empty mark {{|${id}}}`);
        else if (surface !== surface.trim()) report(n, `the mark "${surface}" starts or ends with a space`);
        else if (kind !== undefined && !(MENTION_KINDS as readonly string[]).includes(kind)) {
          report(n, `unknown mention kind "${kind}" (expected ${MENTION_KINDS.join(', ')})`);
        } else marks.push({ start: open.start, end, id, kind: kind ?? null, line: open.line });
        i = close + 2;
        continue;
      }
      if (line.startsWith('}}', i)) {
        report(n, stack.length > 0 ? `"}}" closes a mark that has no "|id"` : `"}}" with no open "{{"`);
        if (stack.length > 0) stack.pop();
        i += 2;
        continue;
      }
      text += line[i];
      i += 1;
    }
  });
  for (const open of stack) report(open.line, `"{{" is never closed in its paragraph`);
  return { text, marks };
}

function parseEntity(body: string, line: number, report: (line: number, message: string) => void, id: string): GoldEntity | null {
  const cells = body.split('|').map((cell) => cell.trim());
  if (cells.length !== 4) {
    report(line, `entity ${id} needs 4 cells "type | name | country | sector", got ${cells.length}`);
    return null;
  }
  const [type, name, country, sector] = cells as [string, string, string, string];
  let ok = true;
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    report(line, `entity ${id}: unknown type "${type}" (expected ${ENTITY_TYPES.join(', ')})`);
    ok = false;
  }
  if (!name) {
    report(line, `entity ${id}: empty name`);
    ok = false;
  }
  if (country !== '-' && !/^[A-Z]{3}$/.test(country)) {
    report(line, `entity ${id}: country "${country}" is not an ISO alpha-3 code or "-"`);
    ok = false;
  }
  if (sector !== '-' && !(SECTORS as readonly string[]).includes(sector)) {
    report(line, `entity ${id}: unknown sector "${sector}" (expected one of ${SECTORS.join(', ')} or "-")`);
    ok = false;
  }
  if (!ok) return null;
  return {
    id,
    type: type as GoldEntityType,
    name,
    country: country === '-' ? null : country,
    sector: sector === '-' ? null : sector,
  };
}

function parseSection(section: Section, errors: GoldError[]): GoldArticle | null {
  const before = errors.length;
  const report = (line: number, message: string) => errors.push({ line, article: section.id, message });
  let publishedAt: string | null = null;
  let covers: string[] = [];
  const entities: GoldEntity[] = [];
  const declared = new Map<string, number>();
  const textLines: { n: number; text: string }[] = [];
  let field: 'entities' | 'text' | null = null;
  let textLine: number | null = null;

  for (const { n, text } of section.lines) {
    if (field === 'text') {
      textLines.push({ n, text });
      continue;
    }
    if (!text.trim()) continue;
    const match = FIELD.exec(text.trim());
    if (match) {
      const [, name, value = ''] = match;
      field = null;
      if (name === 'published') {
        if (!ISO_DATE.test(value.trim()) || Number.isNaN(Date.parse(value.trim()))) report(n, `published "${value.trim()}" is not an ISO 8601 date`);
        else publishedAt = value.trim();
      } else if (name === 'covers') {
        covers = value.split(',').map((tag) => tag.trim()).filter(Boolean);
      } else if (name === 'entities') {
        field = 'entities';
        if (value.trim()) report(n, `put each entity on its own "- id: ..." line under "entities:"`);
      } else {
        field = 'text';
        textLine = n;
        if (value.trim()) textLines.push({ n, text: value });
      }
      continue;
    }
    if (field === 'entities') {
      const entity = ENTITY_LINE.exec(text.trim());
      if (!entity) {
        report(n, `expected an entity line "- id: type | name | country | sector", got "${text.trim()}"`);
        continue;
      }
      const [, id = '', body = ''] = entity;
      if (declared.has(id)) {
        report(n, `entity ${id} is declared twice (first on line ${declared.get(id)})`);
        continue;
      }
      declared.set(id, n);
      const parsed = parseEntity(body, n, report, id);
      if (parsed) entities.push(parsed);
      continue;
    }
    report(n, `unexpected line "${text.trim()}" (expected published:, covers:, entities: or text:)`);
  }

  if (publishedAt === null && !errors.slice(before).some((e) => e.message.startsWith('published'))) {
    report(section.line, 'no "published:" date');
  }
  if (textLine === null) {
    report(section.line, 'no "text:" field');
    return null;
  }

  // Paragraphs: runs of non-blank lines.
  const paragraphs: { n: number; text: string }[][] = [];
  let run: { n: number; text: string }[] = [];
  for (const line of textLines) {
    if (line.text.trim()) run.push(line);
    else if (run.length > 0) {
      paragraphs.push(run);
      run = [];
    }
  }
  if (run.length > 0) paragraphs.push(run);
  if (paragraphs.length === 0) report(textLine, 'the text is empty');

  let text = '';
  const marks: { start: number; end: number; id: string; kind: string | null; line: number }[] = [];
  for (const paragraph of paragraphs) {
    if (text) text += '\n\n';
    const read = readParagraph(paragraph, text.length, report);
    text += read.text;
    marks.push(...read.marks);
  }

  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions: GoldMention[] = [];
  for (const mark of marks) {
    const entity = byId.get(mark.id);
    if (!entity) {
      report(mark.line, `mention "${text.slice(mark.start, mark.end)}" names entity ${mark.id}, which is not declared`);
      continue;
    }
    const surface = text.slice(mark.start, mark.end);
    mentions.push({
      start: mark.start,
      end: mark.end,
      text: surface,
      entity: mark.id,
      kind: (mark.kind as GoldMentionKind | null) ?? inferKind(surface, entity),
      line: mark.line,
    });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 1; i < mentions.length; i++) {
    const a = mentions[i - 1]!;
    const b = mentions[i]!;
    if (a.start === b.start && a.end === b.end) report(b.line, `"${b.text}" is marked twice (${a.entity}, ${b.entity})`);
  }
  for (const entity of entities) {
    if (!mentions.some((m) => m.entity === entity.id)) {
      report(declared.get(entity.id) ?? textLine, `entity ${entity.id} (${entity.name}) has no mention in the text`);
    }
  }

  if (errors.length > before || publishedAt === null) return null;
  return { id: section.id, publishedAt, covers, text, entities, mentions, line: section.line };
}

/** Parses the gold file's text; never throws: problems come back as errors with their line. */
export function parseGold(source: string): ParsedGold {
  const errors: GoldError[] = [];
  const articles: GoldArticle[] = [];
  const seen = new Map<string, number>();
  for (const section of splitSections(source).sections) {
    if (section.bad) {
      errors.push({ line: section.line, article: null, message: `"## ${section.id}" is not an article id (letters, digits, _ and -, starting with a letter)` });
      continue;
    }
    const first = seen.get(section.id);
    if (first !== undefined) {
      errors.push({ line: section.line, article: section.id, message: `article ${section.id} already defined on line ${first}` });
      continue;
    }
    seen.set(section.id, section.line);
    const article = parseSection(section, errors);
    if (article) articles.push(article);
  }
  if (seen.size === 0) errors.push({ line: 1, article: null, message: 'no "## id" article sections' });
  errors.sort((a, b) => a.line - b.line);
  return { articles, errors };
}

/**
 * Maps offsets in the analyzed `article.text` to offsets in the gold text when the article
 * stage changed the text (a line taken as a headline, whitespace): matched on the sequence
 * of non-space characters. Returns null when one is not a contiguous part of the other.
 */
export function offsetMapper(goldText: string, analyzedText: string): ((offset: number, isEnd: boolean) => number | null) | null {
  if (goldText === analyzedText) return (offset) => offset;
  const squeeze = (text: string) => {
    const positions: number[] = [];
    let chars = '';
    for (let i = 0; i < text.length; i++) {
      if (!/\s/.test(text[i]!)) {
        chars += text[i];
        positions.push(i);
      }
    }
    return { chars, positions };
  };
  const g = squeeze(goldText);
  const a = squeeze(analyzedText);
  const shift = g.chars.indexOf(a.chars);
  if (shift < 0) return null;
  const analyzedIndex = new Map(a.positions.map((position, index) => [position, index]));
  return (offset, isEnd) => {
    const probe = isEnd ? offset - 1 : offset;
    const index = analyzedIndex.get(probe);
    if (index === undefined) return null;
    const position = g.positions[index + shift];
    return position === undefined ? null : isEnd ? position + 1 : position;
  };
}

export function formatGoldError(file: string, error: GoldError): string {
  return `${file}:${error.line}: ${error.article === null ? '' : `[${error.article}] `}${error.message}`;
}

/** Reads and validates a gold file; throws one Error listing every problem, each with its line. */
export function loadGold(file: string = DEFAULT_ACTOR_GOLD): GoldArticle[] {
  const { articles, errors } = parseGold(readFileSync(file, 'utf8'));
  if (errors.length > 0) {
    throw new Error(`${errors.length} problem(s) in ${file}:\n${errors.map((e) => formatGoldError(file, e)).join('\n')}`);
  }
  return articles;
}
