// Placeholder; replaced by the real command table.
export async function main(argv: string[]): Promise<number> {
  process.stdout.write(`chorus ${argv.join(' ')}\n`);
  return 0;
}
