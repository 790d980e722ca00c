import { defineCommand } from 'citty';
import { ParleyError } from '../errors.ts';

/** Placeholder until the local-server work lands: `parley db` manages the local Neo4j. */
export default defineCommand({
  meta: { name: 'db', description: 'Manage the local Neo4j: start, stop, status, logs, migrate' },
  run() {
    throw new ParleyError('USAGE', 'parley db needs a subcommand: start, stop, status, logs, migrate');
  },
});
