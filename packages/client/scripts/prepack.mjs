// `prepack`: only pnpm may pack or publish this package. pnpm turns `catalog:` and
// `workspace:` versions into real ones and applies publishConfig (exports pointing at
// dist); npm would ship a manifest that points at src and cannot install.
const agent = process.env.npm_config_user_agent ?? '';
if (!agent.startsWith('pnpm/')) {
  console.error(
    'Refusing to pack: pack and publish @mercato/client with pnpm (`pnpm pack`, `pnpm publish`, or `pnpm changeset publish`),\n' +
      'which writes the publishable manifest; npm would ship `catalog:` versions and exports pointing at src.',
  );
  process.exit(1);
}
