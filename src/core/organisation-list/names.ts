// Comparing organisation names the way a methodologist would: «МБОУ «СОШ № 1»» and
// «МБОУ СОШ №1» are one school written twice, «СОШ № 1» and «СОШ № 11» are two schools.
// `nameKey` is for «the same name» (case, «ё», spaces and quote style only); `comparableName`
// also drops legal forms (МБОУ/МОУ/МКОУ…), spells out common abbreviations one way and
// ignores «№», for «nearly the same name».

const QUOTES = /[«»"„“”‟'‘’`′″]/g;

/** Lower case, «ё» as «е», one kind of quote, single spaces. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, "е").replace(QUOTES, '"').replace(/\s+/g, " ").trim();
}

// Long forms to the abbreviation methodologists write (applied before legal forms are dropped).
const PHRASES: [RegExp, string][] = [
  [/ средн(яя|ей) общеобразовательн(ая|ой) школ[аы] /g, " сош "],
  [/ основн(ая|ой) общеобразовательн(ая|ой) школ[аы] /g, " оош "],
  [/ начальн(ая|ой) общеобразовательн(ая|ой) школ[аы] /g, " нош "],
  [/ дом(а)? детского творчества /g, " ддт "],
  [/ центр(а)? детского творчества /g, " цдт "],
  [/ детско юношеск(ая|ой) спортивн(ая|ой) школ[аы] /g, " дюсш "],
  [/ информационно методическ(ий|ого) центр(а)? /g, " имц "],
  [/ дополнительного образования( детей)? /g, " "],
  [/ (детский сад|д с|детсад) /g, " дс "],
];

// Words of a legal form: «Муниципальное бюджетное общеобразовательное учреждение».
const FORM_WORDS = new Set([
  "муниципальное",
  "муниципальный",
  "государственное",
  "бюджетное",
  "казенное",
  "автономное",
  "общеобразовательное",
  "образовательное",
  "дошкольное",
  "учреждение",
  "организация",
]);

// Abbreviated legal forms: МОУ, МБОУ, МКОУ, МАОУ, ГБОУ, МБУ, МКУ, МАУ, МБУДО, МОУДО…
const FORM_ABBREVIATION = /^[мг][бка]?(оу|у)(до|дод)?$/;
// Preschool forms mean «детский сад»: МДОУ, МБДОУ, МКДОУ, МАДОУ, ДОУ.
const PRESCHOOL_FORM = /^([мг][бка]?)?доу$/;

/** The name reduced to what tells one organisation from another. */
export function comparableName(name: string): string {
  let s = ` ${name
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(QUOTES, " ")
    .replace(/№|(?<![а-яa-z])(no|n)(?=\s*\d)/g, " ")
    .replace(/[.,;:!?()[\]\-–—_/\\*]+/g, " ")
    .replace(/([а-яa-z])(\d)/g, "$1 $2")
    .replace(/(\d)([а-яa-z])/g, "$1 $2")
    .replace(/\s+/g, " ")
    .trim()} `;
  for (const [re, to] of PHRASES) s = s.replace(re, to);
  const tokens: string[] = [];
  const words = s.trim().split(" ");
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    if (w === "") continue;
    if (PRESCHOOL_FORM.test(w)) w = "дс";
    else if (FORM_WORDS.has(w) || FORM_ABBREVIATION.test(w)) {
      if (words[i + 1] === "до") i++; // «МБУ ДО»
      continue;
    }
    if (!tokens.includes(w)) tokens.push(w);
  }
  return tokens.join(" ");
}

/** A name prepared once for many comparisons. */
export interface PreparedName {
  text: string;
  key: string;
  comparable: string;
  /** The numbers in the name, sorted: names with different numbers are different organisations. */
  numbers: string;
  tokens: string[];
}

export function prepareName(text: string): PreparedName {
  const comparable = comparableName(text);
  return {
    text,
    key: nameKey(text),
    comparable,
    numbers: (comparable.match(/\d+/g) ?? []).map((n) => String(Number(n))).sort().join(" "),
    tokens: comparable === "" ? [] : comparable.split(" "),
  };
}

/** Dice coefficient of character bigrams: 1 for the same string, 0 for nothing in common. */
function dice(x: string, y: string): number {
  const grams = (t: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < t.length; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  if (x.length < 2 || y.length < 2) return x === y ? 1 : 0;
  const a = grams(x);
  const b = grams(y);
  let common = 0;
  for (const [g, n] of a) common += Math.min(n, b.get(g) ?? 0);
  return (2 * common) / (x.length - 1 + (y.length - 1));
}

/** Similarity above which two names (with the same numbers) are taken for one organisation. */
export const NEAR_THRESHOLD = 0.85;

/**
 * Whether two names probably mean one organisation: equal once reduced, or with the same
 * numbers and either one's words all in the other (at least two of them) or nearly the same letters.
 */
export function nearSame(a: PreparedName, b: PreparedName): boolean {
  if (a.comparable === "" || b.comparable === "") return false;
  if (a.comparable === b.comparable) return true;
  if (a.numbers !== b.numbers) return false;
  const [small, large] = a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  if (small.length >= 2 && small.every((t) => large.includes(t))) return true;
  // Words both names share («Заречного района») say nothing about which organisation it is:
  // only the words that differ are compared («Солнышко» / «Солнышка» alike, «ИМЦ» / «ДДТ» not).
  const onlyA = a.tokens.filter((t) => !b.tokens.includes(t)).join("");
  const onlyB = b.tokens.filter((t) => !a.tokens.includes(t)).join("");
  return dice(onlyA, onlyB) >= NEAR_THRESHOLD;
}

export function nearSameName(a: string, b: string): boolean {
  return nearSame(prepareName(a), prepareName(b));
}
