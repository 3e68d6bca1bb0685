declare const __CSTO_VERSION__: string | undefined;

/** The library's version, stamped in at build time. */
export const version: string = typeof __CSTO_VERSION__ === 'string' ? __CSTO_VERSION__ : 'dev';
