// The partnership's settings, organizations, members and languages (client/admin/partnership/). ICU MessageFormat.
export default {};
