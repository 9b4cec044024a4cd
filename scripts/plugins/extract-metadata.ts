import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { detectLanguage } from '../lib/language.ts';

/**
 * Headline, byline, publication date, outlet and language: from the sidecar when an editor gave
 * them, else from the text — and then marked as inferred (`…From: 'text'`) — else null.
 * The outlet and URL are never guessed.
 */
export function extractMetadata() {
  return (tree: Root, file: VFile): void => {
    const sidecar = file.data.sidecar ?? null;
    const clean = file.data.clean!;
    const headline = clean.lines.find((l) => l.role === 'title')?.text.trim() ?? null;
    const title = sidecar?.title ?? headline;
    const publishedOn = sidecar?.publishedOn ?? clean.datelineDate;
    file.data.meta = {
      title,
      titleFrom: sidecar?.title ? 'sidecar' : title ? 'text' : null,
      outlet: sidecar?.outlet ?? null,
      url: sidecar?.url ?? null,
      byline: clean.byline,
      publishedOn,
      publishedOnFrom: sidecar?.publishedOn ? 'sidecar' : publishedOn ? 'text' : null,
      language: sidecar?.language ?? detectLanguage(toString(tree)),
      languageFrom: sidecar?.language ? 'sidecar' : 'detected',
    };
  };
}
