// Types of gen-ordinary-chars.mjs, for the test that checks its table.
export const FROM: number;
export const TO: number;
export function ordinaryFromEncodings(): Uint8Array;
export function bitsOf(table: Uint8Array): string;
