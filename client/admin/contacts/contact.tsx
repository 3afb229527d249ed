// One contact, corrected by staff: every field, checked by the server by the rules a new contact meets,
// with its messages beside the fields. Opt-outs are shown, never edited: only the person lifts them.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contact, ContactUpdate, Organization } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { AttributeRows, type Attr } from './attribute-rows.tsx';
import { languageOptions } from './language-label.ts';
import { EraseContact } from './erase-contact.tsx';

const partnershipApi = server.api.partnerships[':id'];

export default function ContactScreen(props: ScreenProps) {
  const { current, user } = useSession();
  const t = useWords('contacts');
  const contactId = props.params.contactId!;
  const param = { id: current?.id ?? '', contactId };
  const state = useApi(current ? `/api/partnerships/${current.id}/contacts/${contactId}` : null, async () => {
    const [one, orgs] = await Promise.all([
      read(partnershipApi.contacts[':contactId'].$get({ param })),
      read(partnershipApi.organizations.$get({ param: { id: param.id } })),
    ]);
    return { contact: one.contact, organizations: orgs.organizations };
  });
  const [erased, setErased] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (erased) heading.current?.focus();
  }, [erased]);

  if (!current) return <h1 tabIndex={-1}>{t('startFirst')}</h1>;
  if (erased)
    return (
      <>
        <h1 tabIndex={-1} ref={heading}>
          {t('contactErased')}
        </h1>
        <p role="status">{t('erasedExplain')}</p>
        <p>
          <a href="/admin/contacts">{t('backToContacts')}</a>
        </p>
      </>
    );
  return (
    <Loaded state={state} what={t('theContact')}>
      {({ contact, organizations }) => (
        <>
          <p>
            <a href="/admin/contacts">{t('contacts')}</a>
          </p>
          <h1 tabIndex={-1}>
            {contact.firstName} {contact.lastName}
          </h1>
          <OptOuts contact={contact} />
          {canWrite(user) ? (
            <>
              <EditForm partnershipId={current.id} contact={contact} organizations={organizations} />
              <EraseContact partnershipId={current.id} contact={contact} onErased={() => setErased(true)} />
            </>
          ) : (
            <p>{t('viewersRead')}</p>
          )}
        </>
      )}
    </Loaded>
  );
}

function OptOuts({ contact }: { contact: Contact }) {
  const t = useWords('contacts');
  if (!contact.smsOptedOut && !contact.emailOptedOut) return null;
  return (
    <p class="notice">
      {contact.smsOptedOut && `${t('personStopped')} `}
      {contact.emailOptedOut && `${t('personUnsubscribed')} `}
      {t('onlyTheyUndo')}
    </p>
  );
}

function EditForm(props: { partnershipId: string; contact: Contact; organizations: Organization[] }) {
  const c = props.contact;
  const t = useWords('contacts');
  const [v, setV] = useState({
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email ?? '',
    phone: c.phone ?? '',
    language: c.language,
    kind: c.kind,
    organizationId: c.organizationId ?? '',
    smsConsent: c.smsConsent,
  });
  const [attrs, setAttrs] = useState<Attr[]>(
    Object.entries(c.attributes).map(([k, val]) => ({ key: k, value: val })),
  );
  const [saved, setSaved] = useState<ContactUpdate | null>(null);
  const form = useForm();
  const done = useRef<HTMLParagraphElement>(null);
  const root = useRef<HTMLFormElement>(null);
  const set = (name: keyof typeof v) => (value: string) => setV({ ...v, [name]: value });
  const err = form.errors;

  async function save(e: Event) {
    e.preventDefault();
    setSaved(null);
    const attributes = Object.fromEntries(
      attrs.filter((a) => a.key.trim()).map((a) => [a.key.trim(), a.value]),
    );
    const result = await form.submit(() =>
      read(
        partnershipApi.contacts[':contactId'].$patch({
          param: { id: props.partnershipId, contactId: c.id },
          json: {
            firstName: v.firstName,
            lastName: v.lastName,
            email: v.email.trim() || null,
            phone: v.phone.trim() || null,
            language: v.language,
            kind: v.kind,
            organizationId: v.organizationId || null,
            attributes,
            smsConsent: v.smsConsent,
          },
        }),
      ),
    );
    if (result) {
      setSaved(result);
      setV({ ...v, phone: result.contact.phone ?? '', email: result.contact.email ?? '' });
      setTimeout(() => done.current?.focus());
    } else {
      // The first field with a problem takes focus; else the form's message is read out.
      setTimeout(() => root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  }

  return (
    <form ref={root} onSubmit={save} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">{t('details')}</h2>
      <FormMessage message={form.message} />
      {saved && (
        <div class="notice" role="status">
          <p ref={done} tabIndex={-1}>
            {t('saved')}
          </p>
          {saved.notices.map((n) => (
            <p>{n}</p>
          ))}
        </div>
      )}
      <div class="row">
        <TextField
          id="firstName"
          label={t('firstName')}
          value={v.firstName}
          onValue={set('firstName')}
          error={err.firstName}
          autoComplete="off"
        />
        <TextField
          id="lastName"
          label={t('lastName')}
          value={v.lastName}
          onValue={set('lastName')}
          error={err.lastName}
          autoComplete="off"
        />
      </div>
      <div class="row">
        <TextField
          id="email"
          label={t('email')}
          type="email"
          value={v.email}
          onValue={set('email')}
          error={err.email}
          autoComplete="off"
        />
        <TextField
          id="phone"
          label={t('phone')}
          type="tel"
          value={v.phone}
          onValue={set('phone')}
          error={err.phone}
          hint={t('phoneHint')}
          autoComplete="off"
        />
      </div>
      <div class="row">
        <Field id="language" label={t('language')} error={err.language}>
          {(describedBy) => (
            <select
              id="language"
              value={v.language}
              aria-describedby={describedBy}
              onChange={(e) => set('language')(e.currentTarget.value)}
            >
              {languageOptions(t.locale).map(([tag, label]) => (
                <option value={tag}>{label}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="kind" label={t('kind')} error={err.kind}>
          {(describedBy) => (
            <select
              id="kind"
              value={v.kind}
              aria-describedby={describedBy}
              onChange={(e) => set('kind')(e.currentTarget.value)}
            >
              <option value="worker">{t('worker')}</option>
              <option value="employer">{t('employerContact')}</option>
              <option value="partner">{t('partnerContact')}</option>
            </select>
          )}
        </Field>
        <Field id="organizationId" label={t('organization')} error={err.organizationId}>
          {(describedBy, invalid) => (
            <select
              id="organizationId"
              value={v.organizationId}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              onChange={(e) => set('organizationId')(e.currentTarget.value)}
            >
              <option value="">{t('none')}</option>
              {props.organizations.map((o) => (
                <option value={o.id}>{o.name}</option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <AttributeRows rows={attrs} onRows={setAttrs} errors={err} />
      <div class="field">
        <label>
          <input
            type="checkbox"
            checked={v.smsConsent}
            onChange={(e) => setV({ ...v, smsConsent: e.currentTarget.checked })}
          />{' '}
          {t('smsConsentAgreed')}
        </label>
      </div>
      <div class="actions">
        <button type="submit" disabled={form.busy}>
          {t('saveChanges')}
        </button>
      </div>
    </form>
  );
}
