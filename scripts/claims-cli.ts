/**
 * `npm run -s claims -- FILE...`: extract claims from any text files and print one JSON object,
 * `{"documents":[{file, slug, title, publishedOn, claims:[…]}]}` (README, "CLI"). Files are read,
 * decoded and judged by the loader the ingest uses (lib/load-source.ts), but any path is accepted
 * (a link, a device, a pipe), never read past the size limit. A file that cannot be read, whose
 * sidecar is malformed (then ignored, the file still reported) or has a bad field (then left out),
 * gets one line on stderr naming it, as does a bad field of content/corrections.yaml (left out); a
 * warning (invalid UTF-8, with its byte offset) gets one too; the exit status is 1 after any error.
 */
import { existsSync } from 'node:fs';
import { CLI_CLAIM_FIELDS, type Claim, type CliClaim } from '../src/schemas/claim.ts';
import { readCorrections, readRegistry } from './lib/inputs.ts';
import { loadSource, readSourceFiles, sidecarPath } from './lib/load-source.ts';
import { fieldsIgnored } from './lib/yaml-file.ts';
import { extractClaims } from './pipeline.ts';

const pick = (c: Claim): CliClaim => Object.fromEntries(CLI_CLAIM_FIELDS.map((k) => [k, c[k]])) as CliClaim;
const say = (line: string) => void process.stderr.write(`claims: ${line.split('\n')[0]}\n`);

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s claims -- FILE...\n');
    return 2;
  }
  const registry = readRegistry();
  const { value: corrections, errors } = readCorrections();
  const documents = [];
  let failed = errors.length > 0;
  for (const error of fieldsIgnored(errors)) say(error);
  for (const file of files) {
    const sidecar = sidecarPath(file);
    const read = readSourceFiles(
      { source: file, sidecar: sidecar !== file && existsSync(sidecar) ? sidecar : null },
      { source: file },
      false,
    );
    const loaded = read.files && loadSource(read.files, file);
    for (const error of [...read.errors, ...(loaded?.errors ?? [])]) {
      failed = true;
      say(error);
    }
    for (const warning of loaded?.warnings ?? []) say(`warning: ${warning}`);
    if (!loaded?.input) continue;
    try {
      const out = await extractClaims({ slug: loaded.slug, ...loaded.input, registry, corrections });
      documents.push({
        file,
        slug: loaded.slug,
        title: out.meta?.title ?? null,
        publishedOn: out.meta?.publishedOn ?? null,
        claims: out.claims.map(pick),
      });
    } catch (error) {
      failed = true;
      say(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  process.stdout.write(`${JSON.stringify({ documents }, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
