import { defineCommand } from 'citty';
import { loadConfig } from '../../config.ts';
import { formatStatus, serverStatus } from '../../graph/local-server/index.ts';

export default defineCommand({
  meta: { name: 'status', description: 'Show whether Neo4j runs, where, and how to log in' },
  args: {
    json: {
      type: 'boolean',
      description: 'Print JSON: running, boltUri, browserUrl, username, password, passwordFile, pid, dir, version, external',
    },
  },
  async run({ args }) {
    const status = await serverStatus(loadConfig());
    console.log(args.json ? JSON.stringify(status, null, 2) : formatStatus(status));
  },
});
