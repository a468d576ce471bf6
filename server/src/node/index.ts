// Node-side helpers shared by the CLI and the language server (the engine itself does no I/O).
export * from './config-loader';
export * from './read-post';
