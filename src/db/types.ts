/** Stored records that are the database's own business; the learning records live in src/domain/records.ts. */
export interface MetaRecord {
  key: string;
  value: string;
}
