/** `npm run corpus`: runs the corpus and writes the committed report, bench/corpus.md. */
import fs from 'node:fs';
import path from 'node:path';
import { formatReport, runCorpus } from './corpus.js';
import { machineDescription } from '../bench/_measure.js';

const results = await runCorpus({ outDir: path.resolve('.tmp/corpus'), log: (line) => console.log(line) });
const report = formatReport(results, 'npm run corpus', machineDescription());
fs.mkdirSync('bench', { recursive: true });
fs.writeFileSync('bench/corpus.md', report);
console.log(report.split('\n').find((line) => line.startsWith('**')));
const broken = results.filter((r) => r.outcome !== 'generated' && r.outcome !== 'refused');
process.exitCode = broken.length > 0 ? 1 : 0;
