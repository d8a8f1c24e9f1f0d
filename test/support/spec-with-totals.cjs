// Mocha's spec reporter plus a closing line «N passed, N failed» that CI reads.
const Mocha = require("mocha");

class SpecWithTotals extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once("end", () => {
      const s = runner.stats;
      console.log(`${s.passes} passed, ${s.failures} failed${s.pending ? `, ${s.pending} skipped` : ""}`);
    });
  }
}

module.exports = SpecWithTotals;
