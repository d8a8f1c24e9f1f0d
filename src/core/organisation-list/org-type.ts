// Organisation types (ОО, ДОО, УДО, МКУ, УО): read from what a list writes in its «Тип»
// column, or guessed from the name when the column is empty. Order of the checks matters:
// «спортивная школа» is УДО before «школа» is ОО, «центр образования» is a school before
// «центр» is an МКУ, and a school-kindergarten is a school.

import type { OrgType } from "../model";

export const ORG_TYPES: readonly OrgType[] = ["ОО", "ДОО", "УДО", "МКУ", "УО"];

/** Lower case, «ё» as «е», punctuation and quotes as spaces, single spaces. */
function words(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[.,;:!?«»"„“”'`()[\]\-–—_\\*№]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
}

// Each pattern is matched against ` words `, so a leading/trailing space marks a word boundary.
const GUESSES: { type: OrgType; patterns: RegExp[] }[] = [
  {
    type: "УО",
    patterns: [/ (управлени[еяю]|отдел[аеу]?|комитет[аеу]?|департамент[аеу]?) (по )?образовани/, / уо /],
  },
  {
    type: "УДО",
    patterns: [
      / дополнительного образования/,
      / (м[бка]?)?(о)?у до /,
      / (м[бка]?)?(о)?удо /,
      / дод /,
      / ддт | ддю?т | цдт | цдо | цвр | цдют | дюц | сют | сюн | дюсш | сдюшор | сдюсшор | дши | дхш | дмш /,
      / (дом|дворец|центр) (детского |детского и юношеского |детско юношеского )?(творчества|туризма)/,
      / (спортивн[а-я]*|музыкальн[а-я]*|художественн[а-я]*) школ/,
      / школ[аы] искусств/,
      / станци[яи] юн/,
      / детско юношеск/,
    ],
  },
  {
    type: "ОО",
    patterns: [
      / [сонв]ош /,
      / [мг]?[бка]?оу /,
      / школ/,
      / гимнази/,
      / лице[йя]/,
      / кадетск/,
      / центр образования/,
      / общеобразовательн/,
    ],
  },
  {
    type: "ДОО",
    patterns: [/ детск(ий|ого) сад/, / [мг]?[бка]?доу /, / доу /, / д с /, / дошкольн/, / ясли/],
  },
  {
    type: "МКУ",
    patterns: [/ мку /, / центр/, / имц /, / методическ/, / бухгалтери/],
  },
];

/** The type a name suggests, or null. */
export function guessOrgType(name: string): OrgType | null {
  const w = words(name);
  for (const g of GUESSES) if (g.patterns.some((p) => p.test(w))) return g.type;
  return null;
}

const EXACT: Record<string, OrgType> = {
  оо: "ОО",
  оу: "ОО",
  доо: "ДОО",
  доу: "ДОО",
  удо: "УДО",
  оудо: "УДО",
  одо: "УДО",
  мку: "МКУ",
  уо: "УО",
};

/** What a «Тип» cell means: a type, or null when the text names none. */
export function readOrgType(text: string): OrgType | null {
  const w = words(text).trim();
  if (w === "") return null;
  const exact = EXACT[w.replace(/ /g, "")];
  if (exact) return exact;
  if (/^(школа|общеобразовательн)/.test(w)) return "ОО";
  if (/^(дошкольн|детский сад|детсад)/.test(w)) return "ДОО";
  if (/^(доп[а-я]* ?образовани|дополнительн)/.test(w)) return "УДО";
  if (/^(казенное|учреждение|мку)/.test(w)) return "МКУ";
  if (/^(управление|орган управления|отдел)/.test(w)) return "УО";
  return guessOrgType(text);
}
