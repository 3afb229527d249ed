// The screens and their paths. Each loader is a separate chunk (Vite splits on dynamic import).
import type { ComponentType } from 'preact';

export interface ScreenProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

type Loader = () => Promise<{ default: ComponentType<ScreenProps> }>;

// `scoped`: open to an employer's account (a viewer limited to one organization), which may read
// only the reviews; the server refuses it everything else of the partnership.
export const routes: { path: string; load: Loader; scoped?: true }[] = [
  { path: '/admin', load: () => import('../overview/overview.tsx'), scoped: true },
  { path: '/admin/campaigns', load: () => import('../campaigns/campaigns.tsx') },
  { path: '/admin/campaigns/new', load: () => import('../campaigns/new-campaign.tsx') },
  { path: '/admin/campaigns/schedule', load: () => import('../campaigns/schedule.tsx') },
  { path: '/admin/campaigns/:id', load: () => import('../campaigns/campaign.tsx') },
  { path: '/admin/campaigns/:id/edit', load: () => import('../campaigns/edit-campaign.tsx') },
  { path: '/admin/surveys', load: () => import('../surveys/surveys.tsx') },
  { path: '/admin/surveys/:id', load: () => import('../surveys/editor.tsx') },
  { path: '/admin/contacts', load: () => import('../contacts/contacts.tsx') },
  { path: '/admin/contacts/import', load: () => import('../contacts/import.tsx') },
  { path: '/admin/contacts/:contactId', load: () => import('../contacts/contact.tsx') },
  { path: '/admin/reviews', load: () => import('../reviews/reviews.tsx'), scoped: true },
  { path: '/admin/reviews/:period', load: () => import('../reviews/review.tsx'), scoped: true },
  { path: '/admin/partnership', load: () => import('../partnership/partnership.tsx') },
  { path: '/admin/partnerships/new', load: () => import('../partnership/new-partnership.tsx') },
  { path: '/admin/users', load: () => import('../users/users.tsx') },
  { path: '/admin/outbox', load: () => import('../outbox/outbox.tsx') },
];

/** Screens that work signed out, opened instead of the sign-in form (app.tsx). */
export const openRoutes: { path: string; load: Loader }[] = [
  { path: '/admin/welcome/:token', load: () => import('../welcome/welcome.tsx') },
];

export const nav: { href: string; label: string; adminOnly?: boolean; scoped?: true }[] = [
  { href: '/admin', label: 'Overview', scoped: true },
  { href: '/admin/campaigns', label: 'Campaigns' },
  { href: '/admin/surveys', label: 'Surveys' },
  { href: '/admin/contacts', label: 'Contacts' },
  { href: '/admin/reviews', label: 'Reviews', scoped: true },
  { href: '/admin/partnership', label: 'Partnership' },
  { href: '/admin/users', label: 'Users', adminOnly: true },
  { href: '/admin/outbox', label: 'Outbox', adminOnly: true },
];
