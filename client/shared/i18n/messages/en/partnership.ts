// The partnership's settings, organizations, members and languages (client/admin/partnership/). ICU MessageFormat.
// `<sr>…</sr>` is text only a screen reader says (the button's whole name: "Remove Acme Tool").
export default {
  // The screen and a new partnership
  partnership: 'Partnership',
  noPartnership: 'There is no partnership yet.',
  startPartnership: 'Start a partnership',
  startAnother: 'Start another partnership',
  onlyAdminSettings: 'Only an administrator can change these settings.',
  saveSettings: 'Save settings',
  newPartnership: 'New partnership',
  onlyAdminStart: 'Only an administrator can start a partnership.',
  createPartnership: 'Create the partnership',

  // Its settings
  settings: 'Settings',
  name: 'Name',
  sector: 'Sector',
  sectorHint: 'For example: Advanced manufacturing',
  region: 'Region',
  timeZone: 'Time zone',
  timeZoneHint: 'An IANA zone such as America/Chicago; texts go out in its daytime.',
  reviewsBy: 'Reviews by',
  programYear: 'Program year (July to June)',
  calendarYear: 'Calendar year',
  minGroupSize: 'Minimum group size',
  minGroupSizeHint: 'Groups with fewer respondents are never shown (at least 3).',
  textsFrom: 'Texts from',
  textsUntil: 'Texts until',
  fallbackLanguage: 'Fallback language',
  fallbackHint:
    'Contacts who speak a language a survey is not written in get it in this language, with links to its other languages.',
  helpContact: 'Help contact (optional)',
  helpContactHint:
    'A phone with its country code (+1 312 555 0100) or an email. Survey pages and posters give it for questions.',
  saving: 'Saving…',
  save: 'Save',
  saved: 'Saved.',
  cancel: 'Cancel',

  // What the forms' checks say (the contracts' own English, see field-errors.ts)
  errHelpEmail: 'Use an email address such as help@example.org.',
  errHelpPhone: 'Use a phone number with its country code, such as +1 312 555 0100, or an email address.',
  errTimeZone: 'Use an IANA time zone such as America/Chicago.',
  errMinGroupSize: 'The minimum group size is never below 3.',
  errStartTime: 'Use a time such as 08:00.',
  errEndTime: 'Use a time such as 20:00 (24:00 for the end of the day).',
  errWindow: 'The window must end after it starts.',
  errCommentMin: 'The comment minimum is never below 3.',
  errEmpty: 'Too small: expected string to have >=1 characters',
  errTooLong: 'Too big: expected string to have <={max} characters',
  errNumber: 'Invalid input: expected number, received NaN',
  errWhole: 'Invalid input: expected int, received number',
  errTooBig: 'Too big: expected number to be <={max}',

  // Comments in reviews
  commentsInReviews: 'Comments in reviews',
  theReviewSettings: 'review settings',
  commentMinimum: 'Comment minimum',
  commentMinLabel: 'Show comments from surveys with at least this many answers',
  commentMinHint: 'Never fewer than 3, nor than the minimum group size ({min}).',

  // Organizations
  organizations: 'Organizations',
  theOrganizations: 'organizations',
  noOrganizations: 'No organizations yet. Add the employers and partners below.',
  addOrganizationTitle: 'Add an organization',
  kind: 'Kind',
  kindName:
    '{kind, select, employer {employer} education {education} workforce_board {workforce board} community {community} labor {labor} economic_development {economic development} other {other}}',
  addOrganization: 'Add organization',
  addedOrganization: 'Added {name}.',
  savedOrganization: 'Saved {name} ({kind}).',
  editNamed: 'Edit {name}',
  edit: 'Edit<sr> {name}</sr>',
  remove: 'Remove<sr> {name}</sr>',
  yesRemove: 'Yes, remove<sr> {name}</sr>',
  keep: 'Keep<sr> {name}</sr>',
  askRemoveOrganization: 'Remove {name}?',
  contactsReleased:
    '{n, plural, =0 {No contact belongs to it.} one {# contact keeps their details and links but no longer belongs to an organization.} other {# contacts keep their details and links but no longer belong to an organization.}}',
  accountsLoseAccess:
    '{n, plural, one {# employer account loses} other {# employer accounts lose}} access to this partnership: {accounts}.',
  pastReviewsKeep:
    'Past reviews keep its name and figures; it is no longer offered for new contacts or accounts.',
  onlyAdminRemove: 'Only an administrator can remove it while accounts depend on it.',
  removedOrganization: '{name} was removed. Past reviews still show it.',

  // Members
  members: 'Members',
  membersIntro:
    'Administrators see every partnership. Analysts and viewers see the ones they are members of; a viewer limited to one organization sees only the reviews, with that organization beside the whole sector.',
  theMembers: 'members',
  noMembers: 'No analyst or viewer works on this partnership yet.',
  membersCaption: 'Members of this partnership',
  email: 'Email',
  role: 'Role',
  sees: 'Sees',
  actions: 'Actions',
  roleName: '{role, select, admin {admin} analyst {analyst} viewer {viewer} other {{role}}}',
  onlyBeside: 'Only {organization}, beside the whole sector',
  oneOrganization: 'one organization',
  wholePartnership: 'The whole partnership',
  memberRemoved: '{name} no longer works on this partnership.',
  memberAdded: '{name} can now work on this partnership.',
  removeMember: 'Remove<sr> {name} from this partnership</sr>',
  askRemoveMember: 'Remove {name} from this partnership?',

  // Adding a member
  theStaffAccounts: 'staff accounts',
  everyoneIsMember:
    'Every analyst and viewer already works on this partnership. Add more accounts under <link>Users</link>.',
  addMemberTitle: 'Add a member',
  staffMember: 'Staff member',
  choose: 'Choose…',
  memberOption: '{name} ({role}, {email})',
  whatTheySee: 'What they see',
  whatTheySeeHint: "An employer's staff: only their organization, beside the whole sector.",
  loadingOrganizations: 'Loading organizations…',
  onlyOrganization: 'Only {organization}',
  addToPartnership: 'Add to this partnership',
  organizationsFailed: 'The organizations could not be loaded: {message}',

  // Contact details that expire (contact-retention.tsx)
  retentionTitle: 'Contact details that expire',
  retentionWhat:
    'You can have contact details erased on their own some time after the last survey a person was invited to closes (or after they were added, if they were never invited). Their name, email address, phone number, organization and other details such as occupation are erased, and the links they were sent stop working. Nobody invited to a survey that is still open is erased.',
  retentionKept:
    'Nothing you report changes: every answer stays, and so do the counts of invitations, answers and messages, the response rates, the reviews, the goals and the exports.',
  retentionStop:
    'A STOP or an unsubscribe is never forgotten: it is kept as a code that cannot be read back into the number or address, so if the same person is added again they are still not texted or emailed.',
  retentionChoice: 'Keep contact details',
  retentionOff: 'Until someone erases them (the default)',
  retentionOn: 'For a set number of days after the last survey they were invited to closes',
  retentionDays: 'Days to keep them',
  retentionDaysHint: 'From 30 to 3650 days. For example, 180 keeps them about six months.',
  retentionDueTitle: 'Due to be erased in the next {days, number} days',
  theRetentionList: 'the contacts due to be erased',
  retentionNoneOff: 'Contact details are kept until someone erases them, so nobody is due.',
  retentionNoneDue: 'Nobody is due to be erased in the next {days, number} days.',
  retentionDueCaption:
    '{total, plural, one {# contact is due to be erased} other {# contacts are due to be erased}}, soonest first',
  retentionErasedFrom: 'Erased from',
  previousPage: 'Previous',
  nextPage: 'Next',
};
