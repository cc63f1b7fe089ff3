import { useTranslation } from 'react-i18next';
import { StarIcon, StarOutlineIcon } from '../../ui/icons';

/** Three stars, filled for what was earned; read out as "2 / 3 sao". */
export function Stars({ count }: { count: 0 | 1 | 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <span className="stars" role="img" aria-label={t('progressMap.stars', { count })}>
      {[1, 2, 3].map((n) => (
        <span key={n} aria-hidden="true" className={n <= count ? 'star star--on' : 'star'}>
          {n <= count ? <StarIcon /> : <StarOutlineIcon />}
        </span>
      ))}
    </span>
  );
}
