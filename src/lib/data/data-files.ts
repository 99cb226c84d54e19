/** The folder the build serves geodata/ under (see scripts/geodata-plugin.ts). */
export const DATA_PREFIX = 'data';

/**
 * The built-in scenario as the build checked and shaped it, from geodata/ with the same code that
 * checks an opened file (see scripts/geodata-plugin.ts): the first view needs neither the checks'
 * code nor their time.
 */
export const CHECKED_FILE = 'checked-scenario.json';
