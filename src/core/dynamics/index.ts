// «Динамика»: the quarterly summaries side by side.
export { DYNAMICS_SHEET, dynamicsAsOf, dynamicsSheet, periodsOf } from "./dynamics";
