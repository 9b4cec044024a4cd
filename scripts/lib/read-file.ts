import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type FileRead = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: string };

/** How a file is read: its size cap, and whether it must be a regular file. */
export interface ReadOptions {
  /** Most bytes accepted; a file holding more is refused, whatever `stat` says its size is. */
  limit: number;
  /**
   * Refuse anything but a regular file: a symbolic link (not followed), a device, a FIFO, a socket or
   * a folder. An input in content/ must be one; the claims CLI reads whatever path it is given.
   */
  regularOnly: boolean;
}

const CHUNK = 64 * 1024;

/**
 * Read a file, or say in one line why not. The size cap is enforced while reading, so a device
 * such as /dev/zero, a file in /proc (whose `stat` size is 0) or a growing file stops at the limit
 * instead of filling memory or hanging.
 *
 * @example readLimited('content/sources/a.txt', { limit: 2 ** 21, regularOnly: true }) // { ok: true, bytes }
 * @example readLimited('/dev/zero', { limit: 10, regularOnly: false }) // { ok: false, error: 'file too large: more than the limit of 10 bytes' }
 */
export function readLimited(path: string, options: ReadOptions): FileRead {
  // O_NOFOLLOW refuses a link as the last part of the path; O_NONBLOCK keeps a FIFO from blocking the open.
  const strict = options.regularOnly ? (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) : 0;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | strict);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ELOOP') return { ok: false, error: 'a symbolic link, not a regular file (links are not followed)' };
    return { ok: false, error: message.replace(/^E[A-Z]+: /, '') };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory() || (options.regularOnly && !stat.isFile())) {
      return { ok: false, error: `${kind(stat)}, not a regular file` };
    }
    if (stat.isFile() && stat.size > options.limit) return tooLarge(`${stat.size} bytes`, options.limit);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > options.limit) return tooLarge(`more than ${options.limit} bytes`, options.limit);
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, error: (error as Error).message.replace(/^E[A-Z]+: /, '') };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: string, limit: number): FileRead {
  return { ok: false, error: `file too large: ${size} (the limit is ${limit} bytes)` };
}

function kind(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}
