// The forms that send only an email address and then say "sent" (a reset link, a new confirmation
// link): the same empty-field check, the same mapping of the API's refusals, the same state. The API
// answers alike whether or not the address is registered, so the form has nothing else to tell.
import { useFormErrors } from '@lovecando/shared-web-kit';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError } from 'urql';
import { formErrors } from './api-errors';

export function useEmailRequest(send: (email: string) => Promise<{ error?: CombinedError | undefined }>) {
  const { t } = useTranslation('identity');
  const [sent, setSent] = useState(false);
  const form = useFormErrors<'email'>();

  const submit = async (event: FormEvent<HTMLFormElement>, typed: string) => {
    event.preventDefault();
    const email = typed.trim();
    if (!email) return form.setErrors({ fields: { email: t('errors.emailRequired') } });
    const result = await send(email);
    if (result.error) {
      return form.setErrors(
        formErrors(result.error, t, {
          fieldOf: { email: 'email' },
          badInput: () => t('errors.emailInvalid'),
        }),
      );
    }
    form.setErrors(undefined);
    setSent(true);
  };

  return { ...form, sent, submit };
}
