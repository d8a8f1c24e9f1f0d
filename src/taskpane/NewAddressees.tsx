// «Новые исполнители»: the executor phrases the import sees for the first time, each with the
// organisations Svodka suggests and a list to change them. What she leaves here goes to
// «Адресаты» as confirmed when she adds the document.
import { Caption1, Dropdown, makeStyles, mergeClasses, Option, OptionGroup, Text, tokens } from "@fluentui/react-components";
import type { AddresseeMapping } from "../core/import/addressees";
import {
  choiceOptions,
  choose,
  mappingInWords,
  mapsToNothing,
  NONE_OPTION,
  NOT_DEFINED,
  NOTHING_WARNING,
  selectedOptions,
  type AddresseeChoices,
  type ListOption,
} from "./addressee-choice";
import { useCardStyles } from "./card-styles";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  // More room than other cards: the phrase, its list and the warning.
  card: { gap: tokens.spacingVerticalXS },
  phrase: { fontWeight: tokens.fontWeightSemibold },
  // Fluent's Dropdown is at least 250 px wide and keeps its text on one line; here it takes the
  // card's width and long lists of names wrap.
  dropdown: { minWidth: 0, width: "100%" },
  dropdownButton: { whiteSpace: "normal", overflowWrap: "anywhere", height: "auto" },
  listbox: { maxHeight: "50vh" },
  option: { overflowWrap: "anywhere" },
  notDefined: { color: tokens.colorPaletteDarkOrangeForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  /** The mappings as she has them now, one per new phrase. */
  mappings: AddresseeMapping[];
  choices: AddresseeChoices;
  onChange(index: number, mapping: AddresseeMapping): void;
  disabled?: boolean;
}

export function NewAddressees({ mappings, choices, onChange, disabled }: Props) {
  const styles = useStyles();
  const cards = useCardStyles();
  const paneStyles = usePaneStyles();
  const options = choiceOptions(choices, mappings);
  const optionItems = (list: ListOption[]) =>
    list.map((o) => (
      <Option key={o.value} value={o.value} text={o.text} className={styles.option}>
        {o.text}
      </Option>
    ));
  return (
    <div className={styles.block} role="group" aria-label="Новые исполнители">
      <Text weight="semibold" block>
        Новые исполнители
      </Text>
      <Caption1 className={paneStyles.hint}>
        Их ещё нет в листе «Адресаты». Проверьте, к каким организациям они относятся: выбор запишется в «Адресаты» как
        подтверждённый.
      </Caption1>
      <ul className={cards.list}>
        {mappings.map((m, i) => {
          const words = mappingInWords(m, choices);
          const nothing = mapsToNothing(m, choices);
          return (
            <li key={m.phrase} className={mergeClasses(cards.card, styles.card, nothing && cards.flagged)} data-testid="new-addressee">
              <Text size={200} className={styles.phrase}>
                {m.phrase}
              </Text>
              <Dropdown
                className={styles.dropdown}
                button={{ className: mergeClasses(styles.dropdownButton, words === NOT_DEFINED && styles.notDefined) }}
                listbox={{ className: styles.listbox }}
                aria-label={`Организации для «${m.phrase}»`}
                multiselect
                size="small"
                disabled={disabled}
                value={words}
                selectedOptions={selectedOptions(m)}
                onOptionSelect={(_, data) => data.optionValue && onChange(i, choose(m, data.optionValue))}
              >
                <Option value={NONE_OPTION} text={NOT_DEFINED}>
                  {NOT_DEFINED}
                </Option>
                <OptionGroup label="Группы">
                  {optionItems(options.groups)}
                </OptionGroup>
                {options.organisations.length > 0 && (
                  <OptionGroup label="Организации">
                    {optionItems(options.organisations)}
                  </OptionGroup>
                )}
              </Dropdown>
              {nothing && (
                <Caption1 className={styles.warning} data-testid="new-addressee-warning">
                  {NOTHING_WARNING}
                </Caption1>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
