/**
 * Whether a learner's profile is locked: it has a PIN or a picture password (src/domain/secrets.ts says
 * what a lock is for). One rule for the profiles (src/db/learners.ts), the import's locks
 * (importMerge.ts: importLocks) and the export's (src/db/transfer.ts).
 */
export function isLocked(learner: { pinHash?: string; pictureHash?: string }): boolean {
  return learner.pinHash !== undefined || learner.pictureHash !== undefined;
}
