// Public API of the LoveCanDo design system: accessible, presentational React components and the
// design tokens they are styled with (imported once here so every consumer gets them).
import './styles.css';

export { Alert, type AlertProps, type AlertTone } from './lib/Alert';
export { AppShell, type AppShellProps } from './lib/AppShell';
export { Badge, StatusPill, type BadgeProps, type BadgeTone } from './lib/Badge';
export { BarChart, type BarChartProps, type BarDatum } from './lib/BarChart';
export { Button, type ButtonProps, type ButtonVariant } from './lib/Button';
export { Card, type CardProps } from './lib/Card';
export { Checkbox, type CheckboxProps } from './lib/Checkbox';
export { CheckboxGroupField, type CheckboxGroupFieldProps } from './lib/CheckboxGroupField';
export { DataTable, type DataTableColumn, type DataTableProps } from './lib/DataTable';
export { Disclosure, type DisclosureProps } from './lib/Disclosure';
export { EmptyState, type EmptyStateProps } from './lib/EmptyState';
export { Heading, type HeadingLevel, type HeadingProps } from './lib/Heading';
export { LanguageSwitcher, type LanguageOption, type LanguageSwitcherProps } from './lib/LanguageSwitcher';
export { Meter, ProgressBar, type MeterProps, type MeterTone, type ProgressBarProps } from './lib/Meter';
export { ModalDialog, type ModalDialogProps } from './lib/ModalDialog';
export { Pagination, type PaginationProps } from './lib/Pagination';
export { RadioGroupField, type ChoiceOption, type RadioGroupFieldProps } from './lib/RadioGroupField';
export { SelectField, type SelectFieldProps, type SelectOption } from './lib/SelectField';
export { Tabs, type TabItem, type TabsProps } from './lib/Tabs';
export { TextAreaField, type TextAreaFieldProps } from './lib/TextAreaField';
export { TextField, type TextFieldProps } from './lib/TextField';
export { ToastProvider, useToast, type ToastApi, type ToastProviderProps, type ToastTone } from './lib/Toast';
export { useIsHydrating } from './lib/useIsHydrating';
