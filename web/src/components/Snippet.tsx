import { snippetParts } from '../snippet';

/** A search snippet with its matches as <mark> elements; every part is a text node. */
export function Snippet({ text }: { text: string }) {
  return (
    <p class="snippet">
      {snippetParts(text).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </p>
  );
}
