import assert from "node:assert/strict";
import JSZip from "jszip";
import PostalMime from "postal-mime";
import { runCheck } from "../../src/app/check";
import { ingestReports } from "../../src/app/ingest-reports";
import { makeLetters, NO_EMAIL_FILE } from "../../src/app/letters";
import { simulateReturns } from "../../src/cli/demo-schools";
import { REPORTS } from "../../src/core/workbook/schema";
import { lettersPort } from "../support/letters-district";

const NOW = "2024-03-20T09:30";
const AFTER_CHECK = "2024-04-01T09:00";

/** The draft as a mail program reads it; the text with "\n" line ends for the assertions. */
async function parse(bytes: Uint8Array) {
  const mail = await PostalMime.parse(new TextDecoder().decode(bytes));
  return { ...mail, text: mail.text?.replace(/\r\n/g, "\n") };
}

describe("makeLetters: e-mail drafts to organisations", () => {
  it("blanks: one draft per organisation with an e-mail, read back by a mail parser with its blank, which Svodka ingests", async () => {
    const port = lettersPort();
    const out = await makeLetters(port, { kind: "blanks", period: "2024-Q1" }, NOW);
    // ОО-03 has no e-mail: listed, in the .docx, no draft.
    assert.deepEqual(out.withoutEmail.map((o) => o.code), ["ОО-03"]);
    assert.deepEqual(out.letters.map((l) => l.to.code), ["ОО-01", "ОО-02", "ОО-03", "ДОО-01"]);
    assert.deepEqual(out.drafts.map((d) => d.fileName), ["Письмо_ОО-01_2024-Q1.eml", "Письмо_ОО-02_2024-Q1.eml", "Письмо_ДОО-01_2024-Q1.eml"]);
    assert.equal(out.due, "2024-04-05");

    for (const draft of out.drafts) {
      const mail = await parse(draft.bytes);
      const expectedTo = { "ОО-01": "school1@zarechny-obr.example", "ОО-02": "school2@zarechny-obr.example", "ДОО-01": "ds1@zarechny-obr.example" }[draft.letter.to.code];
      assert.equal(mail.to?.[0].address, expectedTo);
      assert.equal(mail.to?.[0].name, draft.letter.to.name);
      assert.equal(mail.from?.address, "uo@zarechny-obr.example");
      assert.equal(mail.from?.name, "Управление образования администрации Заречного муниципального района");
      assert.equal(
        mail.subject,
        "О предоставлении информации об исполнении решения коллегии от 25.01.2024 за I квартал 2024 г., срок — до 05.04.2024",
      );
      assert.ok(mail.headers.some((h) => h.key === "x-unsent" && h.value === "1"), "X-Unsent: 1 makes it a draft");
      assert.match(mail.text ?? "", /Управление образования администрации Заречного муниципального района просит представить информацию об исполнении решения коллегии от 25\.01\.2024 за I квартал 2024 г\. в срок до 05\.04\.2024\./);
      assert.match(mail.text ?? "", /Начальник управления образования А\.В\. Петрова\nИсп\.: Сидорова Мария Ивановна, тел\. 8 \(48234\) 2-12-34/);
      assert.equal(mail.attachments.length, 1);
      const att = mail.attachments[0];
      assert.equal(att.filename, `Отчёт_${draft.letter.to.code}_2024-Q1.xlsx`);
      assert.equal(att.mimeType, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
    const first = await parse(out.drafts[0].bytes);
    assert.match(first.text ?? "", /^Уважаемая Ольга Петровна!/);
    assert.match((await parse(out.drafts[1].bytes)).text ?? "", /^Уважаемый Игорь Николаевич!/);
    assert.match((await parse(out.drafts[2].bytes)).text ?? "", /^Уважаемый руководитель!/);

    // The attached blank, as the school fills it in and sends it back, is taken by «Загрузить отчёты».
    const att = first.attachments[0];
    const blank = new Uint8Array(att.content as ArrayBuffer);
    const [returned] = await simulateReturns([{ fileName: att.filename!, orgCode: "ОО-01", bytes: blank }]);
    const before = port.rows(REPORTS.name).length;
    const ingest = await ingestReports(port, [{ name: returned.name, bytes: returned.bytes }], "2024-10-02T10:00"); // the demo school dates its work 01.10.2024
    assert.equal(ingest.files[0].outcome, "accepted", ingest.files[0].reasons.join("; "));
    assert.equal(ingest.files[0].rowsAccepted, 4);
    assert.ok(port.rows(REPORTS.name).length >= before);

    const zip = await JSZip.loadAsync(out.zip);
    assert.deepEqual(Object.keys(zip.files).sort(), [...out.drafts.map((d) => d.fileName), NO_EMAIL_FILE].sort());
    assert.match(await zip.file(NO_EMAIL_FILE)!.async("string"), /ОО-03\tМБОУ «СОШ № 3»/);
    assert.equal(out.zipName, "Письма_с_бланками_2024-Q1.zip");

    // On paper: one letter a page (a section each), ОО-03 included, under the office's heading.
    const xml = await (await JSZip.loadAsync(out.docx)).file("word/document.xml")!.async("string");
    assert.equal(xml.match(/<w:sectPr/g)?.length, 4);
    assert.equal(xml.match(/УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА/g)?.length, 4);
    assert.match(xml, /Руководителю МБОУ «СОШ № 3»/);
  });

  it("reminders after the check: exactly the directives marked «Просрочено», «Нет отчёта», «Срок истекает», with dates", async () => {
    const port = lettersPort();
    await runCheck(port, "2024-03-31", AFTER_CHECK);
    const out = await makeLetters(port, { kind: "reminders", period: "2024-Q1" }, AFTER_CHECK);
    assert.equal(out.asOf, "2024-03-31");
    // ОО-01: everything reported, nothing late → no letter. ОО-02: п. 6 due 10.04 («Срок истекает»), п. 3 not its own.
    // ОО-03: п. 1 overdue since 15.03, п. 2 «Нет отчёта». ДОО-01 done.
    const byOrg = new Map(out.letters.map((l) => [l.to.code, l]));
    assert.deepEqual([...byOrg.keys()], ["ОО-02", "ОО-03"]);
    const school3 = byOrg.get("ОО-03")!;
    assert.deepEqual(school3.paragraphs.filter((p) => p.startsWith("— ")), [
      "— п. 1. Провести школьный этап олимпиады (срок — 15.03.2024, просрочено на 16 дней)",
      "— п. 2. Обеспечить охват дополнительным образованием не менее 75 % (срок не установлен)",
    ]);
    assert.match(school3.paragraphs.join("\n"), /пояснение о причинах неисполнения/);
    assert.deepEqual(out.withoutEmail.map((o) => o.code), ["ОО-03"]);
    const [draft] = out.drafts;
    const mail = await parse(draft.bytes);
    assert.equal(mail.to?.[0].address, "school2@zarechny-obr.example");
    assert.equal(mail.subject, "О сроках исполнения поручений (по состоянию на 31.03.2024)");
    assert.match(mail.text ?? "", /Срок исполнения истекает:\n\n— п\. 6\. Обновить паспорта доступности \(срок — 10\.04\.2024\)/);
    assert.doesNotMatch(mail.text ?? "", /пояснение/);
    assert.equal(mail.attachments[0].filename, "Отчёт_ОО-02_2024-Q1.xlsx");
  });

  it("without the office's address: drafts with no sender and a sentence on what to fill in", async () => {
    const port = lettersPort({});
    const out = await makeLetters(port, { kind: "blanks", period: "2024-Q1" }, NOW);
    const mail = await parse(out.drafts[0].bytes);
    assert.equal(mail.from, undefined);
    assert.match(out.problems.join(" "), /не указана «Электронная почта для писем в организации»/);
    assert.match(mail.text ?? "", /^Уважаемая Ольга Петровна!\n\nУправление образования просит/);
  });

  it("reminders before any check are refused in Russian", async () => {
    await assert.rejects(makeLetters(lettersPort(), { kind: "reminders", period: "2024-Q1" }, NOW), /сначала проверьте сроки/);
  });
});
