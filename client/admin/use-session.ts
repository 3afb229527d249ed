// Who is signed in, the partnerships they may see and the one they are working in. The chosen
// partnership is remembered in this browser only, so a reload keeps the analyst where they were.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Identity } from '../../server/auth/contract.ts';
import type { PartnershipSummary } from '../../server/partnerships/contract.ts';

/** Who is signed in, as GET /api/auth/me answers. */
export type SessionUser = Identity;

export interface Session {
  user: SessionUser;
  partnerships: PartnershipSummary[];
  current: PartnershipSummary | null;
  choose(id: string): void;
  /** After a partnership is created or changed. */
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in app');
  return s;
}

/** Analysts and admins change things; viewers read. */
export const canWrite = (user: SessionUser) => user.role !== 'viewer';

/** The organization an employer's account is limited to in the partnership in use, if any. */
export const scopeOf = (session: Pick<Session, 'current'>) => session.current?.scope ?? null;

const key = 'sv.partnership';
export const rememberedPartnership = () => localStorage.getItem(key);
export const rememberPartnership = (id: string) => localStorage.setItem(key, id);
