/**
 * `npm run -s claims -- FILE...`: extract claims from any text files and print one JSON object,
 * `{"documents":[{file, slug, title, publishedOn, claims:[…]}]}` (README, "CLI"). A file that cannot
 * be read gets one line on stderr naming it; the others are still reported; the exit status is then 1.
 */
import { basename } from 'node:path';
import { CLI_CLAIM_FIELDS, type Claim, type CliClaim } from '../src/schemas/claim.ts';
import { readCorrections, readRegistry, readSidecar } from './lib/inputs.ts';
import { readLimited } from './lib/read-file.ts';
import { decodeSource, MAX_SOURCE_BYTES, slugify } from './lib/read-source.ts';
import { extractClaims } from './pipeline.ts';

const pick = (c: Claim): CliClaim => Object.fromEntries(CLI_CLAIM_FIELDS.map((k) => [k, c[k]])) as CliClaim;

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s claims -- FILE...\n');
    return 2;
  }
  const registry = readRegistry();
  const corrections = readCorrections();
  const documents = [];
  let failed = false;
  for (const file of files) {
    try {
      // Any path is read (a link, a device, a pipe), but never past the size limit.
      const read = readLimited(file, { limit: MAX_SOURCE_BYTES, regularOnly: false });
      if (!read.ok) throw new Error(read.error);
      const decoded = decodeSource(read.bytes);
      if (!decoded.ok) throw new Error(decoded.error);
      const slug = slugify(basename(file));
      if (!slug) throw new Error('its name gives no slug (it needs a letter or a digit)');
      const out = await extractClaims({
        slug,
        text: decoded.text,
        digest: { sha256: decoded.sha256, bytes: decoded.bytes },
        sidecar: readSidecar(file),
        registry,
        corrections,
      });
      documents.push({
        file,
        slug,
        title: out.meta?.title ?? null,
        publishedOn: out.meta?.publishedOn ?? null,
        claims: out.claims.map(pick),
      });
    } catch (error) {
      failed = true;
      const reason = error instanceof Error ? error.message.replace(/^E[A-Z]+: /, '') : String(error);
      process.stderr.write(`claims: ${file}: ${reason.split('\n')[0]}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
