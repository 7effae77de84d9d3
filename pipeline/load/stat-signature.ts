// A file's stat signature, so that a re-run can know a file has not changed
// without reading it (as git's index does). Device, inode, size and the change
// time: any write to a file moves its change time, which no program can set back.
// A file changed in the last two seconds gets no signature: a write in the same
// clock tick as our look could otherwise leave the signature as it was.
import type { BigIntStats } from 'node:fs';

const QUIET_NS = 2_000_000_000n;

/** The signature, or '' when the file changed too recently to trust one. */
export function statSignature(st: BigIntStats, nowNs: bigint = BigInt(Date.now()) * 1_000_000n): string {
  if (st.ctimeNs > nowNs - QUIET_NS || st.mtimeNs > nowNs - QUIET_NS) return '';
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}
