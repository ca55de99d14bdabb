/**
 * 7z archives written by 7-Zip itself (`7zz` 26.02 of Debian's `7zip` package, default settings unless named), kept as
 * bytes so that the listing and the LZMA/LZMA2 decoder are tested on what the real tool writes: every header below is
 * LZMA-compressed (kEncodedHeader), as 7-Zip writes it by default.
 */

const b64 = (s: string): Buffer => Buffer.from(s, 'base64');

/**
 * `7zz a default-exe.7z Fattura_2291.pdf.exe Leggimi.txt` (the PE of buildPe with urlmon imports; `Fattura n. 2291\n`): the
 * program in a BCJ + LZMA2 block, the text in an LZMA2 block. (With the program alone 7-Zip leaves the header plain.)
 */
export const SEVEN_ZIP_EXE = b64(
  'N3q8ryccAASqaxmgVgEAAAAAAAAjAAAAAAAAAFM2WWMBAA9GYXR0dXJhIG4uIDIyOTEKAOAH/wCwXQAmlnwbjLtELZLDzyidJTt1' +
  '2RSGyHiqDo96FM1uCurUpQVETzPywu7LClDUwW1CwkwBsadUBtootbjochqugvIe9pikvHZjpvEvW70OB9VfH8M7kVWg3P2vbtFX' +
  'y2zpHEy+ngVhGWqKGz06YL9R7hI5Cjwm3KzdHfuCxKQHS1ATGeXNEFldI+vBciBIyBGGJe9zPUAdJUwqaqV4qomnXRCAApTZI46m' +
  'qdXwIBFbaejgAAAAAIEzB64xmZnUhASOiKgEnhgsUhEOtGh5vsARYBnpkNh2NIWE4shkCX8BJNQbeQsgSlFPhLzQaICSOOtQKKg9' +
  'a+81UcS+d38txkIG0Yhsahw5lBaFWgiwHnM9WczzkOtzCn45F71YT5FiPPmT7x1lydlWZvO/lhttZIbaj6mhDyCH3SCmXl40AAAX' +
  'BoDMAQmAigAHCwEAASMDAQEFXQAQAAAMgKYKAc4DBFQAAA=='
);

/** `7zz a shortcut-script.7z Rechnung_2291.url Rechnung_2291.js`: a WebDAV `file://…@SSL` shortcut and a downloader script, LZMA2. */
export const SEVEN_ZIP_SHORTCUT_SCRIPT = b64(
  'N3q8ryccAAR7LzpeSQEAAAAAAAAiAAAAAAAAAFGUxZXgAOAAy10AOxhKpiforjgdO/QA/pCvBaUHc8Ydr3gmLfG+kErE+ekObbLz' +
  'Pd4cEubeR1MK//FjSZ8wpvCpebPG1ZN6uh9I2lYidLkZ9drl8JlGm6KmRXQ14QHzu6m5C8ffoQUWUauARksAdQFOeK6nt+g8AEnl' +
  'uJkAb8kTXtj+UfnCeAqpIZ/HjFyirwYOHoCjreyY1I054TTjL9L3m77n3/FHflDAGQ67bX7nMXTm4MKm2AaJancK/uXk2ZaiphWd' +
  'HcTvK6ladpgrU0aBMAQYuwAAAACBMweuD9UxfknXJNP+s3AYgUAePqmja8fKnJkgK2PAawYHYYtPDXNDgGSrbq21diKId/B2Yy8c' +
  'XK4CpEJkXhowwt1P0z9hwmIlAgT0DcRXg0a0jUbLYzXhRQZaHe9yy3RTxrMsBR8QZ2mr/7tkM8VlAuk2ABcGgNMBCXYABwsBAAEj' +
  'AwEBBV0AEAAADICeCgF3j06ZAAA='
);

/** `7zz a bookmark-notes.7z Sommerfest-Fotos.url Protokoll.txt`: an https bookmark and minutes, LZMA2. */
export const SEVEN_ZIP_BOOKMARK = b64(
  'N3q8ryccAASrEPDLAQEAAAAAAAAiAAAAAAAAAF68XqvgAH4Ael0AKByJ53f1zOY5nPL6H5MT+U/jNCkJ8p10TpIczSFcjyZ+f83C' +
  'fgD+YyPahc9XD51oskb71XVRKxuIox4Vc1j3FYa2e7XcpV80gDGbQLM+o4CdpWSRDqT+IbF8zO+ceH0aWrjMTsjCUZQUTfZyuZmo' +
  'jFANOJCubdlCgAAAAACBMweuD9UvssmWbCkfSB2atbdimBblxjVF80kGROCr3JyFLFSFFgCSmUZoY43tDU3RgzhAcvpBPuef8JZz' +
  'jCL9yK6eJqBC0yaL6xhMUk8iiQOxcIyl+HfuWZkXVUtkBScrc3b7rsFQVjmquJo6MWz7U4xGTo6sadN3jKUAABcGgIIBCX8ABwsB' +
  'AAEjAwEBBV0AEAAADICeCgHAy31fAAA='
);

/** The same two files with `-m0=lzma`: LZMA content. */
export const SEVEN_ZIP_BOOKMARK_LZMA = b64(
  'N3q8ryccAATw0mHA+gAAAAAAAAAhAAAAAAAAAEiElFkAKByJ53f1zOY5nPL6H5MT+U/jNCkJ8p10TpIczSFcjyZ+f83CfgD+YyPa' +
  'hc9XD51oskb71XVRKxuIox4Vc1j3FYa2e7XcpV80gDGbQLM+o4CdpWSRDqT+IbF8zO+ceH0aWrjMTsjCUZQUTfZyuZmojFANOJCu' +
  'bdlCgAAAAIEzB64P1OxLiUIV9rOJxOH56FHsVG6NI3/sbvoi5NqGvsHNYb7kSJCbCAWZUWtUG8er0+XxQJrxB/bodhgL/is7lvMh' +
  'zkr4ZILSNNeZW05CHzRlVLQr4VdUwy/ZCRG7VYYcujxQyTdFW8+vQ6rkFdoKRuf8pgRzslAAAAAAFwZ7AQl/AAcLAQABIwMBAQVd' +
  'ABAAAAyAngoBrLgK0gAA'
);

/** `7zz a -pinv2291 -mhe encrypted-names.7z Fattura_2291.pdf.exe`: the header itself encrypted. */
export const SEVEN_ZIP_ENCRYPTED_NAMES = b64(
  'N3q8ryccAATAK8F9YAEAAAAAAAAxAAAAAAAAADOtaMCHO1vr7d6eMx2fCPtibH0MQa9PDYMAGeII3HdCU4uBDsiyAguxlUUvUusF' +
  'oLkx8NFYfoNVsw/dxnBdvOhQN1snY7C3ynr+u78y8udREzlaBNISQ6pY3IfRH9mf+GtldBpm4u1k/viQ6ZH4KNQ7EW1jIenvgOHO' +
  'VJ6OiB7xe8RiC3hAQRtMECA8mReV+mVLi6aBTe6VTAMl2tHY9144neT9o3xQ9aC3vqt4jKT549MRrM7gknRlXydT3MWSAdLt/qzR' +
  '4JtyEmwWFIZV7YA6Yzgw9B4923bINkfS3rtelMO1FMYhvZ28bt3h/oaOWtpwYR6DUy5g0r+C8hz865nF9h04CfGZlJbYL7yfdXy6' +
  'RAMof7HNqrrh409BkRI7KmBFAAA4enZydEfSV5N7oil42u56q9RcAGL3YJF+m9ghhCkxYbzdvAu37S7Ed+hwBgn/1cHeo2oku1+j' +
  'u6NQ3hyOqUbEFwaAwAEJgKAABwsBAAEkBvEHARJTDxDnBnOij0xeBMPqkHVfehgMgJIKAdAokbcAAA=='
);

/** `7zz a -mx9 multi.7z lines.txt s3/Protokoll.txt`, lines.txt being SEVEN_ZIP_LINES_TEXT: many matches and repeats. */
export const SEVEN_ZIP_LINES = b64(
  'N3q8ryccAARGKazQOQUAAAAAAAAiAAAAAAAAAO0Cv/Lg5j8Esl0AGIgGx8GdtpE3zUMIaxSZht+VnbpCt+sRYZj5e8Mwx7aOGhxQ' +
  'EatkVI+BrH8QgKZyfI1trXmYOPKxB7PnY0L3BsDPg3uAHrVblNMZK1m5bm6qV16u/aHpRdWcsh43amyIUV8nINCzrxsyLyEQDUDD' +
  'TTyBTD+wvf/4YP1BdrlPFbIJAqcrziwEntFnShikVVQnXjFFy4K3hPlOHjyMMJ+gzxLa/f9zD+8URDNdCTOWFQiQhzYblEPblM64' +
  'NPMR7VcGYkoWM7Qf2ayncL+J3oe1JT+kvEVW3bNEHudhV0NB0Y0XjCA7sR82MES3eDVt+aneYAjOnfU5Nz3p5MI2zrQRFtEvDPLz' +
  'Y18qsAUMpkqpyWgSwxZ0v9nhgYul2py/Og+SAhYIWG9+S3SVHrbynVCLhRtPaNcj0dkFusV9L7O+Y/APOTIEIb0fF2e3rmk8fMwU' +
  'yXCZCUG5vXEYHwgNUz7IPMyxcolkgZvLJLEx5kJenX3+V2ZxNTPq8/rydgbtczFIjrPEo/zwU8n6OVKoU8SOy8icxfnMJwRk7Rlk' +
  'pKK6rdKrF355Czt4YLRhJ9B5zah/zv7jzufUCDDIp+i0mzU++wLR8y2dy/GJh+7KahxE9idUmC2ajKKVl9UQljeR3FXRZWZI4kgT' +
  'l4IyLTEXANHRl4pZjTdFtABC0q4PeRd04dk4h9dKMEneasmRXvNVFOojZDESOK06jKUtdiQSl9OsoN1mDm5Vfp6M0XwqDuwpKG5H' +
  'z+hbI9nSaq8lYRhinxsaiNGJe72jQOiuFXC4Cgdj82xnuAKAwLZMJ2A9noVxl0su7g8fwU+0Mape/EEBIdbZv8IrZCvUs0l040Ef' +
  'LCH/eeXs5ozeoyZDfZrfmgPDRvkhZ78RDS8mMakVFd1QjK0gp8t6py7/5osbuV5ORFgps8mbgHlP2j7RohJaFguf+nAPE/8p7EbS' +
  '5hukC3SEOkIrfcWwXgjKsAJ4/jnv3EHZnh9pP/ul+Yen+h7g17CUrzlYuO1pd9/nBNKvMjE+cMhri9RZyltjpt+qVIgmJSBB7Qbz' +
  '4ai8Z6AYLnKlPnivXyCPbqompgd9dk+jjvMYB2V0x8BeEV4EjSiOxa2yj2sqC0EKnW0E4QOpQSlweJbop2czzGWasitc5qE88Lih' +
  'Na0oEHY8jXxLFTjVCQKdUhjGiuYayu845Ga3Ot1WZ56tBrWI5saRFNjCMudwoMeKTJAIA+qEPlAmy45hWFztbgmUb3abeLV63a0b' +
  '0ha6H1D34kXlIiCy64SybMKcSsxfrZe0uiJ0Fbg15yy8Zir+23n6oLg0qCru6iD5hL3/XBMHW84d68OgTHYZ8eV+3zQF5aDIui2J' +
  'C776NgTorxyWYwxtt3PViLeEokVk0oZ3KqVFsf+qmgz6GU4YRp9M0y9oO/EZUxNn8MkdGiFcagozWjIBhXeP9eGgAEsrctj/8zz4' +
  'vACTBKJiMB6TPp8dXmsTawZ4LP1w9e111FntsPeGejUCjyj2zVDO+yi2BEYNPb3d3nVkHgFyQvUD8ZJlMsNtV27QxJtR+fVy2/bS' +
  'ROy8b/+0t8qP4H9aKZ4MFfRJzxpo56FWGoprvv2ISaJbwzoG1TZC+MAAAACBMweuD9Vc8neXJNP+s3AWsWSR312Iae37tzJrGiqm' +
  'VCYdNEJOnPD3Ol++HxeUJUKZ5gtOCzDgkGFsB+hS/azsuBAFu8D4aOirGzuldTh4IYcS9DhzlDScTVvU6vH0KluqoI3kRSxRAxwb' +
  'TkKgr9Cgc12pjit3LT7UTeByABcGhLoBCX8ABwsBAAEjAwEBBV0AEAAADICeCgExBipgAAA='
);

/** lines.txt of SEVEN_ZIP_LINES: `seq 1 3000 | sed 's/$/ Rechnung Zeile/'`. */
export const SEVEN_ZIP_LINES_TEXT = Array.from({ length: 3000 }, (_, i) => `${i + 1} Rechnung Zeile\n`).join('');

/** Protokoll.txt of SEVEN_ZIP_BOOKMARK and SEVEN_ZIP_LINES. */
export const SEVEN_ZIP_MINUTES = 'Protokoll der Sitzung vom 2. Juni.\nAnwesend: alle.\n';

/** Sommerfest-Fotos.url of SEVEN_ZIP_BOOKMARK. */
export const SEVEN_ZIP_BOOKMARK_URL = 'https://www.example.org/2025/sommerfest/fotos.html';

/**
 * `7zz a -pinv2291 encrypted-pdf.7z Invoice_2291.pdf` (the PE of SEVEN_ZIP_EXE named .pdf; names visible, content AES-256):
 * LZMA2 then 7zAES, the key stretched 2^19 times. The password-in-the-letter lure.
 */
export const SEVEN_ZIP_ENCRYPTED_PROGRAM = b64(
  'N3q8ryccAASHxUE1wAAAAAAAAAB6AAAAAAAAAHbrBLI8wznjAX8ghkoAoaloXYqmbdO1yty5f61ygkdOAqSNLoTljgStI4N65ZYl' +
  'Guzx0o9131ty/V94ffPK60R52T+6Pp5iB3uhiw1N73y0mMFIUnvnGWt4gVUKLpuhHDSripqwgsx5y7MM195unU1N55UqRQVihr+p' +
  '32fDSj7cPXdgcghHu0Wi7T4bdXKKO2wr9qOTGJzKfleprHHAfMAOQsJNsoxS62P1gK7g4aV+1pc5xz81725UgudAzM8z+WV5VWEB' +
  'BAYAAQmAwAAHCwEAAiQG8QcBElMPa23+ZhZZ7eAkXOFbuq/CMiEhAQABAAyAuIgAAAgKAVI8veMAAAUBESMASQBuAHYAbwBpAGMA' +
  'ZQBfADIAMgA5ADEALgBwAGQAZgAAABkAFAoBAFuNxjB7gd0BFQYBACCApIEAAA=='
);

/** `7zz a -pmitsumori2291 ppap.7z 見積書_2291.docx` (a Word file of the zip writer): a Japanese business's encrypted 7z ("PPAP"). */
export const SEVEN_ZIP_ENCRYPTED_DOCUMENT = b64(
  'N3q8ryccAARtvTHYoAAAAAAAAAByAAAAAAAAAG2vgXQHXUORd1KqzYaLwklOD2oJDTMqifW0RU29rsCZb9ovspA3GryS045wc3by' +
  'kbjoB7uILurVQD9T/HgDvJ+o0lz/Z6j4wUbTKzEC1IdM20QwE4+Z20KP5F8Wmm+kgskE8v2h22VxqUbcPFMVrStm2XfIxSfoRYzG' +
  'Zi8foJj9W7OZvK+GlH7zz61Mr/3AKMrPweZrJTxTX4VTSX8xzCfbBKsBAQQGAAEJgKAABwsBAAIkBvEHARJTD4zJRfX1AN9qHxlQ' +
  'YIpX50ohIQEAAQAMgJKAxAAICgEd2RhCAAAFAREdAIuJTXr4Zl8AMgAyADkAMQAuAGQAbwBjAHgAAAAUCgEAmxJC6nuB3QEVBgEA' +
  'IICkgQAA'
);

/**
 * `7zz a -mf=BCJ bcj-pattern.7z Setup.exe`: 4,096 bytes of `bcjPattern()` (src/files/sevenzip/filters.test.ts: E8/E9 at every
 * offset, operands topped by 00 and FF), through the x86 branch filter and LZMA2.
 */
export const SEVEN_ZIP_BCJ_PATTERN = b64(
  'N3q8ryccAAQo3Bw17g4AAAAAAABaAAAAAAAAAERLmBbgD/8O5l0AdH/8X6AmX5LtOGijrpTJfOUsiH19VHmXnv4yGIMBXmQHjab7' +
  'uk37JxTH9jqi4n9tPS+VhhK+xTQGkNB/7+cbJ/Taqc4fUtPL46bcCkl/zGMk2myv4on8iBCCNi9CqAtQPEFygDcaGxi3++Dx1jey' +
  'abGqV6txAI50YoJKBAe/0rbLpODoCBP9lQrWBnVDqaL85El/NzMxcRqmxuoMNQyQXMBpLT6w9qCegsIuIBui0CWjztVSMFg8Z30D' +
  'O3DTAN9nFlwN7kqBzDYBLK/yKOzIcMTGTvSBIPymkW+SCHfvfqoMsPRXbvxLo6BQw0gZlajOziMTxtD39M6jTEjES+0Rta2+8Xoj' +
  'byhMuYsdn77vAT5qDKNFOqGMTeOq3YpNqnxNLY8pe4YXyqlCDsIQ+bCnTS4QQ5V7GA+HW86Ic4ZCcS9R0PVXV7xESwlMUsReuWoL' +
  'XAihSdign0ME/HVhU8vdc7jd6Px2329LerwzqJ7ZpBJL0kcIyF+z6AXdycaID9fiSsy1jKiKszH+ITkN/nbkmqRlkGAzj5ca3ieK' +
  '2/b0aANolg/qnPC3hrOb6HSDZpgvdQ9s5H8lEdO5BAkgWUWwDM7zctt0/dHvEUR2kaaSZ0ECeK2SYtMiovOCjR69INgUrrtX1A/j' +
  'Y5lOm+LA4gy3ON1yzElk62jqMXfbBBWuVDzJNBuc2PiVhZINUz54p28f0RKs2AZE7bwztZ8RJ1vEtDeFcz39tfyqRsw6xyzi4KID' +
  'X7ij2wdRV8xKKVrnB3H5SPyRkRn5mIsUnZ3WbzXLap7GebiR745Uwx6TxUNRDRMS3tmHFRQQ80rf0Dpj38GokqE2JXwvUXPzgyRx' +
  'nLmQEzNbPfqnUf3Bdr5dn7UAvIc6XJWLbJ6gAhg1USYgq0ncwU0NrEIpP6SWdHV0l6TRvPRFTTxNGdPP12KUt7U8Y5ab4yrIGXhK' +
  'VY7YZDvb72y+awpRuTMY6Daj9iLobg+uQVKtMF/zmXIqBNgo4rqMshuTc9qDyf0LN6k9GfKmJeiCQxX9XHbVciSjCa3/DJrn3Itr' +
  'tvwz8kSkcD3tBtpcSOIADrc3Gp4tL45G/4rAuW20zaUIIiYDFUk+4IxWbxrROKtbHM37FR4sbjZ9d3WOMMpNPFbkoPYqgic8R+05' +
  '+7pPwqjbCihBCHceHhtZAx80uXogwAvAaM14p7XJ9THWEy6wAR/Gwas2kr46byWo9a2hI+UVWmWxWsq1g+duWVxD3zoKsLrgBBTf' +
  '+zQZw6Jl//sX02/MURDTYXcciv8wgOGx5jW4WBx8MWngBRoZAYeoMZFkfEDg3GD/aZnuLnjqREllQ1AmLEpk7HcMn/scOUQH0LR8' +
  'xy2BM3Uhkx8sHU/Pqen+BeWb8Bq/kSPzNKR84y6bWmEjrHdSNCXm1i4+qvYh9pRFfp/bHk3Efjqd8CmsfHgc33OQjSxux05ldpik' +
  'ZBXWQNHF9KKdndRiPDHx/MYryVq8IUrjMD8jYFMfZ80Y54Y4s2titJxBitkqfoJ0Aia2PeHpdy4qmtdBS+U02Y5wKswzHbyUsMX9' +
  'WRSLj/MN5mnURapYwLO+PfXUT7Ma7ZwHjoy9eRpQhFAddZe5ttCSlj6rnneksbCJYdOXp9kH6B3xoo5yj8ef8oMilpN9di6f5sGM' +
  'NII8EV0pWPp7L5PITQ9IOm6FKSlueGXkSngzChTapRWQvkAFUGD8ahTq2zowS/nDNzqtHNv/G3/oxVPzAsZ3c6fb7Or2lJgZm83M' +
  'em+U3eH5k8ZpsG7cJ9TtLSdQoUeehlzorL3xl5wt1mFgggvcSiYGFCXvypTB7DpmkwevhAB9S+6di3zI8nblEM+iRHBvV3UsJrUn' +
  'EKP8UJ4S94EFMXJTLRFhjLtGY/YYImkwFQNDKIioFJrPDEYMpO3yatBWq3YrYdZb8tOG1fjjQLOO5xFduAx0+R8c8PcxM9FrVdAj' +
  '4x4vIFCu8tho6K+u3gd8nMthu4AuqFzHuJ/s7KjRBDeoBB5d5SX9cGwuq9xesmhuT9vQ4yfSunMyvnEokqRcitHqmVf5fkzWF5wn' +
  '+wCHDHCmdFZnUrtPtT6q+2L4NnQHeyk78RYAxbmwihBmZBvCrqI3Ks6LlVDhvMS2Ykt/0wBVNPn6eQay57XSCmgKo7iG4HQTz/yu' +
  'IQzHJ15pwmpW9MhZVTnWqxHkDjYoQRkAdNSgDWrrrIHzIqKLRie3iyjBr2NQYbwIHMb6ILiu2pV2gDY9XlAfWMksfSJF8QKdOVMK' +
  'kl6jnkLbwQYUt7OoFiOdwE1bEQnuFgFYNcyG180eEGXxKcXInlltrmznd0bAzSagSIlcZexq1nR3TuHwJnINcxMwcffyZRBU60pQ' +
  'z7OsjV7+Tf1+0B0PI5eFa9vc1N9P70gOmtqH65uM9r35z2JVvKV8cBk7BPOACNPSCTqR2gII/fUu4kXp0Ags4PRrlLYlZMgK5Ud2' +
  'LcIOeC5ZFPkBe7hHJm1XopiADDQOs0TWA/4aVVsHtuOWtmyBntoSfViGtvmY18Fc3Ec5TsVMzEWn8rz4v9Lne209Arg9SLWgNA/r' +
  'd4xn7bhrprrAsRXvd1XRcHpe5f4+L+NWebINFQ/AGOoCZlcOfSMSjq0ZTVRWnhPiGNX92LRZR/SLdQkGh+nnmm4hdbALGi7kHImu' +
  'Eserdj6kqpg03yIMfo5MCZWZklx6ms3+m9h7Hn4/b6HAeY/mz2K2GuBjdEQZZEcCbFKmw8ZK4z8MNpd2f5o7yWV+16ZeOzS2gtQE' +
  'pSdHPVyg16VhlQrDEPsuTSBL61FYUnC5lEz0ItMvE7QMrNV1cgg7gQ+5EyKs73ueubv4NiHUkb0C7e9XggwmXrT8HAECpdmEzlcx' +
  'eSjiGBgxNgIMvkMI484PQdKE3XN/TG+X16NOboxZkgtEhaYEmJRlEAa4sKFpBDBZZYQeO9XtHoDgrvjrx0YZUit8o0nv5dnZn1Kj' +
  'RV1AX6HRUawV3afDu8diknjn+YoYb2Rd2sSEP6kY+t+U6NxjpoFfI3wDx6q1fdwG+Y4Qfu9NIzcrgJM2YD6DU+WkcnjJMukq90CZ' +
  'boDB8Wic/0s2pWRnuH4OOBYaztwE4UuZRMIpNxbU3CI033fO0iYNQspD+GksZXqtJxqgPSGTH51vordi86cQWj/2quKFPm47XmF8' +
  'osBra6fpGvD8YrIKMxPbzKlQlYo+bp0Er+4n9dHVYLbPmM/DMJmBN0kpwpMYS9+hq1Shg7rsnIaKMHYNibqRVS/2CxqOx9BS3/iV' +
  'W+Ld6Gp7QBhjhEMJgb9mYzZ3IgsXxGExww1mv/Ds2PLYYuI2tAiJ/z6VNrJT+lYuEkS+cn/TmHukLRC3bZO7EZmjbiBP3DUBMK89' +
  'rK5HycZzqoHEMyO0xfpAs9OJoW2zTQ/am5CWAT9ff9P+KD6NzNzE09SufC/fpf/ghths0kP4GKzOrHEHknaA6GJt71q7oz32PRDB' +
  'kR/g6uHv8DwaoK2gpYUy88tyqTD+bYX3D3LGwXB/H5qcTzstPk1tsMMTbLS27tjbXayBhqDK0dqozve9oSKqUrXGh2yyNGR+lvwI' +
  'NizjBXXxDh+pHRsXAepu9fmzrkb6GutVsELNyU5HbXI+s64Dn+aJCLD5FJQivwY5D2oGvZ+avQ7qG6yqbiX+ZjL29wd01/mHiyCD' +
  'inaailwiE4nOecj32hrp4BFndkPJ3MDz0G2s+dVhm0Kpf6DeJDer47CmVQacyAOkee62ISJZJB0gqjU4Zz33f7lVFoA59k9V+KS/' +
  '6UaABIrytQqVU7I0OGQoLq4+IggBVgeotYjFpDt1vGoKLl0Ua0N7jI4VFYa36+oOLkUyxhOVcXkvyLuWRsNCn8diT4m5D6EXhWmS' +
  '1W63JR2f08K0IyEfjukBO7I7rtG1nbdxjGXJiIhAOxwT5MRbZIsHDQJ5Qaocq6e3MKXoD9xIg/bt1hzvLcRY/oiXeoZRVK1QOFJ2' +
  'Yd1Ui8TMUuYYFbt3he110T6w8zqml16h2PTo7gCtiQSgRhpBDVu5O1duSBDfq1EMz6e4fqJJE6OoAARoY4ul4avl0BbFvW9dfGto' +
  'uLZQv5mrI7StTx/WiC/5oA2verOrbw/dZk8XYIgtJOezrfi9H8Hugx4r3BISZDQMOYVw79+VNBfSIhlYgDHLgQ04RgnL35KBmXvq' +
  'VYNJJut0Yiu7WZal9V4nXQ7HIRe0Kf5igvtOw4GlFNJ/k1QVNl0IPUUKSsTlQOovz3vw5rxk9k+4ZyWocGGZaQu6F3cmGu3twrNu' +
  'n3nJEdThETJ/YkOjoa5lMg2sCzFzxIPEoDmT2xilBEaIClOb5UpuQ6WCFzvm7H/WJIILLR6MhPa7iRxtdQ/F1aCWAGJiACcTuaLY' +
  'w9yJpG07/NhzOazflYaNGOkAeCWhlEnRdrbn1jFfPzcyLI5TS4lmp4IDtFj6IvBIyckxCJ5WDETFNXK/SdwRkwymLwmxMi4ASCh0' +
  'CHMrWi/qWjB8POumpQbPSKuqCGbYiy+DRqgLX5K1MmXOVZ8r3DwyX8FjJqZMDYWwMClfcLeprYHKjQyRsXO/aWo2av9JvV498xh5' +
  '07LG6in9JAjWNXrVeFkdCghX5rCLRH/GnJAA8vZAGtaQy4GQK/iAss2XPeaKoi3n0jjkqZpYgVa2B7t9tLmTSRwegBYrVPnLiRmu' +
  'qcohIRjfVAgl0J8/0QAC4Ic33II1ZvuDT88MvmO8OCed6USoc0V9LHVDfKPj2gyXvC1PGJLrYGC/LlMZmyZvmIQzc5vxTIL7K7X4' +
  'F7kmVR4FtOaDeZsEefSuhDCpsfb2yMa7jfezpl4F7/JFWn2SGQV0ygDBHvEaHGwVCIBdVzlwpZBuYq7MlN181nMXYVQ8tHFNxDGD' +
  'RJCjVfH4HoQHv1EnFuriGZjR5gfian6cJdy844Xq0k9CY9AAsy0w5lRJoiLHkVM9DHsJGkkE4E9KvFJczPqCb65GL6Y/wLehmjYq' +
  'd4Szacz2ou7A5J+rLG0Eon2MD0prjokq0CT5mj7RXGRIhjUCgd64pX6NLWXWD9yRUs9yeu+t8TbOaBg2GWfF4ibWb71JibOKK2pz' +
  'bn+1nWuee8CoHiy8cgOsW2bZpkcSw5UkDeMHPQABBAYAAQmO7gAHCwEAAiEhAQAEAwMBAwEADJAAkAAACAoB1vsESgAABQEZAQAR' +
  'FQBTAGUAdAB1AHAALgBlAHgAZQAAABQKAQCbEkLqe4HdARUGAQAggKSBAAA='
);

/** `7zz a -mhe -pinv2291 encrypted-names-pdf.7z Invoice_2291.pdf` (SEVEN_ZIP_ENCRYPTED_PROGRAM with the names encrypted too). */
export const SEVEN_ZIP_ENCRYPTED_NAMES_PROGRAM = b64(
  'N3q8ryccAATnQw39QAEAAAAAAAAwAAAAAAAAACOInBPZDj6j1RWBaUYUTqj9SvqVkRg750VhUTI2BOXearp6zPUfhCPfpsshlYV1' +
  'EBUtqHDjCxNOzvhB516psty6OvAF2rSj5dAHvkxbpDNvCFFaEv+9rYxApjMNREIXgoQng92zIwv5ChQUZAX05M0bA+VpWu2vhoDY' +
  '0GBdMdbSW41Qk8nvTXRRH4khmojZdGlrkesTrguIBp0D0NMTpxAxiZE6a2xC+sC4ALHKd+RGQXFBFQnnBnO0TXpSxLiYrPW/v9Lh' +
  'dOLxrXKXvxtS0qprWjh6Y5MlGNopU4P22bSon3lqCqAllr434EadV04jqVQD40YzW77yXl4VSUrrInTkGSywOsBuNmktfGAKfDg1' +
  'Q/Faa6VV7O65cCMM2Tnhvm7k3gvjnW0q8ftwIm7tsVo+EBNmlkO+oHQ01OBmjXWRX8BUCRcGgMABCYCAAAcLAQABJAbxBwESUw9D' +
  'skYZfdkpV1CHi9u/42hGDHoKAUY9xKoAAA=='
);

/** `7zz a -mhe -pmitsumori2291 ppap-names.7z 見積書_2291.docx`: SEVEN_ZIP_ENCRYPTED_DOCUMENT with the names encrypted too. */
export const SEVEN_ZIP_ENCRYPTED_NAMES_DOCUMENT = b64(
  'N3q8ryccAARWdwFHIAEAAAAAAAAwAAAAAAAAAGdsgkzC/klRqMxcoGnrHb4ArYIgWVY2OBidcI6CXa0mI3B8C7Iq40bLfGdxlTBl' +
  'sCRWw2LgqgKGjuFhS9ZdGJWuICYbnd+kVpjUJrMMlOQGmUDw7dgI0JvqsoEdPNOgER5nrxFoc5mzJL3+h9LpSB6phaK25GXNaH43' +
  'ep31hLJOkHVaFRDAo83ILYO/Zh11EwE1uiQwXwKqdniyhrvS0K8TOcGj2Zs4WP0PD+2kzOqlYk3A2w1Xr0adjfsXP6GbN7KToZzP' +
  '7//AqYIxFCvUk66uT1Uyn7sA8m3S0LKlp3uu8pWoorOPtHg8FMwSxMW5IJTpcMYsQBEuRXfQVbpuvLfSa70zCA6sDQzl8Du6neak' +
  '9JQ+sTV+SpFbWWZQ2R0DA/tBPqQXBoCgAQmAgAAHCwEAASQG8QcBElMPjMyrChqwl5EYjJbPL1gd1AxyCgGHMNUwAAA='
);
