/** Name of our Trusted Types policy; a site with `require-trusted-types-for` must allow it. */
export const TRUSTED_TYPES_POLICY_NAME = 'csto-widgets';

export interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface WithTrustedTypes {
  trustedTypes?: {
    createPolicy(name: string, rules: Record<string, (input: string) => string>): TrustedTypePolicyLike;
  };
}

/** One policy per window: a name can be created once, and the sanitiser and the XML reader both need it. */
const policies = new WeakMap<object, TrustedTypePolicyLike | null | undefined>();

/**
 * Our own policy in `win`, so a page that already runs DOMPurify (policy `dompurify`) or that does
 * not list it cannot make ours fail. `null` where Trusted Types do not exist; `undefined` where the
 * page forbids our policy. It passes its input through unchanged, so only two kinds of input may
 * reach it: DOMPurify's own, before and after sanitising, and a feed's text for `DOMParser` as
 * `application/xml` (an XML document runs nothing and fetches nothing; the reader only reads its
 * text). It is never handed out.
 */
export function trustedTypesPolicy(win: object): TrustedTypePolicyLike | null | undefined {
  if (policies.has(win)) return policies.get(win);
  let policy: TrustedTypePolicyLike | null | undefined = null;
  const { trustedTypes } = win as WithTrustedTypes;
  if (trustedTypes) {
    try {
      policy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
        createHTML: (input) => input,
        createScriptURL: (input) => input,
      });
    } catch {
      policy = undefined;
    }
  }
  policies.set(win, policy);
  return policy;
}
