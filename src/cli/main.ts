import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EndpointError } from '../data/release.js';
import { version } from '../version.js';
import { check, formatCheck, type ExitCode } from './check.js';
import { convert } from './convert.js';
import { SourceError } from './source.js';

/**
 * `csto-widgets <command>`: the publisher commands. Each command is an entry in COMMANDS (its
 * options, usage and run); a new one (a later `render`) is one more entry.
 */

/** Where a command writes: the process's streams in the bin, buffers in tests. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly options: Options;
  run(source: string, values: Values, io: CliIO): Promise<ExitCode>;
}

class UsageError extends Error {}

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const SHARED_OPTIONS = {
  base: { type: 'string' },
  'max-pages': { type: 'string' },
} satisfies Options;

const SHARED_HELP = `  --base <url>       for a file: the URL it is served at, so its relative URLs resolve
  --max-pages <n>    follow next for at most n pages (default 100)`;

function positiveInteger(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`--${name} must be a whole number above 0, got "${String(value)}"`);
  return number;
}

function httpUrl(value: string | boolean | undefined, name: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // reported below
  }
  throw new UsageError(`--${name} must be an http(s) URL, got "${value}"`);
}

const COMMANDS: Record<string, Command> = {
  check: {
    summary: 'what the elements read from a feed, and what its publisher should fix',
    usage: `csto-widgets check <url-or-file> [--origin https://site.example] [--json]

  --origin <origin>  the site that will show the feed: checks Access-Control-Allow-Origin
  --json             the result as JSON, for CI
${SHARED_HELP}

Exit codes: 0 nothing to fix, 1 problems found, 2 not reachable or not a feed.`,
    options: { ...SHARED_OPTIONS, origin: { type: 'string' }, json: { type: 'boolean' } },
    async run(source, values, io) {
      const origin = httpUrl(values.origin, 'origin');
      const base = httpUrl(values.base, 'base');
      const result = await check(source, {
        ...(origin && { origin: new URL(origin).origin }),
        ...(base && { base }),
        maxPages: positiveInteger(values['max-pages'], 'max-pages', 100),
      });
      io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatCheck(result));
      return result.exitCode;
    },
  },
  convert: {
    summary: 'any feed the elements read, as static native pages linked by next',
    usage: `csto-widgets convert <url-or-file> --out <dir> [--page-size 50]

  --out <dir>        where to write releases.json, releases-2.json, ...
  --page-size <n>    releases per page (default 50)
${SHARED_HELP}

Exit codes: 0 written, 2 the source is not reachable or not a feed.`,
    options: { ...SHARED_OPTIONS, out: { type: 'string' }, 'page-size': { type: 'string' } },
    async run(source, values, io) {
      if (typeof values.out !== 'string') throw new UsageError('convert needs --out <dir>');
      const base = httpUrl(values.base, 'base');
      const result = await convert(source, {
        out: values.out,
        pageSize: positiveInteger(values['page-size'], 'page-size', 50),
        maxPages: positiveInteger(values['max-pages'], 'max-pages', 100),
        ...(base && { base }),
      });
      io.stdout(
        `Wrote ${count(result.releases, 'release')} from ${count(result.sourcePages, 'source page')} to ${count(result.files.length, 'file')}: ${result.files.join(', ')}\n`,
      );
      if (result.skipped) {
        const entries = count(result.skipped, 'source entry was', 'source entries were');
        io.stderr(`${entries} not valid and left out (run check to see why).\n`);
      }
      if (result.duplicates) {
        const releases = count(result.duplicates, 'release repeated', 'releases repeated');
        io.stderr(`${releases} an earlier id and left out.\n`);
      }
      if (result.stoppedEarly) io.stderr(`Stopped early: ${result.stoppedEarly}.\n`);
      return 0;
    },
  },
  render: {
    summary: 'the elements in static pages rendered ahead of time (Declarative Shadow DOM)',
    usage: `csto-widgets render <page-or-folder> [--out <file-or-folder>] [--base <url>] [--json]

  --out <path>       where to write: a file for a page (default: stdout), a folder for a folder
                     (other files are copied; the same folder renders in place)
  --base <url>       the URL the page is served at, against which a relative src resolves
                     (default: the page's place on disk, within its folder)
  --lang <lang>      the page's default language, for elements without one (default: the
                     script tag's data-lang, else en)
  --endpoint <url>   the page's default endpoint, for a <news-feed> without src (default: the
                     script tag's data-endpoint)
  --now <date>       "now" for events' statuses, ISO 8601 (default: the time of the run)
  --timeout <ms>     how long an endpoint may take to answer (default 10000)
  --json             the result as JSON on stdout, for CI

Exit codes: 0 every element rendered, 1 some left as written (named on stderr, the pages still
written), 2 bad usage or an unreadable page.`,
    options: {
      out: { type: 'string' },
      base: { type: 'string' },
      lang: { type: 'string' },
      endpoint: { type: 'string' },
      now: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(source, values, io) {
      // Loaded for this command only: rendering brings Lit and the elements, check and convert need neither.
      const { formatProblems, formatSummary, renderFiles } = await import('./render.js');
      const base = httpUrl(values.base, 'base');
      const now = typeof values.now === 'string' ? new Date(values.now) : undefined;
      if (now && Number.isNaN(now.getTime()))
        throw new UsageError(`--now must be an ISO 8601 date, got "${values.now}"`);
      const result = await renderFiles(source, {
        ...(typeof values.out === 'string' && { out: values.out }),
        ...(base && { base }),
        ...(typeof values.lang === 'string' && { lang: values.lang }),
        ...(typeof values.endpoint === 'string' && { endpoint: values.endpoint }),
        ...(now && { now }),
        timeout: positiveInteger(values.timeout, 'timeout', 10_000),
      });
      io.stderr(formatProblems(result));
      if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else if (result.html !== undefined) io.stdout(result.html);
      else io.stdout(formatSummary(result));
      return result.exitCode;
    },
  },
};

const HELP = `csto-widgets ${version}: tools for publishers of csto-widgets endpoints

Usage: csto-widgets <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(9)}${command.summary}`)
  .join('\n')}

Run csto-widgets <command> --help for its options.
`;

/** Runs the CLI on `argv` (without node and the script); resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}".\n\n${HELP}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(`Usage: ${command.usage}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`${name} takes one source, got ${positionals.length}`);
    return await command.run(positionals[0]!, values, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${(error as Error).message}\n\nUsage: ${command.usage}\n`);
      return 2;
    }
    // What `convert` meets where `check` would report it: the source itself.
    if (error instanceof SourceError || error instanceof EndpointError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
