// "Remove" reads what removal would do (GET .../impact) and asks in place with it: how many contacts
// lose the organization, which employer accounts lose access, and that past reviews keep its name.
// Focus goes to the first answer; Escape or "Keep" brings it back to the button.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Organization, OrganizationImpact } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';

const orgApi = server.api.partnerships[':id'].organizations[':orgId'];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function RemoveOrganization(props: {
  org: Organization;
  isAdmin: boolean;
  onRemoved: (message: string) => void;
  /** The question is open: the row gives it the whole width. */
  onAsking: (asking: boolean) => void;
}) {
  const { org } = props;
  const [impact, setImpact] = useState<OrganizationImpact | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const start = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useLayoutEffect(() => {
    props.onAsking(impact !== null);
    if (impact) first.current?.focus();
    else if (opened.current) start.current?.focus();
    opened.current = impact !== null;
  }, [impact]);

  const param = { id: org.partnershipId, orgId: org.id };
  async function ask() {
    setFailure(null);
    setBusy(true);
    try {
      setImpact((await read(orgApi.impact.$get({ param }))).impact);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  async function remove() {
    setBusy(true);
    try {
      await read(orgApi.$delete({ param }));
      props.onRemoved(`${org.name} was removed. Past reviews still show it.`);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      setBusy(false);
      setImpact(null);
    }
  }

  if (!impact)
    return (
      <>
        <button type="button" class="danger" ref={start} disabled={busy} onClick={ask}>
          Remove<span class="sr-only"> {org.name}</span>
        </button>
        {failure && (
          <p role="alert" class="form-error">
            {failure}
          </p>
        )}
      </>
    );
  const id = `rm-org-${org.id}`;
  const blocked = impact.adminOnly && !props.isAdmin;
  return (
    <div class="confirm" role="group" aria-labelledby={id} onKeyDown={(e) => e.key === 'Escape' && setImpact(null)}>
      <p id={id}>
        <strong>Remove {org.name}?</strong>
      </p>
      <ul>
        <li>
          {impact.contacts === 0
            ? 'No contact belongs to it.'
            : `${plural(impact.contacts, 'contact keeps', 'contacts keep')} their details and links but no longer belong to an organization.`}
        </li>
        {impact.members.length > 0 && (
          <li>
            {plural(impact.members.length, 'employer account loses', 'employer accounts lose')} access to this
            partnership: {impact.members.map((m) => `${m.name} (${m.email})`).join(', ')}.
          </li>
        )}
        <li>Past reviews keep its name and figures; it is no longer offered for new contacts or accounts.</li>
      </ul>
      {blocked && <p>Only an administrator can remove it while accounts depend on it.</p>}
      <div class="row">
        {!blocked && (
          <button type="button" class="danger" ref={first} disabled={busy} onClick={remove}>
            Yes, remove<span class="sr-only"> {org.name}</span>
          </button>
        )}
        <button type="button" ref={blocked ? first : undefined} disabled={busy} onClick={() => setImpact(null)}>
          Keep<span class="sr-only"> {org.name}</span>
        </button>
      </div>
    </div>
  );
}
