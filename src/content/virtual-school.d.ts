// Written by the content compiler from content/school.yaml (scripts/content/school.ts).
declare module 'virtual:school' {
  import type { School } from './school';
  /** null when the school has not filled in its contacts. */
  export const school: School | null;
}
