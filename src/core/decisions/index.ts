// The collegium's decisions back into «Поручения».
export { parseDecision, decisionRu, type Decision, type DecisionLine } from "./decision";
export { planDecisions, decisionReason, DECISION_COLUMNS, type DecisionChange, type DecisionPlan } from "./plan";
export { decisionsFromTable, type DecisionTable } from "./from-table";
