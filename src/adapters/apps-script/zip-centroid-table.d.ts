// The packed ZIP centroid table the build generates (see scripts/build.js and src/domain/zip-table.ts).
declare module 'zip-centroid-table' {
  const packed: string;
  export default packed;
}
