/**
 * The results a teacher scanned from learners' QR codes (src/domain/resultCodes.ts), kept on the phone
 * for the class report until the teacher clears them. Stored as the progress file the codes stand for:
 * the report reads it again with the file parser each time, exactly as a file dropped on it.
 */
import { getDatabase } from './db';
import type { ScannedResults } from './types';

/** Keeps one scanned set; the same set again changes nothing but its time. */
export async function saveScan(id: string, file: string, now = Date.now()): Promise<void> {
  await getDatabase().scans.put({ id, file, scannedAt: now });
}

/** Every scanned set, the first scanned first. */
export async function listScans(): Promise<ScannedResults[]> {
  return getDatabase().scans.orderBy('scannedAt').toArray();
}

export async function clearScans(): Promise<void> {
  await getDatabase().scans.clear();
}
