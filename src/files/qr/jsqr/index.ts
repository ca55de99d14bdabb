// @ts-nocheck — jsQR 1.4.0 (Apache-2.0: ./LICENSE, ./README.md), vendored; this project's changes are marked "spamlab:". Not held to the project's strict types.
import {binarize, binarizeGrey, invertedOf} from "./binarizer/index.js";
import {BitMatrix} from "./BitMatrix.js";
import {Chunks} from "./decoder/decodeData/index.js";
import {decode} from "./decoder/decoder.js";
import { Version } from "./decoder/version.js";
import {extract} from "./extractor/index.js";
import {locate, Point} from "./locator/index.js";

export interface QRCode {
  binaryData: number[];
  data: string;
  chunks: Chunks;
  version: number;
  location: {
    topRightCorner: Point;
    topLeftCorner: Point;
    bottomRightCorner: Point;
    bottomLeftCorner: Point;

    topRightFinderPattern: Point;
    topLeftFinderPattern: Point;
    bottomLeftFinderPattern: Point;

    bottomRightAlignmentPattern?: Point;
  };
}

function scan(matrix: BitMatrix): QRCode | null {
  const locations = locate(matrix);
  if (!locations) {
    return null;
  }

  for (const location of locations) {
    const extracted = extract(matrix, location);
    const decoded = decode(extracted.matrix);
    if (decoded) {
      return {
        binaryData: decoded.bytes,
        data: decoded.text,
        chunks: decoded.chunks,
        version: decoded.version,
        location: {
          topRightCorner: extracted.mappingFunction(location.dimension, 0),
          topLeftCorner: extracted.mappingFunction(0, 0),
          bottomRightCorner: extracted.mappingFunction(location.dimension, location.dimension),
          bottomLeftCorner: extracted.mappingFunction(0, location.dimension),

          topRightFinderPattern: location.topRight,
          topLeftFinderPattern: location.topLeft,
          bottomLeftFinderPattern: location.bottomLeft,

          bottomRightAlignmentPattern: location.alignmentPattern,
        },
      };
    }
  }
  return null;
}

export interface Options {
  inversionAttempts?: "dontInvert" | "onlyInvert" | "attemptBoth" | "invertFirst";
}

const defaultOptions: Options = {
  inversionAttempts: "attemptBoth",
};

function jsQR(data: Uint8ClampedArray, width: number, height: number, providedOptions: Options = {}): QRCode | null {

  const options = defaultOptions;
  Object.keys(options || {}).forEach(opt => { // Sad implementation of Object.assign since we target es5 not es6
    (options as any)[opt] = (providedOptions as any)[opt] || (options as any)[opt];
  });

  // spamlab: the inverted matrix is made by scanBinarized when a scan asks for it, not beside the binarized one.
  return scanBinarized(binarize(data, width, height, false).binarized, options);
}

/** spamlab: jsQR of grey levels (one byte a pixel, width × height of them): the same as jsQR of their opaque RGBA. */
export function jsQRGrey(grey: Uint8ClampedArray, width: number, height: number, providedOptions: Options = {}): QRCode | null {
  const options = defaultOptions;
  Object.keys(options || {}).forEach(opt => {
    (options as any)[opt] = (providedOptions as any)[opt] || (options as any)[opt];
  });
  return scanBinarized(binarizeGrey(grey, width, height, false).binarized, options);
}

// spamlab: the scans after binarizing, shared by jsQR and jsQRGrey. The inverted matrix (light on dark) is made only for
// a scan of it — with attemptBoth, only when the binarized one held no code — from the binarized one (invertedOf: what
// jsQR's binarizer wrote beside it; the scans do not change the matrix they read).
// (jsQR 1.4.0 binarized the inverted matrix only for attemptBoth and invertFirst; with onlyInvert it scanned `undefined`,
// which throws: kept.)
function scanBinarized(binarized: BitMatrix, options: Options): QRCode | null {
  const shouldInvert = options.inversionAttempts === "attemptBoth" || options.inversionAttempts === "invertFirst";
  const tryInvertedFirst = options.inversionAttempts === "onlyInvert" || options.inversionAttempts === "invertFirst";
  let result = scan(tryInvertedFirst ? (shouldInvert ? invertedOf(binarized) : undefined) : binarized);
  if (!result && shouldInvert) {
    result = scan(tryInvertedFirst ? binarized : invertedOf(binarized));
  }
  return result;
}

(jsQR as any).default = jsQR;
export default jsQR;
