// Unit tests in Node (vitest.config.ts, unit-node): the domain's agreement test keeps a database.
import 'fake-indexeddb/auto';
