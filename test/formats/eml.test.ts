import assert from "node:assert/strict";
import PostalMime from "postal-mime";
import { emlBytes, encodedWords, rfc5322Date, type EmlDraft } from "../../src/formats/eml";

const LONG_NAME = "Отчёт_МБОУ «Средняя общеобразовательная школа № 12 имени Героя Советского Союза»_2024-Q1.xlsx";

const draft = (over: Partial<EmlDraft> = {}): EmlDraft => ({
  from: { name: "Управление образования", email: "uo@example.ru" },
  to: { name: "МБОУ «СОШ № 1» Заречного муниципального района имени А.С. Пушкина", email: "school1@example.ru" },
  subject: "О предоставлении информации об исполнении решения коллегии от 25.01.2024 за I квартал 2024 г., срок — до 05.04.2024",
  text: "Уважаемая Ольга Петровна!\n\nПросим представить информацию.\n",
  attachments: [{ fileName: LONG_NAME, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: new Uint8Array([80, 75, 3, 4, 0, 255, 1, 2]) }],
  date: { local: "2024-03-20T09:30", offsetMinutes: 600 },
  id: "svodka.blanks.2024-Q1.abc",
  ...over,
});

describe("emlBytes: an e-mail draft as an .eml file", () => {
  const raw = new TextDecoder().decode(emlBytes(draft()));
  const [head] = raw.split("\r\n\r\n");

  it("is 7-bit, CRLF, headers folded, a draft for Outlook and Thunderbird", () => {
    assert.match(raw, /^[\x00-\x7f]*$/, "every non-ASCII character is encoded");
    assert.doesNotMatch(raw.replace(/\r\n/g, ""), /[\r\n]/, "bare CR or LF");
    for (const line of head.split("\r\n")) assert.ok(line.length <= 78, `header line too long: ${line}`);
    assert.match(head, /^X-Unsent: 1$/m);
    assert.match(head, /^MIME-Version: 1\.0$/m);
    assert.match(head, /^Date: Wed, 20 Mar 2024 09:30:00 \+1000$/m);
    assert.match(head, /^Message-ID: <svodka\.blanks\.2024-Q1\.abc@example\.ru>$/m);
    assert.match(head, /^Content-Type: multipart\/mixed;\r\n boundary="/m);
  });

  it("encodes the subject and display names as RFC 2047 words and the file name per RFC 2231", () => {
    assert.match(head, /^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=\r\n =\?UTF-8\?B\?/m);
    assert.match(head, /^To: =\?UTF-8\?B\?[^\r\n]*\r\n( =\?UTF-8\?B\?[^\r\n]*\r\n)* <school1@example\.ru>$/m);
    for (const w of head.match(/=\?UTF-8\?B\?[^?]*\?=/g) ?? []) assert.ok(w.length <= 75, `encoded-word longer than 75: ${w}`);
    assert.match(raw, /Content-Disposition: attachment;\r\n filename\*0\*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82_/);
    assert.match(raw, /;\r\n filename\*1\*=/);
  });

  it("reads back with a mail parser: names, subject, text and the attachment's bytes", async () => {
    const d = draft();
    const mail = await PostalMime.parse(raw);
    assert.equal(mail.from?.name, "Управление образования");
    assert.equal(mail.to?.[0].name, d.to.name);
    assert.equal(mail.to?.[0].address, "school1@example.ru");
    assert.equal(mail.subject, d.subject);
    assert.equal(mail.text?.replace(/\r\n/g, "\n"), d.text);
    assert.equal(mail.attachments[0].filename, LONG_NAME);
    assert.deepEqual(new Uint8Array(mail.attachments[0].content as ArrayBuffer), d.attachments[0].bytes);
  });

  it("never splits a character between two encoded-words", () => {
    const text = "ё".repeat(50) + "😀" + "я".repeat(30);
    const words = encodedWords(text);
    const decoded = words.map((w) => new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(w.slice(10, -2), "base64"))).join("");
    assert.equal(decoded, text);
  });

  it("writes no From when the office's address is unknown, and a negative zone as such", () => {
    const bare = new TextDecoder().decode(emlBytes(draft({ from: null })));
    assert.doesNotMatch(bare, /^From:/m);
    assert.match(bare, /^Message-ID: <[^@]+@svodka\.invalid>$/m);
    assert.equal(rfc5322Date("2025-01-05T23:59:07", -210), "Sun, 5 Jan 2025 23:59:07 -0330");
  });
});
