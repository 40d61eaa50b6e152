/**
 * Registers every Maillage element, and nothing else: the module behind `dist/maillage.js`, the file a
 * webmaster's script tag loads. (The package's index also exports the classes and the feed tools.)
 */
import '@maillage/core/define';
import '@maillage/agenda/define';
import '@maillage/map/define';
import '@maillage/volunteers/define';
import '@maillage/showcase/define';
