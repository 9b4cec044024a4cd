/**
 * `npm run eval:statements`: statements without a figure (stance, about, reporter) on the hand-labelled
 * set in tests/eval/statements/ (its README says how it was written), through the claims CLI as a
 * user runs it. Prints the totals and every miss; `--totals` prints the totals only (the only way a
 * hold-out is read: `--dir tests/eval/statements-holdout --totals`).
 *
 * A labelled statement is found when a statement claim's quote holds its `quote`; it is right when
 * its stance, about and reporter (or parties) are all the label's. A statement claim on a distractor
 * sentence (`not_statements`) is a false statement; one on a sentence with no label is counted apart.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ABOUTS, STANCES } from '../../src/schemas/vocabulary.ts';

const DIR = join(import.meta.dirname, 'statements');
const ROOT = join(import.meta.dirname, '..', '..');

interface Label {
  quote: string;
  reporter: string | null;
  parties?: string[];
  stance: string;
  about: string;
}
interface Found {
  kind: string;
  quote: string;
  reporter: { id: string } | null;
  parties: string[];
  stance: string | null;
  about: string | null;
}

const { values } = parseArgs({
  options: { totals: { type: 'boolean', default: false }, dir: { type: 'string', default: DIR } },
});
const registry = new Set(
  (parse(readFileSync(join(ROOT, 'content', 'reporters.yaml'), 'utf8')) as { id: string }[]).map((r) => r.id),
);

/** A label file's problems: a quote not found once in the text, an unknown id, stance or about. */
function problems(file: string, text: string, labels: { statements: Label[]; not_statements?: { quote: string }[] }) {
  const found: string[] = [];
  const once = (q: string) => text.split(q).length === 2;
  labels.statements.forEach((l, k) => {
    const at = `${file}: statements[${k}]`;
    if (!once(l.quote)) found.push(`${at}.quote is not in the text exactly once`);
    for (const id of [l.reporter, ...(l.parties ?? [])])
      if (id && !registry.has(id)) found.push(`${at}: unknown id ${id}`);
    if (!(STANCES as readonly string[]).includes(l.stance)) found.push(`${at}.stance: ${l.stance}`);
    if (!(ABOUTS as readonly string[]).includes(l.about)) found.push(`${at}.about: ${l.about}`);
  });
  (labels.not_statements ?? []).forEach((d, k) => {
    if (!once(d.quote)) found.push(`${file}: not_statements[${k}].quote is not in the text exactly once`);
  });
  return found;
}
const dir = values.dir!;
const stems = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();
const cli = spawnSync('npm', ['run', '-s', 'claims', '--', ...stems.map((s) => join(dir, `${s}.txt`))], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
if (cli.status !== 0) throw new Error(`claims CLI exited ${cli.status}: ${cli.stderr}`);
const documents = (JSON.parse(cli.stdout) as { documents: { claims: Found[] }[] }).documents;

const who = (x: { reporter: string | null; parties?: string[] }) => x.reporter ?? (x.parties ?? []).join('+');
const t = {
  labelled: 0,
  found: 0,
  stance: 0,
  about: 0,
  reporter: 0,
  right: 0,
  distractors: 0,
  false: 0,
  unlabelled: 0,
};
const misses: string[] = [];
stems.forEach((stem, k) => {
  const file = join(dir, `${stem}.labels.yaml`);
  const labels = parse(readFileSync(file, 'utf8')) as { statements: Label[]; not_statements?: { quote: string }[] };
  const bad = problems(file, readFileSync(join(dir, `${stem}.txt`), 'utf8'), labels);
  if (bad.length) throw new Error(bad.join('\n'));
  const statements = documents[k]!.claims.filter((c) => c.kind === 'statement');
  const used = new Set<Found>();
  for (const label of labels.statements) {
    t.labelled++;
    const claim = statements.find((c) => c.quote.includes(label.quote));
    if (!claim) {
      misses.push(`${stem}: missed "${label.quote}" (${who(label)} ${label.stance} ${label.about})`);
      continue;
    }
    used.add(claim);
    t.found++;
    const got = { reporter: claim.reporter?.id ?? null, parties: claim.parties };
    const ok = {
      stance: claim.stance === label.stance,
      about: claim.about === label.about,
      reporter: who(got) === who(label),
    };
    t.stance += Number(ok.stance);
    t.about += Number(ok.about);
    t.reporter += Number(ok.reporter);
    if (ok.stance && ok.about && ok.reporter) t.right++;
    else
      misses.push(
        `${stem}: "${label.quote}" want ${who(label)} ${label.stance} ${label.about}; got ${who(got)} ${claim.stance} ${claim.about}`,
      );
  }
  for (const d of labels.not_statements ?? []) {
    t.distractors++;
    const claim = statements.find((c) => c.quote.includes(d.quote));
    if (claim) {
      used.add(claim);
      t.false++;
      misses.push(`${stem}: not a statement, got ${claim.stance} ${claim.about}: "${d.quote}"`);
    }
  }
  for (const c of statements.filter((s) => !used.has(s))) {
    t.unlabelled++;
    misses.push(`${stem}: unlabelled sentence read as ${c.stance} ${c.about}: "${c.quote.slice(0, 90)}"`);
  }
});

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—');
console.log(`statements: ${stems.length} articles, ${t.labelled} labelled statements, ${t.distractors} distractors`);
console.log(
  `found ${pct(t.found, t.labelled)} % (${t.found}/${t.labelled}); of those found, stance right ${pct(t.stance, t.found)} %, about right ${pct(t.about, t.found)} %, reporter right ${pct(t.reporter, t.found)} %`,
);
console.log(
  `all right (found, stance, about and reporter): ${pct(t.right, t.labelled)} % of labelled (${t.right}/${t.labelled})`,
);
console.log(
  `distractors read as statements: ${t.false}/${t.distractors}; statements on unlabelled sentences: ${t.unlabelled}`,
);
if (!values.totals) for (const m of misses) console.log(m);
