import { runCli } from './main.js';

// The `csto-widgets` command (package.json `bin`, built to dist/cli/csto-widgets.js).
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});
