/**
 * First script of every CSP test page: records what the page's policy blocks and what throws, from
 * before the library loads (and the elements' `csto-error` events), for csp-report.js to send to the test (the page's parent frame).
 */
window.cspProbe = { violations: [], errors: [], cstoErrors: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspProbe.violations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
  );
});
document.addEventListener('csto-error', (event) =>
  window.cspProbe.cstoErrors.push(`${event.detail.kind}: ${event.detail.message}`),
);
window.addEventListener('error', (event) => window.cspProbe.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  window.cspProbe.errors.push(`unhandled: ${String(event.reason)}`),
);
