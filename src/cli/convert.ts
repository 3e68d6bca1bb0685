import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MemberState, Release } from '../data/release.js';
import { paginate, PAGE_FILE_NAME } from './native-writer.js';
import { readPages, type PagesOptions } from './pages.js';
import { isFileStandIn, relativeToFile } from './source.js';

/**
 * `csto-widgets convert <url-or-file> --out <dir>`: any format the elements read, as native pages
 * of static files linked by `next`, for any static host or CDN.
 */

export interface ConvertOptions extends PagesOptions {
  readonly out: string;
  readonly pageSize: number;
}

export interface ConvertResult {
  readonly files: readonly string[];
  readonly releases: number;
  /** Pages of the source read. */
  readonly sourcePages: number;
  /** Entries of the source the reader left out (`check` says why). */
  readonly skipped: number;
  /** Releases left out because an earlier page had the same id. */
  readonly duplicates: number;
  readonly stoppedEarly?: string;
}

/**
 * A file read without `--base` resolved its relative URLs against a stand-in (see source.ts):
 * they go back to being relative to where the file was, which is where the pages should be put.
 */
function withRelativeUrls(release: Release, page: string): Release {
  const url = isFileStandIn(release.url) ? relativeToFile(release.url!, page) : release.url;
  const image = isFileStandIn(release.image) ? relativeToFile(release.image!, page) : release.image;
  if (url === release.url && image === release.image) return release;
  return { ...release, ...(url && { url }), ...(image && { image }) };
}

export async function convert(source: string, options: ConvertOptions): Promise<ConvertResult> {
  const { pages, stoppedAt } = await readPages(source, options);
  const seen = new Set<string>();
  const releases: Release[] = [];
  let duplicates = 0;
  let memberStates: readonly MemberState[] | undefined;
  for (const page of pages) {
    memberStates ??= page.feed.memberStates;
    for (const release of page.feed.releases) {
      // As the elements do when pages overlap: the first one shown stays.
      if (seen.has(release.id)) duplicates++;
      else {
        seen.add(release.id);
        releases.push(withRelativeUrls(release, page.source.base));
      }
    }
  }

  const written = paginate(releases, memberStates, options.pageSize);
  await mkdir(options.out, { recursive: true });
  // Last page first: a reader never follows `next` to a page that is not there yet.
  for (const page of [...written].reverse()) {
    await writeFile(path.join(options.out, page.fileName), `${JSON.stringify(page.document, null, 2)}\n`);
  }
  // Pages an earlier, longer run left behind, now linked from nowhere.
  const names = new Set(written.map((page) => page.fileName));
  const stale = (await readdir(options.out)).filter((name) => PAGE_FILE_NAME.test(name) && !names.has(name));
  await Promise.all(stale.map((name) => rm(path.join(options.out, name))));
  return {
    files: written.map((page) => path.join(options.out, page.fileName)),
    releases: releases.length,
    sourcePages: pages.length,
    skipped: pages.reduce((sum, page) => sum + page.skippedItems.length, 0),
    duplicates,
    ...(stoppedAt && {
      stoppedEarly:
        stoppedAt.kind === 'loop'
          ? `next loops back to ${stoppedAt.to}`
          : stoppedAt.kind === 'limit'
            ? `stopped after ${stoppedAt.pages} pages`
            : `${stoppedAt.location} cannot be read: ${stoppedAt.message}`,
    }),
  };
}
