import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLimited } from '../../scripts/lib/read-file.ts';

describe('readLimited()', () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'nk-read-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const strict = { limit: 10, regularOnly: true };

  it('reads a regular file up to and at the limit', () => {
    writeFileSync(join(dir, 'a.txt'), '0123456789');
    expect(readLimited(join(dir, 'a.txt'), strict)).toEqual({ ok: true, bytes: Buffer.from('0123456789') });
  });

  it('refuses a file one byte over the limit, naming its size', () => {
    writeFileSync(join(dir, 'a.txt'), '0123456789x');
    expect(readLimited(join(dir, 'a.txt'), strict)).toEqual({
      ok: false,
      error: 'file too large: 11 bytes (the limit is 10 bytes)',
    });
  });

  it('refuses a symbolic link, inside the folder or out of it, without following it', () => {
    writeFileSync(join(dir, 'real.txt'), 'text');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'inside.txt'));
    symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
    for (const name of ['inside.txt', 'passwd.txt'])
      expect(readLimited(join(dir, name), strict)).toEqual({
        ok: false,
        error: 'a symbolic link, not a regular file (links are not followed)',
      });
  });

  it('refuses a named pipe without waiting for a writer, and a folder', () => {
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    mkdirSync(join(dir, 'folder.txt'));
    expect(readLimited(join(dir, 'fifo.txt'), strict)).toEqual({
      ok: false,
      error: 'a named pipe, not a regular file',
    });
    expect(readLimited(join(dir, 'folder.txt'), strict)).toEqual({ ok: false, error: 'a folder, not a regular file' });
    expect(readLimited('/dev/null', strict)).toEqual({ ok: false, error: 'a device, not a regular file' });
  });

  it('reads any path when not strict, but stops at the limit on an endless device', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    expect(readLimited(join(dir, 'zero.txt'), { limit: 100_000, regularOnly: false })).toEqual({
      ok: false,
      error: 'file too large: more than 100000 bytes (the limit is 100000 bytes)',
    });
    // /proc files say they are empty: the limit is not taken from stat.
    const environ = readLimited('/proc/self/environ', { limit: 10, regularOnly: false });
    expect(environ).toMatchObject({ ok: false, error: expect.stringMatching(/^file too large: more than 10 bytes/) });
  });

  it('names a missing file without the error code', () => {
    expect(readLimited(join(dir, 'missing.txt'), strict)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^no such file or directory/),
    });
  });
});
