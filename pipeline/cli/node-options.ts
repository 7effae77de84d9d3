// node's own options for a run of the CLI, as the npm scripts and the bin give them.
export const NODE_OPTIONS: string[] = [];
