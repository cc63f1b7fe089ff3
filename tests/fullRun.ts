/**
 * `npm run test:full` (FULL=1): the sweeps that grow with the curriculum — every lesson in the browser,
 * a real build of 1,000 generated lessons — which the default `npm test` samples or leaves to
 * `npm run bench`, so its time grows with the code, not with the content.
 */
export const FULL_RUN = process.env.FULL === '1' || process.env.FULL === 'true';
