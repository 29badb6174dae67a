import { useMemo, useState } from 'preact/hooks';
import { api, type DocumentResponse } from '../api';
import { AnnotatedText, type Mark } from '../components/AnnotatedText';
import { Await } from '../components/Await';
import { FactsPanel } from '../components/FactsPanel';
import { documentFacts, documentMarks } from '../facts';
import { day, externalUrl } from '../format';
import { articleHref, storyHref } from '../router';
import { useApi } from '../use-api';

export function ArticleView({ id }: { id: string }) {
  const loaded = useApi(`document:${id}`, (signal) => api.document(id, signal));
  return <Await loaded={loaded}>{(data) => <Article data={data} />}</Await>;
}

const LEGEND: { label: string; className: string }[] = [
  { label: 'person', className: 'mark mark-entity mark-entity-PERSON' },
  { label: 'organisation', className: 'mark mark-entity mark-entity-ORG' },
  { label: 'country, city', className: 'mark mark-entity mark-entity-GPE' },
  { label: 'other entity', className: 'mark mark-entity' },
  { label: 'quote', className: 'mark mark-quote' },
  { label: 'event trigger', className: 'mark mark-event' },
];

function Article({ data }: { data: DocumentResponse }) {
  const { document: doc } = data;
  const [selectedFact, setSelectedFact] = useState<string | null>(null);
  const facts = useMemo(() => documentFacts(doc), [doc]);
  const marks = useMemo(() => documentMarks(doc), [doc]);
  const selected = facts.find((fact) => fact.id === selectedFact);
  const shownMarks: Mark[] = selected ? [...marks, { ...selected.evidence, kind: 'evidence', label: 'evidence', factId: null }] : marks;
  const { article } = doc;
  const link = externalUrl(article.url);
  return (
    <article class="article-view">
      <header>
        <h1>{article.title ?? 'Untitled article'}</h1>
        <p class="meta">
          {[article.publisher, day(article.publishedAt), article.byline.join(', ')].filter(Boolean).join(' · ')}
          {link && <> · <a href={link} rel="noopener noreferrer" target="_blank">original</a></>}
          {data.story && <> · <a href={storyHref(data.story)}>story</a></>}
          {data.copyOf && <> · copy of <a href={articleHref(data.copyOf)}>an earlier article</a></>}
          {data.copies.length > 0 && <> · {data.copies.length} {data.copies.length === 1 ? 'copy' : 'copies'}</>}
        </p>
        {article.flags.length > 0 && <p class="flags">{article.flags.map((flag) => <span key={flag} class="badge">{flag}</span>)}</p>}
        {(doc.warnings ?? []).map((warning) => <p key={warning.stage} class="warning">The {warning.stage} stage failed: {warning.message}</p>)}
        <p class="legend" aria-label="legend">{LEGEND.map((item) => <span key={item.label} class={item.className}>{item.label}</span>)}</p>
      </header>
      <div class="article-body">
        <AnnotatedText text={article.text} paragraphs={article.paragraphs} marks={shownMarks} selectedFact={selectedFact} onSelect={setSelectedFact} />
        <FactsPanel facts={facts} text={article.text} selectedFact={selectedFact} onSelect={setSelectedFact} />
      </div>
    </article>
  );
}
