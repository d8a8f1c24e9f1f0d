// Targets: a school's value against the directive's target, and the district figure.

import { TARGET_MARK, type CheckReport, type TargetMark, type TargetOutcome } from "./types";

/** True for percentage units («%», «процентов»). */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return /%|процент/i.test(unit ?? "");
}

/**
 * The value a school reported, in the directive's unit: the actual value, or
 * numerator / denominator (× 100 for a percentage) when only those were given.
 */
export function reportedValue(report: Pick<CheckReport, "actual" | "numerator" | "denominator">, unit: string | null): number | null {
  if (report.actual !== null && Number.isFinite(report.actual)) return report.actual;
  const ratio = ratioOf(report);
  if (ratio === null) return null;
  return isPercentUnit(unit) ? ratio * 100 : ratio;
}

function ratioOf(r: Pick<CheckReport, "numerator" | "denominator">): number | null {
  if (r.numerator === null || r.denominator === null) return null;
  if (!Number.isFinite(r.numerator) || !Number.isFinite(r.denominator) || r.denominator <= 0) return null;
  return r.numerator / r.denominator;
}

// Values are compared after rounding to 0.01 so that 74.999… from a ratio counts as 75.
const round2 = (x: number): number => Math.round(x * 100) / 100;

export function targetOutcome(value: number | null, target: number, lowerIsBetter: boolean): TargetOutcome {
  if (value === null) return "noValue";
  const v = round2(value);
  return (lowerIsBetter ? v <= target : v >= target) ? "reached" : "missed";
}

/** The «Целевой показатель» label: «не достигнут» rather than «Ниже …» where lower is better. */
export function targetMarkOf(outcome: TargetOutcome, lowerIsBetter: boolean): TargetMark {
  if (outcome === "reached") return TARGET_MARK.reached;
  if (outcome === "noValue") return TARGET_MARK.noValue;
  return lowerIsBetter ? TARGET_MARK.notReached : TARGET_MARK.below;
}

/**
 * Whether the directive's wording makes a lower value better: «снизить долю … до 5 %»,
 * «сократить число пропусков», «не более 3 %». Everything else aims upwards.
 */
export function inferLowerIsBetter(...texts: (string | null | undefined)[]): boolean {
  const text = texts.filter(Boolean).join(" ").toLowerCase().replace(/ё/g, "е");
  // An explicit lower bound wins: «охват не менее 75 % … для снижения рисков» aims upwards.
  if (/не менее|не ниже|повыси|повышени|увеличи|увеличени/.test(text)) return false;
  return /снизи|снижени|сократи|сокращени|уменьши|уменьшени|не более|не выше|не превыша/.test(text);
}

export interface SchoolFigure {
  orgCode: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface DistrictFigure {
  value: number | null;
  /** How the value was obtained: Σ numerators / Σ denominators, or the plain mean of values. */
  method: "ratio" | "mean" | null;
  /** Schools whose figures went into the value. */
  schools: number;
  /** Schools that gave a value but no numerator/denominator and were left out of a ratio. */
  leftOut: number;
}

/**
 * The district figure: Σ numerators / Σ denominators over the schools that gave them
 * (never a plain average of percentages); only when no school gave them, the mean of
 * the values, marked as such.
 */
export function districtFigure(figures: SchoolFigure[], unit: string | null): DistrictFigure {
  const withRatio = figures.filter((f) => ratioOf(f) !== null);
  const withValue = figures.filter((f) => f.value !== null);
  if (withRatio.length) {
    const num = withRatio.reduce((s, f) => s + (f.numerator as number), 0);
    const den = withRatio.reduce((s, f) => s + (f.denominator as number), 0);
    const ratio = num / den;
    return {
      value: round2(isPercentUnit(unit) ? ratio * 100 : ratio),
      method: "ratio",
      schools: withRatio.length,
      leftOut: withValue.length - withRatio.length,
    };
  }
  if (withValue.length) {
    const mean = withValue.reduce((s, f) => s + (f.value as number), 0) / withValue.length;
    return { value: round2(mean), method: "mean", schools: withValue.length, leftOut: 0 };
  }
  return { value: null, method: null, schools: 0, leftOut: 0 };
}

/** Russian note on how a district figure was obtained, for tables and the collegium document. */
export function districtMethodNote(f: DistrictFigure): string {
  if (f.method === "ratio") {
    const base = `сумма числителей / сумма знаменателей (${f.schools} орг.)`;
    return f.leftOut ? `${base}; не учтены указавшие только значение: ${f.leftOut}` : base;
  }
  if (f.method === "mean") return `среднее значений организаций (${f.schools} орг.), числители не указаны`;
  return "нет данных";
}
