/**
 * The school's own contacts, as the compiler wrote them from content/school.yaml into `virtual:school`
 * (scripts/content/school.ts, which also validates the file). Shown on the help page, in "Em cần giúp?"
 * and on the families note.
 */
import { school } from 'virtual:school';

/** A number as written in the file, and the digits a `tel:` link dials. */
export interface SchoolPhone {
  display: string;
  tel: string;
}

export interface School {
  name: string;
  /** The counselling teacher or room, and when to find them. */
  counselling?: { who?: string; where?: string; when?: string; phone?: SchoolPhone };
  /** The homeroom teacher, the Đội leader… */
  contacts: { role: string; name?: string; when?: string; phone?: SchoolPhone }[];
  /** A local police station or ward office. */
  local: { name: string; phone: SchoolPhone }[];
}

/** The school's contacts, or null when the school has not filled in its file: then only 111 and the national numbers show. */
export function schoolContacts(): School | null {
  return school;
}
