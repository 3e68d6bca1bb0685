// Lit's development build (what Node resolves for the unit tests) announces itself once per run:
// nothing a test needs, and a green run stays quiet. Its other warnings still show.
(globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings = new Set(['dev-mode']);
