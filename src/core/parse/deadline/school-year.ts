// School years as periods: «2020-2021 учебный год», «в 2021-2022 учебном году», «в 2021-2022 году»,
// «2023/24 учебный год», «в течение 2021/2022 учебного года». Due on the year's last day.
import { before, type InlineTrust, type PhraseFamily } from "./family";
import { fullYear, schoolYearEndDate, schoolYearStart, type DeadlineContext } from "./context";

const SCHOOL_YEAR = new RegExp(
  "(?<![а-я\\d])(?:(в\\s+течение|в|на|до\\s+конца|к\\s+концу|до\\s+окончания|к\\s+окончанию)\\s+)?" +
    "(\\d{4})\\s*[-/]\\s*(\\d{4}|\\d{2})(?!\\d)(?:\\s*(учебн[а-я]*\\s+|уч\\.\\s*)?(год[а-я]*|гг?\\.?)(?![а-я]))?",
  "g",
);

/**
 * «в 2025-2026 уч. году» names when the work is done, wherever it stands in the item («провести
 * аттестацию в 2025-2026 уч. году, обеспечив …»), unless that year is already behind the
 * document's own («результаты ГИА в 2024-2025 учебном году»). «на …» names what a plan covers.
 */
function trustOf(prefix: string | undefined, school: boolean, start: number, ctx: DeadlineContext): InlineTrust {
  if (prefix === "на") return "never";
  const current = schoolYearStart(ctx);
  const past = current !== null && start < current;
  return school && (prefix === "в" || prefix === "в течение") && !past ? "strong" : "weak";
}

const LOOKED_BACK = /(?:итог[а-я]*|результат[а-я]*|анализ[а-я]*|прошедш[а-я]*|прошл[а-я]*)\s+$/;

export const schoolYear: PhraseFamily = {
  name: "school-year",
  patterns: [SCHOOL_YEAR],
  cue: /\d{4}\s*[-/]/,
  read(m, ctx, inline) {
    const [, prefix, y1, y2text, school, yearWord] = m;
    const start = Number(y1);
    // «по итогам 2024-2025 учебного года», «анализ результатов …»: the year looked back on
    if (inline && !prefix && LOOKED_BACK.test(before(m, 40))) return null;
    const end = y2text.length === 2 ? Math.floor(start / 100) * 100 + Number(y2text) : fullYear(y2text);
    if (end !== start + 1) return null;
    if (!school && !yearWord && !prefix) return null;
    const due = schoolYearEndDate(start, ctx.settings);
    const byEnd = prefix && /конц|оконч/.test(prefix);
    return { kind: byEnd ? "date" : "period", due, implied: [], trust: trustOf(prefix, Boolean(school), start, ctx) };
  },
};
