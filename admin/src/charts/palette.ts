// Colours of chart series, chosen to stay apart for common colour-vision
// deficiencies (the Okabe-Ito set) and readable on a white background.
export const seriesColors = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermilion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#C9A800',
  grey: '#7F7F7F',
} as const;

export const networkColors: Readonly<Record<string, string>> = {
  LINKEDIN: seriesColors.blue,
  X: '#333333',
  FACEBOOK: seriesColors.sky,
  EMAIL: seriesColors.orange,
};

/** Blends white into a colour by `intensity` from 0 (white) to 1 (the colour), for heat map cells. */
export function heatColor(intensity: number, base = '#0072B2'): string {
  const clamp = Math.max(0, Math.min(1, intensity));
  const channel = (offset: number) => {
    const value = parseInt(base.slice(offset, offset + 2), 16);
    return Math.round(255 - (255 - value) * clamp)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
