// `parse <file> --trace`: each line of the resolution with its kind and why.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./run-cli";

describe("svodka parse --trace", function () {
  this.timeout(60_000);

  it("prints every line's kind and the reason, from the preamble to the signature", () => {
    const file = join(mkdtempSync(join(tmpdir(), "svodka-trace-")), "решение.txt");
    const text = [
      "РЕШЕНИЕ коллегии управления образования от 12.03.2024 № 3",
      "Заслушав информацию о подготовке к ГИА, коллегия РЕШИЛА:",
      "1. Руководителям ОО:",
      "1.1. Провести пробный экзамен по математике.",
      "Срок: до 15.04.2024",
      "2. Принять информацию к сведению.",
      "Начальник управления И.И. Петрова",
    ].join("\n");
    writeFileSync(file, text);
    const r = runCli("parse", file, "--trace");
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout.split("\n").filter((l) => /^\s*\d+\s/.test(l));
    const kinds = rows.map((l) => l.trim().split(/\s+/)[1]);
    assert.deepEqual(kinds, ["preamble", "formula", "heading", "item", "srok", "item", "signature"]);
    assert.match(rows[3], /Провести пробный экзамен/);
    // under each line, in Russian, why it got its kind
    assert.match(r.stdout, /открывает группу/);
    assert.match(r.stdout, /Срок: …/);
    assert.doesNotMatch(r.stdout, /"directives"/, "the trace, not the JSON");
  });
});
