import { defineCommand } from 'citty';
import { loadConfig } from '../../config.ts';
import { ParleyError } from '../../errors.ts';
import { stopLocalServer } from '../../graph/local-server/index.ts';

export default defineCommand({
  meta: { name: 'stop', description: 'Stop the local Neo4j gracefully (its data stays)' },
  args: {
    timeout: { type: 'string', description: 'Seconds to wait for a clean shutdown before killing it', default: '60' },
  },
  async run({ args }) {
    const config = loadConfig();
    if (config.neo4j.uri) {
      console.log(`NEO4J_URI is set (${config.neo4j.uri}): Parley does not manage that server and stops nothing.`);
      return;
    }
    const seconds = Number(args.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new ParleyError('USAGE', `--timeout must be a number of seconds, got "${args.timeout}"`);
    const result = await stopLocalServer(config, { timeoutMs: seconds * 1000 });
    if (!result.stopped) console.log(`The local Neo4j in ${config.local.dir} is not running.`);
    else console.log(`Stopped the local Neo4j (pid ${result.pid})${result.killed ? ' by force: it did not shut down in time' : ''}.`);
  },
});
