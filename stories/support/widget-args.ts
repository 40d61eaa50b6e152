/** The attributes every widget takes besides its feed (`src`, `feed`). */
export interface WidgetArgs {
  sectors: string;
  organizations: string;
  places: string;
  limit: number;
  lang: string;
}

export const WIDGET_DEFAULTS: WidgetArgs = { sectors: '', organizations: '', places: '', limit: 0, lang: 'fr' };

export const WIDGET_ARG_TYPES = {
  lang: { control: 'inline-radio', options: ['fr', 'en'] },
  limit: { control: { type: 'number', min: 0 } },
} as const;

export const feedOf = <T>(loaded: Record<string, unknown>) => loaded['feed'] as T;
export const srcOf = (loaded: Record<string, unknown>) => loaded['src'] as string;
