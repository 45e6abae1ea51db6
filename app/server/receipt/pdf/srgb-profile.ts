/**
 * An sRGB ICC profile (version 2.1, display class, matrix/TRC) built from the published
 * IEC 61966-2-1 parameters: the primaries adapted to the D50 connection space (Bradford) and the
 * sRGB tone curve sampled at 256 points. Built in code rather than shipped as a file because no
 * sRGB profile is packaged in the registries this project installs from; it is only data, so
 * there is no licence question. PDF/A needs it as the output intent's destination profile.
 * Built once per process; the bytes never change.
 */

const CURVE_POINTS = 256;
const D50: readonly [number, number, number] = [0.9642, 1, 0.8249];
const RED: readonly [number, number, number] = [0.43607, 0.22249, 0.01392];
const GREEN: readonly [number, number, number] = [0.38515, 0.71687, 0.09708];
const BLUE: readonly [number, number, number] = [0.14307, 0.06061, 0.7141];
export const SRGB_PROFILE_DESCRIPTION = "sRGB IEC61966-2.1";
const COPYRIGHT = "No copyright, use freely";
/** Profile creation date in the header; fixed so that the bytes are reproducible. */
const CREATED = [2026, 1, 1, 0, 0, 0];

const align4 = (n: number): number => (n + 3) & ~3;

class Writer {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }
  u16(at: number, v: number): void {
    this.view.setUint16(at, v);
  }
  u32(at: number, v: number): void {
    this.view.setUint32(at, v);
  }
  s15Fixed16(at: number, v: number): void {
    this.view.setInt32(at, Math.round(v * 65536));
  }
  ascii(at: number, text: string): void {
    for (let i = 0; i < text.length; i++) this.bytes[at + i] = text.charCodeAt(i);
  }
}

type TagData = { size: number; write: (w: Writer, at: number) => void };

function xyzTag(xyz: readonly [number, number, number]): TagData {
  return {
    size: 20,
    write: (w, at) => {
      w.ascii(at, "XYZ ");
      xyz.forEach((v, i) => w.s15Fixed16(at + 8 + 4 * i, v));
    },
  };
}

function textDescriptionTag(text: string): TagData {
  // textDescriptionType: ASCII part, empty Unicode part, empty ScriptCode part (67 bytes).
  return {
    size: 12 + text.length + 1 + 4 + 4 + 2 + 1 + 67,
    write: (w, at) => {
      w.ascii(at, "desc");
      w.u32(at + 8, text.length + 1);
      w.ascii(at + 12, text);
    },
  };
}

function textTag(text: string): TagData {
  return {
    size: 8 + text.length + 1,
    write: (w, at) => {
      w.ascii(at, "text");
      w.ascii(at + 8, text);
    },
  };
}

/** The sRGB transfer function, linear segment near black and a 2.4 power above. */
function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

function curveTag(): TagData {
  return {
    size: 12 + 2 * CURVE_POINTS,
    write: (w, at) => {
      w.ascii(at, "curv");
      w.u32(at + 8, CURVE_POINTS);
      for (let i = 0; i < CURVE_POINTS; i++) w.u16(at + 12 + 2 * i, Math.round(srgbToLinear(i / (CURVE_POINTS - 1)) * 65535));
    },
  };
}

function buildProfile(): Uint8Array {
  const curve = curveTag();
  // Tags that share data point at the same offset, as the ICC specification allows.
  const tags: Array<[string, TagData]> = [
    ["desc", textDescriptionTag(SRGB_PROFILE_DESCRIPTION)],
    ["cprt", textTag(COPYRIGHT)],
    ["wtpt", xyzTag(D50)],
    ["rXYZ", xyzTag(RED)],
    ["gXYZ", xyzTag(GREEN)],
    ["bXYZ", xyzTag(BLUE)],
    ["rTRC", curve],
    ["gTRC", curve],
    ["bTRC", curve],
  ];
  const tableEnd = 128 + 4 + 12 * tags.length;
  const offsets = new Map<TagData, number>();
  let size = tableEnd;
  for (const [, data] of tags) {
    if (offsets.has(data)) continue;
    offsets.set(data, size);
    size = align4(size + data.size);
  }

  const w = new Writer(size);
  w.u32(0, size);
  w.u32(8, 0x02100000); // version 2.1
  w.ascii(12, "mntr");
  w.ascii(16, "RGB ");
  w.ascii(20, "XYZ ");
  CREATED.forEach((v, i) => w.u16(24 + 2 * i, v));
  w.ascii(36, "acsp");
  w.u32(64, 0); // perceptual rendering intent
  D50.forEach((v, i) => w.s15Fixed16(68 + 4 * i, v));
  w.u32(128, tags.length);
  tags.forEach(([signature, data], i) => {
    const entry = 132 + 12 * i;
    w.ascii(entry, signature);
    w.u32(entry + 4, offsets.get(data)!);
    w.u32(entry + 8, data.size);
  });
  for (const [data, at] of offsets) data.write(w, at);
  return w.bytes;
}

let cached: Uint8Array | undefined;

export function srgbProfile(): Uint8Array {
  cached ??= buildProfile();
  return cached;
}
