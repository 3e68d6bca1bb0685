import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { runCli } from '../../../src/cli/main.js';

/** The CLI run in-process with its output captured: what a terminal would show, and the exit code. */
export async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

/** A folder of its own for a test file, removed when the file's tests are done. */
export function scratchFolder(): { folder: string; write: (name: string, content: unknown) => string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'csto-cli-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return {
    folder,
    write(name, content) {
      const file = path.join(folder, name);
      writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return file;
    },
  };
}

export const fixture = (name: string): string =>
  path.relative(process.cwd(), fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)));
