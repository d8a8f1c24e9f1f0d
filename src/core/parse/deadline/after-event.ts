// A term counted from an event. From the document's own meeting or the document itself
// («не позднее 10 дней после проведения форума», «… со дня вступления в силу настоящего решения»):
// a date counted from the document's date. From each case of a kind («… после получения
// постановления комиссии о постановке на учёт», «… с момента выявления случая»): recurring, once per
// case. From one other event the document does not date («… после получения результатов»): a date
// it cannot compute.
import { type FamilyReading, type PhraseFamily } from "./family";
import { count, fromDocumentDate, NUMBER } from "./during";

const AFTER_EVENT = new RegExp(
  `(?<![а-я])(?:не\\s+позднее|не\\s+позже|через|в\\s+течение)\\s+${NUMBER}\\s+(рабочих\\s+|календарных\\s+)?(дн[а-я]*|недел[а-я]*|месяц[а-я]*)\\s+` +
    "(?:после|с\\s+момента|со\\s+дня|с\\s+даты)([^.;,()]{0,80})",
  "g",
);

/** The document's own occasion or the document itself… */
const OWN_OCCASION =
  /^\s*(?:(?:проведения|окончания|завершения)\s+(?:форума|конференции|совещания|заседания|коллегии|семинара|педсовета|педагогического\s+совета|съезда)|вступления\s+в\s+силу|подписания|издания|принятия|утверждения|опубликования)/;
/** …unless another party's act is meant («принятия решения комиссией», «получения заявления»). */
const OTHER_PARTY = /комисси|суд|заявлени|обращени|поступлени|получени|выявлени/;
/** Events that come case by case. */
const PER_CASE = /кажд|случа|факт|выявлени|поступлени|обращени|заявлени|сообщени|постановк[а-я]*\s+на\s+(?:учет|контроль)|несовершеннолетн|обучающегося|ребенка/;

export const afterEvent: PhraseFamily = {
  name: "after-event",
  patterns: [AFTER_EVENT],
  cue: /после|момента|со\s+дня|с\s+даты/,
  read(m, ctx): FamilyReading {
    const [, number, workingWord, unitWord, event] = m;
    const what = event.trim().replace(/\s+/g, " ");
    if (PER_CASE.test(event)) {
      return { kind: "recurring", due: null, implied: [`Срок отсчитывается от каждого события («${what}»): повторяется по каждому случаю`], trust: "strong" };
    }
    if (!OWN_OCCASION.test(event) || OTHER_PARTY.test(event.slice(0, 40))) {
      return { kind: "date", due: null, implied: [`Срок отсчитывается от события («${what}»), которое документ не датирует: дата не вычислена`], trust: "strong" };
    }
    const n = count(number);
    if (/^месяц/.test(unitWord)) return fromDocumentDate(0, n, ctx, false);
    if (/^недел/.test(unitWord)) return fromDocumentDate(n * 7, 0, ctx, false);
    return fromDocumentDate(n, 0, ctx, Boolean(workingWord && /рабоч/.test(workingWord)));
  },
};
