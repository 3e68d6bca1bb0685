import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderElements, type RenderProblem } from '../ssr/index.js';
import { SourceError } from './source.js';

/**
 * `csto-widgets render <page-or-folder> [--out <file-or-folder>]`: the elements in static pages
 * rendered ahead of time (see docs/server-rendering.md), a thin shell over `renderElements` that
 * reads and writes files. A relative `src` resolves against `--base`, or else against the page's
 * place on disk, so a site's own JSON files are read from the site folder.
 */

export interface RenderFilesOptions {
  /** Where to write: a file for a page, a folder for a folder. Without it, a page goes to stdout. */
  readonly out?: string;
  readonly base?: string;
  readonly lang?: string;
  readonly endpoint?: string;
  readonly now?: Date;
  readonly timeout?: number;
  /** The fetch for http(s) endpoints (tests); `file:` ones are read from the site folder. */
  readonly fetch?: typeof fetch;
}

export interface RenderedFile {
  /** The page, as given on the command line or under the folder given. */
  readonly file: string;
  /** Where it was written; absent when it went to stdout. */
  readonly out?: string;
  readonly rendered: number;
  readonly problems: readonly RenderProblem[];
}

export interface RenderFilesResult {
  readonly files: readonly RenderedFile[];
  /** The rendered page, when one page was rendered without `--out`. */
  readonly html?: string;
  /** 0 every element rendered, 1 some left as written. */
  readonly exitCode: 0 | 1;
}

const PAGE = /\.html?$/i;
const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
};

/**
 * `fetch` for the render: `file:` URLs are read from disk, but only inside `root` (a page cannot
 * make the command publish any file of the machine it runs on); anything else goes to `fetch`.
 */
function siteFetch(root: string, network: typeof fetch): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== 'file:') return network(input, init);
    const file = fileURLToPath(url);
    if (path.relative(root, file).startsWith('..')) throw new Error(`${file} is outside ${root}`);
    const body = await readFile(file);
    return new Response(body, {
      headers: { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' },
    });
  };
}

async function renderPage(file: string, root: string, options: RenderFilesOptions) {
  const html = await readFile(file, 'utf8');
  return renderElements(html, {
    base: options.base ?? pathToFileURL(file).href,
    fetch: siteFetch(root, options.fetch ?? globalThis.fetch),
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    ...(options.now && { now: options.now }),
    ...(options.timeout !== undefined && { timeout: options.timeout }),
  });
}

/** Every file under `folder`, relative to it, sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function kindOf(source: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(source)).isDirectory() ? 'folder' : 'file';
  } catch {
    throw new SourceError(`No such file or folder: ${source}`);
  }
}

/** Renders a page, or every page under a folder (copying the other files when writing elsewhere). */
export async function renderFiles(source: string, options: RenderFilesOptions = {}): Promise<RenderFilesResult> {
  const files: RenderedFile[] = [];
  let html: string | undefined;
  if ((await kindOf(source)) === 'file') {
    const result = await renderPage(source, path.dirname(path.resolve(source)), options);
    if (options.out) {
      await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
      await writeFile(options.out, result.html);
    } else html = result.html;
    files.push({
      file: source,
      ...(options.out && { out: options.out }),
      rendered: result.rendered,
      problems: result.problems,
    });
  } else {
    if (!options.out)
      throw new SourceError(`${source} is a folder: give --out <folder> (the same folder renders in place).`);
    const root = path.resolve(source);
    const out = path.resolve(options.out);
    if (out !== root && !path.relative(root, out).startsWith('..'))
      throw new SourceError(`--out ${options.out} is inside ${source}: choose a folder outside it, or the same one.`);
    for (const name of await filesUnder(root)) {
      const target = path.join(out, name);
      await mkdir(path.dirname(target), { recursive: true });
      if (!PAGE.test(name)) {
        if (out !== root) await copyFile(path.join(root, name), target);
        continue;
      }
      const result = await renderPage(path.join(root, name), root, options);
      await writeFile(target, result.html);
      const { rendered, problems } = result;
      files.push({ file: path.join(source, name), out: path.join(options.out, name), rendered, problems });
    }
  }
  const exitCode = files.some((file) => file.problems.length) ? 1 : 0;
  return { files, ...(html !== undefined && { html }), exitCode };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line per element left as written: where it is, what it is, and why. */
export function formatProblems(result: RenderFilesResult): string {
  return result.files
    .flatMap(({ file, problems }) =>
      problems.map(
        (problem) =>
          `${file}:${problem.line}: ${problem.element}: left as written: ${problem.message}${problem.url ? ` (${problem.url})` : ''}\n`,
      ),
    )
    .join('');
}

/** The closing summary: how many elements in how many pages, and how many were left. */
export function formatSummary(result: RenderFilesResult): string {
  const rendered = result.files.reduce((sum, file) => sum + file.rendered, 0);
  const left = result.files.reduce((sum, file) => sum + file.problems.length, 0);
  return `Rendered ${plural(rendered, 'element')} in ${plural(result.files.length, 'page')}${left ? `; ${plural(left, 'element')} left as written` : ''}.\n`;
}
