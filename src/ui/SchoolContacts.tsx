/**
 * The school's own contacts (content/school.yaml): the counselling teacher or room, the homeroom or Đội
 * leader, and — for adults and on the help page — a local police or ward number, each number a `tel:`
 * link. Nothing at all when the school has not filled in its file. Shared by the help screens and the
 * families note, so it lives here rather than in either feature.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { schoolContacts, type School, type SchoolPhone } from '../content/school';

interface Props {
  /** The compiled contacts by default; tests pass their own. */
  school?: School | null;
  heading: 2 | 3 | 4;
  /** In a child's words, without the police and ward numbers (those are for the adults). */
  forChild?: boolean;
}

export function SchoolContacts({ school = schoolContacts(), heading, forChild = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (!school) return null;
  const Heading = `h${heading}` as const;
  const { counselling } = school;
  return (
    <section className="school-contacts" aria-labelledby={id}>
      <Heading id={id}>{forChild ? t('school.childTitle') : t('school.title', { name: school.name })}</Heading>
      <ul className="school-contacts__list">
        {counselling && (
          <Item label={t('school.counselling')} parts={[counselling.who, counselling.where, counselling.when]} phone={counselling.phone} />
        )}
        {school.contacts.map((contact, i) => (
          <Item key={i} label={contact.role} labelIsSchools parts={[contact.name, contact.when]} phone={contact.phone} />
        ))}
        {!forChild && school.local.map((place, i) => <Item key={i} label={t('school.local')} parts={[place.name]} phone={place.phone} />)}
      </ul>
    </section>
  );
}

/** One contact; what the school wrote is marked Vietnamese, whatever the interface language. */
function Item({ label, labelIsSchools = false, parts, phone }: { label: string; labelIsSchools?: boolean; parts: (string | undefined)[]; phone?: SchoolPhone }) {
  const written = parts.filter((part): part is string => part !== undefined);
  return (
    <li>
      <strong lang={labelIsSchools ? 'vi' : undefined}>{label}:</strong> {written.length > 0 && <span lang="vi">{written.join(' · ')}</span>}
      {phone && <Phone phone={phone} />}
    </li>
  );
}

function Phone({ phone }: { phone: SchoolPhone }): ReactNode {
  return (
    <>
      {' '}
      <a className="school-contacts__phone" href={`tel:${phone.tel}`}>
        {phone.display}
      </a>
    </>
  );
}
