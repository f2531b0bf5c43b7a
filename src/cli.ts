import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import type { Config } from './config.ts';
import type { Logger } from './ports/logger.ts';

const USAGE = `Usage: rectrack [command] [options]

Commands:
  chat       the bot in this terminal (default when Slack and Teams are not configured)
  serve      the HTTP server for Slack and Teams (default when one is configured)
  migrate    bring the database schema up to date and exit
  import FILE  import a report (.txt, .md, .docx, .pdf): with --dry-run, only show what would be saved

Options:
  --db PATH        SQLite file to use (overrides DATABASE_URL)
  --user NAME      who you are in the console chat, or who imports (default: your login name)
  -e, --eval TEXT  run one command and exit; repeat for several
  -h, --help       this help

Import options:
  --dry-run        show what would be imported and save nothing
  --json           print the extraction as JSON (with --dry-run)
  --key KEY        the report key to save under (default: suggested from the title, e.g. OSAEC23)
  --anyway         save even when the same document was imported before (a second copy)
  --workspace ID   where to save: slack:TEAM_ID, teams:TENANT_ID, or a console workspace (default: the
                   local console); --user must be an admin there`;

const IMPORT_ONLY = ['dry-run', 'json', 'key', 'workspace', 'anyway'] as const;

/**
 * The `rectrack` command line. Returns the process exit code. Only node's own modules are loaded
 * before the arguments are read, so `--help` and a mistyped option answer at once; each command then
 * loads what it uses (main.ts: the database and the core; the chat SDKs only for serve).
 */
export async function runCli(argv: string[], env: Record<string, string | undefined>): Promise<number> {
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
  const [{ isPlatformConfigured, loadConfig }, { createStderrLogger }, { DatabaseUnusableError }] =
    await Promise.all([import('./config.ts'), import('./stderr-logger.ts'), import('./main.ts')]);
  const logger = createStderrLogger();
  const loaded = loadConfig(args.values.db ? { ...env, DATABASE_URL: `sqlite:${args.values.db}` } : env);
  if (!loaded.ok) return settingsProblems(loaded.problems);
  const config: Config = loaded.config;
  const command = args.positionals[0] ?? (isPlatformConfigured(config) ? 'serve' : 'chat');
  const misplaced = IMPORT_ONLY.filter((name) => args.values[name] !== undefined);
  if (command !== 'import' && misplaced.length > 0) {
    process.stderr.write(`--${misplaced.join(', --')} only work with "rectrack import".\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return await run(command, config, args, env, logger);
  } catch (error) {
    // The database in the settings can't be used: the operator's to fix, so no stack trace.
    if (error instanceof DatabaseUnusableError) return settingsProblems([`DATABASE_URL: ${error.message}`]);
    throw error;
  }
}

/** The settings message: every problem, and exit code 2. */
function settingsProblems(problems: readonly string[]): number {
  process.stderr.write(
    `rectrack can't start; fix these settings:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
  );
  return 2;
}

async function run(
  command: string,
  config: Config,
  args: ReturnType<typeof parse>,
  env: Record<string, string | undefined>,
  logger: Logger,
): Promise<number> {
  const { chat, migrate, serve } = await import('./main.ts');
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
    case 'import':
      return runImport(config, args, env);
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
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      key: { type: 'string' },
      workspace: { type: 'string' },
      anyway: { type: 'boolean' },
    },
  });
}

async function runImport(
  config: Config,
  args: ReturnType<typeof parse>,
  env: Record<string, string | undefined>,
): Promise<number> {
  const [, file, ...extra] = args.positionals;
  const { importDryRun, importSave } = await import('./import-command.ts');
  if (!file || extra.length > 0) {
    process.stderr.write(`rectrack import takes one FILE (.txt, .md, .docx or .pdf).\n\n${USAGE}\n`);
    return 2;
  }
  if (!args.values['dry-run']) {
    return importSave(config, file, {
      key: args.values.key,
      anyway: args.values.anyway === true,
      workspace: args.values.workspace,
      user: args.values.user ?? defaultUser(env),
      stdout: process.stdout,
      stderr: process.stderr,
    });
  }

  return importDryRun(file, {
    json: args.values.json === true,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

function defaultUser(env: Record<string, string | undefined>): string {
  try {
    return env.USER || userInfo().username || 'you';
  } catch {
    return 'you';
  }
}
