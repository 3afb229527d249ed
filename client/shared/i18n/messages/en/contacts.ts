// Contacts: the paged list, a contact's form, erasure, bulk actions and the CSV import (client/admin/contacts/). ICU MessageFormat.
export default {};
