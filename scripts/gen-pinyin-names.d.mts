// Types of gen-pinyin-names.mjs, for the test that checks its file.
export const FILE: string;
export function divisionNames(): string[];
export function syllablesOf(name: string): string;
export function divisionStems(): string[];
export function plainOf(stem: string): string;
