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
  },
});

await runCommand(main, runMain);
