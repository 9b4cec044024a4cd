import { readFileSync } from 'node:fs';
import { findDates } from './extract/text/dates.ts';
const text = readFileSync(process.argv[2]!, 'utf8');
for (const line of text.split('\n')) for (const d of findDates(line, null, null)) if (d.iso) console.log(d, line.slice(0, 100));
