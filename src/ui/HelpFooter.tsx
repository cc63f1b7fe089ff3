/**
 * "Cần giúp đỡ? Gọi 111" for the screens where the app's header makes way — the presenter, the speaker
 * view, the class quiz in full screen — so every screen keeps the calm way to help. Small: a footer line,
 * not a banner over the lesson.
 */
import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PhoneIcon } from './icons';
import './helpFooter.css';

export function HelpFooter({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={className ? `help-footer ${className}` : 'help-footer'}>
      <Link href={paths.help()}>
        <PhoneIcon /> {t('helpEntry')}
      </Link>
    </p>
  );
}
