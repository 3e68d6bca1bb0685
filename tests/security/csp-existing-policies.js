/**
 * A host page that already runs its own Lit and DOMPurify: both have created their Trusted Types
 * policies (`lit-html`, `dompurify`) before our script loads.
 */
const identity = { createHTML: (input) => input, createScriptURL: (input) => input };
window.trustedTypes.createPolicy('lit-html', identity);
window.trustedTypes.createPolicy('dompurify', identity);
