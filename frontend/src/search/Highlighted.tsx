// Highlighted snippets from the search API, rendered without ever handing server text to the browser
// as HTML: the snippet is split on its <mark> tags, the escaped text between them is decoded into
// plain strings, and React renders those as text. Any other markup shows up as the characters it is.
import type { ReactNode } from 'react';

export interface SnippetPart {
  readonly text: string;
  readonly marked: boolean;
}

const TAG = /(<mark>|<\/mark>)/i;
const ENTITY = /&(amp|lt|gt|quot|apos|#39|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes the entities an HTML-escaped text may hold, in one pass (`&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    const named = NAMED[lower];
    if (named !== undefined) return named;
    const code = lower.startsWith('#x')
      ? parseInt(lower.slice(2), 16)
      : parseInt(lower.slice(1), 10);
    return Number.isInteger(code) &&
      code > 0 &&
      code <= 0x10ffff &&
      (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

/**
 * A snippet as runs of plain text, each marked or not. A stray `</mark>` is dropped, an unclosed
 * `<mark>` marks the rest; neighbouring runs of the same kind are joined, empty ones left out.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const piece of snippet.split(TAG)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') {
      marked = true;
    } else if (tag === '</mark>') {
      marked = false;
    } else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts[parts.length - 1];
      if (last !== undefined && last.marked === marked) {
        parts[parts.length - 1] = { text: last.text + text, marked };
      } else {
        parts.push({ text, marked });
      }
    }
  }
  return parts;
}

/** The plain text of a snippet, marks removed (for titles and accessible names). */
export function snippetText(snippet: string): string {
  return snippetParts(snippet)
    .map((part) => part.text)
    .join('');
}

/** Renders a highlighted snippet; `fallback` (plain text) when there is none. */
export function Highlighted({
  snippet,
  fallback = '',
}: {
  snippet: string | null | undefined;
  fallback?: string;
}): ReactNode {
  if (!snippet) return fallback;
  return snippetParts(snippet).map((part, index) =>
    part.marked ? (
      <mark key={index} className="waibao-search-mark">
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
