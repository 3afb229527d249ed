// One-line text is a rule of the API's fields, so it lives with the contracts, which the dashboard
// may import (server/fields/contract.ts); the schemas not yet in a contract still import it from here.
export { oneLine } from './fields/contract.ts';
