// The web build's stand-in for the Node modules that the server's file-system parts import
// (node:fs, node:fs/promises, node:path, node:url, node:crypto; scripts/build.mjs points them
// here). In a browser there is no file system and the editor's documents have no file paths,
// so none of this is reached for real: nothing exists, every other function throws, and
// files.ts reads a URI whose file path cannot be had as a URI without one.

function unavailable(): never {
  throw new Error('Postlint: there is no file system in the browser.');
}

export const sep = '/';
export const constants = {};
export const existsSync = (): boolean => false;

// node:fs
export const closeSync = unavailable;
export const fchownSync = unavailable;
export const fstatSync = unavailable;
export const fsyncSync = unavailable;
export const openSync = unavailable;
export const readFileSync = unavailable;
export const readSync = unavailable;
export const realpathSync = unavailable;
export const renameSync = unavailable;
export const statSync = unavailable;
export const unlinkSync = unavailable;
export const writeSync = unavailable;

// node:fs/promises
export const readdir = async (): Promise<never> => unavailable();
export const stat = async (): Promise<never> => unavailable();
export const realpath = async (): Promise<never> => unavailable();
export const readFile = async (): Promise<never> => unavailable();

// node:path
export const basename = unavailable;
export const dirname = unavailable;
export const isAbsolute = unavailable;
export const join = unavailable;
export const relative = unavailable;
export const resolve = unavailable;

// node:url
export const fileURLToPath = unavailable;
export const pathToFileURL = unavailable;

// node:crypto
export const randomBytes = unavailable;
