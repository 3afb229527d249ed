// Surveys: the list and the editor, its checks, preview, translation round trip and publishing (client/admin/surveys/). ICU MessageFormat.
export default {};
