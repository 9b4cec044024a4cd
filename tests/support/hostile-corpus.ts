import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpecialSource } from './temp-site.ts';

/** A sentence with one claim, for checking that odd files still yield it at the right offsets. */
export const CLAIM = 'The NIS said about 11,000 North Korean troops are in Russia.';

/**
 * The hostile corpus: tests/fixtures/hostile/ (MDX/JSX/JS in text, byte-order marks, UTF-16,
 * invalid UTF-8, control characters, CRLF and CR line ends, empty and binary files, a slug clash,
 * non-English text, a broken sidecar), plus what is made here rather than committed: a 400 KB line, a
 * 20 MB file, and special files — symbolic links to the build's environment, /etc/passwd, /dev/zero
 * and a file outside content/ that holds a claim, a link to a sidecar, and a named pipe.
 */
export function hostileCorpus(): Record<string, Uint8Array | string | SpecialSource> {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'hostile');
  const outside = join(mkdtempSync(join(tmpdir(), 'nk-outside-')), 'outside.txt');
  writeFileSync(outside, `Outside headline\n\n${CLAIM}\n`);
  const files: Record<string, Uint8Array | string | SpecialSource> = Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]),
  );
  const filler = 'The troops were seen in Kursk and the officials said little about them. ';
  files['long-line.txt'] = `A very long line\n\n${filler.repeat(2500)}${CLAIM} ${filler.repeat(2500)}\n`;
  files['too-large.txt'] = 'x'.repeat(20 * 1024 * 1024);
  files['environ.txt'] = { link: '/proc/self/environ' };
  files['passwd.txt'] = { link: '/etc/passwd' };
  files['zero.txt'] = { link: '/dev/zero' };
  files['outside.txt'] = { link: outside };
  files['linked-sidecar.txt'] = `Linked sidecar\n\n${CLAIM}\n`;
  files['linked-sidecar.yaml'] = { link: '/etc/passwd' };
  files['fifo.txt'] = { fifo: true };
  return files;
}
