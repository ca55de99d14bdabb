// @ts-nocheck — spamlab: jpeg-js 0.4.4's lib/decoder.js, vendored (see ./README.md); not written to this project's strict options.
// spamlab: getGray's luma (../jpeg.ts's rgbAsGray reads the RGB bytes with it).
import { rgbLuma } from '../png.js';
/* -*- tab-width: 2; indent-tabs-mode: nil; c-basic-offset: 2 -*- /
/* vim: set shiftwidth=2 tabstop=2 autoindent cindent expandtab: */
/*
   Copyright 2011 notmasteryet

   Licensed under the Apache License, Version 2.0 (the "License");
   you may not use this file except in compliance with the License.
   You may obtain a copy of the License at

       http://www.apache.org/licenses/LICENSE-2.0

   Unless required by applicable law or agreed to in writing, software
   distributed under the License is distributed on an "AS IS" BASIS,
   WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
   See the License for the specific language governing permissions and
   limitations under the License.
*/

// - The JPEG specification can be found in the ITU CCITT Recommendation T.81
//   (www.w3.org/Graphics/JPEG/itu-t81.pdf)
// - The JFIF specification can be found in the JPEG File Interchange Format
//   (www.w3.org/Graphics/JPEG/jfif3.pdf)
// - The Adobe Application-Specific JPEG markers in the Supporting the DCT Filters
//   in PostScript Level 2, Technical Note #5116
//   (partners.adobe.com/public/developer/en/ps/sdk/5116.DCT_Filter.pdf)

var JpegImage = (function jpegImage() {
  "use strict";
  var dctZigZag = new Int32Array([
     0,
     1,  8,
    16,  9,  2,
     3, 10, 17, 24,
    32, 25, 18, 11, 4,
     5, 12, 19, 26, 33, 40,
    48, 41, 34, 27, 20, 13,  6,
     7, 14, 21, 28, 35, 42, 49, 56,
    57, 50, 43, 36, 29, 22, 15,
    23, 30, 37, 44, 51, 58,
    59, 52, 45, 38, 31,
    39, 46, 53, 60,
    61, 54, 47,
    55, 62,
    63
  ]);

  var dctCos1  =  4017   // cos(pi/16)
  var dctSin1  =   799   // sin(pi/16)
  var dctCos3  =  3406   // cos(3*pi/16)
  var dctSin3  =  2276   // sin(3*pi/16)
  var dctCos6  =  1567   // cos(6*pi/16)
  var dctSin6  =  3784   // sin(6*pi/16)
  var dctSqrt2 =  5793   // sqrt(2)
  var dctSqrt1d2 = 2896  // sqrt(2) / 2

  function constructor() {
  }

  function buildHuffmanTable(codeLengths, values) {
    var k = 0, code = [], i, j, length = 16;
    while (length > 0 && !codeLengths[length - 1])
      length--;
    code.push({children: [], index: 0});
    var p = code[0], q;
    for (i = 0; i < length; i++) {
      for (j = 0; j < codeLengths[i]; j++) {
        p = code.pop();
        p.children[p.index] = values[k];
        while (p.index > 0) {
          if (code.length === 0)
            throw new Error('Could not recreate Huffman Table');
          p = code.pop();
        }
        p.index++;
        code.push(p);
        while (code.length <= i) {
          code.push(q = {children: [], index: 0});
          p.children[p.index] = q.children;
          p = q;
        }
        k++;
      }
      if (i + 1 < length) {
        // p here points to last code
        code.push(q = {children: [], index: 0});
        p.children[p.index] = q.children;
        p = q;
      }
    }
    // spamlab: the table's codes of up to 8 bits, read from the next 8 bits at once (decodeHuffman).
    var tree = code[0].children;
    tree.lookup = huffmanLookup(tree);
    return tree;
  }

  // spamlab (session 66): for each value of the next 8 bits, the code of up to 8 bits the tree reads from them, as
  // `length << 8 | value` (0 when the tree reads no whole code there: a longer code, or bits no code starts with).
  // jpeg-js walked the tree a bit at a time, each bit a call of readBit (decodeBaseline ~13 % of a photo's decode).
  function huffmanLookup(tree) {
    var lookup = new Int32Array(256);
    for (var bits = 0; bits < 256; bits++) {
      var node = tree;
      for (var length = 1; length <= 8; length++) {
        node = node[(bits >> (8 - length)) & 1];
        if (typeof node === 'number') {
          lookup[bits] = (length << 8) | node;
          break;
        }
        if (typeof node !== 'object')
          break;
      }
    }
    return lookup;
  }

  // spamlab: the scan's state in one object and its steps as functions of this module, not closures made anew for
  // every scan (jpeg-js 0.4.4 defined readBit … decodeBlock inside decodeScan): V8 holds a closure's optimised code
  // only while one of its closures lives, so every picture compiled them again (NOTES, issue 18, session 21).
  function ScanState(data, offset, spectralStart, spectralEnd, successive, mcusPerLine, tolerantDecoding) {
    this.data = data;
    this.offset = offset;
    this.bitsData = 0;
    this.bitsCount = 0;
    this.eobrun = 0;
    this.successiveACState = 0;
    this.successiveACNextValue = undefined;
    this.spectralStart = spectralStart;
    this.spectralEnd = spectralEnd;
    this.successive = successive;
    this.mcusPerLine = mcusPerLine;
    this.tolerantDecoding = tolerantDecoding;
  }
  function readBit(s) {
    if (s.bitsCount > 0) {
      s.bitsCount--;
      return (s.bitsData >> s.bitsCount) & 1;
    }
    s.bitsData = s.data[s.offset++];
    if (s.bitsData == 0xFF) {
      var nextByte = s.data[s.offset++];
      if (nextByte) {
        throw new Error("unexpected marker: " + ((s.bitsData << 8) | nextByte).toString(16));
      }
      // unstuff 0
    }
    s.bitsCount = 7;
    return s.bitsData >>> 7;
  }
  // spamlab (session 66): the code read from the next 8 bits by the tree's lookup table: the current byte's unread bits and
  // the next byte, which is only looked at (jpeg-js reads it when the code needs a bit of it, as here). The same bits
  // consumed, the same bytes read (a stuffed 0xFF 0x00 is two, past the data's end jpeg-js read zeros from `undefined`).
  // The tree read bit by bit as jpeg-js did (decodeHuffmanByBits) for a code longer than 8 bits, bits no code starts
  // with (its error at the bit jpeg-js threw at), a marker in the next byte (its error, where the code reaches it) and
  // a table the scan never defined (jpeg-js's TypeError).
  function decodeHuffman(s, tree) {
    var data = s.data, offset = s.offset, count = s.bitsCount;
    var next = data[offset];
    if (tree === undefined || (next === 0xFF && data[offset + 1]))
      return decodeHuffmanByBits(s, tree);
    var entry = tree.lookup[((((s.bitsData & ((1 << count) - 1)) << 8) | next) >> count) & 0xFF];
    if (entry === 0)
      return decodeHuffmanByBits(s, tree);
    var length = entry >> 8;
    if (length <= count) {
      s.bitsCount = count - length;
    } else {
      s.bitsData = next;
      s.offset = next === 0xFF ? offset + 2 : offset + 1;
      s.bitsCount = 8 - (length - count);
    }
    return entry & 0xFF;
  }
  function decodeHuffmanByBits(s, tree) {
    var node = tree, bit;
    while ((bit = readBit(s)) !== null) {
      node = node[bit];
      if (typeof node === 'number')
        return node;
      if (typeof node !== 'object')
        throw new Error("invalid huffman sequence");
    }
    return null;
  }
  function receive(s, length) {
    // spamlab (session 66): bits that are all in the current byte, or in it and the next byte, taken at once: the same bits
    // readBit gives one by one, the next byte read as readBit reads it (a stuffed 0xFF 0x00 is two bytes, past the data's
    // end zeros from `undefined`); a marker there is left to readBit (its error where the bits reach it).
    var count = s.bitsCount;
    if (length <= count) {
      s.bitsCount = count - length;
      return (s.bitsData >> (count - length)) & ((1 << length) - 1);
    }
    if (length <= count + 8) {
      var data = s.data, offset = s.offset;
      var next = data[offset];
      if (next !== 0xFF || !data[offset + 1]) {
        var rest = length - count;
        var high = (s.bitsData & ((1 << count) - 1)) << rest;
        s.bitsData = next;
        s.offset = next === 0xFF ? offset + 2 : offset + 1;
        s.bitsCount = 8 - rest;
        return high | ((next >> (8 - rest)) & ((1 << rest) - 1));
      }
    }
    var n = 0;
    while (length > 0) {
      var bit = readBit(s);
      if (bit === null) return;
      n = (n << 1) | bit;
      length--;
    }
    return n;
  }
  function receiveAndExtend(s, length) {
    var n = receive(s, length);
    if (n >= 1 << (length - 1))
      return n;
    return n + (-1 << length) + 1;
  }
  function decodeBaseline(s, component, zz, o) {
    var t = decodeHuffman(s, component.huffmanTableDC);
    var diff = t === 0 ? 0 : receiveAndExtend(s, t);
    zz[o + 0]= (component.pred += diff);
    var k = 1;
    while (k < 64) {
      var rs = decodeHuffman(s, component.huffmanTableAC);
      var s1 = rs & 15, r = rs >> 4;
      if (s1 === 0) {
        if (r < 15)
          break;
        k += 16;
        continue;
      }
      k += r;
      var z = dctZigZag[k];
      zz[o + z] = receiveAndExtend(s, s1);
      k++;
    }
  }
  function decodeDCFirst(s, component, zz, o) {
    var t = decodeHuffman(s, component.huffmanTableDC);
    var diff = t === 0 ? 0 : (receiveAndExtend(s, t) << s.successive);
    zz[o + 0] = (component.pred += diff);
  }
  function decodeDCSuccessive(s, component, zz, o) {
    zz[o + 0] |= readBit(s) << s.successive;
  }
  function decodeACFirst(s, component, zz, o) {
    if (s.eobrun > 0) {
      s.eobrun--;
      return;
    }
    var k = s.spectralStart, e = s.spectralEnd;
    while (k <= e) {
      var rs = decodeHuffman(s, component.huffmanTableAC);
      var s1 = rs & 15, r = rs >> 4;
      if (s1 === 0) {
        if (r < 15) {
          s.eobrun = receive(s, r) + (1 << r) - 1;
          break;
        }
        k += 16;
        continue;
      }
      k += r;
      var z = dctZigZag[k];
      zz[o + z] = receiveAndExtend(s, s1) * (1 << s.successive);
      k++;
    }
  }
  function decodeACSuccessive(s, component, zz, o) {
    var k = s.spectralStart, e = s.spectralEnd, r = 0;
    while (k <= e) {
      var z = dctZigZag[k];
      var direction = zz[o + z] < 0 ? -1 : 1;
      switch (s.successiveACState) {
      case 0: // initial state
        var rs = decodeHuffman(s, component.huffmanTableAC);
        var s1 = rs & 15, r = rs >> 4;
        if (s1 === 0) {
          if (r < 15) {
            s.eobrun = receive(s, r) + (1 << r);
            s.successiveACState = 4;
          } else {
            r = 16;
            s.successiveACState = 1;
          }
        } else {
          if (s1 !== 1)
            throw new Error("invalid ACn encoding");
          s.successiveACNextValue = receiveAndExtend(s, s1);
          s.successiveACState = r ? 2 : 3;
        }
        continue;
      case 1: // skipping r zero items
      case 2:
        if (zz[o + z])
          zz[o + z] += (readBit(s) << s.successive) * direction;
        else {
          r--;
          if (r === 0)
            s.successiveACState = s.successiveACState == 2 ? 3 : 0;
        }
        break;
      case 3: // set value for a zero item
        if (zz[o + z])
          zz[o + z] += (readBit(s) << s.successive) * direction;
        else {
          zz[o + z] = s.successiveACNextValue << s.successive;
          s.successiveACState = 0;
        }
        break;
      case 4: // eob
        if (zz[o + z])
          zz[o + z] += (readBit(s) << s.successive) * direction;
        break;
      }
      k++;
    }
    if (s.successiveACState === 4) {
      s.eobrun--;
      if (s.eobrun === 0)
        s.successiveACState = 0;
    }
  }
  function decodeMcu(s, component, decode, mcu, row, col) {
    var mcuRow = (mcu / s.mcusPerLine) | 0;
    var mcuCol = mcu % s.mcusPerLine;
    var blockRow = mcuRow * component.v + row;
    var blockCol = mcuCol * component.h + col;
    decodeAt(s, component, decode, blockRow, blockCol);
  }
  function decodeBlock(s, component, decode, mcu) {
    var blockRow = (mcu / component.blocksPerLine) | 0;
    var blockCol = mcu % component.blocksPerLine;
    decodeAt(s, component, decode, blockRow, blockCol);
  }
  // spamlab: a component's coefficients are one Int32Array, 64 a block, rows of blocksPerLineForMcu blocks (prepareComponents);
  // jpeg-js 0.4.4 kept an Int32Array of its own for every block, in arrays of rows: a 1000×1000 colour picture made 47,000
  // of them, and their collection cost more than the inverse DCT (session 65). A row past the last one is the row jpeg-js
  // did not have: skipped when tolerant, else the TypeError jpeg-js's `blocks[blockRow][blockCol]` threw there.
  function decodeAt(s, component, decode, blockRow, blockCol) {
    if (blockRow >= component.blocksPerColumnForMcu) {
      // If the block is missing and we're in tolerant mode, just skip it.
      if (s.tolerantDecoding)
        return;
      throw new TypeError("Cannot read properties of undefined (reading '" + blockCol + "')");
    }
    decode(s, component, component.coefficients, (blockRow * component.blocksPerLineForMcu + blockCol) << 6);
  }

  function decodeScan(data, offset,
                      frame, components, resetInterval,
                      spectralStart, spectralEnd,
                      successivePrev, successive, opts) {
    var mcusPerLine = frame.mcusPerLine;
    var progressive = frame.progressive;

    var startOffset = offset;
    var s = new ScanState(data, offset, spectralStart, spectralEnd, successive, mcusPerLine, opts.tolerantDecoding);

    var componentsLength = components.length;
    var component, i, j, k, n;
    var decodeFn;
    if (progressive) {
      if (spectralStart === 0)
        decodeFn = successivePrev === 0 ? decodeDCFirst : decodeDCSuccessive;
      else
        decodeFn = successivePrev === 0 ? decodeACFirst : decodeACSuccessive;
    } else {
      decodeFn = decodeBaseline;
    }

    var mcu = 0, marker;
    var mcuExpected;
    if (componentsLength == 1) {
      mcuExpected = components[0].blocksPerLine * components[0].blocksPerColumn;
    } else {
      mcuExpected = mcusPerLine * frame.mcusPerColumn;
    }
    if (!resetInterval) resetInterval = mcuExpected;

    var h, v;
    while (mcu < mcuExpected) {
      // reset interval stuff
      for (i = 0; i < componentsLength; i++)
        components[i].pred = 0;
      s.eobrun = 0;

      if (componentsLength == 1) {
        component = components[0];
        for (n = 0; n < resetInterval; n++) {
          decodeBlock(s, component, decodeFn, mcu);
          mcu++;
        }
      } else {
        for (n = 0; n < resetInterval; n++) {
          for (i = 0; i < componentsLength; i++) {
            component = components[i];
            h = component.h;
            v = component.v;
            for (j = 0; j < v; j++) {
              for (k = 0; k < h; k++) {
                decodeMcu(s, component, decodeFn, mcu, j, k);
              }
            }
          }
          mcu++;

          // If we've reached our expected MCU's, stop decoding
          if (mcu === mcuExpected) break;
        }
      }

      if (mcu === mcuExpected) {
        // Skip trailing bytes at the end of the scan - until we reach the next marker
        do {
          if (data[s.offset] === 0xFF) {
            if (data[s.offset + 1] !== 0x00) {
              break;
            }
          }
          s.offset += 1;
        } while (s.offset < data.length - 2);
      }

      // find marker
      s.bitsCount = 0;
      marker = (data[s.offset] << 8) | data[s.offset + 1];
      if (marker < 0xFF00) {
        throw new Error("marker was not found");
      }

      if (marker >= 0xFFD0 && marker <= 0xFFD7) { // RSTx
        s.offset += 2;
      }
      else
        break;
    }

    return s.offset - startOffset;
  }

  // spamlab: a function of this module (jpeg-js 0.4.4 made it per component inside buildComponentData), given the
  // component whose quantisation table it reads.
  // A port of poppler's IDCT method which in turn is taken from:
  //   Christoph Loeffler, Adriaan Ligtenberg, George S. Moschytz,
  //   "Practical Fast 1-D DCT Algorithms with 11 Multiplications",
  //   IEEE Intl. Conf. on Acoustics, Speech & Signal Processing, 1989,
  //   988-991.
  // spamlab (session 65): the block's coefficients at `o` of the component's one array (decodeAt), its samples written
  // straight into the eight lines from `scanLine` at column `x`. jpeg-js 0.4.4 dequantised the 64 coefficients into an
  // Int32Array, ran the row pass and the column pass over it, converted it to a 64-byte array and buildComponentData
  // copied that into the lines: four trips through typed arrays, each access with its checks. Here each row reads its
  // eight coefficients once (dequantised on the way in), the column pass reads each column once and writes the samples
  // out: the same operations in the same order on the same values (a product of two int32 is exact in a double, and
  // Math.imul is that product modulo 2^32, as the Int32Array store and `>>` took it), only the trips are gone.
  // A block with no AC coefficient (flat: most of a picture's background, and of its colour components) is the value
  // the two passes give it, worked out once: row 0 all t0, the other rows 0, every column (dctSqrt2 · t0) >> 14.
  function quantizeAndInverse(component, zz, o, lines, scanLine, x, p) {
    var qt = component.quantizationTable;
    var v0, v1, v2, v3, v4, v5, v6, v7, t;
    var i, row, col, sample;
    var q0, q1, q2, q3, q4, q5, q6, q7;

    for (i = 1; i < 64; i++)
      if (zz[o + i] !== 0) break;
    if (i === 64) {
      // As the dequant's store into the Int32Array, then the row pass's and the column pass's all-zero branches.
      t = (Math.imul(dctSqrt2, Math.imul(zz[o], qt[0])) + 512) >> 10;
      t = (Math.imul(dctSqrt2, t) + 8192) >> 14;
      sample = clampSample(128 + ((t + 8) >> 4));
      for (row = 0; row < 8; row++)
        fillSamples(lines[scanLine + row], x, sample);
      return;
    }

    // dequant and inverse DCT on rows
    for (row = 0; row < 64; row += 8) {
      q0 = Math.imul(zz[o + row], qt[row]);
      q1 = Math.imul(zz[o + row + 1], qt[row + 1]);
      q2 = Math.imul(zz[o + row + 2], qt[row + 2]);
      q3 = Math.imul(zz[o + row + 3], qt[row + 3]);
      q4 = Math.imul(zz[o + row + 4], qt[row + 4]);
      q5 = Math.imul(zz[o + row + 5], qt[row + 5]);
      q6 = Math.imul(zz[o + row + 6], qt[row + 6]);
      q7 = Math.imul(zz[o + row + 7], qt[row + 7]);

      // check for all-zero AC coefficients
      if (q1 == 0 && q2 == 0 && q3 == 0 && q4 == 0 && q5 == 0 && q6 == 0 && q7 == 0) {
        t = (Math.imul(dctSqrt2, q0) + 512) >> 10;
        p[row] = t;
        p[row + 1] = t;
        p[row + 2] = t;
        p[row + 3] = t;
        p[row + 4] = t;
        p[row + 5] = t;
        p[row + 6] = t;
        p[row + 7] = t;
        continue;
      }

      // stage 4
      v0 = (Math.imul(dctSqrt2, q0) + 128) >> 8;
      v1 = (Math.imul(dctSqrt2, q4) + 128) >> 8;
      v2 = q2;
      v3 = q6;
      v4 = (Math.imul(dctSqrt1d2, (q1 - q7)) + 128) >> 8;
      v7 = (Math.imul(dctSqrt1d2, (q1 + q7)) + 128) >> 8;
      v5 = q3 << 4;
      v6 = q5 << 4;

      // stage 3
      t = (v0 - v1+ 1) >> 1;
      v0 = (v0 + v1 + 1) >> 1;
      v1 = t;
      t = (Math.imul(v2, dctSin6) + Math.imul(v3, dctCos6) + 128) >> 8;
      v2 = (Math.imul(v2, dctCos6) - Math.imul(v3, dctSin6) + 128) >> 8;
      v3 = t;
      t = (v4 - v6 + 1) >> 1;
      v4 = (v4 + v6 + 1) >> 1;
      v6 = t;
      t = (v7 + v5 + 1) >> 1;
      v5 = (v7 - v5 + 1) >> 1;
      v7 = t;

      // stage 2
      t = (v0 - v3 + 1) >> 1;
      v0 = (v0 + v3 + 1) >> 1;
      v3 = t;
      t = (v1 - v2 + 1) >> 1;
      v1 = (v1 + v2 + 1) >> 1;
      v2 = t;
      t = (Math.imul(v4, dctSin3) + Math.imul(v7, dctCos3) + 2048) >> 12;
      v4 = (Math.imul(v4, dctCos3) - Math.imul(v7, dctSin3) + 2048) >> 12;
      v7 = t;
      t = (Math.imul(v5, dctSin1) + Math.imul(v6, dctCos1) + 2048) >> 12;
      v5 = (Math.imul(v5, dctCos1) - Math.imul(v6, dctSin1) + 2048) >> 12;
      v6 = t;

      // stage 1
      p[row] = v0 + v7;
      p[row + 7] = v0 - v7;
      p[row + 1] = v1 + v6;
      p[row + 6] = v1 - v6;
      p[row + 2] = v2 + v5;
      p[row + 5] = v2 - v5;
      p[row + 3] = v3 + v4;
      p[row + 4] = v3 - v4;
    }

    // inverse DCT on columns, each column's eight samples converted to 8-bit integers and written to the lines
    var l0 = lines[scanLine], l1 = lines[scanLine + 1], l2 = lines[scanLine + 2], l3 = lines[scanLine + 3];
    var l4 = lines[scanLine + 4], l5 = lines[scanLine + 5], l6 = lines[scanLine + 6], l7 = lines[scanLine + 7];
    for (col = 0; col < 8; ++col) {
      q0 = p[col];
      q1 = p[8 + col];
      q2 = p[16 + col];
      q3 = p[24 + col];
      q4 = p[32 + col];
      q5 = p[40 + col];
      q6 = p[48 + col];
      q7 = p[56 + col];
      i = x + col;

      // check for all-zero AC coefficients
      if (q1 == 0 && q2 == 0 && q3 == 0 && q4 == 0 && q5 == 0 && q6 == 0 && q7 == 0) {
        t = (Math.imul(dctSqrt2, q0) + 8192) >> 14;
        sample = clampSample(128 + ((t + 8) >> 4));
        l0[i] = sample;
        l1[i] = sample;
        l2[i] = sample;
        l3[i] = sample;
        l4[i] = sample;
        l5[i] = sample;
        l6[i] = sample;
        l7[i] = sample;
        continue;
      }

      // stage 4
      v0 = (Math.imul(dctSqrt2, q0) + 2048) >> 12;
      v1 = (Math.imul(dctSqrt2, q4) + 2048) >> 12;
      v2 = q2;
      v3 = q6;
      v4 = (Math.imul(dctSqrt1d2, (q1 - q7)) + 2048) >> 12;
      v7 = (Math.imul(dctSqrt1d2, (q1 + q7)) + 2048) >> 12;
      v5 = q3;
      v6 = q5;

      // stage 3
      t = (v0 - v1 + 1) >> 1;
      v0 = (v0 + v1 + 1) >> 1;
      v1 = t;
      t = (Math.imul(v2, dctSin6) + Math.imul(v3, dctCos6) + 2048) >> 12;
      v2 = (Math.imul(v2, dctCos6) - Math.imul(v3, dctSin6) + 2048) >> 12;
      v3 = t;
      t = (v4 - v6 + 1) >> 1;
      v4 = (v4 + v6 + 1) >> 1;
      v6 = t;
      t = (v7 + v5 + 1) >> 1;
      v5 = (v7 - v5 + 1) >> 1;
      v7 = t;

      // stage 2
      t = (v0 - v3 + 1) >> 1;
      v0 = (v0 + v3 + 1) >> 1;
      v3 = t;
      t = (v1 - v2 + 1) >> 1;
      v1 = (v1 + v2 + 1) >> 1;
      v2 = t;
      t = (Math.imul(v4, dctSin3) + Math.imul(v7, dctCos3) + 2048) >> 12;
      v4 = (Math.imul(v4, dctCos3) - Math.imul(v7, dctSin3) + 2048) >> 12;
      v7 = t;
      t = (Math.imul(v5, dctSin1) + Math.imul(v6, dctCos1) + 2048) >> 12;
      v5 = (Math.imul(v5, dctCos1) - Math.imul(v6, dctSin1) + 2048) >> 12;
      v6 = t;

      // stage 1, then 128 + ((value + 8) >> 4) clamped: jpeg-js stored each value in its Int32Array first, which took it
      // modulo 2^32 as `>>` does here.
      l0[i] = clampSample(128 + ((v0 + v7 + 8) >> 4));
      l7[i] = clampSample(128 + ((v0 - v7 + 8) >> 4));
      l1[i] = clampSample(128 + ((v1 + v6 + 8) >> 4));
      l6[i] = clampSample(128 + ((v1 - v6 + 8) >> 4));
      l2[i] = clampSample(128 + ((v2 + v5 + 8) >> 4));
      l5[i] = clampSample(128 + ((v2 - v5 + 8) >> 4));
      l3[i] = clampSample(128 + ((v3 + v4 + 8) >> 4));
      l4[i] = clampSample(128 + ((v3 - v4 + 8) >> 4));
    }
  }

  function clampSample(sample) {
    return sample < 0 ? 0 : sample > 0xFF ? 0xFF : sample;
  }

  function fillSamples(line, x, sample) {
    for (var i = 0; i < 8; i++)
      line[x + i] = sample;
  }

  function buildComponentData(frame, component) {
    var lines = [];
    var blocksPerLine = component.blocksPerLine;
    var blocksPerColumn = component.blocksPerColumn;
    var samplesPerLine = blocksPerLine << 3;
    // Only 1 used per invocation of this function and garbage collected after invocation, so no need to account for its memory footprint.
    var R = new Int32Array(64);

    requestMemoryAllocation(samplesPerLine * blocksPerColumn * 8);

    var i;
    for (var blockRow = 0; blockRow < blocksPerColumn; blockRow++) {
      var scanLine = blockRow << 3;
      for (i = 0; i < 8; i++)
        lines.push(new Uint8Array(samplesPerLine));
      for (var blockCol = 0; blockCol < blocksPerLine; blockCol++)
        quantizeAndInverse(component, component.coefficients, (blockRow * component.blocksPerLineForMcu + blockCol) << 6, lines, scanLine, blockCol << 3, R);
    }
    return lines;
  }

  // spamlab: getData's and copyToImageData's loops over a row's pixels as functions of the module, called once a row (jpeg-js
  // ran them inline). Those two run once a picture, so their long loops were compiled on the stack (OSR), and V8 keeps
  // such code only while it is in use: after a full collection the next picture compiled it again, in every scan pool
  // worker. A function called for each row gets ordinary optimised code, kept with the function (NOTES.md, issue 18,
  // session 23). Same reads, same arithmetic in the same order; each returns the next write offset where getData needs it.
  function getRow1(data, offset, width, scaleX, line1, scaleX1) {
    for (var x = 0; x < width; x++) {
      data[offset++] = line1[0 | (x * scaleX1 * scaleX)];
    }
    return offset;
  }

  function getRow2(data, offset, width, scaleX, line1, scaleX1, line2, scaleX2) {
    for (var x = 0; x < width; x++) {
      data[offset++] = line1[0 | (x * scaleX1 * scaleX)];
      data[offset++] = line2[0 | (x * scaleX2 * scaleX)];
    }
    return offset;
  }

  function getRow3(data, offset, width, scaleX, colorTransform, line1, scaleX1, line2, scaleX2, line3, scaleX3) {
    var Y, Cb, Cr, R, G, B;
    for (var x = 0; x < width; x++) {
      if (!colorTransform) {
        R = line1[0 | (x * scaleX1 * scaleX)];
        G = line2[0 | (x * scaleX2 * scaleX)];
        B = line3[0 | (x * scaleX3 * scaleX)];
      } else {
        Y = line1[0 | (x * scaleX1 * scaleX)];
        Cb = line2[0 | (x * scaleX2 * scaleX)];
        Cr = line3[0 | (x * scaleX3 * scaleX)];

        R = clampTo8bit(Y + 1.402 * (Cr - 128));
        G = clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
        B = clampTo8bit(Y + 1.772 * (Cb - 128));
      }

      data[offset++] = R;
      data[offset++] = G;
      data[offset++] = B;
    }
    return offset;
  }

  function getRow4(data, offset, width, scaleX, colorTransform, line1, scaleX1, line2, scaleX2, line3, scaleX3, line4, scaleX4) {
    var Y, Cb, Cr, K, C, M, Ye;
    for (var x = 0; x < width; x++) {
      if (!colorTransform) {
        C = line1[0 | (x * scaleX1 * scaleX)];
        M = line2[0 | (x * scaleX2 * scaleX)];
        Ye = line3[0 | (x * scaleX3 * scaleX)];
        K = line4[0 | (x * scaleX4 * scaleX)];
      } else {
        Y = line1[0 | (x * scaleX1 * scaleX)];
        Cb = line2[0 | (x * scaleX2 * scaleX)];
        Cr = line3[0 | (x * scaleX3 * scaleX)];
        K = line4[0 | (x * scaleX4 * scaleX)];

        C = 255 - clampTo8bit(Y + 1.402 * (Cr - 128));
        M = 255 - clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
        Ye = 255 - clampTo8bit(Y + 1.772 * (Cb - 128));
      }
      data[offset++] = 255-C;
      data[offset++] = 255-M;
      data[offset++] = 255-Ye;
      data[offset++] = 255-K;
    }
    return offset;
  }

  function copyRow1(data, i, imageDataArray, j, width, formatAsRGBA) {
    var Y;
    for (var x = 0; x < width; x++) {
      Y = data[i++];

      imageDataArray[j++] = Y;
      imageDataArray[j++] = Y;
      imageDataArray[j++] = Y;
      if (formatAsRGBA) {
        imageDataArray[j++] = 255;
      }
    }
  }

  function copyRow3(data, i, imageDataArray, j, width, formatAsRGBA) {
    var R, G, B;
    for (var x = 0; x < width; x++) {
      R = data[i++];
      G = data[i++];
      B = data[i++];

      imageDataArray[j++] = R;
      imageDataArray[j++] = G;
      imageDataArray[j++] = B;
      if (formatAsRGBA) {
        imageDataArray[j++] = 255;
      }
    }
  }

  function copyRow4(data, i, imageDataArray, j, width, formatAsRGBA) {
    var Y, K, C, M, R, G, B;
    for (var x = 0; x < width; x++) {
      C = data[i++];
      M = data[i++];
      Y = data[i++];
      K = data[i++];

      R = 255 - clampTo8bit(C * (1 - K / 255) + K);
      G = 255 - clampTo8bit(M * (1 - K / 255) + K);
      B = 255 - clampTo8bit(Y * (1 - K / 255) + K);

      imageDataArray[j++] = R;
      imageDataArray[j++] = G;
      imageDataArray[j++] = B;
      if (formatAsRGBA) {
        imageDataArray[j++] = 255;
      }
    }
  }

  function clampTo8bit(a) {
    return a < 0 ? 0 : a > 255 ? 255 : a;
  }

  // spamlab: the grey level of each pixel straight from the component lines, for decode's `grey` (../jpeg.ts's only use):
  // what getRow1/getRow3 would store in getData's bytes (ToUint8: `(v | 0) & 0xff` of a value the clamp keeps in 0…255 or of
  // a line's byte), then rgbLuma of the three as ../jpeg.ts's rgbAsGray reads them from copyRow1/copyRow3's copy (a grey
  // byte copied to R, G and B is its own luma) — without the RGB bytes written twice (session 61, cpu62).
  function grayRow1(gray, offset, width, scaleX, line1, scaleX1) {
    for (var x = 0; x < width; x++) {
      gray[offset++] = line1[0 | (x * scaleX1 * scaleX)];
    }
    return offset;
  }

  // A pixel whose three samples are the previous pixel's has its grey level (session 65): flat runs — a banner's or a
  // screenshot's background, most of the pictures mail carries — skip the colour transform and the luma.
  function grayRow3(gray, offset, width, scaleX, colorTransform, line1, scaleX1, line2, scaleX2, line3, scaleX3) {
    var Y, Cb, Cr, R, G, B, a, b, c, level;
    var lastA = -1, lastB = -1, lastC = -1, lastLevel = 0;
    for (var x = 0; x < width; x++) {
      a = line1[0 | (x * scaleX1 * scaleX)];
      b = line2[0 | (x * scaleX2 * scaleX)];
      c = line3[0 | (x * scaleX3 * scaleX)];
      if (a === lastA && b === lastB && c === lastC) {
        gray[offset++] = lastLevel;
        continue;
      }
      if (!colorTransform) {
        R = a;
        G = b;
        B = c;
      } else {
        Y = a;
        Cb = b;
        Cr = c;

        R = clampTo8bit(Y + 1.402 * (Cr - 128));
        G = clampTo8bit(Y - 0.3441363 * (Cb - 128) - 0.71413636 * (Cr - 128));
        B = clampTo8bit(Y + 1.772 * (Cb - 128));
      }
      level = rgbLuma((R | 0) & 0xff, (G | 0) & 0xff, (B | 0) & 0xff);
      lastA = a;
      lastB = b;
      lastC = c;
      lastLevel = level;
      gray[offset++] = level;
    }
    return offset;
  }

  constructor.prototype = {
    load: function load(path) {
      var xhr = new XMLHttpRequest();
      xhr.open("GET", path, true);
      xhr.responseType = "arraybuffer";
      xhr.onload = (function() {
        // TODO catch parse error
        var data = new Uint8Array(xhr.response || xhr.mozResponseArrayBuffer);
        this.parse(data);
        if (this.onload)
          this.onload();
      }).bind(this);
      xhr.send(null);
    },
    parse: function parse(data) {
      var maxResolutionInPixels = this.opts.maxResolutionInMP * 1000 * 1000;
      var offset = 0, length = data.length;
      function readUint16() {
        var value = (data[offset] << 8) | data[offset + 1];
        offset += 2;
        return value;
      }
      function readDataBlock() {
        var length = readUint16();
        var array = data.subarray(offset, offset + length - 2);
        offset += array.length;
        return array;
      }
      function prepareComponents(frame) {
        // According to the JPEG standard, the sampling factor must be between 1 and 4
        // See https://github.com/libjpeg-turbo/libjpeg-turbo/blob/9abeff46d87bd201a952e276f3e4339556a403a3/libjpeg.txt#L1138-L1146
        var maxH = 1, maxV = 1;
        var component, componentId;
        for (componentId in frame.components) {
          if (frame.components.hasOwnProperty(componentId)) {
            component = frame.components[componentId];
            if (maxH < component.h) maxH = component.h;
            if (maxV < component.v) maxV = component.v;
          }
        }
        var mcusPerLine = Math.ceil(frame.samplesPerLine / 8 / maxH);
        var mcusPerColumn = Math.ceil(frame.scanLines / 8 / maxV);
        for (componentId in frame.components) {
          if (frame.components.hasOwnProperty(componentId)) {
            component = frame.components[componentId];
            var blocksPerLine = Math.ceil(Math.ceil(frame.samplesPerLine / 8) * component.h / maxH);
            var blocksPerColumn = Math.ceil(Math.ceil(frame.scanLines  / 8) * component.v / maxV);
            var blocksPerLineForMcu = mcusPerLine * component.h;
            var blocksPerColumnForMcu = mcusPerColumn * component.v;
            var blocksToAllocate = blocksPerColumnForMcu * blocksPerLineForMcu;

            // Each block is 64 Int32 values (4 x 64 = 256 bytes)
            requestMemoryAllocation(blocksToAllocate * 256);

            component.blocksPerLine = blocksPerLine;
            component.blocksPerColumn = blocksPerColumn;
            // spamlab: one array for every block (decodeAt).
            component.blocksPerLineForMcu = blocksPerLineForMcu;
            component.blocksPerColumnForMcu = blocksPerColumnForMcu;
            component.coefficients = new Int32Array(blocksToAllocate * 64);
          }
        }
        frame.maxH = maxH;
        frame.maxV = maxV;
        frame.mcusPerLine = mcusPerLine;
        frame.mcusPerColumn = mcusPerColumn;
      }
      var jfif = null;
      var adobe = null;
      var pixels = null;
      var frame, resetInterval;
      var quantizationTables = [], frames = [];
      var huffmanTablesAC = [], huffmanTablesDC = [];
      var fileMarker = readUint16();
      var malformedDataOffset = -1;
      this.comments = [];
      if (fileMarker != 0xFFD8) { // SOI (Start of Image)
        throw new Error("SOI not found");
      }

      fileMarker = readUint16();
      while (fileMarker != 0xFFD9) { // EOI (End of image)
        var i, j, l;
        switch(fileMarker) {
          case 0xFF00: break;
          case 0xFFE0: // APP0 (Application Specific)
          case 0xFFE1: // APP1
          case 0xFFE2: // APP2
          case 0xFFE3: // APP3
          case 0xFFE4: // APP4
          case 0xFFE5: // APP5
          case 0xFFE6: // APP6
          case 0xFFE7: // APP7
          case 0xFFE8: // APP8
          case 0xFFE9: // APP9
          case 0xFFEA: // APP10
          case 0xFFEB: // APP11
          case 0xFFEC: // APP12
          case 0xFFED: // APP13
          case 0xFFEE: // APP14
          case 0xFFEF: // APP15
          case 0xFFFE: // COM (Comment)
            var appData = readDataBlock();

            if (fileMarker === 0xFFFE) {
              var comment = String.fromCharCode.apply(null, appData);
              this.comments.push(comment);
            }

            if (fileMarker === 0xFFE0) {
              if (appData[0] === 0x4A && appData[1] === 0x46 && appData[2] === 0x49 &&
                appData[3] === 0x46 && appData[4] === 0) { // 'JFIF\x00'
                jfif = {
                  version: { major: appData[5], minor: appData[6] },
                  densityUnits: appData[7],
                  xDensity: (appData[8] << 8) | appData[9],
                  yDensity: (appData[10] << 8) | appData[11],
                  thumbWidth: appData[12],
                  thumbHeight: appData[13],
                  thumbData: appData.subarray(14, 14 + 3 * appData[12] * appData[13])
                };
              }
            }
            // TODO APP1 - Exif
            if (fileMarker === 0xFFE1) {
              if (appData[0] === 0x45 &&
                appData[1] === 0x78 &&
                appData[2] === 0x69 &&
                appData[3] === 0x66 &&
                appData[4] === 0) { // 'EXIF\x00'
                this.exifBuffer = appData.subarray(5, appData.length);
              }
            }

            if (fileMarker === 0xFFEE) {
              if (appData[0] === 0x41 && appData[1] === 0x64 && appData[2] === 0x6F &&
                appData[3] === 0x62 && appData[4] === 0x65 && appData[5] === 0) { // 'Adobe\x00'
                adobe = {
                  version: appData[6],
                  flags0: (appData[7] << 8) | appData[8],
                  flags1: (appData[9] << 8) | appData[10],
                  transformCode: appData[11]
                };
              }
            }
            break;

          case 0xFFDB: // DQT (Define Quantization Tables)
            var quantizationTablesLength = readUint16();
            var quantizationTablesEnd = quantizationTablesLength + offset - 2;
            while (offset < quantizationTablesEnd) {
              var quantizationTableSpec = data[offset++];
              requestMemoryAllocation(64 * 4);
              var tableData = new Int32Array(64);
              if ((quantizationTableSpec >> 4) === 0) { // 8 bit values
                for (j = 0; j < 64; j++) {
                  var z = dctZigZag[j];
                  tableData[z] = data[offset++];
                }
              } else if ((quantizationTableSpec >> 4) === 1) { //16 bit
                for (j = 0; j < 64; j++) {
                  var z = dctZigZag[j];
                  tableData[z] = readUint16();
                }
              } else
                throw new Error("DQT: invalid table spec");
              quantizationTables[quantizationTableSpec & 15] = tableData;
            }
            break;

          case 0xFFC0: // SOF0 (Start of Frame, Baseline DCT)
          case 0xFFC1: // SOF1 (Start of Frame, Extended DCT)
          case 0xFFC2: // SOF2 (Start of Frame, Progressive DCT)
            readUint16(); // skip data length
            // spamlab: the frame and its components each one literal with every field the decoder sets later (prepareComponents,
            // the scans, the end), not fields added one by one: maps made by adding fields are dropped at a full collection
            // once no picture is being decoded, and the decoder's optimised code was deoptimised ("wrong map") at the next.
            frame = {
              extended: (fileMarker === 0xFFC1),
              progressive: (fileMarker === 0xFFC2),
              precision: data[offset++],
              scanLines: readUint16(),
              samplesPerLine: readUint16(),
              components: {},
              componentsOrder: [],
              maxH: 0,
              maxV: 0,
              mcusPerLine: 0,
              mcusPerColumn: 0
            };

            var pixelsInFrame = frame.scanLines * frame.samplesPerLine;
            if (pixelsInFrame > maxResolutionInPixels) {
              var exceededAmount = Math.ceil((pixelsInFrame - maxResolutionInPixels) / 1e6);
              throw new Error(`maxResolutionInMP limit exceeded by ${exceededAmount}MP`);
            }

            var componentsCount = data[offset++], componentId;
            var maxH = 0, maxV = 0;
            for (i = 0; i < componentsCount; i++) {
              componentId = data[offset];
              var h = data[offset + 1] >> 4;
              var v = data[offset + 1] & 15;
              var qId = data[offset + 2];

              if ( h <= 0 || v <= 0 ) {
                throw new Error('Invalid sampling factor, expected values above 0');
              }

              frame.componentsOrder.push(componentId);
              frame.components[componentId] = {
                h: h,
                v: v,
                quantizationIdx: qId,
                blocksPerLine: 0,
                blocksPerColumn: 0,
                // spamlab: the coefficients of every block in one array (decodeAt) instead of jpeg-js's `blocks`.
                blocksPerLineForMcu: 0,
                blocksPerColumnForMcu: 0,
                coefficients: null,
                huffmanTableDC: undefined,
                huffmanTableAC: undefined,
                pred: 0,
                quantizationTable: undefined
              };
              offset += 3;
            }
            prepareComponents(frame);
            frames.push(frame);
            break;

          case 0xFFC4: // DHT (Define Huffman Tables)
            var huffmanLength = readUint16();
            for (i = 2; i < huffmanLength;) {
              var huffmanTableSpec = data[offset++];
              var codeLengths = new Uint8Array(16);
              var codeLengthSum = 0;
              for (j = 0; j < 16; j++, offset++) {
                codeLengthSum += (codeLengths[j] = data[offset]);
              }
              requestMemoryAllocation(16 + codeLengthSum);
              var huffmanValues = new Uint8Array(codeLengthSum);
              for (j = 0; j < codeLengthSum; j++, offset++)
                huffmanValues[j] = data[offset];
              i += 17 + codeLengthSum;

              ((huffmanTableSpec >> 4) === 0 ?
                huffmanTablesDC : huffmanTablesAC)[huffmanTableSpec & 15] =
                buildHuffmanTable(codeLengths, huffmanValues);
            }
            break;

          case 0xFFDD: // DRI (Define Restart Interval)
            readUint16(); // skip data length
            resetInterval = readUint16();
            break;

          case 0xFFDC: // Number of Lines marker
            readUint16() // skip data length
            readUint16() // Ignore this data since it represents the image height
            break;
            
          case 0xFFDA: // SOS (Start of Scan)
            var scanLength = readUint16();
            var selectorsCount = data[offset++];
            var components = [], component;
            for (i = 0; i < selectorsCount; i++) {
              component = frame.components[data[offset++]];
              var tableSpec = data[offset++];
              component.huffmanTableDC = huffmanTablesDC[tableSpec >> 4];
              component.huffmanTableAC = huffmanTablesAC[tableSpec & 15];
              components.push(component);
            }
            var spectralStart = data[offset++];
            var spectralEnd = data[offset++];
            var successiveApproximation = data[offset++];
            var processed = decodeScan(data, offset,
              frame, components, resetInterval,
              spectralStart, spectralEnd,
              successiveApproximation >> 4, successiveApproximation & 15, this.opts);
            offset += processed;
            break;

          case 0xFFFF: // Fill bytes
            if (data[offset] !== 0xFF) { // Avoid skipping a valid marker.
              offset--;
            }
            break;
          default:
            if (data[offset - 3] == 0xFF &&
                data[offset - 2] >= 0xC0 && data[offset - 2] <= 0xFE) {
              // could be incorrect encoding -- last 0xFF byte of the previous
              // block was eaten by the encoder
              offset -= 3;
              break;
            }
            else if (fileMarker === 0xE0 || fileMarker == 0xE1) {
              // Recover from malformed APP1 markers popular in some phone models.
              // See https://github.com/eugeneware/jpeg-js/issues/82
              if (malformedDataOffset !== -1) {
                throw new Error(`first unknown JPEG marker at offset ${malformedDataOffset.toString(16)}, second unknown JPEG marker ${fileMarker.toString(16)} at offset ${(offset - 1).toString(16)}`);
              }
              malformedDataOffset = offset - 1;
              const nextOffset = readUint16();
              if (data[offset + nextOffset - 2] === 0xFF) {
                offset += nextOffset - 2;
                break;
              }
            }
            throw new Error("unknown JPEG marker " + fileMarker.toString(16));
        }
        fileMarker = readUint16();
      }
      if (frames.length != 1)
        throw new Error("only single frame JPEGs supported");

      // set each frame's components quantization table
      for (var i = 0; i < frames.length; i++) {
        var cp = frames[i].components;
        for (var j in cp) {
          cp[j].quantizationTable = quantizationTables[cp[j].quantizationIdx];
          delete cp[j].quantizationIdx;
        }
      }

      this.width = frame.samplesPerLine;
      this.height = frame.scanLines;
      this.jfif = jfif;
      this.adobe = adobe;
      this.components = [];
      for (var i = 0; i < frame.componentsOrder.length; i++) {
        var component = frame.components[frame.componentsOrder[i]];
        this.components.push({
          lines: buildComponentData(frame, component),
          scaleX: component.h / frame.maxH,
          scaleY: component.v / frame.maxV
        });
      }
    },
    getData: function getData(width, height) {
      var scaleX = this.width / width, scaleY = this.height / height;

      var component1, component2, component3, component4;
      var component1Line, component2Line, component3Line, component4Line;
      var x, y;
      var offset = 0;
      var Y, Cb, Cr, K, C, M, Ye, R, G, B;
      var colorTransform;
      var dataLength = width * height * this.components.length;
      requestMemoryAllocation(dataLength);
      var data = new Uint8Array(dataLength);
      switch (this.components.length) {
        case 1:
          component1 = this.components[0];
          for (y = 0; y < height; y++) {
            component1Line = component1.lines[0 | (y * component1.scaleY * scaleY)];
            offset = getRow1(data, offset, width, scaleX, component1Line, component1.scaleX);
          }
          break;
        case 2:
          // PDF might compress two component data in custom colorspace
          component1 = this.components[0];
          component2 = this.components[1];
          for (y = 0; y < height; y++) {
            component1Line = component1.lines[0 | (y * component1.scaleY * scaleY)];
            component2Line = component2.lines[0 | (y * component2.scaleY * scaleY)];
            offset = getRow2(data, offset, width, scaleX, component1Line, component1.scaleX, component2Line, component2.scaleX);
          }
          break;
        case 3:
          // The default transform for three components is true
          colorTransform = true;
          // The adobe transform marker overrides any previous setting
          if (this.adobe && this.adobe.transformCode)
            colorTransform = true;
          else if (typeof this.opts.colorTransform !== 'undefined')
            colorTransform = !!this.opts.colorTransform;

          component1 = this.components[0];
          component2 = this.components[1];
          component3 = this.components[2];
          for (y = 0; y < height; y++) {
            component1Line = component1.lines[0 | (y * component1.scaleY * scaleY)];
            component2Line = component2.lines[0 | (y * component2.scaleY * scaleY)];
            component3Line = component3.lines[0 | (y * component3.scaleY * scaleY)];
            offset = getRow3(data, offset, width, scaleX, colorTransform, component1Line, component1.scaleX, component2Line, component2.scaleX, component3Line, component3.scaleX);
          }
          break;
        case 4:
          if (!this.adobe)
            throw new Error('Unsupported color mode (4 components)');
          // The default transform for four components is false
          colorTransform = false;
          // The adobe transform marker overrides any previous setting
          if (this.adobe && this.adobe.transformCode)
            colorTransform = true;
          else if (typeof this.opts.colorTransform !== 'undefined')
            colorTransform = !!this.opts.colorTransform;

          component1 = this.components[0];
          component2 = this.components[1];
          component3 = this.components[2];
          component4 = this.components[3];
          for (y = 0; y < height; y++) {
            component1Line = component1.lines[0 | (y * component1.scaleY * scaleY)];
            component2Line = component2.lines[0 | (y * component2.scaleY * scaleY)];
            component3Line = component3.lines[0 | (y * component3.scaleY * scaleY)];
            component4Line = component4.lines[0 | (y * component4.scaleY * scaleY)];
            offset = getRow4(data, offset, width, scaleX, colorTransform, component1Line, component1.scaleX, component2Line, component2.scaleX, component3Line, component3.scaleX, component4Line, component4.scaleX);
          }
          break;
        default:
          throw new Error('Unsupported color mode');
      }
      return data;
    },
    // spamlab: getData's memory request and rows for one or three components, each pixel's grey written (grayRow1/3).
    getGray: function getGray(width, height) {
      var scaleX = this.width / width, scaleY = this.height / height;
      var component1, component2, component3;
      var y;
      var offset = 0;
      var colorTransform;
      requestMemoryAllocation(width * height * this.components.length);
      var gray = new Uint8Array(width * height);
      if (this.components.length === 1) {
        component1 = this.components[0];
        for (y = 0; y < height; y++) {
          offset = grayRow1(gray, offset, width, scaleX, component1.lines[0 | (y * component1.scaleY * scaleY)], component1.scaleX);
        }
        return gray;
      }
      colorTransform = true;
      if (this.adobe && this.adobe.transformCode)
        colorTransform = true;
      else if (typeof this.opts.colorTransform !== 'undefined')
        colorTransform = !!this.opts.colorTransform;
      component1 = this.components[0];
      component2 = this.components[1];
      component3 = this.components[2];
      for (y = 0; y < height; y++) {
        offset = grayRow3(gray, offset, width, scaleX, colorTransform,
          component1.lines[0 | (y * component1.scaleY * scaleY)], component1.scaleX,
          component2.lines[0 | (y * component2.scaleY * scaleY)], component2.scaleX,
          component3.lines[0 | (y * component3.scaleY * scaleY)], component3.scaleX);
      }
      return gray;
    },
    copyToImageData: function copyToImageData(imageData, formatAsRGBA) {
      var width = imageData.width, height = imageData.height;
      var imageDataArray = imageData.data;
      var data = this.getData(width, height);
      var i = 0, j = 0, x, y;
      var Y, K, C, M, R, G, B;
      switch (this.components.length) {
        case 1:
          for (y = 0; y < height; y++) {
            copyRow1(data, i, imageDataArray, j, width, formatAsRGBA);
            i += width;
            j += width * (formatAsRGBA ? 4 : 3);
          }
          break;
        case 3:
          for (y = 0; y < height; y++) {
            copyRow3(data, i, imageDataArray, j, width, formatAsRGBA);
            i += width * 3;
            j += width * (formatAsRGBA ? 4 : 3);
          }
          break;
        case 4:
          for (y = 0; y < height; y++) {
            copyRow4(data, i, imageDataArray, j, width, formatAsRGBA);
            i += width * 4;
            j += width * (formatAsRGBA ? 4 : 3);
          }
          break;
        default:
          throw new Error('Unsupported color mode');
      }
    }
  };


  // We cap the amount of memory used by jpeg-js to avoid unexpected OOMs from untrusted content.
  var totalBytesAllocated = 0;
  var maxMemoryUsageBytes = 0;
  function requestMemoryAllocation(increaseAmount = 0) {
    var totalMemoryImpactBytes = totalBytesAllocated + increaseAmount;
    if (totalMemoryImpactBytes > maxMemoryUsageBytes) {
      var exceededAmount = Math.ceil((totalMemoryImpactBytes - maxMemoryUsageBytes) / 1024 / 1024);
      throw new Error(`maxMemoryUsageInMB limit exceeded by at least ${exceededAmount}MB`);
    }

    totalBytesAllocated = totalMemoryImpactBytes;
  }

  constructor.resetMaxMemoryUsage = function (maxMemoryUsageBytes_) {
    totalBytesAllocated = 0;
    maxMemoryUsageBytes = maxMemoryUsageBytes_;
  };

  constructor.getBytesAllocated = function () {
    return totalBytesAllocated;
  };

  constructor.requestMemoryAllocation = requestMemoryAllocation;

  return constructor;
})();

// spamlab: an option as `{...defaults, ...user}[key]` has it.
function optionOf(userOpts, defaultOpts, key) {
  return Object.prototype.hasOwnProperty.call(userOpts, key) ? userOpts[key] : defaultOpts[key];
}

// spamlab: `grey` true: a picture of one or three components is returned as `{ width, height, gray }` (its pixels' grey
// levels, as rgbLuma of the RGB bytes the RGB path gives), after the same memory requests in the same order; any other
// picture takes the RGB path (`data`), so every error is the one it threw.
function decode(jpegData, userOpts = {}, grey = false) {
  var defaultOpts = {
    // "undefined" means "Choose whether to transform colors based on the image’s color model."
    colorTransform: undefined,
    useTArray: false,
    formatAsRGBA: true,
    tolerantDecoding: true,
    maxResolutionInMP: 100, // Don't decode more than 100 megapixels
    maxMemoryUsageInMB: 512, // Don't decode if memory footprint is more than 512MB
  };

  // spamlab: one literal with the six options (what the spread gave: the caller's own value where it has the key, else the
  // default), not `{...defaultOpts, ...userOpts}`: the spread's copy took the defaults' field kinds, and a caller's
  // fractional maxResolutionInMP made a map of its own that V8 dropped at a full collection once no picture was being
  // decoded, so decodeScan's optimised code was deoptimised ("wrong map") at the next picture (NOTES.md, session 23).
  var opts = {
    colorTransform: optionOf(userOpts, defaultOpts, 'colorTransform'),
    useTArray: optionOf(userOpts, defaultOpts, 'useTArray'),
    formatAsRGBA: optionOf(userOpts, defaultOpts, 'formatAsRGBA'),
    tolerantDecoding: optionOf(userOpts, defaultOpts, 'tolerantDecoding'),
    maxResolutionInMP: optionOf(userOpts, defaultOpts, 'maxResolutionInMP'),
    maxMemoryUsageInMB: optionOf(userOpts, defaultOpts, 'maxMemoryUsageInMB'),
  };
  var arr = new Uint8Array(jpegData);
  var decoder = new JpegImage();
  decoder.opts = opts;
  // If this constructor ever supports async decoding this will need to be done differently.
  // Until then, treating as singleton limit is fine.
  JpegImage.resetMaxMemoryUsage(opts.maxMemoryUsageInMB * 1024 * 1024);
  decoder.parse(arr);

  var channels = (opts.formatAsRGBA) ? 4 : 3;
  var bytesNeeded = decoder.width * decoder.height * channels;
  if (grey && (decoder.components.length === 1 || decoder.components.length === 3)) {
    JpegImage.requestMemoryAllocation(bytesNeeded);
    return { width: decoder.width, height: decoder.height, gray: decoder.getGray(decoder.width, decoder.height) };
  }
  try {
    JpegImage.requestMemoryAllocation(bytesNeeded);
    var image = {
      width: decoder.width,
      height: decoder.height,
      exifBuffer: decoder.exifBuffer,
      data: opts.useTArray ?
        new Uint8Array(bytesNeeded) :
        Buffer.alloc(bytesNeeded)
    };
    if(decoder.comments.length > 0) {
      image["comments"] = decoder.comments;
    }
  } catch (err) {
    if (err instanceof RangeError) {
      throw new Error("Could not allocate enough memory for the image. " +
                      "Required: " + bytesNeeded);
    } 
    
    if (err instanceof ReferenceError) {
      if (err.message === "Buffer is not defined") {
        throw new Error("Buffer is not globally defined in this environment. " +
                        "Consider setting useTArray to true");
      }
    }
    throw err;
  }

  decoder.copyToImageData(image, opts.formatAsRGBA);

  return image;
}

// spamlab: an ES module export instead of module.exports / window.
export default decode;
