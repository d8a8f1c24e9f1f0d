// «Импорт резолюции» through the Office host against the Excel stand-in: the number of
// context.sync() round trips does not grow with the number of directives.
import assert from "node:assert/strict";
import { importSyncs } from "../support/import-bench";

describe("app/import-resolution over Office.js", () => {
  it("imports 10 and 1,000 directives in the same number of syncs, each request under 4 MB", async () => {
    const small = await importSyncs(10);
    const large = await importSyncs(1000);
    assert.equal(small.rows, 10);
    assert.equal(large.rows, 1000);
    assert.equal(large.syncs, small.syncs);
    // Read, plan, snapshot of the rows a write overwrites (so a failure can restore them), write with read-back.
    assert.ok(small.syncs <= 7, `${small.syncs} syncs`);
    assert.ok(large.maxPayloadBytes <= 4_000_000, `${large.maxPayloadBytes} bytes`);
  });
});
