// Display name and language of the signed-in member. The language is also the interface language: saving
// it switches the app, as the member would expect.
import { type Language } from '@lovecando/shared-web-data';
import { Alert, Button } from '@lovecando/shared-ui';
import { FormErrorSummary, useFormErrors, useUiLanguage } from '@lovecando/shared-web-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { formErrors } from '../common/api-errors';
import { DisplayNameField, LanguageField } from '../common/fields';
import { MAX_DISPLAY_NAME_LENGTH } from '../common/limits';
import { UpdateProfileMutation } from '../identity.graphql';
import { type Viewer } from '../viewer/useViewer';

type Field = 'displayName' | 'locale';

export function ProfileForm({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation('identity');
  const [, setUiLanguage] = useUiLanguage();
  const [{ fetching }, updateProfile] = useMutation(UpdateProfileMutation);
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [locale, setLocale] = useState<Language>(viewer.locale);
  const [saved, setSaved] = useState(false);
  const { errors, setErrors, formRef, summaryRef } = useFormErrors<Field>();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const name = displayName.trim();
    if (!name || name.length > MAX_DISPLAY_NAME_LENGTH) {
      return setErrors({ fields: { displayName: t('errors.displayNameInvalid') } });
    }
    const result = await updateProfile({ input: { displayName: name, locale } });
    if (result.error) {
      return setErrors(
        formErrors(result.error, t, {
          fieldOf: { 'input.displayName': 'displayName', 'input.locale': 'locale' },
          badInput: (field) => (field === 'displayName' ? t('errors.displayNameInvalid') : undefined),
        }),
      );
    }
    setErrors(undefined);
    setSaved(true);
    setUiLanguage(result.data?.updateProfile.locale ?? locale);
  };

  return (
    <>
      <FormErrorSummary message={errors?.summary} ref={summaryRef} />
      {saved ? <Alert tone="success" title={t('profile.saved')} /> : null}
      <form ref={formRef} className="identity-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <DisplayNameField
          value={displayName}
          onChange={setDisplayName}
          errorMessage={errors?.fields.displayName}
        />
        <LanguageField value={locale} onChange={setLocale} errorMessage={errors?.fields.locale} />
        <Button type="submit" isDisabled={fetching}>
          {t('profile.save')}
        </Button>
      </form>
    </>
  );
}
