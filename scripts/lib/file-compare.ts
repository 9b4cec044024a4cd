import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/**
 * Whether `file` holds exactly `bytes` (false when it does not exist).
 *
 * @example holds('src/data/claims.json', bytes) // true
 */
export function holds(file: string, bytes: Uint8Array): boolean {
  // The size first: a file that is missing or of another size is told apart without reading it or throwing.
  if (statSync(file, { throwIfNoEntry: false })?.size !== bytes.length) return false;
  try {
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * Compares bytes fed a chunk at a time with a file's bytes, without reading the file whole (claims.json
 * can be tens of megabytes).
 *
 * @example const c = new FileComparison(file); for (const b of chunks) c.feed(b); c.end() // true when identical
 */
export class FileComparison {
  #fd: number | null = null;
  #same = true;
  #scratch = Buffer.alloc(1 << 16);

  constructor(file: string) {
    try {
      this.#fd = openSync(file, 'r');
    } catch {
      this.#same = false;
    }
  }

  feed(bytes: Uint8Array): void {
    if (!this.#same || this.#fd === null) return;
    if (this.#scratch.length < bytes.length) this.#scratch = Buffer.alloc(bytes.length);
    const view = this.#scratch.subarray(0, bytes.length);
    let got = 0;
    for (let n = 1; got < bytes.length && n > 0; got += n) n = readSync(this.#fd, view, got, bytes.length - got, null);
    this.#same = got === bytes.length && view.equals(bytes);
  }

  /** True when everything fed equals the whole file. */
  end(): boolean {
    if (this.#fd === null) return false;
    const same = this.#same && readSync(this.#fd, this.#scratch, 0, 1, null) === 0;
    closeSync(this.#fd);
    return same;
  }
}
