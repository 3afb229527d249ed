// "Remove" reads what removal would do (GET .../impact) and asks in place with it: how many contacts
// lose the organization, which employer accounts lose access, and that past reviews keep its name.
// Focus goes to the first answer; Escape or "Keep" brings it back to the button.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Organization, OrganizationImpact } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { sr } from './sr-only.tsx';

const orgApi = server.api.partnerships[':id'].organizations[':orgId'];

export function RemoveOrganization(props: {
  org: Organization;
  isAdmin: boolean;
  onRemoved: (message: string) => void;
  /** The question is open: the row gives it the whole width. */
  onAsking: (asking: boolean) => void;
}) {
  const t = useWords('partnership');
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
      props.onRemoved(t('removedOrganization', { name: org.name }));
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
          {t.rich('remove', { name: org.name, sr })}
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
    <div
      class="confirm"
      role="group"
      aria-labelledby={id}
      onKeyDown={(e) => e.key === 'Escape' && setImpact(null)}
    >
      <p id={id}>
        <strong>{t('askRemoveOrganization', { name: org.name })}</strong>
      </p>
      <ul>
        <li>{t('contactsReleased', { n: impact.contacts })}</li>
        {impact.members.length > 0 && (
          <li>
            {t('accountsLoseAccess', {
              n: impact.members.length,
              accounts: impact.members.map((m) => `${m.name} (${m.email})`).join(', '),
            })}
          </li>
        )}
        <li>{t('pastReviewsKeep')}</li>
      </ul>
      {blocked && <p>{t('onlyAdminRemove')}</p>}
      <div class="row">
        {!blocked && (
          <button type="button" class="danger" ref={first} disabled={busy} onClick={remove}>
            {t.rich('yesRemove', { name: org.name, sr })}
          </button>
        )}
        <button
          type="button"
          ref={blocked ? first : undefined}
          disabled={busy}
          onClick={() => setImpact(null)}
        >
          {t.rich('keep', { name: org.name, sr })}
        </button>
      </div>
    </div>
  );
}
