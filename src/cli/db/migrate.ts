import { defineCommand } from 'citty';
import { loadConfig } from '../../config.ts';
import { applySchema } from '../start.ts';

export default defineCommand({
  meta: { name: 'migrate', description: 'Apply the schema in cypher/schema (constraints and indexes; safe to repeat)' },
  async run() {
    const result = await applySchema(loadConfig());
    console.log(`Schema applied: ${result.applied.length} constraints and indexes (cypher/schema), all online.`);
  },
});
