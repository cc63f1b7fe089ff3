/**
 * zod, set up once for the app: every schema in src/ imports `z` from here. zod 4 compiles fast
 * parsers with `new Function` (and probes for it), which the app's Content-Security-Policy
 * (script-src 'self', no 'unsafe-eval') forbids: the probe alone is reported as a violation. Jitless
 * mode parses with plain code. It must be set before a schema is built, hence this module.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
