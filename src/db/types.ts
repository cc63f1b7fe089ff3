/** Stored records that are the database's own business; the learning records live in src/domain/records.ts. */
export interface MetaRecord {
  key: string;
  value: string;
}

/**
 * Results a teacher scanned from learners' QR codes (src/domain/resultCodes.ts), kept on the teacher's
 * phone for the class report until the teacher clears them: the progress file the codes stand for, read
 * again with the file parser every time the report opens, as a file dropped there is.
 */
export interface ScannedResults {
  /** The codes' set checksum: the same codes scanned twice are stored once. */
  id: string;
  /** The progress file (docs/export-format.md) as JSON text */
  file: string;
  /** ms since epoch */
  scannedAt: number;
}
