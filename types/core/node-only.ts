// tsconfig.core.json maps Node-only packages (better-sqlite3, nodemailer, twilio, @hono/node-server)
// here, so a core file importing one fails tsc: a named or default import finds nothing, and this
// line fails for any import at all. Their own types would otherwise resolve, and several reference
// Node's types, handing every core file `process` and `Buffer`. Only server/runtime/ imports them.
export const onlyServerRuntimeMayImportThisPackage: never = 'imported from outside server/runtime/';
