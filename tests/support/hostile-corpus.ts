import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpecialSource } from './temp-site.ts';

/** A sentence with one claim, for checking that odd files still yield it at the right offsets. */
export const CLAIM = 'The NIS said about 11,000 North Korean troops are in Russia.';
/** A source whose claim the hostile corpus's corrections.yaml gives low 900 and high 100. */
export const BAD_CORRECTION = `Bad correction headline\n\n${CLAIM}\n`;
/**
 * Hidden characters that change what a text says: a zero-width space inside the claim's number, a
 * NUL before a figure, a right-to-left override that shows "RUH" as "HUR".
 */
export const HIDDEN = [
  'Hidden characters headline',
  '',
  CLAIM.replace('11,000', '1\u200B1,000'),
  'After a NUL \u0000 the NIS said 300 North Korean soldiers were killed.',
  'Officials of \u202ERUH\u202C said 500 North Korean soldiers were wounded.',
  '',
].join('\n');
/** Another, to tell two files apart. */
export const OTHER_CLAIM = 'The NIS said about 12,000 North Korean troops are in Russia.';

/**
 * The hostile corpus: tests/fixtures/hostile/ (MDX/JSX/JS in text, byte-order marks, UTF-16,
 * invalid UTF-8, control characters, CRLF and CR line ends, empty and binary files, a slug clash,
 * non-English text, a broken sidecar, sidecars with script URLs, impossible dates or an alias bomb,
 * quotes that begin like spreadsheet formulas), plus what is made here rather than committed: a 400 KB
 * line, a 20 MB file, and special files — symbolic links to the build's environment, /etc/passwd,
 * /dev/zero and a file outside content/ that holds a claim, a link to a sidecar, and a named pipe; and
 * file names that are not slugs (`Report.txt`, `My Article.txt`, `.hidden.txt`, `..txt`, two that
 * differ in case).
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
  // Text saved by a Windows editor (not UTF-8 at all), and UTF-8 with a lone surrogate's bytes in it.
  files['windows-1252.txt'] = Buffer.concat([
    Buffer.from('Caf'),
    Buffer.from([0xe9]),
    Buffer.from(` headline\n\n${CLAIM}\n`),
  ]);
  files['lone-surrogate.txt'] = Buffer.concat([
    Buffer.from(`Caf\u00e9 headline\n\n${CLAIM}\nBroken `),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from(' here.\n'),
  ]);
  files['hidden-chars.txt'] = HIDDEN;
  // Its claim has a correction with low above high (tests/build/hostile-corpus.test.ts).
  files['bad-correction.txt'] = BAD_CORRECTION;
  // File names that are not slugs; names that give none, or one another name has.
  files['Report.txt'] = `Report headline\n\n${CLAIM}\n`;
  files['My Article.txt'] = `My article headline\n\n${CLAIM}\n`;
  files['.hidden.txt'] = `Hidden headline\n\n${CLAIM}\n`;
  files['..txt'] = `Dots headline\n\n${CLAIM}\n`;
  files['case.txt'] = `Lower case headline\n\n${CLAIM}\n`;
  files['Case.txt'] = `Upper case headline\n\n${OTHER_CLAIM}\n`;
  files['Mixed.txt'] = `Mixed headline\n\n${CLAIM}\n`;
  files['MIXED.txt'] = `MIXED headline\n\n${OTHER_CLAIM}\n`;
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
