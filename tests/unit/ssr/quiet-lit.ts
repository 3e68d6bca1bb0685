// Vitest resolves Lit's development build, which announces itself once on import: the warning is
// about the test setup, not the code under test. Imported before anything that imports Lit.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ??= new Set(['dev-mode']);
