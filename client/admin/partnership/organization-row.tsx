// One organization in the partnership's list: its name and kind, and for staff who may change them,
// "Edit" (the row becomes a small form) and "Remove" (which says first what removal does). Focus moves
// into the form or the question when it opens and back to the button that opened it when it closes.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  organizationKinds,
  updateOrganizationBody,
  type Organization,
} from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { useFieldErrors } from './field-errors.ts';
import { RemoveOrganization } from './remove-organization.tsx';
import { sr } from './sr-only.tsx';

const orgApi = server.api.partnerships[':id'].organizations[':orgId'];

export function OrganizationRow(props: {
  org: Organization;
  writable: boolean;
  isAdmin: boolean;
  onChanged: (message: string) => void;
  onRemoved: (message: string) => void;
}) {
  const t = useWords('partnership');
  const { org } = props;
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [v, setV] = useState({ name: org.name, kind: org.kind as string });
  const form = useForm();
  const errors = useFieldErrors(form.errors);
  const editButton = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (editing) nameField.current?.querySelector('input')?.focus();
    else if (opened.current) editButton.current?.focus();
    opened.current = editing;
  }, [editing]);

  const param = { id: org.partnershipId, orgId: org.id };
  async function save(e: Event) {
    e.preventDefault();
    const body = form.check(updateOrganizationBody, v);
    if (!body) return;
    const out = await form.submit(() => read(orgApi.$patch({ param, json: body })));
    if (!out) return;
    setEditing(false);
    props.onChanged(
      t('savedOrganization', {
        name: out.organization.name,
        kind: t('kindName', { kind: out.organization.kind }),
      }),
    );
  }
  const cancel = () => {
    form.reset();
    setV({ name: org.name, kind: org.kind });
    setEditing(false);
  };

  if (editing)
    return (
      <li class="org-row">
        <form
          noValidate
          onSubmit={save}
          aria-label={t('editNamed', { name: org.name })}
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <FormMessage message={form.message} />
          <div class="row" ref={nameField}>
            <TextField
              id={`org-name-${org.id}`}
              label={t('name')}
              value={v.name}
              onValue={(name) => setV({ ...v, name })}
              error={errors.name}
            />
            <Field id={`org-kind-${org.id}`} label={t('kind')} error={errors.kind}>
              {(d) => (
                <select
                  id={`org-kind-${org.id}`}
                  value={v.kind}
                  aria-describedby={d}
                  onChange={(e) => setV({ ...v, kind: e.currentTarget.value })}
                >
                  {organizationKinds.map((k) => (
                    <option value={k}>{t('kindName', { kind: k })}</option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <div class="row">
            <button type="submit" class="primary" disabled={form.busy}>
              {form.busy ? t('saving') : t('save')}
            </button>
            <button type="button" onClick={cancel} disabled={form.busy}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  return (
    <li class="org-row">
      <span>
        {org.name} <span class="muted">({t('kindName', { kind: org.kind })})</span>
      </span>
      {props.writable && (
        <span class="row">
          {!removing && (
            <button type="button" ref={editButton} onClick={() => setEditing(true)}>
              {t.rich('edit', { name: org.name, sr })}
            </button>
          )}
          <RemoveOrganization
            org={org}
            isAdmin={props.isAdmin}
            onRemoved={props.onRemoved}
            onAsking={setRemoving}
          />
        </span>
      )}
    </li>
  );
}
