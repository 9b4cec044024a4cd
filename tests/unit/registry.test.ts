import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForMatching, loadRegistry } from '../../scripts/extract/attribution/registry.ts';

const yaml = (body: string) =>
  `- id: ua-hur\n  name: HUR\n  short: HUR\n  country: UA\n  kind: intelligence-agency\n${body}`;

describe('the reporter registry', () => {
  it('loads content/reporters.yaml without conflicts', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'reporters.yaml'), 'utf8');
    expect(loadRegistry('content/reporters.yaml', text).reporters.size).toBeGreaterThan(20);
  });
  it('match() finds the longest alias, folding apostrophes and "defence"', () => {
    const r = loadRegistry(
      'r.yaml',
      readFileSync(join(import.meta.dirname, '..', '..', 'content', 'reporters.yaml'), 'utf8'),
    );
    const ids = (s: string) => r.match(s).map((m) => m.reporterId);
    expect(ids('Seoul’s defence ministry said')).toEqual(['kr-mnd']);
    expect(ids('South Korea said')).toEqual(['kr-gov']);
    expect(ids('Lt. Gen. Kyrylo Budanov said')).toEqual(['ua-hur']);
    expect(r.match('Budanov said')[0]?.person).toBe('Kyrylo Budanov');
  });
  it('match() treats capital-letter aliases as case-sensitive', () => {
    const r = loadRegistry('r.yaml', yaml('  aliases: [HUR]\n'));
    expect(r.match('The HUR said').map((m) => m.alias)).toEqual(['HUR']);
    expect(r.match('in a hur of activity')).toEqual([]);
  });
  it('rejects an alias claimed by two reporters, naming both and the line', () => {
    const text = `${yaml('  aliases: [Kyiv]\n')}- id: ua-gov\n  name: Ukraine\n  short: Ukraine\n  country: UA\n  kind: government\n  aliases: [kyiv]\n`;
    expect(() => loadRegistry('content/reporters.yaml', text)).toThrow(
      /^content\/reporters\.yaml:12: field "1\.aliases\.0": alias "kyiv" is claimed by both ua-hur and ua-gov$/,
    );
  });
  it('rejects aliases of two reporters that differ only in case, naming the line', () => {
    const text = `${yaml('  aliases: [HUR]\n')}- id: ua-gov\n  name: Ukraine\n  short: Ukraine\n  country: UA\n  kind: government\n  aliases: [Kyiv, hur]\n`;
    expect(() => loadRegistry('content/reporters.yaml', text)).toThrow(
      /^content\/reporters\.yaml:12: field "1\.aliases\.1": alias "hur" is claimed by both ua-hur and ua-gov$/,
    );
    const person = yaml('  aliases: [HUR]\n  people:\n    - name: Hur\n');
    expect(() => loadRegistry('content/reporters.yaml', person)).toThrow(
      /^content\/reporters\.yaml:8: field "0\.people\.0\.name": alias "Hur" is claimed by both ua-hur and Hur \(ua-hur\)$/,
    );
  });
  it('keeps spellings of one reporter that differ only in case', () => {
    expect(loadRegistry('r.yaml', yaml('  aliases: [Ukrainian President, Ukrainian president]\n')).reporters.size).toBe(
      1,
    );
  });
  it("accepts only names as aliases: letters, digits, spaces and . ' ’ - & inside", () => {
    for (const alias of ['U.S.', "Ukraine's", 'Ukraine’s', 'Kim Jong-un', 'AT&T', 'Zelenskyy', 'Séoul', 'G7'])
      expect(() => loadRegistry('r.yaml', yaml(`  aliases: ["${alias}"]\n`)), alias).not.toThrow();
    for (const alias of ['(a+)+$', '.*', 'a|b', 'NIS\\b', '[HUR]', '-', "'s", 'x ', ' x', 'a\\nb', ''])
      expect(() => loadRegistry('content/reporters.yaml', yaml(`  aliases:\n    - "${alias}"\n`)), alias).toThrow(
        /^content\/reporters\.yaml:7: field "0\.aliases\.0": not a name: /,
      );
  });
  it('names file, line and field for a bad value', () => {
    expect(() => loadRegistry('content/reporters.yaml', yaml('').replace('country: UA', 'country: Ukraine'))).toThrow(
      /^content\/reporters\.yaml:4: field "0\.country"/,
    );
  });
  it('names file and line for malformed YAML', () => {
    expect(() => loadRegistry('content/reporters.yaml', '- id: [unclosed\n')).toThrow(
      /^content\/reporters\.yaml:\d+: malformed YAML/,
    );
  });
  it('foldForMatching() keeps the text length', () => {
    const s = 'Ukraine’s Defence';
    expect(foldForMatching(s)).toBe("Ukraine's Defense");
    expect(foldForMatching(s)).toHaveLength(s.length);
  });
});
