/** The extension API: Firefox's `browser`, else Chrome's `chrome`; both answer with promises in Manifest V3. */
export const ext: typeof chrome = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
