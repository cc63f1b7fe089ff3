/**
 * The key of one lesson in one language, `<id>.<locale>`: the compiler names each lesson's body chunk by
 * it (`virtual:lesson/<key>`, scripts/content/emit.ts), the catalog finds the chunk's loader and caches
 * the loaded body under it (catalog.ts), and a prerendered page asks for that chunk by it. One
 * definition, because a key spelt differently on one side is a lesson that never loads.
 */
export function lessonKey(lesson: { id: string; locale: string }): string {
  return `${lesson.id}.${lesson.locale}`;
}
