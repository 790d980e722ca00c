/**
 * Runs the CLI and is the one place that calls `process.exit`: a ParleyError becomes
 * one line with its code; anything else is a bug, reported as INTERNAL. `--debug`
 * (or `PARLEY_DEBUG=1`) adds the stack.
 */
import { runCommand as cittyRun, showUsage, type CommandDef } from 'citty';
import { ParleyError, isParleyError } from '../errors.ts';

export async function runCommand(main: CommandDef<any>, _runMain?: unknown): Promise<void> {
  const rawArgs = process.argv.slice(2);
  const debug = rawArgs.includes('--debug') || process.env.PARLEY_DEBUG === '1';
  const args = rawArgs.filter((a) => a !== '--debug');
  try {
    if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
      await showHelp(main, args.filter((a) => a !== '--help' && a !== '-h'));
      return;
    }
    if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
      const meta = typeof main.meta === 'function' ? await main.meta() : await main.meta;
      console.log(meta?.version ?? '');
      return;
    }
    await cittyRun(main, { rawArgs: args });
  } catch (error) {
    report(error, debug);
    process.exitCode = isParleyError(error) ? error.exitCode : 1;
  }
}

async function showHelp(main: CommandDef<any>, path: string[]): Promise<void> {
  let cmd: CommandDef<any> = main;
  let parent: CommandDef<any> | undefined;
  for (const name of path) {
    if (name.startsWith('-')) break;
    const subs = typeof cmd.subCommands === 'function' ? await cmd.subCommands() : await cmd.subCommands;
    const next = subs?.[name];
    if (!next) throw new ParleyError('USAGE', `unknown command "${name}" (see parley --help)`);
    parent = cmd;
    cmd = typeof next === 'function' ? await (next as () => Promise<CommandDef<any>>)() : await next;
  }
  await showUsage(cmd, parent);
}

function report(error: unknown, debug: boolean): void {
  if (isParleyError(error)) {
    console.error(`parley: ${error.message} [${error.code}]`);
    if (error.details) console.error(error.details.replace(/^/gm, '  '));
  } else {
    const message = error instanceof Error ? error.message : String(error);
    // citty reports bad usage with plain errors whose code starts with E_
    const code = (error as { code?: string })?.code;
    if (typeof code === 'string' && code.startsWith('E_')) console.error(`parley: ${message} [USAGE]`);
    else console.error(`parley: internal error: ${message} [INTERNAL]${debug ? '' : ' (run with --debug for details)'}`);
  }
  if (debug && error instanceof Error && error.stack) console.error(error.stack);
}
