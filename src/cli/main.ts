/**
 * The composition root of the command line: subcommands load lazily, and this is the
 * one place that turns errors into a message and an exit status.
 */
import { defineCommand, runMain } from 'citty';
import { runCommand } from './run-command.ts';

const main = defineCommand({
  meta: { name: 'parley', version: '0.1.0', description: 'Diplomatic-event knowledge graph: article dumps in, Neo4j and GraphQL out.' },
  subCommands: {
    db: () => import('./db.ts').then((m) => m.default),
    extract: () => import('./extract.ts').then((m) => m.default),
    start: () => import('./start.ts').then((m) => m.default),
    seed: () => import('./seed.ts').then((m) => m.default),
    browse: () => import('./browse.ts').then((m) => m.default),
    serve: () => import('./serve.ts').then((m) => m.default),
    eval: () => import('./eval.ts').then((m) => m.default),
  },
});

await runCommand(main, runMain);
