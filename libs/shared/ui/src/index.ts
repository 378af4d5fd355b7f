// Public API of the LoveCanDo design system: accessible, presentational React components and the
// design tokens they are styled with (imported once here so every consumer gets them).
import './styles.css';

export { Alert, type AlertProps, type AlertTone } from './lib/Alert';
export { AppShell, type AppShellProps } from './lib/AppShell';
export { Button, type ButtonProps, type ButtonVariant } from './lib/Button';
export { DataTable, type DataTableColumn, type DataTableProps } from './lib/DataTable';
export { Heading, type HeadingLevel, type HeadingProps } from './lib/Heading';
export { LanguageSwitcher, type LanguageOption, type LanguageSwitcherProps } from './lib/LanguageSwitcher';
export { ModalDialog, type ModalDialogProps } from './lib/ModalDialog';
export { SelectField, type SelectFieldProps, type SelectOption } from './lib/SelectField';
export { TextField, type TextFieldProps } from './lib/TextField';
