// Makes the stand-in photos and logos that ship until the City supplies the real files.
// Each image says plainly that it is a stand-in. Run: npm run stand-ins
// Real files replace the outputs under content/media/ (see README, "Replacing stand-ins").
import fs from 'node:fs/promises';
import sharp from 'sharp';

const out = new URL('../../content/media/', import.meta.url);
const font = `font-family="Noto Sans CJK JP, Noto Sans, sans-serif"`;

/** A neutral photo-sized card with a label and numbered positions, left to right. */
function photoSvg({ width, height, title, subtitle, positions }) {
  const slot = width / positions.length;
  const people = positions
    .map((label, i) => {
      const cx = slot * i + slot / 2;
      return `<g>
        <circle cx="${cx}" cy="${height * 0.48}" r="${Math.min(slot * 0.28, 110)}" fill="#c9d6df"/>
        <rect x="${cx - slot * 0.3}" y="${height * 0.6}" width="${slot * 0.6}" height="${height * 0.3}" rx="24" fill="#c9d6df"/>
        <text x="${cx}" y="${height * 0.5 + 24}" text-anchor="middle" font-size="64" font-weight="700" fill="#1d3557" ${font}>${i + 1}</text>
        <text x="${cx}" y="${height * 0.8}" text-anchor="middle" font-size="${Math.min(34, slot / 6)}" fill="#1d3557" ${font}>${label}</text>
      </g>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
    <rect width="100%" height="100%" fill="#eef3f6"/>
    <rect x="12" y="12" width="${width - 24}" height="${height - 24}" fill="none" stroke="#1d3557" stroke-width="6" stroke-dasharray="28 16"/>
    <text x="${width / 2}" y="110" text-anchor="middle" font-size="60" font-weight="700" fill="#1d3557" ${font}>${title}</text>
    <text x="${width / 2}" y="180" text-anchor="middle" font-size="38" fill="#1d3557" ${font}>${subtitle}</text>
    ${people}
  </svg>`;
}

async function photo(name, spec) {
  await sharp(Buffer.from(photoSvg(spec)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(new URL(`photos/${name}.jpg`, out).pathname);
}

/** A logo-shaped stand-in: the partner's name in a frame marked STAND-IN. */
function logoSvg(name, colour) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="160" viewBox="0 0 480 160" role="img">
  <rect x="4" y="4" width="472" height="152" rx="12" fill="#ffffff" stroke="${colour}" stroke-width="8" stroke-dasharray="20 10"/>
  <text x="240" y="86" text-anchor="middle" font-family="system-ui, sans-serif" font-size="44" font-weight="700" fill="${colour}">${name}</text>
  <text x="240" y="128" text-anchor="middle" font-family="system-ui, sans-serif" font-size="22" fill="${colour}">STAND-IN LOGO / 仮ロゴ</text>
</svg>
`;
}

await fs.mkdir(new URL('photos/', out), { recursive: true });
await fs.mkdir(new URL('logos/', out), { recursive: true });
await photo('signing-photo', {
  width: 1600,
  height: 1067,
  title: 'STAND-IN PHOTO / 仮画像',
  subtitle: 'Signing ceremony, 11 February 2020 / 締結式 2020年2月11日',
  positions: ['Domdey', 'Takahashi'],
});
await photo('group-photo', {
  width: 2000,
  height: 1000,
  title: 'STAND-IN PHOTO / 仮画像',
  subtitle: 'Group photo, from left / 集合写真（左から）',
  positions: ['Kimura', 'Nomura', 'Geltinger', 'Wolter', 'Domdey', 'Kono', 'Takahashi', 'Shimamura'],
});
await fs.writeFile(new URL('logos/city-of-kawasaki.svg', out), logoSvg('City of Kawasaki', '#0b5394'));
await fs.writeFile(new URL('logos/biom.svg', out), logoSvg('BioM', '#1b6e3a'));
console.log('stand-ins written to content/media/');
