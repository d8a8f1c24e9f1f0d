// Phrases that look like a deadline but set none: «своевременно», «по мере поступления».
// Recognised so they do not raise «срок не распознан».
import { type PhraseFamily } from "./family";

const NO_TERM = /(?<![а-я])(своевременно|оперативно|по\s+мере\s+поступления|по\s+запросу|незамедлительно)(?![а-я])/g;

export const noTerm: PhraseFamily = {
  name: "no-term",
  patterns: [NO_TERM],
  cue: /своевременн|оперативн|(?<![а-я])мере|запросу|незамедлительн/,
  read() {
    return { kind: "none", due: null, implied: [], trust: "never" };
  },
};
