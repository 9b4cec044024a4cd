import { readRegistry } from './lib/inputs.ts';
const r = readRegistry();
console.log(r.match("Moscow dismissed as fiction Kyiv's claim that 10,000 had arrived"));
