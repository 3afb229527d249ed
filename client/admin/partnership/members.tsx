// Admins decide who works on this partnership: the staff who are members, each seeing the whole
// partnership or (a viewer for an employer) one organization's figures beside the sector's.
// Administrators reach every partnership without being members, so they are not listed.
import { useRef, useState } from 'preact/hooks';
import type { Member } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { AddMember } from './add-member.tsx';
import { RemoveMember } from './remove-member.tsx';

const membersApi = server.api.partnerships[':id'].members;

export function Members({ partnershipId }: { partnershipId: string }) {
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
      setStatus(`${m.name} no longer works on this partnership.`);
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
        Members
      </h2>
      <p class="muted">
        Administrators see every partnership. Analysts and viewers see the ones they are members of; a viewer
        limited to one organization sees only the reviews, with that organization beside the whole sector.
      </p>
      {failure && (
        <p role="alert" class="form-error">
          {failure}
        </p>
      )}
      <p role="status">{status}</p>
      <Loaded state={members} what="members">
        {({ members: list }) => (
          <>
            {list.length === 0 ? (
              <Empty>No analyst or viewer works on this partnership yet.</Empty>
            ) : (
              <div class="table-wrap">
                <table>
                  <caption class="sr-only">Members of this partnership</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Email</th>
                      <th scope="col">Role</th>
                      <th scope="col">Sees</th>
                      <th scope="col">
                        <span class="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((m) => (
                      <tr>
                        <td>{m.name}</td>
                        <td>{m.email}</td>
                        <td>{m.role}</td>
                        <td>
                          {m.organizationId
                            ? `Only ${m.organizationName ?? 'one organization'}, beside the whole sector`
                            : 'The whole partnership'}
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
                setStatus(`${name} can now work on this partnership.`);
                members.reload();
              }}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}
