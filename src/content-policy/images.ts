/**
 * What an uploaded image may be, as data: its file types, and the byte, pixel and frame limits.
 * The content check applies them to every file in content/media/ (src/content-checks/media.ts),
 * the image service converting photos for the site uses the same pixel limit
 * (src/lib/image-service.ts), and the content editor can offer the same types.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'svg';

/** The extensions an image may have, and the format its bytes must then be. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, ImageFormat>> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'avif',
  '.svg': 'svg',
};

export const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  svg: 'SVG',
};

/** 40 MB: a full-resolution camera JPEG is well below; anything larger is a mistake or an attack. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/**
 * 50 megapixels, counted over every frame (width × height × frames): more than any camera photo
 * needs, small enough to decode without exhausting memory. The image service converting photos
 * for the site is given the same limit (src/lib/image-service.ts).
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** A photo is a still image: an animated WebP or PNG would publish strips of all its frames. */
export const MAX_IMAGE_FRAMES = 1;
/** The longest a single image may take to decode at check time before it is refused. */
export const IMAGE_DECODE_DEADLINE_MS = 60_000;

/**
 * What an upload may be, as data for every place that accepts one (the check, the image service,
 * the content editor's upload dialog): file types, bytes, pixels × frames, frames.
 */
export const IMAGE_LIMITS = {
  extensions: Object.keys(IMAGE_EXTENSIONS),
  mediaTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/svg+xml'],
  maxBytes: MAX_IMAGE_BYTES,
  maxPixelsTimesFrames: MAX_IMAGE_PIXELS,
  maxFrames: MAX_IMAGE_FRAMES,
} as const;
