/**
 * Cài đặt → Đọc to: this computer's reading speed and voice per language (kept in localStorage: they
 * belong to the computer, not to a child), a "Nghe thử" to hear them, and — where the computer has no
 * Vietnamese voice, so no "Nghe" button shows — why, and how to add one.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/vocabulary';
import { SPEED_CHOICES, useReadAloudStore, type SpeedChoice } from '../../stores/readAloud';
import { ReadButton } from '../../ui/readAloud/ReadButton';
import { chooseVoice, speaks } from '../../ui/readAloud/speech';
import { READ_ALOUD_STRINGS, useCanReadAloud } from '../../ui/readAloud/useReadAloud';

export function ReadAloudSection() {
  const { t, ready } = useTranslation('readAloud', READ_ALOUD_STRINGS);
  const id = useId();
  useCanReadAloud('vi'); // starts listing the voices
  const voicesKnown = useReadAloudStore((state) => state.voicesKnown);
  const speed = useReadAloudStore((state) => state.speed);
  const setSpeed = useReadAloudStore((state) => state.setSpeed);
  const hasSpeech = typeof window !== 'undefined' && 'speechSynthesis' in window;
  if (!ready) return null;

  return (
    <section aria-labelledby={`${id}-title`} className="read-aloud-settings">
      <h2 id={`${id}-title`}>{t('settings.title')}</h2>
      <p>{t('settings.intro')}</p>
      {!voicesKnown ? (
        <p className="muted">{t('settings.checking')}</p>
      ) : !hasSpeech ? (
        <p className="notice notice--warning">{t('settings.noSpeech')}</p>
      ) : (
        <>
          <VoiceChoice locale="vi" />
          <VoiceChoice locale="en" />
          <p className="field">
            <label htmlFor={`${id}-speed`}>{t('settings.speed')}</label>{' '}
            <select id={`${id}-speed`} value={speed} onChange={(event) => setSpeed(event.target.value as SpeedChoice)}>
              {SPEED_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`settings.speeds.${choice}`)}
                </option>
              ))}
            </select>
          </p>
        </>
      )}
    </section>
  );
}

function VoiceChoice({ locale }: { locale: Locale }) {
  const { t } = useTranslation('readAloud', READ_ALOUD_STRINGS);
  const id = useId();
  const voices = useReadAloudStore((state) => state.voices).filter((voice) => speaks(voice, locale));
  const chosen = useReadAloudStore((state) => state.voiceChoice[locale]);
  const setVoiceChoice = useReadAloudStore((state) => state.setVoiceChoice);
  const canRead = useCanReadAloud(locale);
  const voice = chooseVoice(voices, locale, chosen);

  if (!canRead || !voice) {
    if (locale !== 'vi') return <p className="muted">{t('settings.noVoice.en')}</p>;
    return (
      <div className="notice notice--warning">
        <p>{t('settings.noVoice.vi')}</p>
        <ul>
          <li>{t('settings.addVoice.windows')}</li>
          <li>{t('settings.addVoice.android')}</li>
          <li>{t('settings.addVoice.linux')}</li>
        </ul>
        <p>{t('settings.addVoice.restart')}</p>
      </div>
    );
  }
  const online = voices.some((v) => !v.localService);
  return (
    <p className="field">
      <label htmlFor={id}>{t(`settings.voice.${locale}`)}</label>{' '}
      <select id={id} value={voice.voiceURI} onChange={(event) => setVoiceChoice(locale, event.target.value)} aria-describedby={online ? `${id}-hint` : undefined}>
        {voices.map((v) => (
          <option key={v.voiceURI} value={v.voiceURI}>
            {v.localService ? v.name : t('settings.online', { name: v.name })}
          </option>
        ))}
      </select>{' '}
      <ReadButton owner={`${id}-try`} label="tryVoice" pieces={() => [{ key: `${id}-sample`, text: t(`settings.sample.${locale}`) }]} locale={locale} what={t('what.sample', { voice: voice.name })} />
      {online && (
        <span id={`${id}-hint`} className="muted small">
          {' '}
          {t('settings.onlineHint')}
        </span>
      )}
    </p>
  );
}
