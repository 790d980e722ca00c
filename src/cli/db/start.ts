import { defineCommand } from 'citty';
import { loadConfig } from '../../config.ts';
import { startDatabase } from '../start.ts';

export default defineCommand({
  meta: {
    name: 'start',
    description: 'Start the local Neo4j (fetched from Maven Central the first time) and wait until it answers',
  },
  async run() {
    await startDatabase(loadConfig(), (line) => console.log(line));
  },
});
