import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { type Config, isPlatformConfigured, loadConfig } from './config.ts';
import { chat, migrate, serve } from './main.ts';
import { createStderrLogger } from './stderr-logger.ts';

const USAGE = `Usage: rectrack [command] [options]

Commands:
  chat       the bot in this terminal (default when Slack and Teams are not configured)
  serve      the HTTP server for Slack and Teams (default when one is configured)
  migrate    bring the database schema up to date and exit

Options:
  --db PATH        SQLite file to use (overrides DATABASE_URL)
  --user NAME      who you are in the console chat (default: your login name)
  -e, --eval TEXT  run one command and exit; repeat for several
  -h, --help       this help`;

/** The `rectrack` command line. Returns the process exit code. */
export async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
  const logger = createStderrLogger();
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const loaded = loadConfig(args.values.db ? { ...env, DATABASE_URL: `sqlite:${args.values.db}` } : env);
  if (!loaded.ok) {
    process.stderr.write(
      `rectrack can't start; fix these settings:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    return 2;
  }
  const config: Config = loaded.config;
  const command = args.positionals[0] ?? (isPlatformConfigured(config) ? 'serve' : 'chat');
  switch (command) {
    case 'chat':
      await chat(config, {
        user: args.values.user ?? defaultUser(env),
        commands: args.values.eval ?? [],
        logger,
      });
      return typeof process.exitCode === 'number' ? process.exitCode : 0;
    case 'serve':
      await serve(config, logger);
      return 0;
    case 'migrate':
      await migrate(config, logger);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      user: { type: 'string' },
      eval: { type: 'string', short: 'e', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function defaultUser(env: Record<string, string | undefined>): string {
  try {
    return env.USER || userInfo().username || 'you';
  } catch {
    return 'you';
  }
}
