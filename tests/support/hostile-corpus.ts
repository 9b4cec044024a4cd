import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A sentence with one claim, for checking that odd files still yield it at the right offsets. */
export const CLAIM = 'The NIS said about 11,000 North Korean troops are in Russia.';

/**
 * The hostile corpus: tests/fixtures/hostile/ (MDX/JSX/JS in text, byte-order marks, UTF-16,
 * invalid UTF-8, control characters, CRLF and CR line ends, empty and binary files, a slug clash,
 * non-English text, a broken sidecar, sidecars with script URLs, impossible dates
 * or an alias bomb, quotes that begin like spreadsheet formulas), plus two made here rather than committed: a 400 KB line and a
 * 20 MB file.
 */
export function hostileCorpus(): Record<string, Uint8Array | string> {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'hostile');
  const files: Record<string, Uint8Array | string> = Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]),
  );
  const filler = 'The troops were seen in Kursk and the officials said little about them. ';
  files['long-line.txt'] = `A very long line\n\n${filler.repeat(2500)}${CLAIM} ${filler.repeat(2500)}\n`;
  files['too-large.txt'] = 'x'.repeat(20 * 1024 * 1024);
  return files;
}

/**
 * Review notes an attacker or a careless editor might write: raw HTML that runs script, loads
 * things, restyles the page or sends the reader elsewhere, and links with script schemes.
 */
export const HOSTILE_NOTES = [
  'The figure is **disputed**; see [the report](https://example.org/report) and [the claims](/claims/).',
  '',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<iframe src="javascript:alert(3)"></iframe>',
  '<style>body { display: none }</style>',
  '<object data="https://evil.example/x.swf"></object>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '',
  '[js](javascript:alert(4)) [vb](vbscript:msgbox(5)) [data](data:text/html,hi) ![pixel](https://evil.example/p.png)',
  '',
  'Last line of the notes.',
  '',
].join('\n');

/** A review file (`content/reviews/<id>.md`) with the given front matter lines and notes. */
export function reviewFile(front: string[], notes = 'Notes.\n'): string {
  return `---\n${front.join('\n')}\n---\n\n${notes}`;
}
