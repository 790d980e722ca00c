/** `parley db`: the local Neo4j (start, stop, status, logs) and the schema (migrate). */
import { defineCommand } from 'citty';
import { ParleyError } from '../errors.ts';

export default defineCommand({
  meta: { name: 'db', description: 'Manage the local Neo4j: start, stop, status, logs, migrate' },
  subCommands: {
    start: () => import('./db/start.ts').then((m) => m.default),
    stop: () => import('./db/stop.ts').then((m) => m.default),
    status: () => import('./db/status.ts').then((m) => m.default),
    logs: () => import('./db/logs.ts').then((m) => m.default),
    migrate: () => import('./db/migrate.ts').then((m) => m.default),
  },
  run({ rawArgs }) {
    if (!rawArgs.some((a) => !a.startsWith('-'))) throw new ParleyError('USAGE', 'parley db needs a subcommand: start, stop, status, logs, migrate (see parley db --help)');
  },
});
