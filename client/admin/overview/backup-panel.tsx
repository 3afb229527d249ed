// The backups card on an admin's overview: the last backup and its check, the schedule, and a warning
// when the last good one is older than the schedule. On Workers, where D1 keeps the backups, it says so.
import type { BackupStatus } from '../../../server/backups/contract.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { Loaded } from '../ui/status.tsx';

const code = (chunks: (string | preact.JSX.Element)[]) => <code>{chunks}</code>;

export function BackupPanel() {
  const state = useApi('/api/backups', async () => (await read(server.api.backups.$get())).backups);
  const t = useWords('overview');
  return (
    <section class="card" aria-labelledby="backups-h">
      <h2 id="backups-h">{t('backups')}</h2>
      <Loaded state={state} what={t('theBackups')}>
        {(status) => <Backups status={status} />}
      </Loaded>
    </section>
  );
}

function Backups({ status }: { status: BackupStatus }) {
  const t = useWords('overview');
  const f = useFormats();
  if (status.kind === 'd1') return <p>{t.rich('d1Backups', { code })}</p>;
  const { last, everySeconds } = status;
  const every =
    everySeconds === null
      ? null
      : everySeconds % 86_400 === 0
        ? t('everyDays', { n: everySeconds / 86_400 })
        : everySeconds % 3600 === 0
          ? t('everyHours', { n: everySeconds / 3600 })
          : t('everyMinutes', { n: Math.round(everySeconds / 60) });
  return (
    <>
      {!last ? (
        <p>{t('noBackup')}</p>
      ) : last.check === 'ok' ? (
        <p>
          {t('lastBackup', {
            when: f.moment(last.at),
            file: last.file ?? '–',
            size: last.bytes === null ? '–' : `${f.number(last.bytes / (1 << 20), 1)} MB`,
            rows: f.number(last.rows ?? 0),
            tables: f.number(last.tables ?? 0),
          })}{' '}
          {t('backupBy', { by: last.by === 'cli' ? 'cli' : 'server' })}
        </p>
      ) : (
        <p>{t('lastBackupFailed', { when: f.moment(last.at), check: last.check })}</p>
      )}
      <p>
        {every === null
          ? t.rich('noSchedule', { code })
          : t('backupEvery', { every, keep: f.number(status.keep) })}
      </p>
      {status.overdue && (
        <p class="notice" role="status">
          <strong>{last?.check === 'ok' ? t('backupOverdue') : t('noGoodBackup')}</strong>
        </p>
      )}
    </>
  );
}
