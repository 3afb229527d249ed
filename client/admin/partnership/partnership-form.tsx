// The partnership's settings, shared by "new partnership" and the settings screen. Validated with the
// server's createPartnershipBody (or its partial for changes).
import { useEffect, useState } from 'preact/hooks';
import type { Partnership } from '../../../server/partnerships/contract.ts';
import { langs, type Lang } from '../../../surveys/languages.ts';
import { languageLabel } from '../contacts/language-label.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { useLocale, useWords } from '../i18n/use-locale.ts';
import type { useForm } from '../use-form.ts';
import { useFieldErrors } from './field-errors.ts';

// Contact retention has its own card (contact-retention.tsx): this form never sends it.
export type PartnershipValues = Omit<
  Partnership,
  'id' | 'createdAt' | 'minGroupSize' | 'helpContact' | 'contactRetentionDays'
> & {
  minGroupSize: string;
  helpContact: string;
};

export const blankPartnership = (): PartnershipValues => ({
  name: '',
  sector: '',
  region: '',
  // The browser's own zone is the likeliest answer for a workforce board setting up its region.
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Chicago',
  reviewYear: 'program',
  minGroupSize: '5',
  smsHours: { start: '08:00', end: '20:00' },
  helpContact: '',
  fallbackLanguage: 'en',
});

export const toValues = ({ contactRetentionDays: _, ...p }: Partnership): PartnershipValues => ({
  ...p,
  minGroupSize: String(p.minGroupSize),
  helpContact: p.helpContact ?? '',
});
// An emptied help contact clears it.
export const toBody = (v: PartnershipValues) => ({
  ...v,
  minGroupSize: Number(v.minGroupSize),
  helpContact: v.helpContact.trim() || null,
});

export function PartnershipForm(props: {
  initial: PartnershipValues;
  form: ReturnType<typeof useForm>;
  submitLabel: string;
  disabled?: boolean;
  onSubmit: (v: PartnershipValues) => void;
}) {
  const [v, setV] = useState(props.initial);
  // The server stores a phone as E.164 ("+1 (312) 555-0100" becomes +13125550100): once saved, the
  // field shows what respondents will see.
  const savedHelp = props.initial.helpContact;
  useEffect(() => setV((now) => ({ ...now, helpContact: savedHelp })), [savedHelp]);
  const t = useWords('partnership');
  const { locale } = useLocale();
  const errors = useFieldErrors(props.form.errors);
  const set = (k: keyof PartnershipValues) => (value: string) => setV({ ...v, [k]: value });
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(v);
      }}
    >
      <FormMessage message={props.form.message} />
      <fieldset disabled={props.disabled}>
        <legend>{t('settings')}</legend>
        <TextField id="p-name" label={t('name')} value={v.name} onValue={set('name')} error={errors.name} />
        <TextField
          id="p-sector"
          label={t('sector')}
          hint={t('sectorHint')}
          value={v.sector}
          onValue={set('sector')}
          error={errors.sector}
        />
        <TextField
          id="p-region"
          label={t('region')}
          value={v.region}
          onValue={set('region')}
          error={errors.region}
        />
        <TextField
          id="p-tz"
          label={t('timeZone')}
          hint={t('timeZoneHint')}
          value={v.timeZone}
          onValue={set('timeZone')}
          error={errors.timeZone}
        />
        <Field id="p-year" label={t('reviewsBy')} error={errors.reviewYear}>
          {(d) => (
            <select
              id="p-year"
              value={v.reviewYear}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, reviewYear: e.currentTarget.value as 'calendar' | 'program' })}
            >
              <option value="program">{t('programYear')}</option>
              <option value="calendar">{t('calendarYear')}</option>
            </select>
          )}
        </Field>
        <TextField
          id="p-min"
          label={t('minGroupSize')}
          hint={t('minGroupSizeHint')}
          type="number"
          min={3}
          value={v.minGroupSize}
          onValue={set('minGroupSize')}
          error={errors.minGroupSize}
        />
        <div class="row">
          <TextField
            id="p-sms-start"
            label={t('textsFrom')}
            type="time"
            value={v.smsHours.start}
            onValue={(start) => setV({ ...v, smsHours: { ...v.smsHours, start } })}
            error={errors['smsHours.start']}
          />
          <TextField
            id="p-sms-end"
            label={t('textsUntil')}
            type="time"
            value={v.smsHours.end}
            onValue={(end) => setV({ ...v, smsHours: { ...v.smsHours, end } })}
            error={errors['smsHours.end']}
          />
        </div>
        <Field
          id="p-fallback"
          label={t('fallbackLanguage')}
          hint={t('fallbackHint')}
          error={errors.fallbackLanguage}
        >
          {(d) => (
            <select
              id="p-fallback"
              value={v.fallbackLanguage}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, fallbackLanguage: e.currentTarget.value as Lang })}
            >
              {langs.map((l) => (
                <option value={l}>{languageLabel(l, locale)}</option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="p-help"
          label={t('helpContact')}
          hint={t('helpContactHint')}
          value={v.helpContact}
          onValue={set('helpContact')}
          error={errors.helpContact}
        />
        <button class="primary" type="submit" disabled={props.form.busy}>
          {props.form.busy ? t('saving') : props.submitLabel}
        </button>
      </fieldset>
    </form>
  );
}
