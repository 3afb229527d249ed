/** CLI commands for contacts: importing a CSV or JSON file. */
import { extname } from 'node:path';
import { recordAudit } from '../../audit/record.ts';
import { addContacts } from '../../partnerships/contacts/people.ts';
import { contactKinds, maxContactsPerRequest } from '../../partnerships/contract.ts';
import { columnMapping } from '../../partnerships/import-contract.ts';
import { getPartnership } from '../../partnerships/partnerships.ts';
import {
  contactsFromJson,
  csvReportLines,
  importCsvFile,
  mappingFromArgs,
  readContactFile,
  type ContactRow,
} from '../contact-file.ts';
import { CliError, deps, out, zodLine, type Command } from './shell.ts';

export const contactCommands: Record<string, Command> = {
  'import-contacts': {
    summary: 'Import contacts from a CSV or JSON file',
    usage:
      'import-contacts <partnershipId> <file.json|file.csv> [--kind worker|employer|partner] [--dry-run] [--map "Header=field"]...',
    details:
      'CSV: UTF-8 (with or without BOM), comma or semicolon, a header row. Columns are known by name\n' +
      '(firstName, lastName or name, email, phone, language, kind, organization, smsConsent and common\n' +
      'variants); any other column becomes an attribute (lower_snake_case). --map "Cell=phone" names a\n' +
      "column's field, attributes.<name> or ignore. Rows sharing an email or phone are one person: merged\n" +
      'within the file and into existing contacts, changing only the fields the file gives. Only a yes in an\n' +
      'SMS consent column lets us text someone. Local phone numbers are read in DEFAULT_COUNTRY (US).\n' +
      'A file that cannot be read writes nothing; otherwise the accepted rows are written at once.\n' +
      '--dry-run shows what would happen. JSON: an array of contact objects as the API takes them.\n' +
      '--kind fills in rows without a kind. Each rejected row is listed with its reason; exits 1 only\n' +
      'when rows were given and none was accepted.',
    options: {
      kind: { type: 'string' },
      'dry-run': { type: 'boolean' },
      map: { type: 'string', multiple: true },
    },
    positionals: ['partnershipId', 'file'],
    async run(values, [partnershipId, file]) {
      const ext = extname(file!).toLowerCase();
      if (ext !== '.csv' && ext !== '.json') throw new CliError('The file must end in .csv or .json.');
      const kind = values.kind === undefined ? undefined : contactKinds.find((k) => k === values.kind);
      if (values.kind !== undefined && !kind) throw new CliError(`--kind takes ${contactKinds.join(', ')}.`);
      const d = deps();
      if (ext === '.csv') {
        const mapping = columnMapping.safeParse(mappingFromArgs((values.map as string[] | undefined) ?? []));
        if (!mapping.success) throw new CliError(`--map "Header=field": ${zodLine(mapping.error)}`);
        await getPartnership(d, partnershipId!);
        const dryRun = values['dry-run'] === true;
        const report = await importCsvFile(d, partnershipId!, file!, {
          mapping: mapping.data,
          defaultKind: kind,
          dryRun,
        });
        for (const line of csvReportLines(report)) out(line);
        const s = report.summary;
        if (!dryRun) {
          const { rows, created, updated, unchanged, merged, rejected, blank } = s;
          await recordAudit(d, {
            actor: { kind: 'cli' },
            action: 'contact.import',
            partnershipId: partnershipId!,
            detail: { rows, created, updated, unchanged, merged, rejected, blank },
          });
        }
        return s.created + s.updated + s.unchanged === 0 ? 1 : 0;
      }
      let rows: ContactRow[];
      try {
        rows = contactsFromJson(new TextDecoder().decode(await readContactFile(file!)), kind ? { kind } : {});
      } catch (err) {
        throw new CliError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await getPartnership(d, partnershipId!);
      let added = 0;
      const rejected: { row: number; path: string; message: string }[] = [];
      const rejectedRows = new Set<number>();
      // Chunks of the API's limit; duplicates across chunks are still caught, as each chunk is stored first.
      for (let i = 0; i < rows.length; i += maxContactsPerRequest) {
        const chunk = rows.slice(i, i + maxContactsPerRequest);
        const report = await addContacts(
          d,
          partnershipId!,
          chunk.map((r) => r.item),
          { defaultCountry: d.config.defaultCountry },
        );
        added += report.created.length;
        for (const r of report.rejected) {
          const row = chunk[r.index]!.row;
          rejectedRows.add(row);
          for (const e of r.errors) rejected.push({ row, ...e });
        }
      }
      rejected.sort((a, b) => a.row - b.row);
      // Counts only, as for a CSV file.
      await recordAudit(d, {
        actor: { kind: 'cli' },
        action: 'contact.import',
        partnershipId: partnershipId!,
        detail: { rows: rows.length, created: added, rejected: rejectedRows.size },
      });
      out(`added ${added}, rejected ${rejectedRows.size}`);
      for (const r of rejected)
        out(r.path ? `row ${r.row}: ${r.path}: ${r.message}` : `row ${r.row}: ${r.message}`);
      return added === 0 && rejectedRows.size > 0 ? 1 : 0;
    },
  },
};
