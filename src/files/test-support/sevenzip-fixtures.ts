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
