/**
 * `npm run bench -- --profile`: where <news-feed>'s time goes. The script-tag entry
 * (src/script-tag.ts) is bundled unminified in memory by esbuild, so the profile names functions
 * and source files; the page is CPU-profiled over CDP from before navigation to the frame that
 * shows the releases, and self time is printed by source file and by function. The .cpuprofile
 * files go to .tmp/bench/ (open them in Chrome DevTools' Performance panel).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Where the server sends the profiling bundle: beside the build's script, so parts it loads from beside itself are found. */
export const PROFILE_BUNDLE_PATH = '/dist/csto-widgets.profile.js';

/**
 * The script-tag entry bundled unminified, with each line's source file (esbuild's `// path` comments).
 * @param {string} root the repository
 * @returns {Promise<{ code: string, fileOfLine: string[] }>}
 */
export async function bundleForProfile(root) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [join(root, 'src/script-tag.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2021',
    conditions: ['production'],
    define: { __CSTO_VERSION__: JSON.stringify(version) },
    tsconfig: join(root, 'tsconfig.json'),
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const code = result.outputFiles[0].text;
  let file = '';
  const fileOfLine = code.split('\n').map((line) => {
    const comment = /^\s*\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
    if (comment) file = comment[1];
    return file;
  });
  return { code, fileOfLine };
}

/** Self time by function and by source file from a CDP CPU profile, largest first. */
function selfTimes(profile, fileOfLine) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map();
  const byFile = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  profile.samples.forEach((id, index) => {
    const { callFrame } = byNode.get(id);
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const bundled = callFrame.url.endsWith(PROFILE_BUNDLE_PATH);
    const file = bundled ? fileOfLine[callFrame.lineNumber] : callFrame.url.split('/').pop();
    add(
      byFunction,
      `${callFrame.functionName || '(anonymous)'}${file ? ` ${file}:${callFrame.lineNumber + 1}` : ''}`,
      ms,
    );
    add(byFile, file || callFrame.functionName || '(native)', ms);
  });
  const sorted = (map) => [...map].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]);
  return { byFunction: sorted(byFunction), byFile: sorted(byFile) };
}

/**
 * Profiles one visit of `path` (a page whose script is PROFILE_BUNDLE_PATH) and prints the top of
 * its self times.
 * @param {object} options
 * @param {string} options.root the repository
 * @param {string} options.name what was profiled, for the heading and the file name
 * @param {string} options.path the page
 * @param {string[]} options.fileOfLine from bundleForProfile
 * @param {(path: string, hooks: object) => Promise<object>} options.visit the bench's page visit
 */
export async function profileCase({ root, name, path, fileOfLine, visit }) {
  const { profile, time } = await visit(path, {
    before: async (page, context) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      return cdp;
    },
    after: async (page, context, cdp) => ({ profile: (await cdp.send('Profiler.stop')).profile }),
  });
  mkdirSync(join(root, '.tmp/bench'), { recursive: true });
  const file = join('.tmp/bench', `${name}.cpuprofile`);
  writeFileSync(join(root, file), JSON.stringify(profile));
  const { byFunction, byFile } = selfTimes(profile, fileOfLine);
  console.log(`\nCPU profile, ${name} (unminified): ${time.toFixed(0)} ms to the frame; ${file}`);
  console.log('  self time by source file:');
  for (const [source, ms] of byFile.slice(0, 12)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${source}`);
  console.log('  self time by function:');
  for (const [fn, ms] of byFunction.slice(0, 20)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${fn}`);
}
