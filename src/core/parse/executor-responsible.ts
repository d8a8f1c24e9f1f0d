// «Ответственный: …»: a name alone, or executors with the person named beside the role.
import { executorsFromPhrase, type Executors } from "./executors";
import { foldLookalikes } from "./word-repair";

const NAME = `(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\\s*[А-ЯЁ]\\.\\s*(?:[А-ЯЁ]\\.?)?|[А-ЯЁ]\\.\\s*(?:[А-ЯЁ]\\.)?\\s*[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)`;
const ROLE_THEN_NAME = new RegExp(`^(.*?(?:[а-яё»)]|[А-ЯЁ]{2,}))\\s*,?\\s+(${NAME})$`);
const NAME_THEN_ROLE = new RegExp(`^(${NAME})\\s*,?\\s+([а-яё].*)$`);

/** «Лукина О.В.» (or «О.В. Лукина») and nothing else: the name, with the dot the line's end took restored. */
export function personOnly(phrase: string): string | null {
  const t = phrase.trim().replace(/[\s,;]+$/, "");
  if (!new RegExp(`^${NAME}$`).test(foldLookalikes(t))) return null;
  return t.replace(/([А-ЯЁ])$/, "$1.");
}

/**
 * Executors from an «Ответственный: …» line or bracket. A name written next to the role
 * («главный специалист отдела образования Соловьёва Г.Р.») is the responsible person;
 * a name alone stays the executor, since nothing else says who acts.
 */
export function responsibleExecutors(phrase: string): Executors {
  const base = executorsFromPhrase(phrase);
  const persons: string[] = base.person ? [base.person] : [];
  // matched with look-alike Latin letters read as Russian, cut as written (the same length)
  const executors = base.executors.map((e) => {
    const view = foldLookalikes(e);
    const roleFirst = ROLE_THEN_NAME.exec(view);
    if (roleFirst) {
      persons.push(e.slice(e.length - roleFirst[2].length).trim().replace(/([А-ЯЁ])$/, "$1."));
      return e.slice(0, roleFirst[1].length).trim();
    }
    const nameFirst = NAME_THEN_ROLE.exec(view);
    if (nameFirst) {
      persons.push(e.slice(0, nameFirst[1].length).trim());
      return e.slice(e.length - nameFirst[2].length).trim();
    }
    return e;
  });
  return { executors, person: persons.length ? [...new Set(persons)].join(", ") : null };
}
