/**
 * The demo partnership on paper: who is in it and how each employer's jobs feel to the people in them.
 * Scores are on the 1-5 agree scale (5 = the good end); the answer generator adds personal and item
 * noise around them. Every name here is invented.
 */
import type { Lang } from '../../surveys/index.ts';

export const demoPartnership = {
  name: 'River Valley Advanced Manufacturing Partnership',
  sector: 'Advanced manufacturing',
  region: 'River Valley, Illinois',
  timeZone: 'America/Chicago',
  reviewYear: 'program',
  minGroupSize: 5,
  // The board's help line (555-01xx numbers are reserved for fiction), printed on pages and posters.
  helpContact: '+13095550142',
} as const;

export interface PartnerOrg {
  name: string;
  kind: 'workforce_board' | 'education' | 'community';
  domain: string;
  /** Staff who answer the partner ROI survey: first, last, job, language. */
  staff: [string, string, string, 'en' | 'es'][];
  /** How much this partner values the partnership, 1-5, before the trend. */
  value: number;
}

export const partnerOrgs: PartnerOrg[] = [
  {
    name: 'River Valley Workforce Board',
    kind: 'workforce_board',
    domain: 'rivervalleyworks.example',
    staff: [
      ['Denise', 'Whitfield', 'director', 'en'],
      ['Marcus', 'Ortega', 'business.services', 'en'],
      ['Priya', 'Nair', 'data', 'en'],
    ],
    value: 4.2,
  },
  {
    name: 'River Valley Community College',
    kind: 'education',
    domain: 'rvcc.example',
    staff: [
      ['Tom', 'Brennan', 'manufacturing.dean', 'en'],
      ['Angela', 'Ruiz', 'apprenticeships', 'en'],
    ],
    value: 3.9,
  },
  {
    name: 'Centro Comunitario del Valle',
    kind: 'community',
    domain: 'centrodelvalle.example',
    staff: [
      ['Lucía', 'Herrera', 'programas', 'es'],
      ['James', 'Okafor', 'outreach', 'en'],
    ],
    value: 3.4,
  },
];

/** A change that starts in the quarter with this index (0 = the oldest demo quarter) and lasts. */
export interface Shift {
  fromQuarter: number;
  dims: Record<string, number>;
}

export interface EmployerProfile {
  name: string;
  /** What the firm makes, for the reader of this file. */
  trade: string;
  domain: string;
  workers: number;
  spanishShare: number;
  /** Shares of the workers who read another page language (Vietnamese, Arabic) best. */
  otherLanguages?: [Lang, number][];
  sites: string[];
  occupations: [string, number][];
  /** Mean agreement per worker-voice dimension; dimensions not listed sit at `typical`. */
  dims: Record<string, number>;
  /** Offsets for single items, e.g. scheduling inside "job security and working conditions". */
  items?: Record<string, number>;
  shift?: Shift;
  workerResponseRate: number;
  /** HR contacts who answer the employer survey. */
  hr: [string, string, 'en' | 'es'][];
  /** Satisfaction with the partnership, 1-10, in the oldest quarter; it rises with `satisfactionTrend`. */
  satisfaction: number;
}

export const typical = 3.6;

export const employers: EmployerProfile[] = [
  {
    name: 'Prairie Precision Machining',
    trade: 'precision machined parts',
    domain: 'prairieprecision.example',
    workers: 48,
    spanishShare: 0.25,
    sites: ['Millbrook', 'Cedar Falls Road'],
    occupations: [
      ['CNC operator', 4],
      ['machinist', 4],
      ['quality inspector', 1.5],
      ['maintenance technician', 1],
    ],
    // Runs a registered apprenticeship with the college: strong on skills and advancement.
    dims: { skills_advancement: 4.5, pay: 3.9, culture: 4.0, empowerment: 3.7 },
    workerResponseRate: 0.62,
    hr: [
      ['Karen', 'Lindqvist', 'en'],
      ['Roberto', 'Salinas', 'en'],
      ['Megan', 'Fisher', 'en'],
    ],
    satisfaction: 7.2,
  },
  {
    name: 'Riverbend Plastics',
    trade: 'injection-molded plastics',
    domain: 'riverbendplastics.example',
    workers: 40,
    spanishShare: 0.5,
    sites: ['Riverbend'],
    occupations: [
      ['machine operator', 5],
      ['material handler', 2],
      ['quality inspector', 1],
      ['maintenance technician', 1],
    ],
    // Low pay and schedules posted late: the partnership's hardest job-quality case.
    dims: { pay: 2.2, security_conditions: 2.7, benefits: 2.8, culture: 3.3 },
    items: { schedule_ahead: -0.9 },
    workerResponseRate: 0.45,
    hr: [
      ['Gary', 'Holt', 'en'],
      ['Sandra', 'Villanueva', 'es'],
    ],
    satisfaction: 5.6,
  },
  {
    name: 'ClearPath Food Packaging',
    otherLanguages: [
      ['vi', 0.15],
      ['ar', 0.1],
    ],
    trade: 'food-grade packaging',
    domain: 'clearpathpackaging.example',
    workers: 36,
    spanishShare: 0.55,
    sites: ['North Plant', 'South Plant'],
    occupations: [
      ['packaging operator', 5],
      ['line lead', 1],
      ['quality inspector', 1.5],
      ['maintenance technician', 1],
    ],
    // Fair pay, but supervisors who do not listen and a culture people describe as fearful.
    dims: { culture: 2.1, empowerment: 2.2, deia: 2.7, pay: 3.4 },
    workerResponseRate: 0.5,
    hr: [
      ['Linda', 'Marsh', 'en'],
      ['Héctor', 'Domínguez', 'es'],
      ['Paul', 'Novak', 'en'],
    ],
    satisfaction: 6.4,
  },
  {
    name: 'Heartland Metal Fabrication',
    trade: 'structural and sheet-metal fabrication',
    domain: 'heartlandfab.example',
    workers: 32,
    spanishShare: 0.3,
    sites: ['Millbrook'],
    occupations: [
      ['welder', 5],
      ['fabricator', 3],
      ['press brake operator', 2],
      ['maintenance technician', 1],
    ],
    // A new wage scale and a paid welding-certification track from April: pay and skills jump.
    dims: { pay: 2.6, skills_advancement: 2.7, security_conditions: 3.4 },
    shift: { fromQuarter: 2, dims: { pay: 1.4, skills_advancement: 1.5, culture: 0.3 } },
    workerResponseRate: 0.55,
    hr: [
      ['Doug', 'Reinholt', 'en'],
      ['Teresa', 'Campos', 'en'],
    ],
    satisfaction: 6.0,
  },
  {
    name: 'Lakeside Electronics Assembly',
    otherLanguages: [['vi', 0.2]],
    trade: 'circuit-board and electronics assembly',
    domain: 'lakesideelectronics.example',
    workers: 26,
    spanishShare: 0.3,
    sites: ['Lakeside'],
    occupations: [
      ['assembler', 5],
      ['SMT operator', 2],
      ['quality inspector', 1.5],
      ['test technician', 1],
    ],
    dims: { benefits: 4.3, deia: 4.1, pay: 3.5 },
    workerResponseRate: 0.66,
    hr: [
      ['Jennifer', 'Cho', 'en'],
      ['Mark', 'Delaney', 'en'],
      ['Rosa', 'Medina', 'es'],
    ],
    satisfaction: 7.6,
  },
  {
    name: 'Ridgeline Auto Components',
    otherLanguages: [['ar', 0.12]],
    trade: 'brake and suspension parts for auto makers',
    domain: 'ridgelineauto.example',
    workers: 18,
    spanishShare: 0.25,
    sites: ['Ridgeline'],
    occupations: [
      ['assembler', 3],
      ['CNC operator', 2],
      ['welder', 1],
      ['quality inspector', 1],
    ],
    // Orders from one automaker swing with model changes, so people worry about layoffs.
    dims: { security_conditions: 2.9, pay: 3.6 },
    items: { job_secure: -0.9 },
    workerResponseRate: 0.58,
    hr: [
      ['Steve', 'Kowalski', 'en'],
      ['Ana', 'Beltrán', 'en'],
    ],
    satisfaction: 6.8,
  },
];

/** Employers' satisfaction (1-10) gains this much per quarter as the partnership finds its feet. */
export const satisfactionTrend = 0.55;
/** Partners' sense of value (1-5) gains this much per quarter. */
export const valueTrend = 0.12;
