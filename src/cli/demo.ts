// `npm run demo`: the whole job on the built-in fictional district, step by step — make the
// свод, import the sample resolution, make the school files, simulate what the schools send
// back (late, in their own words, not at all), ingest, check and summarise the quarter.
// Writes into demo-output/ (or `--out <папка>`) and prints the counts and the paths.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { runCheck } from "../app/check";
import { createWorkbook } from "../app/create-workbook";
import { importResolution } from "../app/import-resolution";
import { ingestReports } from "../app/ingest-reports";
import { addOrganisations } from "../app/organisations";
import { makeReportFiles } from "../app/report-templates";
import { runSummary } from "../app/summary";
import { updateSettings } from "../app/update-settings";
import { FileWorkbookPort } from "../hosts/file";
import { SAMPLE_DISTRICT, SAMPLE_ORGANISATIONS, SAMPLE_RESOLUTION_NAME, loadSampleResolution } from "../../samples";
import { simulateReturns } from "./demo-schools";
import { demoLetters } from "./demo-letters";
import { saveWorkbookFile } from "./workbook-file";
import { plural } from "../core/check";

/** The demo's quarter and report date: the first quarter after the sample conference. */
const PERIOD = "2024-Q4";
const AS_OF = "2024-12-31";
/** The demo lives in its own time: the свод is made after the conference, reports come in late December. */
const CLOCK = { setUp: "2024-09-02T09:00", templates: "2024-12-02T09:00", reportsIn: "2024-12-27T15:00", check: "2024-12-31T10:00" };

const say = (line: string) => process.stdout.write(line + "\n");

interface Paths {
  workbook: string;
  templates: string;
  returned: string;
  docx: string;
}

async function steps(port: FileWorkbookPort, paths: Paths): Promise<void> {
  const { created } = await createWorkbook(port, CLOCK.setUp);
  say(`1. Создан свод: листы ${created.join(", ")}.`);

  const orgs = await addOrganisations(port, SAMPLE_ORGANISATIONS, CLOCK.setUp, "встроенный пример");
  say(`2. Заполнен лист «Организации» (${SAMPLE_DISTRICT}): ${orgs.added} ${plural(orgs.added, "организация", "организации", "организаций")}.`);

  const imported = await importResolution(port, { text: await loadSampleResolution(), sourceName: SAMPLE_RESOLUTION_NAME }, CLOCK.setUp);
  const warned = imported.preview.plan.items.filter((i) => i.warnings.length).length;
  say(`3. Импортирована резолюция (${imported.documentId}): ${imported.added} ${plural(imported.added, "поручение", "поручения", "поручений")}, с предупреждением «проверить» — ${warned}.`);

  // The signature and «Исполнитель» of the collegium document; the office's name comes from «Организации».
  const signed = { headSignature: "Начальник Управления образования А.В. Петрова", executorName: "Белова Ольга Сергеевна", executorPhone: "8 (48555) 2-14-37" };
  await updateSettings(port, { currentPeriod: PERIOD, asOf: "31.12.2024", ...signed }, CLOCK.templates.slice(0, 10));
  const templates = await makeReportFiles(port, PERIOD, CLOCK.templates);
  await mkdir(paths.templates, { recursive: true });
  for (const f of templates.files) await writeFile(join(paths.templates, f.fileName), f.bytes);
  say(`4. Подготовлены бланки отчётов за IV квартал 2024 г.: ${templates.files.length} ${plural(templates.files.length, "файл", "файла", "файлов")}.`);

  const returned = await simulateReturns(templates.files);
  await mkdir(paths.returned, { recursive: true });
  for (const f of returned) await writeFile(join(paths.returned, f.name), f.bytes);
  const silent = templates.files.length - returned.length;
  say(`5. Школы прислали ${returned.length} ${plural(returned.length, "отчёт", "отчёта", "отчётов")} (не прислали: ${silent}; часть — с опозданием или своими словами).`);

  const ingest = await ingestReports(port, returned.map((f) => ({ name: f.name, bytes: f.bytes })), CLOCK.reportsIn);
  const by = (o: string) => ingest.files.filter((f) => f.outcome === o).length;
  const rows = ingest.files.reduce((n, f) => n + f.rowsAccepted, 0);
  say(`6. Загружены отчёты: принято файлов ${by("accepted")}, частично ${by("partial")}, отклонено ${by("refused")}; строк принято ${rows}.`);
  for (const f of ingest.files.filter((x) => x.outcome !== "accepted")) say(`   ${f.file}: ${f.reasons.slice(0, 2).join("; ")}`);

  const check = await runCheck(port, AS_OF, CLOCK.check);
  const counts = Object.entries(check.counts)
    .filter(([, n]) => n > 0)
    .map(([mark, n]) => `${mark} — ${n}`)
    .join(", ");
  // Marks are counted by rows of «Контроль» (one per directive and school), the summary by directives.
  say(`7. Проверка по состоянию на 31.12.2024: ${counts} (счёт по строкам листа «Контроль», по одной на пару «поручение — организация»).`);

  const summary = await runSummary(port, PERIOD, AS_OF, CLOCK.check);
  await writeFile(paths.docx, summary.docx);
  const t = summary.summary.totals;
  say(
    `8. Сводка за квартал: на контроле ${t.total} ${plural(t.total, "поручение", "поручения", "поручений")} (счёт по поручениям, а не по школам), из них выполнено в срок ${t.onTime}, с нарушением срока ${t.late}, выполняется ${t.inProgress}, просрочено ${t.overdue}.`,
  );

  const letters = await demoLetters(port, join(paths.templates, "..", "письма"), PERIOD, CLOCK);
  letters.lines.forEach(say);
}

async function demo(outDir: string): Promise<number> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const paths: Paths = {
    workbook: join(outDir, "svod-demo.xlsx"),
    templates: join(outDir, "бланки"),
    returned: join(outDir, "от школ"),
    docx: join(outDir, `Информация о ходе исполнения ${PERIOD}.docx`),
  };
  const port = FileWorkbookPort.create();
  let failed: Error | null = null;
  try {
    await steps(port, paths);
  } catch (e) {
    failed = e as Error;
    process.stderr.write(`Шаг не выполнен: ${failed.message}\n`);
  }
  // What was built is saved even when a step failed, so it can be looked at.
  await saveWorkbookFile(port, paths.workbook);
  // Paths inside the project are shown short, others in full.
  const rel = (p: string) => (relative(process.cwd(), p).startsWith("..") ? p : relative(process.cwd(), p));
  say("");
  say(`Свод: ${rel(paths.workbook)}`);
  if (!failed) {
    say(`Документ для коллегии: ${rel(paths.docx)}`);
    say(`Бланки для школ: ${rel(paths.templates)}; присланные отчёты: ${rel(paths.returned)}`);
    say(`Письма в организации (черновики .eml, архивы .zip, .docx для печати): ${rel(join(paths.templates, "..", "письма"))}`);
  }
  return failed ? 1 : 0;
}

const args = process.argv.slice(2);
const at = args.indexOf("--out");
const outDir = resolve(at >= 0 && args[at + 1] ? args[at + 1] : "demo-output");
demo(outDir).then(
  (code) => (process.exitCode = code),
  (e: Error) => {
    process.stderr.write(`Демонстрация прервана: ${e.message}\n`);
    process.exitCode = 1;
  },
);
