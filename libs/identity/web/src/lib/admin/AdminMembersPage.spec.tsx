// Member administration with a mocked API: role change, suspension with a reason, filters, and who may
// open the page at all.
import { type MembersQuery } from '@lovecando/shared-web-data';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { never } from 'wonka';
import { member, type MemberData } from '../../test/fixtures';
import { answer, answerError, createMockClient, operationName } from '@lovecando/shared-web-data/testing';
import { renderIdentity } from '../../test/render-identity';

const admin = member({ id: 'a0000000-0000-4000-8000-000000000000', displayName: 'Grace', role: 'ADMIN' });
const ada = member();
const bob = member({
  id: 'b0000000-0000-4000-8000-000000000000',
  displayName: 'Bob',
  email: 'bob@example.org',
});

const page = (members: MemberData[], hasNextPage = false): MembersQuery => ({
  members: {
    totalCount: members.length,
    pageInfo: { endCursor: members.at(-1)?.id ?? null, hasNextPage },
    edges: members.map((node) => ({ cursor: node.id, node })),
  },
});

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('AdminMembersPage', () => {
  it('changes a role with setMemberRole and the right variables, then confirms', async () => {
    const { client, operations } = createMockClient((operation) => {
      switch (operationName(operation)) {
        case 'Viewer':
          return answer(operation, { me: admin });
        case 'Members':
          return answer(operation, page([admin, ada, bob]));
        case 'SetMemberRole':
          return answer(operation, { setMemberRole: { ...ada, role: 'BOARD' } });
        default:
          return never;
      }
    });
    renderIdentity({ client, path: '/admin/members' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Administration des membres' })).toBeTruthy();
    expect(document.title).toBe('Membres · LoveCanDo');
    expect(screen.getByText('3 membres')).toBeTruthy();

    // French elides "de" before a vowel only: "Rôle d’Ada", "Rôle de Bob".
    expect(within(row('Bob')).getByLabelText('Rôle de Bob')).toBeTruthy();
    const adaRow = row('Ada Lovelace');
    await userEvent.selectOptions(within(adaRow).getByLabelText('Rôle d’Ada Lovelace'), 'BOARD');
    await userEvent.click(within(adaRow).getByRole('button', { name: 'Enregistrer le rôle d’Ada Lovelace' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Ada Lovelace a maintenant le rôle Conseil.',
    );
    const mutation = operations.find((operation) => operationName(operation) === 'SetMemberRole');
    expect(mutation?.variables).toEqual({ input: { memberId: ada.id, role: 'BOARD' } });
    // The admin's own row offers no role change and no suspension.
    expect(within(row('Grace')).queryByRole('combobox')).toBeNull();
    expect(within(row('Grace')).getByText('C’est vous')).toBeTruthy();
  });

  it('shows each member with name, email, role, status and date, the card labels hidden from readers', async () => {
    const { client } = createMockClient((operation) => {
      switch (operationName(operation)) {
        case 'Viewer':
          return answer(operation, { me: admin });
        case 'Members':
          return answer(operation, page([bob]));
        default:
          return never;
      }
    });
    renderIdentity({ client, path: '/admin/members' });
    const table = await screen.findByRole('table', { name: 'Membres trouvés' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Nom', 'Adresse email', 'Rôle', 'Statut', 'Inscription', 'Actions']);
    const bobRow = row('Bob');
    expect(within(bobRow).getByRole('rowheader').textContent).toBe('Bob');
    const cells = within(bobRow).getAllByRole('cell');
    // The address reads as one, though it may break after "@" and before dots on a narrow screen.
    expect(cells[0]?.querySelector('.identity-members__value')?.textContent).toBe('bob@example.org');
    expect(within(bobRow).getByText('Actif')).toBeTruthy();
    expect(within(bobRow).getByRole('button', { name: 'Suspendre Bob' })).toBeTruthy();
    // Each cell repeats its column's name for the card view of a phone, hidden from assistive technology,
    // which has the column headers.
    for (const cell of cells) {
      expect(cell.querySelector('.identity-members__label')?.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('shows a translated error when the API refuses the change', async () => {
    const { client } = createMockClient((operation) => {
      switch (operationName(operation)) {
        case 'Viewer':
          return answer(operation, { me: admin });
        case 'Members':
          return answer(operation, page([ada]));
        case 'SetMemberRole':
          return answerError(operation, { code: 'FORBIDDEN' });
        default:
          return never;
      }
    });
    renderIdentity({ client, path: '/admin/members' });
    await userEvent.selectOptions(await screen.findByLabelText('Rôle d’Ada Lovelace'), 'ADMIN');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le rôle d’Ada Lovelace' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Vous n’avez pas le droit de faire cela.');
  });

  it('suspends only after a confirmation dialog with a reason', async () => {
    const { client, operations } = createMockClient((operation) => {
      switch (operationName(operation)) {
        case 'Viewer':
          return answer(operation, { me: admin });
        case 'Members':
          return answer(operation, page([bob]));
        case 'SuspendMember':
          return answer(operation, {
            suspendMember: { ...bob, status: 'SUSPENDED', suspendedReason: 'Spam in proposals' },
          });
        default:
          return never;
      }
    });
    renderIdentity({ client, path: '/admin/members' });
    await userEvent.click(await screen.findByRole('button', { name: 'Suspendre Bob' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Suspendre Bob ?' });

    // No reason: refused here, nothing sent.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspendre le membre' }));
    expect(within(dialog).getByText('Indiquez un motif de 3 à 500 caractères.')).toBeTruthy();
    expect(operations.some((operation) => operationName(operation) === 'SuspendMember')).toBe(false);

    await userEvent.type(within(dialog).getByLabelText('Motif de la suspension'), 'Spam in proposals');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Suspendre le membre' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('Bob est suspendu.');
    expect(within(row('Bob')).getByText('Suspendu')).toBeTruthy();
    expect(within(row('Bob')).getByRole('button', { name: 'Réintégrer Bob' })).toBeTruthy();
    const mutation = operations.find((operation) => operationName(operation) === 'SuspendMember');
    expect(mutation?.variables).toEqual({ input: { memberId: bob.id, reason: 'Spam in proposals' } });
  });

  it('sends the search text, role and status as the filter', async () => {
    const { client, operations } = createMockClient((operation) =>
      operationName(operation) === 'Viewer'
        ? answer(operation, { me: admin })
        : operationName(operation) === 'Members'
          ? answer(operation, page([ada]))
          : never,
    );
    renderIdentity({ client, path: '/admin/members' });
    await userEvent.type(await screen.findByLabelText('Nom ou adresse email'), ' ada ');
    await userEvent.selectOptions(screen.getByLabelText('Rôle'), 'MEMBER');
    await userEvent.selectOptions(screen.getByLabelText('Statut'), 'ACTIVE');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() =>
      expect(
        operations.filter((operation) => operationName(operation) === 'Members').at(-1)?.variables,
      ).toEqual({
        filter: { text: 'ada', role: 'MEMBER', status: 'ACTIVE' },
        first: 20,
        after: null,
      }),
    );
  });

  it('loads the next page after the last cursor', async () => {
    const { client, operations } = createMockClient((operation) => {
      if (operationName(operation) === 'Viewer') return answer(operation, { me: admin });
      const after = (operation.variables as { after?: string | null }).after;
      return answer(operation, after ? page([bob]) : page([ada], true));
    });
    renderIdentity({ client, path: '/admin/members' });
    await userEvent.click(await screen.findByRole('button', { name: 'Afficher plus de membres' }));
    expect(await screen.findByRole('row', { name: /^Bob/ })).toBeTruthy();
    expect(row('Ada Lovelace')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Afficher plus de membres' })).toBeNull();
    expect(
      operations.filter((operation) => operationName(operation) === 'Members').at(-1)?.variables,
    ).toMatchObject({
      after: ada.id,
    });
  });

  it('tells a member without the admin role that the page is not allowed, and asks nothing', async () => {
    const { client, operations } = createMockClient((operation) =>
      operationName(operation) === 'Viewer' ? answer(operation, { me: ada }) : never,
    );
    renderIdentity({ client, path: '/admin/members' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' })).toBeTruthy();
    expect(document.title).toBe('Accès non autorisé · LoveCanDo');
    expect(operations.some((operation) => operationName(operation) === 'Members')).toBe(false);
  });

  it('sends a signed-out visitor to sign in, coming back here afterwards', async () => {
    const { client } = createMockClient((operation) => answer(operation, { me: null }));
    renderIdentity({ client, path: '/admin/members' });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/sign-in?next=/admin/members'),
    );
  });
});
