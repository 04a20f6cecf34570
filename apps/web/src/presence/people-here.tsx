import type { PersonHere } from '../live/entry-presence';

interface Props {
  people: PersonHere[];
  sections: { id: string; title: string }[];
  myId?: string;
}

/** One line per person (several tabs of theirs count once), with where they are. */
function byPerson(people: PersonHere[]): PersonHere[] {
  const seen = new Map<string, PersonHere>();
  for (const person of people) if (!seen.has(person.userId) || person.sectionId) seen.set(person.userId, person);
  return [...seen.values()].sort((a, b) => a.userName.localeCompare(b.userName));
}

/** Who else has the entry open, and in which section. */
export function PeopleHere({ people, sections, myId }: Props) {
  const others = byPerson(people);
  const where = (sectionId: string | null) => sections.find((s) => s.id === sectionId)?.title;
  return (
    <section className="app-people" aria-labelledby="people-heading" data-testid="people-here">
      <h2 className="nhsuk-heading-s" id="people-heading">
        Who else is here
      </h2>
      {others.length === 0 ? (
        <p className="nhsuk-body-s">Nobody else has this entry open.</p>
      ) : (
        <ul className="nhsuk-list app-people__list">
          {others.map((person) => (
            <li key={person.userId}>
              <strong>{person.userId === myId ? 'You, in another window' : person.userName}</strong>
              <span className="app-people__where">{where(person.sectionId) ? `in ${where(person.sectionId)}` : 'looking at the entry'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Also in this section: A and B", for the section being shown. */
export function AlsoInSection({ people, sectionId, myId }: { people: PersonHere[]; sectionId: string; myId?: string }) {
  const names = byPerson(people.filter((p) => p.sectionId === sectionId)).map((p) => (p.userId === myId ? 'you, in another window' : p.userName));
  if (!names.length) return null;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return (
    <p className="nhsuk-body-s app-also-here" data-testid="also-here">
      Also in this section: <strong>{list}</strong>
    </p>
  );
}
