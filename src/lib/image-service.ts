/**
 * The image service that converts uploaded photos into the variants pages use: Astro's sharp
 * service, with three differences that keep a camera original off the site.
 * - The content check's limits: pixels are limited as the check counts them, and only the first
 *   frame is ever read (Astro's own service reads every frame and publishes them as a strip).
 * - A file sharp cannot decode completely fails (`failOn: 'error'`), instead of a grey remainder.
 * - A conversion that fails stops the build with one line naming the file: Astro's service would
 *   publish the uploaded bytes unchanged ("used unoptimized"), metadata and all.
 * Metadata (EXIF, XMP, IPTC: GPS position, camera serial) is never copied into a variant, and the
 * EXIF orientation is applied, so every published photo is upright.
 */
import type { LocalImageService } from 'astro';
import sharpService, { resolveSharpEncoderOptions, type SharpImageServiceConfig } from 'astro/assets/services/sharp';
import sharp, { type FitEnum, type FormatEnum } from 'sharp';
import { IMAGE_LIMITS } from '../content-policy/images';

/** The upload a transform came from, as a path under content/ when it is one. */
export function uploadName(src: string): string {
  const file = decodeURIComponent(src.split('?')[0] ?? src);
  const at = file.lastIndexOf('/content/');
  return at >= 0 ? file.slice(at + 1) : file;
}

export class ImageConversionError extends Error {
  constructor(src: string, reason: string) {
    super(
      `${uploadName(src)} could not be converted for the site (${reason}); export the image again as an ordinary JPEG or PNG and run the content check.`,
    );
    this.name = 'ImageConversionError';
    // One line for the editor; the trace only with DEBUG=1.
    if (!process.env.DEBUG) this.stack = this.message;
  }
}

type Transform = Parameters<typeof sharpService.transform>[1];
type Config = Parameters<typeof sharpService.transform>[2];
type Logger = Parameters<typeof sharpService.transform>[3];

/** CSS object-fit values to sharp's fit, as Astro's own service maps them. */
const FIT: Readonly<Record<string, FitEnum[keyof FitEnum]>> = {
  fill: 'fill',
  contain: 'inside',
  cover: 'cover',
  none: 'outside',
  'scale-down': 'inside',
  outside: 'outside',
  inside: 'inside',
};
const OUTPUT = new Set(['avif', 'webp', 'jpeg', 'jpg', 'png']);

const imageService: LocalImageService<SharpImageServiceConfig> = {
  ...sharpService,
  async transform(inputBuffer: Uint8Array, options: Transform, config: Config, logger: Logger) {
    const format = options.format ?? 'webp';
    // SVG logos are published through the SVG allowlist (src/integrations/content-checks.mjs).
    if (format === 'svg') return sharpService.transform(inputBuffer, options, config, logger);
    if (!OUTPUT.has(format))
      throw new ImageConversionError(options.src, `${format} is not one of the site's image formats`);
    const serviceConfig: SharpImageServiceConfig = config.service.config ?? {};
    const image = sharp(inputBuffer, {
      failOn: 'error',
      pages: IMAGE_LIMITS.maxFrames,
      limitInputPixels: IMAGE_LIMITS.maxPixelsTimesFrames,
    }).rotate();
    const width = options.width ? Math.round(options.width) : undefined;
    const height = options.height ? Math.round(options.height) : undefined;
    if (width || height)
      image.resize({
        width,
        height,
        kernel: serviceConfig.kernel,
        fit: width && height && options.fit ? (FIT[options.fit] ?? 'inside') : undefined,
        position: options.position,
        withoutEnlargement: true,
      });
    if (options.background) image.flatten({ background: options.background });
    const encoder = resolveSharpEncoderOptions({ format, quality: options.quality }, undefined, serviceConfig);
    image.toFormat(format === 'jpg' ? 'jpeg' : (format as keyof FormatEnum), encoder);
    try {
      const { data, info } = await image.toBuffer({ resolveWithObject: true });
      return { data: new Uint8Array(data), format: info.format };
    } catch (error) {
      throw new ImageConversionError(options.src, String((error as Error).message ?? error).split('\n')[0]!);
    }
  },
};

export default imageService;
