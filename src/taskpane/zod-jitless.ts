// "zod" as the browser pages get it: zod itself, told not to probe for eval. Its JIT check runs
// `new Function("")`, which the pages' Content-Security-Policy blocks and reports as a
// violation (zod then falls back to the same validation without eval). webpack.config.js
// aliases the bare "zod" import to this file for the browser bundles only; Node uses zod as is.
import * as z from "zod/v4";

z.config({ jitless: true });

export * from "zod/v4";
export { z, z as default };
