/**
 * `parley browse`: where Neo4j Browser is, with the connection filled in, how to log
 * in, and how to apply Parley's style sheet; opens the address in a web browser when
 * the machine has one (`xdg-open`, `open`), and never fails when it has none.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand } from 'citty';
import { loadConfig } from '../config.ts';
import { connectionFor, type Connection } from '../graph/driver.ts';
import { serverPaths } from '../graph/local-server/paths.ts';
import { runningPid } from '../graph/local-server/process.ts';
import { readServerState } from '../graph/local-server/server-state.ts';

/** `cypher/browser/style.grass`, the Neo4j Browser style sheet. */
export const STYLE_FILE = fileURLToPath(new URL('../../cypher/browser/style.grass', import.meta.url));

/** `cypher/explore/`, the analysts' queries to paste into Browser. */
export const EXPLORE_DIR = fileURLToPath(new URL('../../cypher/explore/', import.meta.url));

/** Where Neo4j Browser is hosted for a server of the user's own (NEO4J_URI). */
const HOSTED_BROWSER = 'https://browser.neo4j.io/';

/**
 * The Neo4j Browser address that pre-fills its connect form: `dbms` is the Bolt URL
 * with the user name in it (Browser 5 reads `dbms`, or the older `connectURL`, and takes
 * the user from the URL's user part), `db` the database. The password is never put in
 * the address; Browser asks for it.
 */
export function neo4jBrowserUrl(options: { browserBase: string; boltUri: string; username: string; database: string }): string {
  const bolt = new URL(options.boltUri);
  const dbms = `${bolt.protocol}//${encodeURIComponent(options.username)}@${bolt.host}`;
  return `${options.browserBase}?dbms=${dbms}&db=${encodeURIComponent(options.database)}`;
}

/**
 * The style sheet as one `:style` command for Browser's editor. The grass is put on one
 * line (Browser's grass parser ignores line breaks) so that the command survives being
 * pasted or typed as it is.
 */
export function styleCommand(grass: string): string {
  return `:style ${grass.replace(/\s*\n\s*/g, ' ').trim()}`;
}

export interface BrowseInfo {
  url: string;
  username: string;
  password: string;
  database: string;
  styleFile: string;
  /** False when the local server is not running (the address will not answer yet). */
  running: boolean;
}

/** What `parley browse` prints, for the configured connection. */
export function browseInfo(connection: Connection, browserBase: string, running: boolean): BrowseInfo {
  return {
    url: neo4jBrowserUrl({ browserBase, boltUri: connection.uri, username: connection.username, database: connection.database }),
    username: connection.username,
    password: connection.password,
    database: connection.database,
    styleFile: STYLE_FILE,
    running,
  };
}

/** The first of `names` found as an executable on the PATH, or null. */
function findOnPath(names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Opens `url` in the desktop's browser; false when there is no opener or no display. */
function openInBrowser(url: string): boolean {
  const opener = process.platform === 'darwin' ? findOnPath(['open']) : findOnPath(['xdg-open']);
  if (!opener) return false;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return false;
  try {
    const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

export default defineCommand({
  meta: { name: 'browse', description: 'Print the Neo4j Browser address, the credentials and how to apply the style; open it' },
  args: {
    open: { type: 'boolean', default: true, description: 'Open the address in a web browser when one is available (--no-open: do not)' },
    style: { type: 'boolean', default: false, description: 'Print only the one-line `:style …` command to paste into Browser' },
    json: { type: 'boolean', default: false, description: 'Print the address, credentials and style file as JSON' },
  },
  run({ args }) {
    const config = loadConfig();
    const grass = readFileSync(STYLE_FILE, 'utf8');
    if (args.style) {
      console.log(styleCommand(grass));
      return;
    }
    const connection = connectionFor(config);
    let browserBase = HOSTED_BROWSER;
    let running = true;
    if (!connection.external) {
      const paths = serverPaths(config.local.dir);
      const httpPort = readServerState(paths)?.httpPort ?? config.local.httpPort;
      browserBase = `http://127.0.0.1:${httpPort}/browser/`;
      running = runningPid(paths) !== null;
    }
    const info = browseInfo(connection, browserBase, running);
    if (args.json) {
      console.log(JSON.stringify(info, null, 2));
      return;
    }
    const shown = (path: string) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
    const lines = [
      `Neo4j Browser:  ${info.url}`,
      `  user:         ${info.username}`,
      `  password:     ${info.password}`,
      `  database:     ${info.database}`,
      '',
      'Style (colours and captions per label):',
      `  drag ${shown(info.styleFile)} onto the Browser window,`,
      '  or paste the one-line command that `parley browse --style` prints into the editor and run it.',
      '',
      `Questions: ${join(shown(EXPLORE_DIR), '*.cypher')}. Paste a file as it is and run it: its :param lines`,
      '  set the parameters and the query runs (Browser lists the statements with a tick each);',
      '  run the query again without the :param lines to see its graph and table.',
    ];
    console.log(lines.join('\n'));
    if (!info.running) console.error('\nThe local Neo4j is not running: start it with `parley db start` (or `npm start`).');
    if (connection.external) console.error(`\nNEO4J_URI is set: open the address above, or your server's own Browser, and connect to ${connection.uri}.`);
    if (args.open && info.running && openInBrowser(info.url)) console.error('\nOpened in your web browser.');
  },
});
