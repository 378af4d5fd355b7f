// The catalogue's input components: buttons, text fields, choices, and the web kit's form-error wiring.
import {
  Button,
  Checkbox,
  CheckboxGroupField,
  Heading,
  RadioGroupField,
  SelectField,
  TextAreaField,
  TextField,
} from '@lovecando/shared-ui';
import { FormErrorSummary, type FormErrors, hasErrors, useFormErrors } from '@lovecando/shared-web-kit';
import { type FormEvent, useState } from 'react';
import { useCatalogueTranslation } from './i18n/resources';

export function ButtonsSection() {
  const { t } = useCatalogueTranslation();
  return (
    <section>
      <Heading level={2}>{t('buttons.heading')}</Heading>
      <div className="catalogue-row">
        <Button>{t('buttons.primary')}</Button>
        <Button variant="secondary">{t('buttons.secondary')}</Button>
        <Button isDisabled>{t('buttons.disabled')}</Button>
      </div>
    </section>
  );
}

export function FieldsSection() {
  const { t } = useCatalogueTranslation();
  const [comment, setComment] = useState('');
  const [language, setLanguage] = useState<'fr' | 'en'>('fr');
  return (
    <section>
      <Heading level={2}>{t('fields.heading')}</Heading>
      <TextField label={t('fields.name')} description={t('fields.nameHint')} defaultValue="Ada" />
      <TextField
        label={t('fields.email')}
        type="email"
        defaultValue="ada@"
        errorMessage={t('fields.emailError')}
      />
      <TextAreaField
        label={t('fields.comment')}
        description={t('fields.commentHint')}
        value={comment}
        onChange={setComment}
      />
      <SelectField
        label={t('fields.language')}
        value={language}
        onChange={setLanguage}
        options={[
          { value: 'fr', label: t('fields.french'), lang: 'fr' },
          { value: 'en', label: t('fields.english'), lang: 'en' },
        ]}
      />
    </section>
  );
}

type Vote = 'yes' | 'no' | 'abstain';
type Frequency = 'daily' | 'weekly' | 'never';
type Topic = 'votes' | 'debates' | 'terms';

export function ChoicesSection() {
  const { t } = useCatalogueTranslation();
  const [vote, setVote] = useState<Vote | null>(null);
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  const [topics, setTopics] = useState<Topic[]>(['votes']);
  return (
    <section>
      <Heading level={2}>{t('choices.heading')}</Heading>
      <RadioGroupField
        label={t('choices.vote')}
        description={t('choices.voteHint')}
        value={vote}
        onChange={setVote}
        options={[
          { value: 'yes', label: t('choices.yes'), description: t('choices.yesHint') },
          { value: 'no', label: t('choices.no') },
          { value: 'abstain', label: t('choices.abstain') },
        ]}
      />
      <RadioGroupField
        label={t('choices.frequency')}
        orientation="horizontal"
        value={frequency}
        onChange={setFrequency}
        options={[
          { value: 'daily', label: t('choices.daily') },
          { value: 'weekly', label: t('choices.weekly') },
          { value: 'never', label: t('choices.never'), isDisabled: true },
        ]}
      />
      <RadioGroupField
        label={t('choices.requiredLabel')}
        orientation="horizontal"
        value={null}
        onChange={() => undefined}
        errorMessage={t('choices.required')}
        options={[
          { value: 'yes', label: t('choices.yes') },
          { value: 'no', label: t('choices.no') },
        ]}
      />
      <CheckboxGroupField
        label={t('choices.topics')}
        value={topics}
        onChange={setTopics}
        options={[
          { value: 'votes', label: t('choices.votes') },
          { value: 'debates', label: t('choices.debates') },
          { value: 'terms', label: t('choices.terms') },
        ]}
      />
      <Checkbox>{t('choices.accept')}</Checkbox>
    </section>
  );
}

/** A one-field form wired with the kit: an empty name is a field error, "taken" a summary error. */
export function FormErrorsSection({ onSaved }: { onSaved: (message: string) => void }) {
  const { t } = useCatalogueTranslation();
  const { errors, setErrors, formRef, summaryRef } = useFormErrors<'nickname'>();
  const [nickname, setNickname] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: FormErrors<'nickname'> = { fields: {} };
    if (!nickname.trim()) next.fields.nickname = t('forms.required');
    else if (nickname.trim().toLowerCase() === 'pris' || nickname.trim().toLowerCase() === 'taken')
      next.summary = t('forms.taken');
    if (hasErrors(next)) return setErrors(next);
    setErrors(undefined);
    onSaved(t('forms.saved'));
  };
  return (
    <section>
      <Heading level={2}>{t('forms.heading')}</Heading>
      <p>{t('forms.intro')}</p>
      <FormErrorSummary message={errors?.summary} ref={summaryRef} />
      <form ref={formRef} noValidate onSubmit={onSubmit}>
        <TextField
          label={t('forms.nickname')}
          name="nickname"
          value={nickname}
          onChange={setNickname}
          errorMessage={errors?.fields.nickname}
        />
        <Button type="submit">{t('forms.submit')}</Button>
      </form>
    </section>
  );
}
