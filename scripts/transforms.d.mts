// Types of transforms.mjs, for the tests that import it.
export function random(seed: number): () => number;
export const TRANSFORMS: Record<string, (text: string, seed: number) => string>;
export function canonical(s: unknown): string;
