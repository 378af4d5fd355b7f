// Choice of the interface language. A radio group is the pattern screen readers know for "one of
// several": Tab reaches the selected option, arrow keys move the selection. Labels come from the app.
import { Label, Radio, RadioGroup } from 'react-aria-components';

export interface LanguageOption<Value extends string> {
  value: Value;
  /** Name of the language in that language (an endonym such as "Français"). */
  label: string;
  /** BCP 47 tag of the label, so it is pronounced in its own language. */
  lang: string;
}

export interface LanguageSwitcherProps<Value extends string> {
  /** Accessible name of the group, e.g. "Langue". */
  label: string;
  options: readonly LanguageOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
}

export function LanguageSwitcher<Value extends string>({
  label,
  options,
  value,
  onChange,
}: LanguageSwitcherProps<Value>) {
  const select = (next: string) => {
    // react-aria hands back a plain string: map it to the option so the caller keeps its narrow type.
    const option = options.find((candidate) => candidate.value === next);
    if (option) onChange(option.value);
  };

  return (
    <RadioGroup className="lcd-lang-switcher" orientation="horizontal" value={value} onChange={select}>
      <Label className="lcd-lang-switcher__label">{label}</Label>
      <div className="lcd-lang-switcher__options">
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="lcd-lang-switcher__option">
            <span lang={option.lang}>{option.label}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
