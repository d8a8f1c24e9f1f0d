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
} from "./addressee-choice";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  unresolved: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}` },
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
  const options = choiceOptions(choices, mappings);
  return (
    <div className={styles.block} role="group" aria-label="Новые исполнители">
      <Text weight="semibold" block>
        Новые исполнители
      </Text>
      <Caption1 className={styles.hint}>
        Их ещё нет в листе «Адресаты». Проверьте, к каким организациям они относятся: выбор запишется в «Адресаты» как
        подтверждённый.
      </Caption1>
      <ul className={styles.list}>
        {mappings.map((m, i) => {
          const words = mappingInWords(m, choices);
          const nothing = mapsToNothing(m, choices);
          return (
            <li key={m.phrase} className={mergeClasses(styles.item, nothing && styles.unresolved)} data-testid="new-addressee">
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
                  {options.groups.map((o) => (
                    <Option key={o.value} value={o.value} text={o.text} className={styles.option}>
                      {o.text}
                    </Option>
                  ))}
                </OptionGroup>
                {options.organisations.length > 0 && (
                  <OptionGroup label="Организации">
                    {options.organisations.map((o) => (
                      <Option key={o.value} value={o.value} text={o.text} className={styles.option}>
                        {o.text}
                      </Option>
                    ))}
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
