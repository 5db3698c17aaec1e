/**
 * Dexie and the reads the first page's state runs, gathered so that state can load them with one dynamic
 * import just after the first page starts, instead of carrying Dexie (a third of its JavaScript) in it.
 * Nothing here writes except through the functions it re-exports, each one transaction as before.
 */
export { liveQuery } from 'dexie';
export { database, onVersionChange } from './database';
export { listContacts } from './contactQueries';
export { checkinCount, hasPersonalData, hasShares, holdsBoardsOnly } from './contents';
export { allCareChanges, careChangesOf, doseEventsBetween, loadPlan } from './medicationQueries';
export { allAssessments, allCheckins, checkinOn, lastQuestionnaireDates, recentSideEffects } from './monitoringQueries';
export { loadSafetyPlan, saveSafetyPlan } from './safetyPlan';
export { loadSettings, updateSettings } from './settings';
export { persistenceState, requestPersistence, storageUse } from './storage';
