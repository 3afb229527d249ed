/**
 * Invented people for the demo: workers, employer HR contacts and partner staff, as contact objects
 * ready for `addContacts`. Phones are the fictional 555-01xx numbers of several Illinois area codes.
 */
import type { Lang } from '../../surveys/index.ts';
import type { Rng } from './prng.ts';
import { employers, partnerOrgs } from './profiles.ts';

const englishFirst = [
  'James',
  'Mary',
  'Michael',
  'Jennifer',
  'David',
  'Linda',
  'Robert',
  'Ashley',
  'Brian',
  'Jessica',
  'Kevin',
  'Amanda',
  'Jason',
  'Tiffany',
  'Tyler',
  'Brittany',
  'Darnell',
  'Keisha',
  'Cody',
  'Heather',
  'Derrick',
  'Crystal',
  'Travis',
  'Latoya',
  'Dustin',
  'Megan',
  'Andre',
  'Kayla',
  'Shawn',
  'Amber',
  'Nguyen',
  'Mai',
  'Tom',
  'Rachel',
  'Eric',
  'Samantha',
  'Lamar',
  'Destiny',
  'Ryan',
  'Hannah',
];
const englishLast = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Carter',
  'Mitchell',
  'Roberts',
  'Turner',
  'Phillips',
  'Campbell',
  'Parker',
  'Evans',
  'Edwards',
  'Collins',
  'Stewart',
  'Tran',
  'Pham',
  'Kowalczyk',
  'Schultz',
];
const spanishFirst = [
  'José',
  'María',
  'Juan',
  'Guadalupe',
  'Luis',
  'Rosa',
  'Carlos',
  'Ana',
  'Jorge',
  'Verónica',
  'Miguel',
  'Adriana',
  'Francisco',
  'Leticia',
  'Alejandro',
  'Claudia',
  'Jesús',
  'Patricia',
  'Ricardo',
  'Yesenia',
  'Eduardo',
  'Alma',
  'Arturo',
  'Brenda',
  'Sergio',
  'Maribel',
  'Raúl',
  'Sofía',
  'Fernando',
  'Gabriela',
  'Óscar',
  'Daniela',
  'Javier',
  'Mónica',
  'Héctor',
  'Lorena',
];
const spanishLast = [
  'García',
  'Hernández',
  'Martínez',
  'López',
  'González',
  'Rodríguez',
  'Pérez',
  'Sánchez',
  'Ramírez',
  'Torres',
  'Flores',
  'Rivera',
  'Gómez',
  'Díaz',
  'Reyes',
  'Morales',
  'Cruz',
  'Ortiz',
  'Gutiérrez',
  'Chávez',
  'Ramos',
  'Mendoza',
  'Ruiz',
  'Álvarez',
  'Castillo',
  'Jiménez',
  'Vázquez',
  'Romero',
  'Herrera',
  'Medina',
  'Aguilar',
  'Vargas',
  'Castro',
  'Delgado',
  'Salazar',
];

/** Area codes of northern and central Illinois; each has 100 fictional numbers, 555-0100 to 555-0199. */
const areaCodes = ['815', '779', '309', '217', '630', '331', '708', '847', '224', '618', '312', '773'];

export interface DemoContact {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  language: Lang;
  kind: 'worker' | 'employer' | 'partner';
  organization: string;
  attributes: Record<string, string>;
  smsConsent: boolean;
}

/** Lower-case ASCII for email local parts: "José Ramírez" becomes "jose.ramirez". */
function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

function phonePool(rng: Rng): () => string {
  const numbers = areaCodes.flatMap((ac) =>
    Array.from({ length: 100 }, (_, i) => `+1${ac}55501${String(i).padStart(2, '0')}`),
  );
  rng.shuffle(numbers);
  let next = 0;
  return () => {
    const n = numbers[next++];
    if (!n) throw new Error('The demo ran out of fictional phone numbers.');
    return n;
  };
}

// Names of the Vietnamese- and Arabic-speaking workers of a few plants, written as US payroll writes them.
const otherNames: Partial<Record<Lang, { first: string[]; last: string[] }>> = {
  vi: {
    first: ['Minh', 'Lan', 'Huong', 'Tuan', 'Thanh', 'Linh', 'Hoa', 'Dung', 'Khanh', 'Mai', 'Quang', 'Trang'],
    last: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do'],
  },
  ar: {
    first: ['Ahmed', 'Fatima', 'Mohammed', 'Layla', 'Omar', 'Huda', 'Yusuf', 'Amira', 'Khalid', 'Noor', 'Samir', 'Rania'],
    last: ['Hassan', 'Ali', 'Saleh', 'Haddad', 'Mansour', 'Khalil', 'Nasser', 'Aziz', 'Darwish', 'Qasim'],
  },
};

function workerName(rng: Rng, language: Lang): [string, string] {
  // Many English-preferring workers have Spanish names too; a few Spanish speakers married into others.
  const spanishFirstName = language === 'es' ? rng.chance(0.95) : rng.chance(0.2);
  const spanishLastName =
    language === 'es' ? rng.chance(0.9) : spanishFirstName ? rng.chance(0.85) : rng.chance(0.08);
  // The same draws for every language, so adding languages leaves everyone else's name as it was.
  const other = otherNames[language];
  return [
    rng.pick(other ? other.first : spanishFirstName ? spanishFirst : englishFirst),
    rng.pick(other ? other.last : spanishLastName ? spanishLast : englishLast),
  ];
}

export function demoContacts(rng: Rng): DemoContact[] {
  const nextPhone = phonePool(rng.fork('phones'));
  const usedEmails = new Set<string>();
  const email = (local: string, domain: string) => {
    let address = `${local}@${domain}`;
    for (let n = 2; usedEmails.has(address); n++) address = `${local}${n}@${domain}`;
    usedEmails.add(address);
    return address;
  };
  const out: DemoContact[] = [];

  const people = rng.fork('workers');
  // Its own stream, so the other languages change no one else's draws.
  const tongues = rng.fork('other-languages');
  for (const employer of employers) {
    for (let i = 0; i < employer.workers; i++) {
      let language: Lang = people.chance(employer.spanishShare) ? 'es' : 'en';
      if (language === 'en') {
        const draw = tongues.next();
        let below = 0;
        for (const [lang, share] of employer.otherLanguages ?? []) {
          below += share;
          if (draw < below) {
            language = lang;
            break;
          }
        }
      }
      const [firstName, lastName] = workerName(people, language);
      // Most workers are reached by SMS; some gave only an email, some both.
      const reach = people.weighted([
        ['phone', 78],
        ['both', 14],
        ['email', 8],
      ] as const);
      out.push({
        firstName,
        lastName,
        phone: reach === 'email' ? undefined : nextPhone(),
        email: reach === 'phone' ? undefined : email(slug(`${firstName}.${lastName}`), 'mail.example'),
        language,
        kind: 'worker',
        organization: employer.name,
        attributes: {
          occupation: people.weighted(employer.occupations),
          site: people.pick(employer.sites),
          shift: people.weighted([
            ['day', 5],
            ['evening', 3],
            ['night', 2],
          ] as const),
        },
        smsConsent: reach !== 'email' && people.chance(0.92),
      });
    }
  }

  for (const employer of employers) {
    employer.hr.forEach(([firstName, lastName, language], i) => {
      out.push({
        firstName,
        lastName,
        // The first contact is the shared HR inbox many small plants use.
        email: email(i === 0 ? 'hr' : slug(`${firstName}.${lastName}`), employer.domain),
        phone: i === 1 ? nextPhone() : undefined,
        language,
        kind: 'employer',
        organization: employer.name,
        attributes: { role: i === 0 ? 'HR manager' : i === 1 ? 'plant manager' : 'owner' },
        smsConsent: false,
      });
    });
  }

  for (const org of partnerOrgs) {
    for (const [firstName, lastName, local, language] of org.staff) {
      out.push({
        firstName,
        lastName,
        email: email(local, org.domain),
        language,
        kind: 'partner',
        organization: org.name,
        attributes: {},
        smsConsent: false,
      });
    }
  }
  return out;
}
