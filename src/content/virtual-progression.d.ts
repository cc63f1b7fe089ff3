// Written by the content compiler from content/<band>/progression.yaml (scripts/content/progression.ts).
declare module 'virtual:lesson-progression' {
  import type { ProgressionStatements } from './progression';
  export const statements: ProgressionStatements;
}
