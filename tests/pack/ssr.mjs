/**
 * `node ssr.mjs <specifier> <defined tags> <undefined tags>`: imports one entry of the installed
 * package in plain Node (as SSR and static-site builds do) and checks which tags it registered
 * in Lit's Node DOM shim. Tag lists are comma-separated; `-` for none. Exits non-zero on failure.
 */
const [specifier, definedList, undefinedList] = process.argv.slice(2);
const tags = (list) => (list && list !== '-' ? list.split(',') : []);

await import(specifier);
const registry = globalThis.customElements;
const problems = [
  ...tags(definedList)
    .filter((tag) => !registry?.get(tag))
    .map((tag) => `<${tag}> is not defined`),
  ...tags(undefinedList)
    .filter((tag) => registry?.get(tag))
    .map((tag) => `<${tag}> is defined but must not be`),
];
if (problems.length) {
  console.error(`${specifier}: ${problems.join('; ')}`);
  process.exit(1);
}
