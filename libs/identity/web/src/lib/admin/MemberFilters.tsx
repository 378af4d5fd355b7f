// Search form of the member list: text (part of the name or email), role and status. Applied on submit,
// so each keystroke does not fire a request or change the table under the user's eyes.
import { type MemberFilter, type MemberRole, type MemberStatus } from '@lovecando/shared-web-data';
import { Button, SelectField, type SelectOption, TextField } from '@lovecando/shared-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, roleLabel, STATUSES, statusLabel } from '../common/labels';

const ANY = 'ANY';

export function MemberFilters({ onApply }: { onApply: (filter: MemberFilter) => void }) {
  const { t } = useTranslation('identity');
  const [text, setText] = useState('');
  const [role, setRole] = useState<MemberRole | typeof ANY>(ANY);
  const [status, setStatus] = useState<MemberStatus | typeof ANY>(ANY);

  const roleOptions: SelectOption<MemberRole | typeof ANY>[] = [
    { value: ANY, label: t('admin.anyRole') },
    ...ROLES.map((value) => ({ value, label: roleLabel(value, t) })),
  ];
  const statusOptions: SelectOption<MemberStatus | typeof ANY>[] = [
    { value: ANY, label: t('admin.anyStatus') },
    ...STATUSES.map((value) => ({ value, label: statusLabel(value, t) })),
  ];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    onApply({
      ...(trimmed ? { text: trimmed } : {}),
      ...(role === ANY ? {} : { role }),
      ...(status === ANY ? {} : { status }),
    });
  };

  return (
    <form
      role="search"
      aria-label={t('admin.searchLabel')}
      className="identity-filters"
      noValidate
      onSubmit={onSubmit}
    >
      <TextField
        label={t('admin.search')}
        description={t('admin.searchHint')}
        type="search"
        name="text"
        value={text}
        onChange={setText}
      />
      <SelectField label={t('admin.roleFilter')} options={roleOptions} value={role} onChange={setRole} />
      <SelectField
        label={t('admin.statusFilter')}
        options={statusOptions}
        value={status}
        onChange={setStatus}
      />
      <div className="identity-filters__submit">
        <Button type="submit">{t('admin.apply')}</Button>
      </div>
    </form>
  );
}
