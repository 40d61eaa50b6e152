/**
 * Maillage, all in one: importing this module registers <maillage-feed>, <maillage-agenda>, <maillage-map>,
 * <maillage-volunteers> and <maillage-showcase>.
 */
export * from '@maillage/core';
export * from '@maillage/agenda';
export * from '@maillage/map';
export * from '@maillage/volunteers';
export * from '@maillage/showcase';
