// Items that require nothing to be done later (SPEC: controlled = false): acknowledgements,
// assessments and the items about the document itself.
import { matchView } from "./normalise";

/** The document itself: «настоящее решение», «резолюцию форума», «приказ», «решение педсовета». */
const OWN_DOCUMENT = "настоящ[а-я]*|(?:решени[ея]|резолюци[юя]|приказ|протокол|рекомендаци[ия])(?=\\s+(?:форума|конференции|коллегии|совещания|совета|педагогического|педсовета|заседания|собрания|на|до)|\\s*$)";

const NOT_CONTROLLED = new RegExp(
  "^(?:" +
    [
      "принять\\s+(?:[а-я]{1,3}\\s+)?сведени",
      // initials («Ершовой М.Н.») carry dots, so the span allows «X.» as well as plain text
      "(?:информаци[юя]|доклад|сообщени[ея]|выступлени[ея])(?:[^.;]|(?<=\\s[а-я])\\.|(?<=\\.[а-я])\\.){0,250}?принять\\s+(?:[а-я]{1,3}\\s+)?сведени",
      "согласиться",
      "одобрить",
      "отметить",
      "признать\\s[^;]{0,250}?(?:удовлетворительн|неудовлетворительн|положительн|эффективн|успешн|выполненн|исполненн|утратившим)",
      "считать\\s[^;]{0,250}?(?:удовлетворительн|неудовлетворительн|утратившим|исполненн|выполненн)",
      "утвердить\\s+прилагаем",
      "снять\\s+с\\s+контрол",
      "настоящее\\s+решение",
      "решение\\s+вступает",
      "[^.;]{0,80}вступает\\s+в\\s+(?:силу|действие)",
      `(?:опубликовать|разместить)\\s+(?:${OWN_DOCUMENT})`,
      `(?:${OWN_DOCUMENT})[^.;]{0,80}?(?:довести\\s+до\\s+сведения|опубликовать|разместить)`,
      `довести\\s+(?:${OWN_DOCUMENT})[^.;]{0,40}до\\s+сведения`,
      "контроль\\s+(?:за\\s+|над\\s+)?(?:исполнени|выполнени|реализаци)",
      "контроль\\s+оставляю",
      // «Контроль возложить на …», «Контроль за ходом работ возложить на …»
      "контроль\\s+(?:за\\s+ходом\\s[^.;]{0,200}?)?(?:возложить|возлагается|оставляю)",
      "возложить\\s+контроль",
    ].join("|") +
    ")",
);

/**
 * «Утвердить результаты (приложение 1)», «Утвердить план работы школы на … год»: the body
 * approves something by this very document. Only when nobody is named to do it and no
 * deadline is set — «Руководителям ОО утвердить программы до 1 сентября» is a task.
 */
const APPROVES = /^утвердить\s/;

/** False for «Принять к сведению…», «Согласиться с выводами…», «Контроль за исполнением … возложить…». */
export function isControlled(text: string): boolean {
  return !NOT_CONTROLLED.test(matchView(text.trim()));
}

/** An «Утвердить …» item with no executor and no deadline is an act of the document itself. */
export function isSelfApproval(text: string, hasExecutor: boolean, hasDeadline: boolean): boolean {
  return !hasExecutor && !hasDeadline && APPROVES.test(matchView(text.trim()));
}
