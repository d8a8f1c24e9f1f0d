// What an import reads from Excel does not grow with «Журнал»: its line is appended, never read.
import assert from "node:assert/strict";
import { importBytesRead } from "../../support/import-bench";

describe("import of the sample resolution over the Office host: bytes read", () => {
  it("reads as much beside a «Журнал» of 3,000 lines as beside an empty one, in the same syncs", async () => {
    const empty = await importBytesRead(0);
    const long = await importBytesRead(3000);
    assert.equal(empty.added, 23);
    assert.equal(long.added, 23);
    assert.ok(empty.bytesRead > 1000, `${empty.bytesRead} bytes: the tables the import needs are read`);
    // 3,000 lines would be about 440 KB; the journal's first row (read to tell Excel's blank row) is all that differs.
    assert.ok(Math.abs(long.bytesRead - empty.bytesRead) < 500, `${long.bytesRead} bytes against ${empty.bytesRead}`);
    assert.equal(long.syncs, empty.syncs);
    assert.ok(long.syncs <= 7, `${long.syncs} syncs`);
  });
});
