// More of the ways district documents write a term, each read as SPEC.md's table of kinds says.
// Expected readings written first.
import assert from "node:assert/strict";
import { findDeadline, parseDeadline } from "../../../../src/core/parse/deadline";
import { DEFAULT_PARSE_SETTINGS } from "../../../../src/core/model";

const ctx = { schoolYear: "2025-2026", documentDate: "2025-09-10", settings: DEFAULT_PARSE_SETTINGS };

describe("deadline phrases of the genre", () => {
  const cases: [string, string, string | null][] = [
    // spans written with a dash end on their last day
    ["01.09.2025 – 31.05.2026", "period", "2026-05-31"],
    ["15.10.2025-20.10.2025", "period", "2025-10-20"],
    ["15-20 октября 2025 г.", "period", "2025-10-20"],
    ["октябрь, ноябрь 2025 г.", "period", "2025-11-30"],
    // halves of a school year: the first ends in December, the second in June
    ["в 1 полугодии 2025-2026 учебного года", "date", "2025-12-31"],
    ["II полугодие 2025-2026 уч. года", "date", "2026-06-30"],
    // «к … учебному году» is the school year's first day, like «к новому … учебному году»
    ["к 2026-2027 учебному году", "date", "2026-09-01"],
    // work repeated every term
    ["по итогам каждой четверти", "recurring", null],
    ["ежечетвертно", "recurring", null],
    ["по отдельному графику", "recurring", null],
    ["по утверждённому графику", "recurring", null],
    // the whole school year, however it is said
    ["весь учебный год", "period", "2026-08-31"],
    ["в ходе учебного года", "period", "2026-08-31"],
    ["на протяжении учебного года", "period", "2026-08-31"],
    ["в конце учебного года", "date", "2026-08-31"],
    // «с сентября» starts on its first day, like «с 1 сентября»
    ["с сентября 2025 года", "date", "2025-09-01"],
  ];
  for (const [raw, kind, due] of cases) {
    it(`«${raw}» → ${kind} ${due ?? ""}`, () => {
      const r = parseDeadline(raw, ctx);
      assert.deepEqual([r.kind, r.due], [kind, due]);
    });
  }
});

describe("inside an item's text", () => {
  const found: [string, string, string, string | null][] = [
    ["провести в I полугодии 2025-2026 учебного года семинары для молодых педагогов.", "в I полугодии 2025-2026 учебного года", "date", "2025-12-31"],
    ["подготовить к 2026-2027 учебному году кабинеты химии и физики.", "к 2026-2027 учебному году", "date", "2026-09-01"],
    ["провести аттестацию педагогов в 2025-2026 уч. году, обеспечив её открытость.", "в 2025-2026 уч. году", "period", "2026-08-31"],
    // after «срок» the raw is the term, not the rest of the sentence
    ["обеспечить в срок до 15.12.2025 представление отчётов в управление.", "до 15.12.2025", "date", "2025-12-15"],
  ];
  for (const [text, raw, kind, due] of found) {
    it(`«${text.slice(0, 50)}…» → ${kind} ${due ?? ""}`, () => {
      const f = findDeadline(text, ctx);
      assert.deepEqual([f?.raw, f?.kind, f?.due], [raw, kind, due]);
    });
  }

  it("a school year that has already ended describes the past", () => {
    assert.equal(findDeadline("проанализировать результаты ГИА в 2024-2025 учебном году и направить предложения.", ctx), null);
    // an August conference, before the old year's last day
    const august = { ...ctx, documentDate: "2025-08-28" };
    assert.equal(findDeadline("по итогам 2024-2025 учебного года", august), null);
    assert.equal(findDeadline("подготовить анализ результатов 2024-2025 учебного года", august), null);
  });
});

describe("ten-day parts of a month", () => {
  const cases: [string, string | null][] = [
    ["1 декада октября 2025 г.", "2025-10-10"],
    ["во второй декаде мая 2026 года", "2026-05-20"],
    ["III декада февраля 2026 г.", "2026-02-28"],
    ["в первой декаде сентября", "2025-09-10"],
  ];
  for (const [raw, due] of cases) {
    it(`«${raw}» → date ${due}`, () => {
      const r = parseDeadline(raw, ctx);
      assert.deepEqual([r.kind, r.due], ["date", due]);
    });
  }
  it("says which year it took when none is written", () => {
    assert.ok(parseDeadline("в первой декаде сентября", ctx).implied.some((w) => /Год срока не указан/.test(w)));
  });
});

describe("a term counted from an event", () => {
  const forum = { ...ctx, documentDate: "2024-11-05" };
  it("counts from the document when the event is its own meeting or the document itself", () => {
    assert.deepEqual(pick(parseDeadline("не позднее 10 дней после проведения форума", forum)), ["date", "2024-11-15"]);
    assert.deepEqual(pick(parseDeadline("в течение 10 дней со дня вступления в силу настоящего решения", forum)), ["date", "2024-11-15"]);
  });
  it("recurs with every case («постановка на учёт», «выявление случая», «поступление обращения»)", () => {
    const r = parseDeadline("в срок не позднее 10 дней после получения постановления комиссии о постановке на учёт", ctx);
    assert.deepEqual(pick(r), ["recurring", null]);
    assert.ok(r.implied.some((w) => /каждого/.test(w)));
    assert.deepEqual(pick(parseDeadline("в течение 3 рабочих дней с момента выявления случая", ctx)), ["recurring", null]);
    assert.deepEqual(pick(parseDeadline("не позднее 5 дней со дня поступления обращения", ctx)), ["recurring", null]);
  });
  it("a single event the document does not date is a date it cannot compute, and says so", () => {
    const r = parseDeadline("в срок не позднее 10 дней после получения результатов", ctx);
    assert.deepEqual(pick(r), ["date", null]);
    assert.ok(r.implied.some((w) => /не датирует/.test(w)));
  });
});

function pick(r: { kind: string; due: string | null }): [string, string | null] {
  return [r.kind, r.due];
}


describe("school terms (четверти)", () => {
  const cases: [string, string, string][] = [
    ["I четверть", "date", "2025-10-31"],
    ["в течение II четверти", "period", "2025-12-31"],
    ["до конца III четверти 2025-2026 учебного года", "date", "2026-03-31"],
    ["IV четверть 2024-2025 уч. года", "date", "2025-05-31"],
  ];
  for (const [raw, kind, due] of cases) {
    it(`«${raw}» → ${kind} ${due}`, () => {
      const r = parseDeadline(raw, ctx);
      assert.deepEqual([r.kind, r.due], [kind, due]);
      assert.ok(r.implied.some((w) => /приблизительно/.test(w)));
    });
  }
  it("«по итогам I четверти» names the term, «по итогам каждой четверти» repeats", () => {
    assert.equal(parseDeadline("по итогам I четверти", ctx).due, "2025-10-31");
    assert.equal(parseDeadline("по итогам каждой четверти", ctx).kind, "recurring");
  });
});
