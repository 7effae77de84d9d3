// The static checks of `npm test`, side by side: the type check and the formatting
// check read the same files and need one core each, so on two cores they take the
// time of the slower one. Each prints its own output; either failing fails this.
import { $ } from 'zx';

$.verbose = true;
// the project's own tsc and prettier (node_modules/.bin), as npm scripts find them
$.preferLocal = true;
const results = await Promise.allSettled([$`tsc --noEmit -p .`, $`prettier --check .`]);
const failed = results.filter((r) => r.status === 'rejected');
if (failed.length) process.exit(1);
