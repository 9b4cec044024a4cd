import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A sentence with one claim, for checking that odd files still yield it at the right offsets. */
export const CLAIM = 'The NIS said about 11,000 North Korean troops are in Russia.';

/**
 * The hostile corpus: tests/fixtures/hostile/ (MDX/JSX/JS in text, byte-order marks, UTF-16,
 * invalid UTF-8, control characters, CRLF and CR line ends, empty and binary files, a slug clash,
 * non-English text, a broken sidecar), plus two made here rather than committed: a 400 KB line and a
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
