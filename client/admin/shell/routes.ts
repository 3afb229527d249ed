// The screens and their paths. Each loader is a separate chunk (Vite splits on dynamic import), and
// `words` the catalogue areas it speaks from, fetched with it in the staff member's locale.
import type { ComponentType } from 'preact';
import type { Key } from '../../shared/i18n/areas.ts';
import type { DashboardArea } from '../i18n/catalogue.ts';

export interface ScreenProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

type Loader = () => Promise<{ default: ComponentType<ScreenProps> }>;
interface Route {
  path: string;
  load: Loader;
  words?: readonly DashboardArea[];
  scoped?: true;
}

const review: DashboardArea[] = ['reviews', 'review'];

// `scoped`: open to an employer's account (a viewer limited to one organization), which may read
// only the reviews; the server refuses it everything else of the partnership.
export const routes: Route[] = [
  {
    path: '/admin',
    load: () => import('../overview/overview.tsx'),
    words: ['overview', ...review],
    scoped: true,
  },
  { path: '/admin/campaigns', load: () => import('../campaigns/campaigns.tsx'), words: ['campaigns'] },
  { path: '/admin/campaigns/new', load: () => import('../campaigns/new-campaign.tsx'), words: ['campaigns'] },
  {
    path: '/admin/campaigns/schedule',
    load: () => import('../campaigns/schedule.tsx'),
    words: ['campaigns'],
  },
  // Its progress panel shows the outbox's notice of texts waiting for texting hours.
  {
    path: '/admin/campaigns/:id',
    load: () => import('../campaigns/campaign.tsx'),
    words: ['campaigns', 'outbox'],
  },
  {
    path: '/admin/campaigns/:id/edit',
    load: () => import('../campaigns/edit-campaign.tsx'),
    words: ['campaigns'],
  },
  { path: '/admin/surveys', load: () => import('../surveys/surveys.tsx'), words: ['surveys'] },
  // The editor words its checks' findings from their codes (checks).
  {
    path: '/admin/surveys/:id',
    load: () => import('../surveys/editor.tsx'),
    words: ['surveys', 'checks'],
  },
  { path: '/admin/contacts', load: () => import('../contacts/contacts.tsx'), words: ['contacts'] },
  { path: '/admin/contacts/import', load: () => import('../contacts/import.tsx'), words: ['contacts'] },
  { path: '/admin/contacts/:contactId', load: () => import('../contacts/contact.tsx'), words: ['contacts'] },
  { path: '/admin/reviews', load: () => import('../reviews/reviews.tsx'), words: review, scoped: true },
  {
    path: '/admin/reviews/:period',
    load: () => import('../reviews/review.tsx'),
    words: review,
    scoped: true,
  },
  {
    path: '/admin/partnership',
    load: () => import('../partnership/partnership.tsx'),
    words: ['partnership'],
  },
  {
    path: '/admin/partnerships/new',
    load: () => import('../partnership/new-partnership.tsx'),
    words: ['partnership'],
  },
  { path: '/admin/users', load: () => import('../users/users.tsx'), words: ['users'] },
  { path: '/admin/outbox', load: () => import('../outbox/outbox.tsx'), words: ['outbox'] },
  { path: '/admin/activity', load: () => import('../audit/activity.tsx'), words: ['audit'] },
];

/** Screens that work signed out, opened instead of the sign-in form (app.tsx). */
export const openRoutes: Route[] = [
  { path: '/admin/welcome/:token', load: () => import('../welcome/welcome.tsx'), words: ['gate'] },
];

export const nav: { href: string; label: Key<'shell'>; adminOnly?: boolean; scoped?: true }[] = [
  { href: '/admin', label: 'navOverview', scoped: true },
  { href: '/admin/campaigns', label: 'navCampaigns' },
  { href: '/admin/surveys', label: 'navSurveys' },
  { href: '/admin/contacts', label: 'navContacts' },
  { href: '/admin/reviews', label: 'navReviews', scoped: true },
  { href: '/admin/partnership', label: 'navPartnership' },
  { href: '/admin/users', label: 'navUsers', adminOnly: true },
  { href: '/admin/outbox', label: 'navOutbox', adminOnly: true },
  { href: '/admin/activity', label: 'navActivity', adminOnly: true },
];
