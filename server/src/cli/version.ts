// The version of Caveat, set by the build (esbuild define); '0.0.0-dev' when run from the sources.
declare const CAVEAT_VERSION: string | undefined;
export const VERSION = typeof CAVEAT_VERSION === 'string' ? CAVEAT_VERSION : '0.0.0-dev';
