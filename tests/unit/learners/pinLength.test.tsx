/**
 * A learner's PIN has one length (src/domain/pin.ts: PIN_LENGTH): the check, the fields that take it
 * and every sentence that tells a child how many digits to type follow it, in both languages.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setupI18n } from '../../../src/i18n';
import { isValidPin, PIN_LENGTH } from '../../../src/domain/pin';
import { initStorage } from '../../../src/db/storage';
import { LearnerFormPage } from '../../../src/features/learners/LearnerFormPage';
import { useStorageStatus } from '../../../src/stores/storageStatus';
import { freshDatabase, renderWithProviders } from '../../test-utils';

const PIN_SENTENCES = ['learners.pin', 'learners.pinHint', 'learners.errors.pin', 'sharedComputer.secret.pin'] as const;

describe('the length of a learner’s PIN', () => {
  it('is written in every sentence about it from the rule, not typed into the sentence', async () => {
    const i18n = await setupI18n('vi');
    await i18n.loadLanguages('en');
    for (const lng of ['vi', 'en']) {
      for (const key of PIN_SENTENCES) {
        // Another length given to the sentence shows up in it, and the old one does not linger.
        const text = i18n.t(key, { lng, digits: 7 });
        expect({ lng, key, text, hasLength: /\b7\b/.test(text), hasFour: /\b4\b/.test(text.replace('1234', '')) }).toMatchObject({ hasLength: true, hasFour: false });
      }
    }
  });

  it('is the one the check accepts', () => {
    expect(isValidPin('7'.repeat(PIN_LENGTH))).toBe(true);
    expect(isValidPin('7'.repeat(PIN_LENGTH - 1))).toBe(false);
    expect(isValidPin('7'.repeat(PIN_LENGTH + 1))).toBe(false);
  });

  describe('in the form', () => {
    beforeEach(async () => {
      freshDatabase();
      useStorageStatus.setState({ problem: null, ready: false });
      await initStorage();
    });

    it('lets the PIN field take that many digits and says so in its label', async () => {
      const user = userEvent.setup();
      await renderWithProviders(<LearnerFormPage />);
      await user.click(await screen.findByRole('radio', { name: `Mã PIN ${PIN_LENGTH} số` }, { timeout: 5_000 }));
      const field = screen.getByLabelText(`Mã PIN (${PIN_LENGTH} chữ số)`);
      expect(field).toHaveAttribute('maxlength', String(PIN_LENGTH));
    });
  });
});
