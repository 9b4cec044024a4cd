import { findDates } from './extract/text/dates.ts';
import { readRegistry } from './lib/inputs.ts';
const s = "• At least 100 dead and close to 1,000 wounded is the National Intelligence Service's count, as relayed by ruling-party lawmaker Lee Sung-kwon after a closed briefing on Dec. 19.";
console.log(findDates(s, null, null));
const r = readRegistry();
console.log(r.match("according to a Dec. 16 statement by Ukraine's military intelligence agency, HUR."));
