// The node this runs on against the range package.json's engines names, checked
// before the pipeline is loaded: on an older node the pipeline, or a dependency, would
// fail on import (util.styleText came in 20.12; htmlparser2 needs 20.19) with a message
// that says nothing of why.
import fs from 'node:fs';
import satisfies from 'semver/functions/satisfies.js';
import { PACKAGE_JSON } from '../core/paths.js';
import { YoyError } from '../core/errors.js';

export function assertNodeVersion(current = process.versions.node): void {
  const range: string | undefined = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')).engines?.node;
  if (range && !satisfies(current, range))
    throw new YoyError('NODE_UNSUPPORTED', `yoy needs node ${range}; this is node ${current}`);
}
