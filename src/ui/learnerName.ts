/**
 * The name a learner is shown by, in the reader's language.
 *
 * The profile a new computer starts with is stored under one fixed nickname
 * (DEFAULT_LEARNER_NICKNAME, "Học sinh"), so that files from every computer agree on it and the report
 * can recognise an unused default. On screen it is a word in the reader's language, never a Vietnamese
 * string an English reader has to guess at.
 */
import type { TFunction } from 'i18next';
import { DEFAULT_LEARNER_NICKNAME } from '../domain/learning';

export function shownNickname(nickname: string, t: TFunction): string {
  return nickname === DEFAULT_LEARNER_NICKNAME ? t('learners.defaultNickname') : nickname;
}
