import fs from 'node:fs';
import { extractHtml } from './src/html/extract.ts';
import { normalizeText } from './src/normalize.ts';
const lines = fs.readFileSync('/work/shared/eval/html/dev.jsonl','utf8').split('\n').filter(Boolean);
const out = [];
const t0 = Date.now();
for (const l of lines) {
  const r = JSON.parse(l);
  const p = extractHtml(r.html);
  const body = normalizeText(p.text, {collapseSpaces:true, collapseBlankLines:true}).text;
  if (out.length < 12) console.log(JSON.stringify({...p, text: undefined}));
  out.push(JSON.stringify({ id: r.id, body }));
}
console.error('ms', Date.now()-t0);
fs.writeFileSync('/tmp/htmlexp/v2.pred.jsonl', out.join('\n')+'\n');
