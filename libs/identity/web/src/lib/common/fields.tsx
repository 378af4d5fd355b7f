// The fields the identity forms share, each labelled, hinted, named and auto-completed the same way
// wherever it appears; a form passes the value, its setter and the field's error message.
import { type Language } from '@lovecando/shared-web-data';
import { SelectField, TextField } from '@lovecando/shared-ui';
import { type FieldBinding } from '@lovecando/shared-web-kit';
import { useTranslation } from 'react-i18next';
import { languageOptions } from './labels';

/** `username` where the address signs in (password managers pair it with the password). */
export function EmailField({ signIn = false, ...field }: FieldBinding<string> & { signIn?: boolean }) {
  const { t } = useTranslation('identity');
  return (
    <TextField
      label={t('fields.email')}
      type="email"
      name="email"
      autoComplete={signIn ? 'username' : 'email'}
      {...field}
    />
  );
}

export function DisplayNameField(field: FieldBinding<string>) {
  const { t } = useTranslation('identity');
  return (
    <TextField
      label={t('fields.displayName')}
      description={t('fields.displayNameHint')}
      name="displayName"
      autoComplete="nickname"
      {...field}
    />
  );
}

/** A password being chosen (`new`, with the policy as hint), repeated (`confirm`) or typed (`current`). */
export function PasswordField({
  kind,
  label,
  name,
  ...field
}: FieldBinding<string> & { kind: 'new' | 'confirm' | 'current'; label: string; name: string }) {
  const { t } = useTranslation('identity');
  return (
    <TextField
      label={label}
      {...(kind === 'new' ? { description: t('fields.passwordHint') } : {})}
      type="password"
      name={name}
      autoComplete={kind === 'current' ? 'current-password' : 'new-password'}
      {...field}
    />
  );
}

export function LanguageField(field: FieldBinding<Language>) {
  const { t } = useTranslation('identity');
  return (
    <SelectField
      label={t('fields.language')}
      description={t('fields.languageHint')}
      name="locale"
      options={languageOptions(t)}
      {...field}
    />
  );
}
