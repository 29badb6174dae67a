import { isFailed, type AnalysisResult } from '../document/contract.js';

const WIDTH = 100;

function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > WIDTH - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** A human-readable rendering of one result for a terminal. */
export function formatPretty(doc: AnalysisResult): string {
  if (isFailed(doc)) return `✗ ${doc.source.uri}\n  ${doc.error.code}: ${doc.error.message}\n`;
  const { article } = doc;
  const out: string[] = [];
  out.push(`● ${article.title ?? '(untitled)'}`);
  const facts: [string, string | null][] = [
    ['source', doc.source.uri],
    ['publisher', article.publisher],
    ['byline', article.byline.length > 0 ? article.byline.join(', ') : null],
    ['published', article.publishedAt],
    ['updated', article.updatedAt],
    ['language', article.language],
    ['url', article.url],
    ['flags', article.flags.length > 0 ? article.flags.join(', ') : null],
    ['size', `${article.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${article.text.length} characters`],
  ];
  for (const [label, value] of facts) if (value) out.push(`  ${label.padEnd(10)} ${value}`);
  out.push('');
  if (doc.entities.length > 0) {
    out.push('  entities');
    const byType = new Map<string, string[]>();
    for (const entity of doc.entities) {
      const name = entity.mentions.length > 1 ? `${entity.name} ×${entity.mentions.length}` : entity.name;
      byType.set(entity.type, [...(byType.get(entity.type) ?? []), name]);
    }
    for (const [type, names] of byType) out.push(wrap(`${type.padEnd(8)} ${names.join(', ')}`, '    '));
    out.push('');
  }
  if (doc.quotes.length > 0) {
    out.push('  quotes');
    for (const quote of doc.quotes) out.push(wrap(`${quote.kind.padEnd(8)} ${quote.speaker?.name ?? '(no speaker)'}: ${quote.text}`, '    '));
    out.push('');
  }
  const names = (ids: readonly string[]) => ids.map((id) => doc.entities.find((entity) => entity.id === id)?.name ?? id).join(' + ') || '?';
  // A time the article's missing publication date left undated shows its words.
  const when = (time: { span: { text: string } | null; start: string | null; end: string | null } | null) =>
    (time?.start ? ` [${time.start} .. ${time.end}]` : time?.span ? ` [${time.span.text}, undated]` : '');
  if (doc.events.length > 0) {
    out.push('  events');
    for (const event of doc.events) {
      const place = event.place === null ? '' : ` in ${event.place.name}`;
      out.push(wrap(`${event.plover.padEnd(9)} ${names(event.source)} → ${names(event.target)}: ${event.trigger.text} (${event.cameo} ${event.label}), ${event.status}${place}${when(event.time)}`, '    '));
    }
    out.push('');
  }
  if (doc.commitments.length > 0) {
    out.push('  commitments');
    for (const commitment of doc.commitments) out.push(wrap(`${names(commitment.actor)} → ${names(commitment.beneficiary)}: ${commitment.what}${when(commitment.due)}${commitment.status === 'promised' ? '' : ` (${commitment.status})`}`, '    '));
    out.push('');
  }
  if (doc.stances.length > 0) {
    out.push('  stances');
    for (const stance of doc.stances) out.push(wrap(`${names(stance.holder)} ${stance.polarity} ${stance.issue}${stance.changed ? ' (changed)' : ''}`, '    '));
    out.push('');
  }
  if (doc.values.length > 0) {
    out.push('  values');
    for (const value of doc.values) {
      const parsed = value.resolved ? `${value.resolved.start} .. ${value.resolved.end}` : value.value === null ? '' : `${value.value}${value.unit ? ` ${value.unit}` : ''}`;
      out.push(`    ${value.type.padEnd(8)} ${value.span.text}${parsed ? `  → ${parsed}` : ''}`);
    }
    out.push('');
  }
  for (const [start, end] of article.paragraphs) out.push(wrap(article.text.slice(start, end), '  '), '');
  return out.join('\n');
}
