/**
 * What an uploaded image may be, as data: its file types, and the byte, pixel and frame limits.
 * The content check applies them to every file in content/media/ (src/content-checks/media.ts),
 * the image service converting photos for the site uses the same pixel limit
 * (src/lib/image-service.ts), and the content editor can offer the same types.
 */
import { caseless, type FormRule } from './form-rule';

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

/** What the check asks of a file that is not an image, in the check's words and the form's. */
export const IMAGE_TYPE_RULE = `use a ${Object.keys(IMAGE_EXTENSIONS).join(', ')} file (other files cannot be published)`;

/**
 * The image types as a form rule for the content editor's image fields: the name (or path) ends
 * in one of IMAGE_EXTENSIONS, in any case, as the check compares extensions in lower case.
 */
export const IMAGE_FILE_FORM_RULE: FormRule = {
  pattern: new RegExp(`(?:${Object.keys(IMAGE_EXTENSIONS).map(caseless).join('|')})$`, 'u'),
  message: `is not an image; ${IMAGE_TYPE_RULE}`,
};

/** The upload dialog's file types (an HTML accept list): the extensions and their media types. */
export const IMAGE_ACCEPT = [...IMAGE_LIMITS.extensions, ...IMAGE_LIMITS.mediaTypes].join(',');
