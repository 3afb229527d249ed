/** What GET /api/backups answers: the last backup and its check, and who keeps backups here. */
export interface LastBackup {
  at: string;
  /** 'cli' or 'system: backup'. */
  by: string;
  file: string | null;
  bytes: number | null;
  /** 'ok', or what the check found. */
  check: string;
  tables: number | null;
  rows: number | null;
}

export type BackupStatus =
  | {
      kind: 'file';
      /** Seconds between scheduled backups, or null when they are only taken by hand (`npm run cli -- backup`). */
      everySeconds: number | null;
      keep: number;
      last: LastBackup | null;
      /** A schedule is set and the last good backup is older than it (or there is none). */
      overdue: boolean;
    }
  | { kind: 'd1' };
