/**
 * What an uploaded image may be, as data, defined once for every place that accepts one: the
 * content check (src/content-checks/media.ts), the image service converting photos for the site
 * (src/lib/image-service.ts, astro.config.mjs) and the content editor's upload dialog. Each
 * format's extensions, media type and name are one row of IMAGE_FORMATS; the limits are below it.
 */
import { caseless, type FormRule } from './form-rule';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'svg';

/** Per format: the name shown in messages, the media type, and the extensions its files may have. */
export const IMAGE_FORMATS: Readonly<
  Record<ImageFormat, { name: string; mediaType: string; extensions: readonly string[] }>
> = {
  jpeg: { name: 'JPEG', mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  png: { name: 'PNG', mediaType: 'image/png', extensions: ['.png'] },
  webp: { name: 'WebP', mediaType: 'image/webp', extensions: ['.webp'] },
  avif: { name: 'AVIF', mediaType: 'image/avif', extensions: ['.avif'] },
  svg: { name: 'SVG', mediaType: 'image/svg+xml', extensions: ['.svg'] },
};

const formats = Object.entries(IMAGE_FORMATS) as [ImageFormat, (typeof IMAGE_FORMATS)[ImageFormat]][];

/** The extensions an image may have (lower case, with the dot), and the format its bytes must then be. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, ImageFormat>> = Object.fromEntries(
  formats.flatMap(([format, { extensions }]) => extensions.map((extension) => [extension, format])),
);

export const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = Object.fromEntries(
  formats.map(([format, { name }]) => [format, name]),
) as Record<ImageFormat, string>;

/** 40 MB: a full-resolution camera JPEG is well below; anything larger is a mistake or an attack. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/**
 * 50 megapixels, counted over every frame (width × height × frames): more than any camera photo
 * needs, small enough to decode without exhausting memory.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** A photo is a still image: an animated WebP or PNG would publish strips of all its frames. */
export const MAX_IMAGE_FRAMES = 1;
/** The longest a single image may take to decode at check time before it is refused. */
export const IMAGE_DECODE_DEADLINE_MS = 60_000;

/**
 * What an upload may be, for every place that accepts one (the check, the image service, the
 * content editor's upload dialog): file types, bytes, pixels × frames, frames, decoding time.
 */
export const IMAGE_LIMITS = {
  extensions: Object.keys(IMAGE_EXTENSIONS),
  mediaTypes: formats.map(([, { mediaType }]) => mediaType),
  maxBytes: MAX_IMAGE_BYTES,
  maxPixelsTimesFrames: MAX_IMAGE_PIXELS,
  maxFrames: MAX_IMAGE_FRAMES,
  decodeDeadlineMs: IMAGE_DECODE_DEADLINE_MS,
} as const;

/** What the check asks of a file that is not an image, in the check's words and the form's, and in Japanese. */
export const IMAGE_TYPE_RULE = `use a ${Object.keys(IMAGE_EXTENSIONS).join(', ')} file (other files cannot be published)`;
export const IMAGE_TYPE_RULE_JA = `${Object.keys(IMAGE_EXTENSIONS).join('、')} のファイルを使ってください（ほかの種類のファイルは公開できません）。`;

/**
 * The image types as a form rule for the content editor's image fields: the name (or path) ends
 * in one of IMAGE_EXTENSIONS, in any case, as the check compares extensions in lower case.
 */
export const IMAGE_FILE_FORM_RULE: FormRule = {
  pattern: new RegExp(`(?:${Object.keys(IMAGE_EXTENSIONS).map(caseless).join('|')})$`, 'u'),
  message: {
    ja: `このファイルは画像として使えません。${IMAGE_TYPE_RULE_JA}`,
    en: `is not an image; ${IMAGE_TYPE_RULE}`,
  },
};

/** The upload dialog's file types (an HTML accept list): the extensions and their media types. */
export const IMAGE_ACCEPT = [...IMAGE_LIMITS.extensions, ...IMAGE_LIMITS.mediaTypes].join(',');
