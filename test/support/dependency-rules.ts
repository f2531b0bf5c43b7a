import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, posix, relative, sep } from 'node:path';
import { COMPUTED, readSource, type SourceFacts, type SourceImport } from './source-facts.ts';

/*
 * The dependency rule of ARCHITECTURE.md as code: who may import what, and where the outside world
 * (environment, process, clock) may be read. Paths are repository-relative with forward slashes;
 * the fixtures in test/fixtures/dependency-rules/ pass the path they pretend to live at.
 */

export const RULES = [
  'core-imports',
  'ports-types-only',
  'package-homes',
  'adapters-apart',
  'core-no-environment',
  'core-no-clock',
  'env-in-config-only',
] as const;

export type Rule = (typeof RULES)[number];

export type Violation = { file: string; line: number; rule: Rule; message: string };

/** The folders whose code ships, then tests and benches (held only to the platform SDK rule). */
export const CHECKED_DIRS = ['src', 'adapters', 'migrations', 'manifests', 'test', 'bench'];

/** Fixtures are data: some break the rules on purpose. */
const UNCHECKED = 'test/fixtures/';

/**
 * Tests and benches may use any package but the chat platforms' SDKs: they reach Slack and Teams over
 * HTTP, as the platforms do, so a test never leans on what the SDK does inside.
 */
const PLATFORM_SDK = /^(@slack\/|botbuilder)/;

/**
 * The one exception: the floor bench/slack-load.ts measures rectrack's Slack path against is Bolt
 * alone, acknowledging. It stands in for no platform behaviour; it is the SDK, measured.
 */
const SDK_FLOORS = new Set(['bench/bare-bolt.ts']);

/**
 * Where each package may be imported: an SDK, driver or parser stays inside its own adapter, so
 * swapping it changes one folder. A package missing here fails the rule until it is given a home.
 */
const PACKAGE_HOMES: { match: RegExp; homes: string[] }[] = [
  { match: /^@slack\//, homes: ['adapters/slack/'] },
  { match: /^botbuilder/, homes: ['adapters/teams/'] },
  { match: /^(sqlite3|pg)$/, homes: ['adapters/db/'] },
  // Migrations are written against Kysely's schema builder, frozen in time, and run by adapters/db.
  { match: /^kysely$/, homes: ['adapters/db/', 'migrations/'] },
  { match: /^(mammoth|unpdf)$/, homes: ['adapters/documents/'] },
  { match: /^croner$/, homes: ['adapters/scheduler/'] },
  // Pure computation, no I/O: the core reads dates with chrono-node and validates with zod.
  { match: /^chrono-node$/, homes: ['src/core/'] },
  { match: /^zod$/, homes: ['src/', 'adapters/'] },
  { match: /^fflate$/, homes: ['manifests/teams/'] },
  // Exports are pure (data in, bytes out): Word, Excel and charts are computed, never read or sent.
  { match: /^(docx|exceljs|vega|vega-lite)$/, homes: ['src/core/export/'] },
  // A native binding: SVG charts to PNG for Word happen in the export folder only.
  { match: /^@resvg\/resvg-js$/, homes: ['src/core/export/'] },
];

/** Node built-ins the core may use: hashing a document's text is computation, not I/O. */
const CORE_BUILTINS = new Set(['node:crypto']);

export function checkSource(file: string, text: string): Violation[] {
  const facts = readSource(file, text);
  const found: Violation[] = [];
  const add = (line: number, rule: Rule, message: string) => found.push({ file, line, rule, message });
  for (const use of facts.imports) checkImport(file, use, add);
  checkGlobals(file, facts, add);
  if (file.startsWith('src/ports/')) {
    for (const line of facts.values)
      add(line, 'ports-types-only', 'a port declares types only; put values in an adapter or test/support');
  }
  return found;
}

type Add = (line: number, rule: Rule, message: string) => void;

function checkImport(file: string, use: SourceImport, add: Add): void {
  const { spec, line } = use;
  const what = `${use.kind} of ${spec}`;
  if (spec === COMPUTED) {
    if (isInner(file)) add(line, 'core-imports', `${use.kind} with a computed specifier cannot be checked`);
    return;
  }
  if (spec.startsWith('.')) {
    const target = posix.join(posix.dirname(file), spec);
    if (file.startsWith('src/ports/') && !(use.typeOnly && isInner(target))) {
      add(line, 'ports-types-only', `${what}: a port imports only types from src/core and src/ports`);
    } else if (file.startsWith('src/core/') && !isInner(target)) {
      add(line, 'core-imports', `${what}: the core imports only src/core and src/ports`);
    }
    const [own, other] = [adapterOf(file), adapterOf(target)];
    if (own && other && own !== other)
      add(line, 'adapters-apart', `${what}: adapters/${own} imports adapters/${other}`);
    return;
  }
  if (isTooling(file)) {
    if (PLATFORM_SDK.test(spec) && !SDK_FLOORS.has(file)) {
      add(line, 'package-homes', `${what}: tests drive the platform over HTTP, not through its SDK`);
    }
    return;
  }
  if (isBuiltin(spec)) {
    if (file.startsWith('src/ports/'))
      add(line, 'ports-types-only', `${what}: a port imports no node built-in`);
    else if (file.startsWith('src/core/') && !CORE_BUILTINS.has(spec)) {
      add(line, 'core-imports', `${what}: the core does no I/O`);
    }
    return;
  }
  const name = packageName(spec);
  const known = PACKAGE_HOMES.filter((entry) => entry.match.test(name));
  if (known.length === 0) add(line, 'package-homes', `${what}: ${name} has no home in PACKAGE_HOMES yet`);
  else if (!known.some((entry) => entry.homes.some((home) => file.startsWith(home)))) {
    const homes = known.flatMap((entry) => entry.homes).join(', ');
    add(line, 'package-homes', `${what}: ${name} belongs in ${homes}`);
  }
}

function checkGlobals(file: string, facts: SourceFacts, add: Add): void {
  for (const { what, line } of facts.globals) {
    if (isInner(file)) {
      if (what === 'process.env' || what === 'process') {
        add(line, 'core-no-environment', `${what}: settings come in through src/config.ts and the ports`);
      } else add(line, 'core-no-clock', `${what}: the time comes from the Clock port`);
    } else if (what === 'process.env' && isApp(file) && file !== 'src/config.ts') {
      add(line, 'env-in-config-only', 'process.env: only src/config.ts reads the environment');
    }
  }
}

/** The core and its ports: no I/O, no environment, no clock. */
function isInner(path: string): boolean {
  return path.startsWith('src/core/') || path.startsWith('src/ports/');
}

/**
 * The application's code. Command-line entry points outside it (bin/rectrack.mjs, `npm run
 * package:teams`) hand process.env to src/config.ts to read.
 */
function isApp(path: string): boolean {
  return path.startsWith('src/') || path.startsWith('adapters/');
}

function isTooling(path: string): boolean {
  return path.startsWith('test/') || path.startsWith('bench/');
}

function adapterOf(path: string): string | undefined {
  return path.startsWith('adapters/') ? path.split('/')[1] : undefined;
}

/** `@scope/name/deep/path` -> `@scope/name`; `name/deep` -> `name`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return (spec.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Every .ts file under the checked folders, repository-relative with forward slashes. */
export function sourceFiles(root: string, dirs: readonly string[] = CHECKED_DIRS): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((file) => !file.startsWith(UNCHECKED))
      .sort(),
  );
}

export function checkFile(root: string, file: string): Violation[] {
  return checkSource(file, readFileSync(join(root, file), 'utf8'));
}
