// Figures for `npm run bench`: syncs of «Проверить» over 5,000 directive × organisation pairs
// against the Excel stand-in, and the core's speed per 100,000 marks.
import { runCheck } from "../../src/app/check";
import { createWorkbook } from "../../src/app/create-workbook";
import { computeMarks, type CheckDirective, type CheckReport } from "../../src/core/check";
import { planUpsert } from "../../src/core/workbook/upsert";
import { DIRECTIVES, ORGANISATIONS, REPORTS } from "../../src/core/workbook/schema";
import type { Row } from "../../src/core/workbook/port";
import { OfficeWorkbookPort, type ExcelRun } from "../../src/hosts/office";
import { StandInHandle } from "./excel-standin";

const orgCode = (i: number) => `ОО-${String(i + 1).padStart(3, "0")}`;

function syntheticDirectives(count: number, orgs: number): CheckDirective[] {
  const codes = Array.from({ length: orgs }, (_, i) => orgCode(i));
  return Array.from({ length: count }, (_, i) => ({
    key: `Конф-2024-08/${i + 1}`,
    n: String(i + 1),
    text: `Поручение ${i + 1}`,
    addressees: codes,
    kind: i % 3 === 0 ? "ongoing" : "date",
    controlDate: i % 3 === 0 ? null : `2024-0${(i % 3) + 1}-15`,
    extendedTo: null,
    extensionReason: null,
    onControl: true,
    targetValue: i % 5 === 0 ? 75 : null,
    unit: i % 5 === 0 ? "%" : null,
    lowerIsBetter: false,
  }));
}

function syntheticReports(directives: CheckDirective[], orgs: number): CheckReport[] {
  const out: CheckReport[] = [];
  directives.forEach((d, i) => {
    for (let o = 0; o < orgs; o += 2) {
      out.push({
        directiveKey: d.key,
        orgCode: orgCode(o),
        period: "2024-Q1",
        status: (i + o) % 3 === 0 ? "inProgress" : "done",
        actual: d.targetValue ? 60 + ((i + o) % 30) : null,
        numerator: null,
        denominator: null,
        doneDate: `2024-0${(o % 3) + 1}-10`,
        receivedAt: "2024-03-25",
      });
    }
  });
  return out;
}

/** «Проверить» on 100 directives × 50 schools through the Office host: syncs after the свод exists. */
export async function syncsOfCheck(directives = 100, orgs = 50): Promise<number> {
  const handle = new StandInHandle();
  const port = new OfficeWorkbookPort(handle.run as unknown as ExcelRun, (v) => handle.supports(v));
  await createWorkbook(port, "2024-03-01T09:00");
  const ds = syntheticDirectives(directives, orgs);
  const orgRows: Row[] = Array.from({ length: orgs }, (_, i) => ({ code: orgCode(i), shortName: `Школа № ${i + 1}`, type: "ОО" }));
  const directiveRows: Row[] = ds.map((d) => ({
    key: d.key,
    documentId: "Конф-2024-08",
    n: d.n,
    text: d.text,
    addressees: d.addressees.join(", "),
    deadlineKind: d.kind === "ongoing" ? "постоянно" : "дата",
    controlDate: d.controlDate,
    targetValue: d.targetValue,
    unit: d.unit,
    onControl: "да",
  }));
  const reportRows: Row[] = syntheticReports(ds, orgs).map((r) => ({
    directiveKey: r.directiveKey,
    orgCode: r.orgCode,
    period: r.period,
    status: r.status === "done" ? "выполнено" : "выполняется",
    actual: r.actual,
    doneDate: r.doneDate,
    receivedAt: r.receivedAt,
  }));
  await port.writeTables([
    planUpsert(ORGANISATIONS, [], orgRows).write,
    planUpsert(DIRECTIVES, [], directiveRows).write,
    planUpsert(REPORTS, [], reportRows).write,
  ]);
  handle.resetCounters();
  await runCheck(port, "2024-03-31", "2024-03-31T12:00");
  return handle.syncCount;
}

/** computeMarks on 1,000 directives × 100 schools, in milliseconds per 100,000 marks. */
export function checkMsPer100kMarks(): number {
  const ds = syntheticDirectives(1000, 100);
  const reports = syntheticReports(ds, 100);
  const input = { directives: ds, reports, asOf: "2024-03-31", period: "2024-Q1", warningDays: 14, workingDays: false };
  computeMarks(input); // warm-up
  const start = performance.now();
  const marks = computeMarks(input);
  const ms = performance.now() - start;
  return (ms * 100_000) / marks.length;
}

export async function benchCheck(): Promise<Record<string, number>> {
  return { syncsCheck5000: await syncsOfCheck(), checkMsPer100kMarks: Number(checkMsPer100kMarks().toFixed(1)) };
}
