/**
 * The name a learner is shown by, in the reader's language.
 *
 * The profile a new computer starts with is stored under one fixed nickname
 * (DEFAULT_LEARNER_NICKNAME, "Học sinh"), so that files from every computer agree on it and the report
 * can recognise an unused default. On screen it is a word in the reader's language, never a Vietnamese
 * string an English reader has to guess at.
 */
import type { TFunction } from 'i18next';
import type { AvatarId } from '../domain/records';
import type { Locale } from '../content/vocabulary';
import { DEFAULT_LEARNER_NICKNAME } from '../domain/learning';
import { longDateTime } from '../i18n/dates';

export function shownNickname(nickname: string, t: TFunction): string {
  return nickname === DEFAULT_LEARNER_NICKNAME ? t('learners.defaultNickname') : nickname;
}

/**
 * What tells a learner apart from a look-alike (src/domain/sameNickname.ts: lookAlikes) where a list
 * shows only nickname and class: their avatar and when the profile was made, to the minute ("Cú mèo,
 * tạo lúc 09:05 ngày 3 tháng 9 năm 2026") — two profiles made on one computer are rarely made in the same minute.
 */
export function tellApart(learner: { avatar: AvatarId; createdAt: number }, t: TFunction, locale: Locale): string {
  const time = longDateTime(learner.createdAt, locale);
  return t('learners.tellApart', { avatar: t(`learners.avatars.${learner.avatar}`), time });
}
