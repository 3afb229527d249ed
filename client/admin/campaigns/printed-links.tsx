// Personal links for printed cards, for people no channel reaches. Issuing them retires the links
// sent earlier (the server keeps only hashes), so it asks first.
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';

interface Link {
  contactId: string;
  firstName: string;
  lastName: string;
  language: string;
  url: string;
}

export function PrintedLinks({ campaignId }: { campaignId: string }) {
  const form = useForm();
  const [links, setLinks] = useState<Link[] | null>(null);
  const [sure, setSure] = useState(false);
  return (
    <section class="card" aria-labelledby="links-h">
      <h2 id="links-h">Printed links</h2>
      <p class="muted">
        Fresh personal links for everyone who has not answered yet. Links sent earlier stop working; answers
        saved halfway move to the new link.
      </p>
      <FormMessage message={form.message} />
      <label class="check">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.currentTarget.checked)} />I
        understand earlier links stop working
      </label>
      <div class="actions">
        <button
          type="button"
          disabled={!sure || form.busy}
          onClick={async () => {
            const out = await form.submit(() =>
              api.post<{ links: Link[] }>(`/api/campaigns/${campaignId}/links`),
            );
            if (out) setLinks(out.links);
          }}
        >
          Issue printable links
        </button>
        {links && links.length > 0 && (
          <button type="button" onClick={() => print()}>
            Print
          </button>
        )}
      </div>
      {links &&
        (links.length === 0 ? (
          <p>Everyone has answered.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <caption class="sr-only">Personal survey links</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Language</th>
                  <th scope="col">Link</th>
                </tr>
              </thead>
              <tbody>
                {links.map((l) => (
                  <tr>
                    <td>
                      {l.firstName} {l.lastName}
                    </td>
                    <td>{l.language}</td>
                    <td>
                      <code>{l.url}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </section>
  );
}
