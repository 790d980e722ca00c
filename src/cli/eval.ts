/**
 * `parley eval --gold GOLD.jsonl DUMP ...`: extracts the dump and scores it against gold
 * annotations with the rules of ../shared/eval/score.mjs, printing the same figures and
 * the per-type table; `--explain` adds each missed and each spurious event with its
 * sentence and the rule that made it; `--json` prints the report as JSON.
 */
import { defineCommand } from 'citty';
import { loadConfig } from '../config.ts';
import type { ArticleGraph } from '../domain/graph.ts';
import { ParleyError } from '../errors.ts';
import { formatReport } from '../eval/format-report.ts';
import { readGold } from '../eval/read-gold.ts';
import { score } from '../eval/score.ts';
import { extractDumps } from './pipeline/extract-dumps.ts';
import { resolveWorkers } from './pipeline/resolve-workers.ts';

export default defineCommand({
  meta: { name: 'eval', description: 'Score extraction on a dump against gold annotations (GOLD-FORMAT.md)' },
  args: {
    paths: { type: 'positional', required: false, description: 'The dump(s) the gold annotates' },
    gold: { type: 'string', required: true, description: 'Gold annotations, one JSON object per line' },
    explain: { type: 'boolean', default: false, description: 'List each missed and each spurious event with its sentence and rule' },
    json: { type: 'boolean', default: false, description: 'Print the report as JSON' },
  },
  async run({ args }) {
    const paths = args._ as string[];
    if (!paths.length) throw new ParleyError('USAGE', 'give the dump that the gold file annotates, e.g. parley eval --gold gold.jsonl dev.jsonl');
    const gold = await readGold(String(args.gold));
    const stream = extractDumps(paths, { workers: resolveWorkers(null, loadConfig().workers), output: 'graph' });
    const graphs: ArticleGraph[] = [];
    try {
      for await (const item of stream) if (item.kind === 'graph' && item.graph) graphs.push(item.graph);
    } finally {
      await stream.close();
    }
    if (stream.readableInputs === 0) throw new ParleyError('INPUT', 'no readable input: nothing could be read from the paths given');
    const report = score(gold, graphs);
    if (args.json) console.log(JSON.stringify(report, null, 2));
    else console.log(formatReport(report, { explain: Boolean(args.explain) }));
  },
});
