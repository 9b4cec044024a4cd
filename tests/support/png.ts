/** The PNG signature, then the IHDR chunk's length (13) and type, which every PNG begins with. */
const HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/**
 * The width and height a PNG's header gives, or null when the bytes are no PNG.
 *
 * @example pngSize(readFileSync('dist/social-card.png')) // { width: 1200, height: 630 }
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 24 || !buffer.subarray(0, 16).equals(HEAD)) return null;
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}
