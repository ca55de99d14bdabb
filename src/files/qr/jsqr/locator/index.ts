// @ts-nocheck — jsQR 1.4.0 (Apache-2.0: ./LICENSE, ./README.md), vendored; this project's changes are marked "spamlab:". Not held to the project's strict types.
import { BitMatrix } from "../BitMatrix.js";

const MAX_FINDERPATTERNS_TO_SEARCH = 4;
const MIN_QUAD_RATIO = 0.5;
const MAX_QUAD_RATIO = 1.5;
const FINDER_RATIOS = [1, 1, 3, 1, 1];
const ALIGNMENT_RATIOS = [1, 1, 1];

export interface Point {
  x: number;
  y: number;
}

export interface QRLocation {
  topRight: Point;
  bottomLeft: Point;
  topLeft: Point;
  alignmentPattern: Point;
  dimension: number;
}

const distance = (a: Point, b: Point) => Math.sqrt((b.x - a.x) ** 2 + (b.y - a.y) ** 2);

// (spamlab: the comparators and callbacks that capture nothing are made once here, not per picture inside `sum` and
// `locate`: V8 keeps a closure's optimised code only while one of its closures lives, so each picture compiled them again.)
const add = (a: number, b: number) => a + b;
const byScore = (a: { score: number }, b: { score: number }) => a.score - b.score;
const isSet = (v: unknown) => !!v;

// (spamlab: a loop, not values.reduce(add): the same additions in the same order; reduce's TypeError for no values kept.)
function sum(values: number[]) {
  if (values.length === 0) {
    throw new TypeError("Reduce of empty array with no initial value");
  }
  let total = values[0]!;
  for (let i = 1; i < values.length; i++) {
    total = total + values[i]!;
  }
  return total;
}

// Takes three finder patterns and organizes them into topLeft, topRight, etc
function reorderFinderPatterns(pattern1: Point, pattern2: Point, pattern3: Point) {
  // Find distances between pattern centers
  const oneTwoDistance = distance(pattern1, pattern2);
  const twoThreeDistance = distance(pattern2, pattern3);
  const oneThreeDistance = distance(pattern1, pattern3);

  let bottomLeft: Point;
  let topLeft: Point;
  let topRight: Point;

  // Assume one closest to other two is B; A and C will just be guesses at first
  if (twoThreeDistance >= oneTwoDistance && twoThreeDistance >= oneThreeDistance) {
    [bottomLeft, topLeft, topRight] = [pattern2, pattern1, pattern3];
  } else if (oneThreeDistance >= twoThreeDistance && oneThreeDistance >= oneTwoDistance) {
    [bottomLeft, topLeft, topRight] = [pattern1, pattern2, pattern3];
  } else {
    [bottomLeft, topLeft, topRight] = [pattern1, pattern3, pattern2];
  }

  // Use cross product to figure out whether bottomLeft (A) and topRight (C) are correct or flipped in relation to topLeft (B)
  // This asks whether BC x BA has a positive z component, which is the arrangement we want. If it's negative, then
  // we've got it flipped around and should swap topRight and bottomLeft.
  if (((topRight.x - topLeft.x) * (bottomLeft.y - topLeft.y)) - ((topRight.y - topLeft.y) * (bottomLeft.x - topLeft.x)) < 0) {
    [bottomLeft, topRight] = [topRight, bottomLeft];
  }

  return { bottomLeft, topLeft, topRight };
}

// Computes the dimension (number of modules on a side) of the QR Code based on the position of the finder patterns
function computeDimension(topLeft: Point, topRight: Point, bottomLeft: Point, matrix: BitMatrix) {
  const moduleSize = (
    sum(countBlackWhiteRun(topLeft, bottomLeft, matrix, 5, runs[0]!)) / 7 + // Divide by 7 since the ratio is 1:1:3:1:1
    sum(countBlackWhiteRun(topLeft, topRight, matrix, 5, runs[0]!)) / 7 +
    sum(countBlackWhiteRun(bottomLeft, topLeft, matrix, 5, runs[0]!)) / 7 +
    sum(countBlackWhiteRun(topRight, topLeft, matrix, 5, runs[0]!)) / 7
  ) / 4;

  if (moduleSize < 1) {
    throw new Error("Invalid module size");
  }

  const topDimension = Math.round(distance(topLeft, topRight) / moduleSize);
  const sideDimension = Math.round(distance(topLeft, bottomLeft) / moduleSize);
  let dimension = Math.floor((topDimension + sideDimension) / 2) + 7;
  switch (dimension % 4) {
    case 0:
      dimension++;
      break;
    case 2:
      dimension--;
      break;
  }
  return { dimension, moduleSize };
}

// Takes an origin point and an end point and counts the sizes of the black white run from the origin towards the end point.
// Writes `length` elements into `out` from `at`: the pixel size of each black white run (0 past the last switch found).
// Uses a variant of http://en.wikipedia.org/wiki/Bresenham's_line_algorithm
// (spamlab: the distances between consecutive switch points are written as each point is found, instead of a
// list of point objects and an array of distances made per call; same values in the same order.)
function countBlackWhiteRunTowardsPoint(originX: number, originY: number, endX: number, endY: number, matrix: BitMatrix, length: number, out: number[], at: number) {
  let lastX = Math.floor(originX);
  let lastY = Math.floor(originY);
  let switches = 1;
  const steep = Math.abs(endY - originY) > Math.abs(endX - originX);

  let fromX: number;
  let fromY: number;
  let toX: number;
  let toY: number;
  if (steep) {
    fromX = Math.floor(originY);
    fromY = Math.floor(originX);
    toX = Math.floor(endY);
    toY = Math.floor(endX);
  } else {
    fromX = Math.floor(originX);
    fromY = Math.floor(originY);
    toX = Math.floor(endX);
    toY = Math.floor(endY);
  }

  const dx = Math.abs(toX - fromX);
  const dy = Math.abs(toY - fromY);
  let error = Math.floor(-dx / 2);
  const xStep = fromX < toX ? 1 : -1;
  const yStep = fromY < toY ? 1 : -1;

  for (let i = 0; i < length; i++) out[at + i] = 0;
  // (spamlab: the bits read from the matrix's array, as matrix.get reads them — false outside the picture.)
  const width = matrix.width;
  const height = matrix.height;
  const bits = matrix.data;
  let currentPixel = true;
  // Loop up until x == toX, but not beyond
  for (let x = fromX, y = fromY; x !== toX + xStep; x += xStep) {
    // Does current pixel mean we have moved white to black or vice versa?
    // Scanning black in state 0,2 and white in state 1, so if we find the wrong
    // color, advance to next state or end if we are in state 2 already
    const realX = steep ? y : x;
    const realY = steep ? x : y;
    const bit = realX >= 0 && realX < width && realY >= 0 && realY < height ? bits[realY * width + realX] !== 0 : false;
    if (bit !== currentPixel) {
      currentPixel = !currentPixel;
      out[at + switches - 1] = Math.sqrt((realX - lastX) ** 2 + (realY - lastY) ** 2);
      lastX = realX;
      lastY = realY;
      switches++;
      if (switches === length + 1) {
        break;
      }
    }
    error += dy;
    if (error > 0) {
      if (y === toY) {
        break;
      }
      y += yStep;
      error -= dx;
    }
  }
}

// Takes an origin point and an end point and counts the sizes of the black white run in the origin point
// along the line that intersects with the end point. Returns an array of elements, representing the pixel sizes
// of the black white run. Takes a length which represents the number of switches from black to white to look for.
// (spamlab: both halves are counted into one scratch array and the run is assembled in `run`, reused by every
// call: the result is read before the next call. Same order as jsQR's `awayFromEnd[1..], middle, towardsEnd[1..]`.)
const halves: number[] = [0, 0, 0, 0, 0, 0, 0, 0];
function countBlackWhiteRun(origin: Point, end: Point, matrix: BitMatrix, length: number, run: number[]) {
  const rise = end.y - origin.y;
  const across = end.x - origin.x;
  const half = Math.ceil(length / 2);

  countBlackWhiteRunTowardsPoint(origin.x, origin.y, end.x, end.y, matrix, half, halves, 0);
  countBlackWhiteRunTowardsPoint(origin.x, origin.y, origin.x - across, origin.y - rise, matrix, half, halves, half);

  const middleValue = halves[0]! + halves[half]! - 1; // Substract one so we don't double count a pixel
  let n = 0;
  for (let i = 1; i < half; i++) run[n++] = halves[half + i]!;
  run[n++] = middleValue;
  for (let i = 1; i < half; i++) run[n++] = halves[i]!;
  // (spamlab: the length set only when it changes — a runtime call each time.)
  if (run.length !== n) {
    run.length = n;
  }
  return run;
}

// Takes in a black white run and an array of expected ratios. Returns the average size of the run as well as the "error" -
// that is the amount the run diverges from the expected ratio
// (spamlab: written into `scored` — [0] the average size, [1] the error — instead of an object per call.)
const scored = new Float64Array(2);
function scoreBlackWhiteRun(sequence: number[], ratios: number[]) {
  const averageSize = sum(sequence) / sum(ratios);
  let error = 0;
  for (let i = 0; i < ratios.length; i++) {
    error += (sequence[i]! - ratios[i]! * averageSize) ** 2;
  }
  scored[0] = averageSize;
  scored[1] = error;
}

// Scratch runs for countBlackWhiteRun: scorePattern holds four at once.
const runs: number[][] = [[], [], [], []];

// Takes an X,Y point and an array of sizes and scores the point against those ratios.
// For example for a finder pattern takes the ratio list of 1:1:3:1:1 and checks horizontal, vertical and diagonal ratios
// against that.
export function scorePattern(point: Point, ratios: number[], matrix: BitMatrix) {
  try {
    const horizontalRun = countBlackWhiteRun(point, {x: -1, y: point.y}, matrix, ratios.length, runs[0]!);
    const verticalRun = countBlackWhiteRun(point, {x: point.x, y: -1}, matrix, ratios.length, runs[1]!);

    const topLeftPoint = {
      x: Math.max(0, point.x - point.y) - 1,
      y: Math.max(0, point.y - point.x) - 1,
    };
    const topLeftBottomRightRun = countBlackWhiteRun(point, topLeftPoint, matrix, ratios.length, runs[2]!);

    const bottomLeftPoint = {
      x: Math.min(matrix.width, point.x + point.y) + 1,
      y: Math.min(matrix.height, point.y + point.x) + 1,
    };
    const bottomLeftTopRightRun = countBlackWhiteRun(point, bottomLeftPoint, matrix, ratios.length, runs[3]!);

    scoreBlackWhiteRun(horizontalRun, ratios);
    const horzAverageSize = scored[0]!;
    const horzError = scored[1]!;
    scoreBlackWhiteRun(verticalRun, ratios);
    const vertAverageSize = scored[0]!;
    const vertError = scored[1]!;
    scoreBlackWhiteRun(topLeftBottomRightRun, ratios);
    const diagDownAverageSize = scored[0]!;
    const diagDownError = scored[1]!;
    scoreBlackWhiteRun(bottomLeftTopRightRun, ratios);
    const diagUpAverageSize = scored[0]!;
    const diagUpError = scored[1]!;

    const ratioError = Math.sqrt(horzError * horzError +
      vertError * vertError +
      diagDownError * diagDownError +
      diagUpError * diagUpError);

    const avgSize = (horzAverageSize + vertAverageSize + diagDownAverageSize + diagUpAverageSize) / 4;

    const sizeError = ((horzAverageSize - avgSize) ** 2 +
      (vertAverageSize - avgSize) ** 2 +
      (diagDownAverageSize - avgSize) ** 2 +
      (diagUpAverageSize - avgSize) ** 2) / avgSize;
    return ratioError + sizeError;
  } catch {
    return Infinity;
  }
}

function recenterLocation(matrix: BitMatrix, p: Point): Point {
  let leftX = Math.round(p.x);
  while (matrix.get(leftX, Math.round(p.y))) {
    leftX--;
  }
  let rightX = Math.round(p.x);
  while (matrix.get(rightX, Math.round(p.y))) {
    rightX++;
  }
  const x = (leftX + rightX) / 2;

  let topY = Math.round(p.y);
  while (matrix.get(Math.round(x), topY)) {
    topY--;
  }
  let bottomY = Math.round(p.y);
  while (matrix.get(Math.round(x), bottomY)) {
    bottomY++;
  }
  const y = (topY + bottomY) / 2;

  return { x, y };
}

interface Quad {
  top: {
    startX: number;
    endX: number;
    y: number;
  };
  bottom: {
    startX: number;
    endX: number;
    y: number;
  };
}

// The first active quad whose bottom line the line from startX to endX continues (jsQR's filter, of which only the first
// match was used). `centre` is the run jsQR compares the quad's width with (scans[2], for alignment patterns too).
function firstQuadAbove(active: Quad[], startX: number, endX: number, centre: number): Quad | undefined {
  for (const q of active) {
    if ((startX >= q.bottom.startX && startX <= q.bottom.endX) ||
      (endX >= q.bottom.startX && startX <= q.bottom.endX) ||
      (startX <= q.bottom.startX && endX >= q.bottom.endX && (
        (centre / (q.bottom.endX - q.bottom.startX)) < MAX_QUAD_RATIO &&
        (centre / (q.bottom.endX - q.bottom.startX)) > MIN_QUAD_RATIO
      ))) {
      return q;
    }
  }
  return undefined;
}

// After row y: the active quads not continued on it move to `done` (those at least `minHeight` tall; the rest are dropped),
// in order; the others stay active, in order.
function retireQuads(active: Quad[], done: Quad[], y: number, minHeight: number) {
  let kept = 0;
  for (let i = 0; i < active.length; i++) {
    const q = active[i]!;
    if (q.bottom.y === y) {
      active[kept++] = q;
    } else if (q.bottom.y - q.top.y >= minHeight) {
      done.push(q);
    }
  }
  active.length = kept;
}

export function locate(matrix: BitMatrix): QRLocation[] {
  const finderPatternQuads: Quad[] = [];
  const alignmentPatternQuads: Quad[] = [];
  scanRows(matrix, finderPatternQuads, alignmentPatternQuads);

  const finderPatternGroups = finderPatternQuads
    .filter(q => q.bottom.y - q.top.y >= 2) // All quads must be at least 2px tall since the center square is larger than a block
    .map(q => { // Initial scoring of finder pattern quads by looking at their ratios, not taking into account position
      const x = (q.top.startX + q.top.endX + q.bottom.startX + q.bottom.endX) / 4;
      const y = (q.top.y + q.bottom.y + 1) / 2;
      if (!matrix.get(Math.round(x), Math.round(y))) {
        return;
      }

      const lengths = [q.top.endX - q.top.startX, q.bottom.endX - q.bottom.startX, q.bottom.y - q.top.y + 1];
      const size = sum(lengths) / lengths.length;
      const score = scorePattern({x: Math.round(x), y: Math.round(y)}, FINDER_RATIOS, matrix);
      return { score, x, y, size };
    })
    .filter(isSet) // Filter out any rejected quads from above
    .sort(byScore)
    // Now take the top finder pattern options and try to find 2 other options with a similar size.
    .map((point, i, finderPatterns) => {
      if (i > MAX_FINDERPATTERNS_TO_SEARCH) {
        return null;
      }
      const otherPoints = finderPatterns
        .filter((p, ii) => i !== ii)
        .map(p => ({ x: p.x, y: p.y, score: p.score + ((p.size - point.size) ** 2) / point.size, size: p.size }))
        .sort(byScore);
      if (otherPoints.length < 2) {
        return null;
      }
      const score = point.score + otherPoints[0].score + otherPoints[1].score;
      return {points: [point].concat(otherPoints.slice(0, 2)), score};
    })
    .filter(isSet) // Filter out any rejected finder patterns from above
    .sort(byScore);

  if (finderPatternGroups.length === 0) {
    return null;
  }

  const { topRight, topLeft, bottomLeft } = reorderFinderPatterns(
    finderPatternGroups[0].points[0], finderPatternGroups[0].points[1], finderPatternGroups[0].points[2],
  );
  const alignment = findAlignmentPattern(matrix, alignmentPatternQuads, topRight, topLeft, bottomLeft);
  const result: QRLocation[] = [];
  if (alignment) {
    result.push({
      alignmentPattern: { x: alignment.alignmentPattern.x, y: alignment.alignmentPattern.y },
      bottomLeft: {x: bottomLeft.x, y: bottomLeft.y },
      dimension: alignment.dimension,
      topLeft: {x: topLeft.x, y: topLeft.y },
      topRight: {x: topRight.x, y: topRight.y },
    });
  }

  // We normally use the center of the quads as the location of the tracking points, which is optimal for most cases and will account
  // for a skew in the image. However, In some cases, a slight skew might not be real and instead be caused by image compression
  // errors and/or low resolution. For those cases, we'd be better off centering the point exactly in the middle of the black area. We
  // compute and return the location data for the naively centered points as it is little additional work and allows for multiple
  // attempts at decoding harder images.
  const midTopRight = recenterLocation(matrix, topRight);
  const midTopLeft = recenterLocation(matrix, topLeft);
  const midBottomLeft = recenterLocation(matrix, bottomLeft);
  const centeredAlignment = findAlignmentPattern(matrix, alignmentPatternQuads, midTopRight, midTopLeft, midBottomLeft);
  if (centeredAlignment) {
    result.push({
      alignmentPattern: { x: centeredAlignment.alignmentPattern.x, y: centeredAlignment.alignmentPattern.y },
      bottomLeft: { x: midBottomLeft.x, y: midBottomLeft. y },
      topLeft: { x: midTopLeft.x, y: midTopLeft. y },
      topRight: { x: midTopRight.x, y: midTopRight. y },
      dimension: centeredAlignment.dimension,
    });
  }

  if (result.length === 0) {
    return null;
  }

  return result;
}

// (spamlab: the row scan — jsQR's locate up to its candidate quads — as a function of its own that returns right after
// its loop: locate is called a few times a picture, so V8 compiles the loop on the stack (OSR), and the code after it in
// the same function, never run when that was compiled, deoptimised it at every picture ("wrong map"). In it, the last
// five run lengths are kept in locals instead of a new five-element array at every colour change, the first matching
// quad is found by a loop instead of filtering a new array, and the quads that end on a row are moved out of the active
// lists in place. Same quads, same order, same arithmetic.)
function scanRows(matrix: BitMatrix, finderPatternQuads: Quad[], alignmentPatternQuads: Quad[]) {
  const activeFinderPatternQuads: Quad[] = [];
  const activeAlignmentPatternQuads: Quad[] = [];

  // spamlab: the bits read from the matrix's array (matrix.get's index, and its false outside the picture: the column
  // either side of every row and the row under the last) (session 58).
  const width = matrix.width;
  const height = matrix.height;
  const bits = matrix.data;
  for (let y = 0; y <= height; y++) {
    let length = 0;
    let lastBit = false;
    let scan0 = 0;
    let scan1 = 0;
    let scan2 = 0;
    let scan3 = 0;
    let scan4 = 0;
    const row = y * width;
    const inside = y < height;

    for (let x = -1; x <= width; x++) {
      const v = inside && x >= 0 && x < width ? bits[row + x] !== 0 : false;
      if (v === lastBit) {
        length++;
        // spamlab: the rest of the run inside the picture, in a loop of its own (each of its pixels would take this branch).
        if (inside) {
          while (x + 1 < width && (bits[row + x + 1] !== 0) === lastBit) {
            x++;
            length++;
          }
        }
      } else {
        scan0 = scan1;
        scan1 = scan2;
        scan2 = scan3;
        scan3 = scan4;
        scan4 = length;
        length = 1;
        lastBit = v;

        // Do the last 5 color changes ~ match the expected ratio for a finder pattern? 1:1:3:1:1 of b:w:b:w:b
        const averageFinderPatternBlocksize = (scan0 + scan1 + scan2 + scan3 + scan4) / 7;
        const validFinderPattern =
          Math.abs(scan0 - averageFinderPatternBlocksize) < averageFinderPatternBlocksize &&
          Math.abs(scan1 - averageFinderPatternBlocksize) < averageFinderPatternBlocksize &&
          Math.abs(scan2 - 3 * averageFinderPatternBlocksize) < 3 * averageFinderPatternBlocksize &&
          Math.abs(scan3 - averageFinderPatternBlocksize) < averageFinderPatternBlocksize &&
          Math.abs(scan4 - averageFinderPatternBlocksize) < averageFinderPatternBlocksize &&
          !v; // And make sure the current pixel is white since finder patterns are bordered in white

        // Do the last 3 color changes ~ match the expected ratio for an alignment pattern? 1:1:1 of w:b:w
        const averageAlignmentPatternBlocksize = (scan2 + scan3 + scan4) / 3;
        const validAlignmentPattern =
          Math.abs(scan2 - averageAlignmentPatternBlocksize) < averageAlignmentPatternBlocksize &&
          Math.abs(scan3 - averageAlignmentPatternBlocksize) < averageAlignmentPatternBlocksize &&
          Math.abs(scan4 - averageAlignmentPatternBlocksize) < averageAlignmentPatternBlocksize &&
          v; // Is the current pixel black since alignment patterns are bordered in black

        if (validFinderPattern) {
          // Compute the start and end x values of the large center black square
          const endX = x - scan3 - scan4;
          const startX = endX - scan2;

          const line = { startX, endX, y };
          // Is there a quad directly above the current spot? If so, extend it with the new line. Otherwise, create a new quad with
          // that line as the starting point.
          const matchingQuad = firstQuadAbove(activeFinderPatternQuads, startX, endX, scan2);
          if (matchingQuad) {
            matchingQuad.bottom = line;
          } else {
            activeFinderPatternQuads.push({ top: line, bottom: line });
          }
        }
        if (validAlignmentPattern) {
          // Compute the start and end x values of the center black square
          const endX = x - scan4;
          const startX = endX - scan3;

          const line = { startX, endX, y };
          // Is there a quad directly above the current spot? If so, extend it with the new line. Otherwise, create a new quad with
          // that line as the starting point.
          const matchingQuad = firstQuadAbove(activeAlignmentPatternQuads, startX, endX, scan2);
          if (matchingQuad) {
            matchingQuad.bottom = line;
          } else {
            activeAlignmentPatternQuads.push({ top: line, bottom: line });
          }
        }
      }
    }
    retireQuads(activeFinderPatternQuads, finderPatternQuads, y, 2);
    retireQuads(activeAlignmentPatternQuads, alignmentPatternQuads, y, 0);
  }

  finderPatternQuads.push(...activeFinderPatternQuads.filter(q => q.bottom.y - q.top.y >= 2));
  alignmentPatternQuads.push(...activeAlignmentPatternQuads);
}

function findAlignmentPattern(matrix: BitMatrix, alignmentPatternQuads: Quad[], topRight: Point, topLeft: Point, bottomLeft: Point) {
  // Now that we've found the three finder patterns we can determine the blockSize and the size of the QR code.
  // We'll use these to help find the alignment pattern but also later when we do the extraction.
  let dimension: number;
  let moduleSize: number;
  try {
    ({ dimension, moduleSize } = computeDimension(topLeft, topRight, bottomLeft, matrix));
  } catch (e) {
    return null;
  }

  // Now find the alignment pattern
  const bottomRightFinderPattern = { // Best guess at where a bottomRight finder pattern would be
    x: topRight.x - topLeft.x + bottomLeft.x,
    y: topRight.y - topLeft.y + bottomLeft.y,
  };
  const modulesBetweenFinderPatterns = ((distance(topLeft, bottomLeft) + distance(topLeft, topRight)) / 2 / moduleSize);
  const correctionToTopLeft = 1 - (3 / modulesBetweenFinderPatterns);
  const expectedAlignmentPattern = {
    x: topLeft.x + correctionToTopLeft * (bottomRightFinderPattern.x - topLeft.x),
    y: topLeft.y + correctionToTopLeft * (bottomRightFinderPattern.y - topLeft.y),
  };

  // (spamlab: a loop instead of map + filter with an arrow made per picture — the same candidates in the same order.)
  const alignmentPatterns = [];
  for (const q of alignmentPatternQuads) {
    const x = (q.top.startX + q.top.endX + q.bottom.startX + q.bottom.endX) / 4;
    const y = (q.top.y + q.bottom.y + 1) / 2;
    if (!matrix.get(Math.floor(x), Math.floor(y))) {
      continue;
    }

    // (spamlab: jsQR 1.4.0 also computed the quad's size here and did not use it, as its later versions say.)
    const sizeScore = scorePattern({x: Math.floor(x), y: Math.floor(y)}, ALIGNMENT_RATIOS, matrix);
    const score = sizeScore + distance({x, y}, expectedAlignmentPattern);
    alignmentPatterns.push({ x, y, score });
  }
  alignmentPatterns.sort(byScore);

  // If there are less than 15 modules between finder patterns it's a version 1 QR code and as such has no alignmemnt pattern
  // so we can only use our best guess.
  const alignmentPattern = modulesBetweenFinderPatterns >= 15 && alignmentPatterns.length ? alignmentPatterns[0] : expectedAlignmentPattern;

  return { alignmentPattern, dimension };
}
