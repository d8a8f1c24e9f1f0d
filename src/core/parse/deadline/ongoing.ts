// Work without an end: «постоянно», «систематически», «в течение всего периода», «на постоянной основе».
import { type PhraseFamily } from "./family";

const ONGOING =
  /(?<![а-я])(постоянно|систематически|регулярно|непрерывно|на\s+постоянной\s+основе|в\s+постоянном\s+режиме|в\s+течение\s+всего\s+(?:периода|срока)|весь\s+период|бессрочно|по\s+мере\s+необходимости)(?![а-я])/g;

export const ongoing: PhraseFamily = {
  name: "ongoing",
  patterns: [ONGOING],
  cue: /постоянн|систематическ|регулярн|непрерывн|весь|всего|бессрочн|необходимост/,
  read() {
    return { kind: "ongoing", due: null, implied: [], trust: "weak" };
  },
};
