/**
 * The URL of a lesson inside the app, built in one place: the content compiler writes it into links
 * between lessons and the router matches it. Pure (no React, no router), so both sides can import it.
 * Paths are relative to the app's base path, which the router adds (see src/router/base.ts).
 */

/** The route pattern of a lesson page, in the router's `:param` syntax. */
export const LESSON_ROUTE = '/lesson/:lessonId';

/** `/lesson/<id>`, or a page of the lesson: `lessonPath(id, 'quiz')` is `/lesson/<id>/quiz`. */
export function lessonPath(lessonId: string, ...page: string[]): string {
  return ['', 'lesson', lessonId, ...page].map((segment) => encodeURIComponent(segment)).join('/');
}
