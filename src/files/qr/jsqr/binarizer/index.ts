// @ts-nocheck — jsQR 1.4.0 (Apache-2.0: ./LICENSE, ./README.md), vendored; this project's changes are marked "spamlab:". Not held to the project's strict types.
import {BitMatrix} from "../BitMatrix.js";

const REGION_SIZE = 8;
const MIN_DYNAMIC_RANGE = 24;

function numBetween(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

// Like BitMatrix but accepts arbitry Uint8 values
class Matrix {
  public data: Uint8ClampedArray; // spamlab: read by the *InRange rows
  private width: number;
  // spamlab: may wrap grey levels already read (binarizeGrey)
  constructor(width: number, height: number, data?: Uint8ClampedArray) {
    this.width = width;
    this.data = data ?? new Uint8ClampedArray(width * height);
  }
  public get(x: number, y: number) {
    return this.data[y * this.width + x];
  }
  public set(x: number, y: number, value: number) {
    this.data[y * this.width + x] = value;
  }
}

export function binarize(data: Uint8ClampedArray, width: number, height: number, returnInverted: boolean) {
  if (data.length !== width * height * 4) {
    throw new Error("Malformed data passed to binarizer.");
  }
  // Convert image to greyscale
  const greyscalePixels = new Matrix(width, height);
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) {
      const r = data[((y * width + x) * 4) + 0];
      const g = data[((y * width + x) * 4) + 1];
      const b = data[((y * width + x) * 4) + 2];
      greyscalePixels.set(x, y, 0.2126 * r + 0.7152 * g + 0.0722 * b);
    }
  }
  return binarizeGreyscale(greyscalePixels, width, height, returnInverted);
}

/**
 * spamlab: the binarizer from grey levels (width × height of them, row by row), for a grey picture: the greyscale above of
 * r = g = b = v is v for every byte v (0.2126v + 0.7152v + 0.0722v rounds to v), so the RGBA copy and its pass are skipped.
 */
export function binarizeGrey(grey: Uint8ClampedArray, width: number, height: number, returnInverted: boolean) {
  if (grey.length !== width * height) {
    throw new Error("Malformed data passed to binarizer.");
  }
  return binarizeGreyscale(new Matrix(width, height, grey), width, height, returnInverted);
}

function binarizeGreyscale(greyscalePixels: Matrix, width: number, height: number, returnInverted: boolean) {
  const horizontalRegionCount = Math.ceil(width / REGION_SIZE);
  const verticalRegionCount = Math.ceil(height / REGION_SIZE);

  const blackPoints = new Matrix(horizontalRegionCount, verticalRegionCount);
  // spamlab: each row of regions by a function of its own (both passes), called once a row: this function runs once a
  // picture, so its long loops were compiled on the stack (OSR), code V8 keeps only while it runs, and every picture after
  // a worker's full collection compiled them again (session 23). Same loops, same order, same arithmetic.
  // spamlab: a row of regions whose every pixel index (the last region's columns past the width included: those read and
  // write the next pixel row, as jsQR's index y × width + x does) is inside the picture goes to the *InRange function,
  // which reads the levels array with that index directly; the last rows of regions, which read past the picture's end
  // (undefined there: NaN black points, pixels left white), keep jsQR's reads as they were (session 58).
  const levels = greyscalePixels.data;
  const lastIndex = horizontalRegionCount * REGION_SIZE - 1;
  for (let verticalRegion = 0; verticalRegion < verticalRegionCount; verticalRegion++) {
    if ((verticalRegion * REGION_SIZE + REGION_SIZE - 1) * width + lastIndex < levels.length) {
      blackPointRowInRange(levels, width, blackPoints, verticalRegion, horizontalRegionCount);
    } else {
      blackPointRow(greyscalePixels, blackPoints, verticalRegion, horizontalRegionCount);
    }
  }

  // spamlab: the inverted matrix is not written beside this one, pixel by pixel: it is its complement (invertedOf), made
  // when asked for — jsQR's scans read it only when the first attempt found no code (session 58).
  const binarized = BitMatrix.createEmpty(width, height);
  const bits = binarized.data;
  for (let verticalRegion = 0; verticalRegion < verticalRegionCount; verticalRegion++) {
    if ((verticalRegion * REGION_SIZE + REGION_SIZE - 1) * width + lastIndex < levels.length) {
      binarizeRowInRange(levels, width, blackPoints, bits, verticalRegion, horizontalRegionCount, verticalRegionCount);
    } else {
      binarizeRow(greyscalePixels, blackPoints, binarized, verticalRegion, horizontalRegionCount, verticalRegionCount);
    }
  }
  if (returnInverted) {
    return { binarized, inverted: invertedOf(binarized) };
  }
  return { binarized };
}

/**
 * spamlab: the matrix jsQR's binarizer wrote beside `binarized` when asked for the inverted one: at every pixel it wrote
 * `lum <= threshold` into one and its negation into the other, in the same step, and every pixel of the picture was
 * written (a pixel's own region covers it), so the last write of each is the complement of the other's.
 */
export function invertedOf(binarized: BitMatrix): BitMatrix {
  const inverted = BitMatrix.createEmpty(binarized.width, binarized.height);
  complementInto(binarized.data, inverted.data);
  return inverted;
}

// spamlab: invertedOf's loop, a run of COMPLEMENT_RUN bits a call: a loop over the whole picture in a function called
// once a picture ran as baseline code or was compiled on the stack (OSR), code V8 keeps only while it runs (session 23).
// Four bits (bytes, 0 or 1 each) at a time through 32-bit views of both arrays (BitMatrix.createEmpty's arrays start their
// buffers), the bytes past the last whole word one by one.
const COMPLEMENT_RUN = 4096;
function complementInto(from: Uint8ClampedArray, to: Uint8ClampedArray) {
  const words = from.byteOffset % 4 === 0 && to.byteOffset % 4 === 0 ? from.length >> 2 : 0;
  if (words > 0) {
    const from32 = new Uint32Array(from.buffer, from.byteOffset, words);
    const to32 = new Uint32Array(to.buffer, to.byteOffset, words);
    for (let start = 0; start < words; start += COMPLEMENT_RUN) complementWords(from32, to32, start, Math.min(words, start + COMPLEMENT_RUN));
  }
  for (let i = words * 4; i < from.length; i++) to[i] = from[i] ^ 1;
}

function complementWords(from: Uint32Array, to: Uint32Array, start: number, end: number) {
  for (let i = start; i < end; i++) to[i] = from[i] ^ 0x01010101;
}

// spamlab: binarizeGreyscale's first pass for one row of regions.
function blackPointRow(greyscalePixels: Matrix, blackPoints: Matrix, verticalRegion: number, horizontalRegionCount: number) {
  for (let hortizontalRegion = 0; hortizontalRegion < horizontalRegionCount; hortizontalRegion++) {
    let sum = 0;
    let min = Infinity;
    let max = 0;
    for (let y = 0; y < REGION_SIZE; y++) {
      for (let x = 0; x < REGION_SIZE; x++) {
        const pixelLumosity =
          greyscalePixels.get(hortizontalRegion * REGION_SIZE + x, verticalRegion * REGION_SIZE + y);
        sum += pixelLumosity;
        min = Math.min(min, pixelLumosity);
        max = Math.max(max, pixelLumosity);
      }
    }

    let average = sum / (REGION_SIZE ** 2);
    if (max - min <= MIN_DYNAMIC_RANGE) {
      // If variation within the block is low, assume this is a block with only light or only
      // dark pixels. In that case we do not want to use the average, as it would divide this
      // low contrast area into black and white pixels, essentially creating data out of noise.
      //
      // Default the blackpoint for these blocks to be half the min - effectively white them out
      average = min / 2;

      if (verticalRegion > 0 && hortizontalRegion > 0) {
        // Correct the "white background" assumption for blocks that have neighbors by comparing
        // the pixels in this block to the previously calculated black points. This is based on
        // the fact that dark barcode symbology is always surrounded by some amount of light
        // background for which reasonable black point estimates were made. The bp estimated at
        // the boundaries is used for the interior.

        // The (min < bp) is arbitrary but works better than other heuristics that were tried.
        const averageNeighborBlackPoint = (
          blackPoints.get(hortizontalRegion, verticalRegion - 1) +
          (2 * blackPoints.get(hortizontalRegion - 1, verticalRegion)) +
          blackPoints.get(hortizontalRegion - 1, verticalRegion - 1)
        ) / 4;
        if (min < averageNeighborBlackPoint) {
          average = averageNeighborBlackPoint;
        }
      }
    }
    blackPoints.set(hortizontalRegion, verticalRegion, average);
  }
}

// spamlab: binarizeGreyscale's second pass for one row of regions (without the inverted matrix: invertedOf).
function binarizeRow(greyscalePixels: Matrix, blackPoints: Matrix, binarized: BitMatrix, verticalRegion: number, horizontalRegionCount: number, verticalRegionCount: number) {
  for (let hortizontalRegion = 0; hortizontalRegion < horizontalRegionCount; hortizontalRegion++) {
    const left = numBetween(hortizontalRegion, 2, horizontalRegionCount - 3);
    const top = numBetween(verticalRegion, 2, verticalRegionCount - 3);
    let sum = 0;
    for (let xRegion = -2; xRegion <= 2; xRegion++) {
      for (let yRegion = -2; yRegion <= 2; yRegion++) {
        sum += blackPoints.get(left + xRegion, top + yRegion);
      }
    }
    const threshold = sum / 25;
    for (let xRegion = 0; xRegion < REGION_SIZE; xRegion++) {
      for (let yRegion = 0; yRegion < REGION_SIZE; yRegion++) {
        const x = hortizontalRegion * REGION_SIZE + xRegion;
        const y = verticalRegion * REGION_SIZE + yRegion;
        const lum = greyscalePixels.get(x, y);
        binarized.set(x, y, lum <= threshold);
      }
    }
  }
}

// spamlab: blackPointRow for a row of regions whose pixel indices are all inside `levels` (binarizeGreyscale): the same
// reads (index y × width + x), in the same order, with the same arithmetic.
function blackPointRowInRange(levels: Uint8ClampedArray, width: number, blackPoints: Matrix, verticalRegion: number, horizontalRegionCount: number) {
  const points = blackPoints.data;
  for (let hortizontalRegion = 0; hortizontalRegion < horizontalRegionCount; hortizontalRegion++) {
    let sum = 0;
    let min = Infinity;
    let max = 0;
    let row = verticalRegion * REGION_SIZE * width + hortizontalRegion * REGION_SIZE;
    for (let y = 0; y < REGION_SIZE; y++, row += width) {
      for (let x = 0; x < REGION_SIZE; x++) {
        const pixelLumosity = levels[row + x];
        sum += pixelLumosity;
        min = Math.min(min, pixelLumosity);
        max = Math.max(max, pixelLumosity);
      }
    }

    let average = sum / (REGION_SIZE ** 2);
    if (max - min <= MIN_DYNAMIC_RANGE) {
      average = min / 2;
      if (verticalRegion > 0 && hortizontalRegion > 0) {
        const averageNeighborBlackPoint = (
          points[(verticalRegion - 1) * horizontalRegionCount + hortizontalRegion] +
          (2 * points[verticalRegion * horizontalRegionCount + hortizontalRegion - 1]) +
          points[(verticalRegion - 1) * horizontalRegionCount + hortizontalRegion - 1]
        ) / 4;
        if (min < averageNeighborBlackPoint) {
          average = averageNeighborBlackPoint;
        }
      }
    }
    points[verticalRegion * horizontalRegionCount + hortizontalRegion] = average;
  }
}

// spamlab: binarizeRow for a row of regions whose pixel indices are all inside `levels` (binarizeGreyscale): the same
// threshold, and the same writes (index y × width + x, a column of a region at a time) in the same order.
function binarizeRowInRange(levels: Uint8ClampedArray, width: number, blackPoints: Matrix, bits: Uint8ClampedArray, verticalRegion: number, horizontalRegionCount: number, verticalRegionCount: number) {
  for (let hortizontalRegion = 0; hortizontalRegion < horizontalRegionCount; hortizontalRegion++) {
    const left = numBetween(hortizontalRegion, 2, horizontalRegionCount - 3);
    const top = numBetween(verticalRegion, 2, verticalRegionCount - 3);
    let sum = 0;
    for (let xRegion = -2; xRegion <= 2; xRegion++) {
      for (let yRegion = -2; yRegion <= 2; yRegion++) {
        sum += blackPoints.get(left + xRegion, top + yRegion);
      }
    }
    const threshold = sum / 25;
    const corner = verticalRegion * REGION_SIZE * width + hortizontalRegion * REGION_SIZE;
    for (let xRegion = 0; xRegion < REGION_SIZE; xRegion++) {
      for (let yRegion = 0, i = corner + xRegion; yRegion < REGION_SIZE; yRegion++, i += width) {
        bits[i] = levels[i] <= threshold ? 1 : 0;
      }
    }
  }
}
