// Real IndexedDB semantics (transactions, indexes, upgrades) in Node for the db/ tests.
import 'fake-indexeddb/auto';
