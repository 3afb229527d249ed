// Admins decide who works on this partnership: the staff who are members, each seeing the whole
// partnership or (a viewer for an employer) one organization's figures beside the sector's.
// Administrators reach every partnership without being members, so they are not listed.
import { useRef, useState } from 'preact/hooks';
import type { Member } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { AddMember } from './add-member.tsx';
import { RemoveMember } from './remove-member.tsx';

const membersApi = server.api.partnerships[':id'].members;

export function Members({ partnershipId }: { partnershipId: string }) {
  const t = useWords('partnership');
  const members = useApi(`/api/partnerships/${partnershipId}/members`, () =>
    read(membersApi.$get({ param: { id: partnershipId } })),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  async function remove(m: Member) {
    setStatus(null);
    setFailure(null);
    try {
      await read(membersApi[':userId'].$delete({ param: { id: partnershipId, userId: m.id } }));
      setStatus(t('memberRemoved', { name: m.name }));
      // The row and its buttons go; focus lands on the section rather than on the page's start.
      heading.current?.focus();
      return true;
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      members.reload();
    }
  }

  return (
    <section class="card" aria-labelledby="members-h">
      <h2 id="members-h" tabIndex={-1} ref={heading}>
        {t('members')}
      </h2>
      <p class="muted">{t('membersIntro')}</p>
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
      <p role="status">{status}</p>
      <Loaded state={members} what={t('theMembers')}>
        {({ members: list }) => (
          <>
            {list.length === 0 ? (
              <Empty>{t('noMembers')}</Empty>
            ) : (
              <div class="table-wrap">
                <table>
                  <caption class="sr-only">{t('membersCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('email')}</th>
                      <th scope="col">{t('role')}</th>
                      <th scope="col">{t('sees')}</th>
                      <th scope="col">
                        <span class="sr-only">{t('actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((m) => (
                      <tr>
                        <td>{m.name}</td>
                        <td>{m.email}</td>
                        <td>{t('roleName', { role: m.role })}</td>
                        <td>
                          {m.organizationId
                            ? t('onlyBeside', { organization: m.organizationName ?? t('oneOrganization') })
                            : t('wholePartnership')}
                        </td>
                        <td>
                          <RemoveMember member={m} onConfirm={() => remove(m)} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <AddMember
              partnershipId={partnershipId}
              memberIds={list.map((m) => m.id)}
              onAdded={(name) => {
                setFailure(null);
                setStatus(t('memberAdded', { name }));
                members.reload();
              }}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}
