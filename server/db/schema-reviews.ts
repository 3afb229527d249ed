/** Kysely table types of reviews (migrations/0003 and later). */
import type { Generated } from 'kysely';

/** Reviews (migrations/0003_reviews.sql). */
export interface RollupCountsTable {
  campaign_id: string;
  group_key: string;
  item: string;
  value: string;
  n: number;
  total: Generated<number>;
  sumsq: Generated<number>;
}

export interface ReviewChannelCountsTable {
  campaign_id: string;
  channel: 'sms' | 'email' | 'printed' | 'open_link';
  invited: number;
  completed: number;
}

export interface ReviewSettingsTable {
  partnership_id: string;
  comment_min_size: Generated<number>;
}

export interface GoalsTable {
  id: string;
  partnership_id: string;
  label: string;
  template_id: string;
  measure: string;
  comparison: 'at_least' | 'at_most';
  target: number;
  periods: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActionItemsTable {
  id: string;
  partnership_id: string;
  period: string;
  period_start: string;
  heard: string;
  action: string;
  owner: Generated<string>;
  due_on: string | null;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReviewFinalsTable {
  partnership_id: string;
  period: string;
  model: string;
  finalized_at: string;
  finalized_by: string;
}

export interface ReviewFinalCellsTable {
  partnership_id: string;
  period: string;
  campaign_id: string;
  responses: number;
  cells: string;
}
