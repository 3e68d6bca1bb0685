/** Name of our Trusted Types policy; a site with `require-trusted-types-for` must allow it. */
export const TRUSTED_TYPES_POLICY_NAME = 'csto-widgets';
