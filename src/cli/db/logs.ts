import { defineCommand } from 'citty';
import { watchFile, unwatchFile, statSync, openSync, readSync, closeSync, existsSync } from 'node:fs';
import { loadConfig } from '../../config.ts';
import { ParleyError } from '../../errors.ts';
import { serverPaths, tailFile } from '../../graph/local-server/index.ts';

const FILES = { neo4j: 'neo4jLog', debug: 'debugLog', console: 'consoleLog' } as const;

export default defineCommand({
  meta: { name: 'logs', description: "Print the end of the local Neo4j's log" },
  args: {
    lines: { type: 'string', alias: 'n', description: 'Number of lines', default: '50' },
    file: { type: 'string', description: 'Which log: neo4j, debug or console (the JVM output)', default: 'neo4j' },
    follow: { type: 'boolean', alias: 'f', description: 'Keep printing new lines until interrupted' },
  },
  async run({ args }) {
    const config = loadConfig();
    if (config.neo4j.uri) throw new ParleyError('USAGE', 'NEO4J_URI is set: the logs of your own server are not in Parley\'s folder');
    const key = FILES[args.file as keyof typeof FILES];
    if (!key) throw new ParleyError('USAGE', `--file must be one of ${Object.keys(FILES).join(', ')}, got "${args.file}"`);
    const lines = Number(args.lines);
    if (!Number.isInteger(lines) || lines < 0) throw new ParleyError('USAGE', `-n must be a whole number, got "${args.lines}"`);
    const path = serverPaths(config.local.dir)[key];
    if (!existsSync(path) && !args.follow) throw new ParleyError('INPUT', `no log yet at ${path} (has the local Neo4j been started?)`);
    const text = tailFile(path, lines);
    if (text) console.log(text);
    if (args.follow) await follow(path);
  },
});

/** Prints what is appended to `path` until SIGINT. */
function follow(path: string): Promise<void> {
  let offset = existsSync(path) ? statSync(path).size : 0;
  return new Promise((resolvePromise) => {
    watchFile(path, { interval: 500 }, (current) => {
      if (current.size < offset) offset = 0;
      if (current.size === offset) return;
      const fd = openSync(path, 'r');
      const buffer = Buffer.alloc(current.size - offset);
      readSync(fd, buffer, 0, buffer.length, offset);
      closeSync(fd);
      offset = current.size;
      process.stdout.write(buffer);
    });
    process.once('SIGINT', () => {
      unwatchFile(path);
      resolvePromise();
    });
  });
}
