/**
 * For widgets that always show missions or cooperations: their readers registered with the widget's own code,
 * instead of fetched by the loader once a feed has such records (see `parse/optional.ts`).
 */
import { parseCooperation } from './cooperation.js';
import { parseMission } from './mission.js';
import { readers } from './optional.js';

export function useMissionReader(): void {
  readers.mission ??= parseMission;
}

export function useCooperationReader(): void {
  readers.cooperation ??= parseCooperation;
}
