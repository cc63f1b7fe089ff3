/**
 * Limits that several layers check — the learner form, the database, the progress-file schema, the
 * screens that pick a file — kept here, free of any library, so the small first-load chunks can import
 * them without bringing in zod or Dexie.
 */

/** UTF-16 units after NFC and trimming: a nickname fits on a certificate line and a report column. */
export const NICKNAME_MAX_LENGTH = 40;
/** UTF-16 units: "6A", "Lớp 10A1", "Đội 3". */
export const CLASS_LABEL_MAX_LENGTH = 12;
/**
 * bytes; a progress file is never larger (a class of 40 with a year of quizzes is under 1 MB). Checked
 * on the file's size before it is read, so an oversized file is never loaded into memory.
 */
export const PROGRESS_FILE_MAX_BYTES = 20 * 1024 * 1024;
