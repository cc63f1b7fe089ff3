/**
 * Names of the files the app writes (progress files, the report's CSV): plain ASCII, because they travel
 * on FAT32 USB sticks, as e-mail attachments and to old Windows. Their day is written by src/i18n/dates.ts.
 */
import { dayStamp } from '../i18n/dates';

/** "Trần Đức Anh 6A" → "tran-duc-anh-6a": accents dropped (đ has none to drop), anything else → "-". */
export function asciiSlug(text: string, maxLength = 30): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/**
 * A progress file's name: `mang-an-toan-lan-6a-2026-11-23.json` for one learner (nickname and class),
 * `mang-an-toan-ca-lop-2026-11-23.json` for several learners (everyone), `mang-an-toan-sao-luu-2026-11-23.json`
 * for the whole-computer backup — two different files a teacher must not mix up on a USB stick;
 * `hoc-sinh` when nothing of the nickname is left (one written in emoji). The date is the local day of
 * the export.
 */
export function progressFileName(file: { kind: string; exportedAt: string; learners: readonly { nickname: string; classLabel?: string }[] }): string {
  const [only] = file.learners;
  const who =
    file.kind === 'backup'
      ? 'sao-luu'
      : file.learners.length === 1 && only
        ? asciiSlug(`${only.nickname} ${only.classLabel ?? ''}`) || 'hoc-sinh'
        : 'ca-lop';
  return `mang-an-toan-${who}-${dayStamp(new Date(file.exportedAt))}.json`;
}
