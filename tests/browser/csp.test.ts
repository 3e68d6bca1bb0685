import { expect } from '@open-wc/testing';

/**
 * The elements under a strict Content Security Policy with Trusted Types required. The runner's own
 * page needs inline scripts, so the policy applies to a page in an iframe, served by
 * tests/server/security-plugin.mjs with the header; that page loads the library, renders the
 * elements and posts back what rendered and what the browser blocked (tests/security/csp-*.js).
 * The script-tag pages need `npm run build` first (`npm test` builds before the browser tests).
 */

interface CspReport {
  readonly defined: string[];
  readonly items: number;
  readonly bodyHtml: string[];
  readonly bodyElements: number;
  readonly badgeStates: number[];
  readonly badgeLabels: string[];
  readonly tooltipPlaced: boolean;
  readonly styleElements: number;
  readonly adoptedSheets: number[];
  readonly styleAttributes: number;
  readonly feedError: string;
  readonly cstoErrors: string[];
  readonly violations: string[];
  readonly errors: string[];
}

/** Loads a CSP page in an iframe and resolves with its report. */
async function loadPage(page: string, trustedTypes?: string, { nonce = false } = {}): Promise<CspReport> {
  const frame = document.createElement('iframe');
  const query = new URLSearchParams();
  if (trustedTypes !== undefined) query.set('tt', trustedTypes);
  if (nonce) query.set('nonce', '1');
  frame.src = `/security/page/${page}${query.size ? `?${query}` : ''}`;
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '600px';
  const report = new Promise<CspReport>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${page} sent no report`)), 20_000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || !(event.data as { cspReport?: boolean }).cspReport) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data as CspReport);
    });
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

function expectRenderedCleanly(report: CspReport): void {
  expect(report.errors, 'errors').to.deep.equal([]);
  expect(report.violations, 'CSP violations').to.deep.equal([]);
  expect(report.defined).to.include.members(['news-feed']);
  expect(report.items, 'releases rendered').to.equal(4);
  // The bodies hold sanitised HTML, not nothing (DOMPurify returns '' when its policy fails) and
  // not escaped text (our fallback when our policy is refused).
  expect(report.bodyHtml.length).to.equal(4);
  for (const body of report.bodyHtml) expect(body.trim()).not.to.equal('');
  expect(report.bodyElements, 'HTML elements in the bodies').to.be.at.least(8);
  expect(report.bodyHtml.join('')).not.to.include('&lt;p&gt;');
  // Lit's styles arrive as adopted stylesheets (allowed by style-src 'self'), never as <style>.
  expect(report.styleElements, '<style> in shadow roots').to.equal(0);
  for (const sheets of report.adoptedSheets) expect(sheets).to.be.at.least(1);
  if (report.defined.includes('member-states-badge')) {
    for (const states of report.badgeStates) expect(states).to.be.at.least(1);
    // Floating UI is loaded on the first tooltip: under the policy too.
    expect(report.tooltipPlaced, "the hovered state's tooltip is positioned").to.equal(true);
  }
}

/** The Kazakh badge of csp-page.html and csp-modules.html: its catalogue is loaded on first use. */
function expectKazakhBadge(report: CspReport): void {
  expect(report.badgeLabels[0]).to.match(/\p{Script=Cyrillic}/u);
}

describe('strict CSP with Trusted Types required', function () {
  this.timeout(60_000);

  it('renders the script-tag bundle with zero violations', async () => {
    const report = await loadPage('csp-page.html');
    expectRenderedCleanly(report);
    expectKazakhBadge(report);
  });

  it("renders the script-tag bundle and its parts under a nonce with 'strict-dynamic', zero violations", async () => {
    // The parts are imported by the nonced script, which 'strict-dynamic' trusts to load them.
    const report = await loadPage('csp-page.html', undefined, { nonce: true });
    expectRenderedCleanly(report);
    expectKazakhBadge(report);
  });

  it('renders the ES modules with zero violations', async () => {
    const report = await loadPage('csp-modules.html');
    expectRenderedCleanly(report);
    expectKazakhBadge(report);
    expect(report.defined).to.include.members(['news-feed', 'member-states-badge']);
  });

  it('needs both of its policies: without `lit-html` nothing renders and the browser says why', async () => {
    const report = await loadPage('csp-page.html', 'csto-widgets');
    expect(report.violations.join('\n')).to.include('trusted-types');
    expect(report.items).to.equal(0);
  });

  it('without `csto-widgets` still renders, bodies as plain text, and nothing unsanitised', async () => {
    const report = await loadPage('csp-page.html', 'lit-html');
    expect(report.items).to.equal(4);
    expect(report.violations.join('\n')).to.include('trusted-types');
    expect(report.bodyElements, 'HTML elements in the bodies').to.equal(0);
    for (const body of report.bodyHtml) expect(body.trim()).not.to.equal('');
  });

  describe('an RSS feed', () => {
    // The copy another test's feed stored for the next page load would show in place of a failure.
    beforeEach(() => sessionStorage.clear());

    it('is read: the XML parser gets its text through our policy, zero violations', async () => {
      const report = await loadPage('csp-rss.html');
      expect(report.errors, 'errors').to.deep.equal([]);
      expect(report.violations, 'CSP violations').to.deep.equal([]);
      expect(report.cstoErrors, 'csto-error events').to.deep.equal([]);
      expect(report.items, 'releases rendered').to.equal(4);
      // Each body is the feed's <p>, sanitised, not escaped text.
      expect(report.bodyElements, 'HTML elements in the bodies').to.equal(4);
      expect(report.bodyHtml.join('')).not.to.include('&lt;p&gt;');
    });

    it('cannot be read without `csto-widgets`: the element and `csto-error` say why', async () => {
      const report = await loadPage('csp-rss.html', 'lit-html');
      expect(report.items).to.equal(0);
      expect(report.cstoErrors).to.have.length(1);
      expect(report.cstoErrors[0]).to.match(/^parse: .*Trusted Types policy "csto-widgets".*serve the feed as JSON/);
      expect(report.feedError).to.not.equal('');
      expect(report.errors, 'errors').to.deep.equal([]);
    });
  });

  it('next to a page that already created `lit-html` and `dompurify` policies, with allow-duplicates', async () => {
    const report = await loadPage('csp-existing-policies.html', "csto-widgets lit-html dompurify 'allow-duplicates'");
    expectRenderedCleanly(report);
  });

  it('next to a page that already created `lit-html`, without allow-duplicates: Lit cannot start', async () => {
    // Documents why docs/SECURITY.md asks for 'allow-duplicates' on pages that run their own Lit.
    const report = await loadPage('csp-existing-policies.html', 'csto-widgets lit-html dompurify');
    expect(report.violations.join('\n')).to.include('trusted-types');
    expect(report.items).to.equal(0);
  });

  it('loads the script twice with allow-duplicates: no error, everything renders once', async () => {
    const report = await loadPage('csp-twice.html', "csto-widgets lit-html 'allow-duplicates'");
    expectRenderedCleanly(report);
  });

  it('loads the script twice without allow-duplicates: no error, the second copy leaves it to the first', async () => {
    // The second loader finds the first one's API and imports nothing, so no second Lit ever
    // asks for the `lit-html` policy (a whole second bundle did, and threw, before the autoloader).
    const report = await loadPage('csp-twice.html', 'csto-widgets lit-html');
    expectRenderedCleanly(report);
  });
});
